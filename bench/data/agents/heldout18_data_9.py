"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 9: moving-average peaks,
price changes from shuffled dates, best-selling sizes, glucose readings over a limit, budget
shares, stock shrinkage, winter energy share, logger files with a units row, Laspeyres indices,
marks with absentees, step targets, the wettest week, weekend takings and overtime."""

from __future__ import annotations

import random
from datetime import timedelta

from bench.data.agents.heldout18_data import (
    F,
    Family,
    Got,
    days,
    family,
    forms,
    labelled,
    mean,
    named,
    num,
    pct_of,
    r1,
    table,
)


@family
def ma3_peak(rng: random.Random) -> Got:
    n = rng.randint(7, 12)
    vals = [rng.randint(140, 420) for _ in range(n)]
    mas = [mean(vals[i : i + 3]) for i in range(n - 2)]
    top = max(mas)
    if sorted(mas)[-2] == top:
        return None
    f = forms(top, 1)
    listed = ", ".join(str(v) for v in vals)
    return (
        (
            f"Units produced per month on line 2 this year: {listed}. Work out the 3-month moving "
            "averages (trailing, each over three consecutive months). What's the highest of those "
            "averages? round to one decimal",
            [f],
        )
        if f
        else None
    )


@family
def dated_change(rng: random.Random) -> Got:
    n = rng.randint(8, 14)
    ds = days(rng, n, step=7)
    p = [r1(rng, 18, 95, 2)]
    for _ in range(n - 1):
        p.append(max(F(5), p[-1] + r1(rng, -6, 6, 2)))
    rows = [[d.isoformat(), v] for d, v in zip(ds, p, strict=False)]
    rng.shuffle(rows)
    f = forms(pct_of(p[-1] - p[0], p[0]), 1)
    naive = forms(pct_of(F(rows[-1][1]) - F(rows[0][1]), F(rows[0][1])), 1)
    if not f or f == naive:
        return None
    return (
        "I pasted these weekly closing prices in whatever order (see CSV). By what percent "
        "did the price change from the earliest date to the most recent one? One decimal.",
        [f],
        {"csv": table(["date", "close"], [[d, num(v, 2)] for d, v in rows])},
    )


@family
def shoe_mode(rng: random.Random) -> Got:
    sizes = [F(s, 2) for s in range(12, 25)]
    pool = rng.sample(sizes, rng.randint(5, 8))
    sold = [rng.choice(pool) for _ in range(rng.randint(18, 30))]
    counts = sorted(((sold.count(s), s) for s in set(sold)), reverse=True)
    if counts[0][0] == counts[1][0]:
        return None
    top = num(counts[0][1])
    rows = [
        [f"#{1000 + i}", num(s), rng.choice(["black", "white", "tan"])] for i, s in enumerate(sold)
    ]
    return (
        "small shoe shop, this is last week's sales log. Which size did I sell most often? "
        "want to reorder more of it",
        [
            [
                f"size {top}",
                f"size: {top}",
                f"us {top}",
                f"size is {top}",
                f"size was {top}",
                f"sizes {top}",
                *labelled(
                    [
                        "mode",
                        "most often",
                        "most popular",
                        "best seller",
                        "best-seller",
                        "best-selling size",
                    ],
                    top,
                ),
            ]
        ],
        {"csv": table(["order", "size", "colour"], rows)},
    )


@family
def sugar_above(rng: random.Random) -> Got:
    rows, k = [], 0
    for d in days(rng, rng.randint(8, 12)):
        for t in rng.sample(["07:30", "10:00", "13:15", "16:00", "19:45", "22:00"], 4):
            v = r1(rng, 4.2, 12.8)
            if v == F(78, 10):
                v += F(1, 10)
            k += v > F(78, 10)
            rows.append([d.strftime("%d/%m/%Y"), t, num(v, 1)])
    return (
        (
            "My diabetes nurse asked how often I go over 7.8 mmol/L. Here are my finger-prick "
            "readings from the meter. How many readings are above 7.8?",
            [[str(k)]],
            {"csv": table(["date", "time", "glucose_mmol_l"], rows, ";")},
        )
        if k >= 11
        else None
    )


@family
def budget_share(rng: random.Random) -> Got:
    lines = {
        "Rent": rng.randint(900, 2400),
        "Groceries": rng.randint(250, 700),
        "Utilities": rng.randint(90, 260),
        "Transport": rng.randint(60, 320),
        "Eating out": rng.randint(40, 300),
        "Savings": rng.randint(100, 900),
        "Phone": rng.randint(20, 80),
    }
    keys = rng.sample(list(lines), rng.randint(5, 7))
    pick = rng.choice(keys)
    f = forms(pct_of(lines[pick], sum(lines[k] for k in keys)), 1)
    body = "\n".join(f"{k}: {lines[k]:,}" for k in keys)
    return (
        (
            f"monthly budget:\n{body}\nwhat percentage of the total goes on {pick.lower()}? one "
            "decimal",
            [f],
        )
        if f
        else None
    )


@family
def shrinkage(rng: random.Random) -> Got:
    cats = rng.sample(["Dairy", "Bakery", "Produce", "Snacks", "Drinks", "Frozen", "Deli"], 5)
    rows = []
    for c in cats:
        exp = rng.randint(300, 4000)
        rows.append([c, exp, exp - rng.randint(0, exp // 12)])
    pct = {r[0]: F(r[1] - r[2], r[1]) for r in rows}
    top = max(pct, key=lambda k: pct[k])
    units = max(rows, key=lambda r: r[1] - r[2])[0]
    if sorted(pct.values())[-2] == pct[top] or units == top:
        return None
    f = forms(pct[top] * 100, 2)
    return (
        (
            "Stock count vs what the system expected, per department (attached). Which department "
            "has the worst shrinkage as a percentage of expected stock, and what's that % (2 dp)?",
            [[top], f],
            {"csv": table(["department", "expected_units", "counted_units"], rows, "\t")},
        )
        if f
        else None
    )


@family
def winter_share(rng: random.Random) -> Got:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    kwh = [
        rng.randint(500, 1400)
        if m in ("Jan", "Feb", "Dec", "Nov", "Mar")
        else rng.randint(180, 700)
        for m in months
    ]
    f = forms(pct_of(kwh[0] + kwh[1] + kwh[11], sum(kwh)), 1)
    return (
        (
            "Our gas use by month last year is attached (kWh). What share of the year's total was "
            "used in the three winter months, December, January and February? one decimal",
            [f],
            {
                "csv": table(
                    ["month", "kwh"], [[m, k] for m, k in zip(months, kwh, strict=True)], ";"
                )
            },
        )
        if f
        else None
    )


@family
def logger_units_row(rng: random.Random) -> Got:
    n = rng.randint(10, 20)
    pm = [r1(rng, 2, 60) for _ in range(n)]
    rows = [["timestamp", "pm25", "temp"], ["", "ug/m3", "degC"]]
    for i, v in enumerate(pm):
        rows.append(
            [f"2026-06-0{1 + i // 10} {8 + i % 10:02d}:00", num(v, 1), num(r1(rng, 14, 29), 1)]
        )
    f = forms(mean(pm), 2)
    return (
        (
            "This is straight off my air-quality logger, the second row is units. What's the mean "
            "PM2.5 over the whole file? 2 dp",
            [named(["mean", "average", "PM2.5"], f) + f],
            {"csv": "\n".join(",".join(r) for r in rows) + "\n"},
        )
        if f
        else None
    )


@family
def laspeyres(rng: random.Random) -> Got:
    goods = rng.sample(["bread", "milk", "eggs", "rice", "coffee", "apples", "cheese"], 4)
    rows = []
    for g in goods:
        p0 = r1(rng, 0.8, 9, 2)
        rows.append([g, rng.randint(2, 20), p0, p0 * (1 + F(rng.randint(-50, 250), 1000))])
    rows = [[g, q, a, F(round(b * 100), 100)] for g, q, a, b in rows]
    idx = sum((q * b for _, q, _, b in rows), F(0)) / sum((q * a for _, q, a, _ in rows), F(0))
    f = forms(idx * 100, 1)
    lines = "\n".join(
        f"{g}: {q} per week, ${num(a, 2)} then, ${num(b, 2)} now" for g, q, a, b in rows
    )
    return (
        (
            f"Economics homework. Base-year basket quantities and prices:\n{lines}\nCompute the "
            "Laspeyres price index for now (base = 100), to 1 decimal place.",
            [f],
        )
        if f
        else None
    )


@family
def absent_marks(rng: random.Random) -> Got:
    marks = [
        rng.randint(20, 50) if rng.random() > 0.2 else None for _ in range(rng.randint(12, 20))
    ]
    got = [m for m in marks if m is not None]
    if len(got) == len(marks) or len(got) < 5:
        return None
    f = forms(mean(got), 2)
    shown = ", ".join("abs" if m is None else str(m) for m in marks)
    return (
        (
            f"Class marks out of 50 for the quiz ('abs' = absent): {shown}. What's the class "
            "average for the kids who sat it? 2 dp",
            [named(["average", "mean"], f) + [x for x in f if "." in x]],
        )
        if f
        else None
    )


@family
def steps_needed(rng: random.Random) -> Got:
    total_days = rng.choice([30, 31])
    done = [rng.randint(5000, 14000) for _ in range(rng.randint(12, 24))]
    goal = rng.choice([8000, 9000, 10000])
    need = F(goal * total_days - sum(done), total_days - len(done))
    f = forms(need, 0)
    return (
        (
            f"Step challenge: I need to average {goal:,} steps a day over this {total_days}-day "
            f"month. So far ({len(done)} days): {', '.join(f'{d:,}' for d in done)}. What do I "
            "need to average per day for the rest of the month to hit it exactly? Nearest whole "
            "step.",
            [[x for x in f if len(x) > 3] + [f"{x} steps" for x in f]],
        )
        if f and need > 0
        else None
    )


@family
def wettest_week(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(25, 40))
    mm = [F(0) if rng.random() < 0.4 else r1(rng, 0.2, 30) for _ in ds]
    sums = [sum(mm[i : i + 7], F(0)) for i in range(len(mm) - 6)]
    top = max(sums)
    if sums.count(top) > 1:
        return None
    f = forms(top, 1)
    return (
        (
            "Rainfall log attached. What was the wettest 7-day stretch (any 7 consecutive days) "
            "and how much rain fell in it in total? Just the total in mm is fine, one decimal.",
            [[f"{x} mm" for x in f] + [f"{x}mm" for x in f] + named(["total"], f)],
            {
                "csv": table(
                    ["date", "rain_mm"],
                    [[d.isoformat(), num(m, 1)] for d, m in zip(ds, mm, strict=True)],
                )
            },
        )
        if f
        else None
    )


@family
def weekend_share(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(21, 35))
    sales = [F(rng.randint(20000, 250000), 100) for _ in ds]
    wk = sum((s for d, s in zip(ds, sales, strict=True) if d.weekday() >= 5), F(0))
    f = forms(pct_of(wk, sum(sales, F(0))), 1)
    return (
        (
            "What percentage of our takings came on weekends (Saturday + Sunday)? Daily takings "
            "attached. 1 dp",
            [f],
            {
                "csv": table(
                    ["date", "takings"],
                    [[d.strftime("%Y/%m/%d"), num(s, 2)] for d, s in zip(ds, sales, strict=True)],
                )
            },
        )
        if f
        else None
    )


@family
def overtime(rng: random.Random) -> Got:
    start = days(rng, 1)[0]
    start -= timedelta(days=start.weekday())
    rows, week = [], {}
    for i in range(rng.choice([14, 21])):
        d = start.fromordinal(start.toordinal() + i)
        if d.weekday() < 5 or rng.random() < 0.3:
            h = F(rng.randint(14, 22), 2) if d.weekday() < 5 else F(rng.randint(4, 12), 2)
            rows.append([d.isoformat(), d.strftime("%a"), num(h)])
            week[i // 7] = week.get(i // 7, 0) + h
    ot = sum((max(F(0), w - 40) for w in week.values()), F(0))
    f = forms(ot, 1)
    return (
        (
            "Anything over 40 hours in a week (weeks run Monday to Sunday) is overtime. From the "
            "attached hours, how many overtime hours did I do in total?",
            [
                [f"{x} hours" for x in f]
                + [f"{x} h" for x in f]
                + [f"{x}h" for x in f]
                + [f"{x} hrs" for x in f]
                + named(["overtime", "total"], f)
            ],
            {"csv": table(["date", "day", "hours"], rows)},
        )
        if f and ot > 0
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        ma3_peak,
        dated_change,
        shoe_mode,
        sugar_above,
        budget_share,
        shrinkage,
        winter_share,
        logger_units_row,
        laspeyres,
        absent_marks,
        steps_needed,
        wettest_week,
        weekend_share,
        overtime,
    )
]
