"""Round 11 (``Q_d_*``, dev now), part two: questions about an attached CSV file (months,
products, people, categories) and a few more about numbers pasted into a message."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from fractions import Fraction

from bench.data.agents.heldout11_data import Tie, ints, listed, mean, median, num, retry
from bench.data.agents.helpers import Family, Item, fresh, item

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PRODUCTS = ["Lamp", "Kettle", "Toaster", "Blender", "Fan", "Heater", "Mixer", "Iron"]
PEOPLE = ["Ana", "Ben", "Chloe", "Dev", "Erin", "Femi"]
CATEGORIES = ["groceries", "transport", "eating out", "utilities", "clothes"]
CITIES = ["Lisbon", "Oslo", "Madrid", "Dublin", "Vienna", "Prague", "Athens"]


def table(header: str, rows: Sequence[tuple[object, ...]]) -> str:
    return header + "\n" + "".join(",".join(str(v) for v in row) + "\n" for row in rows)


def distinct(rng: random.Random, low: int, high: int, n: int) -> list[int]:
    return rng.sample(range(low, high + 1), n)


def monthly(rng: random.Random, low: int, high: int) -> tuple[list[str], list[int]]:
    n = rng.randint(6, 12)
    return MONTHS[:n], distinct(rng, low, high, n)


def pct(value: Fraction | float) -> list[str]:
    forms = num(value)
    return [f + "%" for f in forms] + [f + " %" for f in forms]


# --- a monthly series -------------------------------------------------------------------

def q_d_csv_best_month(rng: random.Random) -> Item:  # month with the highest sales
    months, xs = monthly(rng, 1000, 9000)
    best = months[xs.index(max(xs))]
    return item("Q_d_csv_best_month", "data", "Here's our sales export. Which month did we sell "
                "the most?", [[best]], csv=table("month,sales", list(zip(months, xs, strict=True))))


def q_d_csv_worst_month(rng: random.Random) -> Item:  # month with the fewest visitors, terse
    months, xs = monthly(rng, 200, 4000)
    worst = months[xs.index(min(xs))]
    return item("Q_d_csv_worst_month", "data", "worst month for visitors?", [[worst]],
                csv=table("month,visitors", list(zip(months, xs, strict=True))))


def q_d_csv_year_total(rng: random.Random) -> Item:  # sum of a column
    months, xs = monthly(rng, 150, 1200)
    return item("Q_d_csv_year_total", "data", "can you total up the donations column in this "
                "file?", [[str(sum(xs)), f"{sum(xs):,}"]],
                csv=table("month,donations", list(zip(months, xs, strict=True))))


def q_d_csv_monthly_avg(rng: random.Random) -> Item:  # mean of a column
    months, xs = monthly(rng, 80, 400)
    return item("Q_d_csv_monthly_avg", "data", "What's my average monthly spend on groceries, "
                "based on the attached?", [num(mean(xs))],
                csv=table("month,groceries", list(zip(months, xs, strict=True))))


def q_d_csv_first_last(rng: random.Random) -> Item:  # percentage change first to last month
    months, xs = monthly(rng, 300, 1500)
    return item("Q_d_csv_first_last", "data", "How much did our followers grow (in percent) "
                "from the first month in the file to the last one?",
                [pct(Fraction(xs[-1] - xs[0], xs[0]) * 100)],
                csv=table("month,followers", list(zip(months, xs, strict=True))))


def q_d_csv_biggest_jump(rng: random.Random) -> Item:  # month with the largest rise
    months, xs = monthly(rng, 100, 900)
    jumps = [xs[i] - xs[i - 1] for i in range(1, len(xs))]
    if max(jumps) <= 0 or jumps.count(max(jumps)) > 1:
        raise Tie
    return item("Q_d_csv_biggest_jump", "data", "In which month did signups jump the most "
                "compared with the month before?", [[months[jumps.index(max(jumps)) + 1]]],
                csv=table("month,signups", list(zip(months, xs, strict=True))))


def q_d_csv_chart_avg(rng: random.Random) -> Item:  # a chart plus the average
    months, xs = monthly(rng, 20, 95)
    return item("Q_d_csv_chart_avg", "data", "make me a line chart of this and tell me the "
                "average rainfall", [num(mean(xs))],
                csv=table("month,rainfall_mm", list(zip(months, xs, strict=True))))


def q_d_csv_above_avg(rng: random.Random) -> Item:  # how many months beat the average
    months, xs = monthly(rng, 100, 500)
    n = sum(1 for v in xs if v > mean(xs))
    return item("Q_d_csv_above_avg", "data", "How many months were above the average in this "
                "spreadsheet?", [[str(n)]],
                csv=table("month,orders", list(zip(months, xs, strict=True))))


def q_d_csv_trend_year(rng: random.Random) -> Item:  # slope of a yearly series
    years = list(range(2015, 2015 + rng.randint(6, 10)))
    xs = [rng.randint(50, 70) + 4 * i + rng.randint(-3, 3) for i in range(len(years))]
    slope = statistics.linear_regression(years, xs).slope
    return item("Q_d_csv_trend_year", "data", "Fit a linear trend to the yearly figures in the "
                "attached file — what's the slope per year?", [num(slope)],
                csv=table("year,members", list(zip(years, xs, strict=True))))


# --- products, people, places -----------------------------------------------------------

def q_d_csv_top_product(rng: random.Random) -> Item:  # best-selling product
    names = rng.sample(PRODUCTS, rng.randint(4, 7))
    xs = distinct(rng, 5, 300, len(names))
    return item("Q_d_csv_top_product", "data", "which product sold best last quarter? units are "
                "in the csv", [[names[xs.index(max(xs))]]],
                csv=table("product,units", list(zip(names, xs, strict=True))))


def q_d_csv_median_price(rng: random.Random) -> Item:  # median of a price column
    names = rng.sample(PRODUCTS, 6)
    xs = [Fraction(rng.randint(999, 9999), 100) for _ in names]
    mid = sorted(xs)[2:4]
    return item("Q_d_csv_median_price", "data", "What's the median price in this price list?",
                [num((mid[0] + mid[1]) / 2)],
                csv=table("product,price", [(n, f"{float(v):.2f}") for n, v in zip(names, xs,
                                                                                   strict=True)]))


def q_d_csv_hottest(rng: random.Random) -> Item:  # city with the highest temperature
    cities = rng.sample(CITIES, rng.randint(4, 7))
    xs = distinct(rng, 8, 38, len(cities))
    return item("Q_d_csv_hottest", "data", "Which of these cities was hottest yesterday?",
                [[cities[xs.index(max(xs))]]],
                csv=table("city,max_temp_c", list(zip(cities, xs, strict=True))))


def q_d_csv_who_spent(rng: random.Random) -> Item:  # grouped totals, who paid the most
    people = rng.sample(PEOPLE, 3)
    rows = [(rng.choice(people), rng.randint(5, 80)) for _ in range(rng.randint(7, 11))]
    totals = {p: sum(a for q, a in rows if q == p) for p in people}
    best = sorted(totals.values())
    if best[-1] == best[-2]:
        raise Tie
    top = max(totals, key=lambda p: totals[p])
    return item("Q_d_csv_who_spent", "data", "This is the shared expenses log from our trip. "
                "Who paid the most in total, and how much was it?",
                [[top], [str(totals[top])]], csv=table("person,amount", rows))


def q_d_csv_category(rng: random.Random) -> Item:  # the category with the biggest total
    rows = [(rng.choice(CATEGORIES), rng.randint(3, 120)) for _ in range(rng.randint(8, 14))]
    totals = {c: sum(a for d, a in rows if d == c) for c in {c for c, _ in rows}}
    ranked = sorted(totals.values())
    if len(ranked) > 1 and ranked[-1] == ranked[-2]:
        raise Tie
    return item("Q_d_csv_category", "data", "where's most of my money going? (bank export "
                "attached, by category)", [[max(totals, key=lambda c: totals[c])]],
                csv=table("category,amount", rows))


def q_d_csv_row_count(rng: random.Random) -> Item:  # how many data rows
    n = rng.randint(9, 24)
    rows = [(f"2026-05-{d:02d}", rng.randint(1, 40)) for d in range(1, n + 1)]
    return item("Q_d_csv_row_count", "data", "how many entries are in this log (not counting "
                "the header)?", [[str(n)]], csv=table("date,cups", rows))


def q_d_csv_sd_column(rng: random.Random) -> Item:  # sample sd of a column
    xs = ints(rng, 140, 190, (6, 10))
    return item("Q_d_csv_sd_column", "data", "Standard deviation (sample) of the heights in the "
                "attached file?", [num(statistics.stdev(xs))],
                csv=table("child,height_cm", [(i, v) for i, v in enumerate(xs, 1)]))


def q_d_csv_corr_ads(rng: random.Random) -> Item:  # correlation of two columns
    spend = distinct(rng, 100, 900, rng.randint(6, 10))
    revenue = [3 * s + rng.randint(-400, 400) + 1000 for s in spend]
    return item("Q_d_csv_corr_ads", "data", "How strongly does ad spend correlate with revenue "
                "here? Just the correlation coefficient.",
                [num(statistics.correlation(spend, revenue))],
                csv=table("week,ad_spend,revenue", [(i, s, r) for i, (s, r) in enumerate(
                    zip(spend, revenue, strict=True), 1)]))


def q_d_csv_sleep(rng: random.Random) -> Item:  # average sleep and the shortest night
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    xs = [Fraction(v, 10) for v in distinct(rng, 45, 95, 7)]
    low = days[xs.index(min(xs))]
    return item("Q_d_csv_sleep", "data", "my sleep tracker export — what's my average per night "
                "and which night did I sleep least?", [num(sum(xs, Fraction(0)) / 7), [low]],
                csv=table("day,hours", [(d, f"{float(v):.1f}") for d, v in zip(days, xs,
                                                                              strict=True)]))


# --- more numbers in the message --------------------------------------------------------

def q_d_bar_chart_total(rng: random.Random) -> Item:  # a bar chart plus the total
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    xs = ints(rng, 0, 30, (5, 5))
    pairs = ", ".join(f"{d} {v}" for d, v in zip(days, xs, strict=True))
    return item("Q_d_bar_chart_total", "data", f"pushups this week: {pairs}. draw a bar chart "
                "and tell me how many I did altogether", [[str(sum(xs))]])


def q_d_trimmed(rng: random.Random) -> Item:  # average without the highest and lowest
    xs = [Fraction(rng.randint(50, 100), 10) for _ in range(rng.randint(5, 7))]
    kept = sorted(xs)[1:-1]
    return item("Q_d_trimmed", "data", "Judges' scores: " + ", ".join(f"{float(v):.1f}"
                for v in xs) + ". Drop the highest and the lowest and average the rest.",
                [num(sum(kept, Fraction(0)) / len(kept))])


def q_d_weighted(rng: random.Random) -> Item:  # weighted average of grades
    marks = ints(rng, 45, 98, (3, 3))
    weights = rng.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40)])
    value = Fraction(sum(m * w for m, w in zip(marks, weights, strict=True)), 100)
    return item("Q_d_weighted", "data", f"coursework {marks[0]} (worth {weights[0]}%), midterm "
                f"{marks[1]} ({weights[1]}%), final {marks[2]} ({weights[2]}%). what's my "
                "overall grade?", [num(value)])


def q_d_mean_prices(rng: random.Random) -> Item:  # decimals, one per line
    xs = [Fraction(rng.randint(210, 480), 100) for _ in range(rng.randint(5, 8))]
    lines = "\n".join(f"{float(v):.2f}" for v in xs)
    return item("Q_d_mean_prices", "data", f"Price of a flat white at the cafés near me:\n{lines}"
                "\nWhat's the average?", [num(sum(xs, Fraction(0)) / len(xs))])


def q_d_hours_total_avg(rng: random.Random) -> Item:  # sum and mean, two parts
    xs = [Fraction(rng.randint(10, 22), 2) for _ in range(5)]
    total = sum(xs, Fraction(0))
    return item("Q_d_hours_total_avg", "data", "Hours I worked Mon-Fri: " + ", ".join(
        f"{float(v):g}" for v in xs) + ". Total for the week and average per day?",
                [num(total), num(total / 5)])


def q_d_pct_over(rng: random.Random) -> Item:  # share of values over a limit
    xs = ints(rng, 20, 70, (8, 12))
    n = sum(1 for v in xs if v > 50)
    return item("Q_d_pct_over", "data", f"Speeds recorded on our street (mph): {listed(xs)}. "
                "What percentage of cars were going over 50?",
                [pct(Fraction(n * 100, len(xs)))])


def q_d_two_groups(rng: random.Random) -> Item:  # difference between two group means
    a, b = ints(rng, 60, 95, (5, 6)), ints(rng, 60, 95, (5, 6))
    diff = mean(a) - mean(b)
    return item("Q_d_two_groups", "data", f"Class A scored {listed(a)} and class B scored "
                f"{listed(b)}. How much higher (or lower) is class A's mean than class B's?",
                [num(abs(diff))])


def q_d_cagr(rng: random.Random) -> Item:  # compound annual growth rate
    start, years = rng.randint(100, 400), rng.randint(3, 6)
    end = start + rng.randint(20, 300)
    rate = ((end / start) ** (1 / years) - 1) * 100
    return item("Q_d_cagr", "data", f"Our revenue went from {start}k to {end}k over {years} "
                "years. What's the compound annual growth rate?", [pct(rate)])


def q_d_median_even(rng: random.Random) -> Item:  # median of an even count, chatty
    xs = ints(rng, 1, 40, (4, 5))
    xs += ints(rng, 1, 40, (len(xs), len(xs)))
    return item("Q_d_median_even", "data", f"ok so my kids' reading minutes: {listed(xs)}. "
                "median?", [num(median(xs))])


def q_d_csv_overtime(rng: random.Random) -> Item:  # person with the most overtime
    people = rng.sample(PEOPLE, rng.randint(4, 6))
    xs = distinct(rng, 0, 25, len(people))
    return item("Q_d_csv_overtime", "data", "Who on the team put in the most overtime this "
                "month? Timesheet attached.", [[people[xs.index(max(xs))]]],
                csv=table("name,overtime_hours", list(zip(people, xs, strict=True))))


def q_d_csv_best_worst_gap(rng: random.Random) -> Item:  # range of a monthly column
    months, xs = monthly(rng, 2000, 9000)
    return item("Q_d_csv_best_worst_gap", "data", "how big is the gap between our best and "
                "worst month in this file?", [[str(max(xs) - min(xs)), f"{max(xs) - min(xs):,}"]],
                csv=table("month,bookings", list(zip(months, xs, strict=True))))


def q_d_visits_change(rng: random.Random) -> Item:  # percentage change between two figures
    before, after = rng.sample(range(900, 4000), 2)
    return item("Q_d_visits_change", "data", f"The site had {before} visits last month and "
                f"{after} this month. What's the percentage change?",
                [pct(Fraction(after - before, before) * 100)])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    q_d_csv_best_month, q_d_csv_worst_month, q_d_csv_year_total, q_d_csv_monthly_avg,
    q_d_csv_first_last, q_d_csv_biggest_jump, q_d_csv_chart_avg, q_d_csv_above_avg,
    q_d_csv_trend_year, q_d_csv_top_product, q_d_csv_median_price, q_d_csv_hottest,
    q_d_csv_who_spent, q_d_csv_category, q_d_csv_row_count, q_d_csv_sd_column,
    q_d_csv_corr_ads, q_d_csv_sleep, q_d_bar_chart_total, q_d_trimmed, q_d_weighted,
    q_d_mean_prices, q_d_hours_total_avg, q_d_pct_over, q_d_two_groups, q_d_cagr,
    q_d_median_even, q_d_csv_overtime, q_d_csv_best_worst_gap, q_d_visits_change)]
