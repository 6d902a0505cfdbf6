"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 11: forecasts and errors."""

from __future__ import annotations

import random

from bench.data.agents.heldout23_data import (
    CITIES,
    DAYS,
    NAMES,
    PRODUCTS,
    F,
    Made,
    corr,
    dates,
    days,
    fam,
    lines,
    listed,
    mean,
    median,
    months,
    nf,
    pick,
    rnd,
    s,
    sd,
    sqrt,
    tie,
    vals,
    var,
)
from bench.data.agents.heldout23_data_3 import pipe, tabbed
from bench.data.agents.helpers import Family


@fam
def months_over_target(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 10, 60)
    v = [x * 1000 for x in v]
    t = rng.choice([25000, 30000, 35000, 40000])
    k = sum(1 for x in v if x > t)
    extra = sum(x - t for x in v if x > t)
    if not k:
        return None
    q = pick(rng, "Monthly revenue:\n{}\nHow many months beat the {} target, and by how much "
             "in total did those months exceed it?",
             "{}\nnumber of months above ${}? plus the combined amount over target")
    return q.format(lines(months(rng, n), v, sep=": $"), t), [[str(k)], nf(extra, 0)]


@fam
def before_after_mean(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    names = rng.sample(NAMES, n)
    a = vals(rng, n, 8, 20, 1)
    b = [x - F(rng.randint(-5, 25), 10) for x in a]
    x = mean([p - q for p, q in zip(a, b, strict=True)])
    if tie(x, 2) or x == 0:
        return None
    body = "\n".join(f"{nm}: {s(p, 1)} -> {s(q, 1)}" for nm, p, q in zip(names, a, b, strict=True))
    q = pick(rng, "Mile times in minutes, before -> after training:\n{}\nAverage improvement "
             "(before minus after)? 2 dp",
             "{}\nmean drop in time per runner, 2 decimals")
    return q.format(body), [nf(x, 2, True)]


@fam
def rmse_forecast(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    a = vals(rng, n, 10, 30, 1)
    f = [x + F(rng.randint(-20, 20), 10) for x in a]
    e = sqrt(mean([(p - q) ** 2 for p, q in zip(a, f, strict=True)]))
    if tie(e, 3) or e == 0:
        return None
    body = "; ".join(f"{s(q, 1)} vs {s(p, 1)}" for p, q in zip(a, f, strict=True))
    q = pick(rng, "Forecast vs actual temps: {}. What's the RMSE? 3 decimals",
             "root mean square error for these predicted/actual pairs ({}), to 3 dp")
    return q.format(body), [nf(e, 3)]


@fam
def mae_forecast(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    a = vals(rng, n, 100, 300)
    f = [x + rng.randint(-25, 25) for x in a]
    e = mean([abs(p - q) for p, q in zip(a, f, strict=True)])
    if tie(e) or e == 0:
        return None
    body = "\n".join(f"week {i + 1}: predicted {s(q)}, actual {s(p)}"
                     for i, (p, q) in enumerate(zip(a, f, strict=True)))
    q = pick(rng, "{}\nWhat's the mean absolute error of my predictions? 2 dp",
             "{}\nMAE please (2 decimals)")
    return q.format(body), [nf(e)]


@fam
def covariance_sample(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    xs = vals(rng, n, 1, 20)
    ys = [2 * x + rng.randint(-6, 6) for x in xs]
    c = sum((x - mean(xs)) * (y - mean(ys)) for x, y in zip(xs, ys, strict=True)) / (n - 1)
    if tie(c):
        return None
    q = pick(rng, "x = {}\ny = {}\nSample covariance of x and y? 2 dp",
             "covariance (sample, n-1) between {} and {} to 2 decimals")
    return q.format(listed(xs), listed(ys)), [nf(c, 2, True)]


@fam
def timesheet_overtime(rng: random.Random) -> Made:
    v = vals(rng, 5, 60, 110)
    v = [x / 10 for x in v]
    base = rng.choice([37.5, 40])
    tot = sum(v)
    if tot <= F(str(base)):
        return None
    q = pick(rng, "Hours worked:\n{}\nTotal hours, and how many are overtime beyond {}?",
             "{}\nadd up my week and tell me the overtime over {} h")
    return q.format(lines(DAYS[:5], v, 1), base), [nf(tot, 1), nf(tot - F(str(base)), 1)]


@fam
def median_odd_lines(rng: random.Random) -> Made:
    n = rng.choice([5, 7, 9])
    lab = rng.sample(CITIES, n)
    v = vals(rng, n, 100, 900)
    x = median(v) - mean(v)
    if tie(x):
        return None
    q = pick(rng, "Rent ($/week):\n{}\nHow far is the median from the mean? 2 dp",
             "{}\ndifference between median and average rent, 2 decimals")
    return q.format(lines(lab, v)), [nf(x, 2, True)]


@fam
def corr_pasted_table(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    ad = vals(rng, n, 1, 15, 1)
    sales = [F(50) + 8 * x + rng.randint(-20, 20) for x in ad]
    r = corr(ad, sales)
    if tie(r, 3):
        return None
    d = dates(rng, n)
    t = pipe(["Week of", "Ad spend ($k)", "Sales ($k)"],
             [[a, s(b, 1), s(c)] for a, b, c in zip(d, ad, sales, strict=True)])
    q = pick(rng, "{}\nHow strongly do ad spend and sales correlate? Pearson r to 3 dp",
             "{}\ncorrelation between the two $ columns, 3 decimals")
    return q.format(t), [nf(r, 3)]


@fam
def sd_pasted_table(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    lab = rng.sample(PRODUCTS, n)
    v = vals(rng, n, 5, 50, 2)
    x = sd(v)
    if tie(x):
        return None
    t = tabbed(["item", "price"], [[a, s(b, 2)] for a, b in zip(lab, v, strict=True)])
    q = pick(rng, "{}\nstandard deviation of the prices? sample, 2 dp",
             "Pasted from Excel:\n{}\nWhat's the sample standard deviation of price (2 decimals)?")
    return q.format(t), [nf(x)]


@fam
def variance_population_scores(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    v = vals(rng, n, 1, 10)
    x = var(v, False)
    if tie(x):
        return None
    q = pick(rng, "Ratings out of 10: {}. Population variance? 2 dp",
             "what is the variance of {} if that's the whole population (2 decimals)")
    return q.format(listed(v)), [nf(x)]


@fam
def total_and_mean(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 2, 15, 2)
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "coffee receipts this week: {} — total and average per coffee (2 dp)?",
             "I paid {} for lunches. What's the sum, and the mean (2dp)?")
    return q.format(listed(v, 2)), [nf(sum(v)), nf(m)]


@fam
def share_weekday_hours(rng: random.Random) -> Made:
    v = vals(rng, 7, 10, 90)
    d = days(rng, 7)
    i = rng.randrange(7)
    x = v[i] / sum(v) * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Minutes of guitar practice:\n{}\nWhat percentage of the week's practice "
             "was on {}? 1 dp", "{}\n{} as a share of the weekly total, %, one decimal")
    return q.format(lines(d, v), d[i]), [nf(x, 1)]


@fam
def rounded_mean_int(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 50, 200)
    m = mean(v)
    if tie(m, 0):
        return None
    q = pick(rng, "avg of {} to the nearest whole number?",
             "Can you average these bpm readings and round to a whole number: {}")
    return q.format(listed(v)), [[str(int(rnd(m, 0)))]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    months_over_target, before_after_mean, rmse_forecast, mae_forecast, covariance_sample,
    timesheet_overtime, median_odd_lines, corr_pasted_table, sd_pasted_table,
    variance_population_scores, total_and_mean, share_weekday_hours, rounded_mean_int)]
