"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 5: signup funnels, cricket
and basketball averages, league tables, percentiles, forecast errors, growth contributions,
loan rates, order gaps, bedtimes and pooled class means."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.data.agents.heldout18_data import (
    F,
    Family,
    Got,
    family,
    forms,
    mean,
    named,
    num,
    pct_of,
    r1,
    sqrt,
    table,
)


@family
def signup_funnel(rng: random.Random) -> Got:
    v = rng.randint(8000, 60000)
    s = int(v * rng.uniform(0.08, 0.3))
    t = int(s * rng.uniform(0.2, 0.6))
    p = int(t * rng.uniform(0.15, 0.5))
    a, b = forms(pct_of(p, v), 2), forms(pct_of(p, t), 1)
    if not a or not b or p < 5:
        return None
    return (
        f"Last month's funnel: {v:,} landing page visits -> {s:,} signups -> {t:,} started a "
        f"trial -> {p:,} became paying customers. What's the overall visit-to-paid conversion "
        "rate (2 dp) and the trial-to-paid rate (1 dp)?",
        [a, b],
    )


@family
def cricket_average(rng: random.Random) -> Got:
    inns = [(rng.randint(0, 110), rng.random() < 0.25) for _ in range(rng.randint(7, 12))]
    outs = sum(not no for _, no in inns)
    if outs < 3 or outs == len(inns):
        return None
    runs = sum(r for r, _ in inns)
    f = forms(F(runs, outs), 2)
    listed = ", ".join(f"{r}{'*' if no else ''}" for r, no in inns)
    return (
        (
            f"My scores this season (* = not out): {listed}. What's my batting average? 2 dp",
            [named(["average", "avg"], f) + f],
        )
        if f
        else None
    )


@family
def free_throws(rng: random.Random) -> Got:
    games = []
    for _ in range(rng.randint(5, 9)):
        a = rng.randint(2, 14)
        games.append((rng.randint(0, a), a))
    made, att = sum(m for m, _ in games), sum(a for _, a in games)
    f = forms(pct_of(made, att), 1)
    naive = forms(mean([pct_of(m, a) for m, a in games]), 1)
    lines = "\n".join(f"game {i + 1}: {m}/{a}" for i, (m, a) in enumerate(games))
    return (
        (
            f"my free throws (made/attempted) so far:\n{lines}\nwhat's my free throw percentage "
            "for the season overall? one decimal",
            [f],
        )
        if f and naive != f
        else None
    )


@family
def league_leader(rng: random.Random) -> Got:
    teams = rng.sample(
        ["Rovers", "United", "Athletic", "Wanderers", "City", "Albion", "Town", "Harriers"],
        rng.randint(4, 6),
    )
    pts, rows = {t: 0 for t in teams}, []
    for h in teams:
        for a in teams:
            if h != a and rng.random() < 0.6:
                x, y = rng.randint(0, 4), rng.randint(0, 4)
                rows.append([h, a, x, y])
                pts[h] += 3 if x > y else 1 if x == y else 0
                pts[a] += 3 if y > x else 1 if x == y else 0
    top = max(pts, key=lambda t: pts[t])
    if sorted(pts.values())[-2] == pts[top]:
        return None
    return (
        "Results from our five-a-side league so far are attached. 3 points for a win, 1 for "
        "a draw. Who's top of the table and on how many points?",
        [
            [top],
            [
                f"{pts[top]} points",
                f"{pts[top]} pts",
                f"{pts[top]}pts",
                *named(["points"], [str(pts[top])]),
            ],
        ],
        {"csv": table(["home", "away", "home_goals", "away_goals"], rows)},
    )


@family
def p90_latency(rng: random.Random) -> Got:
    n = rng.randint(20, 40)
    vals = rng.sample(range(80, 2400), n)
    p = rng.choice([90, 95, 75])
    k = -(-p * n // 100)
    if p * n % 100 == 0:
        return None
    ans = sorted(vals)[k - 1]
    return (
        f"API response times in ms are attached. What's the {p}th percentile? Use the "
        "nearest-rank method (sort, take the value at rank ceil(p/100 × n)).",
        [
            [
                f"{ans} ms",
                f"{ans}ms",
                f"{ans:,} ms",
                *named(["percentile", "p" + str(p), "P" + str(p)], [str(ans), f"{ans:,}"]),
            ]
        ],
        {
            "csv": table(
                ["request_id", "latency_ms"], [[f"r{i:03d}", v] for i, v in enumerate(vals)]
            )
        },
    )


@family
def forecast_mae(rng: random.Random) -> Got:
    n = rng.randint(5, 8)
    act = [rng.randint(200, 900) for _ in range(n)]
    fc = [a + rng.randint(-80, 80) for a in act]
    f = forms(mean([abs(a - b) for a, b in zip(act, fc, strict=False)]), 2)
    rows = "\n".join(
        f"{m}\t{b}\t{a}"
        for m, a, b in zip(
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"], act, fc, strict=False
        )
    )
    return (
        (
            "how far off were my forecasts? give me the mean absolute error, 2 dp\n"
            f"month\tforecast\tactual\n{rows}",
            [named(["MAE", "mean absolute error"], f) + f],
        )
        if f
        else None
    )


@family
def sensor_rmse(rng: random.Random) -> Got:
    n = rng.randint(6, 10)
    ref = [r1(rng, 10, 40) for _ in range(n)]
    dev = [x + r1(rng, -1.5, 1.5) for x in ref]
    mse = mean([(a - b) ** 2 for a, b in zip(ref, dev, strict=False)])
    f = forms(sqrt(mse), 3)
    pairs = "; ".join(f"{num(a, 1)} vs {num(b, 1)}" for a, b in zip(ref, dev, strict=False))
    return (
        (
            "Calibrating a cheap thermometer against a reference (reference vs cheap, °C): "
            f"{pairs}. What's the RMSE of the cheap one? 3 decimals",
            [named(["RMSE", "root mean square error"], f) + f],
        )
        if f and mse
        else None
    )


@family
def growth_driver(rng: random.Random) -> Got:
    prods = rng.sample(
        ["Espresso", "Latte", "Pastries", "Sandwiches", "Smoothies", "Beans"], rng.randint(4, 5)
    )
    rows = [[p, (a := rng.randint(5000, 40000)), a + rng.randint(-3000, 9000)] for p in prods]
    inc = {r[0]: r[2] - r[1] for r in rows}
    total = sum(inc.values())
    top = max(inc, key=lambda k: inc[k])
    if total <= 0 or sorted(inc.values())[-2] == inc[top]:
        return None
    f = forms(pct_of(inc[top], total), 1)
    return (
        (
            "Revenue by product line, last year vs this year, is attached. Which line "
            "contributed most to our overall growth, and what share of the total increase was "
            "it? (percent, 1 dp)",
            [[top], f],
            {"csv": table(["line", "last_year", "this_year"], rows)},
        )
        if f
        else None
    )


@family
def loan_rate(rng: random.Random) -> Got:
    loans = [(rng.randint(1000, 40000), r1(rng, 2.5, 24.9, 2)) for _ in range(rng.randint(3, 5))]
    f = forms(sum((F(b) * r for b, r in loans), F(0)) / sum(b for b, _ in loans), 2)
    lines = "\n".join(
        f"- {nm}: ${b:,} at {num(r, 2)}%"
        for nm, (b, r) in zip(
            ["car loan", "credit card", "student loan", "personal loan", "store card"],
            loans,
            strict=False,
        )
    )
    return (
        (
            f"My debts right now:\n{lines}\nWhat's my balance-weighted average interest rate? "
            "2 decimals",
            [f],
        )
        if f
        else None
    )


@family
def order_gaps(rng: random.Random) -> Got:
    n = rng.randint(5, 9)
    d0 = date(2025, 1, 1) + timedelta(days=rng.randint(0, 500))
    ds = [d0]
    for _ in range(n - 1):
        ds.append(ds[-1] + timedelta(days=rng.randint(6, 60)))
    f = forms(F((ds[-1] - ds[0]).days, n - 1), 1)
    listed = ", ".join(d.strftime("%-d %b %Y") for d in ds)
    return (
        (f"Customer #4471 ordered on {listed}. On average how many days between orders? 1 dp", [f])
        if f
        else None
    )


@family
def bedtime_avg(rng: random.Random) -> Got:
    n = rng.randint(5, 8)
    mins = [rng.randint(-100, 95) for _ in range(n)]  # minutes relative to midnight
    avg = F(sum(mins), n)
    if abs(avg - int(avg)) in (F(1, 2),) or abs(abs(avg - int(avg)) - F(1, 2)) < F(1, 20):
        return None
    a = round(avg) % 1440
    h, m = divmod(a, 60)
    t = [f"{(x % 1440) // 60:02d}:{x % 60:02d}" for x in mins]
    h12 = h % 12 or 12
    ap = "pm" if h >= 12 else "am"
    return (
        f"Bedtimes this week: {', '.join(t)}. What's my average bedtime? nearest minute",
        [
            [
                f"{h:02d}:{m:02d}",
                f"{h12}:{m:02d} {ap}",
                f"{h12}:{m:02d}{ap}",
                f"{h12}:{m:02d} {ap.upper()}",
                f"{h12}:{m:02d} {ap[0]}.m.",
                *(["midnight"] if a == 0 else []),
            ]
        ],
    )


@family
def pooled_mean(rng: random.Random) -> Got:
    k = rng.randint(3, 5)
    groups = [(rng.randint(12, 35), r1(rng, 55, 88)) for _ in range(k)]
    f = forms(sum((n * m for n, m in groups), F(0)) / sum(n for n, _ in groups), 2)
    naive = forms(mean([m for _, m in groups]), 2)
    lines = "; ".join(
        f"section {chr(65 + i)}: {n} students, average {num(m)}" for i, (n, m) in enumerate(groups)
    )
    return (
        (f"{lines}. What's the average across all students in the course? 2 dp", [f])
        if f and naive != f
        else None
    )


@family
def pets_sd(rng: random.Random) -> Got:
    counts = [rng.randint(1, 20) for _ in range(rng.randint(4, 6))]
    data = [x for x, c in enumerate(counts) for _ in range(c)]
    m = mean(data)
    var = sum(((x - m) ** 2 for x in data), F(0)) / (len(data) - 1)
    f = forms(sqrt(var), 2)
    rows = "\n".join(
        f"{x} pet{'' if x == 1 else 's'} | {c} households" for x, c in enumerate(counts)
    )
    return (
        (
            "Survey of households on our street:\n" + rows + "\nWhat's the standard deviation of "
            "the number of pets per household? Treat it as a sample. 2 dp",
            [named(["standard deviation", "SD", "s"], f) + f],
        )
        if f and var
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        signup_funnel,
        cricket_average,
        free_throws,
        league_leader,
        p90_latency,
        forecast_mae,
        sensor_rmse,
        growth_driver,
        loan_rate,
        order_gaps,
        bedtime_avg,
        pooled_mean,
        pets_sd,
    )
]
