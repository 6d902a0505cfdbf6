"""Round 15 (``J_d_*``, dev now), data part four: more attached CSV files (clinic lists,
shop and market exports, budgets against actuals, ratings, quarters, years compared, groups)."""

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
from bench.data.agents.heldout15_data_2 import MONTHS, SPEND, count, months, table, top
from bench.data.agents.heldout15_data_3 import HOURS, money
from bench.data.agents.helpers import Family, Item, fresh

# --- attached files ---------------------------------------------------------------------

def j_d_busiest_hour(rng: random.Random) -> Item:  # café footfall by hour
    hours = HOURS[:rng.randint(7, len(HOURS))]
    people = [rng.randint(4, 60) for _ in hours]
    best = top(hours, people)
    return d("J_d_busiest_hour", "customer counts by hour from the till — when's our busiest "
             "hour?", [[best, best.replace("am", " am").replace("pm", " pm")]],
             csv=table(["hour", "customers"], [[h, p] for h, p in zip(hours, people,
                                                                        strict=True)]))


def j_d_wait_median(rng: random.Random) -> Item:  # clinic waiting times, median
    n = rng.randint(8, 15)
    rows = [[f"P{100 + i}", rng.randint(3, 75)] for i in range(n)]
    return d("J_d_wait_median", "What's the median waiting time in this morning's clinic "
             "list?", [num(median([r[1] for r in rows]))], csv=table(["patient", "wait_min"],
                                                                     rows))


def j_d_child_growth(rng: random.Random) -> Item:  # height by age, cm per year
    ages = list(range(rng.randint(2, 5), rng.randint(8, 12)))
    cms = [80 + 6 * a + rng.randint(-3, 3) for a in ages]
    return d("J_d_child_growth", "Our son's height at each birthday is in the file. Roughly "
             "how many cm a year has he grown (linear trend)?", [num(slope(ages, cms))],
             csv=table(["age", "height_cm"], [[a, c] for a, c in zip(ages, cms, strict=True)]))


def j_d_frost_days(rng: random.Random) -> Item:  # days below zero
    n = rng.randint(10, 20)
    rows = [[f"2026-01-{i + 1:02d}", rng.randint(-9, 8)] for i in range(n)]
    k = sum(r[1] < 0 for r in rows)
    return d("J_d_frost_days", "How many days in this log had a minimum below freezing?",
             [count(k)], csv=table(["date", "min_c"], rows))


def j_d_goal_share(rng: random.Random) -> Item:  # percent of days over 10k steps
    n = rng.randint(10, 20)
    rows = [[f"2026-04-{i + 1:02d}", rng.randint(3000, 16000)] for i in range(n)]
    k = sum(r[1] >= 10000 for r in rows)
    if k == 0:
        raise Tie
    return d("J_d_goal_share", "What share of days did I reach 10,000 steps or more? Give a "
             "percentage.", [pct(Fraction(k * 100, n))], csv=table(["date", "steps"], rows))


def j_d_best_margin(rng: random.Random) -> Item:  # product with the highest profit per unit
    names = rng.sample(["Tote bag", "Mug", "Poster", "Candle", "Notebook", "Keyring"], 5)
    cost = [Fraction(rng.randint(100, 900), 100) for _ in names]
    price = [c + Fraction(rng.randint(50, 1200), 100) for c in cost]
    gain = [p - c for p, c in zip(price, cost, strict=True)]
    return d("J_d_best_margin", "My Etsy products, with cost and sale price. Which one makes "
             "me the most profit per item?", [[top(names, gain)]], csv=table(
                 ["item", "cost", "price"], [[n, money(c), money(p)] for n, c, p in zip(
                     names, cost, price, strict=True)]))


def j_d_total_takings(rng: random.Random) -> Item:  # sum of units × price
    names = rng.sample(["Tote bag", "Mug", "Poster", "Candle", "Notebook", "Keyring"], 4)
    units = [rng.randint(1, 40) for _ in names]
    price = [Fraction(rng.randint(300, 2500), 100) for _ in names]
    total = sum((u * p for u, p in zip(units, price, strict=True)), Fraction(0))
    return d("J_d_total_takings", "How much did the market stall take in total? Quantities "
             "and prices attached.", [num(total)], csv=table(["item", "qty", "price"], [
                 [n, u, money(p)] for n, u, p in zip(names, units, price, strict=True)]))


def j_d_avg_rating(rng: random.Random) -> Item:  # star ratings, mean
    n = rng.randint(8, 20)
    rows = [[f"R{i + 1}", rng.randint(1, 5)] for i in range(n)]
    return d("J_d_avg_rating", "Average star rating from these reviews?",
             [num(mean([r[1] for r in rows]))], csv=table(["review", "stars"], rows))


def j_d_rating_mode(rng: random.Random) -> Item:  # most frequent rating
    n = rng.randint(9, 18)
    stars = [rng.randint(1, 5) for _ in range(n)]
    tally = [stars.count(s) for s in range(1, 6)]
    best = top([str(s) for s in range(1, 6)], tally)
    return d("J_d_rating_mode", "what rating comes up most often in the attached reviews?",
             [[best, f"{best} stars", f"{best} star"]], csv=table(
                 ["review", "stars"], [[f"R{i + 1}", s] for i, s in enumerate(stars)]))


def j_d_overspent(rng: random.Random) -> Item:  # category most over budget
    cats = rng.sample(SPEND, rng.randint(4, 7))
    budget = [rng.randint(5, 60) * 10 for _ in cats]
    actual = [b + rng.randint(-80, 120) for b in budget]
    over = [a - b for a, b in zip(actual, budget, strict=True)]
    return d("J_d_overspent", "Budget vs actual for this month is attached. Where did I go "
             "over budget by the most?", [[top(cats, over)]], csv=table(
                 ["category", "budget", "actual"], [[c, b, a] for c, b, a in zip(
                     cats, budget, actual, strict=True)]))


def j_d_net_variance(rng: random.Random) -> Item:  # total actual minus total budget
    cats = rng.sample(SPEND, rng.randint(4, 7))
    budget = [rng.randint(5, 60) * 10 for _ in cats]
    actual = [b + rng.randint(-80, 120) for b in budget]
    diff = sum(actual) - sum(budget)
    if diff == 0:
        raise Tie
    return d("J_d_net_variance", "Overall, how far off budget am I this month (total actual "
             "minus total budget)?", [num(diff)], csv=table(["category", "budget", "actual"], [
                 [c, b, a] for c, b, a in zip(cats, budget, actual, strict=True)]))


def j_d_q2_total(rng: random.Random) -> Item:  # quarter total from a full year
    values = [rng.randint(10, 99) * 100 for _ in MONTHS]
    return d("J_d_q2_total", "What were total sales in Q2 (April to June)?",
             [num(sum(values[3:6]))], csv=table(["month", "sales"], [
                 [m, v] for m, v in zip(MONTHS, values, strict=True)]))


def j_d_halves(rng: random.Random) -> Item:  # second half vs first half, percent
    values = [rng.randint(10, 99) * 100 for _ in MONTHS]
    return d("J_d_halves", "How did the second half of the year compare with the first? "
             "Percentage change in total sales, H1 to H2.",
             [pct(growth(sum(values[:6]), sum(values[6:])))], csv=table(["month", "sales"], [
                 [m, v] for m, v in zip(MONTHS, values, strict=True)]))


def j_d_named_col_mean(rng: random.Random) -> Item:  # terse column mean by name
    n = rng.randint(5, 12)
    rows = [[f"2026-06-{i + 1:02d}", rng.randint(2, 25), rng.randint(20, 130)] for i in range(n)]
    return d("J_d_named_col_mean", "mean of distance_km?", [num(mean([r[1] for r in rows]))],
             csv=table(["date", "distance_km", "duration_min"], rows))


def j_d_gas_vs_temp(rng: random.Random) -> Item:  # heating use vs outside temperature
    n = rng.randint(6, 12)
    temp = [rng.randint(-5, 18) for _ in range(n)]
    gas = [max(2, 60 - 3 * t + rng.randint(-10, 10)) for t in temp]
    return d("J_d_gas_vs_temp", "Does our gas use track the outside temperature? Correlation "
             "between the two columns please.", [num(corr(temp, gas))], csv=table(
                 ["day", "outside_c", "gas_kwh"], [[i + 1, t, g] for i, (t, g) in enumerate(
                     zip(temp, gas, strict=True))]))


def j_d_best_average(rng: random.Random) -> Item:  # player with the best mean over rounds
    names = rng.sample(PEOPLE, rng.randint(3, 4))
    rows = [[p, rng.randint(1, 3), rng.randint(40, 180)] for p in names for _ in range(3)]
    rng.shuffle(rows)
    avgs = [mean([r[2] for r in rows if r[0] == p]) for p in names]
    return d("J_d_best_average", "Bowling league scores attached. Who has the best average?",
             [[top(names, avgs)]], csv=table(["player", "game", "score"], rows))


def j_d_distinct(rng: random.Random) -> Item:  # number of distinct customers
    pool = rng.sample(PEOPLE, rng.randint(3, 8))
    rows = [[i + 1, rng.choice(pool), rng.randint(5, 90)] for i in range(rng.randint(9, 16))]
    k = len({r[1] for r in rows})
    return d("J_d_distinct", "How many different customers placed orders in this file?",
             [count(k)], csv=table(["order_id", "customer", "amount"], rows))


def j_d_pop_sd_csv(rng: random.Random) -> Item:  # population SD of a column
    labels = rng.sample(DAYS, 7)
    values = [rng.randint(0, 40) for _ in labels]
    return d("J_d_pop_sd_csv", "Population standard deviation of the minutes column, please.",
             [num(sd(values, False))], csv=table(["day", "minutes"], [
                 [a, v] for a, v in zip(labels, values, strict=True)]))


def j_d_top_three(rng: random.Random) -> Item:  # sum of the three best months
    labels = months(rng, (6, 12))
    values = [rng.randint(20, 300) for _ in labels]
    return d("J_d_top_three", "Add up our three best months for me.",
             [num(sum(sorted(values)[-3:]))], csv=table(["month", "sales"], [
                 [m, v] for m, v in zip(labels, values, strict=True)]))


def j_d_coldest_chart(rng: random.Random) -> Item:  # chart and the coldest day
    temps = [rng.randint(-6, 25) for _ in DAYS]
    return d("J_d_coldest_chart", "Can you chart these temperatures and tell me the coldest "
             "day?", [[top(DAYS, temps, lowest=True)]], csv=table(["day", "temp_c"], [
                 [a, t] for a, t in zip(DAYS, temps, strict=True)]))


def j_d_year_on_year(rng: random.Random) -> Item:  # total change between two year columns
    labels = months(rng, (6, 12))
    a = [rng.randint(20, 90) * 10 for _ in labels]
    b = [x + rng.randint(-150, 250) for x in a]
    return d("J_d_year_on_year", "Columns are 2025 and 2026 sales by month. What's the "
             "year-on-year change in the total, as a percentage?",
             [pct(growth(sum(a), sum(b)))], csv=table(["month", "y2025", "y2026"], [
                 [m, x, y] for m, x, y in zip(labels, a, b, strict=True)]))


def j_d_yoy_month(rng: random.Random) -> Item:  # month with the biggest year-on-year gain
    labels = months(rng, (6, 12))
    a = [rng.randint(20, 90) * 10 for _ in labels]
    b = [x + rng.randint(-150, 250) for x in a]
    return d("J_d_yoy_month", "Which month improved the most compared with last year?",
             [[top(labels, [y - x for x, y in zip(a, b, strict=True)])]],
             csv=table(["month", "last_year", "this_year"], [
                 [m, x, y] for m, x, y in zip(labels, a, b, strict=True)]))


def j_d_order_value(rng: random.Random) -> Item:  # average order value
    rows = [[1000 + i, money(Fraction(rng.randint(500, 20000), 100))]
            for i in range(rng.randint(6, 14))]
    values = [Fraction(r[1]) for r in rows]
    return d("J_d_order_value", "what's our average order value from this export?",
             [num(mean(values))], csv=table(["order", "total"], rows))


def j_d_longest_streak(rng: random.Random) -> Item:  # longest run of rising days
    n = rng.randint(8, 12)
    values = [rng.randint(10, 60) for _ in range(n)]
    best = run = 1
    for a, b in itertools.pairwise(values):
        run = run + 1 if b > a else 1
        best = max(best, run)
    return d("J_d_longest_streak", "What's the longest run of consecutive days where the count "
             "went up each day (number of days in the run)?", [count(best)], csv=table(
                 ["day", "count"], [[i + 1, v] for i, v in enumerate(values)]))


def j_d_median_salary(rng: random.Random) -> Item:  # median and range, labelled
    names = rng.sample(PEOPLE, rng.randint(5, 9))
    pay = [rng.randint(20, 80) * 500 for _ in names]
    return d("J_d_median_salary", "For the pay review: median pay and the range (top minus "
             "bottom)?", [lab(["median", "Median"], median(pay)),
                          lab(["range", "Range"], Fraction(max(pay) - min(pay)))],
             csv=table(["name", "pay"], [[n, p] for n, p in zip(names, pay, strict=True)]))


def j_d_cumulative(rng: random.Random) -> Item:  # running total passes a goal
    labels = months(rng, (8, 12))
    values = [rng.randint(100, 400) for _ in labels]
    goal = sum(values) * 2 // 3
    reached = [sum(values[:i + 1]) >= goal for i in range(len(values))]
    m = labels[reached.index(True)]
    return d("J_d_cumulative", f"We need {goal} donations for the year. In which month did "
             "the running total first reach it?", [[m]], csv=table(["month", "donations"], [
                 [a, v] for a, v in zip(labels, values, strict=True)]))


def j_d_share_top(rng: random.Random) -> Item:  # share of total from the largest row
    cats = rng.sample(SPEND, rng.randint(4, 7))
    amounts = [rng.randint(30, 900) for _ in cats]
    top(cats, amounts)
    return d("J_d_share_top", "What percentage of the total does the largest category "
             "account for?", [pct(Fraction(max(amounts) * 100, sum(amounts)))], csv=table(
                 ["category", "amount"], [[c, a] for c, a in zip(cats, amounts, strict=True)]))


def j_d_mean_sd_csv(rng: random.Random) -> Item:  # mean and sample SD of reaction times
    n = rng.randint(6, 12)
    ms = [rng.randint(180, 420) for _ in range(n)]
    return d("J_d_mean_sd_csv", "Reaction times from my experiment — report the mean and the "
             "sample SD.", [lab(["mean", "Mean", "average"], mean(ms)),
                            lab(["SD", "sd", "standard deviation", "Standard deviation"],
                                sd(ms, True))],
             csv=table(["trial", "ms"], [[i + 1, v] for i, v in enumerate(ms)]))


def j_d_count_rows_text(rng: random.Random) -> Item:  # rows for one value of a column
    rows = [[i + 1, rng.choice(["paid", "unpaid", "overdue"]), rng.randint(50, 900)]
            for i in range(rng.randint(8, 16))]
    k = sum(r[1] == "overdue" for r in rows)
    if k == 0:
        raise Tie
    return d("J_d_count_rows_text", "How many invoices are overdue?", [count(k)],
             csv=table(["invoice", "status", "amount"], rows))


def j_d_overdue_sum(rng: random.Random) -> Item:  # amount outstanding over two statuses
    rows = [[i + 1, rng.choice(["paid", "unpaid", "overdue"]), rng.randint(50, 900)]
            for i in range(rng.randint(8, 16))]
    owed = sum(r[2] for r in rows if r[1] != "paid")
    if owed == 0:
        raise Tie
    return d("J_d_overdue_sum", "How much am I still owed (everything not marked paid)?",
             [num(owed)], csv=table(["invoice", "status", "amount"], rows))


def j_d_show_mean(rng: random.Random) -> Item:  # sanity: mean of a one-column file
    values = [rng.randint(1, 500) for _ in range(rng.randint(5, 15))]
    return d("J_d_show_mean", "one column of numbers attached, what's the average",
             [num(mean(values))], csv="value\n" + "\n".join(show(v) for v in values) + "\n")


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    j_d_busiest_hour, j_d_wait_median, j_d_child_growth, j_d_frost_days, j_d_goal_share,
    j_d_best_margin, j_d_total_takings, j_d_avg_rating, j_d_rating_mode, j_d_overspent,
    j_d_net_variance, j_d_q2_total, j_d_halves, j_d_named_col_mean, j_d_gas_vs_temp,
    j_d_best_average, j_d_distinct, j_d_pop_sd_csv, j_d_top_three, j_d_coldest_chart,
    j_d_year_on_year, j_d_yoy_month, j_d_order_value, j_d_longest_streak, j_d_median_salary,
    j_d_cumulative, j_d_share_top, j_d_mean_sd_csv, j_d_count_rows_text, j_d_overdue_sum,
    j_d_show_mean)]
