"""Round 13 (``K_d_*``, dev now), part six: attached logs of rain, share prices, surveys,
stock levels, energy use and runs, plus a few more lists written in the message."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout13_data import (
    Made,
    Tie,
    change,
    corr,
    ints,
    join,
    linked,
    mean,
    median,
    num,
    pct,
    real,
    register,
)
from bench.data.agents.heldout13_data_3 import MONTHS, count, table, top
from bench.data.agents.helpers import Family

ITEMS = ["Bolts", "Nuts", "Washers", "Screws", "Hinges", "Brackets", "Nails"]


def rain(rng: random.Random) -> tuple[list[str], list[Fraction], str]:
    n = rng.randint(10, 20)
    days = [f"2026-04-{d:02d}" for d in range(1, n + 1)]
    mm = [Fraction(rng.randint(1, 250), 10) if rng.random() < 0.5 else Fraction(0)
          for _ in days]
    return days, mm, table(["date", "rain_mm"], [[d, float(x)] for d, x in zip(
        days, mm, strict=True)])


def closes(rng: random.Random) -> tuple[list[str], list[Fraction], str]:
    n = rng.randint(8, 12)
    days = [f"2026-06-{d:02d}" for d in range(1, n + 1)]
    price = [Fraction(rng.randint(9000, 11000), 100)]
    for _ in days[1:]:
        price.append(price[-1] + Fraction(rng.randint(-300, 300), 100))
    return days, price, table(["date", "close"], [[d, f"{float(p):.2f}"] for d, p in zip(
        days, price, strict=True)])


def survey(rng: random.Random) -> tuple[list[int], str]:
    r = [rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5]) for _ in range(rng.randint(10, 16))]
    return r, table(["respondent", "rating"], [[i + 1, x] for i, x in enumerate(r)])


def runs(rng: random.Random) -> tuple[list[str], list[Fraction], list[int], str]:
    days = sorted(rng.sample(range(1, 31), rng.randint(5, 9)))
    dates = [f"2026-09-{d:02d}" for d in days]
    km = [Fraction(rng.randint(30, 210), 10) for _ in dates]
    mins = [round(float(k) * rng.uniform(4.8, 6.6)) for k in km]
    return dates, km, mins, table(["date", "distance_km", "minutes"], [
        [d, float(k), m] for d, k, m in zip(dates, km, mins, strict=True)])


REG: list[Family] = []
fam = register(REG, "data")


@fam
def k_d_c_rain_total(rng: random.Random) -> Made:  # total rainfall
    _, mm, csv = rain(rng)
    return ("How much rain fell in total over the period in this weather log (mm)?",
            [num(sum(mm))], {"csv": csv})


@fam
def k_d_c_rain_days(rng: random.Random) -> Made:  # days with any rain
    _, mm, csv = rain(rng)
    return ("On how many days did it rain at all?", [count(sum(1 for x in mm if x > 0))],
            {"csv": csv})


@fam
def k_d_c_wettest(rng: random.Random) -> Made:  # date with most rain
    days, mm, csv = rain(rng)
    d = int(top(days, mm)[-2:])
    return ("which day was the wettest?", [[f"2026-04-{d:02d}", f"{d} April", f"April {d}",
                                            f"Apr {d}"]], {"csv": csv})


@fam
def k_d_c_stock_change(rng: random.Random) -> Made:  # share price change in percent
    _, p, csv = closes(rng)
    return ("Here are the closing prices for a share I hold. What's the percentage change "
            "from the first close to the last?", [pct(change(num((p[-1] - p[0]) / p[0] * 100)))],
            {"csv": csv})


@fam
def k_d_c_stock_mean(rng: random.Random) -> Made:  # average close
    _, p, csv = closes(rng)
    return ("average closing price over these days?", [num(mean(p))], {"csv": csv})


@fam
def k_d_c_stock_peak(rng: random.Random) -> Made:  # date of the highest close
    days, p, csv = closes(rng)
    d = int(top(days, p)[-2:])
    return ("On which date did it close highest?", [[f"2026-06-{d:02d}", f"{d} June",
                                                     f"June {d}", f"Jun {d}"]], {"csv": csv})


@fam
def k_d_c_survey_mean(rng: random.Random) -> Made:  # mean satisfaction
    r, csv = survey(rng)
    return ("Customer survey results attached (1–5). What's the average rating?",
            [num(mean(r))], {"csv": csv})


@fam
def k_d_c_survey_mode(rng: random.Random) -> Made:  # most common rating
    r, csv = survey(rng)
    freq = [r.count(k) for k in range(1, 6)]
    if freq.count(max(freq)) > 1:
        raise Tie
    return ("Which rating did people give most often?", [[str(freq.index(max(freq)) + 1)]],
            {"csv": csv})


@fam
def k_d_c_survey_fives(rng: random.Random) -> Made:  # share of top ratings
    r, csv = survey(rng)
    return ("What percentage of respondents gave us a 5?",
            [pct(num(Fraction(100 * r.count(5), len(r))))], {"csv": csv})


@fam
def k_d_c_survey_median(rng: random.Random) -> Made:  # median rating
    r, csv = survey(rng)
    return ("median rating in this survey export?", [num(median(r))], {"csv": csv})


@fam
def k_d_c_reorder(rng: random.Random) -> Made:  # items below their reorder level
    names = rng.sample(ITEMS, rng.randint(4, 7))
    stock = [rng.randint(0, 200) for _ in names]
    level = [rng.choice([20, 40, 50, 75]) for _ in names]
    csv = table(["item", "in_stock", "reorder_level"], [list(r) for r in zip(
        names, stock, level, strict=True)])
    return ("How many items in this inventory are below their reorder level?",
            [count(sum(1 for s, lv in zip(stock, level, strict=True) if s < lv))], {"csv": csv})


@fam
def k_d_c_energy_mean(rng: random.Random) -> Made:  # average monthly kWh
    n = rng.randint(6, 12)
    kwh = [rng.randint(180, 520) for _ in range(n)]
    return ("What's my average monthly electricity use from this file?", [num(mean(kwh))],
            {"csv": table(["month", "kwh"], [[m, k] for m, k in zip(MONTHS, kwh, strict=False)])})


@fam
def k_d_c_energy_cost(rng: random.Random) -> Made:  # total kWh times a rate
    n = rng.randint(6, 12)
    kwh = [rng.randint(180, 520) for _ in range(n)]
    rate = rng.choice([Fraction(28, 100), Fraction(31, 100), Fraction(245, 1000)])
    return (f"At {float(rate)} per kWh, what did all the electricity in this file cost me?",
            [num(sum(kwh) * rate)],
            {"csv": table(["month", "kwh"], [[m, k] for m, k in zip(MONTHS, kwh, strict=False)])})


@fam
def k_d_c_run_pace(rng: random.Random) -> Made:  # overall minutes per km
    _, km, mins, csv = runs(rng)
    pace = sum(mins) / sum(km, Fraction(0))
    secs = pace * 60
    if (secs - int(secs)) == Fraction(1, 2):
        raise Tie
    whole = round(secs)
    return ("From my running log, what's my overall average pace in minutes per km?",
            [[*num(pace), f"{whole // 60}:{whole % 60:02d}"]], {"csv": csv})


@fam
def k_d_c_run_longest(rng: random.Random) -> Made:  # date of the longest run
    dates, km, _, csv = runs(rng)
    d = int(top(dates, km)[-2:])
    return ("When was my longest run?", [[f"2026-09-{d:02d}", f"{d} September",
                                          f"September {d}", f"Sep {d}", f"Sept {d}"]],
            {"csv": csv})


@fam
def k_d_c_run_distance(rng: random.Random) -> Made:  # total kilometres
    _, km, _, csv = runs(rng)
    return ("how many km did I run in total in september?", [num(sum(km))], {"csv": csv})


@fam
def k_d_gpa(rng: random.Random) -> Made:  # credit-weighted grade point average
    points = {"A": 4, "B": 3, "C": 2, "D": 1}
    courses = [(rng.choice("ABCD"), rng.choice([2, 3, 4, 5])) for _ in range(rng.randint(3, 5))]
    listing = ", ".join(f"{g} ({c} credits)" for g, c in courses)
    gpa = Fraction(sum(points[g] * c for g, c in courses), sum(c for _, c in courses))
    return (f"My grades this semester: {listing}. On a 4-point scale (A=4, B=3, C=2, D=1), "
            "what's my GPA?", [num(gpa)], {})


@fam
def k_d_screen_sleep(rng: random.Random) -> Made:  # a negative correlation, chatty
    s = ints(rng, 1, 9, (6, 8))
    z = linked(s, -0.4, 9, 1.2, rng)
    return (f"screen time (h): {join(s)}\nsleep (h): {join(z)}\nis there a correlation? "
            "give me pearson's r", [real(corr(s, z))], {})


@fam
def k_d_salary_median(rng: random.Random) -> Made:  # median of an even list of salaries
    s = [rng.randint(28, 95) * 1000 for _ in range(rng.choice([4, 6, 8]))]
    return (f"Salaries on my team: {join(s)}. What's the median salary?", [num(median(s))],
            {})


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
