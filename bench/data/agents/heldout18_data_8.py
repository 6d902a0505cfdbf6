"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 8: readings in other units,
golf rounds, review filters, swim splits, correlation with gaps, busiest hours, unique
customers, cumulative splits, cross-tabs, week-on-week averages, one-sample t and weight trends
against dates."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.data.agents.heldout18_data import (
    PEOPLE,
    F,
    Family,
    Got,
    dec,
    family,
    forms,
    mean,
    named,
    num,
    pct_of,
    pearson,
    r1,
    slope,
    sqrt,
    table,
    variance,
)


@family
def fahrenheit_mean(rng: random.Random) -> Got:
    temps = [rng.randint(38, 97) for _ in range(rng.randint(5, 9))]
    f = forms((mean(temps) - 32) * F(5, 9), 1)
    return (
        (
            f"Highs on our road trip were {', '.join(f'{t}°F' for t in temps)}. "
            "What was the average "
            "high in Celsius? one decimal",
            [
                [f"{x} °C" for x in f]
                + [f"{x}°C" for x in f]
                + [f"{x} C" for x in f]
                + [f"{x} degrees" for x in f]
                + named(["average", "mean"], f)
            ],
        )
        if f
        else None
    )


@family
def golf_over_par(rng: random.Random) -> Got:
    par = rng.choice([70, 71, 72])
    rounds = [par + rng.randint(-2, 25) for _ in range(rng.randint(5, 10))]
    f = forms(mean(rounds) - par, 1)
    return (
        (
            f"My last few rounds on a par {par} course: {', '.join(map(str, rounds))}. "
            "On average how "
            "many shots over par am I? one decimal",
            [
                [f"{x} over" for x in f]
                + [f"+{x}" for x in f]
                + [f"{x} shots" for x in f]
                + [f"{x} strokes" for x in f]
                + named(["average", "about", "by"], f)
            ],
        )
        if f and mean(rounds) > par
        else None
    )


@family
def reviews_min_count(rng: random.Random) -> Got:
    prods = rng.sample(["Kettle", "Toaster", "Blender", "Air fryer", "Mixer", "Juicer"], 5)
    rows, by = [], {p: [] for p in prods}
    for p in prods:
        for _ in range(rng.choice([2, 3, 4, 5, 6, 7, 8])):
            s = rng.randint(1, 5)
            by[p].append(s)
            rows.append([f"R{len(rows) + 1:03d}", p, s])
    rng.shuffle(rows)
    ok = {p: mean(v) for p, v in by.items() if len(v) >= 5}
    best_any = max(by, key=lambda p: mean(by[p]))
    if len(ok) < 2:
        return None
    top = max(ok, key=lambda p: ok[p])
    if sorted(ok.values())[-2] == ok[top] or best_any == top or mean(by[best_any]) == ok[top]:
        return None
    f = forms(ok[top], 2)
    return (
        (
            "Review export attached (1-5 stars). Among products with at least 5 reviews, which "
            "has the highest average rating, and what is it? 2 dp",
            [[top], f],
            {"csv": table(["review_id", "product", "stars"], rows)},
        )
        if f
        else None
    )


@family
def swim_laps(rng: random.Random) -> Got:
    n = rng.randint(4, 8)
    cs = [rng.randint(5800, 9500) for _ in range(n)]  # centiseconds
    avg = F(sum(cs), n)
    f = forms(avg / 100, 2)
    if not f:
        return None
    a = round(avg)
    m, s = divmod(a, 6000)
    laps = ", ".join(f"{c // 6000}:{c % 6000 // 100:02d}.{c % 100:02d}" for c in cs)
    return (
        f"My 100m splits from tonight's session: {laps}. What's my average 100m time? "
        "Keep hundredths.",
        [
            [f"{m}:{s // 100:02d}.{s % 100:02d}"]
            + [f"{x} s" for x in f]
            + [f"{x} seconds" for x in f]
            + [f"{x}s" for x in f]
        ],
    )


@family
def r_with_gaps(rng: random.Random) -> Got:
    n = rng.randint(10, 16)
    xs = [r1(rng, 5, 35) for _ in range(n)]
    ys = [F(round((20 + 1.4 * float(x) + rng.uniform(-10, 10)) * 10), 10) for x in xs]
    rows, kx, ky = [], [], []
    for i, (x, y) in enumerate(zip(xs, ys, strict=False)):
        gap = rng.random()
        rows.append(
            [f"site {i + 1}", "" if gap < 0.1 else num(x), "" if 0.1 <= gap < 0.2 else num(y)]
        )
        if gap >= 0.2:
            kx.append(x)
            ky.append(y)
    if len(kx) == n or len(kx) < 6:
        return None
    f = forms(pearson(kx, ky), 3, signed=True)
    return (
        (
            "Some survey sites are missing one of the two measurements (blank cells). Using only "
            "the sites that have both, what's the Pearson correlation between canopy cover and "
            "bird species count? 3 dp",
            [f],
            {"csv": table(["site", "canopy_pct", "species"], rows)},
        )
        if f
        else None
    )


@family
def busiest_hour(rng: random.Random) -> Got:
    d = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    peak = rng.randint(9, 19)
    stamps = []
    for _ in range(rng.randint(40, 70)):
        h = peak if rng.random() < 0.22 else rng.randint(8, 20)
        stamps.append(f"{d.isoformat()}T{h:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
    counts = {}
    for s in stamps:
        counts[int(s[11:13])] = counts.get(int(s[11:13]), 0) + 1
    top = max(counts, key=lambda h: counts[h])
    if sorted(counts.values())[-2] == counts[top]:
        return None
    stamps.sort()
    h12 = f"{top % 12 or 12}"
    ap = "pm" if top >= 12 else "am"
    nxt = f"{(top + 1) % 12 or 12}{'pm' if top + 1 >= 12 else 'am'}"
    return (
        "Door sensor log from the shop attached (one row per customer entering). Which hour "
        "of the day was busiest?",
        [
            [
                f"{top:02d}:00",
                f"{top}:00",
                f"{h12}{ap}",
                f"{h12} {ap}",
                f"{h12}-{nxt}",
                f"{h12}:00 {ap}",
                f"{h12}:00{ap}",
                f"{h12} to {nxt}",
                f"{h12}\u2013{nxt}",
                f"{h12} and {nxt}",
            ]
        ],
        {"csv": table(["timestamp"], [[s] for s in stamps])},
    )


@family
def unique_customers(rng: random.Random) -> Got:
    pool = rng.sample(
        [f"{p.lower()}{rng.randint(1, 99)}@mail.com" for p in PEOPLE], rng.randint(8, 15)
    )
    orders = [rng.choice(pool) for _ in range(rng.randint(20, 35))]
    k = len(set(orders))
    if k == len(orders):
        return None
    rows = [[f"#{5000 + i}", e, num(r1(rng, 8, 120, 2), 2)] for i, e in enumerate(orders)]
    return (
        "Orders from our pop-up shop are attached. How many different customers (unique "
        "emails) ordered?",
        [
            [
                f"{k} unique",
                f"{k} different",
                f"{k} customers",
                f"{k} distinct",
                *named(["unique customers"], [str(k)]),
            ]
        ],
        {"csv": table(["order", "email", "total"], rows)},
    )


@family
def fastest_km(rng: random.Random) -> Got:
    n = rng.randint(5, 10)
    splits = rng.sample(range(250, 420), n)
    cum, t = [], 0
    for s in splits:
        t += s
        cum.append(t)
    k = splits.index(min(splits)) + 1
    shown = ", ".join(f"{c // 60}:{c % 60:02d}" for c in cum)
    suf = "th" if 10 <= k <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return (
        f"My watch only shows the elapsed time at each km marker: {shown}. Which km was my "
        "fastest, and what was its split?",
        [
            [
                f"km {k}",
                f"kilometre {k}",
                f"kilometer {k}",
                f"{k}{suf} km",
                f"{k}{suf} kilomet",
                f"km #{k}",
                f"km{k}",
            ],
            [f"{min(splits) // 60}:{min(splits) % 60:02d}"],
        ],
    )


@family
def crosstab_gap(rng: random.Random) -> Got:
    rows, grp = [], {"under 30": [0, 0], "30 and over": [0, 0]}
    for i in range(rng.randint(30, 60)):
        age = rng.randint(17, 70)
        g = "under 30" if age < 30 else "30 and over"
        yes = rng.random() < (0.7 if age < 30 else 0.4)
        grp[g][0] += yes
        grp[g][1] += 1
        rows.append([i + 1, age, "yes" if yes else "no"])
    if not grp["under 30"][1] or not grp["30 and over"][1]:
        return None
    a = pct_of(*grp["under 30"])
    b = pct_of(*grp["30 and over"])
    f = forms(a - b, 1)
    return (
        (
            "Survey on whether people would use a bike-share scheme, attached. What percentage "
            "of under-30s said yes, minus the percentage of those 30 and over who said yes? "
            "Answer in percentage points, one decimal.",
            [f],
            {"csv": table(["id", "age", "would_use"], rows)},
        )
        if f and a != b
        else None
    )


@family
def week_on_week(rng: random.Random) -> Got:
    d0 = date(2026, 1, 1) + timedelta(days=rng.randint(0, 340))
    vals = [r1(rng, 18, 32) for _ in range(14)]
    f = forms(mean(vals[7:]) - mean(vals[:7]), 2)
    rows = [[(d0 + timedelta(days=i)).strftime("%d/%m"), num(v, 1)] for i, v in enumerate(vals)]
    return (
        (
            "Body fat % from my smart scale, two weeks of mornings (day/month). How much did my "
            "weekly average change from the first week to the second? 2 dp",
            [f],
            {"csv": table(["date", "body_fat_pct"], rows, "\t")},
        )
        if f and vals[7:] != vals[:7]
        else None
    )


@family
def one_sample_t(rng: random.Random) -> Got:
    mu = rng.choice([500, 250, 1000, 100])
    n = rng.randint(8, 14)
    vals = [F(round((mu + rng.gauss(-1, 4)) * 10), 10) for _ in range(n)]
    s = sqrt(variance(vals, True))
    t = dec(mean(vals) - mu) / (s / dec(n).sqrt())
    f = forms(t, 2, signed=True)
    return (
        (
            f"Bags of flour are labelled {mu} g. I weighed {n}: {', '.join(num(v) for v in vals)}. "
            f"Compute the one-sample t statistic for testing whether the mean is {mu} g. 2 dp",
            [named(["t", "t-statistic", "t statistic"], f) + [x for x in f if len(x) > 3]],
        )
        if f and s
        else None
    )


@family
def weight_trend_dates(rng: random.Random) -> Got:
    d0 = date(2026, 1, 1) + timedelta(days=rng.randint(0, 250))
    offs = sorted(rng.sample(range(0, 70), rng.randint(6, 10)))
    offs[0] = 0
    rate = rng.uniform(-0.12, -0.03)
    base = F(round(rng.uniform(70, 110) * 10), 10)
    kg = [base + F(round((rate * o + rng.uniform(-0.6, 0.6)) * 10), 10) for o in offs]
    b, _ = slope(offs, kg)
    f = forms(b * 7, 2)
    rows = "\n".join(
        f"{(d0 + timedelta(days=o)).strftime('%b %d')}: {num(k, 1)} kg"
        for o, k in zip(offs, kg, strict=False)
    )
    return (
        (
            f"Weigh-ins (not every day):\n{rows}\nFit a least-squares line against the actual "
            "dates - how many kg per week am I losing? 2 dp",
            [f],
        )
        if f and b < 0
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        fahrenheit_mean,
        golf_over_par,
        reviews_min_count,
        swim_laps,
        r_with_gaps,
        busiest_hour,
        unique_customers,
        fastest_km,
        crosstab_gap,
        week_on_week,
        one_sample_t,
        weight_trend_dates,
    )
]
