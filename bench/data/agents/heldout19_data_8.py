"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 8: moving averages,
indexes, balances, goals met, drawdowns and charts with trends or correlation."""

from __future__ import annotations

import random

from bench.data.agents.heldout19_data import (
    PLOTS,
    D,
    Made,
    fam,
    labels,
    mean,
    num,
    pick,
    s,
    signed,
    vals,
)
from bench.data.agents.heldout19_data_2 import F, corr, fit, pct
from bench.data.agents.helpers import Family


@fam
def moving_average_last3_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "steps", "kwh", "visits", "temp"]), rng.randint(6, 15))
    k = rng.choice([3, 4, 5])
    text = pick(rng, f"What's the latest {k}-period moving average of {d.col}? 2 decimals",
                f"{k}-point trailing moving avg of {d.col} at the last row? 2dp")
    return text, [num(mean(d.vals[-k:]))], {"csv": d.csv()}


@fam
def moving_average_at_day_lines(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "sleep", "hr"]), 7)
    i = rng.randint(2, 6)
    text = pick(rng, f"{d.lines()}\n\n3-day trailing moving average ending on {d.labels[i]}? 2 dp",
                f"Here's my week:\n{d.lines(' - ')}\nwhat's the 3 day moving average for "
                f"{d.labels[i]} (that day and the two before)? round to 2 decimals")
    return text, [num(mean(d.vals[i - 2:i + 1]))]


@fam
def seven_day_average_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["visits", "steps", "commute"]), rng.randint(14, 30), kind="date")
    i = rng.randint(6, len(d.vals) - 1)
    text = pick(rng, f"What's the 7-day rolling average of {d.col} on {d.labels[i]}? 1 decimal",
                f"7 day moving average (trailing, incl. that day) for {d.labels[i]}? 1dp")
    return text, [num(mean(d.vals[i - 6:i + 1]), 1)], {"csv": d.csv()}


@fam
def index_to_base_100(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "kwh", "spend"]), rng.randint(5, 12))
    j = rng.randint(1, len(d.vals) - 1)
    idx = d.vals[j] / d.vals[0] * 100
    text = pick(rng, f"If {d.labels[0]} = 100, what's the index value for {d.labels[j]}? 1 dp",
                f"rebase {d.col} so the first {d.lab} is 100 - what does {d.labels[j]} become? "
                "(1 decimal)")
    return text, [num(idx, 1)], {"csv": d.csv()}


@fam
def bank_balance_final_csv(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    start = F(rng.randint(200, 3000))
    kinds = [("coffee", -750, -280), ("groceries", -14000, -1800), ("fuel", -9000, -3000),
             ("phone bill", -6000, -2500), ("refund", 500, 6000), ("transfer in", 2000, 40000),
             ("restaurant", -9500, -1500), ("salary", 150000, 320000), ("rent", -140000, -70000)]
    picks = [rng.choice(kinds) for _ in range(n)]
    for big in (kinds[-1], kinds[-2]):
        while picks.count(big) > 1:
            picks[len(picks) - 1 - picks[::-1].index(big)] = kinds[1]
    amts = [F(rng.randint(lo, hi), 100) for _, lo, hi in picks]
    dates = labels(rng, "date", n)
    csv = "date,description,amount\n" + "".join(
        f"{dt},{k[0]},{s(a, 2)}\n" for dt, k, a in zip(dates, picks, amts, strict=True))
    text = pick(rng, f"I started with {s(start)} in the account. After these transactions what's "
                "the balance?",
                f"opening balance was ${s(start)}. what's the closing balance after the attached "
                "transactions?")
    return text, [num(abs(start + sum(amts, F(0))))], {"csv": csv}


@fam
def pct_days_goal_met_csv(rng: random.Random) -> Made:
    d = D(rng, "steps", rng.randint(10, 30), kind="date")
    goal = rng.choice([6000, 7500, 8000, 10000])
    met = sum(1 for v in d.vals if v >= goal)
    share = F(met * 100, len(d.vals))
    text = pick(rng, f"My goal is {goal:,} steps. On what percentage of days did I hit it? 1 dp",
                f"% of days with at least {goal} steps? (one decimal)")
    return text, [num(share, 1)], {"csv": d.csv()}


@fam
def max_drawdown_prices(rng: random.Random) -> Made:
    n = rng.randint(8, 14)
    xs = [F(rng.randint(8000, 12000), 100)]
    for _ in range(n - 1):
        xs.append(max(F(1), xs[-1] + F(rng.randint(-600, 600), 100)))
    peak, worst = xs[0], F(0)
    for x in xs:
        peak = max(peak, x)
        worst = max(worst, (peak - x) / peak * 100)
    if worst == 0:
        return None
    text = pick(rng, f"Closing prices: {', '.join(s(x, 2) for x in xs)}. What's the maximum "
                "drawdown (largest % fall from a previous peak)? 2 dp",
                f"stock closes {' '.join(s(x, 2) for x in xs)} - max drawdown in percent, "
                "2 decimals?")
    return text, [num(worst)]


@fam
def plot_trend_slope_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["weight", "sales", "kwh"]), rng.randint(6, 12),
          kind=rng.choice(["week", "month"]))
    slope, _ = fit([F(i + 1) for i in range(len(d.vals))], d.vals)
    text = pick(rng, f"Chart {d.col} over time and tell me the trend slope per {d.lab} "
                "(least squares, x = 1, 2, ..., 2 dp)",
                "plot this with a trend line - what's the slope? (2 decimals, periods numbered "
                "1..n)")
    return text, [PLOTS, num(abs(slope))], {"csv": d.csv()}


@fam
def plot_scatter_correlation(rng: random.Random) -> Made:
    n = rng.randint(8, 14)
    xs = vals(rng, n, 10, 35)
    ys = [F(rng.randint(20, 60)) + 3 * x for x in xs]
    csv = "temp_c,cold_drinks_sold\n" + "".join(
        f"{s(x)},{s(y)}\n" for x, y in zip(xs, ys, strict=True))
    text = pick(rng, "Scatter plot temp vs drinks sold, and what's the correlation? 2 dp",
                "plot temp_c against cold_drinks_sold and give me Pearson's r (2 decimals)")
    return text, [PLOTS, signed(corr(xs, ys))], {"csv": csv}


@fam
def plot_pct_change_lines(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    labs = labels(rng, "year", n)
    xs = vals(rng, n, 30, 200)
    body = "\n".join(f"{lab}  {s(x)}" for lab, x in zip(labs, xs, strict=True))
    text = pick(rng, f"{body}\n\ngraph these yearly figures and tell me the % change from "
                f"{labs[0]} to {labs[-1]} (1 dp)",
                f"Can you plot this and work out the overall percent change? 1 decimal\n{body}")
    return text, [PLOTS, num(abs(pct(xs[0], xs[-1])), 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    moving_average_last3_csv, moving_average_at_day_lines, seven_day_average_csv,
    index_to_base_100, bank_balance_final_csv, pct_days_goal_met_csv, max_drawdown_prices,
    plot_trend_slope_csv, plot_scatter_correlation, plot_pct_change_lines)]
