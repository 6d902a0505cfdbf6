"""Round 12 (``P_d_*``, dev now), part three: an attached CSV file — filtered counts and
sums, growth, trends, correlation, several statistics at once and charts."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

from bench.data.agents.heldout12_data import (
    DOWN,
    MONTHS,
    UP,
    Tie,
    counted,
    lab,
    mean,
    med,
    mode,
    num,
    pct,
    retry,
    slope,
    trended,
)
from bench.data.agents.heldout12_data_2 import PEOPLE, cents, money_rows, table
from bench.data.agents.helpers import Family, Item, fresh, item

CATEGORIES = ["Groceries", "Dining", "Transport", "Bills", "Fun"]


def spending(rng: random.Random) -> list[tuple[str, str, Fraction]]:
    amounts = money_rows(rng, rng.randint(9, 14), 300, 12000)
    return [(f"2026-06-{i + 1:02d}", rng.choice(CATEGORIES), a) for i, a in enumerate(amounts)]


def spend_csv(rows: list[tuple[str, str, Fraction]]) -> str:
    return table("date,category,amount", [(d, c, cents(a)) for d, c, a in rows])


def change_forms(change: Fraction) -> list[str]:
    """A signed percentage, or a fall stated as such (``down 12.5%``)."""
    if change >= 0:
        return pct(change)
    falls = pct(-change)
    return [*pct(change), *(f"{word} {p}" for p in falls for word in (
        "down", "decrease of", "drop of", "fall of", "decreased by", "fell by", "dropped by",
        "declined by", "decline of")), *(f"{p} {word}" for p in falls for word in (
        "decrease", "drop", "fall", "decline", "lower"))]


# --- filtered counts and sums ----------------------------------------------------------

def p_d_csv_dining_count(rng: random.Random) -> Item:  # rows in one category
    rows = spending(rng)
    n = sum(c == "Dining" for _, c, _ in rows)
    return item("P_d_csv_dining_count", "data", "how many times did I eat out this month? "
                "(the Dining rows in my statement)",
                [counted(n, ["times", "transactions", "rows", "entries", "purchases"])],
                csv=spend_csv(rows))


def p_d_csv_grocery_sum(rng: random.Random) -> Item:  # sum over one category
    rows = spending(rng)
    total = sum((a for _, c, a in rows if c == "Groceries"), Fraction(0))
    if not total:
        raise Tie
    return item("P_d_csv_grocery_sum", "data", "From the attached transactions, what did I "
                "spend on groceries altogether?", [num(total)], csv=spend_csv(rows))


def p_d_csv_share_pct(rng: random.Random) -> Item:  # one category's share of the total
    rows = spending(rng)
    part = sum((a for _, c, a in rows if c == "Transport"), Fraction(0))
    if not part:
        raise Tie
    whole = sum((a for _, _, a in rows), Fraction(0))
    return item("P_d_csv_share_pct", "data", "What percentage of my spending in this file "
                "went on transport?", [pct(part / whole * 100)], csv=spend_csv(rows))


def p_d_csv_person_avg(rng: random.Random) -> Item:  # mean over one person's rows
    names = rng.sample(PEOPLE, 3)
    rows = [(rng.choice(names), rng.randint(40, 100)) for _ in range(rng.randint(10, 15))]
    who = rng.choice(names)
    mine = [s for p, s in rows if p == who]
    if len(mine) < 2:
        raise Tie
    return item("P_d_csv_person_avg", "data", f"The attached sheet has every test from this "
                f"year. What's {who}'s average mark?", [num(mean(mine))],
                csv=table("student,mark", rows))


def p_d_csv_project_hours(rng: random.Random) -> Item:  # sum of hours for one project
    projects = ["Apollo", "Birch", "Comet"]
    rows = [(f"2026-07-{i + 1:02d}", rng.choice(projects), Fraction(rng.randint(2, 32), 4))
            for i in range(rng.randint(8, 12))]
    which = rng.choice(projects)
    total = sum((h for _, p, h in rows if p == which), Fraction(0))
    if not total:
        raise Tie
    return item("P_d_csv_project_hours", "data", f"Timesheet attached. How many hours did I "
                f"log on {which} in total?", [num(total)],
                csv=table("date,project,hours", [(d, p, float(h)) for d, p, h in rows]))


def p_d_csv_goal_days(rng: random.Random) -> Item:  # days meeting a step goal
    steps = [rng.randint(4000, 16000) for _ in range(rng.randint(10, 21))]
    n = sum(s >= 10000 for s in steps)
    return item("P_d_csv_goal_days", "data", "On how many days did I hit 10k steps or more? "
                "export attached", [counted(n, ["days", "of the days", "out of"])],
                csv=table("date,steps", [(f"2026-08-{i + 1:02d}", s)
                                         for i, s in enumerate(steps)]))


def p_d_csv_unique_customers(rng: random.Random) -> Item:  # distinct names in a column
    pool = rng.sample(PEOPLE, rng.randint(3, 8))
    rows = [(f"A{100 + i}", rng.choice(pool)) for i in range(rng.randint(10, 16))]
    n = len({c for _, c in rows})
    return item("P_d_csv_unique_customers", "data", "How many different customers placed "
                "orders? The order list is attached.",
                [counted(n, ["customers", "different", "distinct", "unique"])],
                csv=table("order_id,customer", rows))


def p_d_csv_row_count(rng: random.Random) -> Item:  # data rows, header excluded
    n = rng.randint(9, 30)
    rows = [(i, rng.randint(1, 99)) for i in range(1, n + 1)]
    return item("P_d_csv_row_count", "data", "Quick one: how many records are in this CSV, "
                "not counting the header line?",
                [counted(n, ["records", "rows", "entries", "lines", "data rows"])],
                csv=table("id,value", rows))


# --- growth, trends and correlation ----------------------------------------------------

def p_d_csv_quarter_growth(rng: random.Random) -> Item:  # growth first to last quarter
    users = sorted(rng.sample(range(1000, 9000), 6))
    rows = [(f"Q{i % 4 + 1} {2025 + i // 4}", u) for i, u in enumerate(users)]
    return item("P_d_csv_quarter_growth", "data", "By how much did active users grow, as a "
                "percentage, from the first quarter in the file to the last?",
                [pct(Fraction(users[-1] - users[0], users[0]) * 100)],
                csv=table("quarter,active_users", rows))


def p_d_csv_year_change(rng: random.Random) -> Item:  # percent change between named years
    vals = [rng.randint(200, 600) for _ in range(6)]
    rows = list(zip(range(2019, 2025), vals, strict=True))
    a, b = sorted(rng.sample(range(6), 2))
    change = Fraction(vals[b] - vals[a], vals[a]) * 100
    return item("P_d_csv_year_change", "data", f"Membership numbers attached. What's the "
                f"percent change from {2019 + a} to {2019 + b}?", [change_forms(change)],
                csv=table("year,members", rows))


def p_d_csv_cagr(rng: random.Random) -> Item:  # compound annual growth over the file
    n = rng.randint(4, 7)
    vals = trended(rng, rng.randint(50, 150), 12, 10, n)
    rows = [(2018 + i, v * 1000) for i, v in enumerate(vals)]
    rate = ((vals[-1] / vals[0]) ** (1 / (n - 1)) - 1) * 100
    return item("P_d_csv_cagr", "data", "Using the revenue file, what's the CAGR from the first "
                "year to the last?", [pct(rate)], csv=table("year,revenue", rows))


def p_d_csv_energy_trend(rng: random.Random) -> Item:  # a falling series
    kwh = trended(rng, rng.randint(420, 600), -15, 10, rng.randint(6, 9))
    return item("P_d_csv_energy_trend", "data", "since we put in the insulation, which way is "
                "our energy use heading? monthly kWh attached",
                [DOWN], csv=table("month,kwh", list(zip(MONTHS, kwh, strict=False))))


def p_d_csv_chart_heading(rng: random.Random) -> Item:  # chart plus the direction
    vals = trended(rng, rng.randint(20, 60), 5, 4, rng.randint(6, 8))
    return item("P_d_csv_chart_heading", "data", "Plot my savings balance from this file as a "
                "line chart — and in words, which direction is it moving?",
                [UP], csv=table("month,balance", list(zip(MONTHS, vals, strict=False))))


def p_d_csv_sales_slope(rng: random.Random) -> Item:  # least-squares slope per month
    vals = trended(rng, rng.randint(100, 300), 8, 6, rng.randint(6, 10))
    return item("P_d_csv_sales_slope", "data", "Fit a straight line to the monthly sales in "
                "the attachment. What's the slope, in sales per month?", [num(slope(vals))],
                csv=table("month,sales", list(zip(MONTHS, vals, strict=False))))


def p_d_csv_icecream_corr(rng: random.Random) -> Item:  # positive Pearson r
    temps = [rng.randint(12, 34) for _ in range(rng.randint(7, 10))]
    sales = [20 + 6 * t + rng.randint(-25, 25) for t in temps]
    return item("P_d_csv_icecream_corr", "data", "Is there a correlation between temperature "
                "and ice cream sales in my data? Give me r.",
                [num(statistics.correlation(temps, sales))],
                csv=table("temp_c,cones_sold", list(zip(temps, sales, strict=True))))


def p_d_csv_altitude_corr(rng: random.Random) -> Item:  # negative Pearson r
    heights = rng.sample(range(200, 3500, 50), rng.randint(6, 9))
    temps = [round(25 - h * 0.0065 + rng.uniform(-2.5, 2.5), 1) for h in heights]
    return item("P_d_csv_altitude_corr", "data", "Readings from our walking trip: altitude and "
                "temperature. Work out the Pearson correlation please.",
                [num(statistics.correlation(heights, temps))],
                csv=table("altitude_m,temp_c", list(zip(heights, temps, strict=True))))


# --- several statistics and charts -----------------------------------------------------

def p_d_csv_bp_means(rng: random.Random) -> Item:  # two column means, labelled by column
    n = rng.randint(5, 9)
    sys_ = [rng.randint(105, 150) for _ in range(n)]
    dia = [rng.randint(65, 95) for _ in range(n)]
    return item("P_d_csv_bp_means", "data", "My blood pressure log is attached. What are my "
                "average systolic and average diastolic?",
                [lab(["systolic"], mean(sys_)), lab(["diastolic"], mean(dia))],
                csv=table("date,systolic,diastolic",
                          [(f"2026-09-{i + 1:02d}", s, d) for i, (s, d)
                           in enumerate(zip(sys_, dia, strict=True))]))


def p_d_csv_net(rng: random.Random) -> Item:  # income total minus expense total
    n = rng.randint(4, 8)
    income = money_rows(rng, n, 50000, 300000)
    spent = money_rows(rng, n, 30000, 250000)
    net = sum(income, Fraction(0)) - sum(spent, Fraction(0))
    return item("P_d_csv_net", "data", "Over everything in this file, how much more came in "
                "than went out? (negative if I'm down)", [num(net)],
                csv=table("month,income,expenses", [(MONTHS[i], cents(a), cents(b))
                                                    for i, (a, b) in
                                                    enumerate(zip(income, spent, strict=True))]))


def p_d_csv_min_max(rng: random.Random) -> Item:  # lowest and highest, labelled
    vals = [rng.randint(300, 2000) for _ in range(rng.randint(7, 12))]
    return item("P_d_csv_min_max", "data", "give me the min and max of the kwh column",
                [lab(["min", "minimum", "lowest"], min(vals)),
                 lab(["max", "maximum", "highest"], max(vals))],
                csv=table("day,kwh", list(enumerate(vals, 1))))


def p_d_csv_three_stats(rng: random.Random) -> Item:  # mean, median and sample sd
    vals = [rng.randint(20, 80) for _ in range(rng.randint(7, 11))]
    a, m = mean(vals), med(vals)
    if round(a, 2) == round(m, 2):
        raise Tie
    return item("P_d_csv_three_stats", "data", "For the wait_minutes column: mean, median "
                "and sample standard deviation, please.",
                [lab(["mean", "average"], a), lab(["median"], m),
                 lab(["standard deviation", "sd", "std dev", "stdev"], statistics.stdev(vals))],
                csv=table("patient,wait_minutes", list(enumerate(vals, 1))))


def p_d_csv_rating_mode(rng: random.Random) -> Item:  # most common rating
    ratings = [rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5]) for _ in range(rng.randint(12, 20))]
    top = mode(ratings)
    return item("P_d_csv_rating_mode", "data", "What's the most common rating in the survey "
                "results I attached?",
                [[*lab(["mode", "rating", "most common"], top), f"{top} stars",
                  f"{top} out of 5"]],
                csv=table("response,rating", list(enumerate(ratings, 1))))


def p_d_csv_rain_chart(rng: random.Random) -> Item:  # chart plus a total
    rain = [rng.randint(0, 40) for _ in range(rng.randint(10, 20))]
    return item("P_d_csv_rain_chart", "data", "can you chart the daily rainfall from this csv "
                "and tell me how much fell in total (mm)?",
                [[*num(sum(rain)), f"{sum(rain)} mm", f"{sum(rain)}mm"]],
                csv=table("day,rain_mm", list(enumerate(rain, 1))))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    p_d_csv_dining_count, p_d_csv_grocery_sum, p_d_csv_share_pct, p_d_csv_person_avg,
    p_d_csv_project_hours, p_d_csv_goal_days, p_d_csv_unique_customers, p_d_csv_row_count,
    p_d_csv_quarter_growth, p_d_csv_year_change, p_d_csv_cagr, p_d_csv_energy_trend,
    p_d_csv_chart_heading, p_d_csv_sales_slope, p_d_csv_icecream_corr, p_d_csv_altitude_corr,
    p_d_csv_bp_means, p_d_csv_net, p_d_csv_min_max, p_d_csv_three_stats, p_d_csv_rating_mode,
    p_d_csv_rain_chart)]
