"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a3-5: mixed everyday
arithmetic and short textbook questions typed loosely."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, money, one
from bench.data.agents.heldout17_math_a3 import close, dp, family, fr, ival
from bench.data.agents.helpers import Family


@family
def hourly_from_weekly(rng: random.Random) -> Made:
    hours = rng.choice([35, 37.5, 38, 40, 42.5, 45])
    weekly = Fraction(rng.randint(60000, 180000), 100)
    value = weekly / Fraction(str(hours))
    if close(float(value), 2):
        return None
    return (one(rng, f"weekly pay ${float(weekly):,.2f} for {hours:g} hrs. hourly rate? "
                     "(nearest cent)",
                f"My contract pays ${float(weekly):,.2f} for a {hours:g}-hour week. What does "
                "that work out to per hour, to the cent?"), [money(round(float(value), 2))])


@family
def savings_jar_weeks(rng: random.Random) -> Made:
    start, add, goal = rng.randint(0, 200), rng.randint(8, 60), rng.randint(400, 3000)
    weeks = math.ceil((goal - start) / add)
    if (goal - start) % add == 0:
        return None
    return (f"I've got ${start} saved and put away ${add} every Friday. How many Fridays until "
            f"I have at least ${goal:,}?", [ival(weeks)])


@family
def half_life_remaining(rng: random.Random) -> Made:
    mass, half, t = rng.randint(20, 800), rng.choice([2, 3, 5, 6, 8, 12]), rng.randint(1, 6)
    elapsed = half * t
    value = Fraction(mass, 2 ** t)
    if (value * 1000).denominator != 1:
        return None
    return (f"A {mass} mg sample has a half-life of {half} hours. How many mg remain after "
            f"{elapsed} hours?", [dp(value, 3)])


@family
def cone_slant_height(rng: random.Random) -> Made:
    r, h = rng.randint(2, 20), rng.randint(3, 30)
    slant = math.hypot(r, h)
    value = math.pi * r * slant
    if close(value, 1):
        return None
    return (f"Curved surface area of a cone with base radius {r} cm and height {h} cm? "
            "(no base, 1 d.p.)", [dp(value, 1)])


@family
def solve_rational_eq(rng: random.Random) -> Made:
    x = rng.choice([v for v in range(-9, 13) if v not in (0,)])
    a = rng.randint(1, 9)
    b = rng.randint(1, 5)
    if x + b == 0:
        return None
    # a/(x + b) = c  ->  c = a/(x+b)
    c = Fraction(a, x + b)
    return (f"solve {a}/(x + {b}) = {c}", [[f"x = {x}", f"x={x}", f"x = −{-x}" if x < 0 else
                                           f"x is {x}"]])


@family
def system_word_coins(rng: random.Random) -> Made:
    q, d = rng.randint(5, 40), rng.randint(5, 40)
    total = q * 25 + d * 10
    return (f"A jar has only quarters and dimes: {q + d} coins worth ${total / 100:.2f} in total."
            " How many quarters are there?", [[f"{q} quarters", f"{q} quarter"]])


@family
def percent_rank_class(rng: random.Random) -> Made:
    size = rng.randint(20, 300)
    rank = rng.randint(2, size - 1)
    value = Fraction(size - rank, size) * 100
    if close(float(value), 1):
        return None
    return (f"I ranked {rank} out of {size} in my year (1 = best). What percentage of the year "
            "scored below me? One decimal place, assume no ties.",
            [[f"{float(value):.1f}%", f"{float(value):.1f} %", f"{float(value):.1f} percent"]])


@family
def exponent_equation(rng: random.Random) -> Made:
    base = rng.choice([2, 3, 5])
    a, b = rng.randint(1, 4), rng.randint(-5, 5)
    x = rng.randint(-3, 6)
    rhs = a * x + b
    if rhs < 0 or rhs > 12:
        return None
    lhs = f"{base}^({a}x {'+' if b >= 0 else '-'} {abs(b)})".replace("(1x", "(x")
    lhs = lhs.replace(" + 0)", ")")
    return (f"{lhs} = {base ** rhs}, x = ?", [[f"x = {x}", f"x={x}", f"x = −{-x}" if x < 0 else
                                              f"x is {x}"]])


@family
def trapezoid_height(rng: random.Random) -> Made:
    a, b, h = rng.randint(3, 30), rng.randint(3, 30), rng.randint(2, 25)
    area = Fraction((a + b) * h, 2)
    return (f"A trapezium has parallel sides {a} cm and {b} cm and an area of {float(area):g} "
            "cm². What's its height?", [[f"{h} cm", f"{h}cm", f"height is {h}",
                                         f"h = {h}", f"height = {h}", f"height of {h}"]])


@family
def gcd_tiles_square(rng: random.Random) -> Made:
    g = rng.randint(5, 60)
    a, b = g * rng.randint(2, 9), g * rng.randint(2, 9)
    if math.gcd(a, b) != g or a == b:
        return None
    return (f"A floor is {a} cm by {b} cm. I want to cover it with identical square tiles, no "
            "cutting. What's the largest tile side length, and how many tiles is that?",
            [[f"{g} cm", f"{g}cm", f"{g} x {g}", f"{g}×{g}"], ival(a * b // g // g)])


@family
def fraction_sum_terse(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9), rng.randint(2, 12)
    op = rng.choice(["+", "-", "*", "÷"])
    x, y = Fraction(a, b), Fraction(c, d)
    value = {"+": x + y, "-": x - y, "*": x * y, "÷": x / y}[op]
    if value.denominator == 1:
        return None
    return (f"{a}/{b} {op} {c}/{d} = ? simplest form", [fr(value)])



@family
def candy_leftover(rng: random.Random) -> Made:
    kids, n = rng.randint(3, 9), rng.randint(40, 300)
    if n % kids == 0:
        return None
    return (f"Grandma shares {n} sweets equally among {kids} grandkids, giving out as many as "
            "she can. How many each, and how many are left over?",
            [[f"{n // kids} each", f"{n // kids} sweets each", f"each get {n // kids}",
              f"each gets {n // kids}", f"{n // kids} sweets", f"{n // kids} per"],
             [f"{n % kids} left", f"{n % kids} sweets left", f"{n % kids} remain",
              f"{n % kids} leftover", f"left over: {n % kids}", f"leftover: {n % kids}",
              f"{n % kids} sweet left", f"{n % kids} are left", f"remainder {n % kids}",
              f"remainder of {n % kids}", f"{n % kids} left over"]])


@family
def macro_calories(rng: random.Random) -> Made:
    p, c, f = rng.randint(5, 60), rng.randint(5, 120), rng.randint(2, 45)
    return (f"A meal has {p} g protein, {c} g carbs and {f} g fat. Using 4 kcal/g for protein "
            "and carbs and 9 kcal/g for fat, how many kcal is it?", [ival(4 * p + 4 * c + 9 * f)])

FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    hourly_from_weekly, savings_jar_weeks, half_life_remaining, cone_slant_height,
    solve_rational_eq, system_word_coins, percent_rank_class, exponent_equation,
    trapezoid_height, gcd_tiles_square, fraction_sum_terse, candy_leftover,
    macro_calories)]
