"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 12: tallies and budgets."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_data import (
    CITIES,
    NAMES,
    F,
    Made,
    days,
    fam,
    lines,
    mean,
    median,
    months,
    nf,
    pct,
    pick,
    s,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


@fam
def person_totals(rng: random.Random) -> Made:
    ppl = rng.sample(NAMES, 3)
    rows = [(rng.choice(ppl), F(rng.randint(500, 9000), 100)) for _ in range(rng.randint(6, 10))]
    t = rng.choice(ppl)
    tot = sum(v for p, v in rows if p == t)
    if not tot:
        return None
    body = "\n".join(f"{p} paid {s(v, 2)}" for p, v in rows)
    q = pick(rng, "Holiday kitty:\n{}\nHow much has {} paid in total?",
             "{}\nwhat's {}'s total so far?")
    return q.format(body, t), [nf(tot)]


@fam
def count_above_mean(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 10, 90)
    m = mean(v)
    k = sum(1 for x in v if x > m)
    lab = rng.sample(CITIES, n)
    q = pick(rng, "{}\nHow many of these cities are above the average, and what is the average "
             "(2 dp)?", "Visitors (thousands):\n{}\nmean (2 dp), and number of cities above it?")
    if tie(m):
        return None
    return q.format(lines(lab, v)), [[str(k)], nf(m)]


@fam
def yoy_total(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    lab = months(rng, n)
    a = vals(rng, n, 100, 900)
    b = [x + rng.randint(-150, 250) for x in a]
    x = pct(sum(b), sum(a))
    if tie(x, 1) or min(b) < 50:  # no near-zero or negative sales
        return None
    body = "\n".join(f"{m}: 2024 {s(p)}, 2025 {s(q)}" for m, p, q in zip(lab, a, b, strict=True))
    q = pick(rng, "{}\nComparing the totals for these months, what's the year-over-year % "
             "change? 1 dp", "{}\n% change 2024 → 2025 in total for these months, 1 dp")
    return q.format(body), [nf(x, 1, True)]


@fam
def group_mean_diff(rng: random.Random) -> Made:
    n = rng.randint(7, 12)
    rows = [(rng.choice(["morning", "evening"]), F(rng.randint(250, 420), 10)) for _ in range(n)]
    a = [v for c, v in rows if c == "morning"]
    b = [v for c, v in rows if c == "evening"]
    if len(a) < 2 or len(b) < 2:
        return None
    x = mean(a) - mean(b)
    if tie(x) or x == 0:
        return None
    body = "\n".join(f"{c} run: {s(v, 1)} min" for c, v in rows)
    q = pick(rng, "{}\nHow much faster or slower are my morning runs than evening runs on "
             "average? 2 dp", "{}\ndifference between average morning and evening time, 2dp")
    return q.format(body), [nf(x, 2, True)]


@fam
def group_median(rng: random.Random) -> Made:
    n = rng.randint(8, 14)
    rows = [(rng.choice(["Leeds", "York"]), F(rng.randint(150, 450)) * 1000) for _ in range(n)]
    t = rng.choice(["Leeds", "York"])
    got = [v for c, v in rows if c == t]
    if len(got) < 2 or len(got) % 2:
        return None
    body = "\n".join(f"{c}: £{int(v):,}" for c, v in rows)
    q = pick(rng, "Recent sale prices:\n{}\nWhat's the median price in {}?",
             "{}\nmedian for {} only?")
    return q.format(body, t), [nf(median(got), 0)]


@fam
def days_plot_count(rng: random.Random) -> Made:
    n = 7
    v = vals(rng, n, 0, 25, 1)
    t = rng.choice([5, 8, 10])
    k = sum(1 for x in v if x > t)
    tot = sum(v)
    q = pick(rng, "Rain this week (mm):\n{}\nPlot it; how many days had more than {} mm, and the "
             "week's total?", "{}\nchart the rainfall and tell me the total + days over {}mm")
    return q.format(lines(days(rng, n), v, 1), t), [PLOT, [str(k)], nf(tot, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    person_totals, count_above_mean, yoy_total, group_mean_diff, group_median, days_plot_count)]
