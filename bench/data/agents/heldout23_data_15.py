"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 15: gaps, results, ranks."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_data import (
    NAMES,
    PRODUCTS,
    F,
    Fraction,
    Made,
    csv,
    dates,
    fam,
    lines,
    listed,
    mean,
    months,
    nf,
    pct,
    pick,
    s,
    sd,
    slope,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


def col(v: list[Fraction], dp: int = 0) -> list[str]:
    return [s(x, dp) for x in v]


def sep(rng: random.Random) -> str:
    return "\t" if rng.random() < 0.25 else ","


def hm(total: int) -> list[str]:
    h, m = divmod(total, 60)
    return [f"{h}h {m}m", f"{h}h {m}min", f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
            f"{h} h {m} min", f"{h}:{m:02d}", f"{h} hr {m} min", f"{h} hrs {m} mins",
            f"{h} hours, {m} minutes", f"{h}h{m:02d}"]


@fam
def shoe_size_median(rng: random.Random) -> Made:
    sizes = list(range(rng.randint(36, 39), rng.randint(42, 46)))
    cnt = [rng.randint(0, 12) for _ in sizes]
    tot = sum(cnt)
    if tot < 5:
        return None
    flat = [z for z, c in zip(sizes, cnt, strict=True) for _ in range(c)]
    med = F(flat[(tot - 1) // 2] + flat[tot // 2], 2)
    body = "\n".join(f"size {z}: {c} pairs" for z, c in zip(sizes, cnt, strict=True))
    q = pick(rng, "Pairs sold by size:\n{}\nHow many pairs in total, and what's the median size "
             "sold?", "{}\ntotal pairs + median shoe size across all pairs sold?")
    return q.format(body), [[str(tot)], nf(med, 1)]


@fam
def csv_top5_avg(rng: random.Random) -> Made:
    n = rng.randint(8, 25)
    v = vals(rng, n, 20, 100)
    x = mean(sorted(v)[-5:])
    c = csv(["player", "score"], [f"P{i + 1}" for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "Average of the top 5 scores?", "what's the mean of the five highest scores?")
    return q, [nf(x, 1)], {"csv": c}


@fam
def csv_repeat_customers(rng: random.Random) -> Made:
    n = rng.randint(10, 28)
    pool = rng.sample(NAMES, rng.randint(6, 14))
    who = [rng.choice(pool) for _ in range(n)]
    k = sum(1 for p in set(who) if who.count(p) > 1)
    c = csv(["order_id", "customer", "total"], [str(700 + i) for i in range(n)], who,
            col(vals(rng, n, 5, 90, 2), 2), sep=sep(rng))
    q = pick(rng, "How many customers ordered more than once? And how many unique customers in "
             "total?", "count of repeat customers (2+ orders), plus number of distinct customers")
    return q, [[str(k)], [str(len(set(who)))]], {"csv": c}


@fam
def csv_avg_days_between(rng: random.Random) -> Made:
    n = rng.randint(5, 14)
    start = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    ds = sorted({start + dt.timedelta(days=rng.randint(0, 200)) for _ in range(n)})
    if len(ds) < 4:
        return None
    gap = F((ds[-1] - ds[0]).days, len(ds) - 1)
    if tie(gap, 1):
        return None
    c = csv(["date", "item"], [d.isoformat() for d in ds], ["coffee beans"] * len(ds),
            sep=sep(rng))
    q = pick(rng, "On average, how many days are there between my coffee bean orders? 1 dp",
             "average gap in days between consecutive purchases (1 decimal)?")
    return q, [nf(gap, 1)], {"csv": c}


@fam
def csv_sleep_duration(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    bed = [rng.randint(21 * 60 + 30, 25 * 60 + 30) for _ in range(n)]
    dur = [rng.randint(300, 540) for _ in range(n)]
    if sum(dur) % n:
        return None
    wake = [(b + d) % 1440 for b, d in zip(bed, dur, strict=True)]
    c = csv(["night", "bedtime", "wake"], dates(rng, n, True),
            [f"{b % 1440 // 60:02d}:{b % 60:02d}" for b in bed],
            [f"{w // 60:02d}:{w % 60:02d}" for w in wake], sep=sep(rng))
    q = pick(rng, "From my bed and wake times, what's my average sleep per night (h and min)?",
             "average time asleep per night based on these times? hours + minutes")
    return q, [hm(sum(dur) // n)], {"csv": c}


@fam
def biggest_yoy_pct(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    y0 = rng.randint(2014, 2018)
    v = vals(rng, n, 100, 500)
    g = [pct(v[i], v[i - 1]) for i in range(1, n)]
    x = max(g)
    if x <= 0 or tie(x, 1):
        return None
    q = pick(rng, "Members by year:\n{}\nWhat was the largest year-over-year % increase? 1 dp",
             "{}\nbiggest annual growth in percent (1 decimal)?")
    return q.format(lines([str(y0 + i) for i in range(n)], v)), [nf(x, 1)]


@fam
def winning_total(rng: random.Random) -> Made:
    names = rng.sample(NAMES, rng.randint(3, 5))
    rounds = rng.randint(3, 5)
    sc = [[rng.randint(5, 40) for _ in range(rounds)] for _ in names]
    tot = [sum(x) for x in sc]
    o = sorted(tot)
    if o[-1] == o[-2]:
        return None
    body = "\n".join(f"{a}: {', '.join(map(str, b))}" for a, b in zip(names, sc, strict=True))
    q = pick(rng, "Board game scores per round:\n{}\nWhat's the winning total and the runner-up's"
             " total?", "{}\nadd up each player — highest total and second highest?")
    return q.format(body), [[str(o[-1])], [str(o[-2])]]


@fam
def csv_return_volatility(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    p = [F(rng.randint(4000, 9000), 100)]
    for _ in range(n - 1):
        p.append(F(round(p[-1] * (1 + F(rng.randint(-40, 40), 1000)) * 100), 100))
    r = [(p[i] / p[i - 1] - 1) * 100 for i in range(1, n)]
    x = sd(r)
    if tie(x):
        return None
    c = csv(["date", "close"], dates(rng, n, True), col(p, 2), sep=sep(rng))
    q = pick(rng, "Compute the daily % returns from the closes, then their sample standard "
             "deviation (2 dp).", "volatility: sample SD of day-to-day percentage returns, "
             "2 decimals")
    return q, [nf(x)], {"csv": c}


@fam
def csv_percentile_nearest(rng: random.Random) -> Made:
    n = rng.randint(10, 28)
    v = vals(rng, n, 100, 900)
    pctl = rng.choice([75, 80, 90, 95])
    k = -(-pctl * n // 100)
    c = csv(["request", "latency_ms"], [str(i + 1) for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "What's the {}th percentile latency, using the nearest-rank method?",
             "p{} of latency_ms (nearest rank)?")
    return q.format(pctl), [nf(sorted(v)[k - 1], 0)], {"csv": c}


@fam
def csv_pareto_count(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 10, 900)
    t = rng.choice([50, 60, 70, 80])
    o, run, k = sorted(v, reverse=True), F(0), 0
    while run * 100 < t * sum(v):
        run += o[k]
        k += 1
    share = run / sum(v) * 100
    if run * 100 == t * sum(v) or tie(share, 1):
        return None
    c = csv(["product", "revenue"], rng.sample(PRODUCTS, n), col(v), sep=sep(rng))
    q = pick(rng, "What's the smallest number of products that together make at least {}% of "
             "revenue, and what share do they actually cover (1 dp)?",
             "how few products (taking the biggest first) cover {}% of revenue? and their exact "
             "% of revenue, one decimal")
    return q.format(t), [[str(k)], nf(share, 1)], {"csv": c}


@fam
def plot_forecast(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    step = rng.choice([-15, 12, 20, 30])
    v = [F(300 + step * i + rng.randint(-12, 12)) for i in range(n)]
    xs = [F(i) for i in range(n)]
    b = slope(xs, v)
    f = mean(v) - b * mean(xs) + b * n
    if tie(f, 1):
        return None
    lab = months(rng, n + 1)
    q = pick(rng, "Plot these sales with a trend line and forecast {} (linear least squares, "
             "1 dp):\n{}", "chart + straight-line forecast for {} please (1 decimal)\n{}")
    return q.format(lab[n], lines(lab[:n], v)), [PLOT, nf(f, 1)]


@fam
def csv_plot_goal_days(rng: random.Random) -> Made:
    n = rng.randint(7, 28)
    v = vals(rng, n, 3000, 16000)
    goal = rng.choice([8000, 10000, 12000])
    k = sum(1 for x in v if x >= goal)
    c = csv(["date", "steps"], dates(rng, n, True), col(v), sep=sep(rng))
    m = mean(v)
    if tie(m, 1):
        return None
    q = pick(rng, "Plot my daily steps, and on how many days did I hit {}? Also my average "
             "(1 dp).", "chart this please + count of days with {}+ steps + mean steps, 1 decimal")
    return q.format(goal), [PLOT, [str(k)], nf(m, 1)], {"csv": c}


@fam
def dice_mean_sd(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    v = [F(rng.randint(1, 6)) for _ in range(n)]
    m, x = mean(v), sd(v, False)
    if tie(m) or tie(x):
        return None
    q = pick(rng, "I rolled a die {} times: {}. Mean and population standard deviation, 2 dp?",
             "dice results ({} rolls): {} — average and SD (population), two decimals")
    return q.format(n, listed(v)), [nf(m), nf(x)]


def results(rng: random.Random) -> list[str]:
    return [rng.choice("WWLLD") for _ in range(rng.randint(8, 20))]


@fam
def win_rate(rng: random.Random) -> Made:
    r = results(rng)
    x = F(r.count("W") * 100, len(r))
    if tie(x, 1):
        return None
    q = pick(rng, "Our season so far (W/L/D): {}. What's our win percentage? 1 dp",
             "results {} — % of games won, one decimal")
    return q.format(" ".join(r)), [nf(x, 1)]


@fam
def league_points(rng: random.Random) -> Made:
    r = results(rng)
    pts = 3 * r.count("W") + r.count("D")
    q = pick(rng, "Results: {}. With 3 points for a win, 1 for a draw, how many points do we have,"
             " and how many games have we played?", "{} (W=3, D=1, L=0) — total points? games?")
    return q.format(", ".join(r)), [[str(pts)], [str(len(r))]]


@fam
def goals_per_game(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    g = [(rng.randint(0, 5), rng.randint(0, 4)) for _ in range(n)]
    x = F(sum(a for a, _ in g), n)
    y = F(sum(b for _, b in g), n)
    if tie(x) or tie(y):
        return None
    body = ", ".join(f"{a}-{b}" for a, b in g)
    q = pick(rng, "Our scores this season (us first): {}. Average goals scored and conceded per "
             "game? 2 dp", "{} (our goals first) — mean goals for and against, 2 decimals")
    return q.format(body), [nf(x), nf(y)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    shoe_size_median, csv_top5_avg, csv_repeat_customers, csv_avg_days_between,
    csv_sleep_duration, biggest_yoy_pct, winning_total, csv_return_volatility,
    csv_percentile_nearest, csv_pareto_count, plot_forecast, csv_plot_goal_days, dice_mean_sd,
    win_rate, league_points, goals_per_game)]
