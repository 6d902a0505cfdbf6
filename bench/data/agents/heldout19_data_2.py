"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 2: percent change,
growth, CAGR, trends, slopes, forecasts, correlation, runs of rises and running totals."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout19_data import (
    MONTHS,
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
from bench.data.agents.helpers import Family

F = Fraction
UP = ["increas", "upward", "rising", "going up", "growing", "up trend", "uptrend"]
DOWN = ["decreas", "downward", "falling", "going down", "declin", "down trend", "downtrend"]


def pct(a: Fraction, b: Fraction) -> Fraction:
    return (b - a) / a * 100


def fit(xs: list[Fraction], ys: list[Fraction]) -> tuple[Fraction, Fraction]:
    mx, my = mean(xs), mean(ys)
    slope = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0)) / sum(
        ((x - mx) ** 2 for x in xs), F(0))
    return slope, my - slope * mx


def corr(xs: list[Fraction], ys: list[Fraction]) -> float:
    mx, my = mean(xs), mean(ys)
    sxy = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0))
    sxx = sum(((x - mx) ** 2 for x in xs), F(0))
    syy = sum(((y - my) ** 2 for y in ys), F(0))
    return float(sxy) / math.sqrt(float(sxx * syy))


def trending(rng: random.Random, n: int, start: int, step: int, noise: int) -> list[Fraction]:
    return [F(max(1, start + step * i + rng.randint(-noise, noise))) for i in range(n)]


@fam
def pct_change_first_last_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 9), 40, 900)
    c = pct(xs[0], xs[-1])
    text = pick(rng, f"Monthly subscribers: {', '.join(s(x) for x in xs)}. What's the percent "
                "change from the first month to the last? 1 decimal",
                f"{' -> '.join(s(x) for x in xs)}\n% change start to finish? (1 dp)",
                f"my savings balance went {', '.join(s(x) for x in xs)} over the months. "
                "by what percent did it change overall, to 1 decimal?")
    return text, [num(abs(c), 1)]


@fam
def pct_change_first_last_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "kwh", "spend", "visits", "steps"]), rng.randint(6, 20))
    c = pct(d.vals[0], d.vals[-1])
    text = pick(rng, f"By what percentage did {d.col} change from the first row to the last? 2 dp",
                f"% change in {d.col} first vs last entry? round to 2 decimals",
                f"How much did {d.col} grow or shrink over the whole period, in percent (2 d.p.)?")
    return text, [num(abs(c))], {"csv": d.csv()}


@fam
def pct_change_named_months_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "kwh", "rain", "spend"]), 12)
    i, j = sorted(rng.sample(range(12), 2))
    c = pct(d.vals[i], d.vals[j])
    text = pick(rng, f"What's the % change in {d.col} from {d.labels[i]} to {d.labels[j]}? 1 dp",
                f"how much did {d.col} go up or down between {d.labels[i]} and {d.labels[j]}, "
                "in percent? one decimal")
    return text, [num(abs(c), 1)], {"csv": d.csv()}


@fam
def pct_change_named_lines(rng: random.Random) -> Made:
    kind = rng.choice(["month", "year"])
    n = rng.randint(4, 7)
    labs = labels(rng, kind, n)
    xs = vals(rng, n, 1000, 60000, 0)
    i, j = sorted(rng.sample(range(n), 2))
    body = "\n".join(f"{lab}: {int(x):,}" for lab, x in zip(labs, xs, strict=True))
    text = pick(rng, f"{body}\nPercent change {labs[i]} to {labs[j]}? 2 decimals",
                f"Revenue by {kind}:\n{body}\n\nWhat was the growth from {labs[i]} to {labs[j]} "
                "in % (round to 2 dp)?")
    return text, [num(abs(pct(xs[i], xs[j])))]


@fam
def abs_change_named_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["weight", "temp", "sleep", "rain"]), rng.randint(6, 12))
    i, j = sorted(rng.sample(range(len(d.vals)), 2))
    diff = d.vals[j] - d.vals[i]
    if diff == 0:
        return None
    text = pick(rng, f"How much did {d.col} change between {d.labels[i]} and {d.labels[j]}?",
                f"difference in {d.col} from {d.labels[i]} to {d.labels[j]}?")
    return text, [num(abs(diff), d.dec)], {"csv": d.csv()}


@fam
def biggest_jump_label_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "kwh", "spend", "rain"]), rng.randint(6, 12))
    jumps = [d.vals[i] - d.vals[i - 1] for i in range(1, len(d.vals))]
    top = max(jumps)
    if top <= 0 or jumps.count(top) != 1:
        return None
    text = pick(rng, f"Which {d.lab} had the biggest increase in {d.col} over the previous one, "
                "and how big was it?", f"in which {d.lab} did {d.col} jump the most compared to "
                f"the {d.lab} before? by how much?")
    return text, [[d.labels[jumps.index(top) + 1]], num(top, d.dec)], {"csv": d.csv()}


@fam
def biggest_drop_value_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "visits", "sales", "kwh"]), rng.randint(7, 15))
    drops = [d.vals[i - 1] - d.vals[i] for i in range(1, len(d.vals))]
    top = max(drops)
    if top <= 0:
        return None
    text = pick(rng, f"What was the largest single drop in {d.col} from one row to the next?",
                f"biggest fall in {d.col} between consecutive entries - how much?")
    return text, [num(top, d.dec)], {"csv": d.csv()}


@fam
def cagr_yearly_csv(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    years = labels(rng, "year", n)
    xs = trending(rng, n, rng.randint(200, 900), rng.randint(20, 90), 30)
    g = (float(xs[-1] / xs[0]) ** (1 / (n - 1)) - 1) * 100
    col = rng.choice(["revenue_k", "members", "users", "turnover"])
    csv = f"year,{col}\n" + "".join(f"{y},{s(x)}\n" for y, x in zip(years, xs, strict=True))
    text = pick(rng, f"What's the compound annual growth rate (CAGR) of {col} over this period? "
                "% to 2 decimals",
                f"CAGR for {col}, first year to last, 2 dp please")
    return text, [num(g)], {"csv": csv}


@fam
def cagr_pasted_years(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    years = labels(rng, "year", n)
    xs = trending(rng, n, rng.randint(20, 80), rng.randint(2, 12), 3)
    g = (float(xs[-1] / xs[0]) ** (1 / (n - 1)) - 1) * 100
    body = ", ".join(f"{y}: {s(x)}k" for y, x in zip(years, xs, strict=True))
    text = pick(rng, f"Our sales were {body}. What's the CAGR? (% to 1 dp)",
                f"annual growth rate compounded, from these figures: {body} - one decimal")
    return text, [num(g, 1)]


@fam
def avg_monthly_pct_change(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(4, 6), 100, 500)
    changes = [pct(xs[i - 1], xs[i]) for i in range(1, len(xs))]
    m = mean(changes)
    text = pick(rng, f"Followers each month: {', '.join(s(x) for x in xs)}. What's the average of "
                "the month-over-month % changes? 2 decimals",
                f"Take {' , '.join(s(x) for x in xs)}; compute each period's % change and average "
                "them (arithmetic mean, 2 dp)")
    return text, [num(abs(m))]


@fam
def slope_per_period_csv(rng: random.Random) -> Made:
    key = rng.choice(["sales", "weight", "kwh", "visits"])
    n = rng.randint(6, 12)
    d = D(rng, key, n, kind=rng.choice(["week", "month"]) if key != "visits" else "date")
    slope, _ = fit([F(i + 1) for i in range(len(d.vals))], d.vals)
    text = pick(rng, f"Fit a straight line to {d.col} against row number (1, 2, 3...). What's "
                f"the slope per {d.lab}? 2 decimals",
                f"linear trend of {d.col}: how much per {d.lab} does it change? (least squares "
                "slope, x = 1..n, 2dp)")
    return text, [num(abs(slope))], {"csv": d.csv()}


@fam
def trend_direction_and_slope(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    step = rng.choice([-1, 1]) * rng.randint(3, 12)
    xs = trending(rng, n, rng.randint(150, 300), step, 6)
    slope, _ = fit([F(i + 1) for i in range(n)], xs)
    if slope == 0:
        return None
    text = pick(rng, f"Weekly sign-ups: {', '.join(s(x) for x in xs)}. Is the trend going up or "
                "down, and what's the least-squares slope per week (x = 1,2,3..., 2 dp)?",
                f"{' '.join(s(x) for x in xs)}\ntrend direction + slope of the best fit line "
                "(weeks numbered from 1, 2 decimals)?")
    return text, [UP if slope > 0 else DOWN, num(abs(slope))]


@fam
def slope_two_columns_csv(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    xs = vals(rng, n, 1, 20, 0, distinct=True)
    m = rng.randint(20, 90)
    ys = [F(300 + m * x + rng.randint(-40, 40)) for x in xs]
    csv = "ad_spend_k,sales_k\n" + "".join(f"{s(x)},{s(y)}\n" for x, y in zip(xs, ys, strict=True))
    slope, _ = fit(xs, ys)
    text = pick(rng, "Regress sales_k on ad_spend_k (least squares). What's the slope? 2 dp",
                "how much do sales go up per extra 1k of ad spend? use a linear fit, 2 decimals")
    return text, [num(slope)], {"csv": csv}


@fam
def best_fit_line_both(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    xs = [F(x) for x in sorted(rng.sample(range(1, 15), n))]
    ys = [F(rng.randint(5, 20)) + F(rng.randint(2, 6)) * x + rng.randint(-3, 3) for x in xs]
    slope, icpt = fit(xs, ys)
    body = "\n".join(f"{s(x)}\t{s(y)}" for x, y in zip(xs, ys, strict=True))
    text = pick(rng, f"x\ty\n{body}\n\nline of best fit y = mx + b - give m and b to 2 decimals",
                f"hours\tscore\n{body}\nWhat are the slope and intercept of the regression line? "
                "(2 dp)")
    return text, [signed(slope), signed(icpt)]


@fam
def forecast_next_csv(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    kind = rng.choice(["month", "week"])
    labs = labels(rng, kind, n)
    n = len(labs)
    if kind == "month" and labs[-1] == "December":
        return None
    xs = trending(rng, n, rng.randint(300, 900), rng.randint(-30, 60), 25)
    slope, icpt = fit([F(i + 1) for i in range(n)], xs)
    nxt = MONTHS[MONTHS.index(labs[-1]) + 1] if kind == "month" else f"Week {n + 1}"
    csv = f"{kind},orders\n" + "".join(f"{lab},{s(x)}\n" for lab, x in zip(labs, xs, strict=True))
    text = pick(rng, f"Using a straight-line trend, what's the forecast for orders in {nxt}? "
                "1 decimal",
                f"project the linear trend forward: expected orders for {nxt}? round to 1 dp")
    return text, [num(slope * (n + 1) + icpt, 1)], {"csv": csv}


@fam
def forecast_inline_list(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    xs = trending(rng, n, rng.randint(40, 120), rng.randint(2, 9), 3)
    slope, icpt = fit([F(i + 1) for i in range(n)], xs)
    k = rng.randint(1, 3)
    text = pick(rng, f"Weeks 1-{n} views: {', '.join(s(x) for x in xs)}. If the linear trend "
                f"continues, what will week {n + k} be? 1 dp",
                f"my plant grew to {', '.join(s(x) for x in xs)} mm on days 1 to {n}. least "
                f"squares line -> predicted height on day {n + k}? one decimal")
    return text, [num(slope * (n + k) + icpt, 1)]


@fam
def correlation_csv(rng: random.Random) -> Made:
    n = rng.randint(8, 15)
    a, b, sign = rng.choice([("hours_studied", "exam_score", 1), ("ad_spend", "signups", 1),
                             ("sleep_hours", "mood", 1), ("price", "units_sold", -1),
                             ("screen_hours", "sleep_quality", -1), ("absences", "grade", -1)])
    xs = vals(rng, n, 1, 12)
    k = sign * rng.randint(2, 8)
    ys = [F(50 + k * x + rng.randint(-12, 12)) for x in xs]
    csv = f"{a},{b}\n" + "".join(f"{s(x)},{s(y)}\n" for x, y in zip(xs, ys, strict=True))
    text = pick(rng, f"What's the Pearson correlation between {a} and {b}? 2 decimals",
                f"correlation coefficient r for {a} vs {b}? (2dp)",
                f"How strongly are {a} and {b} correlated? Give r to two decimal places.")
    return text, [signed(corr(xs, ys))], {"csv": csv}


@fam
def correlation_two_lists(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    xs = vals(rng, n, 1, 30)
    ys = [x * rng.randint(1, 3) + rng.randint(-10, 10) for x in xs]
    text = pick(rng, f"x = {', '.join(s(x) for x in xs)}\ny = {', '.join(s(y) for y in ys)}\n"
                "correlation (Pearson r) to 2 dp?",
                f"Is there a correlation? List A: {' '.join(s(x) for x in xs)}; list B: "
                f"{' '.join(s(y) for y in ys)}. Give Pearson's r rounded to 2 decimals.")
    if len(set(ys)) == 1:
        return None
    return text, [signed(corr(xs, ys))]


@fam
def correlation_pasted_table(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    names = labels(rng, "name", n)
    xs = vals(rng, n, 50, 100)
    ys = [F(rng.randint(40, 100)) for _ in range(n)]
    body = "\n".join(f"{nm} | {s(x)} | {s(y)}" for nm, x, y in zip(names, xs, ys, strict=True))
    text = f"name | maths | physics\n{body}\n\nr between maths and physics marks? 2 decimals"
    return text, [signed(corr(xs, ys))]


@fam
def avg_daily_change_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["weight", "temp", "visits"]), rng.randint(6, 20))
    n = len(d.vals)
    ch = (d.vals[-1] - d.vals[0]) / (n - 1)
    text = pick(rng, f"On average, how much did {d.col} change per {d.lab} from the first to "
                "the last row? 2 decimals",
                f"average change per step in {d.col} (last minus first, divided by the number of "
                "steps), 2 dp")
    return text, [num(abs(ch))], {"csv": d.csv()}


@fam
def count_increases_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "visits", "commute", "temp"]), rng.randint(6, 30), kind="date")
    ups = sum(1 for i in range(1, len(d.vals)) if d.vals[i] > d.vals[i - 1])
    downs = sum(1 for i in range(1, len(d.vals)) if d.vals[i] < d.vals[i - 1])
    text = pick(rng, f"On how many days was {d.col} higher than the day before, and on how many "
                "was it lower?", f"count the days where {d.col} went up vs the previous day, "
                "and the days it went down")
    return text, [[str(ups), f"{ups} days"], [str(downs), f"{downs} days"]], {"csv": d.csv()}


@fam
def longest_rising_run_end_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "visits", "sales"]), rng.randint(10, 25), kind="date")
    runs, cur = [], 0
    for i in range(1, len(d.vals)):
        cur = cur + 1 if d.vals[i] > d.vals[i - 1] else 0
        runs.append(cur)
    best = max(runs)
    if best < 2 or runs.count(best) != 1:
        return None
    text = pick(rng, f"On which date did the longest streak of day-over-day rises in {d.col} end?",
                f"find the longest run of consecutive increases in {d.col} - what date does it "
                "finish on?")
    return text, [[d.labels[runs.index(best) + 1]]], {"csv": d.csv()}


@fam
def halves_compared_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "sleep", "commute", "temp"]), rng.choice([8, 10, 12, 14, 20]),
          kind="date")
    h = len(d.vals) // 2
    diff = mean(d.vals[h:]) - mean(d.vals[:h])
    text = pick(rng, f"Compare the average {d.col} in the second half of the period with the "
                "first half: second minus first, 2 dp?",
                f"split the log in two equal halves. how much higher or lower is the mean "
                f"{d.col} in the later half? 2 decimals")
    return text, [num(abs(diff))], {"csv": d.csv()}


@fam
def running_total_at_month_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "spend", "rain", "kwh"]), 12)
    k = rng.randint(2, 10)
    text = pick(rng, f"What's the cumulative {d.col} from {d.labels[0]} through {d.labels[k]}?",
                f"year-to-date {d.col} as of the end of {d.labels[k]}?",
                f"running total of {d.col} by {d.labels[k]} (inclusive)")
    return text, [num(sum(d.vals[:k + 1], F(0)), d.dec)], {"csv": d.csv()}


@fam
def first_to_reach_target_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "spend", "kwh"]), 12)
    cum = [sum(d.vals[:i + 1], F(0)) for i in range(12)]
    k = rng.randint(1, 11)
    target = F(math.ceil(float(cum[k - 1]) / 100) * 100)
    if not cum[k - 1] < target < cum[k]:
        return None
    text = pick(rng, f"In which month did cumulative {d.col} first reach {s(target)}, and what "
                "was the running total at the end of that month?",
                f"we're tracking toward a {s(target)} {d.col} goal - which month did the running "
                "total hit it, and what was the total then?")
    return text, [[d.labels[k]], num(cum[k], d.dec)], {"csv": d.csv()}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    pct_change_first_last_list, pct_change_first_last_csv, pct_change_named_months_csv,
    pct_change_named_lines, abs_change_named_csv, biggest_jump_label_csv, biggest_drop_value_csv,
    cagr_yearly_csv, cagr_pasted_years, avg_monthly_pct_change, slope_per_period_csv,
    trend_direction_and_slope, slope_two_columns_csv, best_fit_line_both, forecast_next_csv,
    forecast_inline_list, correlation_csv, correlation_two_lists, correlation_pasted_table,
    avg_daily_change_csv, count_increases_csv, longest_rising_run_end_csv, halves_compared_csv,
    running_total_at_month_csv, first_to_reach_target_csv)]
