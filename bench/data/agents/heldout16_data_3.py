"""Round 16 (``L_d_*``, dev now), data part three: trends, growth, straight-line fits,
forecasts and correlation, from numbers in a message or an attached file."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction
from itertools import pairwise

from bench.data.agents.heldout16_data import (
    MONTHS,
    Tie,
    counted,
    dec,
    distinct,
    ints,
    listed,
    mean,
    num,
    pct,
    retry,
    table,
)
from bench.data.agents.helpers import Family, Item, fresh, item

UP = ["increasing", "upward", "rising", "going up", "trending up", "uptrend", "growing",
      "increased", "an increase"]
DOWN = ["decreasing", "downward", "falling", "going down", "trending down", "downtrend",
        "declining", "decreased", "a decrease"]


def drift(rng: random.Random, start: tuple[int, int], step: int, noise: int,
          count: tuple[int, int]) -> list[int]:
    base = rng.randint(*start)
    return [base + step * i + rng.randint(-noise, noise) for i in range(rng.randint(*count))]


def fit(xs: list, ys: list) -> tuple[Fraction, Fraction]:
    """Least-squares slope and intercept, exactly."""
    fx, fy = [Fraction(str(x)) for x in xs], [Fraction(str(y)) for y in ys]
    mx, my = sum(fx) / len(fx), sum(fy) / len(fy)
    slope = sum((x - mx) * (y - my) for x, y in zip(fx, fy, strict=True)) / sum(
        (x - mx) ** 2 for x in fx)
    return slope, my - slope * mx


def signed(rng: random.Random) -> int:
    return rng.choice([-1, 1])


# --- direction --------------------------------------------------------------------------

def l_d_weight_direction(rng: random.Random) -> Item:  # weekly weigh-ins, which way
    step, base = signed(rng), rng.uniform(78, 92)
    ys = [round(base + step * 0.6 * i + rng.uniform(-0.3, 0.3), 1)
          for i in range(rng.randint(6, 9))]
    return item("L_d_weight_direction", "data", f"weekly weigh-ins since I started the diet: "
                f"{listed(ys)} kg. overall, which direction is my weight heading?",
                [UP if step > 0 else DOWN])


def l_d_sales_direction(rng: random.Random) -> Item:  # monthly sales file, trend in words
    step = signed(rng) * rng.randint(40, 120)
    ys = drift(rng, (2000, 4000), step, 60, (6, 10))
    rows = list(zip(MONTHS, ys, strict=False))
    return item("L_d_sales_direction", "data", "Can you look at the attached monthly sales and "
                "tell me the general trend?", [UP if step > 0 else DOWN],
                csv=table("month,sales", rows))


def l_d_down_months(rng: random.Random) -> Item:  # how many months fell from the previous one
    ys = ints(rng, 800, 1400, (8, 12))
    n = sum(b < a for a, b in pairwise(ys))
    return item("L_d_down_months", "data", "Subscriber counts by month are attached. In how "
                "many months did the count drop compared with the month before?",
                [[str(n), f"{n} months", f"{n} times"]],
                csv=table("month,subscribers", list(zip(MONTHS, ys, strict=False))))


def l_d_step_streak(rng: random.Random) -> Item:  # longest run of days over a goal
    xs = [rng.choice([rng.randint(4000, 9999), rng.randint(10000, 16000)])
          for _ in range(rng.randint(12, 20))]
    best = run = 0
    for v in xs:
        run = run + 1 if v >= 10000 else 0
        best = max(best, run)
    return item("L_d_step_streak", "data", "what was my longest streak of consecutive days "
                "hitting 10,000 steps or more?", [[str(best), f"{best} days", f"{best} day"]],
                csv=table("day,steps", list(enumerate(xs, 1))))


# --- straight lines ---------------------------------------------------------------------

def l_d_weight_slope(rng: random.Random) -> Item:  # kg per week on a fitted line
    base = rng.uniform(84, 96)
    ys = [round(base - 0.5 * i + rng.uniform(-0.4, 0.4), 1) for i in range(rng.randint(6, 9))]
    slope = fit(list(range(1, len(ys) + 1)), ys)[0]
    return item("L_d_weight_slope", "data", f"weights at weeks 1..{len(ys)}: {listed(ys)}. "
                "fit a straight line — how many kg per week is that?", [num(slope)])


def l_d_visitor_slope(rng: random.Random) -> Item:  # slope per month from a csv
    ys = drift(rng, (300, 900), rng.randint(15, 60), 25, (6, 12))
    rows = [(i, y) for i, y in enumerate(ys, 1)]
    return item("L_d_visitor_slope", "data", "Museum visitors per month (month numbered "
                "from 1) are in the file. What's the slope of the linear trend?",
                [num(fit(*zip(*rows, strict=True))[0])], csv=table("month,visitors", rows))


def l_d_intercept(rng: random.Random) -> Item:  # intercept of a least-squares line
    xs = sorted(distinct(rng, 1, 20, (5, 7)))
    ys = [rng.randint(5, 15) + 3 * x + rng.randint(-4, 4) for x in xs]
    return item("L_d_intercept", "data", f"x: {listed(xs)}\ny: {listed(ys)}\nleast squares "
                "line — what's the y-intercept?", [num(fit(xs, ys)[1])])


def l_d_best_fit_line(rng: random.Random) -> Item:  # slope and intercept, homework style
    xs = sorted(distinct(rng, 0, 12, (5, 6)))
    ys = [rng.randint(-5, 20) + rng.randint(1, 4) * x for x in xs]
    slope, icpt = fit(xs, ys)
    return item("L_d_best_fit_line", "data", "Find the line of best fit for the points "
                + ", ".join(f"({x}, {y})" for x, y in zip(xs, ys, strict=True))
                + ". I need the slope and the intercept.", [num(slope), num(icpt)])


def l_d_forecast_next(rng: random.Random) -> Item:  # extend the line one period
    ys = drift(rng, (120, 400), rng.randint(5, 30), 8, (5, 8))
    n = len(ys)
    slope, icpt = fit(list(range(1, n + 1)), ys)
    return item("L_d_forecast_next", "data", f"Weekly orders for the last {n} weeks: "
                f"{listed(ys)}. If the linear trend continues, how many orders should I "
                "expect next week?", [num(slope * (n + 1) + icpt)])


def l_d_price_for_size(rng: random.Random) -> Item:  # predict from a fitted line at given x
    rows = [(s, round(s * rng.uniform(3.2, 4.4) + rng.uniform(20, 60), 0))
            for s in sorted(distinct(rng, 45, 140, (6, 9)))]
    rows = [(s, int(p)) for s, p in rows]
    target = rng.choice([60, 75, 90, 100, 110, 120])
    slope, icpt = fit(*zip(*rows, strict=True))
    return item("L_d_price_for_size", "data", f"Flat sizes (m²) and prices (£k) from listings "
                f"near me are attached. Using a linear regression, what would a {target} m² "
                "flat cost?", [num(slope * target + icpt)], csv=table("size_m2,price_k", rows))


def l_d_per_decade(rng: random.Random) -> Item:  # yearly anomaly slope, scaled to a decade
    years = list(range(rng.choice([1995, 2000, 2005]), 2025, rng.choice([2, 3])))
    ys = [round(0.02 * (y - years[0]) + rng.uniform(-0.08, 0.08), 2) for y in years]
    per = fit(years, ys)[0] * 10
    forms = num(per)
    return item("L_d_per_decade", "data", "Here are annual temperature anomalies (°C). Fit "
                "a linear trend and give it per decade.", [forms + [f + " °C" for f in forms]],
                csv=table("year,anomaly_c", list(zip(years, ys, strict=True))))


def l_d_r_squared(rng: random.Random) -> Item:  # coefficient of determination
    xs = distinct(rng, 1, 30, (6, 9))
    ys = [2 * x + rng.randint(-10, 10) for x in xs]
    r = statistics.correlation(xs, ys)
    return item("L_d_r_squared", "data", f"what's the R² for a linear fit of y on x? x = "
                f"{listed(xs)}; y = {listed(ys)}", [num(r * r)])


# --- correlation ------------------------------------------------------------------------

def l_d_ads_sales_r(rng: random.Random) -> Item:  # ad spend against sales, attached
    spend = distinct(rng, 100, 900, (7, 10))
    sales = [s * rng.randint(3, 5) + rng.randint(-400, 400) for s in spend]
    return item("L_d_ads_sales_r", "data", "does ad spend actually move sales? correlation "
                "coefficient from the attached please", [num(statistics.correlation(spend,
                                                                                    sales))],
                csv=table("week_ad_spend,week_sales", list(zip(spend, sales, strict=True))))


def l_d_sleep_mood_r(rng: random.Random) -> Item:  # two lists in a message
    sleep = [rng.randint(10, 18) / 2 for _ in range(rng.randint(6, 9))]
    mood = [min(10, max(1, round(s - 2 + rng.uniform(-2, 2)))) for s in sleep]
    if len(set(mood)) < 2 or len(set(sleep)) < 2:
        raise Tie
    return item("L_d_sleep_mood_r", "data", f"I've been rating my mood 1-10 each morning.\n"
                f"hours slept: {listed(sleep)}\nmood: {listed(mood)}\nhow correlated are they?",
                [num(statistics.correlation(sleep, mood))])


def l_d_screen_grades_r(rng: random.Random) -> Item:  # negative correlation
    hours = distinct(rng, 1, 9, (6, 8))
    grades = [95 - 5 * h + rng.randint(-8, 8) for h in hours]
    return item("L_d_screen_grades_r", "data", f"Survey of my students: daily screen hours "
                f"{listed(hours)} and their grades {listed(grades)} (same order). Pearson r?",
                [num(statistics.correlation(hours, grades))])


def l_d_height_weight_r(rng: random.Random) -> Item:  # r from two columns
    h = [rng.randint(150, 195) for _ in range(rng.randint(8, 12))]
    w = [round(0.9 * x - 90 + rng.uniform(-9, 9), 1) for x in h]
    return item("L_d_height_weight_r", "data", "What's the correlation between height and "
                "weight in this data?", [num(statistics.correlation(h, w))],
                csv=table("height_cm,weight_kg", list(zip(h, w, strict=True))))


def l_d_r_and_sign(rng: random.Random) -> Item:  # r plus which way it goes, two parts
    xs = distinct(rng, 5, 40, (6, 8))
    k = signed(rng)
    ys = [100 + k * 2 * x + rng.randint(-15, 15) for x in xs]
    r = statistics.correlation(xs, ys)
    words = ["positive", "Positive"] if r > 0 else ["negative", "Negative"]
    return item("L_d_r_and_sign", "data", f"Outdoor temperature (°C): {listed(xs)}. Gas used "
                f"(kWh): {listed(ys)}. Give me the correlation coefficient and say which way "
                "the relationship goes.", [num(r), words])


def l_d_covariance(rng: random.Random) -> Item:  # sample covariance
    xs = ints(rng, 1, 20, (5, 7))
    ys = [x + rng.randint(-6, 6) for x in xs]
    cov = statistics.covariance(xs, ys)
    return item("L_d_covariance", "data", f"sample covariance of X = [{listed(xs)}] and "
                f"Y = [{listed(ys)}]?", [num(cov)])


def l_d_spearman(rng: random.Random) -> Item:  # rank correlation with distinct values
    xs = distinct(rng, 1, 60, (6, 8))
    ys = rng.sample(range(1, 60), len(xs))

    def ranks(vs: list[int]) -> list[int]:
        order = sorted(vs)
        return [order.index(v) + 1 for v in vs]
    rho = statistics.correlation(ranks(xs), ranks(ys))
    return item("L_d_spearman", "data", f"Two judges scored the same entries. Judge 1: "
                f"{listed(xs)}. Judge 2: {listed(ys)}. What's the Spearman rank correlation?",
                [num(rho)])


# --- growth -----------------------------------------------------------------------------

def l_d_followers_change(rng: random.Random) -> Item:  # percent change first to last
    ys = drift(rng, (800, 3000), rng.randint(-80, 150), 40, (5, 8))
    change = Fraction(ys[-1] - ys[0], ys[0]) * 100
    return item("L_d_followers_change", "data", f"my instagram followers each week: "
                f"{listed(ys)}. what's the % change from the first week to the latest?",
                [pct(change)])


def l_d_cagr(rng: random.Random) -> Item:  # compound annual growth rate
    years = list(range(2019, 2019 + rng.randint(4, 7)))
    ys = [rng.randint(150, 400)]
    for _ in years[1:]:
        ys.append(round(ys[-1] * rng.uniform(1.02, 1.25)))
    rate = ((ys[-1] / ys[0]) ** (1 / (len(ys) - 1)) - 1) * 100
    return item("L_d_cagr", "data", "What's the compound annual growth rate of revenue over "
                "this period?", [pct(rate)], csv=table("year,revenue_k",
                                                       list(zip(years, ys, strict=True))))


def l_d_best_growth_year(rng: random.Random) -> Item:  # year with the largest % rise
    years = list(range(2016, 2016 + rng.randint(6, 9)))
    ys = ints(rng, 200, 600, (len(years), len(years)))
    growth = [(Fraction(b - a, a), y) for (a, b), y in zip(pairwise(ys), years[1:], strict=True)]
    growth.sort(reverse=True)
    if growth[0][0] == growth[1][0]:
        raise Tie
    return item("L_d_best_growth_year", "data", "which year had the biggest percentage jump "
                "in members compared with the year before?", [[str(growth[0][1])]],
                csv=table("year,members", list(zip(years, ys, strict=True))))


def l_d_month_to_month(rng: random.Random) -> Item:  # % change between two named months
    ys = ints(rng, 900, 4000, (12, 12))
    a, b = sorted(rng.sample(range(12), 2))
    change = Fraction(ys[b] - ys[a], ys[a]) * 100
    return item("L_d_month_to_month", "data", f"By what percent did the electricity use "
                f"change from {MONTHS[a]} to {MONTHS[b]}? Usage file attached.", [pct(change)],
                csv=table("month,kwh", list(zip(MONTHS, ys, strict=True))))


def l_d_rebase_index(rng: random.Random) -> Item:  # rebase to 100 in the first year
    years = list(range(2018, 2018 + rng.randint(5, 8)))
    ys = [dec(rng, 2.5, 6.0, 2) for _ in years]
    idx = Fraction(str(ys[-1])) / Fraction(str(ys[0])) * 100
    return item("L_d_rebase_index", "data", f"Average coffee price by year from {years[0]}: "
                f"{listed(f'{v:.2f}' for v in ys)}. If {years[0]} = 100, what's the index for "
                f"{years[-1]}?", [num(idx)])


def l_d_avg_daily_change(rng: random.Random) -> Item:  # average change per step
    ys = drift(rng, (20, 60), rng.choice([2, 3, 4, 5]), 1, (6, 10))
    per = Fraction(ys[-1] - ys[0], len(ys) - 1)
    return item("L_d_avg_daily_change", "data", f"Tomato plant height in cm, measured daily: "
                f"{listed(ys)}. On average how much did it change per day?", [num(per)])


def l_d_half_season(rng: random.Random) -> Item:  # second half average minus first half
    n = rng.choice([8, 10, 12])
    ys = ints(rng, 0, 35, (n, n))
    diff = mean(ys[n // 2:]) - mean(ys[: n // 2])
    return item("L_d_half_season", "data", f"points per game over the season, in order: "
                f"{listed(ys)}. how much higher (or lower) was my average in the second half "
                "than in the first?", [num(diff)])


def l_d_rolling_week(rng: random.Random) -> Item:  # 7-day rolling average at the end
    xs = ints(rng, 20, 140, (10, 16))
    return item("L_d_rolling_week", "data", "What's the 7-day rolling average as of the most "
                "recent day in this file?", [num(mean(xs[-7:]))],
                csv=table("day,new_signups", list(enumerate(xs, 1))))


def l_d_savings_target(rng: random.Random) -> Item:  # month when the running total passes a goal
    xs = ints(rng, 150, 600, (12, 12))
    goal = rng.choice([1500, 2000, 2500, 3000])
    sums = [sum(xs[: i + 1]) for i in range(12)]
    if sums[-1] < goal:
        raise Tie
    m = MONTHS[next(i for i, v in enumerate(sums) if v >= goal)]
    if m == "May":
        raise Tie
    return item("L_d_savings_target", "data", f"I save a different amount each month (see "
                f"file). In which month did my savings first reach ${goal:,}?", [[m]],
                csv=table("month,saved", list(zip(MONTHS, xs, strict=True))))


def l_d_target_progress(rng: random.Random) -> Item:  # share of a target reached so far
    xs = ints(rng, 20, 90, (4, 9))
    target = rng.choice([500, 600, 750, 1000])
    share = Fraction(sum(xs), target) * 100
    return item("L_d_target_progress", "data", f"fundraising run: I've collected "
                f"{listed(f'${v}' for v in xs)} so far. what percent of my ${target} target is "
                "that?", [pct(share)])


def l_d_times_increase(rng: random.Random) -> Item:  # how many times bigger last vs first
    ys = sorted(ints(rng, 40, 900, (5, 7)))
    ratio = Fraction(ys[-1], ys[0])
    forms = num(ratio)
    return item("L_d_times_increase", "data", f"downloads of my app in each release month: "
                f"{listed(ys)}. how many times more in the last month than the first?",
                [forms + [f + "x" for f in forms] + [f + " times" for f in forms] +
                 [f + "×" for f in forms]])


def l_d_count_records(rng: random.Random) -> Item:  # how many runs beat a previous best
    xs = ints(rng, 1500, 2600, (10, 15))
    best, n = xs[0], 0
    for v in xs[1:]:
        if v < best:
            best, n = v, n + 1
    return item("L_d_count_records", "data", "these are my 5k times in seconds, oldest first. "
                "how many times did I set a new personal best (after the first run)?",
                [[*counted(n, ["times", "new personal bests", "personal bests", "PBs"]),
                  str(n)]], csv=table("run,seconds", list(enumerate(xs, 1))))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_weight_direction, l_d_sales_direction, l_d_down_months, l_d_step_streak,
    l_d_weight_slope, l_d_visitor_slope, l_d_intercept, l_d_best_fit_line, l_d_forecast_next,
    l_d_price_for_size, l_d_per_decade, l_d_r_squared, l_d_ads_sales_r, l_d_sleep_mood_r,
    l_d_screen_grades_r, l_d_height_weight_r, l_d_r_and_sign, l_d_covariance, l_d_spearman,
    l_d_followers_change, l_d_cagr, l_d_best_growth_year, l_d_month_to_month,
    l_d_rebase_index, l_d_avg_daily_change, l_d_half_season, l_d_rolling_week,
    l_d_savings_target, l_d_target_progress, l_d_times_increase, l_d_count_records)]
