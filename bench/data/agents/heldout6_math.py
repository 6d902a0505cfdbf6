"""Round 6 (``V_*``, held out once, dev now) for ``muse bench agents``, first part: arithmetic,
money, percentages, powers, roots and factorials (see :mod:`bench.data.agents.heldout6`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout5_math import commas, minus, show, tie
from bench.data.agents.helpers import Family, Item, exact, item


def money(value: Fraction) -> list[str]:
    """An amount as fmt() gives it and with two decimals, each also with thousands commas."""
    forms = [show(value), f"{float(value):.2f}"]
    return list(dict.fromkeys(f for text in forms for f in commas(text)))


def cents(value: Fraction) -> bool:
    return (value * 100).denominator == 1


# --- everyday money and percentages ---------------------------------------------------

def v_unit_price(rng: random.Random) -> Item:  # price per kilo from a pack size
    grams = rng.choice([200, 250, 400, 500, 750, 800])
    price = Fraction(rng.randint(99, 1299), 100)
    value = price * 1000 / grams
    if not cents(value):
        return v_unit_price(rng)
    return item("V_unit_price", "math", f"a {grams} g pack of coffee is {float(price):.2f}. what "
                "does that work out per kilo?", [money(value)])


def v_percent_of_what(rng: random.Random) -> Item:  # the whole from a part and a percentage
    p, whole = rng.choice([4, 5, 8, 12, 15, 20, 25, 40]), rng.randint(3, 60) * 25
    part = Fraction(p * whole, 100)
    if part.denominator != 1:
        return v_percent_of_what(rng)
    return item("V_percent_of_what", "math", f"{part} is {p}% of what number?",
                [commas(str(whole))])


def v_before_sale(rng: random.Random) -> Item:  # the price before a discount
    off, original = rng.choice([10, 20, 25, 30, 40]), rng.randint(4, 60) * 5
    paid = Fraction(original * (100 - off), 100)
    return item("V_before_sale", "math", f"paid {show(paid)} for shoes in a {off}% off sale. "
                "what were they originally?", [money(Fraction(original))])


def v_vat(rng: random.Random) -> Item:  # a price with 20% VAT added
    net = Fraction(rng.randint(500, 40000), 100)
    value = net * Fraction(6, 5)
    if tie(value):
        return v_vat(rng)
    return item("V_vat", "math", f"the quote says {float(net):.2f} plus VAT at 20%, so what "
                "will I actually pay?", [money(Fraction(round(value * 100), 100))])


def v_compound(rng: random.Random) -> Item:  # savings with yearly compound interest
    principal, rate = rng.randint(5, 50) * 100, rng.choice([2, 3, 4, 5, 6])
    years = rng.randint(2, 5)
    value = principal * Fraction(100 + rate, 100) ** years
    if tie(value):
        return v_compound(rng)
    return item("V_compound", "math", f"if I put {principal} in a savings account at {rate}% "
                f"a year, compounded yearly, how much will I have after {years} years?",
                [money(Fraction(round(value * 100), 100))])


def v_what_percent(rng: random.Random) -> Item:  # one number as a percentage of another
    whole = rng.choice([40, 80, 120, 160, 200, 240, 250, 400, 500])
    part = rng.randint(1, whole - 1)
    value = Fraction(part * 100, whole)
    if (value * 100).denominator != 1:
        return v_what_percent(rng)
    return item("V_what_percent", "math", f"{part} of the {whole} people surveyed said yes - "
                "what percentage is that?", [[f for v in money(value) for f in (v, f"{v}%")]])


def v_hourly_pay(rng: random.Random) -> Item:  # hours worked times an hourly rate
    hours = Fraction(rng.randint(30, 90), 2)
    rate = Fraction(rng.randint(1100, 3500), 100)
    if not cents(hours * rate):
        return v_hourly_pay(rng)
    return item("V_hourly_pay", "math", f"I worked {show(hours)} hours this week at "
                f"{float(rate):.2f} an hour. what's my pay before tax?",
                [money(hours * rate)])


def v_raise(rng: random.Random) -> Item:  # a salary after a percentage raise
    salary = rng.randint(18, 90) * 1000
    p = rng.choice([Fraction(2), Fraction(5, 2), Fraction(3), Fraction(7, 2), Fraction(4),
                    Fraction(9, 2), Fraction(6)])
    return item("V_raise", "math", f"I'm on {salary:,} a year and just got a {show(p)}% raise. "
                "what's my new salary?", [money(salary * (100 + p) / 100)])


def v_avg_speed(rng: random.Random) -> Item:  # distance over time, minutes in the request
    minutes = rng.choice([30, 45, 90, 150, 180, 210])
    speed = rng.randint(8, 24) * 4
    km = Fraction(speed * minutes, 60)
    if km.denominator != 1:
        return v_avg_speed(rng)
    return item("V_avg_speed", "math", f"we drove {km} km in {minutes} minutes. what was our "
                "average speed in km/h?", [[str(speed)]])


# --- numbers, powers, roots, factorials -----------------------------------------------

def v_big_product(rng: random.Random) -> Item:  # two four-digit numbers
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    return item("V_big_product", "math", f"can you do {a} * {b} for me", [commas(str(a * b))])


def v_decimal_product(rng: random.Random) -> Item:  # decimals multiplied, written with x
    a, b = Fraction(rng.randint(11, 99), 10), Fraction(rng.randint(2, 40), 4)
    if not cents(a * b):
        return v_decimal_product(rng)
    return item("V_decimal_product", "math", f"{show(a)} x {show(b)}?", [[show(a * b)]])


def v_neg_power(rng: random.Random) -> Item:  # a negative exponent
    a, n = rng.choice([2, 4, 5, 10]), rng.randint(1, 4)
    return item("V_neg_power", "math", f"what does {a}^-{n} equal?",
                [exact(Fraction(1, a ** n))])


def v_fourth_root(rng: random.Random) -> Item:  # a fourth root spelled out
    n = rng.randint(2, 15)
    return item("V_fourth_root", "math", f"what's the 4th root of {n ** 4}",
                [[str(n)]])


def v_root_decimal(rng: random.Random) -> Item:  # square root of a decimal square
    n = rng.choice([k for k in range(11, 40) if k % 10])
    return item("V_root_decimal", "math", f"sqrt({show(Fraction(n * n, 100))})",
                [[show(Fraction(n, 10))]])


def v_hypotenuse(rng: random.Random) -> Item:  # Pythagoras with a whole answer
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)])
    k = rng.randint(1, 6)
    return item("V_hypotenuse", "math", f"a right-angled triangle has sides {a * k} cm and "
                f"{b * k} cm next to the right angle. how long is the longest side?",
                [[str(c * k)]])


def v_shelf_orders(rng: random.Random) -> Item:  # arrangements as a factorial
    n = rng.randint(5, 11)
    return item("V_shelf_orders", "math", f"in how many different orders can I line up {n} "
                "books on a shelf?", [commas(str(math.factorial(n)))])


def v_factorial_ratio(rng: random.Random) -> Item:  # a ratio of factorials
    n, k = rng.randint(8, 20), rng.randint(2, 3)
    return item("V_factorial_ratio", "math", f"evaluate {n}!/{n - k}!",
                [commas(str(math.factorial(n) // math.factorial(n - k)))])


def v_add_fractions(rng: random.Random) -> Item:  # two fractions added
    b, d = rng.sample([2, 3, 4, 5, 6, 7, 8, 9], 2)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    value = Fraction(a, b) + Fraction(c, d)
    return item("V_add_fractions", "math", f"what's {a}/{b} + {c}/{d} as a fraction?",
                [exact(value)])


def v_lowest_terms(rng: random.Random) -> Item:  # a fraction reduced
    p, q = rng.choice([(1, 2), (2, 3), (3, 4), (2, 5), (3, 7), (5, 8), (4, 9), (7, 12)])
    k = rng.randint(6, 25)
    return item("V_lowest_terms", "math", f"reduce {p * k}/{q * k} to lowest terms",
                [[f"{p}/{q}"]])


def v_half_third(rng: random.Random) -> Item:  # fractions of numbers in words
    a, b = rng.randint(10, 90) * 2, rng.randint(5, 40) * 3
    return item("V_half_third", "math", f"what's half of {a} plus a third of {b}?",
                [[str(a // 2 + b // 3)]])


def v_temp_drop(rng: random.Random) -> Item:  # a difference through zero
    high, low = rng.randint(1, 15), rng.randint(2, 20)
    return item("V_temp_drop", "math", f"it was {high} degrees at noon and -{low} at midnight. "
                "how many degrees did it drop?", [[str(high + low)]])


def v_sub_negative(rng: random.Random) -> Item:  # subtracting a negative number
    a, b, c = rng.randint(2, 60), rng.randint(2, 90), rng.randint(20, 200)
    return item("V_sub_negative", "math", f"what is {a} - (-{b}) - {c}", [minus(str(a + b - c))])


MATH_1: list[tuple[Family, int]] = [
    (v_unit_price, 6), (v_percent_of_what, 6), (v_before_sale, 6), (v_vat, 6), (v_compound, 6),
    (v_what_percent, 6), (v_hourly_pay, 6), (v_raise, 6), (v_avg_speed, 6), (v_big_product, 6),
    (v_decimal_product, 6), (v_neg_power, 6), (v_fourth_root, 6), (v_root_decimal, 6),
    (v_hypotenuse, 6), (v_shelf_orders, 6), (v_factorial_ratio, 6), (v_add_fractions, 6),
    (v_lowest_terms, 6), (v_half_third, 6), (v_temp_drop, 6), (v_sub_negative, 6)]
