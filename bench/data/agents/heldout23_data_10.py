"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 10: CSV groups and trends."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_data import (
    CITIES,
    DAYS,
    NAMES,
    PRODUCTS,
    F,
    Made,
    csv,
    dates,
    dforms,
    fam,
    mean,
    months,
    nf,
    pick,
    tie,
    vals,
)
from bench.data.agents.heldout23_data_2 import col, sep
from bench.data.agents.helpers import Family


@fam
def csv_weighted_price(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    qty = [rng.randint(1, 40) for _ in range(n)]
    p = vals(rng, n, 1, 30, 2)
    x = sum(a * b for a, b in zip(qty, p, strict=True)) / sum(qty)
    if tie(x):
        return None
    c = csv(["item", "qty", "price_each"], rng.sample(PRODUCTS, n), [str(a) for a in qty],
            col(p, 2), sep=sep(rng))
    q = pick(rng, "Average price per unit, weighted by quantity? 2 dp",
             "weighted average price_each (weights = qty), two decimals")
    return q, [nf(x)], {"csv": c}


@fam
def csv_last7_avg(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    v = vals(rng, n, 1500, 14000)
    x = mean(v[-7:])
    if tie(x, 1):
        return None
    c = csv(["date", "steps"], dates(rng, n, True), col(v), sep=sep(rng))
    q = pick(rng, "What's my average over the last 7 days in this file? 1 dp",
             "7-day average steps for the most recent week (1 decimal)")
    return q, [nf(x, 1)], {"csv": c}


@fam
def csv_outlier_label(rng: random.Random) -> Made:
    n = rng.randint(8, 16)
    v = vals(rng, n, 30, 70)
    i = rng.randrange(n)
    v[i] = F(rng.randint(250, 600))
    d = dates(rng, n, True)
    c = csv(["date", "load_ms"], d, col(v), sep=sep(rng))
    q = pick(rng, "Any day where load time was more than 3 times the median? which one?",
             "Flag the outlier: which date has load_ms above 3x the median?")
    return q, [dforms(d[i])], {"csv": c}


@fam
def csv_biggest_jump(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 100, 900)
    diffs = [v[i] - v[i - 1] for i in range(1, n)]
    top = sorted(diffs)
    if top[-1] <= 0 or top[-1] == top[-2]:
        return None
    lab = months(rng, n, False)
    i = diffs.index(top[-1]) + 1
    c = csv(["month", "orders"], lab, col(v), sep=sep(rng))
    q = pick(rng, "Which month had the biggest increase over the month before, and by how much?",
             "biggest month-on-month jump in orders — which month and how big?")
    return q, [[lab[i]], nf(top[-1], 0)], {"csv": c}


@fam
def csv_distinct(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    k = rng.randint(3, 9)
    pool = rng.sample(CITIES, k)
    cities = [rng.choice(pool) for _ in range(n)]
    nights = [rng.randint(1, 9) for _ in range(n)]
    c = csv(["booking", "city", "nights"], [f"B{100 + i}" for i in range(n)], cities,
            [str(x) for x in nights], sep=sep(rng))
    q = pick(rng, "How many different cities appear in these bookings, and how many nights "
             "in total?", "count of distinct cities in the file? also total nights booked")
    return q, [[str(len(set(cities)))], [str(sum(nights))]], {"csv": c}


@fam
def csv_weekday_avg(rng: random.Random) -> Made:
    weeks = rng.randint(2, 4)
    dd = [d for _ in range(weeks) for d in DAYS]
    v = vals(rng, len(dd), 40, 400)
    t = rng.choice(DAYS)
    m = mean([x for d, x in zip(dd, v, strict=True) if d == t])
    if tie(m):
        return None
    c = csv(["week", "weekday", "covers"], [str(i // 7 + 1) for i in range(len(dd))], dd,
            col(v), sep=sep(rng))
    q = pick(rng, "Restaurant covers attached. Average number on {}s? 2 dp",
             "what's the mean covers for {} (2 decimals)")
    return q.format(t), [nf(m)], {"csv": c}


@fam
def csv_plot_mean(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    v = vals(rng, n, 55, 90, 1)
    m = mean(v)
    if tie(m):
        return None
    c = csv(["date", "weight_kg"], dates(rng, n, True), col(v, 1), sep=sep(rng))
    q = pick(rng, "Plot my weight over time and tell me the average (2 dp)",
             "can you chart this and give me the mean weight to 2 decimals?")
    return q, [PLOT, nf(m)], {"csv": c}


@fam
def csv_plot_max(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 100, 3000)
    if sorted(v)[-1] == sorted(v)[-2]:
        return None
    lab = months(rng, n, False)
    c = csv(["month", "revenue"], lab, col(v), sep=sep(rng))
    q = pick(rng, "make a bar chart of revenue by month and tell me which month was best and "
             "its revenue", "Plot this please. Which month had the highest revenue, and how much?")
    return q, [PLOT, [lab[v.index(max(v))]], nf(max(v), 0)], {"csv": c}


@fam
def csv_second_highest(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 40, 100)
    if len(set(v)) < n:
        return None
    names = rng.sample(NAMES, n)
    c = csv(["player", "points"], names, col(v), sep=sep(rng))
    q = pick(rng, "Who came second by points, and with how many?",
             "which player has the 2nd highest score? what score?")
    k = sorted(range(n), key=lambda i: v[i])[-2]
    return q, [[names[k]], nf(v[k], 0)], {"csv": c}


@fam
def csv_cumulative(rng: random.Random) -> Made:
    n = rng.randint(8, 16)
    v = vals(rng, n, 20, 200)
    d = dates(rng, n, True)
    tot = sum(v)
    goal = F(rng.randint(int(tot * F(3, 10)), int(tot * F(9, 10))))
    run, i = F(0), 0
    while run + v[i] < goal:
        run += v[i]
        i += 1
    run += v[i]
    if run == goal:
        return None
    c = csv(["date", "saved"], d, col(v), sep=sep(rng))
    q = pick(rng, "On which date did my running total of savings first reach ${}?",
             "when did cumulative savings pass {} dollars?")
    return q.format(int(goal)), [dforms(d[i])], {"csv": c}


@fam
def csv_city_minmax(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    v = vals(rng, n, -8, 34, 1)
    if len(set(v)) < n:
        return None
    lab = rng.sample(CITIES, n)
    hot = rng.random() < 0.5
    k = v.index(max(v) if hot else min(v))
    c = csv(["city", "temp_c"], lab, col(v, 1), sep=sep(rng))
    q = "which city is the {} right now, and how {} is it there?".format(
        "warmest" if hot else "coldest", "warm" if hot else "cold")
    return q, [[lab[k]], nf(v[k], 1)], {"csv": c}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_weighted_price, csv_last7_avg, csv_outlier_label, csv_biggest_jump, csv_distinct,
    csv_weekday_avg, csv_plot_mean, csv_plot_max, csv_second_highest, csv_cumulative,
    csv_city_minmax)]
