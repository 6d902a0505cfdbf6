"""Round 15 (``J_d_*``, dev now), data part two: an attached CSV file — small business,
household, school, fitness and clinic tables; statistics of a column, the row that stands
out, shares, changes and correlations between two columns."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

from bench.data.agents.heldout15_data import (
    DAYS,
    PEOPLE,
    Tie,
    corr,
    d,
    growth,
    lab,
    mean,
    median,
    num,
    pct,
    retry,
    sd,
    show,
    slope,
)
from bench.data.agents.helpers import Family, Item, fresh

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SPEND = ["Rent", "Groceries", "Transport", "Utilities", "Eating out", "Subscriptions",
         "Clothes", "Gym"]
PRODUCTS = ["Lemon tart", "Sourdough", "Croissant", "Brownie", "Scone", "Baguette",
            "Focaccia", "Muffin"]
STORES = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Exeter", "York"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]


def table(header: list[str], rows: list[list[object]]) -> str:
    cells = [[show(c) if isinstance(c, Fraction | int) else str(c) for c in row] for row in rows]
    return "\n".join(",".join(row) for row in [header, *cells]) + "\n"


def months(rng: random.Random, n: tuple[int, int]) -> list[str]:
    k = rng.randint(*n)
    start = rng.randint(0, 12 - k)
    return MONTHS[start:start + k]


def top(labels: list[str], values: list, lowest: bool = False) -> str:
    best = min(values) if lowest else max(values)
    if values.count(best) > 1:
        raise Tie
    return labels[values.index(best)]


def count(n: int) -> list[str]:
    return [str(n), WORDS[n]] if n < len(WORDS) else [str(n)]


def monthly(rng: random.Random, low: int, high: int, col: str) -> tuple[list[str], list[int],
                                                                         str]:
    labels = months(rng, (5, 12))
    values = [rng.randint(low, high) for _ in labels]
    return labels, values, table(["month", col], [[m, v] for m, v in zip(labels, values,
                                                                          strict=True)])


# --- which row stands out ---------------------------------------------------------------

def j_d_best_month(rng: random.Random) -> Item:  # bakery revenue, best month
    labels, values, csv = monthly(rng, 3000, 9000, "revenue")
    return d("J_d_best_month", "Here's our bakery's revenue by month. Which month did best?",
             [[top(labels, values)]], csv=csv)


def j_d_worst_month(rng: random.Random) -> Item:  # slowest month, casual
    labels, values, csv = monthly(rng, 200, 900, "orders")
    return d("J_d_worst_month", "which was our slowest month for orders? csv attached",
             [[top(labels, values, lowest=True)]], csv=csv)


def j_d_top_seller(rng: random.Random) -> Item:  # product with most units
    names = rng.sample(PRODUCTS, rng.randint(4, 7))
    units = [rng.randint(20, 300) for _ in names]
    return d("J_d_top_seller", "Attached is last week's sales export. What sold the most units?",
             [[top(names, units)]], csv=table(["product", "units_sold"], [
                 [n, u] for n, u in zip(names, units, strict=True)]))


def j_d_top_revenue(rng: random.Random) -> Item:  # product with the highest units × price
    names = rng.sample(PRODUCTS, rng.randint(4, 6))
    units = [rng.randint(10, 200) for _ in names]
    prices = [Fraction(rng.randint(150, 600), 100) for _ in names]
    revenue = [u * p for u, p in zip(units, prices, strict=True)]
    return d("J_d_top_revenue", "From this file, which product brought in the most money "
             "(units times price)?", [[top(names, revenue)]], csv=table(
                 ["product", "units", "price"], [[n, u, f"{float(p):.2f}"] for n, u, p in zip(
                     names, units, prices, strict=True)]))


def j_d_biggest_expense(rng: random.Random) -> Item:  # household budget, biggest category
    cats = rng.sample(SPEND, rng.randint(5, 8))
    amounts = [rng.randint(20, 1400) for _ in cats]
    return d("J_d_biggest_expense", "my spending for October is in the csv. where is most of "
             "my money going?", [[top(cats, amounts)]], csv=table(["category", "amount"], [
                 [c, a] for c, a in zip(cats, amounts, strict=True)]))


def j_d_top_student(rng: random.Random) -> Item:  # teacher, highest scorer
    names = rng.sample(PEOPLE, rng.randint(6, 10))
    scores = [rng.randint(35, 100) for _ in names]
    return d("J_d_top_student", "Who got the top mark in the attached results?",
             [[top(names, scores)]], csv=table(["student", "mark"], [
                 [n, s] for n, s in zip(names, scores, strict=True)]))


def j_d_lowest_day(rng: random.Random) -> Item:  # least active weekday
    steps = [rng.randint(2000, 16000) for _ in DAYS]
    return d("J_d_lowest_day", "On which day was I least active according to this step "
             "export?", [[top(DAYS, steps, lowest=True)]], csv=table(["day", "steps"], [
                 [a, s] for a, s in zip(DAYS, steps, strict=True)]))


def j_d_best_store(rng: random.Random) -> Item:  # branch with the highest footfall
    names = rng.sample(STORES, rng.randint(4, 7))
    visits = [rng.randint(800, 5000) for _ in names]
    return d("J_d_best_store", "Which branch had the most visitors? Data attached.",
             [[top(names, visits)]], csv=table(["branch", "visitors"], [
                 [n, v] for n, v in zip(names, visits, strict=True)]))


def j_d_peak_value(rng: random.Random) -> Item:  # the maximum value itself
    labels, values, csv = monthly(rng, 50, 400, "kwh")
    top(labels, values)
    return d("J_d_peak_value", "What was the highest monthly electricity use in this file, in "
             "kWh?", [[str(max(values)), f"{max(values)} kWh"]], csv=csv)


def j_d_min_value(rng: random.Random) -> Item:  # the minimum of a column, terse
    _labels, values, csv = monthly(rng, 5, 90, "rain_mm")
    return d("J_d_min_value", "min rainfall in the attached?", [[str(min(values)),
                                                                 f"{min(values)} mm"]], csv=csv)


def j_d_big_jump(rng: random.Random) -> Item:  # month with the largest rise from the previous
    labels, values, csv = monthly(rng, 100, 600, "signups")
    rises = [b - a for a, b in itertools.pairwise(values)]
    return d("J_d_big_jump", "Which month saw the biggest increase in sign-ups compared with "
             "the month before?", [[top(labels[1:], rises)]], csv=csv)


def j_d_big_drop(rng: random.Random) -> Item:  # month with the steepest fall
    labels, values, csv = monthly(rng, 100, 600, "customers")
    falls = [a - b for a, b in itertools.pairwise(values)]
    if max(falls) <= 0:
        raise Tie
    return d("J_d_big_drop", "In which month did customer numbers fall the most from the "
             "previous month?", [[top(labels[1:], falls)]], csv=csv)


# --- statistics of a column -------------------------------------------------------------

def j_d_csv_mean(rng: random.Random) -> Item:  # average monthly revenue
    _, values, csv = monthly(rng, 1000, 9000, "revenue")
    return d("J_d_csv_mean", "What's the average monthly revenue in the spreadsheet I "
             "attached?", [num(mean(values))], csv=csv)


def j_d_csv_median(rng: random.Random) -> Item:  # median mark
    names = rng.sample(PEOPLE, rng.randint(5, 10))
    marks = [rng.randint(30, 100) for _ in names]
    return d("J_d_csv_median", "median score for this class please (file attached)",
             [num(median(marks))], csv=table(["student", "score"], [
                 [n, s] for n, s in zip(names, marks, strict=True)]))


def j_d_csv_mode(rng: random.Random) -> Item:  # most common shoe size sold
    sizes = rng.sample(range(36, 47), rng.randint(4, 6))
    common = rng.choice(sizes)
    rows = [*sizes, common, common]
    rng.shuffle(rows)
    return d("J_d_csv_mode", "These are the shoe sizes we sold today. Which size is the most "
             "common?", [[str(common)]], csv=table(["order", "size"], [
                 [i + 1, s] for i, s in enumerate(rows)]))


def j_d_csv_sum(rng: random.Random) -> Item:  # annual total
    _, values, csv = monthly(rng, 500, 4000, "expenses")
    return d("J_d_csv_sum", "Can you total up the expenses column for me?",
             [num(sum(values))], csv=csv)


def j_d_csv_rows(rng: random.Random) -> Item:  # how many rows (patients seen)
    n = rng.randint(7, 19)
    rows = [[i + 1, rng.choice(["GP", "Nurse", "Physio"]), rng.randint(5, 40)] for i in range(n)]
    return d("J_d_csv_rows", "How many appointments are listed in this export?", [count(n)],
             csv=table(["id", "clinician", "minutes"], rows))


def j_d_csv_sd(rng: random.Random) -> Item:  # sample SD of a column
    _, values, csv = monthly(rng, 20, 80, "hours")
    return d("J_d_csv_sd", "What's the sample standard deviation of the hours column?",
             [num(sd(values, True))], csv=csv)


def j_d_csv_range(rng: random.Random) -> Item:  # range of temperatures
    temps = [rng.randint(-8, 32) for _ in DAYS]
    spread = max(temps) - min(temps)
    return d("J_d_csv_range", "How much did the daily high vary over the week, from lowest "
             "to highest (the range)?", [[str(spread), f"{spread} °C", f"{spread}°C"]],
             csv=table(["day", "high_c"], [[a, t] for a, t in zip(DAYS, temps, strict=True)]))


def j_d_csv_mean_median(rng: random.Random) -> Item:  # two labelled statistics
    names = rng.sample(PEOPLE, rng.randint(6, 9))
    pay = [rng.randint(18, 70) * 1000 for _ in names]
    return d("J_d_csv_mean_median", "From the salaries file: what are the mean and the median "
             "salary?", [lab(["mean", "Mean", "average", "Average"], mean(pay)),
                         lab(["median", "Median"], median(pay))],
             csv=table(["employee", "salary"], [[n, p] for n, p in zip(names, pay, strict=True)]))


def j_d_csv_above_avg(rng: random.Random) -> Item:  # count of rows above the mean
    _, values, csv = monthly(rng, 100, 900, "bookings")
    m = mean(values)
    n = sum(v > m for v in values)
    return d("J_d_csv_above_avg", "How many months were above the average for bookings?",
             [count(n)], csv=csv)


def j_d_csv_share(rng: random.Random) -> Item:  # one category's share of the total
    cats = rng.sample(SPEND, rng.randint(4, 7))
    amounts = [rng.randint(30, 1200) for _ in cats]
    cat = rng.choice(cats)
    share = Fraction(amounts[cats.index(cat)] * 100, sum(amounts))
    return d("J_d_csv_share", f"what percentage of my total spending is {cat.lower()}?",
             [pct(share)], csv=table(["category", "spent"], [
                 [c, a] for c, a in zip(cats, amounts, strict=True)]))


def j_d_csv_weighted(rng: random.Random) -> Item:  # average price weighted by units
    names = rng.sample(PRODUCTS, rng.randint(3, 6))
    units = [rng.randint(5, 80) for _ in names]
    prices = [Fraction(rng.randint(100, 500), 100) for _ in names]
    avg = sum((u * p for u, p in zip(units, prices, strict=True)), Fraction(0)) / sum(units)
    return d("J_d_csv_weighted", "What's the average selling price per unit across all "
             "products, weighted by units sold?", [num(avg)], csv=table(
                 ["product", "units", "price"], [[n, u, f"{float(p):.2f}"] for n, u, p in zip(
                     names, units, prices, strict=True)]))


def j_d_csv_group_mean(rng: random.Random) -> Item:  # mean of one group in a long table
    rows, picked = [], []
    for i in range(rng.randint(9, 14)):
        who, minutes = rng.choice(["GP", "Nurse", "Physio"]), rng.randint(5, 45)
        rows.append([i + 1, who, minutes])
        if who == "Nurse":
            picked.append(minutes)
    if len(picked) < 2:
        raise Tie
    return d("J_d_csv_group_mean", "Average appointment length for the nurse only?",
             [num(mean(picked))], csv=table(["id", "clinician", "minutes"], rows))


def j_d_csv_group_sum(rng: random.Random) -> Item:  # total for one category across rows
    rows, total = [], 0
    for day in range(1, rng.randint(8, 14)):
        cat = rng.choice(["food", "fuel", "fun"])
        amount = rng.randint(5, 90)
        rows.append([f"2026-05-{day:02d}", cat, amount])
        total += amount if cat == "fuel" else 0
    if total == 0:
        raise Tie
    return d("J_d_csv_group_sum", "how much did i spend on fuel in total in this csv?",
             [num(total)], csv=table(["date", "category", "amount"], rows))


# --- change and relationship ------------------------------------------------------------

def j_d_csv_growth(rng: random.Random) -> Item:  # first to last month growth
    _, values, csv = monthly(rng, 200, 2000, "subscribers")
    return d("J_d_csv_growth", "By what percent did subscribers grow from the first month in "
             "the file to the last?", [pct(growth(values[0], values[-1]))], csv=csv)


def j_d_csv_slope(rng: random.Random) -> Item:  # weight trend per week
    n = rng.randint(6, 12)
    w = [Fraction(rng.randint(700, 950), 10) for _ in range(n)]
    return d("J_d_csv_slope", "Here's my weight log. Fit a linear trend — by how many kg per "
             "week is it changing?", [num(slope(list(range(1, n + 1)), w))], csv=table(
                 ["week", "kg"], [[i + 1, x] for i, x in enumerate(w)]))


def j_d_csv_corr(rng: random.Random) -> Item:  # ad spend vs revenue
    n = rng.randint(6, 10)
    spend = [rng.randint(100, 1000) for _ in range(n)]
    revenue = [s * 4 + rng.randint(-900, 900) for s in spend]
    return d("J_d_csv_corr", "Is our ad spend related to revenue? Give me the correlation "
             "coefficient for the two columns.", [num(corr(spend, revenue))], csv=table(
                 ["week", "ad_spend", "revenue"], [[i + 1, s, r] for i, (s, r) in enumerate(
                     zip(spend, revenue, strict=True))]))


def j_d_csv_corr_sleep(rng: random.Random) -> Item:  # sleep vs mood score
    n = rng.randint(7, 12)
    sleep = [Fraction(rng.randint(40, 90), 10) for _ in range(n)]
    mood = [max(1, min(10, round(float(s)) + rng.randint(-2, 2))) for s in sleep]
    return d("J_d_csv_corr_sleep", "i've been logging sleep and mood. what's the pearson "
             "correlation between them?", [num(corr(sleep, mood))], csv=table(
                 ["night", "sleep_h", "mood"], [[i + 1, s, m] for i, (s, m) in enumerate(
                     zip(sleep, mood, strict=True))]))


def j_d_csv_total_change(rng: random.Random) -> Item:  # absolute change first to last
    labels, values, csv = monthly(rng, 1000, 5000, "balance")
    if values[0] == values[-1]:
        raise Tie
    return d("J_d_csv_total_change", f"How much did my savings balance change between "
             f"{labels[0]} and {labels[-1]}?", [num(values[-1] - values[0])], csv=csv)


def j_d_csv_chart_peak(rng: random.Random) -> Item:  # chart plus the peak month
    labels, values, csv = monthly(rng, 10, 200, "visitors")
    return d("J_d_csv_chart_peak", "Make me a bar chart of this and tell me which month "
             "peaked.", [[top(labels, values)]], csv=csv)


def j_d_csv_chart_mean(rng: random.Random) -> Item:  # line chart plus the mean
    _, values, csv = monthly(rng, 40, 95, "occupancy_pct")
    return d("J_d_csv_chart_mean", "Plot occupancy over time, and what was the average "
             "occupancy?", [num(mean(values)) + pct(mean(values))], csv=csv)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    j_d_best_month, j_d_worst_month, j_d_top_seller, j_d_top_revenue, j_d_biggest_expense,
    j_d_top_student, j_d_lowest_day, j_d_best_store, j_d_peak_value, j_d_min_value,
    j_d_big_jump, j_d_big_drop, j_d_csv_mean, j_d_csv_median, j_d_csv_mode, j_d_csv_sum,
    j_d_csv_rows, j_d_csv_sd, j_d_csv_range, j_d_csv_mean_median, j_d_csv_above_avg,
    j_d_csv_share, j_d_csv_weighted, j_d_csv_group_mean, j_d_csv_group_sum, j_d_csv_growth,
    j_d_csv_slope, j_d_csv_corr, j_d_csv_corr_sleep, j_d_csv_total_change,
    j_d_csv_chart_peak, j_d_csv_chart_mean)]
