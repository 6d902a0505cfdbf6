"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 6: health, money, rates."""

from __future__ import annotations

import random

from bench.data.agents.heldout23_data import (
    DAYS,
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
    sqrt,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


def hm_forms(total_min: int) -> list[str]:
    h, m = divmod(total_min, 60)
    return [f"{h}h {m}m", f"{h}h {m}min", f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
            f"{h} h {m} min", f"{h}:{m:02d}", f"{h} hr {m} min", f"{h} hrs {m} mins",
            f"{h} hours, {m} minutes", f"{h}h{m:02d}"]


@fam
def sleep_avg_hm(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    mins = [rng.randint(330, 540) for _ in range(n)]
    if sum(mins) % n or (sum(mins) // n) % 60 == 0:
        return None
    body = ", ".join(f"{m // 60}h {m % 60}m" for m in mins)
    q = pick(rng, "Sleep last {} nights: {}. What's my average in hours and minutes?",
             "average of these sleep durations ({} nights) in h + min: {}")
    return q.format(n, body), [hm_forms(sum(mins) // n)]


@fam
def blood_pressure_avg(rng: random.Random) -> Made:
    n = rng.randint(3, 7)
    sy = [rng.randint(110, 150) for _ in range(n)]
    di = [rng.randint(65, 95) for _ in range(n)]
    a, b = F(sum(sy), n), F(sum(di), n)
    if tie(a, 1) or tie(b, 1):
        return None
    body = ", ".join(f"{x}/{y}" for x, y in zip(sy, di, strict=True))
    q = pick(rng, "My BP readings this week: {}. What's the average systolic and diastolic? 1 dp",
             "average blood pressure from {} — top and bottom numbers separately, 1 decimal")
    return q.format(body), [nf(a, 1), nf(b, 1)]


@fam
def glucose_out_of_range(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    v = vals(rng, n, 3, 12, 1)
    lo, hi = F(4), F(10)
    k = sum(1 for x in v if x < lo or x > hi)
    x = F(k * 100, n)
    if tie(x, 1):
        return None
    q = pick(rng, "Glucose (mmol/L): {}. Target range is 4.0 to 10.0. How many readings fell "
             "outside it, and what % is that? 1 dp",
             "readings {} — how many outside 4-10 mmol/L, and what percent (1 decimal)?")
    return q.format(listed(v, 1)), [[str(k)], nf(x, 1)]


@fam
def electricity_cost(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    v = vals(rng, n, 150, 600)
    rate = F(rng.randint(18, 42), 100)
    cost = sum(v) * rate
    q = pick(rng, "kWh used:\n{}\nAt ${} per kWh, what did that cost in total?",
             "{}\nelectricity at {} $/kWh — total bill for these months?")
    return q.format(lines(months(rng, n), v), s(rate, 2)), [nf(cost)]


@fam
def tips_per_shift(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 20, 180, 2)
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "Tips from my last {} shifts: {}. Total and average per shift (2 dp)?",
             "{1} in tips over {0} shifts — how much overall and per shift on average, 2dp")
    return q.format(n, listed(v, 2)), [nf(sum(v)), nf(m)]


@fam
def weight_loss_weekly(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    v = [F(rng.randint(850, 1050), 10)]
    for _ in range(n - 1):
        v.append(v[-1] - F(rng.randint(-3, 12), 10))
    tot = v[0] - v[-1]
    x = tot / (n - 1)
    if tot <= 0 or tie(x, 2):
        return None
    q = pick(rng, "Weekly weigh-ins (kg): {}. How much have I lost in total, and what's that "
             "per week on average over the {} weeks from first to last weigh-in? 2 dp",
             "my weights each week {} — total loss and average weekly loss over those {} weeks "
             "(first to last weigh-in, 2 decimals)")
    return q.format(listed(v, 1), n - 1), [nf(tot, 1), nf(x)]


@fam
def fahrenheit_mean_in_c(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 40, 100)
    c = (mean(v) - 32) * F(5, 9)
    if tie(c, 1):
        return None
    q = pick(rng, "Temps in °F: {}. What's the average in Celsius? 1 dp",
             "average these fahrenheit readings and give it in C (1 decimal): {}")
    return q.format(listed(v)), [nf(c, 1)]


@fam
def miles_total_km(rng: random.Random) -> Made:
    n = rng.randint(3, 7)
    v = vals(rng, n, 1, 14, 1)
    km = sum(v) * F("1.609")
    if tie(km, 1):
        return None
    q = pick(rng, "Runs this week in miles: {}. Total in km? Use 1 mile = 1.609 km, 1 dp",
             "how many km did I run in total ({} miles)? 1 mi = 1.609 km, one decimal")
    return q.format(listed(v, 1)), [nf(km, 1)]


@fam
def first_last_half(rng: random.Random) -> Made:
    n = rng.choice([6, 8, 10])
    v = vals(rng, n, 20, 60, 1)
    d = mean(v[n // 2:]) - mean(v[:n // 2])
    if tie(d) or d == 0:
        return None
    q = pick(rng, "Reaction times (ms/10): {}. How much did the average of the second half "
             "differ from the first half? 2 dp",
             "{} — mean of the last {} minus mean of the first {}, 2 decimals")
    return q.format(listed(v, 1), n // 2, n // 2), [nf(d, 2, True)]


@fam
def rainy_day_pct(rng: random.Random) -> Made:
    n = rng.choice([7, 10, 14, 15, 20])
    v = [F(0) if rng.random() < 0.5 else F(rng.randint(1, 250), 10) for _ in range(n)]
    x = F(sum(1 for y in v if y > 0) * 100, n)
    if tie(x, 1):
        return None
    q = pick(rng, "Daily rain (mm): {}. What percentage of days had any rain (1 dp), and what "
             "was the total rainfall?", "{}\n% of days with rain > 0, one decimal. total mm too")
    return q.format(listed(v, 1)), [nf(x, 1), nf(sum(v), 1)]


@fam
def longest_streak(rng: random.Random) -> Made:
    n = rng.randint(10, 18)
    goal = rng.choice([7, 7.5, 8])
    v = vals(rng, n, 5, 9.5, 1)
    best = run = 0
    for x in v:
        run = run + 1 if x >= F(str(goal)) else 0
        best = max(best, run)
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "Hours slept each night: {}. What's my longest streak of consecutive nights "
             "with at least {} hours, and my average per night (2 dp)?",
             "{}\nlongest run of nights in a row with {}h+ of sleep? and mean hours, 2 decimals")
    return q.format(listed(v, 1), goal), [[str(best)], nf(m)]


@fam
def biggest_daily_jump(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    v = vals(rng, n, 50, 300)
    d = max(v[i] - v[i - 1] for i in range(1, n))
    if d <= 0:
        return None
    q = pick(rng, "Followers gained per day: {}. What's the biggest increase from one day to the "
             "next?", "{} -- largest day-over-day rise?")
    return q.format(listed(v)), [nf(d, 0)]


@fam
def avg_week_vs_week(rng: random.Random) -> Made:
    a = vals(rng, 7, 20, 90)
    b = vals(rng, 7, 20, 90)
    x = pct(mean(b), mean(a))
    if tie(x, 1):
        return None
    q = pick(rng, "Last week's daily sales: {}\nThis week: {}\nBy what percent did the daily "
             "average change? 1 dp",
             "week 1: {}\nweek 2: {}\n% change in average from week 1 to week 2, 1 decimal")
    return q.format(listed(a), listed(b)), [nf(x, 1, True)]


@fam
def budget_variance(rng: random.Random) -> Made:
    cats = rng.sample(["Food", "Fuel", "Fun", "Clothes", "Gifts", "Eating out"], rng.randint(3, 5))
    bud = [F(rng.randint(5, 40) * 10) for _ in cats]
    act = [b + F(rng.randint(-6000, 9000), 100) for b in bud]
    x = sum(act) - sum(bud)
    if x == 0:
        return None
    body = "\n".join(f"{c}: budget {s(b)}, actual {s(a, 2)}" for c, b, a in zip(cats, bud, act,
                                                                               strict=True))
    q = pick(rng, "{}\nOverall, how much over or under budget am I?",
             "{}\ntotal actual minus total budget?")
    return q.format(body), [nf(x, 2, True)]


@fam
def max_overspend(rng: random.Random) -> Made:
    cats = rng.sample(["Food", "Fuel", "Fun", "Clothes", "Gifts", "Coffee"], rng.randint(3, 5))
    bud = [F(rng.randint(5, 40) * 10) for _ in cats]
    act = [b + F(rng.randint(-3000, 9000), 100) for b in bud]
    over = max(a - b for a, b in zip(act, bud, strict=True))
    if over <= 0:
        return None
    body = "\n".join(f"{c} — planned {s(b)}, spent {s(a, 2)}" for c, b, a in zip(cats, bud, act,
                                                                                strict=True))
    q = pick(rng, "{}\nWhat's the biggest overspend on any single category?",
             "{}\nlargest amount over plan for one category?")
    return q.format(body), [nf(over)]


@fam
def gpa_credits(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "Biology", "History", "Art", "Physics", "French", "Econ"],
                      rng.randint(3, 5))
    pts = {"A": 4, "B": 3, "C": 2, "D": 1}
    g = [rng.choice("ABCD") for _ in subs]
    cr = [rng.randint(1, 5) for _ in subs]
    x = F(sum(pts[a] * b for a, b in zip(g, cr, strict=True)), sum(cr))
    if tie(x):
        return None
    body = "\n".join(f"{a}: {b} ({c} credits)" for a, b, c in zip(subs, g, cr, strict=True))
    q = pick(rng, "{}\nWhat's my credit-weighted GPA (A=4, B=3, C=2, D=1)? 2 dp",
             "GPA weighted by credits please, A4/B3/C2/D1, 2 decimals:\n{}")
    return q.format(body), [nf(x)]


@fam
def combined_median(rng: random.Random) -> Made:
    a = vals(rng, rng.randint(3, 6), 10, 90)
    b = vals(rng, rng.randint(3, 6), 10, 90)
    m = median(a + b)
    if m in a + b:
        return None
    q = pick(rng, "Group A: {}\nGroup B: {}\nWhat's the median if I combine both groups?",
             "median of all scores from both lists — {} and {}")
    return q.format(listed(a), listed(b)), [nf(m, 1)]


@fam
def activity_share(rng: random.Random) -> Made:
    acts = rng.sample(["reading", "gaming", "TV", "walking", "cooking", "cleaning"],
                      rng.randint(3, 5))
    v = vals(rng, len(acts), 10, 180)
    i = rng.randrange(len(acts))
    x = v[i] / sum(v) * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Minutes yesterday:\n{}\nWhat % of that time was {}? 1 dp",
             "{}\n{} as a percentage of the total time (1 decimal)")
    return q.format(lines(acts, v, unit=" min"), acts[i]), [nf(x, 1)]


@fam
def standard_error(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 10, 60)
    se = sd(v) / sqrt(F(n))
    if tie(se, 3):
        return None
    q = pick(rng, "Standard error of the mean for {}? (sample SD / √n, 3 dp)",
             "what's the SEM of these measurements: {} — use the sample SD, 3 decimals")
    return q.format(listed(v)), [nf(se, 3)]


@fam
def daily_range_avg(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    hi = vals(rng, n, 15, 32)
    lo = [h - rng.randint(4, 14) for h in hi]
    x = mean([h - low for h, low in zip(hi, lo, strict=True)])
    if tie(x):
        return None
    body = "\n".join(f"{d}: high {s(h)}, low {s(low)}" for d, h, low in zip(days(rng, n), hi, lo,
                                                                           strict=True))
    q = pick(rng, "{}\nAverage daily temperature range (high minus low)? 2 dp",
             "{}\nwhat's the mean gap between high and low each day, 2 decimals")
    return q.format(body), [nf(x)]


@fam
def effective_hourly(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    hrs = vals(rng, n, 10, 45, 1)
    pay = [h * F(rng.randint(1200, 3000), 100) for h in hrs]
    pay = [F(round(p * 100), 100) for p in pay]
    x = sum(pay) / sum(hrs)
    if tie(x):
        return None
    body = "\n".join(f"week {i + 1}: {s(h, 1)} h, ${s(p, 2)}"
                     for i, (h, p) in enumerate(zip(hrs, pay, strict=True)))
    q = pick(rng, "{}\nWhat's my overall hourly rate (total pay / total hours)? 2 dp",
             "{}\naverage pay per hour across all weeks, weighted by hours (2dp)")
    return q.format(body), [nf(x)]


@fam
def avg_team_size(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    teams = rng.sample(["Design", "Support", "Sales", "Infra", "Data", "Legal", "Ops", "Mobile"], n)
    v = [F(rng.randint(3, 25)) for _ in teams]
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "Headcount by team:\n{}\nAverage team size? 2 dp",
             "{}\nhow many people per team on average (2 decimals)?")
    return q.format(lines(teams, v)), [nf(m)]


@fam
def conversion_rate(rng: random.Random) -> Made:
    n = rng.randint(3, 7)
    vis = [rng.randint(200, 3000) for _ in range(n)]
    buy = [rng.randint(2, v // 15) for v in vis]
    x = F(sum(buy) * 100, sum(vis))
    if tie(x, 2):
        return None
    body = "\n".join(f"{d}: {v} visitors, {b} orders" for d, v, b in zip(DAYS, vis, buy,
                                                                           strict=False))
    q = pick(rng, "{}\nOverall conversion rate (total orders / total visitors), %, 2 dp?",
             "{}\nwhat % of visitors ordered overall? 2 decimals")
    return q.format(body), [nf(x)]


@fam
def cost_per_acquisition(rng: random.Random) -> Made:
    n = rng.randint(3, 5)
    spend = vals(rng, n, 100, 2000, 2)
    conv = [rng.randint(3, 80) for _ in range(n)]
    x = sum(spend) / sum(conv)
    if tie(x):
        return None
    body = "\n".join(f"campaign {chr(65 + i)}: spent ${s(a, 2)}, {b} sign-ups"
                     for i, (a, b) in enumerate(zip(spend, conv, strict=True)))
    q = pick(rng, "{}\nWhat's the blended cost per sign-up across all campaigns? 2 dp",
             "{}\ntotal spend divided by total sign-ups = ? (2 decimals)")
    return q.format(body), [nf(x)]


@fam
def churn_rate(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    start = [rng.randint(200, 2000) for _ in range(n)]
    lost = [rng.randint(1, s_ // 8) for s_ in start]
    rates = [F(a * 100, b) for a, b in zip(lost, start, strict=True)]
    x = mean(rates)
    if tie(x, 2):
        return None
    body = "\n".join(f"{m}: started with {a}, lost {b}" for m, a, b in zip(months(rng, n), start,
                                                                           lost, strict=True))
    q = pick(rng, "{}\nWhat's the average monthly churn rate (mean of each month's lost/start, "
             "in %)? 2 dp", "{}\nchurn % per month, then average those — 2 decimals")
    return q.format(body), [nf(x)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sleep_avg_hm, blood_pressure_avg, glucose_out_of_range, electricity_cost, tips_per_shift,
    weight_loss_weekly, fahrenheit_mean_in_c, miles_total_km, first_last_half, rainy_day_pct,
    longest_streak, biggest_daily_jump, avg_week_vs_week, budget_variance, max_overspend,
    gpa_credits, combined_median, activity_share, standard_error, daily_range_avg, effective_hourly,
    avg_team_size, conversion_rate, cost_per_acquisition, churn_rate)]
