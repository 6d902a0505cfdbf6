"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 9: spreads and averages."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_data import (
    CITIES,
    NAMES,
    PRODUCTS,
    REGIONS,
    F,
    Made,
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
    s,
    sd,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


@fam
def group_totals_spending(rng: random.Random) -> Made:
    cats = rng.sample(["food", "transport", "fun", "bills", "clothes"], 3)
    rows = [(rng.choice(cats), F(rng.randint(300, 6000), 100)) for _ in range(rng.randint(6, 10))]
    target = rng.choice(cats)
    tot = sum(v for c, v in rows if c == target)
    if not tot:
        return None
    body = "\n".join(f"{c} {s(v, 2)}" for c, v in rows)
    q = pick(rng, "Here's my spending log:\n{}\nhow much went on {} in total?",
             "{}\nTotal for the '{}' category?")
    return q.format(body, target), [nf(tot)]


@fam
def group_average(rng: random.Random) -> Made:
    teams = rng.sample(["red", "blue", "green", "gold"], 2)
    rows = [(rng.choice(teams), F(rng.randint(40, 99))) for _ in range(rng.randint(7, 10))]
    target = rng.choice(teams)
    got = [v for c, v in rows if c == target]
    if len(got) < 2 or tie(mean(got)):
        return None
    body = "\n".join(f"{NAMES[i]} ({c}): {s(v)}" for i, (c, v) in enumerate(rows))
    q = pick(rng, "Quiz results:\n{}\nWhat's the average score of team {}? 2 dp",
             "{}\nmean for the {} team only (2 decimals)")
    return q.format(body, target), [nf(mean(got))]


@fam
def count_above(rng: random.Random) -> Made:
    n = rng.randint(8, 14)
    v = vals(rng, n, 12, 34)
    t = rng.randint(18, 28)
    hot = [x for x in v if x > t]
    if not hot or tie(mean(hot), 1):
        return None
    q = pick(rng, "Daily temps in °C: {}. How many days were above {}, and what was the average "
             "of those days (1 dp)?",
             "on how many days did it go over {1} degrees? and their mean temp, 1 decimal. {0}",
             "{}\ncount the days strictly warmer than {} C + average of just those days (1dp)")
    return q.format(listed(v), t), [[str(len(hot))], nf(mean(hot), 1)]


@fam
def count_below(rng: random.Random) -> Made:
    n = rng.randint(7, 12)
    v = vals(rng, n, 4, 9, 1)
    t = rng.choice([6, 6.5, 7, 7.5])
    short = [x for x in v if x < F(str(t))]
    if not short or tie(mean(short)):
        return None
    q = pick(rng, "Hours of sleep: {}. How many nights did I get less than {} hours, and what "
             "was my average on those nights (2 dp)?",
             "sleep log {} -- nights under {}h? and their mean, 2 decimals")
    return q.format(listed(v, 1), t), [[str(len(short))], nf(mean(short))]


@fam
def pct_above(rng: random.Random) -> Made:
    n = rng.choice([8, 10, 16, 20])
    v = vals(rng, n, 40, 100)
    t = rng.choice([50, 60, 70, 75, 80])
    c = sum(1 for x in v if x >= t)
    x = F(c * 100, n)
    q = pick(rng, "Exam marks: {}. How many students scored {} or more, and what percentage is "
             "that?", "marks {} — how many and what % got at least {}?")
    return q.format(listed(v), t), [[str(c)], nf(x, 2)]


@fam
def top3_sum(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    v = vals(rng, n, 100, 999)
    lab = rng.sample(PRODUCTS, n)
    tot = sum(sorted(v)[-3:])
    q = pick(rng, "Units sold per product:\n{}\nWhat do the top 3 products add up to?",
             "{}\ncombined sales of the three best sellers?")
    return q.format(lines(lab, v), ), [nf(tot, 0)]


@fam
def top3_share(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    v = vals(rng, n, 20, 300)
    lab = rng.sample(CITIES, n)
    x = sum(sorted(v)[-3:]) / sum(v) * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Orders by city:\n{}\nWhat share of all orders came from the top three "
             "cities? % to 1 dp",
             "{}\ntop 3 cities' share of the total, in percent (1 decimal)")
    return q.format(lines(lab, v)), [nf(x, 1)]


@fam
def share_one_row(rng: random.Random) -> Made:
    n = rng.randint(4, 6)
    v = vals(rng, n, 50, 900)
    lab = rng.sample(REGIONS, n) if n <= 5 else rng.sample(CITIES, n)
    i = rng.randrange(n)
    x = v[i] / sum(v) * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Revenue ($k) by region:\n{}\nWhat percent of the total is {}? 1 dp",
             "{}\n{}'s share of revenue as a percentage, one decimal")
    return q.format(lines(lab, v), lab[i]), [nf(x, 1)]


@fam
def moving_avg_last3(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    v = vals(rng, n, 100, 400)
    x = mean(v[-3:])
    if tie(x):
        return None
    q = pick(rng, "Daily orders: {}. What's the 3-day moving average for the last day? 2 dp",
             "orders per day {} -- latest 3-day rolling mean (2 decimals)?")
    return q.format(listed(v)), [nf(x)]


@fam
def moving_avg_named(rng: random.Random) -> Made:
    n = rng.randint(6, 8)
    v = vals(rng, n, 8, 30, 1)
    d = days(rng, n) if n <= 7 else dates(rng, n)
    w = rng.choice([3, 4])
    i = rng.randrange(w - 1, n)
    x = mean(v[i - w + 1:i + 1])
    if tie(x, 2):
        return None
    q = pick(rng, "Temps:\n{}\nWhat is the {}-day trailing moving average on {}? 2 decimals",
             "{}\nGive me the {}-day moving average ending {} (2 dp)")
    return q.format(lines(d, v, 1), w, d[i]), [nf(x)]


@fam
def weighted_grade(rng: random.Random) -> Made:
    parts = rng.sample(["homework", "midterm", "final", "project", "quizzes", "lab"], 3)
    w = rng.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40), (15, 35, 50)])
    sc = vals(rng, 3, 55, 98)
    x = sum(a * b for a, b in zip(w, sc, strict=True)) / 100
    if tie(x):
        return None
    body = "\n".join(f"{p}: {s(v)} (weight {k}%)" for p, v, k in zip(parts, sc, w, strict=True))
    q = pick(rng, "What's my weighted average?\n{}", "{}\nweighted grade overall? 2 dp",
             "Course marks:\n{}\nCalculate my final weighted score.")
    return q.format(body), [nf(x)]


@fam
def weighted_price(rng: random.Random) -> Made:
    n = rng.randint(3, 5)
    qty = [rng.randint(5, 60) for _ in range(n)]
    pr = vals(rng, n, 10, 40, 2)
    x = sum(a * b for a, b in zip(qty, pr, strict=True)) / sum(qty)
    if tie(x):
        return None
    body = "\n".join(f"{a} shares at ${s(b, 2)}" for a, b in zip(qty, pr, strict=True))
    q = pick(rng, "I bought:\n{}\nWhat's my average cost per share (weighted)? 2 dp",
             "{}\nWeighted average purchase price? 2 dp")
    return q.format(body), [nf(x)]


@fam
def outliers_2sd(rng: random.Random) -> Made:
    n = rng.randint(9, 14)
    v = vals(rng, n, 40, 60)
    for _ in range(rng.randint(1, 2)):
        v[rng.randrange(n)] = F(rng.choice([rng.randint(5, 15), rng.randint(95, 130)]))
    m, x = mean(v), sd(v)
    c = sum(1 for y in v if abs(y - m) > 2 * x)
    if any(abs(abs(y - m) - 2 * x) < F(1, 10) for y in v):
        return None
    rest = mean([y for y in v if abs(y - m) <= 2 * x])
    if tie(rest):
        return None
    q = pick(rng, "Response times (ms): {}. Counting outliers as values more than 2 sample "
             "standard deviations from the mean, how many are there, and what's the mean of "
             "the rest (2 dp)?",
             "how many outliers in {} if an outlier is > 2 SD (sample) away from the mean? "
             "also average without them, 2 decimals")
    return q.format(listed(v)), [[str(c)], nf(rest)]


@fam
def plot_mean(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    v = vals(rng, n, 3000, 14000)
    m = mean(v)
    if tie(m, 1):
        return None
    q = pick(rng, "plot my steps {} and tell me the average (1 dp)",
             "Can you chart these daily step counts and give me the mean to one decimal? {}",
             "Make a line chart of {} and tell me the average, 1 decimal")
    return q.format(listed(v)) if "{}" in q else q, [PLOT, nf(m, 1)]


@fam
def plot_total_lines(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    v = vals(rng, n, 200, 2500)
    lab = months(rng, n)
    q = pick(rng, "Bar chart of these please, and what's the total?\n{}",
             "{}\ncould you plot this and tell me the sum")
    return q.format(lines(lab, v, sep=": $")), [PLOT, nf(sum(v), 0)]


@fam
def plot_median(rng: random.Random) -> Made:
    n = rng.choice([6, 8, 10])
    v = vals(rng, n, 10, 60, 1)
    med = median(v)
    if med in v:
        return None
    q = pick(rng, "Graph these commute times (minutes) and tell me the median: {}",
             "plot {} and give me the median")
    return q.format(listed(v, 1)), [PLOT, nf(med)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    group_totals_spending, group_average, count_above, count_below, pct_above, top3_sum, top3_share,
    share_one_row, moving_avg_last3, moving_avg_named, weighted_grade, weighted_price, outliers_2sd,
    plot_mean, plot_total_lines, plot_median)]
