"""Round 13 (``K_d_*``, dev now), part three: questions about an attached CSV file —
monthly figures, class marks and daily weather: extremes by row, totals, averages, spread."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout13_data import (
    Made,
    Tie,
    change,
    mean,
    median,
    num,
    pct,
    real,
    register,
    sd,
)
from bench.data.agents.helpers import Family

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NAMES = ["Aisha", "Ben", "Chloe", "Diego", "Emma", "Farid", "Grace", "Hiro", "Isla", "Jonas",
         "Keira", "Liam", "Mei", "Noah", "Olga", "Priya", "Quinn", "Ravi", "Sofia", "Tom"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]


def table(header: list[str], rows: list[list[Any]]) -> str:
    return "\n".join(",".join(str(c) for c in line) for line in [header, *rows]) + "\n"


def count(n: int) -> list[str]:
    return [str(n), WORDS[n]] if n < len(WORDS) else [str(n)]


def top(names: list[str], values: list[Any], low: bool = False) -> str:
    """The row name holding the unique largest (or smallest) value."""
    best = min(values) if low else max(values)
    if values.count(best) > 1:
        raise Tie
    return names[values.index(best)]


def monthly(rng: random.Random, low: int = 900, high: int = 4000) -> tuple[list[str], list[int]]:
    n = rng.randint(6, 12)
    return MONTHS[:n], [rng.randint(low, high) for _ in range(n)]


def marks(rng: random.Random) -> tuple[list[str], list[int]]:
    names = rng.sample(NAMES, rng.randint(6, 10))
    return names, [rng.randint(35, 98) for _ in names]


def weather(rng: random.Random) -> tuple[list[int], list[int], str]:
    high = [rng.randint(14, 31) for _ in DAYS]
    low = [h - rng.randint(4, 13) for h in high]
    return high, low, table(["day", "high_c", "low_c"], [list(r) for r in zip(
        DAYS, high, low, strict=True)])


REG: list[Family] = []
fam = register(REG, "data")


@fam
def k_d_c_best_month(rng: random.Random) -> Made:  # month with the highest sales
    m, v = monthly(rng)
    return ("Which month had the highest sales in the attached file?", [[top(m, v)]],
            {"csv": table(["month", "sales"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_worst_month(rng: random.Random) -> Made:  # terse, weakest month
    m, v = monthly(rng)
    return ("worst month in here?", [[top(m, v, low=True)]],
            {"csv": table(["Month", "Revenue"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_sales_total(rng: random.Random) -> Made:  # column total
    m, v = monthly(rng)
    return ("Can you total up the sales column in this spreadsheet export?", [num(sum(v))],
            {"csv": table(["month", "sales"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_month_mean(rng: random.Random) -> Made:  # average per month
    m, v = monthly(rng)
    return ("what's our average monthly revenue based on this csv?", [num(mean(v))],
            {"csv": table(["month", "revenue_usd"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_first_last_growth(rng: random.Random) -> Made:  # growth over the file
    m, v = monthly(rng)
    return ("By how many percent did sales change between the first and the last month in "
            "the file I sent?", [pct(change(num(Fraction(v[-1] - v[0], v[0]) * 100)))],
            {"csv": table(["month", "sales"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_months_above(rng: random.Random) -> Made:  # months above a threshold
    m, v = monthly(rng)
    limit = rng.choice([1500, 2000, 2500, 3000])
    return (f"In how many months did we sell more than {limit} units? Data attached.",
            [count(sum(1 for x in v if x > limit))],
            {"csv": table(["month", "units"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_peak_value(rng: random.Random) -> Made:  # the highest value itself
    m, v = monthly(rng)
    return ("Looking at the attached numbers, what was the highest monthly figure we hit?",
            [num(max(v))],
            {"csv": table(["month", "orders"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_month_median(rng: random.Random) -> Made:  # median of a column
    m, v = monthly(rng)
    return ("median of the visitors column please", [num(median(v))],
            {"csv": table(["month", "visitors"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_month_sd(rng: random.Random) -> Made:  # sample sd of a column
    m, v = monthly(rng, 100, 600)
    return ("How volatile are these monthly bookings? Give me the sample standard deviation.",
            [real(sd(v))],
            {"csv": table(["month", "bookings"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_month_range(rng: random.Random) -> Made:  # gap between best and worst month
    m, v = monthly(rng)
    return ("What's the difference between our best and worst month in this sheet?",
            [num(max(v) - min(v))],
            {"csv": table(["month", "sales"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_top_student(rng: random.Random) -> Made:  # who scored highest
    n, s = marks(rng)
    return ("Who got the top mark in the class? Results attached.", [[top(n, s)]],
            {"csv": table(["student", "mark"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_bottom_student(rng: random.Random) -> Made:  # who needs help
    n, s = marks(rng)
    return ("which student scored lowest on the test? I want to check in with them",
            [[top(n, s, low=True)]],
            {"csv": table(["name", "score"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_class_mean(rng: random.Random) -> Made:  # class average
    n, s = marks(rng)
    return ("Class average for this test?", [num(mean(s))],
            {"csv": table(["student", "score"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_passed(rng: random.Random) -> Made:  # how many reached the pass mark
    n, s = marks(rng)
    return ("The pass mark is fifty. How many students passed, going by the attached list?",
            [count(sum(1 for x in s if x >= 50))],
            {"csv": table(["student", "score"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_class_median(rng: random.Random) -> Made:  # median mark
    n, s = marks(rng)
    return ("What is the median score in the attached gradebook?", [num(median(s))],
            {"csv": table(["Name", "Score"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_lookup_mark(rng: random.Random) -> Made:  # one named row's value
    n, s = marks(rng)
    i = rng.randrange(len(n))
    return (f"what did {n[i]} get?", [num(s[i])],
            {"csv": table(["student", "result"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_class_sd(rng: random.Random) -> Made:  # population sd of a class
    n, s = marks(rng)
    return ("This is every student in the class. What's the standard deviation of the marks "
            "(population)?", [real(sd(s, sample=False))],
            {"csv": table(["student", "mark"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_above_mean_count(rng: random.Random) -> Made:  # how many beat the average
    n, s = marks(rng)
    m = mean(s)
    return ("How many people in this file scored above the class average?",
            [count(sum(1 for x in s if x > m))],
            {"csv": table(["student", "score"], [list(r) for r in zip(n, s, strict=True)])})


@fam
def k_d_c_hottest_day(rng: random.Random) -> Made:  # day with the highest high
    high, _, csv = weather(rng)
    return ("Which day was the hottest last week? Forecast export attached.",
            [[top(DAYS, high)]], {"csv": csv})


@fam
def k_d_c_coldest_night(rng: random.Random) -> Made:  # day with the lowest low
    _, low, csv = weather(rng)
    return ("which night got the coldest?", [[top(DAYS, low, low=True)]], {"csv": csv})


@fam
def k_d_c_mean_high(rng: random.Random) -> Made:  # average daytime high
    high, _, csv = weather(rng)
    return ("What was the average daytime high over the week in this file?",
            [num(mean(high))], {"csv": csv})


@fam
def k_d_c_biggest_swing(rng: random.Random) -> Made:  # largest day-night gap
    high, low, csv = weather(rng)
    return ("On which day was the gap between the high and the low biggest?",
            [[top(DAYS, [h - lo for h, lo in zip(high, low, strict=True)])]], {"csv": csv})


@fam
def k_d_c_mean_low(rng: random.Random) -> Made:  # average overnight low
    _, low, csv = weather(rng)
    return ("Average overnight low for the week, please (see attachment).",
            [num(mean(low))], {"csv": csv})


@fam
def k_d_c_row_count(rng: random.Random) -> Made:  # how many rows
    m, v = monthly(rng)
    return ("how many months of data are in this file?", [count(len(m))],
            {"csv": table(["month", "amount"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_peak_chart(rng: random.Random) -> Made:  # chart the file, name the peak
    m, v = monthly(rng)
    return ("Chart this for me and tell me which month peaked.", [[top(m, v)]],
            {"csv": table(["month", "signups"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_chart_total(rng: random.Random) -> Made:  # chart plus total
    m, v = monthly(rng, 20, 300)
    return ("Could you plot the attached data as a line chart? Also, what's the total across "
            "all months?", [num(sum(v))],
            {"csv": table(["month", "tickets"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_q2_total(rng: random.Random) -> Made:  # second quarter total
    v = [rng.randint(900, 4000) for _ in MONTHS]
    return ("What were total sales for Q2 (April to June)?", [num(sum(v[3:6]))],
            {"csv": table(["month", "sales"], [list(r) for r in zip(MONTHS, v, strict=True)])})


@fam
def k_d_c_halves(rng: random.Random) -> Made:  # second half minus first half
    v = [rng.randint(900, 4000) for _ in MONTHS]
    return ("How much more (or less) did we sell in the second half of the year than the "
            "first half?", [change(num(sum(v[6:]) - sum(v[:6])))],
            {"csv": table(["month", "sales"], [list(r) for r in zip(MONTHS, v, strict=True)])})


@fam
def k_d_c_biggest_jump(rng: random.Random) -> Made:  # largest month-on-month rise
    m, v = monthly(rng)
    rises = [b - a for a, b in itertools.pairwise(v)]
    if max(rises) <= 0:
        raise Tie
    return ("Which month saw the biggest increase over the month before it?",
            [[top(m[1:], rises)]],
            {"csv": table(["month", "sales"], [list(r) for r in zip(m, v, strict=True)])})


@fam
def k_d_c_december_share(rng: random.Random) -> Made:  # one month's share of the year
    v = [rng.randint(900, 4000) for _ in MONTHS]
    return ("What percentage of the year's sales came in December?",
            [pct(num(Fraction(v[-1] * 100, sum(v))))],
            {"csv": table(["month", "sales"], [list(r) for r in zip(MONTHS, v, strict=True)])})


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
