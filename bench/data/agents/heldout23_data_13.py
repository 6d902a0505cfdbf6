"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 13: CSV growth and blanks."""

from __future__ import annotations

import random

from bench.data.agents.heldout23_data import (
    F,
    Made,
    corr,
    csv,
    dates,
    dforms,
    fam,
    mean,
    months,
    nf,
    pick,
    sd,
    slope,
    tie,
    vals,
)
from bench.data.agents.heldout23_data_5 import col, sep
from bench.data.agents.helpers import Family


@fam
def csv_corr_rain_umbrellas(rng: random.Random) -> Made:
    n = rng.randint(7, 20)
    rain = vals(rng, n, 0, 30, 1)
    sold = [F(5) + rng.randint(1, 3) * x + rng.randint(-8, 8) for x in rain]
    sold = [F(round(max(F(0), x))) for x in sold]
    r = corr(rain, sold)
    if tie(r):
        return None
    c = csv(["date", "rain_mm", "umbrellas_sold"], dates(rng, n, True), col(rain, 1), col(sold),
            sep=sep(rng))
    q = pick(rng, "Correlation between rainfall and umbrellas sold? 2 dp",
             "how correlated are rain_mm and umbrellas_sold (Pearson, 2 decimals)")
    return q, [nf(r)], {"csv": c}


@fam
def csv_forecast(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    y0 = rng.randint(2010, 2016)
    step = rng.choice([-20, 15, 25, 35])
    v = [F(400 + step * i + rng.randint(-15, 15)) for i in range(n)]
    xs = [F(y0 + i) for i in range(n)]
    b = slope(xs, v)
    a = mean(v) - b * mean(xs)
    f = a + b * (y0 + n)
    if tie(f, 1):
        return None
    c = csv(["year", "members"], [str(y0 + i) for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "Using a linear trend, what membership do you predict for {}? 1 dp",
             "extrapolate the least-squares line to {} — predicted members (1 decimal)?")
    return q.format(y0 + n), [nf(f, 1)], {"csv": c}


@fam
def csv_cagr(rng: random.Random) -> Made:
    n = rng.randint(4, 9)
    y0 = rng.randint(2012, 2017)
    v = vals(rng, n, 50, 500)
    x = F(((float(v[-1] / v[0])) ** (1 / (n - 1)) - 1) * 100)
    if tie(x) or v[0] == v[-1]:
        return None
    c = csv(["year", "revenue_k"], [str(y0 + i) for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "What's the CAGR from the first to the last year? 2 dp",
             "compound annual growth rate over this period (%, 2 decimals)")
    return q, [nf(x, 2, True)], {"csv": c}


@fam
def csv_ma3_last(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 500, 4000)
    x = mean(v[-3:])
    if tie(x):
        return None
    c = csv(["month", "visitors"], months(rng, n, False), col(v), sep=sep(rng))
    q = pick(rng, "3-month moving average for the latest month? 2 dp",
             "what's the trailing 3-month average at the end of the data (2dp)")
    return q, [nf(x)], {"csv": c}


@fam
def csv_top2_share(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    v = vals(rng, n, 10, 400)
    x = sum(sorted(v)[-2:]) / sum(v) * 100
    if tie(x, 1):
        return None
    c = csv(["channel", "signups"], [f"channel_{i + 1}" for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "What share of signups came from the top two channels? % 1dp",
             "top 2 channels as a percentage of all signups, 1 decimal")
    return q, [nf(x, 1)], {"csv": c}


@fam
def csv_fewest_label(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 200, 5000)
    o = sorted(v)
    if o[0] == o[1]:
        return None
    lab = months(rng, n, False)
    c = csv(["month", "visitors"], lab, col(v), sep=sep(rng))
    q = pick(rng, "Which month had the fewest visitors, and how many?",
             "quietest month in this data + its visitor count?")
    return q, [[lab[v.index(o[0])]], nf(o[0], 0)], {"csv": c}


@fam
def csv_group_sd(rng: random.Random) -> Made:
    n = rng.randint(10, 20)
    ln = [rng.choice(["A", "B"]) for _ in range(n)]
    v = vals(rng, n, 480, 520, 1)
    t = rng.choice(["A", "B"])
    got = [x for a, x in zip(ln, v, strict=True) if a == t]
    if len(got) < 3 or tie(sd(got)):
        return None
    c = csv(["sample", "line", "weight_g"], [str(i + 1) for i in range(n)], ln, col(v, 1),
            sep=sep(rng))
    q = pick(rng, "Sample standard deviation of weight_g for line {}? 2 dp",
             "how consistent is line {}? give the sample SD of weights to 2 decimals")
    return q.format(t), [nf(sd(got))], {"csv": c}


@fam
def csv_first_over(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    v = vals(rng, n, 10, 36, 1)
    t = rng.choice([25, 28, 30, 32])
    hits = [i for i, x in enumerate(v) if x > t]
    if not hits:
        return None
    d = dates(rng, n, True)
    c = csv(["date", "max_c"], d, col(v, 1), sep=sep(rng))
    q = pick(rng, "What was the first day it went above {}°C?",
             "first date with max_c over {}?")
    return q.format(t), [dforms(d[hits[0]])], {"csv": c}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_corr_rain_umbrellas, csv_forecast, csv_cagr, csv_ma3_last, csv_top2_share, csv_fewest_label,
    csv_group_sd, csv_first_over)]
