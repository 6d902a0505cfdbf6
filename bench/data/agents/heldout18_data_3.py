"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 3: index numbers, net
promoter scores, rank correlation, regression lines, smoothing forecasts, seasonal averages,
confidence intervals, quarterly spending, sleep logs, running pace, rents and plant growth."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.data.agents.heldout18_data import (
    F,
    Family,
    Got,
    days,
    dec,
    family,
    forms,
    mean,
    money,
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
def price_index(rng: random.Random) -> Got:
    years = list(range(rng.randint(2015, 2019), 2026))[: rng.randint(4, 7)]
    costs = [F(rng.randint(6000, 9000), 100)]
    for _ in years[1:]:
        costs.append(costs[-1] * (1 + F(rng.randint(-20, 90), 1000)))
        costs[-1] = F(round(costs[-1] * 100), 100)
    base = rng.randrange(len(years) - 1)
    pick = rng.choice([i for i in range(len(years)) if i != base])
    f = forms(costs[pick] / costs[base] * 100, 1)
    lines = "\n".join(f"{y}: ${num(c, 2)}" for y, c in zip(years, costs, strict=False))
    return (
        (
            f"Cost of my standard weekly shop basket:\n{lines}\nIf {years[base]} = 100, what's "
            f"the index number for {years[pick]}? 1 decimal place.",
            [f],
        )
        if f
        else None
    )


@family
def nps(rng: random.Random) -> Got:
    n = rng.randint(30, 60)
    scores = [min(10, max(0, int(rng.gauss(rng.uniform(6, 9), 2.2)))) for _ in range(n)]
    promo, detr = sum(s >= 9 for s in scores), sum(s <= 6 for s in scores)
    f = forms(pct_of(promo - detr, n), 0, signed=True)
    if not f:
        return None
    if promo > detr:
        f += [f"+{x}" for x in f]
    plain = [x for x in f if abs(int(x.replace("\u2212", "-"))) >= 10]
    return (
        "Here are the 0-10 'how likely are you to recommend us' answers from our last survey. "
        "What's our Net Promoter Score? Round to a whole number.",
        [named(["NPS", "Net Promoter Score", "score", "NPS of", "score of", "(NPS)"], f) + plain],
        {"csv": table(["respondent", "score"], [[i + 1, s] for i, s in enumerate(scores)])},
    )


@family
def wine_spearman(rng: random.Random) -> Got:
    n = rng.randint(6, 9)
    a = list(range(1, n + 1))
    b = a[:]
    for _ in range(rng.randint(2, 5)):
        i, j = rng.sample(range(n), 2)
        b[i], b[j] = b[j], b[i]
    rng.shuffle(idx := list(range(n)))
    wines = [
        "Merlot",
        "Rioja",
        "Shiraz",
        "Malbec",
        "Pinot",
        "Barolo",
        "Chianti",
        "Syrah",
        "Zinfandel",
    ]
    rows = "\n".join(f"{wines[i]}: judge 1 ranked {a[i]}, judge 2 ranked {b[i]}" for i in idx)
    d2 = sum((x - y) ** 2 for x, y in zip(a, b, strict=False))
    rho = 1 - F(6 * d2, n * (n * n - 1))
    f = forms(rho, 3, signed=True)
    return (
        (
            f"Two judges at our wine club ranked the same {n} bottles:\n{rows}\nWhat's the "
            "Spearman rank correlation between them? three decimals",
            [named(["rho", "ρ", "r_s", "rs", "correlation"], f) + [x for x in f if len(x) > 2]],
        )
        if f
        else None
    )


@family
def icecream_line(rng: random.Random) -> Got:
    n = rng.randint(6, 10)
    temps = rng.sample(range(14, 34), n)
    k, c = rng.uniform(4, 12), rng.uniform(-80, 20)
    sold = [max(5, int(c + k * t + rng.uniform(-25, 25))) for t in temps]
    b, a = slope(temps, sold)
    fb, fa = forms(b, 2, signed=True), forms(a, 2, signed=True)
    if not fb or not fa:
        return None
    pairs = ", ".join(f"{t}°C -> {s}" for t, s in zip(temps, sold, strict=False))
    return (
        "ice cream van, I jotted down max temperature vs cones sold on some days: "
        f"{pairs}. Can you give me the least-squares line (cones = a + b × temp)? Both "
        "numbers to 2 decimals.",
        [fb, fa],
    )


@family
def sunlight_r2(rng: random.Random) -> Got:
    n = rng.randint(7, 11)
    sun = [r1(rng, 2, 10) for _ in range(n)]
    k = rng.uniform(0.8, 2.5)
    grow = [max(F(1, 10), F(round((3 + k * float(s) + rng.uniform(-3, 3)) * 10), 10)) for s in sun]
    r = pearson(sun, grow)
    f = forms(r * r, 3)
    rows = "\n".join(f"{num(s)}\t{num(g)}" for s, g in zip(sun, grow, strict=False))
    return (
        (
            "Science fair project: average daily hours of sunlight vs growth of bean seedlings in "
            f"cm over two weeks.\nsun_h\tgrowth_cm\n{rows}\nWhat R² does a linear fit give? 3 dp",
            [
                named(
                    ["R²", "R^2", "R2", "r-squared", "R squared", "coefficient of determination"], f
                )
                + f
            ],
        )
        if f
        else None
    )


@family
def exp_smoothing(rng: random.Random) -> Got:
    n = rng.randint(5, 9)
    demand = [rng.randint(120, 480) for _ in range(n)]
    alpha = F(rng.choice([1, 2, 3, 4, 5]), 10)
    fc = F(demand[0])
    for d in demand:
        fc = alpha * d + (1 - alpha) * fc
    f = forms(fc, 2)
    listed = ", ".join(str(d) for d in demand)
    return (
        (
            f"Weekly demand for our best-selling candle: {listed}. Using simple exponential "
            f"smoothing with alpha = {num(alpha)}, and taking the first week's actual demand as "
            "the forecast for week 1, what's the forecast for next week (week "
            f"{n + 1})? Two decimals.",
            [f],
        )
        if f
        else None
    )


@family
def wma_forecast(rng: random.Random) -> Got:
    n = rng.randint(5, 8)
    vals = [rng.randint(40, 180) for _ in range(n)]
    w = [1, 2, 3]
    fc = sum((F(x) * k for x, k in zip(vals[-3:], w, strict=False)), F(0)) / 6
    f = forms(fc, 1)
    listed = "\n".join(f"month {i + 1}: {v} bookings" for i, v in enumerate(vals))
    return (
        (
            f"{listed}\nForecast next month with a 3-month weighted moving average, weights "
            "3, 2 and 1 with 3 on the most recent month. Round to 1 dp.",
            [f],
        )
        if f
        else None
    )


@family
def best_quarter(rng: random.Random) -> Got:
    years = list(range(2022, 2022 + rng.randint(3, 4)))
    season = [rng.uniform(0.7, 1.4) for _ in range(4)]
    rows, by_q = [], {q: [] for q in range(4)}
    for y in years:
        for q in range(4):
            v = int(rng.randint(20000, 30000) * season[q])
            by_q[q].append(v)
            rows.append([y, f"Q{q + 1}", v])
    avgs = {q: mean(v) for q, v in by_q.items()}
    top = max(avgs, key=lambda q: avgs[q])
    if sorted(avgs.values())[-2] > avgs[top] - 100:
        return None
    f = forms(avgs[top], 0)
    return (
        (
            "Quarterly sales for the shop are attached. On average over the years, which quarter "
            "is our strongest, and what's its average sales figure (nearest whole number)?",
            [[f"Q{top + 1}"], f],
            {"csv": table(["year", "quarter", "sales"], rows, "\t")},
        )
        if f
        else None
    )


@family
def fill_ci(rng: random.Random) -> Got:
    n = rng.randint(30, 45)
    target = rng.choice([250, 330, 500, 750])
    vals = [F(round((target + rng.gauss(2, 3.5)) * 10), 10) for _ in range(n)]
    m, s = mean(vals), sqrt(variance(vals, sample=True))
    half = dec(F("1.96")) * s / dec(n).sqrt()
    lo, hi = forms(dec(m) - half, 2), forms(dec(m) + half, 2)
    if not lo or not hi:
        return None
    return (
        f"QA sample of {n} bottles from the {target} ml line, fill volumes attached. Give me an "
        "approximate 95% confidence interval for the mean fill, as mean ± 1.96 × s/√n using "
        "the sample standard deviation. Endpoints to 2 decimals.",
        [lo, hi],
        {"csv": table(["bottle", "fill_ml"], [[i + 1, num(v, 1)] for i, v in enumerate(vals)])},
    )


@family
def grocery_q2_vs_q1(rng: random.Random) -> Got:
    ds = sorted(rng.sample(range(1, 182), 45))
    cats = ["Groceries", "Fuel", "Dining", "Household", "Groceries"]
    rows, q = [], [F(0), F(0)]
    for k in ds:
        d = days_from(k)
        c, v = rng.choice(cats), F(rng.randint(800, 16000), 100)
        rows.append([d.strftime("%d.%m.%Y"), c, num(v, 2)])
        if c == "Groceries":
            q[(d.month - 1) // 3] += v
    if not q[0] or not q[1]:
        return None
    f = forms(pct_of(q[1] - q[0], q[0]), 1)
    return (
        (
            "Card statement for the first half of the year attached (day.month.year dates). How "
            "much did my grocery spending change from Q1 to Q2, in percent? 1 decimal",
            [f],
            {"csv": table(["date", "category", "amount"], rows, ";")},
        )
        if f
        else None
    )


def days_from(k: int) -> date:
    return date(2026, 1, 1) + timedelta(days=k - 1)


@family
def sleep_hm(rng: random.Random) -> Got:
    n = rng.randint(5, 9)
    mins = [rng.randint(300, 560) for _ in range(n)]
    avg = F(sum(mins), n)
    if abs(avg - int(avg) - F(1, 2)) < F(1, 100):
        return None
    a = round(avg)
    h, m = divmod(a, 60)
    listed = ", ".join(f"{x // 60}h {x % 60}m" for x in mins)
    return (
        f"sleep tracker says: {listed}. whats my average per night? nearest minute",
        [
            [
                f"{h}h {m}m",
                f"{h} h {m} min",
                f"{h} hours {m} minutes",
                f"{h} hours and {m} minutes",
                f"{h}h {m}min",
                f"{h} hr {m} min",
                f"{h}:{m:02d}",
                f"{h}h{m:02d}",
            ]
        ],
    )


@family
def overall_pace(rng: random.Random) -> Got:
    n = rng.randint(3, 6)
    dist = [r1(rng, 4, 21, 2) for _ in range(n)]
    secs = [int(float(d) * rng.randint(270, 400)) for d in dist]
    pace = F(sum(secs)) / sum(dist, F(0))
    if abs(pace - int(pace) - F(1, 2)) < F(1, 100):
        return None
    p = round(pace)
    rows = "\n".join(
        f"{num(d, 2)} km in {s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
        for d, s in zip(dist, secs, strict=False)
    )
    return (
        f"This week's runs:\n{rows}\nWhat's my overall average pace per km across all of "
        "them (total time over total distance)? min:sec, nearest second",
        [[f"{p // 60}:{p % 60:02d}"]],
    )


@family
def rent_median(rng: random.Random) -> Got:
    n = rng.choice([6, 8, 10])
    rents = sorted(rng.sample(range(1100, 3400, 25), n))
    med = F(rents[n // 2 - 1] + rents[n // 2], 2)
    rng.shuffle(rents)
    listed = "\n".join(
        f"- {rng.choice(['1br', 'studio', '1 bed', '1BR'])} "
        f"{rng.choice(['near park', 'top floor', 'renovated', 'w/ parking', ''])}"
        f" ${r:,}/mo".replace("  ", " ")
        for r in rents
    )
    return (
        f"apartment hunting, here's what's listed in the neighbourhood:\n{listed}\nwhat's the "
        "median rent?",
        [[f"${x}" for x in money(med)] + named(["median"], money(med))],
    )


@family
def bean_growth_rate(rng: random.Random) -> Got:
    ds = sorted(rng.sample(days(rng, 60), rng.randint(4, 6)))
    h = sorted(r1(rng, 2, 95) for _ in ds)
    f = forms((h[-1] - h[0]) / (ds[-1] - ds[0]).days, 2)
    rows = "\n".join(
        f"{d.day} {d.strftime('%b')}: {num(x)} cm" for d, x in zip(ds, h, strict=False)
    )
    return (
        (
            f"Measuring my sunflower:\n{rows}\nAverage growth per day between the first and last "
            "measurement? 2 dp",
            [f],
        )
        if f
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        price_index,
        nps,
        wine_spearman,
        icecream_line,
        sunlight_r2,
        exp_smoothing,
        wma_forecast,
        best_quarter,
        fill_ci,
        grocery_q2_vs_q1,
        sleep_hm,
        overall_pace,
        rent_median,
        bean_growth_rate,
    )
]
