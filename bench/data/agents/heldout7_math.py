"""Round 7 (``W_*``, held out once, dev now) for ``muse bench agents``, first part: everyday
money and percentages, arithmetic, powers, roots, factorials and fractions (see
:mod:`bench.data.agents.heldout7`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout5_math import commas, minus, show, tie
from bench.data.agents.heldout6_math import money
from bench.data.agents.helpers import Family, Item, exact, item


def dec(value: Fraction) -> str:
    """A terminating fraction written out in full, without trailing zeros."""
    text = f"{float(value):.8f}".rstrip("0").rstrip(".")
    assert Fraction(text) == value, value
    return text


def cash(value: Fraction) -> list[str]:
    """An amount rounded to the cent, in the forms money() gives."""
    return money(Fraction(round(value * 100), 100))


def pct(value: Fraction) -> list[str]:
    return [f for v in money(value) for f in (f"{v}%", f"{v} %", f"{v} percent")]


# --- money and percentages --------------------------------------------------------------

def w_bill_with_tip(rng: random.Random) -> Item:  # a restaurant bill with the tip added in
    bill, p = Fraction(rng.randint(2000, 15000), 100), rng.choice([10, 12, 15, 18, 20])
    value = bill * (100 + p) / 100
    if tie(value):
        return w_bill_with_tip(rng)
    return item("W_bill_with_tip", "math", f"our dinner bill is {float(bill):.2f}. if we add "
                f"a {p}% tip on top, what do we hand over altogether?", [cash(value)])


def w_stacked_discount(rng: random.Random) -> Item:  # a discount taken off a reduced price
    price, first, second = rng.randint(8, 60) * 5, rng.choice([20, 25, 30, 40, 50]), \
        rng.choice([10, 15, 20])
    value = Fraction(price * (100 - first) * (100 - second), 10000)
    if tie(value):
        return w_stacked_discount(rng)
    return item("W_stacked_discount", "math", f"jacket was {price}, marked down {first}%, and "
                f"at the till they took a further {second}% off the reduced price. what did I "
                "end up paying?", [cash(value)])


def w_odd_percent(rng: random.Random) -> Item:  # a percentage with a half in it
    p = rng.choice([Fraction(5, 2), Fraction(15, 2), Fraction(25, 2), Fraction(35, 2),
                    Fraction(45, 2)])
    n = rng.randint(4, 90) * 20
    return item("W_odd_percent", "math", f"work out {show(p)} percent of {n:,}",
                [money(p * n / 100)])


def w_ex_vat(rng: random.Random) -> Item:  # the net price inside a gross one
    rate, net = rng.choice([5, 10, 20, 25]), rng.randint(12, 900)
    gross = Fraction(net * (100 + rate), 100)
    return item("W_ex_vat", "math", f"the invoice total is {float(gross):.2f} and that "
                f"includes {rate}% VAT. how much is it before VAT?", [money(Fraction(net))])


def w_profit_percent(rng: random.Random) -> Item:  # resale profit as a percentage
    cost, p = rng.randint(4, 80) * 5, rng.choice([10, 15, 20, 30, 35, 40, 60, 75])
    sold = Fraction(cost * (100 + p), 100)
    return item("W_profit_percent", "math", f"I bought a bike for {cost} and sold it for "
                f"{show(sold)}. what was my profit as a percentage?", [pct(Fraction(p))])


def w_simple_interest(rng: random.Random) -> Item:  # interest on a loan, not compounded
    principal, rate, years = rng.randint(10, 120) * 50, rng.choice([3, 4, 5, 6, 7, 8]), \
        rng.randint(2, 6)
    value = Fraction(principal * rate * years, 100)
    return item("W_simple_interest", "math", f"how much interest do I pay on a {principal:,} "
                f"loan at {rate}% simple interest over {years} years?", [money(value)])


def w_town_shrink(rng: random.Random) -> Item:  # a percentage decrease between two counts
    start, d = rng.randint(30, 900) * 100, rng.choice([2, 3, 4, 6, 8, 12, 15])
    end = start * (100 - d) // 100
    return item("W_town_shrink", "math", f"the town had {start:,} residents ten years ago and "
                f"{end:,} now. by what percent did it shrink?", [pct(Fraction(d))])


def w_overtime(rng: random.Random) -> Item:  # base hours plus overtime at time and a half
    rate, extra = Fraction(rng.randint(1100, 2600), 100), rng.randint(2, 12)
    value = 40 * rate + extra * rate * Fraction(3, 2)
    if (value * 100).denominator != 1:
        return w_overtime(rng)
    return item("W_overtime", "math", f"paid {float(rate):.2f}/hour, time and a half for "
                f"overtime. I did 40 normal hours and {extra} hours overtime - total pay?",
                [money(value)])


def w_fuel_cost(rng: random.Random) -> Item:  # fuel for a trip from consumption and price
    km, use = rng.randint(8, 90) * 10, Fraction(rng.randint(45, 95), 10)
    price = Fraction(rng.randint(140, 210), 100)
    value = km * use / 100 * price
    if tie(value):
        return w_fuel_cost(rng)
    return item("W_fuel_cost", "math", f"road trip of {km} km, the car uses {show(use)} L per "
                f"100 km and fuel is {float(price):.2f} a litre. how much will the fuel cost?",
                [cash(value)])


def w_recipe_scale(rng: random.Random) -> Item:  # a recipe scaled to more people
    serves, people = rng.choice([2, 4, 6]), rng.randint(3, 15)
    grams = serves * rng.randint(10, 90) * 5
    value = Fraction(grams * people, serves)
    if people == serves or value.denominator != 1:
        return w_recipe_scale(rng)
    return item("W_recipe_scale", "math", f"the recipe is for {serves} and needs {grams} g of "
                f"flour. I'm cooking for {people} - how much flour?", [commas(str(value))])


def w_split_bill(rng: random.Random) -> Item:  # a bill shared evenly among friends
    n = rng.randint(3, 9)
    each = Fraction(rng.randint(800, 6000), 100)
    return item("W_split_bill", "math", f"{n} of us are sharing a {float(each * n):.2f} taxi "
                "fare equally. what's each person's share?", [money(each)])


# --- arithmetic -------------------------------------------------------------------------

def w_precedence(rng: random.Random) -> Item:  # operator precedence with unicode signs
    a, b, c, e, k = (rng.randint(2, 20), rng.randint(2, 9), rng.randint(2, 6),
                     rng.randint(2, 9), rng.randint(2, 12))
    value = a + b * c * c - k
    return item("W_precedence", "math", f"{a} + {b} × {c}² − {e * k} ÷ {e} = ?",
                [minus(str(value))])


def w_nested(rng: random.Random) -> Item:  # nested brackets that divide out exactly
    a, b, c, e = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 9), rng.randint(2, 9)
    top = (a + b) * c
    d = top % e + e * rng.randint(0, 3)
    if not 0 < d < top:
        return w_nested(rng)
    return item("W_nested", "math", f"can you evaluate (({a} + {b}) * {c} - {d}) / {e}",
                [minus(str((top - d) // e))])


def w_decimal_sum(rng: random.Random) -> Item:  # decimals of different lengths added
    parts = [Fraction(rng.randint(1, 999), 1000), Fraction(rng.randint(1, 99), 10),
             Fraction(rng.randint(101, 999), 100)]
    rng.shuffle(parts)
    return item("W_decimal_sum", "math", f"add these: {' + '.join(dec(p) for p in parts)}",
                [[dec(sum(parts, Fraction(0)))]])


def w_signed_product(rng: random.Random) -> Item:  # a product of two negatives, minus more
    a, b, c = rng.randint(2, 19), rng.randint(2, 19), rng.randint(10, 400)
    return item("W_signed_product", "math", f"(-{a})(-{b}) - {c}", [minus(str(a * b - c))])


def w_remainder(rng: random.Random) -> Item:  # the remainder of a division
    b = rng.randint(3, 13)
    a = b * rng.randint(5, 200) + rng.randint(1, b - 1)
    return item("W_remainder", "math", f"what's the remainder when {a} is divided by {b}?",
                [[str(a % b)]])


def w_divide_decimal(rng: random.Random) -> Item:  # division by a decimal
    d = rng.choice([Fraction(1, 5), Fraction(1, 4), Fraction(1, 2), Fraction(2, 5),
                    Fraction(1, 8), Fraction(3, 4)])
    q = rng.randint(3, 90)
    return item("W_divide_decimal", "math", f"{dec(q * d)} ÷ {dec(d)}", [[str(q)]])


def w_bus_lcm(rng: random.Random) -> Item:  # when two timetables line up again
    a, b = rng.sample([6, 8, 9, 10, 12, 14, 15, 18, 20, 24], 2)
    return item("W_bus_lcm", "math", f"one bus leaves every {a} minutes and another every {b} "
                "minutes. they just left together - in how many minutes will they next leave "
                "at the same time?", [[str(math.lcm(a, b))]])


def w_gcd(rng: random.Random) -> Item:  # the greatest common divisor of two numbers
    g = rng.randint(4, 30)
    x, y = rng.sample([2, 3, 5, 7, 11], 2)
    return item("W_gcd", "math", f"what is the greatest common divisor of {g * x} and {g * y}?",
                [[str(g)]])


# --- powers, roots, factorials ------------------------------------------------------------

def w_decimal_square(rng: random.Random) -> Item:  # a decimal squared
    n = rng.choice([k for k in range(11, 99) if k % 10])
    return item("W_decimal_square", "math", f"what's {dec(Fraction(n, 10))} squared?",
                [[dec(Fraction(n * n, 100))]])


def w_which_cubed(rng: random.Random) -> Item:  # the cube root, asked backwards
    n = rng.randint(4, 30)
    return item("W_which_cubed", "math", f"which number, cubed, gives {n ** 3:,}?",
                [[str(n)]])


def w_sci_decimal(rng: random.Random) -> Item:  # scientific notation to a decimal
    a, n = rng.randint(2, 9), rng.randint(2, 6)
    value = Fraction(a, 10 ** n)
    return item("W_sci_decimal", "math", f"write {a} × 10^-{n} as an ordinary decimal",
                [list(dict.fromkeys([dec(value), str(value)]))])


def w_same_base(rng: random.Random) -> Item:  # powers of one base multiplied
    b, m, n = rng.choice([2, 3, 5]), rng.randint(2, 6), rng.randint(2, 6)
    return item("W_same_base", "math", f"what does {b}^{m} times {b}^{n} come to?",
                [commas(str(b ** (m + n)))])


def w_neg_fraction_power(rng: random.Random) -> Item:  # a fraction to a negative power
    p, q = rng.choice([(1, 2), (2, 3), (3, 4), (2, 5), (3, 2), (4, 5)])
    n = rng.choice([2, 3])
    return item("W_neg_fraction_power", "math", f"evaluate ({p}/{q})^(-{n})",
                [exact(Fraction(q, p) ** n)])


def w_root_fraction(rng: random.Random) -> Item:  # the square root of a fraction
    a, b = rng.sample(range(1, 16), 2)
    if math.gcd(a, b) != 1:
        return w_root_fraction(rng)
    return item("W_root_fraction", "math", f"square root of {a * a}/{b * b}?",
                [exact(Fraction(a, b))])


def w_square_plot(rng: random.Random) -> Item:  # the side of a square from its area
    n = rng.randint(12, 99)
    return item("W_square_plot", "math", f"a square garden has an area of {n * n:,} m². how "
                "long is one side?", [[str(n)]])


def w_ladder(rng: random.Random) -> Item:  # Pythagoras for a missing leg
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (9, 40, 41)])
    k = rng.randint(1, 3)
    if rng.random() < 0.5:
        a, b = b, a
    return item("W_ladder", "math", f"a {c * k} m ladder leans on a wall with its foot {a * k} m "
                "out from the wall. how high up the wall does it reach?", [[str(b * k)]])


def w_choose(rng: random.Random) -> Item:  # combinations in a real choice
    n, k = rng.randint(8, 30), rng.randint(2, 5)
    return item("W_choose", "math", f"the pizza place has {n} toppings and I can pick {k} "
                "different ones. how many combinations are possible?",
                [commas(str(math.comb(n, k)))])


def w_factorial_sum(rng: random.Random) -> Item:  # two factorials added
    a, b = rng.sample(range(3, 13), 2)
    return item("W_factorial_sum", "math", f"{a}! + {b}!",
                [commas(str(math.factorial(a) + math.factorial(b)))])


# --- fractions ----------------------------------------------------------------------------

def w_fraction_of(rng: random.Random) -> Item:  # a fraction of an amount
    p, q = rng.choice([(3, 8), (5, 6), (2, 7), (7, 12), (4, 9), (3, 5)])
    n = q * rng.randint(20, 400)
    return item("W_fraction_of", "math", f"what's {p}/{q} of {n:,}?", [commas(str(n * p // q))])


def w_mixed_numbers(rng: random.Random) -> Item:  # mixed numbers added
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    x, y = rng.choice([(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)]), rng.choice(
        [(1, 2), (1, 4), (3, 4), (1, 5), (2, 5), (1, 6)])
    value = a + Fraction(*x) + b + Fraction(*y)
    whole, rest = divmod(value, 1)
    forms = exact(value) + ([f"{whole} {rest}"] if rest else [])
    return item("W_mixed_numbers", "math", f"{a} {x[0]}/{x[1]} + {b} {y[0]}/{y[1]} = ?",
                [forms])


def w_fraction_divide(rng: random.Random) -> Item:  # a fraction divided by a fraction
    a, b, c, d = rng.randint(1, 9), rng.randint(2, 9), rng.randint(1, 9), rng.randint(2, 9)
    if a >= b or c >= d:
        return w_fraction_divide(rng)
    return item("W_fraction_divide", "math", f"how much is {a}/{b} divided by {c}/{d}?",
                [exact(Fraction(a, b) / Fraction(c, d))])


MATH: list[tuple[Family, int]] = [
    (w_bill_with_tip, 6), (w_stacked_discount, 6), (w_odd_percent, 6), (w_ex_vat, 6),
    (w_profit_percent, 6), (w_simple_interest, 6), (w_town_shrink, 6), (w_overtime, 6),
    (w_fuel_cost, 6), (w_recipe_scale, 6), (w_split_bill, 6), (w_precedence, 6),
    (w_nested, 6), (w_decimal_sum, 6), (w_signed_product, 6), (w_remainder, 6),
    (w_divide_decimal, 6), (w_bus_lcm, 6), (w_gcd, 6), (w_decimal_square, 6),
    (w_which_cubed, 6), (w_sci_decimal, 6), (w_same_base, 6), (w_neg_fraction_power, 6),
    (w_root_fraction, 6), (w_square_plot, 6), (w_ladder, 6), (w_choose, 6),
    (w_factorial_sum, 6), (w_fraction_of, 6), (w_mixed_numbers, 6), (w_fraction_divide, 6)]
