"""Round 13 (``K_d_*``, dev now), part four: attached CSV files of spending, products,
fitness logs, cities, timesheets and paired measurements — sums by group, the largest row,
correlation and trend."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout13_data import (
    Made,
    Tie,
    cents,
    change,
    corr,
    linked,
    mean,
    money_text,
    num,
    real,
    register,
    slope,
)
from bench.data.agents.heldout13_data_3 import DAYS, NAMES, count, table, top
from bench.data.agents.helpers import Family

CATEGORIES = ["groceries", "transport", "eating out", "utilities", "entertainment"]
PRODUCTS = ["Mug", "T-shirt", "Poster", "Tote bag", "Sticker pack", "Notebook", "Cap"]
CITIES = ["Lyon", "Porto", "Graz", "Ghent", "Bergen", "Aarhus", "Bologna", "Krakow"]


def expenses(rng: random.Random) -> tuple[list[tuple[str, str, Fraction]], str]:
    rows = []
    for day in sorted(rng.sample(range(1, 29), rng.randint(8, 14))):
        rows.append((f"2026-10-{day:02d}", rng.choice(CATEGORIES),
                     cents(rng, 3, 120, 1)[0]))
    return rows, table(["date", "category", "amount"],
                       [[d, c, money_text(a)] for d, c, a in rows])


def products(rng: random.Random) -> tuple[list[str], list[int], list[Fraction], str]:
    names = rng.sample(PRODUCTS, rng.randint(4, 6))
    units = [rng.randint(5, 120) for _ in names]
    price = [Fraction(rng.choice([299, 450, 599, 800, 1250, 1999, 2400]), 100) for _ in names]
    return names, units, price, table(["product", "units_sold", "unit_price"], [
        [n, u, money_text(p)] for n, u, p in zip(names, units, price, strict=True)])


def fitness(rng: random.Random) -> tuple[list[int], list[Fraction], str]:
    steps = [rng.randint(2500, 16000) for _ in DAYS]
    sleep = [Fraction(rng.randint(10, 18), 2) for _ in DAYS]
    return steps, sleep, table(["day", "steps", "sleep_hours"], [
        [d, s, float(h)] for d, s, h in zip(DAYS, steps, sleep, strict=True)])


def paired(rng: random.Random, a: tuple[float, float], n: tuple[int, int]) -> tuple[
        list[int], list[int]]:
    xs = [rng.randint(1, 30) for _ in range(rng.randint(*n))]
    return xs, linked(xs, rng.uniform(*a), 40, 15, rng)


REG: list[Family] = []
fam = register(REG, "data")


@fam
def k_d_c_category_total(rng: random.Random) -> Made:  # one category's spending
    rows, csv = expenses(rng)
    c = rows[0][1]
    return (f"From my bank export, how much did I spend on {c} in October?",
            [num(sum(a for _, k, a in rows if k == c))], {"csv": csv})


@fam
def k_d_c_top_category(rng: random.Random) -> Made:  # category with the most spending
    rows, csv = expenses(rng)
    cats = sorted({k for _, k, _ in rows})
    totals = [sum(a for _, k, a in rows if k == c) for c in cats]
    return ("where's most of my money going? which category is biggest in this statement?",
            [[top(cats, totals)]], {"csv": csv})


@fam
def k_d_c_spend_total(rng: random.Random) -> Made:  # everything spent
    rows, csv = expenses(rng)
    return ("Total spent across all the transactions in the attached CSV?",
            [num(sum(a for _, _, a in rows))], {"csv": csv})


@fam
def k_d_c_category_count(rng: random.Random) -> Made:  # number of transactions of a kind
    rows, csv = expenses(rng)
    c = rows[-1][1]
    return (f"how many {c} transactions are there in this file?",
            [count(sum(1 for _, k, _ in rows if k == c))], {"csv": csv})


@fam
def k_d_c_largest_purchase(rng: random.Random) -> Made:  # biggest single amount
    rows, csv = expenses(rng)
    return ("What was my single largest purchase last month? Statement attached.",
            [num(max(a for _, _, a in rows))], {"csv": csv})


@fam
def k_d_c_average_purchase(rng: random.Random) -> Made:  # mean transaction
    rows, csv = expenses(rng)
    return ("What's the average transaction amount in here?",
            [num(mean([a for _, _, a in rows]))], {"csv": csv})


@fam
def k_d_c_big_spend_day(rng: random.Random) -> Made:  # date of the largest amount
    rows, csv = expenses(rng)
    day = int(top([d for d, _, _ in rows], [a for _, _, a in rows])[-2:])
    return ("On what date did I make my biggest purchase?",
            [[f"2026-10-{day:02d}", f"{day} October", f"October {day}", f"Oct {day}",
              f"{day} Oct"]], {"csv": csv})


@fam
def k_d_c_shop_revenue(rng: random.Random) -> Made:  # units times price, summed
    _, u, p, csv = products(rng)
    return ("Here's what my little online shop sold. What's the total revenue (units × "
            "price)?", [num(sum(a * b for a, b in zip(u, p, strict=True)))], {"csv": csv})


@fam
def k_d_c_top_earner(rng: random.Random) -> Made:  # product bringing in the most money
    n, u, p, csv = products(rng)
    return ("Which product brought in the most money?",
            [[top(n, [a * b for a, b in zip(u, p, strict=True)])]], {"csv": csv})


@fam
def k_d_c_most_units(rng: random.Random) -> Made:  # best seller by count
    n, u, _, csv = products(rng)
    return ("best seller by number of units?", [[top(n, u)]], {"csv": csv})


@fam
def k_d_c_avg_price(rng: random.Random) -> Made:  # mean of a price column
    _, _, p, csv = products(rng)
    return ("What's the average unit price across the products listed?", [num(mean(p))],
            {"csv": csv})


@fam
def k_d_c_units_total(rng: random.Random) -> Made:  # how many items sold
    _, u, _, csv = products(rng)
    return ("How many items did we ship in total, according to the attachment?",
            [num(sum(u))], {"csv": csv})


@fam
def k_d_c_ads_corr(rng: random.Random) -> Made:  # correlation of two columns
    xs, ys = paired(rng, (1.5, 4), (8, 12))
    csv = table(["week", "ad_spend_k", "sales_k"],
                [[i + 1, x, y] for i, (x, y) in enumerate(zip(xs, ys, strict=True))])
    return ("Is there a relationship between ad spend and sales here? Give me the correlation "
            "coefficient.", [real(corr(xs, ys))], {"csv": csv})


@fam
def k_d_c_weekly_slope(rng: random.Random) -> Made:  # trend slope over weeks
    n = rng.randint(8, 12)
    weeks = list(range(1, n + 1))
    ys = linked(weeks, rng.uniform(-6, 9), 120, 10, rng)
    csv = table(["week", "active_users"], [[w, y] for w, y in zip(weeks, ys, strict=True)])
    return ("By how many users per week is this trending up or down? (slope of the linear "
            "trend)", [change(num(slope(weeks, ys)))], {"csv": csv})


@fam
def k_d_c_steps_sleep_corr(rng: random.Random) -> Made:  # two fitness columns correlated
    steps, sleep, csv = fitness(rng)
    return ("does walking more help me sleep? what's the correlation between steps and sleep "
            "in my export", [real(corr(steps, sleep))], {"csv": csv})


@fam
def k_d_c_steps_mean(rng: random.Random) -> Made:  # average steps a day
    steps, _, csv = fitness(rng)
    return ("Average daily steps this week?", [num(mean(steps))], {"csv": csv})


@fam
def k_d_c_most_active(rng: random.Random) -> Made:  # day with most steps
    steps, _, csv = fitness(rng)
    return ("Which was my most active day by step count?", [[top(DAYS, steps)]],
            {"csv": csv})


@fam
def k_d_c_ten_k_days(rng: random.Random) -> Made:  # days over a goal
    steps, _, csv = fitness(rng)
    return ("My goal is 10k steps. On how many days did I hit it (10,000 or more)?",
            [count(sum(1 for s in steps if s >= 10000))], {"csv": csv})


@fam
def k_d_c_sleep_total(rng: random.Random) -> Made:  # total sleep hours
    _, sleep, csv = fitness(rng)
    return ("how many hours did i sleep in total over the week", [num(sum(sleep))],
            {"csv": csv})


@fam
def k_d_c_biggest_city(rng: random.Random) -> Made:  # largest population
    c = rng.sample(CITIES, rng.randint(4, 7))
    p = [rng.randint(90, 900) * 1000 + rng.randint(0, 999) for _ in c]
    return ("Which of these cities has the most people?", [[top(c, p)]],
            {"csv": table(["city", "population"], [[a, b] for a, b in zip(c, p, strict=True)])})


@fam
def k_d_c_city_total(rng: random.Random) -> Made:  # combined population
    c = rng.sample(CITIES, rng.randint(4, 7))
    p = [rng.randint(90, 900) * 1000 + rng.randint(0, 999) for _ in c]
    return ("What's the combined population of all the cities in the table?", [num(sum(p))],
            {"csv": table(["city", "population"], [[a, b] for a, b in zip(c, p, strict=True)])})


@fam
def k_d_c_hours_most(rng: random.Random) -> Made:  # timesheet, who worked most
    n = rng.sample(NAMES, rng.randint(4, 7))
    h = [Fraction(rng.randint(30, 90), 2) for _ in n]
    return ("Timesheet attached — who put in the most hours?", [[top(n, h)]],
            {"csv": table(["employee", "hours"], [[a, float(b)] for a, b in zip(
                n, h, strict=True)])})


@fam
def k_d_c_hours_total(rng: random.Random) -> Made:  # timesheet total
    n = rng.sample(NAMES, rng.randint(4, 7))
    h = [Fraction(rng.randint(30, 90), 2) for _ in n]
    return ("total hours on this timesheet?", [num(sum(h))],
            {"csv": table(["employee", "hours"], [[a, float(b)] for a, b in zip(
                n, h, strict=True)])})


@fam
def k_d_c_fuel_economy(rng: random.Random) -> Made:  # litres per 100 km over fill-ups
    n = rng.randint(4, 7)
    km = [rng.randint(300, 700) for _ in range(n)]
    litres = [Fraction(rng.randint(180, 450), 10) for _ in range(n)]
    csv = table(["fill_up", "km_driven", "litres"],
                [[i + 1, k, float(v)] for i, (k, v) in enumerate(zip(km, litres, strict=True))])
    return ("Using my fuel log, what's my overall consumption in litres per 100 km?",
            [num(sum(litres, Fraction(0)) / sum(km) * 100)], {"csv": csv})


@fam
def k_d_c_weight_log_change(rng: random.Random) -> Made:  # first to last weigh-in
    w = [Fraction(rng.randint(650, 1000), 10)]
    for _ in range(rng.randint(5, 9)):
        w.append(w[-1] + Fraction(rng.randint(-15, 8), 10))
    csv = table(["week", "weight_kg"], [[i + 1, float(x)] for i, x in enumerate(w)])
    return ("How much weight have I lost or gained since I started this log?",
            [change(num(w[-1] - w[0]))], {"csv": csv})


@fam
def k_d_c_subject_mean(rng: random.Random) -> Made:  # average of one of two columns
    n = rng.sample(NAMES, rng.randint(6, 9))
    m = [rng.randint(40, 100) for _ in n]
    e = [rng.randint(40, 100) for _ in n]
    return ("What's the class average in maths?", [num(mean(m))],
            {"csv": table(["student", "maths", "english"], [list(r) for r in zip(
                n, m, e, strict=True)])})


@fam
def k_d_c_subject_best(rng: random.Random) -> Made:  # top of the second column
    n = rng.sample(NAMES, rng.randint(6, 9))
    m = [rng.randint(40, 100) for _ in n]
    e = [rng.randint(40, 100) for _ in n]
    return ("who did best in english?", [[top(n, e)]],
            {"csv": table(["student", "maths", "english"], [list(r) for r in zip(
                n, m, e, strict=True)])})


@fam
def k_d_c_subject_corr(rng: random.Random) -> Made:  # correlation of two subjects
    n = rng.sample(NAMES, rng.randint(7, 10))
    m = [rng.randint(40, 100) for _ in n]
    e = [max(0, min(100, x + rng.randint(-15, 15))) for x in m]
    return ("Do students who do well in maths also do well in English? Correlation between "
            "the two columns, please.", [real(corr(m, e))],
            {"csv": table(["student", "maths", "english"], [list(r) for r in zip(
                n, m, e, strict=True)])})


@fam
def k_d_c_predict(rng: random.Random) -> Made:  # regression prediction at a new x
    xs, ys = paired(rng, (2, 5), (8, 10))
    x0 = rng.choice([35, 40, 45])
    b = slope(xs, ys)
    csv = table(["temperature_c", "ice_creams_sold"], [[x, y] for x, y in zip(xs, ys, strict=True)])
    if len(set(xs)) < 3:
        raise Tie
    return (f"Fit a linear regression to this and predict sales at {x0} degrees.",
            [num(mean(ys) + b * (x0 - mean(xs)))], {"csv": csv})


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
