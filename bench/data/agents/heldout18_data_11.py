"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 11: theatre occupancy,
protein per day from a meal log, price per square foot, a store-and-weekday pivot cell, min-max
rescaling, accounting-format totals, hospital stays, two modes, messy category labels,
drawdowns and top-two-box survey scores."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.data.agents.heldout18_data import (
    F,
    Family,
    Got,
    days,
    family,
    forms,
    mean,
    median,
    money,
    named,
    num,
    pct_of,
    r1,
    table,
)


@family
def theatre_occupancy(rng: random.Random) -> Got:
    cap = rng.choice([180, 240, 320, 450])
    shows = [
        ("Tue", "19:30"),
        ("Wed", "19:30"),
        ("Thu", "19:30"),
        ("Fri", "19:30"),
        ("Sat", "14:30"),
        ("Sat", "19:30"),
        ("Sun", "15:00"),
    ]
    sold = [rng.randint(cap // 4, cap) for _ in shows]
    f = forms(pct_of(sum(sold), cap * len(shows)), 1)
    lines = "\n".join(f"{d} {t} - {s} sold" for (d, t), s in zip(shows, sold, strict=True))
    return (
        (
            f"Our little theatre seats {cap}. Ticket sales for last week's run:\n{lines}\nWhat "
            "was the overall occupancy for the week? % to one decimal",
            [f],
        )
        if f
        else None
    )


@family
def protein_per_day(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(4, 7))
    rows, tot = [], {}
    for d in ds:
        for meal in rng.sample(
            ["breakfast", "lunch", "dinner", "snack", "shake"], rng.randint(3, 5)
        ):
            g = rng.randint(5, 55)
            rows.append([d.strftime("%a %d/%m"), meal, g])
            tot[d] = tot.get(d, 0) + g
    f = forms(mean(list(tot.values())), 1)
    return (
        (
            "I logged protein per meal this week (attached). What's my average daily protein "
            "intake? grams, 1 dp",
            [
                [f"{x} g" for x in f]
                + [f"{x}g" for x in f]
                + [f"{x} grams" for x in f]
                + named(["average"], f)
            ],
            {"csv": table(["day", "meal", "protein_g"], rows)},
        )
        if f
        else None
    )


@family
def price_per_sqft(rng: random.Random) -> Got:
    n = rng.randint(6, 11)
    rows = []
    for _ in range(n):
        sq = rng.randint(650, 3200)
        rows.append(
            [
                f"{rng.randint(10, 999)} {rng.choice(['Oak', 'Elm', 'Pine', 'Maple', 'Cedar'])} "
                f"{rng.choice(['St', 'Ave', 'Rd', 'Ln'])}",
                f"${rng.randint(180, 900) * 1000:,}",
                f"{sq:,}",
            ]
        )
    per = [F(int(r[1][1:].replace(",", "")), int(r[2].replace(",", ""))) for r in rows]
    f = money(median(per))
    return (
        (
            "Recent sales on our street are attached. What's the median price per square foot? "
            "(work out price / sq ft for each house first)",
            [f],
            {"csv": table(["address", "sale_price", "sq_ft"], rows)},
        )
        if f
        else None
    )


@family
def store_weekday_cell(rng: random.Random) -> Got:
    stores = ["Harbour", "Mall", "Station"]
    ds = days(rng, rng.randint(21, 35))
    rows, pick_store = [], rng.choice(stores)
    wd = rng.randrange(7)
    cell = []
    for d in ds:
        for s in stores:
            v = rng.randint(800, 6000)
            rows.append([d.isoformat(), s, v])
            if s == pick_store and d.weekday() == wd:
                cell.append(v)
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    f = forms(mean(cell), 2)
    rng.shuffle(rows)
    return (
        (
            f"Daily sales for our three stores are attached. What are average {name} sales at "
            f"the {pick_store} store? 2 dp",
            [f],
            {"csv": table(["date", "store", "sales"], rows)},
        )
        if f
        else None
    )


@family
def minmax_scale(rng: random.Random) -> Got:
    vals = rng.sample(range(12, 240), rng.randint(6, 10))
    x = rng.choice([v for v in vals if v not in (min(vals), max(vals))])
    f = forms(F(x - min(vals), max(vals) - min(vals)) * 100, 1)
    return (
        (
            f"I'm normalising a feature to a 0-100 scale with min-max scaling (min -> 0, "
            f"max -> 100). Raw values: {', '.join(map(str, vals))}. What does {x} become? 1 dp",
            [
                [v for v in f if "." in v]
                + named(["becomes", "becomes about", "scaled", "value"], f)
            ],
        )
        if f
        else None
    )


@family
def accounting_net(rng: random.Random) -> Got:
    rows, tot = [], F(0)
    for i in range(rng.randint(8, 14)):
        v = F(rng.randint(5000, 900000), 100)
        neg = rng.random() < 0.4
        tot += -v if neg else v
        shown = f"{v.numerator / v.denominator:,.2f}"
        rows.append([f"Line {i + 1}", f"({shown})" if neg else shown])
    f = forms(tot, 2, signed=True)
    if f and tot < 0:
        f += [f"({x[1:]})" for x in f if x[0] == "-"] + [f"-${x[1:]}" for x in f if x[0] == "-"]
    return (
        (
            "The attached is from our accountant's spreadsheet - amounts in brackets are "
            "negatives. What's the net total of the amount column?",
            [f],
            {"csv": table(["item", "amount"], rows)},
        )
        if f
        else None
    )


@family
def length_of_stay(rng: random.Random) -> Got:
    rows, stays = [], []
    for _ in range(rng.randint(10, 18)):
        a = date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))
        los = rng.randint(1, 14)
        stays.append(los)
        rows.append(
            [
                f"P{rng.randint(1000, 9999)}",
                a.strftime("%d/%m/%Y"),
                (a + timedelta(days=los)).strftime("%d/%m/%Y"),
            ]
        )
    f = forms(mean(stays), 2)
    return (
        (
            "Ward audit: admission and discharge dates are attached (day/month/year). Counting "
            "length of stay as discharge date minus admission date in days, what's the average "
            "length of stay? 2 dp",
            [[f"{x} days" for x in f] + named(["average", "mean", "LOS"], f)],
            {"csv": table(["patient", "admitted", "discharged"], rows)},
        )
        if f
        else None
    )


@family
def two_modes(rng: random.Random) -> Got:
    a, b = rng.sample(range(1, 13), 2)
    data = [a] * 5 + [b] * 5 + [rng.randint(1, 12) for _ in range(rng.randint(8, 16))]
    counts = {v: data.count(v) for v in set(data)}
    top = max(counts.values())
    modes = sorted(v for v, c in counts.items() if c == top)
    if len(modes) != 2:
        return None
    rng.shuffle(data)
    lo, hi = modes
    return (
        "Number of books each member of our reading group finished this year is in the file. "
        "I think there might be two modes - what are they?",
        [
            [f"{x} and {y}" for x, y in ((lo, hi), (hi, lo))]
            + [f"{x} & {y}" for x, y in ((lo, hi), (hi, lo))]
            + [
                f"{lo}, {hi}",
                f"{lo} books and {hi} books",
                f"{lo} and {hi} books",
                f"{hi} books and {lo} books",
                f"{lo} or {hi}",
                f"{lo}and{hi}",
            ]
        ],
        {"csv": table(["member", "books"], [[f"M{i + 1:02d}", v] for i, v in enumerate(data)])},
    )


@family
def messy_categories(rng: random.Random) -> Got:
    cats = {
        "Food": ["Food", "food", "FOOD", "food ", " Food"],
        "Travel": ["Travel", "travel", "TRAVEL ", "Travel "],
        "Office": ["Office", "office", "Office ", "OFFICE"],
    }
    pick = rng.choice(list(cats))
    rows, tot = [], F(0)
    for _ in range(rng.randint(12, 20)):
        c = rng.choice(list(cats))
        v = r1(rng, 3, 240, 2)
        rows.append([rng.choice(cats[c]), num(v, 2)])
        tot += v if c == pick else 0
    spellings = {r[0] for r in rows if r[0].strip().lower() == pick.lower()}
    if len(spellings) < 2:
        return None
    return (
        f"Expense claims export attached. People typed the category however they liked. "
        f"What's the total for {pick.lower()}, counting every spelling/capitalisation of it?",
        [money(tot)],
        {"csv": "category,amount\n" + "\n".join(f"{a},{b}" for a, b in rows) + "\n"},
    )


@family
def drawdown(rng: random.Random) -> Got:
    n = rng.randint(10, 16)
    p = [r1(rng, 40, 160, 2)]
    for _ in range(n - 1):
        p.append(max(F(5), p[-1] * (1 + F(rng.randint(-80, 80), 1000))))
        p[-1] = F(round(p[-1] * 100), 100)
    worst, peak = F(0), p[0]
    for x in p:
        peak = max(peak, x)
        worst = max(worst, (peak - x) / peak)
    f = forms(worst * 100, 1)
    return (
        (
            "Daily closes for a stock I hold are in the CSV. What was the maximum drawdown over "
            "this stretch (largest % fall from a running peak to a later low)? 1 dp",
            [f],
            {"csv": table(["day", "close"], [[i + 1, num(x, 2)] for i, x in enumerate(p)])},
        )
        if f and worst > F(3, 100)
        else None
    )


@family
def top_two_box(rng: random.Random) -> Got:
    counts = [rng.randint(2, 40) for _ in range(5)]
    labels = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
    f = forms(pct_of(counts[3] + counts[4], sum(counts)), 1)
    lines = "\n".join(f"{lab}: {c}" for lab, c in zip(labels, counts, strict=True))
    return (
        (
            "'I would recommend this course to a friend'\n" + lines + "\nWhat's the top-two-box "
            "score, i.e. the % who agree or strongly agree? 1 dp",
            [f],
        )
        if f
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        theatre_occupancy,
        protein_per_day,
        price_per_sqft,
        store_weekday_cell,
        minmax_scale,
        accounting_net,
        length_of_stay,
        two_modes,
        messy_categories,
        drawdown,
        top_two_box,
    )
]
