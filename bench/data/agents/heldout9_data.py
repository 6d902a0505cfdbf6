"""Round 9 (``Y_*``, dev now) for ``muse bench agents``: data requests — numbers in the
message or an attached CSV, asking for statistics, trends, correlations, the highest or
lowest row, or a chart with a figure to go with it."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, both, fresh, half_cent, item, labelled

F = Fraction
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PEOPLE = ["Alice", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas"]
STORES = ["Northgate", "Riverside", "Old Town", "Harbour", "Westfield", "Eastside"]
UP = ["increasing", "upward", "rising", "going up", "trending up", "upwards"]
DOWN = ["decreasing", "downward", "falling", "going down", "trending down", "downwards"]


def near_tie(x: float) -> bool:
    """True when a two-decimal rounding of an irrational value would be a near tie."""
    frac = abs(x * 100) % 1
    return abs(frac - 0.5) < 1e-6


def dec(x: Fraction) -> list[str]:
    """Two-decimal forms, with thousands grouped too where a reply may group them."""
    forms = both(float(x))
    if abs(x) >= 1000:
        forms += [f"{int(f.split('.')[0]):,}" + f[len(f.split('.')[0]):] for f in forms]
    return list(dict.fromkeys(forms))


def minus(forms: list[str]) -> list[str]:
    """A negative number also written with the typographic minus sign."""
    return forms + [f.replace("-", "\u2212") for f in forms if f.startswith("-")]


def tagged(names: list[str], forms: list[str]) -> list[str]:
    """A labelled statistic in each of its accepted number forms."""
    return [answer for form in forms for answer in labelled(names, form)]


def mean(values: list[int]) -> Fraction:
    return F(sum(values), len(values))


def csv(header: str, rows: Sequence[tuple[object, object]]) -> str:
    return header + "\n" + "".join(f"{a},{b}\n" for a, b in rows)


def listed(values: list[int], sep: str = ", ") -> str:
    return sep.join(str(v) for v in values)


def trending(rng: random.Random, n: int, start: int, step: int, wobble: int) -> list[int]:
    """A series with a clear rising (step > 0) or falling (step < 0) least-squares slope."""
    while True:
        values = [start + step * i + rng.randint(-wobble, wobble) for i in range(n)]
        slope = statistics.linear_regression(list(range(n)), values).slope
        if min(values) > 0 and slope * step > 0 and abs(slope) > abs(step) / 2:
            return values


def unique_extreme(values: list[int]) -> bool:
    return values.count(max(values)) == 1 and values.count(min(values)) == 1


# --- averages --------------------------------------------------------------------------

def y_d_test_scores(rng: random.Random) -> Item:  # a parent averaging a child's marks
    marks = [rng.randint(55, 99) for _ in range(rng.randint(4, 7))]
    if half_cent(mean(marks)):
        return y_d_test_scores(rng)
    return item("Y_d_test_scores", "data", f"My daughter's test scores this term were "
                f"{listed(marks)}. What's her average?", [dec(mean(marks))])


def y_d_coffee_count(rng: random.Random) -> Item:  # chatty: cups of coffee a day
    cups = [rng.randint(0, 6) for _ in range(7)]
    if half_cent(mean(cups)):
        return y_d_coffee_count(rng)
    return item("Y_d_coffee_count", "data", "ok so i counted my coffees every day last week: "
                f"{listed(cups, ' ')} … what's my daily average lol", [dec(mean(cups))])


def y_d_decimal_mean(rng: random.Random) -> Item:  # terse mean of decimals
    tenths = [rng.randint(10, 99) for _ in range(rng.randint(5, 8))]
    m = F(sum(tenths), 10 * len(tenths))
    if half_cent(m):
        return y_d_decimal_mean(rng)
    shown = ", ".join(f"{t / 10:.1f}" for t in tenths)
    return item("Y_d_decimal_mean", "data", f"mean of {shown}?", [dec(m)])


def y_d_glucose(rng: random.Random) -> Item:  # health readings, average
    readings = [rng.randint(82, 140) for _ in range(rng.randint(5, 9))]
    if half_cent(mean(readings)):
        return y_d_glucose(rng)
    return item("Y_d_glucose", "data", "Fasting blood sugar readings this week (mg/dL): "
                f"{listed(readings)}. Can you work out the average for me?",
                [dec(mean(readings))])


def y_d_weight_column(rng: random.Random) -> Item:  # mean of a named CSV column
    names = rng.sample(PEOPLE, rng.randint(5, 8))
    rows = [(n, rng.randint(52, 98)) for n in names]
    m = mean([w for _, w in rows])
    if half_cent(m):
        return y_d_weight_column(rng)
    return item("Y_d_weight_column", "data", "what's the average of the weight_kg column in "
                "this file?", [dec(m)], csv=csv("name,weight_kg", rows))


# --- medians, modes, spread --------------------------------------------------------------

def y_d_rent_median(rng: random.Random) -> Item:  # flat hunting, median of rents
    rents = [rng.randint(18, 45) * 50 for _ in range(rng.choice([4, 6, 8]))]
    med = F(statistics.median(rents))
    shown = ", ".join(f"${r}" for r in rents)
    return item("Y_d_rent_median", "data", f"Flats I've looked at so far: {shown} a month. "
                "What's the median rent?", [dec(med)])


def y_d_median_terse(rng: random.Random) -> Item:  # one-word request
    values = [rng.randint(1, 60) for _ in range(rng.choice([6, 8, 10]))]
    med = F(statistics.median(values))
    return item("Y_d_median_terse", "data", f"median: {listed(values, ' ')}", [dec(med)])


def y_d_sleep_median(rng: random.Random) -> Item:  # CSV of sleep hours, median
    start = rng.randint(1, 18)
    rows = [(f"2026-05-{start + i:02d}", f"{rng.randint(45, 95) / 10:.1f}") for i in
            range(rng.randint(6, 9))]
    med = F(statistics.median([F(h) for _, h in rows]))
    return item("Y_d_sleep_median", "data", "this is my sleep log from my watch. median hours "
                "per night?", [dec(med)], csv=csv("date,hours_slept", rows))


def y_d_mode(rng: random.Random) -> Item:  # most common value in a CSV column
    rows = [(i + 1, rng.randint(1, 9)) for i in range(rng.randint(10, 15))]
    values = [v for _, v in rows]
    counts = sorted((values.count(v) for v in set(values)), reverse=True)
    if len(counts) > 1 and counts[0] == counts[1]:
        return y_d_mode(rng)
    return item("Y_d_mode", "data", "Survey answers attached (1 to 9 scale). Which rating came "
                "up most often?", [[str(statistics.mode(values))]],
                csv=csv("respondent,rating", rows))


def y_d_temp_range(rng: random.Random) -> Item:  # range of daily highs
    highs = [rng.randint(8, 31) for _ in range(7)]
    return item("Y_d_temp_range", "data", f"highs this week were {listed(highs, ' ')} degrees. "
                "whats the range?", [[str(max(highs) - min(highs))]])


def y_d_price_spread(rng: random.Random) -> Item:  # CSV of quotes, max minus min
    shops = rng.sample(["Argos", "Currys", "Amazon", "eBay", "John Lewis", "Box"], 5)
    rows = [(s, f"{rng.randint(18000, 32000) / 100:.2f}") for s in shops]
    prices = [F(p) for _, p in rows]
    return item("Y_d_price_spread", "data", "I got quotes for the same fridge from a few shops. "
                "How big is the gap between the cheapest and the dearest?",
                [dec(max(prices) - min(prices))], csv=csv("shop,price", rows))


def y_d_lap_sd(rng: random.Random) -> Item:  # sample standard deviation, named as such
    laps = [rng.randint(58, 75) for _ in range(rng.randint(5, 8))]
    sd = statistics.stdev(laps)
    if near_tie(sd):
        return y_d_lap_sd(rng)
    return item("Y_d_lap_sd", "data", f"Lap times in seconds: {listed(laps)}. What's the sample "
                "standard deviation?", [both(sd)])


def y_d_pop_sd(rng: random.Random) -> Item:  # population standard deviation
    values = [rng.randint(2, 40) for _ in range(rng.randint(5, 9))]
    sd = statistics.pstdev(values)
    if near_tie(sd):
        return y_d_pop_sd(rng)
    return item("Y_d_pop_sd", "data", f"population std dev of {listed(values)} please",
                [both(sd)])


def y_d_sd_csv(rng: random.Random) -> Item:  # "standard deviation" without saying which one
    rows = [(i + 1, rng.randint(180, 420)) for i in range(rng.randint(6, 10))]
    values = [v for _, v in rows]
    s, p = statistics.stdev(values), statistics.pstdev(values)
    if near_tie(s) or near_tie(p):
        return y_d_sd_csv(rng)
    return item("Y_d_sd_csv", "data", "Here are my reaction times from the test. How much do "
                "they vary — what's the standard deviation?", [both(s) + both(p)],
                csv=csv("trial,reaction_ms", rows))


def y_d_variance(rng: random.Random) -> Item:  # sample variance, exact
    values = [rng.randint(1, 30) for _ in range(rng.randint(5, 7))]
    var = statistics.variance([F(v) for v in values])
    if half_cent(var):
        return y_d_variance(rng)
    return item("Y_d_variance", "data", f"Could you give me the sample variance of "
                f"{listed(values)}?", [dec(var)])


def y_d_count_over(rng: random.Random) -> Item:  # how many CSV readings pass a threshold
    rows = [(f"{6 + i // 4:02d}:{15 * (i % 4):02d}", rng.randint(70, 170)) for i in
            range(rng.randint(8, 14))]
    over = sum(v > 150 for _, v in rows)
    return item("Y_d_count_over", "data", "my heart rate from this morning's run. how many of "
                "the readings were above one fifty?", [[str(over)]],
                csv=csv("time,bpm", rows))


# --- highest and lowest ------------------------------------------------------------------

def y_d_wettest_month(rng: random.Random) -> Item:  # CSV, which row is highest
    rows = [(m, rng.randint(12, 140)) for m in MONTHS]
    if not unique_extreme([v for _, v in rows]):
        return y_d_wettest_month(rng)
    best = max(rows, key=lambda r: r[1])[0]
    return item("Y_d_wettest_month", "data", "Rainfall for last year is attached. Which month "
                "was the wettest?", [[best]], csv=csv("month,rainfall_mm", rows))


def y_d_fewest_points(rng: random.Random) -> Item:  # CSV, which row is lowest
    rows = [(p, rng.randint(0, 35)) for p in rng.sample(PEOPLE, rng.randint(5, 8))]
    if not unique_extreme([v for _, v in rows]):
        return y_d_fewest_points(rng)
    worst = min(rows, key=lambda r: r[1])[0]
    return item("Y_d_fewest_points", "data", "season stats for my kid's basketball team — who "
                "scored the fewest points?", [[worst]], csv=csv("player,points", rows))


def y_d_top_store(rng: random.Random) -> Item:  # CSV, top revenue branch
    rows = [(s, rng.randint(12000, 90000)) for s in rng.sample(STORES, rng.randint(4, 6))]
    if not unique_extreme([v for _, v in rows]):
        return y_d_top_store(rng)
    best = max(rows, key=lambda r: r[1])[0]
    return item("Y_d_top_store", "data", "Which branch brought in the most revenue last "
                "quarter?", [[best]], csv=csv("branch,revenue", rows))


def y_d_quiet_day(rng: random.Random) -> Item:  # CSV of days, lowest
    values = [rng.randint(15, 80) for _ in DAYS]
    if not unique_extreme(values):
        return y_d_quiet_day(rng)
    return item("Y_d_quiet_day", "data", "customers per day at the café last week. which day "
                "was quietest?", [[DAYS[values.index(min(values))]]],
                csv=csv("day,customers", list(zip(DAYS, values, strict=True))))


def y_d_fewest_hours(rng: random.Random) -> Item:  # CSV, lowest logged hours
    rows = [(p, f"{rng.randint(200, 450) / 10:.1f}") for p in rng.sample(PEOPLE, 6)]
    hours = [F(h) for _, h in rows]
    if hours.count(min(hours)) > 1:
        return y_d_fewest_hours(rng)
    low = rows[hours.index(min(hours))][0]
    return item("Y_d_fewest_hours", "data", "Timesheet for the week. Who logged the fewest "
                "hours?", [[low]], csv=csv("employee,hours", rows))


def y_d_max_min(rng: random.Random) -> Item:  # two labelled parts
    values = [rng.randint(-20, 120) for _ in range(rng.randint(6, 10))]
    hi, lo = max(values), min(values)
    return item("Y_d_max_min", "data", f"biggest and smallest value in {listed(values)}?",
                [labelled(["max", "maximum", "largest", "biggest", "highest"], str(hi)),
                 labelled(["min", "minimum", "smallest", "lowest"], str(lo))])


# --- trends and correlations -------------------------------------------------------------

def y_d_weigh_in(rng: random.Random) -> Item:  # weekly weights in the message, direction
    step = rng.choice([-4, -3, 3, 4])
    tenths = trending(rng, rng.randint(6, 9), rng.randint(700, 950), step, 5)
    shown = ", ".join(f"{t / 10:.1f}" for t in tenths)
    return item("Y_d_weigh_in", "data", f"I weigh myself every Monday. Last few weeks: {shown} "
                "kg. Which direction is it heading overall?",
                [[*UP, "gaining"] if step > 0 else [*DOWN, "losing"]])


def y_d_sales_trend(rng: random.Random) -> Item:  # CSV of monthly sales, direction
    step = rng.choice([-60, -40, 40, 60])
    n = rng.randint(6, 12)
    values = trending(rng, n, rng.randint(900, 1600), step, 80)
    return item("Y_d_sales_trend", "data", "monthly sales for the shop are in the csv — what's "
                "the overall trend?", [UP if step > 0 else DOWN],
                csv=csv("month,sales", list(zip(MONTHS[:n], values, strict=True))))


def y_d_line_trend(rng: random.Random) -> Item:  # a chart plus the direction it shows
    step = rng.choice([-30, -20, 20, 30])
    n = rng.randint(7, 10)
    values = trending(rng, n, rng.randint(300, 600), step, 35)
    rows = [(2015 + i, v) for i, v in enumerate(values)]
    return item("Y_d_line_trend", "data", "Can you draw a line chart of our membership numbers "
                "by year and tell me which way they've been moving?",
                [[*UP, "growing"] if step > 0 else [*DOWN, "shrinking"]],
                csv=csv("year,members", rows))


def y_d_study_corr(rng: random.Random) -> Item:  # CSV, correlation of two columns
    hours = [rng.randint(0, 12) for _ in range(rng.randint(6, 10))]
    scores = [min(100, 45 + 4 * h + rng.randint(-12, 12)) for h in hours]
    if len(set(hours)) < 2 or len(set(scores)) < 2 or near_tie(
            r := statistics.correlation(hours, scores)):
        return y_d_study_corr(rng)
    return item("Y_d_study_corr", "data", "What's the correlation between hours studied and "
                "exam score in this data?", [minus(both(r))],
                csv=csv("hours_studied,score", list(zip(hours, scores, strict=True))))


def y_d_two_lists_corr(rng: random.Random) -> Item:  # two lists in the message, Pearson r
    n = rng.randint(5, 8)
    xs = [rng.randint(1, 30) for _ in range(n)]
    sign = rng.choice([-1, 1])
    ys = [50 + sign * 2 * x + rng.randint(-15, 15) for x in xs]
    if len(set(xs)) < 2 or len(set(ys)) < 2 or near_tie(r := statistics.correlation(xs, ys)):
        return y_d_two_lists_corr(rng)
    return item("Y_d_two_lists_corr", "data", f"x = {listed(xs)}\ny = {listed(ys)}\npearson "
                "correlation coefficient?", [minus(both(r))])


def y_d_age_bp(rng: random.Random) -> Item:  # pairs in the message, correlation
    n = rng.randint(5, 8)
    ages = rng.sample(range(20, 80), n)
    bp = [100 + a // 2 + rng.randint(-10, 10) for a in ages]
    r = statistics.correlation(ages, bp)
    if near_tie(r) or len(set(bp)) < 2:
        return y_d_age_bp(rng)
    pairs = ", ".join(f"({a}, {b})" for a, b in zip(ages, bp, strict=True))
    return item("Y_d_age_bp", "data", f"Age vs systolic blood pressure for a few patients: "
                f"{pairs}. How strongly are they correlated? Give me r.", [minus(both(r))])


# --- several figures, totals, charts -----------------------------------------------------

def y_d_mean_and_median(rng: random.Random) -> Item:  # CSV, two labelled statistics
    rows = [(f"2026-04-{i + 1:02d}", rng.randint(40, 400)) for i in range(rng.randint(6, 10))]
    values = [v for _, v in rows]
    m, med = mean(values), F(statistics.median(values))
    if half_cent(m):
        return y_d_mean_and_median(rng)
    return item("Y_d_mean_and_median", "data", "Daily takings attached. Give me the mean and "
                "the median please.", [tagged(["mean", "average"], dec(m)),
                                        tagged(["median"], dec(med))],
                csv=csv("date,takings", rows))


def y_d_summary(rng: random.Random) -> Item:  # CSV, mean, min and max
    rows = [(f"S{i + 1}", rng.randint(5, 95)) for i in range(rng.randint(6, 9))]
    values = [v for _, v in rows]
    m = mean(values)
    if half_cent(m):
        return y_d_summary(rng)
    return item("Y_d_summary", "data", "quick summary of the moisture column: mean, min "
                "and max?", [tagged(["mean", "average"], dec(m)),
                 labelled(["min", "minimum", "lowest"], str(min(values))),
                 labelled(["max", "maximum", "highest"], str(max(values)))],
                csv=csv("sensor,moisture", rows))


def y_d_steps_chart(rng: random.Random) -> Item:  # chart and the daily average
    values = [rng.randint(2000, 16000) for _ in DAYS]
    if half_cent(mean(values)):
        return y_d_steps_chart(rng)
    return item("Y_d_steps_chart", "data", "chart my steps for the week pls, and what did I "
                "average per day?", [dec(mean(values))], csv=csv("day,steps",
                list(zip(DAYS, values, strict=True))))


def y_d_expense_bars(rng: random.Random) -> Item:  # bar chart of inline amounts, total
    cats = rng.sample(["rent", "food", "transport", "phone", "gym", "fun", "bills"], 5)
    amounts = [rng.randint(20, 1400) for _ in cats]
    shown = ", ".join(f"{c} {a}" for c, a in zip(cats, amounts, strict=True))
    return item("Y_d_expense_bars", "data", f"Make me a bar chart of my monthly spending: "
                f"{shown}. And what's the total?", [[str(sum(amounts))]])


def y_d_spend_total(rng: random.Random) -> Item:  # CSV of purchases, sum in money
    things = rng.sample(["groceries", "petrol", "books", "lunch", "taxi", "cinema", "pharmacy",
                         "gift"], rng.randint(4, 7))
    rows = [(t, f"{rng.randint(150, 9999) / 100:.2f}") for t in things]
    total = sum((F(p) for _, p in rows), F(0))
    return item("Y_d_spend_total", "data", "How much did I spend altogether? (bank export "
                "attached)", [dec(total)], csv=csv("description,amount", rows))


def y_d_subscriber_growth(rng: random.Random) -> Item:  # CSV, last minus first
    n = rng.randint(5, 9)
    values = trending(rng, n, rng.randint(200, 900), rng.randint(20, 90), 30)
    if values[-1] <= values[0]:
        return y_d_subscriber_growth(rng)
    rows = list(zip(MONTHS[:n], values, strict=True))
    return item("Y_d_subscriber_growth", "data", "By how many subscribers did the newsletter "
                "grow from the first month to the last one?", [[str(values[-1] - values[0])]],
                csv=csv("month,subscribers", rows))


def y_d_grades_hist(rng: random.Random) -> Item:  # histogram plus median
    marks = [rng.randint(35, 98) for _ in range(rng.choice([8, 10, 12]))]
    med = F(statistics.median(marks))
    return item("Y_d_grades_hist", "data", f"plot a histogram of these marks and tell me the "
                f"median: {listed(marks, ' ')}", [dec(med)])


FAMILIES: list[tuple[Family, int]] = [(fresh(make), 6) for make in (
    y_d_test_scores, y_d_coffee_count, y_d_decimal_mean, y_d_glucose, y_d_weight_column,
    y_d_rent_median, y_d_median_terse, y_d_sleep_median, y_d_mode, y_d_temp_range,
    y_d_price_spread, y_d_lap_sd, y_d_pop_sd, y_d_sd_csv, y_d_variance, y_d_count_over,
    y_d_wettest_month, y_d_fewest_points, y_d_top_store, y_d_quiet_day, y_d_fewest_hours,
    y_d_max_min, y_d_weigh_in, y_d_sales_trend, y_d_line_trend, y_d_study_corr,
    y_d_two_lists_corr, y_d_age_bp, y_d_mean_and_median, y_d_summary, y_d_steps_chart,
    y_d_expense_bars, y_d_spend_total, y_d_subscriber_growth, y_d_grades_hist)]
