"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 3: pasted tables, subsets."""

from __future__ import annotations

import random

from bench.data.agents.heldout23_data import (
    CITIES,
    NAMES,
    PRODUCTS,
    F,
    Made,
    days,
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
    sd,
    slope,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


def pipe(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def tabbed(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in [header, *rows])


@fam
def table_mean_pipe(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    lab = rng.sample(CITIES, n)
    v = vals(rng, n, 2, 33, 1)
    m = mean(v)
    if tie(m):
        return None
    t = pipe(["City", "Temp (°C)"], [[a, s(x, 1)] for a, x in zip(lab, v, strict=True)])
    q = pick(rng, "{}\n\nwhat's the average temp across these cities? 2 dp",
             "Here's a table:\n{}\nMean temperature, rounded to 2 decimals?")
    return q.format(t), [nf(m)]


@fam
def table_tab_revenue(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    lab = rng.sample(PRODUCTS, n)
    qty = [rng.randint(2, 40) for _ in range(n)]
    p = vals(rng, n, 3, 90, 2)
    tot = sum(a * b for a, b in zip(qty, p, strict=True))
    t = tabbed(["Product", "Qty", "Price"],
               [[a, str(b), s(c, 2)] for a, b, c in zip(lab, qty, p, strict=True)])
    q = pick(rng, "copied from my spreadsheet:\n{}\nwhat's the total value (qty x price)?",
             "{}\nTotal order value please")
    return q.format(t), [nf(tot)]


@fam
def trimmed_judges(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    v = vals(rng, n, 6, 10, 1)
    if len(set(v)) < n:
        return None
    rest = sorted(v)[1:-1]
    m = mean(rest)
    if tie(m, 2):
        return None
    q = pick(rng, "Judges' scores: {}. Drop the highest and lowest and average the rest (2 dp).",
             "gymnastics scoring: throw out top and bottom score from {} then mean of the "
             "remaining, 2 decimals")
    return q.format(listed(v, 1)), [nf(m)]


@fam
def mean_nonzero(rng: random.Random) -> Made:
    n = 7
    v = vals(rng, n, 20, 90)
    for i in rng.sample(range(n), rng.randint(1, 3)):
        v[i] = F(0)
    nz = [x for x in v if x]
    m = mean(nz)
    if tie(m, 1):
        return None
    q = pick(rng, "Minutes of exercise this week:\n{}\nWhat's my average on the days I actually "
             "worked out (ignore the zeros)? 1 dp",
             "{}\nthose are workout minutes. average excluding rest days (0), one decimal")
    return q.format(lines(days(rng, n), v)), [nf(m, 1)]


@fam
def weekend_avg(rng: random.Random) -> Made:
    v = vals(rng, 7, 2000, 16000)
    m = mean(v[5:])
    q = pick(rng, "Steps:\n{}\nWhat was my average on the weekend (Sat+Sun)?",
             "{}\nmean steps on Saturday and Sunday only?")
    return q.format(lines(days(rng, 7), v)), [nf(m, 1)]


@fam
def weekday_weekend_gap(rng: random.Random) -> Made:
    v = vals(rng, 7, 3, 12, 1)
    d = mean(v[:5]) - mean(v[5:])
    if tie(d):
        return None
    q = pick(rng, "Screen time (hours):\n{}\nHow much higher or lower is my weekday average "
             "than my weekend average? 2 dp",
             "{}\ndifference between the Mon-Fri average and the Sat-Sun average (2 decimals)")
    return q.format(lines(days(rng, 7), v, 1)), [nf(d, 2, True)]


@fam
def zscore_named(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    names = rng.sample(NAMES, n)
    v = vals(rng, n, 40, 100)
    i = rng.randrange(n)
    x = sd(v, False)
    if x == 0:
        return None
    z = (v[i] - mean(v)) / x
    if tie(z):
        return None
    q = pick(rng, "Scores:\n{}\nWhat's {}'s z-score? Use the population standard deviation, 2 dp.",
             "{}\nz-score for {} (population SD), two decimals")
    return q.format(lines(names, v), names[i]), [nf(z)]


@fam
def cumulative_after(rng: random.Random) -> Made:
    v = vals(rng, 7, 5, 80, 2)
    d = days(rng, 7)
    i = rng.randint(2, 5)
    q = pick(rng, "Daily spend:\n{}\nWhat's my running total by the end of {}?",
             "{}\nhow much had I spent in total up to and including {}?")
    return q.format(lines(d, v, 2, sep=": $"), d[i]), [nf(sum(v[:i + 1]))]


@fam
def avg_daily_change(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    v = [F(rng.randint(600, 950), 10)]
    for _ in range(n - 1):
        v.append(v[-1] + F(rng.randint(-8, 6), 10))
    x = (v[-1] - v[0]) / (n - 1)
    if tie(x, 2) or x == 0:
        return None
    q = pick(rng, "Weight readings on consecutive days: {}. What's the average change per day "
             "from the first reading to the last? 2 dp",
             "kg each day: {} — average daily change, first to last (2 decimals)")
    return q.format(listed(v, 1)), [nf(x, 2, True)]


@fam
def pct_of_goal(rng: random.Random) -> Made:
    n = 7
    goal = rng.choice([8000, 10000, 12000])
    v = vals(rng, n, 3000, 15000)
    x = mean(v) / goal * 100
    if tie(x, 1):
        return None
    q = pick(rng, "My goal is {} steps a day. This week: {}. What percent of the goal did I "
             "average? 1 dp", "daily target {} steps; got {} — average as a % of target, 1dp")
    return q.format(goal, listed(v)), [nf(x, 1)]


@fam
def days_goal_met(rng: random.Random) -> Made:
    n = rng.randint(7, 14)
    goal = rng.choice([1.5, 2, 2.5])
    v = vals(rng, n, 8, 32)
    v = [x / 10 for x in v]
    k = sum(1 for x in v if x >= F(str(goal)))
    q = pick(rng, "Water drunk (litres): {}. On how many days did I hit at least {} L, and how "
             "much did I drink in total?",
             "how many days did I reach my {1} litre goal? and total litres? {0}")
    return q.format(listed(v, 1), goal), [[str(k)], nf(sum(v), 1)]


@fam
def coef_variation(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    v = vals(rng, n, 20, 80)
    x = sd(v) / mean(v) * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Coefficient of variation of {} (sample SD / mean, as a %, 1 dp)?",
             "how variable are these delivery times {}? give the CV in % using the sample SD, "
             "1 decimal")
    return q.format(listed(v)), [nf(x, 1)]


@fam
def iqr_halves(rng: random.Random) -> Made:
    n = rng.choice([8, 12])
    v = vals(rng, n, 10, 99)
    o = sorted(v)
    q1, q3 = median(o[:n // 2]), median(o[n // 2:])
    q = pick(rng, "Find the interquartile range of {}. Take Q1 and Q3 as the medians of the lower "
             "and upper halves.",
             "IQR of {}? (quartiles = medians of each half of the sorted list)")
    return q.format(listed(v)), [nf(q3 - q1, 1)]


@fam
def quartiles_both(rng: random.Random) -> Made:
    n = rng.choice([8, 12])
    v = vals(rng, n, 100, 500)
    o = sorted(v)
    q1, q3 = median(o[:n // 2]), median(o[n // 2:])
    if q1 in v or q3 in v:
        return None
    q = pick(rng, "What are Q1 and Q3 for {}? Use the median of each half.",
             "lower and upper quartile of {} (method: median of lower half / upper half)")
    return q.format(listed(v)), [nf(q1, 1), nf(q3, 1)]


@fam
def group_ratio(rng: random.Random) -> Made:
    rows = [(rng.choice(["online", "store"]), F(rng.randint(20, 400))) for _ in range(8)]
    a = sum(v for c, v in rows if c == "online")
    b = sum(v for c, v in rows if c == "store")
    if not a or not b or tie(a / b):
        return None
    body = "\n".join(f"order {i + 1}: {c}, ${s(v)}" for i, (c, v) in enumerate(rows))
    q = pick(rng, "{}\nWhat's the ratio of online sales to store sales (online ÷ store, 2 dp)?",
             "{}\nonline total divided by in-store total? 2 decimals")
    return q.format(body), [nf(a / b)]


@fam
def avg_per_week(rng: random.Random) -> Made:
    weeks = rng.choice([2, 3, 4])
    v = vals(rng, 7 * weeks, 0, 12, 1)
    x = sum(v) / weeks
    if tie(x, 2):
        return None
    q = pick(rng, "Km run each day for the last {} weeks: {}. What's my average per week? 2 dp",
             "{1}\nthat's {0} weeks of daily km. weekly average distance (2 decimals)?")
    return q.format(weeks, listed(v, 1)), [nf(x)]


@fam
def mean_pct_changes(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    v = vals(rng, n, 100, 400)
    ch = [pct(v[i], v[i - 1]) for i in range(1, n)]
    x = mean(ch)
    if tie(x, 2):
        return None
    q = pick(rng, "Monthly members: {}. Work out each month-over-month % change, then average "
             "those changes (2 dp).",
             "{} — what's the average of the month-to-month percentage changes? 2dp")
    return q.format(listed(v)), [nf(x, 2, True)]


@fam
def forecast_next(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    step = rng.choice([-12, -8, 6, 9, 14])
    v = [F(200 + step * i + rng.randint(-10, 10)) for i in range(n)]
    xs = [F(i) for i in range(n)]
    b = slope(xs, v)
    a = mean(v) - b * mean(xs)
    f = a + b * n
    if tie(f, 1):
        return None
    lab = months(rng, n + 1)
    q = pick(rng, "Sales by month:\n{}\nIf the straight-line (least squares) trend continues, "
             "what do you forecast for {}? 1 dp",
             "{}\nlinear-regression forecast for {}, one decimal place")
    return q.format(lines(lab[:n], v), lab[n]), [nf(f, 1)]


@fam
def run_rate_month(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 8, 60, 2)
    total_days = rng.choice([30, 31])
    x = mean(v) * total_days
    if tie(x):
        return None
    q = pick(rng, "I've spent this much on food each day so far: {}. At that average, what "
             "would a {}-day month cost? Round to the cent.",
             "daily food spend {} — projected total for a {} day month at the same average? 2dp")
    return q.format(listed(v, 2), total_days), [nf(x)]


@fam
def mean_median_gap(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    v = vals(rng, n, 200, 900)
    v[rng.randrange(n)] = F(rng.randint(2000, 5000))
    x = mean(v) - median(v)
    if tie(x):
        return None
    q = pick(rng, "House prices (k): {}. How much bigger is the mean than the median? 2 dp",
             "{} -- mean minus median (2 decimals)?")
    return q.format(listed(v)), [nf(x, 2, True)]


@fam
def geometric_return(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    r = [F(rng.randint(-12, 25)) for _ in range(n)]
    prod = F(1)
    for x in r:
        prod *= 1 + x / 100
    g = F((float(prod) ** (1 / n) - 1) * 100)
    if tie(g):
        return None
    body = ", ".join(f"{int(x)}%" for x in r)
    q = pick(rng, "My fund returned {} over {} years. What's the geometric average annual "
             "return? 2 dp",
             "annual returns {} ({} yrs). compound average return per year, 2 decimals")
    return q.format(body, n), [nf(g, 2, True)]


@fam
def bottom3_avg(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    names = rng.sample(NAMES, n)
    v = vals(rng, n, 30, 100)
    x = mean(sorted(v)[:3])
    if tie(x):
        return None
    q = pick(rng, "{}\nWhat's the average of the three lowest scores? 2 dp",
             "class results:\n{}\nmean of the bottom 3 (2 decimals)")
    return q.format(lines(names, v)), [nf(x)]


@fam
def count_between(rng: random.Random) -> Made:
    n = rng.randint(10, 24)
    v = vals(rng, n, 40, 120)
    lo = rng.choice([60, 65, 70])
    hi = lo + rng.choice([15, 20, 25])
    k = sum(1 for x in v if lo <= x <= hi)
    x = F(k * 100, n)
    if tie(x, 1):
        return None
    q = pick(rng, "Glucose readings: {}. How many are between {} and {} inclusive, and what "
             "percent of all readings is that (1 dp)?",
             "count readings from {1} to {2} (both included) and give the % of the total, "
             "1 decimal: {0}")
    return q.format(listed(v), lo, hi), [[str(k)], nf(x, 1)]


@fam
def fuel_l100(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    km = vals(rng, n, 250, 700)
    lit = vals(rng, n, 18, 50, 1)
    x = sum(lit) / sum(km) * 100
    if tie(x):
        return None
    body = "\n".join(f"{s(a)} km, {s(b, 1)} L" for a, b in zip(km, lit, strict=True))
    q = pick(rng, "My fill-ups:\n{}\nOverall fuel consumption in L/100 km? 2 dp",
             "{}\ntotal litres over total km — what's that per 100 km (2 decimals)?")
    return q.format(body), [nf(x)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    table_mean_pipe, table_tab_revenue, trimmed_judges, mean_nonzero, weekend_avg,
    weekday_weekend_gap, zscore_named, cumulative_after, avg_daily_change, pct_of_goal,
    days_goal_met, coef_variation, iqr_halves, quartiles_both, group_ratio, avg_per_week,
    mean_pct_changes, forecast_next, run_rate_month, mean_median_gap, geometric_return, bottom3_avg,
    count_between, fuel_l100)]
