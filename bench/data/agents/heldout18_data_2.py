"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 2: response times, average
speeds, judged scores, race positions, box-plot quartiles, outliers, A/B tests, filtered
totals, weekday averages, monthly drops, charity walks, step streaks, grouped commutes, goal
tallies and percentage points."""

from __future__ import annotations

import random

from bench.data.agents.heldout18_data import (
    MONTHS,
    PEOPLE,
    F,
    Family,
    Got,
    clock,
    date_forms,
    days,
    family,
    forms,
    halves,
    mean,
    median,
    money,
    named,
    num,
    ordinal,
    pct_of,
    r1,
    table,
    variance,
)


@family
def ticket_median(rng: random.Random) -> Got:
    n = rng.choice([8, 10, 12, 14])
    secs = sorted(rng.sample(range(45, 900), n))
    mid = secs[n // 2 - 1] + secs[n // 2]
    if mid % 2:
        return None
    shown = secs[:]
    rng.shuffle(shown)
    listed = ", ".join(f"{s // 60}:{s % 60:02d}" for s in shown)
    return (
        f"First-response times on the support desk yesterday (min:sec): {listed}. What's the "
        "median response time? Give it in minutes and seconds.",
        [clock(mid // 2)],
    )


@family
def lap_speeds(rng: random.Random) -> Got:
    n, lap = rng.randint(3, 6), rng.choice([4, 5, 6, 8, 10, 12])
    speeds = [rng.randint(18, 36) for _ in range(n)]
    avg = F(n * lap) / sum((F(lap, s) for s in speeds), F(0))
    f = forms(avg, 2)
    listed = ", ".join(f"{s} km/h" for s in speeds)
    return (
        (
            f"Did {n} laps of a {lap} km loop on the bike. My average speed on each lap was "
            f"{listed}. What was my average speed for the whole ride? km/h, 2 decimals",
            [f],
        )
        if f
        else None
    )


@family
def dive_score(rng: random.Random) -> Got:
    scores = [F(rng.randint(10, 20), 2) for _ in range(5)]
    dd = F(rng.randint(14, 36), 10)
    mid = sorted(scores)[1:4]
    total = sum(mid, F(0)) * dd
    f = forms(total, 2)
    listed = ", ".join(num(s) for s in scores)
    return (
        (
            f"Five judges gave my daughter's dive {listed}. The rules: throw out the highest and "
            f"lowest award, add the remaining three and multiply by the degree of difficulty, "
            f"which was {num(dd)}. What should her dive score be? two decimals",
            [f],
        )
        if f
        else None
    )


@family
def parkrun_place(rng: random.Random) -> Got:
    n = rng.randint(12, 15)
    names = rng.sample(PEOPLE, n)
    secs = rng.sample(range(17 * 60, 34 * 60), n)
    me = rng.choice(names)
    mine = secs[names.index(me)]
    pos = 1 + sum(s < mine for s in secs)
    rows = [[nm, f"{s // 60}:{s % 60:02d}"] for nm, s in zip(names, secs, strict=False)]
    return (
        f"Our running club's parkrun times this Saturday are attached (not sorted). I'm {me} - "
        "what position was I within the club?",
        [ordinal(pos)],
        {"csv": table(["runner", "time"], rows)},
    )


@family
def boxplot_quartiles(rng: random.Random) -> Got:
    n = rng.randint(9, 15)
    vals = [rng.randint(12, 95) for _ in range(n)]
    q1, q3 = halves(vals)
    a, b = forms(q1, 1), forms(q3, 1)
    if not a or not b:
        return None
    listed = " ".join(str(v) for v in vals)
    return (
        "I'm drawing a box plot of quiz marks: " + listed + ". What are the lower and upper "
        "quartiles? We use the method where you split the sorted list into a lower and upper "
        "half, leaving out the median if there's an odd number, and take the median of each "
        "half.",
        [
            named(["Q1", "Q1)", "lower quartile", "first quartile", "lower"], a),
            named(["Q3", "Q3)", "upper quartile", "third quartile", "upper"], b),
        ],
    )


@family
def outlier_sample(rng: random.Random) -> Got:
    n = rng.randint(10, 15)
    vals = [r1(rng, 4.0, 6.0, 2) for _ in range(n - 1)]
    odd = r1(rng, 7.5, 9.5, 2) if rng.random() < 0.5 else r1(rng, 0.5, 2.5, 2)
    vals.append(odd)
    rng.shuffle(vals)
    q1, q3 = halves(vals)
    lo, hi = q1 - F(3, 2) * (q3 - q1), q3 + F(3, 2) * (q3 - q1)
    out = [i for i, v in enumerate(vals) if v < lo or v > hi]
    if out != [vals.index(odd)]:
        return None
    ids = [f"S-{i + 1:02d}" for i in range(n)]
    return (
        "Lab check: these are the nitrate results per water sample. Using the 1.5 x IQR "
        "rule (quartiles as medians of the lower/upper halves, median excluded when n is "
        "odd), which sample is the outlier?",
        [[ids[out[0]]]],
        {
            "csv": table(
                ["sample_id", "nitrate_mg_l"],
                [[i, num(v, 2)] for i, v in zip(ids, vals, strict=False)],
            )
        },
    )


@family
def replicate_variance(rng: random.Random) -> Got:
    n = rng.randint(5, 8)
    vals = [r1(rng, 2.0, 3.2, 2) for _ in range(n)]
    f = forms(variance(vals, sample=True), 4)
    listed = "; ".join(num(v, 2) for v in vals)
    return (
        (
            f"Replicate titrations (mL): {listed}. I need the sample variance for my lab write-up, "
            "to four decimal places.",
            [named(["variance", "s^2", "s²"], f) + f],
        )
        if f and f[0] != "0.0000"
        else None
    )


@family
def ab_lift(rng: random.Random) -> Got:
    va, vb = rng.randint(1500, 9000), rng.randint(1500, 9000)
    ca, cb = (
        rng.randint(int(va * 0.02), int(va * 0.06)),
        rng.randint(int(vb * 0.025), int(vb * 0.07)),
    )
    ra, rb = F(ca, va), F(cb, vb)
    if rb <= ra:
        return None
    a, b = forms(rb * 100, 2), forms((rb / ra - 1) * 100, 1)
    if not a or not b:
        return None
    return (
        f"A/B test on our checkout page. Variant A: {va:,} visitors, {ca} purchases. Variant "
        f"B: {vb:,} visitors, {cb} purchases. What's B's conversion rate (2 dp, as a %) and "
        "how big is B's relative lift over A (percent, 1 dp)?",
        [a, b],
    )


@family
def rep_march(rng: random.Random) -> Got:
    reps = rng.sample(PEOPLE, 4)
    who, month = rng.choice(reps), rng.randint(2, 11)
    rows, tot = [], F(0)
    for _ in range(rng.randint(18, 26)):
        m = rng.choice([month - 1, month, month, month + 1])
        d, r, v = rng.randint(1, 28), rng.choice(reps), F(rng.randint(5000, 260000), 100)
        rows.append([f"{d:02d}/{m:02d}/2026", r, num(v, 2)])
        if r == who and m == month:
            tot += v
    if tot == 0:
        return None
    return (
        f"Sales log attached (dates are day/month/year). How much did {who} sell in "
        f"{MONTHS[month - 1]}?",
        [money(tot)],
        {"csv": table(["date", "rep", "amount"], rows)},
    )


@family
def monday_average(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(28, 42))
    vals = [rng.randint(40, 260) for _ in ds]
    wd = rng.randrange(7)
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    pick = [v for d, v in zip(ds, vals, strict=False) if d.weekday() == wd]
    f = forms(mean(pick), 1)
    return (
        (
            f"Gym check-ins per day are in the CSV. What's our average attendance on a "
            f"{name}? One decimal is fine.",
            [f],
            {
                "csv": table(
                    ["date", "checkins"],
                    [[d.isoformat(), v] for d, v in zip(ds, vals, strict=False)],
                )
            },
        )
        if f
        else None
    )


@family
def worst_month_pct(rng: random.Random) -> Got:
    n = rng.randint(7, 12)
    vals = [rng.randint(8000, 60000) for _ in range(n)]
    pct = [F(vals[i] - vals[i - 1], vals[i - 1]) for i in range(1, n)]
    absd = [vals[i] - vals[i - 1] for i in range(1, n)]
    i = pct.index(min(pct))
    if min(pct) >= 0 or sorted(pct)[1] == pct[i] or absd.index(min(absd)) == i:
        return None
    rows = [[MONTHS[k], f"{v:,}"] for k, v in enumerate(vals)]
    return (
        "Which month had the biggest percentage drop in revenue compared with the month "
        "before? (percentage, not the raw amount)",
        [[MONTHS[i + 1]]],
        {"csv": table(["month", "revenue"], rows, ";")},
    )


@family
def charity_walk(rng: random.Random) -> Got:
    goal = rng.choice([100, 150, 200, 250])
    ds = days(rng, 40)
    rows, tot, hit = [], F(0), None
    for d in ds:
        v = r1(rng, 2, 11)
        tot += v
        rows.append([d.isoformat(), num(v)])
        if hit is None and tot >= goal:
            hit = d
    if hit is None or tot - goal < 0 or hit == ds[-1]:
        return None
    return (
        f"I'm walking {goal} km for charity, my daily log is attached. On which date did my "
        f"running total first reach {goal} km?",
        [date_forms(hit)],
        {"csv": table(["date", "km"], rows)},
    )


@family
def step_streak(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(30, 45))
    vals = [rng.choice([rng.randint(3000, 9999), rng.randint(10000, 17000)]) for _ in ds]
    best = run = 0
    for v in vals:
        run = run + 1 if v >= 10000 else 0
        best = max(best, run)
    if best < 2:
        return None
    k = str(best)
    return (
        "what's my longest streak of consecutive days hitting at least ten thousand steps? "
        "export from my watch attached",
        [[f"{k} days", f"{k} consecutive", f"{k}-day", f"{k} day", *labelled_streak(k)]],
        {
            "csv": table(
                ["day", "steps"], [[d.isoformat(), v] for d, v in zip(ds, vals, strict=False)]
            )
        },
    )


def labelled_streak(k: str) -> list[str]:
    return [f"streak of {k}", f"streak is {k}", f"streak: {k}", f"streak was {k}"]


@family
def commute_grouped(rng: random.Random) -> Got:
    edges = list(range(0, 70, 10))
    counts = [rng.randint(0, 25) for _ in edges[:-1]]
    if sum(counts) < 20:
        return None
    est = sum((F(a + 5) * c for a, c in zip(edges, counts, strict=False)), F(0)) / sum(counts)
    f = forms(est, 1)
    lines = "\n".join(f"{a}-{a + 10} min: {c}" for a, c in zip(edges, counts, strict=False))
    return (
        (
            "Survey of staff commute times (grouped, so I don't have the raw answers):\n"
            f"{lines}\nEstimate the mean commute using the midpoint of each class. One decimal.",
            [f],
        )
        if f
        else None
    )


@family
def goals_table(rng: random.Random) -> Got:
    counts = [rng.randint(1, 12) for _ in range(6)]
    data = [g for g, c in enumerate(counts) for _ in range(c)]
    m = forms(mean(data), 2)
    md = forms(median(data), 1)
    if not m or not md:
        return None
    lines = ", ".join(
        f"{c} match{'es' if c > 1 else ''} with {g} goal{'s' if g != 1 else ''}"
        for g, c in enumerate(counts)
    )
    md0 = [x for x in md if "." not in x or not x.endswith(".0")]
    return (
        f"Goals scored by our Sunday league side this season: {lines}. Mean and median goals "
        "per match? (mean to 2 dp)",
        [named(["mean", "average"], m) + m, named(["median"], md0 + md)],
    )


@family
def pp_change(rng: random.Random) -> Got:
    a = r1(rng, 35, 80)
    b = a + r1(rng, 1, 15)
    if b >= 100:
        return None
    pp = forms(b - a, 1)
    rel = forms(pct_of(b - a, a), 1)
    if not pp or not rel:
        return None
    return (
        f"Our staff survey: {num(a, 1)}% were satisfied last year, {num(b, 1)}% this year. My "
        "boss wants the increase both in percentage points and as a relative percentage "
        "change (1 dp each).",
        [
            [f"{x} {u}" for x in pp for u in ("percentage points", "pp", "points", "pts", "p.p.")],
            rel,
        ],
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        ticket_median,
        lap_speeds,
        dive_score,
        parkrun_place,
        boxplot_quartiles,
        outlier_sample,
        replicate_variance,
        ab_lift,
        rep_march,
        monday_average,
        worst_month_pct,
        charity_walk,
        step_streak,
        commute_grouped,
        goals_table,
        pp_change,
    )
]
