"""Round 11 (``Q_*``, dev now) for ``muse bench agents``, maths part five: everyday word
problems whose answer is a number: shopping, pay, budgets, savings, shares, grades and
time (answer forms from :mod:`bench.data.agents.heldout11_math`)."""

from __future__ import annotations

import datetime
import random
from fractions import Fraction as F

from bench.data.agents.heldout11_math import dec, dedupe, money, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item


def q_per_100g(rng: random.Random) -> Item:  # a price per 100 grams
    grams, price = rng.choice([250, 400, 500, 750, 900, 1200]), F(rng.randint(150, 1200), 100)
    v = price * 100 / grams
    if tie(v):
        return q_per_100g(rng)
    return item("Q_a_per_100g", "math", f"a {grams}g bag of coffee costs ${float(price):.2f}. "
                "whats that per 100g?", [money(v)])


def q_budget_left(rng: random.Random) -> Item:  # what is left of a monthly income
    pay, rent, bills = rng.randint(1800, 5200), rng.randint(600, 1800), rng.randint(90, 450)
    food, travel = rng.randint(150, 700), rng.randint(40, 300)
    left = pay - rent - bills - food - travel
    if left <= 0:
        return q_budget_left(rng)
    return item("Q_a_budget_left", "math", f"I take home {pay:,} a month. Rent is {rent:,}, bills "
                f"{bills}, groceries about {food} and transport {travel}. What's left over?",
                [whole(left)])


def q_loan_payment(rng: random.Random) -> Item:  # a monthly payment on an amortised loan
    p, rate = rng.randint(20, 400) * 100, rng.choice([3, 4.5, 5, 6, 7.5, 9])
    years = rng.randint(2, 6)
    r, n = rate / 1200, years * 12
    v = p * r / (1 - (1 + r) ** -n)
    if abs(v * 100 % 1 - 0.5) < 1e-3:
        return q_loan_payment(rng)
    return item("Q_a_loan_payment", "math", f"What's the monthly payment on a ${p:,} loan at "
                f"{rate}% APR over {years} years?", [money(round(v, 2))])


def q_dividend(rng: random.Random) -> Item:  # a year of quarterly dividends
    shares, per = rng.randint(20, 900), F(rng.randint(8, 95), 100)
    return item("Q_a_dividend", "math", f"I own {shares} shares and they pay {float(per):.2f} per "
                "share every quarter. How much do I get in dividends over a year?",
                [money(shares * per * 4)])


def q_net_pay(rng: random.Random) -> Item:  # pay after tax and pension
    gross, tax = rng.randint(1800, 7500), rng.choice([18, 20, 22, 25, 30])
    pension = rng.randint(3, 8)
    v = F(gross * (100 - tax - pension), 100)
    if tie(v):
        return q_net_pay(rng)
    return item("Q_a_net_pay", "math", f"gross pay {gross}, they take {tax}% tax and {pension}% "
                "pension (both off the gross). net?", [money(v)])


def q_gpa(rng: random.Random) -> Item:  # a credit-weighted grade point average
    grades = rng.sample([4.0, 3.7, 3.3, 3.0, 2.7, 2.3, 2.0], 4)
    credits = [rng.randint(2, 5) for _ in range(4)]
    v = F(sum(int(g * 10) * c for g, c in zip(grades, credits, strict=True)), 10 * sum(credits))
    if tie(v):
        return q_gpa(rng)
    courses = ", ".join(f"{g} in a {c}-credit course" for g, c in zip(grades, credits, strict=True))
    return item("Q_a_gpa", "math", f"my grades this term: {courses}. what's my GPA?",
                [dec(float(v))])


def q_days_between(rng: random.Random) -> Item:  # days between two dates in one year
    start = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 200))
    end = start + datetime.timedelta(days=rng.randint(20, 150))
    n = (end - start).days
    return item("Q_a_days_between", "math", f"How many days are there from {start:%B} {start.day} "
                f"to {end:%B} {end.day}, 2026?", [[f"{n} days"]])


def q_playlist(rng: random.Random) -> Item:  # song lengths added up
    songs = [rng.randint(130, 330) for _ in range(rng.randint(4, 7))]
    total = sum(songs)
    m, s = divmod(total, 60)
    out = [f"{m}:{s:02d}", f"{m} minutes {s} seconds", f"{m} minutes and {s} seconds",
           f"{m} min {s} s", f"{m}m {s}s", f"{m} min {s} sec"]
    if m >= 60:
        out.append(f"{m // 60}:{m % 60:02d}:{s:02d}")
    return item("Q_a_playlist", "math", "how long is my playlist? songs are "
                + ", ".join(f"{x // 60}:{x % 60:02d}" for x in songs), [dedupe(out)])


def q_trip_split(rng: random.Random) -> Item:  # shared trip costs
    car, fuel, tolls, n = rng.randint(90, 400), F(rng.randint(3000, 15000), 100), \
        F(rng.randint(500, 4000), 100), rng.randint(3, 6)
    v = (car + fuel + tolls) / n
    if tie(v):
        return q_trip_split(rng)
    return item("Q_a_trip_split", "math", f"road trip: car hire {car}, fuel {float(fuel):.2f}, "
                f"tolls {float(tolls):.2f}. {n} of us split it equally - how much each?",
                [money(v)])


def q_hourly(rng: random.Random) -> Item:  # an hourly rate from a yearly salary
    salary, hours = rng.randint(28, 120) * 1000, rng.choice([35, 37.5, 40])
    v = F(salary) / (F(str(hours)) * 52)
    if tie(v):
        return q_hourly(rng)
    return item("Q_a_hourly", "math", f"If I earn {salary:,} a year and work {hours} hours a week, "
                "52 weeks a year, what's that per hour?", [money(v)])


def q_portfolio(rng: random.Random) -> Item:  # the value of two holdings
    a, pa = rng.randint(3, 80), F(rng.randint(1000, 40000), 100)
    b, pb = rng.randint(3, 200), F(rng.randint(500, 9000), 100)
    return item("Q_a_portfolio", "math", f"{a} shares at {float(pa):.2f} plus {b} shares at "
                f"{float(pb):.2f} - total value of my portfolio?", [money(a * pa + b * pb)])


def q_save_monthly(rng: random.Random) -> Item:  # a monthly saving to reach a goal
    goal, months = rng.randint(12, 150) * 100, rng.choice([6, 9, 10, 12, 15, 18, 24])
    v = F(goal, months)
    if tie(v):
        return q_save_monthly(rng)
    return item("Q_a_save_monthly", "math", f"Need {goal:,} for a holiday in {months} months. How "
                "much should I save each month?", [money(v)])


def q_final_needed(rng: random.Random) -> Item:  # the final exam mark needed for a target
    w = rng.choice([30, 40, 50])
    now, target = rng.randint(55, 90), rng.randint(60, 85)
    v = F(target * 100 - now * (100 - w), w)
    if v <= 0 or v > 100 or tie(v):
        return q_final_needed(rng)
    return item("Q_a_final_needed", "math", f"the final is {w}% of the grade. i have {now} on "
                f"everything else. what do i need on the final to get {target} overall?",
                [dec(float(v))])


def q_stacked_discount(rng: random.Random) -> Item:  # two discounts one after the other
    price, a, b = rng.randint(20, 400), rng.choice([20, 25, 30, 40, 50]), rng.choice([10, 15, 20])
    v = F(price * (100 - a) * (100 - b), 10000)
    if tie(v):
        return q_stacked_discount(rng)
    return item("Q_a_stacked_discount", "math", f"Jeans are ${price}, marked {a}% off, and I have "
                f"a coupon for another {b}% off the sale price. Final price?", [money(v)])


def q_habit_hours(rng: random.Random) -> Item:  # minutes a day as hours per month
    mins, days = rng.choice([15, 20, 25, 35, 40, 45, 50, 75, 90]), rng.choice([28, 30, 31])
    v = F(mins * days, 60)
    vals = dec(float(v)) if v.denominator != 1 else [str(v)]
    if tie(v):
        return q_habit_hours(rng)
    h, m = divmod(mins * days, 60)
    out = [f"{x} hours" for x in vals] + [f"{x} h" for x in vals]
    if m:
        out += [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m",
                f"{h} h {m} min", f"{h} hours, {m} minutes"]
    return item("Q_a_habit_hours", "math", f"I practise guitar {mins} minutes a day. How many "
                f"hours is that over {days} days?", [dedupe(out)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    q_per_100g, q_budget_left, q_loan_payment, q_dividend, q_net_pay, q_gpa, q_days_between,
    q_playlist, q_trip_split, q_hourly, q_portfolio, q_save_monthly, q_final_needed,
    q_stacked_discount, q_habit_hours)]
