"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 8: what-ifs, pairs, goals."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_data import (
    CITIES,
    F,
    Made,
    corr,
    fam,
    lines,
    listed,
    mean,
    median,
    months,
    nf,
    pct,
    pick,
    s,
    slope,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


@fam
def needed_next_score(rng: random.Random) -> Made:
    n = rng.randint(2, 5)
    v = vals(rng, n, 60, 95)
    goal = rng.choice([75, 80, 85, 88, 90])
    need = goal * (n + 1) - sum(v)
    if not 0 < need <= 100:
        return None
    q = pick(rng, "My test scores so far: {}. What do I need on the next one to average {}?",
             "scores {} — what must I get on test {} for an average of exactly {}?")
    return q.format(listed(v), n + 1, goal) if "test {}" in q else q.format(listed(v), goal), [
        nf(need, 0)]


@fam
def drop_highest_mean(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    v = vals(rng, n, 10, 99)
    if sorted(v)[-1] == sorted(v)[-2]:
        return None
    rest = sorted(v)[:-1]
    m = mean(rest)
    if tie(m):
        return None
    q = pick(rng, "If I leave out the highest value, what's the mean of {}? 2 dp",
             "{} -- average without the biggest number (2 decimals)")
    return q.format(listed(v)), [nf(m)]


@fam
def add_value_mean(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 20, 80)
    extra = F(rng.randint(5, 120))
    m = mean([*v, extra])
    if tie(m):
        return None
    q = pick(rng, "Current values: {}. If I add {} to the list, what's the new average? 2 dp",
             "mean of {} after adding another reading of {} (2 decimals)?")
    return q.format(listed(v), s(extra)), [nf(m)]


@fam
def annual_projection(rng: random.Random) -> Made:
    n = rng.randint(3, 8)
    v = vals(rng, n, 40, 300, 2)
    x = mean(v) * 12
    if tie(x):
        return None
    q = pick(rng, "Phone bills for the first {} months: {}. If the average holds, what's the "
             "yearly total (12 months)? 2 dp",
             "{1} are my first {0} monthly bills — projected annual cost at that average? 2dp")
    return q.format(n, listed(v, 2)), [nf(x)]


@fam
def budget_used(rng: random.Random) -> Made:
    budget = rng.choice([400, 500, 600, 750, 800, 1000])
    v = vals(rng, rng.randint(4, 9), 8, 90, 2)
    if sum(v) >= budget:
        return None
    x = sum(v) / budget * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Grocery budget this month is ${}. Spent so far: {}. What % have I used (1 dp) "
             "and how much is left?",
             "budget {} — purchases {}. percent used (1 dp) and remaining amount?")
    return q.format(budget, listed(v, 2)), [nf(x, 1), nf(budget - sum(v))]


@fam
def ratio_max_min(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 5, 500)
    x = max(v) / min(v)
    if tie(x):
        return None
    lab = rng.sample(CITIES, n)
    q = pick(rng, "Population (thousands):\n{}\nHow many times bigger is the largest city than "
             "the smallest? 2 dp", "{}\nratio of the biggest to the smallest value, 2 decimals")
    return q.format(lines(lab, v)), [nf(x)]


@fam
def pct_below_value(rng: random.Random) -> Made:
    n = rng.choice([8, 10, 12, 16, 20, 25])
    v = vals(rng, n, 40, 100)
    t = rng.randint(55, 85)
    k = sum(1 for y in v if y < t)
    x = F(k * 100, n)
    if tie(x, 1):
        return None
    q = pick(rng, "How many of these scores are below {}, and what percentage is that? (1 dp) {}",
             "scores: {1}\ncount and % strictly under {0}, 1 dp")
    return q.format(t, listed(v)), [[str(k)], nf(x, 1)]


@fam
def plot_weekly_km(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    v = vals(rng, n, 5, 60, 1)
    lab = [f"week {i + 1}" for i in range(n)]
    q = pick(rng, "Plot my weekly running distance and tell me the total:\n{}",
             "{}\nline graph please + total km")
    return q.format(lines(lab, v, 1, " km")), [PLOT, nf(sum(v), 1)]


@fam
def histogram_mean(rng: random.Random) -> Made:
    n = rng.randint(10, 20)
    v = vals(rng, n, 140, 200)
    m = mean(v)
    if tie(m, 1):
        return None
    q = pick(rng, "heights of the team in cm: {}. histogram + mean height (1 dp)?",
             "Could you draw a histogram of {} and tell me the average to one decimal?")
    return q.format(listed(v)), [PLOT, nf(m, 1)]


@fam
def distinct_colours(rng: random.Random) -> Made:
    pool = rng.sample(["red", "blue", "green", "black", "white", "grey", "silver", "yellow",
                       "orange"], rng.randint(3, 8))
    cars = [rng.choice(pool) for _ in range(rng.randint(10, 25))]
    if len(set(cars)) < 2:
        return None
    q = pick(rng, "Car colours I counted on my street: {}. How many different colours, and how "
             "many cars in total?",
             "{}\ndistinct colours? total cars?")
    return q.format(", ".join(cars)), [[str(len(set(cars)))], [str(len(cars))]]


@fam
def regression_slope_xy(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    x = sorted(vals(rng, n, 1, 12))
    if len(set(x)) < 3:
        return None
    k = rng.choice([3, 5, 8, 12])
    y = [F(20) + k * a + rng.randint(-6, 6) for a in x]
    b = slope(x, y)
    if tie(b):
        return None
    body = "\n".join(f"{s(a)} hour{'' if a == 1 else 's'} -> £{s(c)}"
                     for a, c in zip(x, y, strict=True))
    q = pick(rng, "Hours worked vs earnings:\n{}\nWhat's the slope of the best-fit line "
             "(£ per hour)? 2 dp", "{}\nleast squares regression of earnings on hours — slope, "
             "2 decimals")
    return q.format(body), [nf(b, 2, True)]


@fam
def regression_intercept(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    x = vals(rng, n, 1, 20)
    if len(set(x)) < 3:
        return None
    y = [F(50) + rng.choice([2, 3, 4]) * a + rng.randint(-8, 8) for a in x]
    b = slope(x, y)
    a0 = mean(y) - b * mean(x)
    if tie(a0):
        return None
    q = pick(rng, "x: {}\ny: {}\nWhat's the intercept of the least-squares line y = a + bx? 2 dp",
             "fit y = a + b·x to x = {} and y = {}; give a (2 decimals)")
    return q.format(listed(x), listed(y)), [nf(a0, 2, True)]


@fam
def r_squared(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    x = vals(rng, n, 1, 30)
    if len(set(x)) < 3:
        return None
    y = [F(10) + 2 * a + rng.randint(-15, 15) for a in x]
    r2 = corr(x, y) ** 2
    if tie(r2, 3) or min(y) < 0:  # no negative scores
        return None
    q = pick(rng, "Study hours: {}\nScores: {}\nWhat's the R² of a linear fit? 3 dp",
             "coefficient of determination (r squared) for x={} and y={}, 3 decimals")
    return q.format(listed(x), listed(y)), [nf(r2, 3)]


@fam
def percentage_points(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    v = vals(rng, n, 1, 9, 1)
    lab = months(rng, n)
    i, j = sorted(rng.sample(range(n), 2))
    d = v[j] - v[i]
    if d == 0:
        return None
    q = pick(rng, "Conversion rates:\n{}\nHow many percentage points did it change from {} to "
             "{}?", "{}\nchange in percentage points between {} and {}?")
    return q.format(lines(lab, v, 1, "%"), lab[i], lab[j]), [nf(d, 1, True)]


@fam
def half_star_avg(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    v = [F(rng.randint(2, 10), 2) for _ in range(n)]
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "My ratings of the films I watched: {}. Average rating? 2 dp",
             "avg of these star ratings (2 decimals): {}")
    return q.format(listed(v, 1)), [nf(m)]


@fam
def annual_goal_pct(rng: random.Random) -> Made:
    n = rng.randint(3, 10)
    goal = rng.choice([1000, 1200, 1500, 2000])
    v = vals(rng, n, 40, 180)
    x = sum(v) / goal * 100
    if tie(x, 1) or x >= 100:
        return None
    q = pick(rng, "My goal is {} km this year. Monthly totals so far: {}. What % of the goal "
             "have I done? 1 dp", "{1} km per month so far; yearly target {0} km. percent "
             "complete, 1 decimal?")
    return q.format(goal, listed(v)), [nf(x, 1)]


@fam
def weeks_to_goal(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    v = vals(rng, n, 20, 150)
    goal = rng.choice([1000, 1500, 2000, 2500, 3000])
    left = goal - sum(v)
    m = mean(v)
    if left <= 0:
        return None
    wk = -(-left // m)
    if (left / m).denominator == 1 or -(-left // F(nf(m)[0])) != wk:  # rounded mean agrees
        return None
    if tie(m):
        return None
    q = pick(rng, "I've saved {} in the last {} weeks toward ${}. What's my weekly average "
             "(2 dp), and at that rate how many more whole weeks (round up) until I reach it?",
             "weekly savings {} over {} weeks; target ${} — average per week (2dp) and extra "
             "weeks needed at the same average, rounded up?")
    return q.format(listed(v), n, goal), [nf(m), [str(int(wk))]]


@fam
def basket_change(rng: random.Random) -> Made:
    items = rng.sample(["milk", "bread", "eggs", "coffee", "butter", "rice", "cheese"],
                       rng.randint(3, 5))
    a = vals(rng, len(items), 1, 8, 2)
    b = [x + F(rng.randint(-30, 90), 100) for x in a]
    x = pct(sum(b), sum(a))
    if tie(x, 1):
        return None
    body = "\n".join(f"{i}: {s(p, 2)} -> {s(q, 2)}" for i, p, q in zip(items, a, b, strict=True))
    q = pick(rng, "Prices last year -> this year:\n{}\nBy what % did the cost of the whole basket "
             "change? 1 dp", "{}\nbasket total % change (one of each), 1 decimal")
    return q.format(body), [nf(x, 1, True)]


@fam
def moving_avg_series(rng: random.Random) -> Made:
    v = vals(rng, 5, 10, 60)
    ma = [mean(v[i:i + 3]) for i in range(3)]
    if any(tie(x, 1) for x in ma):
        return None
    q = pick(rng, "Give me the 3-point moving averages of {} (1 dp)",
             "3-period moving average series for {}, one decimal each")
    return q.format(listed(v)), [nf(x, 1) for x in ma]


@fam
def population_weighted_rate(rng: random.Random) -> Made:
    n = rng.randint(2, 4)
    pop = [rng.randint(50, 900) for _ in range(n)]
    rate = vals(rng, n, 2, 12, 1)
    x = sum(a * b for a, b in zip(pop, rate, strict=True)) / sum(pop)
    if tie(x, 2):
        return None
    names = rng.sample(CITIES, n)
    body = "\n".join(f"{c}: population {p}k, unemployment {s(r, 1)}%"
                     for c, p, r in zip(names, pop, rate, strict=True))
    q = pick(rng, "{}\nWhat's the combined unemployment rate, weighting by population? 2 dp",
             "{}\npopulation-weighted average rate (2 decimals)")
    return q.format(body), [nf(x)]


@fam
def per_person_spend(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    v = vals(rng, n, 15, 240, 2)
    ppl = rng.randint(3, 8)
    x = sum(v) / ppl
    if tie(x):
        return None
    q = pick(rng, "Trip costs: {}. Split evenly between {} people (everyone including me), how "
             "much each (2 dp)?", "we spent {} on the weekend away — {} of us splitting equally, "
             "what's each person's share, to the cent?")
    return q.format(listed(v, 2), ppl), [nf(x)]


@fam
def negatives_count_mean(rng: random.Random) -> Made:
    n = rng.randint(7, 14)
    v = vals(rng, n, -12, 8, 1)
    neg = [x for x in v if x < 0]
    if len(neg) < 2 or tie(mean(neg)):
        return None
    q = pick(rng, "Overnight temps: {}. How many nights were below zero, and what was the "
             "average of just those nights? 2 dp",
             "{} — number of sub-zero values and their mean (2 decimals)")
    return q.format(listed(v, 1)), [[str(len(neg))], nf(mean(neg), 2, True)]


@fam
def sum_over_threshold(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 5, 200, 2)
    t = rng.choice([25, 50, 75, 100])
    tot = sum(x for x in v if x > t)
    if not tot:
        return None
    q = pick(rng, "Card transactions: {}. What's the total of the ones over ${}?",
             "sum only the purchases above {1}: {0}")
    return q.format(listed(v, 2), t), [nf(tot)]


@fam
def median_pct_change(rng: random.Random) -> Made:
    a = vals(rng, rng.choice([5, 7]), 180, 600)
    b = vals(rng, rng.choice([5, 7]), 180, 600)
    x = pct(median(b), median(a))
    if tie(x, 1) or x == 0:
        return None
    q = pick(rng, "House prices (£k) last year: {}\nThis year: {}\nBy what percent did the "
             "median change? 1 dp",
             "2024 sales: {}\n2025 sales: {}\n% change in median price, one decimal")
    return q.format(listed(a), listed(b)), [nf(x, 1, True)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    needed_next_score, drop_highest_mean, add_value_mean, annual_projection, budget_used,
    ratio_max_min, pct_below_value, plot_weekly_km, histogram_mean, distinct_colours,
    regression_slope_xy, regression_intercept, r_squared, percentage_points, half_star_avg,
    annual_goal_pct, weeks_to_goal, basket_change, moving_avg_series, population_weighted_rate,
    per_person_spend, negatives_count_mean, sum_over_threshold, median_pct_change)]
