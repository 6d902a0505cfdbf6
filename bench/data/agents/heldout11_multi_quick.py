"""Round 11 (``Q_m_*``, dev now) multi-part families of quick asks : several small questions
in one message, and a result reused in a chain ("... then double it")."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout11_multi_common import (
    MILE,
    F,
    Item,
    cash,
    forms,
    multi,
    one_dp,
    tie,
    unit,
)
from bench.data.agents.helpers import Family


def _n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def q_m_three_quick(rng: random.Random) -> Item:  # a product, a square root, a percentage
    a, b, r = rng.randint(13, 39), rng.randint(13, 39), rng.randint(11, 30)
    pct, base = rng.choice([5, 15, 35, 45]), 20 * rng.randint(2, 30)
    return multi("Q_m_three_quick", f"quick ones: {a}*{b}, square root of {r * r}, and "
                 f"{pct}% of {base}", [_n(a * b), [str(r)], forms(F(pct * base, 100))])


def q_m_percent_then_add(rng: random.Random) -> Item:  # a percentage, then added back on
    pct, base = rng.choice([8, 12, 14, 22]), rng.randint(40, 900)
    part = F(pct * base, 100)
    return multi("Q_m_percent_then_add", f"What's {pct}% of {base}? Then add that onto {base}.",
                 [forms(part), forms(base + part)])


def q_m_divide_double_add(rng: random.Random) -> Item:  # divide, double, add: a chain
    q, d, k = rng.randint(3, 25), rng.randint(3, 12), rng.randint(2, 19)
    return multi("Q_m_divide_double_add", f"{q * d} divided by {d}, then double it, then add "
                 f"{k}", [[str(q)], [str(2 * q)], [str(2 * q + k)]])


def q_m_miles_times(rng: random.Random) -> Item:  # a conversion, then multiplied
    mi, k = rng.randint(2, 26), rng.choice([3, 4, 5, 7])
    km = mi * MILE
    if tie(km) or tie(k * km):
        return q_m_miles_times(rng)
    return multi("Q_m_miles_times", f"my commute is {mi} miles each way. in km? and how far is "
                 f"that over {k} one-way trips?", [unit(km, "km", "kilometres", "kilometers"),
                                                   unit(k * km, "km", "kilometres",
                                                        "kilometers")])


def q_m_square_cube(rng: random.Random) -> Item:  # a square and a cube
    n = rng.randint(13, 60)
    return multi("Q_m_square_cube", f"{n} squared and {n} cubed?", [_n(n * n), _n(n ** 3)])


def q_m_factorial_power(rng: random.Random) -> Item:  # a factorial and a power of two
    n, e = rng.randint(5, 10), rng.randint(9, 20)
    return multi("Q_m_factorial_power", f"Two things: {n}! and 2^{e}.",
                 [_n(math.factorial(n)), _n(2 ** e)])


def q_m_bill_tip_each(rng: random.Random) -> Item:  # a tip, then split per person
    bill, pct, people = rng.randint(40, 260), rng.choice([10, 12, 15, 18, 20]), rng.randint(2, 6)
    tip = F(bill * pct, 100)
    each = (bill + tip) / people
    if tie(tip) or tie(each):
        return q_m_bill_tip_each(rng)
    return multi("Q_m_bill_tip_each", f"dinner came to ${bill}, we want to tip {pct}% and "
                 f"split it {people} ways. tip amount and what does each of us pay?",
                 [cash(tip, "USD") + forms(tip), cash(each, "USD") + forms(each)])


def q_m_double_discount(rng: random.Random) -> Item:  # two discounts one after the other
    price, d1, d2 = 5 * rng.randint(8, 60), rng.choice([20, 25, 30, 40]), rng.choice([10, 15])
    first = F(price * (100 - d1), 100)
    final = first * (100 - d2) / 100
    if tie(final):
        return q_m_double_discount(rng)
    return multi("Q_m_double_discount", f"coat was £{price}, it's {d1}% off, and at the till "
                 f"they took another {d2}% off the sale price. what was the sale price and "
                 "what did I pay?", [cash(first, "GBP") + forms(first),
                                     cash(final, "GBP") + forms(final)])


def q_m_average_gap(rng: random.Random) -> Item:  # an average, then a distance from it
    values = [rng.randint(10, 99) for _ in range(4)]
    other = rng.randint(10, 99)
    mean = F(sum(values), 4)
    gap = abs(other - mean)
    if tie(mean) or tie(gap) or gap == 0:
        return q_m_average_gap(rng)
    return multi("Q_m_average_gap", "average of " + ", ".join(map(str, values)) + "? and how "
                 f"far is {other} from it", [forms(mean), forms(gap)])


def q_m_hours_minutes_seconds(rng: random.Random) -> Item:  # hours to minutes, then seconds
    h = rng.randint(2, 12)
    q = rng.choice([F(1, 4), F(1, 2), F(3, 4)])
    hours = h + q
    mins = hours * 60
    return multi("Q_m_hours_minutes_seconds", f"how many minutes in {float(hours)} hours, and how "
                 "many seconds is that", [_n(int(mins)), _n(int(mins * 60))])


def q_m_compound_interest(rng: random.Random) -> Item:  # compound growth, then the interest
    p, r, y = 500 * rng.randint(1, 20), rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 6)
    amount = p * F(100 + r, 100) ** y
    if tie(amount) or tie(amount - p):
        return q_m_compound_interest(rng)
    return multi("Q_m_compound_interest", f"if I put {p} in savings at {r}% a year compounded "
                 f"annually, what will I have after {y} years and how much of that is interest?",
                 [forms(amount), forms(amount - p)])


def q_m_fraction_sum_decimal(rng: random.Random) -> Item:  # a sum of fractions, exact and decimal
    a, b = rng.sample([3, 5, 6, 7, 8, 9, 11], 2)
    total = F(1, a) + F(1, b)
    if tie(total):
        return q_m_fraction_sum_decimal(rng)
    return multi("Q_m_fraction_sum_decimal", f"1/{a} + 1/{b} as a fraction, and as a decimal",
                 [[str(total)], forms(total)])


def q_m_drive_time_miles(rng: random.Random) -> Item:  # a journey time, and its distance in miles
    speed, hours = rng.choice([60, 80, 90, 100, 110]), rng.choice([F(3, 2), F(2), F(5, 2), F(3)])
    km = speed * hours
    miles = km / MILE
    if tie(miles):
        return q_m_drive_time_miles(rng)
    return multi("Q_m_drive_time_miles", f"we're driving {km} km at about {speed} km/h. how many "
                 "hours will it take, and how far is it in miles?",
                 [unit(hours, "hours", "hrs", "h"), unit(miles, "miles", "mi")])


def q_m_circle_area_circumference(rng: random.Random) -> Item:  # area and circumference
    r = rng.randint(2, 30)
    area, circ = F(math.pi * r * r), F(2 * math.pi * r)
    if tie(area) or tie(circ):
        return q_m_circle_area_circumference(rng)
    return multi("Q_m_circle_area_circumference", f"circle with radius {r} cm - area and "
                 "circumference?", [unit(area, "cm²", "cm^2", "square centimetres", "cm2"),
                                    unit(circ, "cm", "centimetres", "centimeters")])


def q_m_gcd_lcm(rng: random.Random) -> Item:  # a greatest common divisor and a least multiple
    g = rng.randint(2, 12)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    if a == b:
        return q_m_gcd_lcm(rng)
    return multi("Q_m_gcd_lcm", f"gcd and lcm of {a} and {b}?",
                 [[str(math.gcd(a, b))], [str(math.lcm(a, b))]])


def q_m_sqrt_one_dp(rng: random.Random) -> Item:  # a square root to one decimal, then tripled
    n = rng.randint(10, 200)
    root = math.sqrt(n)
    if root == int(root):
        return q_m_sqrt_one_dp(rng)
    value = F(root)
    if tie(value, 1) or tie(3 * value, 1):
        return q_m_sqrt_one_dp(rng)
    return multi("Q_m_sqrt_one_dp", f"square root of {n} to 1 decimal place, and three times "
                 "the square root (also 1 dp)",
                 [one_dp(value), [*one_dp(3 * value), *one_dp(3 * F(one_dp(value)[0]))]])


QUICK: list[Family] = [
    q_m_three_quick, q_m_percent_then_add, q_m_divide_double_add, q_m_miles_times,
    q_m_square_cube, q_m_factorial_power, q_m_bill_tip_each, q_m_double_discount,
    q_m_average_gap, q_m_hours_minutes_seconds, q_m_compound_interest,
    q_m_fraction_sum_decimal, q_m_drive_time_miles, q_m_circle_area_circumference,
    q_m_gcd_lcm, q_m_sqrt_one_dp,
]
