"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 12: subscriber churn,
repeat-purchase cohorts, seasonal indices, sales before and after a price change, scaling marks
to a target mean, trimmed means, courier lead times, lab percentage error, a category median of
race times, real pay changes and an attached ad-spend correlation."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.data.agents.heldout18_data import (
    MONTHS,
    PEOPLE,
    F,
    Family,
    Got,
    family,
    forms,
    mean,
    median,
    named,
    num,
    pct_of,
    pearson,
    r1,
    table,
)


@family
def churn_rate(rng: random.Random) -> Got:
    m = rng.randint(0, 10)
    start = rng.randint(800, 9000)
    lost = rng.randint(start // 50, start // 8)
    new = rng.randint(start // 40, start // 5)
    f = forms(pct_of(lost, start), 2)
    return (
        (
            f"Subscription box: we started {MONTHS[m]} with {start:,} subscribers, gained "
            f"{new:,} new ones during the month and {lost:,} cancelled. What was the churn rate "
            f"for {MONTHS[m]} (cancellations as a % of subscribers at the start)? 2 dp",
            [f],
        )
        if f
        else None
    )


@family
def repeat_cohort(rng: random.Random) -> Got:
    people = rng.sample(
        [f"{p.lower()}{k}" for p in PEOPLE for k in range(1, 4)], rng.randint(14, 24)
    )
    rows, jan, both = [], set(), set()
    for c in people:
        first = rng.choice([1, 1, 2])
        d = date(2026, first, rng.randint(1, 28))
        rows.append([d.isoformat(), c])
        if first == 1:
            jan.add(c)
            if rng.random() < 0.45:
                rows.append([date(2026, 2, rng.randint(1, 28)).isoformat(), c])
                both.add(c)
    if not jan or not both or both == jan:
        return None
    rows.sort()
    f = forms(pct_of(len(both), len(jan)), 1)
    return (
        (
            "Orders attached (one row per order). Of the customers whose first order was in "
            "January, what percentage ordered again in February? 1 dp",
            [f],
            {"csv": table(["order_date", "customer"], rows)},
        )
        if f
        else None
    )


@family
def seasonal_index(rng: random.Random) -> Got:
    years = [2023, 2024, 2025]
    peak = rng.randrange(12)
    rows, by = [], {m: [] for m in range(12)}
    for y in years:
        for m in range(12):
            v = rng.randint(200, 600) + (rng.randint(200, 500) if m == peak else 0)
            by[m].append(v)
            rows.append([f"{MONTHS[m][:3]}-{y}", v])
    pick = rng.choice([peak, rng.randrange(12)])
    overall = mean([v for vs in by.values() for v in vs])
    f = forms(mean(by[pick]) / overall, 3)
    pct = forms(mean(by[pick]) / overall * 100, 1)
    if not pct:
        return None
    return (
        (
            f"Three years of monthly sales attached. Using the simple average method (average for "
            f"that month across the years divided by the overall monthly average), what's the "
            f"seasonal index for {MONTHS[pick]}? 3 dp",
            [
                named(["index", "seasonal index"], f)
                + [x for x in f if len(x) > 3]
                + [f"{x}%" for x in pct]
                + [f"{x} %" for x in pct]
            ],
            {"csv": table(["month", "units"], rows, "\t")},
        )
        if f
        else None
    )


@family
def before_after_price(rng: random.Random) -> Got:
    start = date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))
    n = rng.randint(16, 30)
    cut = rng.randint(6, n - 6)
    change = start + timedelta(days=cut)
    vals = [rng.randint(30, 90) if i < cut else rng.randint(20, 85) for i in range(n)]
    a, b = mean(vals[:cut]), mean(vals[cut:])
    f = forms(pct_of(b - a, a), 1)
    rows = [[(start + timedelta(days=i)).isoformat(), v] for i, v in enumerate(vals)]
    return (
        (
            f"We raised prices on {change.strftime('%-d %B')} (that day counts as 'after'). Daily "
            "units sold attached. By what percent did average daily units change after the rise "
            "compared with before? 1 dp",
            [f],
            {"csv": table(["date", "units"], rows)},
        )
        if f and a != b
        else None
    )


@family
def scale_to_mean(rng: random.Random) -> Got:
    names = rng.sample(PEOPLE, rng.randint(6, 10))
    marks = [rng.randint(25, 70) for _ in names]
    target = rng.choice([60, 65, 70])
    if mean(marks) >= target:
        return None
    who = rng.choice(names)
    new = F(marks[names.index(who)]) * target / mean(marks)
    f = forms(new, 1)
    lines = ", ".join(f"{n} {m}" for n, m in zip(names, marks, strict=True))
    return (
        (
            f"Test was too hard. Marks: {lines}. If I multiply everyone's mark by the same factor "
            f"so the class average becomes {target}, what does {who} end up with? 1 dp",
            [[x for x in f if "." in x] + named([who, "score", "mark"], f)],
        )
        if f
        else None
    )


@family
def trimmed_ten(rng: random.Random) -> Got:
    n = rng.choice([10, 20, 30])
    vals = [rng.randint(150, 900) for _ in range(n)]
    k = n // 10
    f = forms(mean(sorted(vals)[k : n - k]), 2)
    return (
        (
            "Delivery times in minutes are in the attached file. Give me the 10% trimmed mean "
            "(drop the lowest 10% and highest 10% of values, average the rest). 2 dp",
            [named(["trimmed mean", "mean", "average"], f) + [x for x in f if "." in x]],
            {"csv": table(["delivery", "minutes"], [[i + 1, v] for i, v in enumerate(vals)])},
        )
        if f
        else None
    )


@family
def courier_lead_time(rng: random.Random) -> Got:
    couriers = ["SwiftShip", "ParcelPro", "RoadRunner"]
    rows, by = [], {c: [] for c in couriers}
    for i in range(rng.randint(15, 25)):
        c = rng.choice(couriers)
        o = date(2026, 1, 1) + timedelta(days=rng.randint(0, 330))
        lt = rng.randint(1, 9)
        by[c].append(lt)
        rows.append([f"ORD{2000 + i}", c, o.isoformat(), (o + timedelta(days=lt)).isoformat()])
    if any(not v for v in by.values()):
        return None
    avg = {c: mean(v) for c, v in by.items()}
    top = min(avg, key=lambda c: avg[c])
    if sorted(avg.values())[1] == avg[top]:
        return None
    f = forms(avg[top], 2)
    return (
        (
            "Which courier is fastest on average from order date to delivery date, and what's "
            "its average in days (2 dp)? Export attached.",
            [[top], f],
            {"csv": table(["order", "courier", "ordered", "delivered"], rows)},
        )
        if f
        else None
    )


@family
def percent_error(rng: random.Random) -> Got:
    g = F(981, 100)
    trials = [r1(rng, 9.2, 10.4, 2) for _ in range(rng.randint(4, 7))]
    m = mean(trials)
    f = forms(abs(m - g) / g * 100, 2)
    return (
        (
            f"Pendulum lab: our values for g were {', '.join(num(t, 2) for t in trials)} m/s². "
            "Taking the mean of our trials, what's the percentage error against the accepted "
            "value of 9.81 m/s²? 2 dp",
            [f],
        )
        if f and m != g
        else None
    )


@family
def category_median_time(rng: random.Random) -> Got:
    rows = []
    for i in range(rng.randint(20, 34)):
        cat = rng.choice(["F40", "M40", "F50", "M50", "FSEN", "MSEN"])
        s = rng.randint(19 * 60, 38 * 60)
        rows.append([i + 1, cat, f"{s // 60}:{s % 60:02d}"])
    pick = rng.choice(["F40", "M40", "F50", "M50"])
    t = sorted(int(r[2].split(":")[0]) * 60 + int(r[2].split(":")[1]) for r in rows if r[1] == pick)
    if len(t) < 3:
        return None
    med = median(t)
    if med.denominator != 1:
        return None
    med = int(med)
    return (
        f"10k race results attached. What's the median finishing time in the {pick} "
        "category? mm:ss",
        [[f"{med // 60}:{med % 60:02d}"]],
        {"csv": table(["pos", "category", "time"], rows)},
    )


@family
def real_pay(rng: random.Random) -> Got:
    y0 = rng.randint(2015, 2021)
    s0 = rng.randint(260, 700) * 100
    s1 = s0 + rng.randint(10, 150) * 100
    c0 = r1(rng, 95, 110, 1)
    c1 = c0 * (1 + F(rng.randint(40, 250), 1000))
    c1 = F(round(c1 * 10), 10)
    real = (F(s1) / s0 / (c1 / c0) - 1) * 100
    f = forms(real, 1)
    return (
        (
            f"My salary went from ${s0:,} in {y0} to ${s1:,} in 2025. The CPI was {num(c0, 1)} in "
            f"{y0} and {num(c1, 1)} in 2025. Has my purchasing power gone up or down, and by how "
            "much in real terms (%)? 1 dp",
            [
                f,
                [
                    "real rise",
                    "rise in real",
                    "real increase",
                    "increase in real",
                    "real terms rise",
                    "grew in real",
                    "real-terms increase",
                    "real-terms rise",
                    "real gain",
                    "increased in real",
                    "rose in real",
                    "real terms increase",
                    "up in real",
                    "higher in real",
                    "gone up",
                    "went up",
                    "has risen",
                    "has increased",
                    "gained",
                ]
                if real > 0
                else [
                    "real fall",
                    "fall in real",
                    "real decrease",
                    "decrease in real",
                    "real terms fall",
                    "real-terms fall",
                    "real-terms decrease",
                    "real loss",
                    "fell in real",
                    "decreased in real",
                    "real terms decrease",
                    "down in real",
                    "lower in real",
                    "real cut",
                    "cut in real",
                    "gone down",
                    "went down",
                    "has fallen",
                    "has decreased",
                    "dropped",
                    "lost",
                ],
            ],
        )
        if f
        else None
    )


@family
def ads_tsv_r(rng: random.Random) -> Got:
    n = rng.randint(8, 14)
    spend = [rng.randint(200, 3000) for _ in range(n)]
    k = rng.uniform(1.5, 5)
    sales = [int(4000 + k * s + rng.uniform(-2500, 2500)) for s in spend]
    f = forms(pearson(spend, sales), 2, signed=True)
    weeks = [f"W{i + 1}" for i in range(n)]
    return (
        (
            "Weekly ad spend vs sales is in the attached tab-separated file. How strongly are "
            "they correlated? Give Pearson's r, two decimals.",
            [f],
            {
                "csv": table(
                    ["week", "ad_spend", "sales"],
                    [[w, s, v] for w, s, v in zip(weeks, spend, sales, strict=False)],
                    "\t",
                )
            },
        )
        if f
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        churn_rate,
        repeat_cohort,
        seasonal_index,
        before_after_price,
        scale_to_mean,
        trimmed_ten,
        courier_lead_time,
        percent_error,
        category_median_time,
        real_pay,
        ads_tsv_r,
    )
]
