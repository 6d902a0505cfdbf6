"""Round 16 (``L_d_*``, dev now), data part two: totals, counts, extremes and groups — which
row is highest or lowest, totals and averages per group, shares of a total."""

from __future__ import annotations

import random
from fractions import Fraction
from itertools import pairwise

from bench.data.agents.heldout16_data import (
    DAYS,
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
    said,
    table,
    whole,
)
from bench.data.agents.helpers import Family, Item, fresh, item

CATEGORIES = ["groceries", "transport", "housing", "eating out", "utilities"]
PEOPLE = ["Sam", "Priya", "Tom", "Lena", "Kofi"]
PRODUCTS = ["candles", "mugs", "soap", "tote bags", "posters", "keyrings"]
REGIONS = ["North", "South", "East", "West"]


def money(values: list) -> Fraction:
    return sum((Fraction(str(v)) for v in values), Fraction(0))


def spread_rows(rng: random.Random, names: list[str], low: float, high: float,
                places: int = 2) -> list[tuple[str, float]]:
    """One distinct value per name, so the highest and lowest rows are unambiguous."""
    while True:
        values = [round(rng.uniform(low, high), places) for _ in names]
        if len(set(values)) == len(values):
            return list(zip(names, values, strict=True))


# --- totals -----------------------------------------------------------------------------

def l_d_expense_report(rng: random.Random) -> Item:  # add up receipts for an expense claim
    xs = [dec(rng, 3, 140, 2) for _ in range(rng.randint(5, 8))]
    return item("L_d_expense_report", "data", "doing my expense report, can you total these "
                f"receipts? {listed(f'{v:.2f}' for v in xs)}", [num(money(xs), comma=True)])


def l_d_timesheet_hours(rng: random.Random) -> Item:  # total hours from an attached timesheet
    xs = [rng.randint(10, 40) / 4 for _ in range(rng.randint(5, 10))]
    csv = table("date,hours", [(f"2026-02-{d:02d}", v) for d, v in enumerate(xs, 2)])
    forms = num(money(xs))
    return item("L_d_timesheet_hours", "data", "How many hours did I bill in total? Timesheet "
                "attached.", [forms + [f + " hours" for f in forms] + [f + " h" for f in forms]],
                csv=csv)


def l_d_category_total(rng: random.Random) -> Item:  # total for one category in a budget file
    rows = [(rng.choice(CATEGORIES), dec(rng, 4, 120, 2)) for _ in range(rng.randint(10, 16))]
    cat = rng.choice(sorted({c for c, _ in rows}))
    return item("L_d_category_total", "data", f"my bank export is attached. how much did i "
                f"spend on {cat} altogether?", [num(money([v for c, v in rows if c == cat]),
                                                     comma=True)],
                csv=table("category,amount", rows))


def l_d_biggest_category(rng: random.Random) -> Item:  # category with the largest total
    while True:
        rows = [(rng.choice(CATEGORIES), dec(rng, 4, 120, 2)) for _ in range(rng.randint(10, 16))]
        totals = {c: money([v for k, v in rows if k == c]) for c in {c for c, _ in rows}}
        ranked = sorted(totals.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] != ranked[1]:
            break
    top = max(totals, key=lambda c: totals[c])
    return item("L_d_biggest_category", "data", "Where is most of my money going? Add up each "
                "category in the attached spending file and tell me which is biggest.",
                [[top, top.capitalize()]], csv=table("category,amount", rows))


def l_d_person_paid(rng: random.Random) -> Item:  # one housemate's total in a shared log
    rows = [(rng.choice(PEOPLE[:4]), dec(rng, 6, 95, 2)) for _ in range(rng.randint(8, 14))]
    who = rng.choice(sorted({p for p, _ in rows}))
    return item("L_d_person_paid", "data", f"shared house expenses are in the csv. what has "
                f"{who} paid in total so far?", [num(money([v for p, v in rows if p == who]),
                                                       comma=True)],
                csv=table("paid_by,amount", rows))


def l_d_fair_share(rng: random.Random) -> Item:  # total split evenly between the people
    rows = [(rng.choice(PEOPLE[:3]), dec(rng, 10, 160, 2)) for _ in range(rng.randint(6, 10))]
    share = money([v for _, v in rows]) / 3
    return item("L_d_fair_share", "data", "Trip costs attached, paid by different people. If "
                "the three of us split everything equally, what's each person's share?",
                [num(share, comma=True)], csv=table("who,amount", rows))


def l_d_revenue_total(rng: random.Random) -> Item:  # units times price, summed
    rows = [(p, rng.randint(3, 60), dec(rng, 2, 35, 2))
            for p in rng.sample(PRODUCTS, rng.randint(3, 5))]
    total = sum((u * Fraction(str(p)) for _, u, p in rows), Fraction(0))
    return item("L_d_revenue_total", "data", "craft fair sales in the file (units sold and "
                "price each). what was my total revenue?", [num(total, comma=True)],
                csv=table("product,units,price", rows))


def l_d_top_revenue(rng: random.Random) -> Item:  # product bringing in the most money
    while True:
        rows = [(p, rng.randint(3, 60), dec(rng, 2, 35, 2))
                for p in rng.sample(PRODUCTS, rng.randint(3, 5))]
        rev = sorted((u * Fraction(str(p)), n) for n, u, p in rows)
        if rev[-1][0] != rev[-2][0]:
            break
    return item("L_d_top_revenue", "data", "Which product made me the most money at the market "
                "(units × price)?", [[rev[-1][1], rev[-1][1].capitalize()]],
                csv=table("product,units,price", rows))


def l_d_region_total(rng: random.Random) -> Item:  # one region's total in a sales file
    rows = [(rng.choice(REGIONS), rng.randint(200, 4800)) for _ in range(rng.randint(10, 16))]
    reg = rng.choice(sorted({r for r, _ in rows}))
    return item("L_d_region_total", "data", f"Total sales for the {reg} region from this file?",
                [whole(sum(v for r, v in rows if r == reg))], csv=table("region,sales", rows))


def l_d_region_share(rng: random.Random) -> Item:  # a region's share of all sales
    rows = [(rng.choice(REGIONS), rng.randint(200, 4800)) for _ in range(rng.randint(10, 16))]
    reg = rng.choice(sorted({r for r, _ in rows}))
    share = Fraction(sum(v for r, v in rows if r == reg), sum(v for _, v in rows)) * 100
    return item("L_d_region_share", "data", f"what percentage of our total sales came from "
                f"{reg}? data's attached", [pct(share)], csv=table("region,sales", rows))


def l_d_calorie_day(rng: random.Random) -> Item:  # total calories logged in a day
    meals = ["oatmeal", "banana", "latte", "chicken wrap", "apple", "pasta", "yogurt",
             "chocolate", "salad"]
    rows = [(m, rng.randint(60, 780)) for m in rng.sample(meals, rng.randint(4, 7))]
    total = sum(v for _, v in rows)
    return item("L_d_calorie_day", "data", "Here's everything I ate today from my food diary. "
                "How many calories is that?", [whole(total) + [f"{f} kcal" for f in whole(total)]
                                               + [f"{f} calories" for f in whole(total)]],
                csv=table("food,kcal", rows))


def l_d_mileage_log(rng: random.Random) -> Item:  # business miles for tax
    xs = [dec(rng, 3, 88, 1) for _ in range(rng.randint(6, 11))]
    csv = table("date,purpose,miles", [(f"2026-01-{d:02d}", rng.choice(["client", "site visit",
                                        "supplier"]), v) for d, v in enumerate(xs, 5)])
    forms = num(money(xs), comma=True)
    return item("L_d_mileage_log", "data", "need the total business miles for my tax return "
                "from this log", [forms + [f + " miles" for f in forms]], csv=csv)


def l_d_sum_column(rng: random.Random) -> Item:  # terse: sum a named column
    rows = [(f"INV-{rng.randint(100, 999)}", dec(rng, 20, 900, 2))
            for _ in range(rng.randint(5, 9))]
    return item("L_d_sum_column", "data", "sum the amount column",
                [num(money([v for _, v in rows]), comma=True)], csv=table("invoice,amount", rows))


def l_d_top_three_sum(rng: random.Random) -> Item:  # the three largest donations
    xs = distinct(rng, 5, 500, (7, 11))
    top = sum(sorted(xs)[-3:])
    return item("L_d_top_three_sum", "data", f"Donations at our bake sale: {listed(xs)}. What "
                "did the three biggest donors give between them?", [whole(top)])


def l_d_overtime_hours(rng: random.Random) -> Item:  # hours above 40 summed over weeks
    xs = ints(rng, 34, 56, (4, 6))
    over = sum(max(0, v - 40) for v in xs)
    return item("L_d_overtime_hours", "data", f"Hours I worked the past {len(xs)} weeks: "
                f"{listed(xs)}. Anything over 40 a week is overtime — how many overtime hours "
                "is that in total?", [counted(over, ["hours", "h", "overtime hours"])])


# --- counts -----------------------------------------------------------------------------

def l_d_count_over_limit(rng: random.Random) -> Item:  # days spending over a limit
    xs = [dec(rng, 8, 95, 2) for _ in range(rng.randint(10, 14))]
    limit = rng.choice([40, 50, 60])
    n = sum(v > limit for v in xs)
    return item("L_d_count_over_limit", "data", f"daily spending: {listed(xs)}. on how many "
                f"days did I go over my ${limit} limit?", [counted(n, ["days", "times"])])


def l_d_count_orders(rng: random.Random) -> Item:  # number of rows in a file
    n = rng.randint(9, 23)
    rows = [(rng.randint(10000, 99999), dec(rng, 5, 300, 2)) for _ in range(n)]
    return item("L_d_count_orders", "data", "how many orders are in this export?",
                [[str(n), f"{n} orders"]], csv=table("order_id,total", rows))


def l_d_count_city(rng: random.Random) -> Item:  # rows matching one value
    cities = ["Leeds", "York", "Bath", "Derby"]
    rows = [(rng.randint(1000, 9999), rng.choice(cities)) for _ in range(rng.randint(12, 20))]
    city = rng.choice(sorted({c for _, c in rows}))
    n = sum(c == city for _, c in rows)
    return item("L_d_count_city", "data", f"How many of these customers are in {city}?",
                [[str(n), f"{n} customers"]], csv=table("customer_id,city", rows))


def l_d_count_distinct(rng: random.Random) -> Item:  # number of different customers
    names = ["ahmed", "bella", "carlos", "dana", "erik", "fiona", "george", "hiro"]
    pool = rng.sample(names, rng.randint(3, 7))
    rows = [(rng.choice(pool), dec(rng, 5, 80, 2)) for _ in range(rng.randint(10, 16))]
    n = len({c for c, _ in rows})
    return item("L_d_count_distinct", "data", "how many different customers placed orders in "
                "this list?", [[str(n), f"{n} customers", f"{n} different customers"]],
                csv=table("customer,amount", rows))


def l_d_count_in_band(rng: random.Random) -> Item:  # readings inside a target band
    xs = ints(rng, 50, 130, (10, 15))
    n = sum(60 <= v <= 100 for v in xs)
    return item("L_d_count_in_band", "data", f"My resting pulse readings: {listed(xs)}. How "
                "many were in the normal range of 60–100 bpm (inclusive)?",
                [counted(n, ["readings", "were", "of them"])])


def l_d_pass_rate(rng: random.Random) -> Item:  # share of students at or above a pass mark
    rows = [(f"S{i:02d}", rng.randint(20, 98)) for i in range(1, rng.randint(10, 25))]
    share = Fraction(sum(v >= 50 for _, v in rows), len(rows)) * 100
    return item("L_d_pass_rate", "data", "What percentage of the class passed? Pass mark is 50, "
                "marks attached.", [pct(share)], csv=table("student,mark", rows))


def l_d_attendance_rate(rng: random.Random) -> Item:  # yes/no column as a percentage
    rows = [(f"2026-09-{d:02d}", rng.choice(["yes", "yes", "yes", "no"]))
            for d in range(1, rng.randint(12, 28))]
    share = Fraction(sum(v == "yes" for _, v in rows), len(rows)) * 100
    return item("L_d_attendance_rate", "data", "my kid's attendance record is attached — what's "
                "the attendance rate as a percent?", [pct(share)],
                csv=table("date,present", rows))


def l_d_late_deliveries(rng: random.Random) -> Item:  # actual later than promised
    rows = [(f"#{rng.randint(100, 999)}", p, p + rng.randint(-2, 3))
            for p in (rng.randint(2, 7) for _ in range(rng.randint(8, 14)))]
    n = sum(a > p for _, p, a in rows)
    return item("L_d_late_deliveries", "data", "How many of these shipments arrived late (took "
                "more days than promised)?", [[str(n), f"{n} shipments"]],
                csv=table("shipment,promised_days,actual_days", rows))


def l_d_low_stock(rng: random.Random) -> Item:  # items at or below their reorder level
    items = ["flour", "sugar", "eggs", "butter", "yeast", "salt", "cocoa", "vanilla"]
    rows = [(n, rng.randint(0, 40), rng.randint(5, 20)) for n in rng.sample(items, 6)]
    n = sum(s <= r for _, s, r in rows)
    return item("L_d_low_stock", "data", "bakery stock sheet attached. how many items are at "
                "or below their reorder level?", [[str(n), f"{n} items"]],
                csv=table("item,in_stock,reorder_level", rows))


# --- which row --------------------------------------------------------------------------

def l_d_best_month(rng: random.Random) -> Item:  # month with the highest sales
    start = rng.randint(0, 5)
    rows = spread_rows(rng, MONTHS[start:start + rng.randint(5, 7)], 1200, 9000, 0)
    rows = [(m, int(v)) for m, v in rows]
    best = max(rows, key=lambda r: r[1])[0]
    if best == "May":  # the month would also match the word "may"
        raise Tie
    return item("L_d_best_month", "data", "Which was our best month for sales?", [[best]],
                csv=table("month,sales", rows))


def l_d_fewest_steps(rng: random.Random) -> Item:  # weekday with the fewest steps
    rows = [(d, int(v)) for d, v in spread_rows(rng, DAYS, 2000, 15000, 0)]
    low = min(rows, key=lambda r: r[1])[0]
    return item("L_d_fewest_steps", "data", "which day was i laziest? (fewest steps)", [[low]],
                csv=table("day,steps", rows))


def l_d_wet_dry_months(rng: random.Random) -> Item:  # wettest and driest months, two parts
    rows = spread_rows(rng, MONTHS, 8, 160, 1)
    wet = max(rows, key=lambda r: r[1])[0]
    dry = min(rows, key=lambda r: r[1])[0]
    if "May" in (wet, dry):
        raise Tie
    return item("L_d_wet_dry_months", "data", "Rainfall for the year is attached (mm). Which "
                "month was wettest and which was driest?", [[wet], [dry]],
                csv=table("month,rain_mm", rows))


def l_d_biggest_expense(rng: random.Random) -> Item:  # the single largest line item
    things = ["venue", "catering", "flowers", "live band", "photographer", "wedding dress",
              "cake", "invitations"]
    rows = spread_rows(rng, rng.sample(things, rng.randint(5, 8)), 150, 6000, 0)
    rows = [(n, int(v)) for n, v in rows]
    top = max(rows, key=lambda r: r[1])[0]
    return item("L_d_biggest_expense", "data", "Wedding budget attached. What's the single "
                "biggest cost?", [[top, top.capitalize()]], csv=table("item,cost", rows))


def l_d_best_team_avg(rng: random.Random) -> Item:  # group with the highest average score
    while True:
        rows = [(rng.choice(["Kestrel", "Otter", "Badger"]), rng.randint(40, 100))
                for _ in range(rng.randint(12, 18))]
        avgs = {t: mean([v for k, v in rows if k == t]) for t in {t for t, _ in rows}}
        ranked = sorted(avgs.values(), reverse=True)
        if len(ranked) == 3 and ranked[0] != ranked[1]:
            break
    top = max(avgs, key=lambda t: avgs[t])
    return item("L_d_best_team_avg", "data", "Sports day scores by house are attached. Which "
                "house has the highest average score?", [[top]], csv=table("house,score", rows))


def l_d_group_average(rng: random.Random) -> Item:  # average for one group
    rows = [(rng.choice(["A", "B", "C"]), rng.randint(45, 99)) for _ in range(rng.randint(12, 18))]
    grp = rng.choice(sorted({g for g, _ in rows}))
    return item("L_d_group_average", "data", f"what's the average mark for class {grp}? file "
                "attached", [num(mean([v for g, v in rows if g == grp]))],
                csv=table("class,mark", rows))


def l_d_second_highest(rng: random.Random) -> Item:  # runner-up value
    xs = distinct(rng, 120, 480, (6, 9))
    second = sorted(xs)[-2]
    return item("L_d_second_highest", "data", f"Top scores on the arcade machine: {listed(xs)}. "
                "What's the second highest?", [said(["second highest", "second-highest",
                                                     "second highest score", "runner-up"],
                                                    str(second))])


def l_d_low_high_marks(rng: random.Random) -> Item:  # lowest and highest mark, named
    xs = distinct(rng, 31, 99, (8, 12))
    return item("L_d_low_high_marks", "data", f"test marks for my group: {listed(xs)}. lowest "
                "and highest?", [said(["lowest", "lowest mark", "min", "minimum"], str(min(xs))),
                                 said(["highest", "highest mark", "max", "maximum"],
                                      str(max(xs)))])


def l_d_biggest_jump(rng: random.Random) -> Item:  # largest rise from one day to the next
    xs = ints(rng, 40, 160, (7, 10))
    jump = max(b - a for a, b in pairwise(xs))
    if jump <= 0:
        raise Tie
    return item("L_d_biggest_jump", "data", f"Daily visitors to my blog: {listed(xs)}. What was "
                "the biggest day-to-day increase?", [counted(jump, ["visitors", "more visitors"])
                                                     + said(["increase", "biggest increase",
                                                             "jump"], str(jump))])


def l_d_avg_order_value(rng: random.Random) -> Item:  # total divided by the number of orders
    rows = [(rng.randint(1000, 9999), dec(rng, 8, 240, 2)) for _ in range(rng.randint(8, 15))]
    return item("L_d_avg_order_value", "data", "what's my average order value from this "
                "shopify export?", [num(mean([v for _, v in rows]))],
                csv=table("order,total", rows))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_expense_report, l_d_timesheet_hours, l_d_category_total, l_d_biggest_category,
    l_d_person_paid, l_d_fair_share, l_d_revenue_total, l_d_top_revenue, l_d_region_total,
    l_d_region_share, l_d_calorie_day, l_d_mileage_log, l_d_sum_column, l_d_top_three_sum,
    l_d_overtime_hours, l_d_count_over_limit, l_d_count_orders, l_d_count_city,
    l_d_count_distinct, l_d_count_in_band, l_d_pass_rate, l_d_attendance_rate,
    l_d_late_deliveries, l_d_low_stock, l_d_best_month, l_d_fewest_steps, l_d_wet_dry_months,
    l_d_biggest_expense, l_d_best_team_avg, l_d_group_average, l_d_second_highest,
    l_d_low_high_marks, l_d_biggest_jump, l_d_avg_order_value)]
