"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part eight: percentages, ratios
and averages."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import (
    Made,
    family,
    money,
    num,
    pct,
    tie,
    whole,
)
from bench.data.agents.helpers import Family

# --- percentages -------------------------------------------------------------------------------

def pct_plain(rng: random.Random) -> Made:  # a percentage of a number, odd percent
    p, n = rng.choice([3, 7, 12, 15, 17.5, 22, 35, 45, 65, 85]), rng.randint(40, 9000)
    v = F(str(p)) * n / 100
    if tie(v):
        return None
    return f"{p}% of {n}", [num(v)]


def pct_what(rng: random.Random) -> Made:  # what percent one number is of another
    a, b = rng.randint(3, 400), rng.randint(401, 2000)
    v = F(a * 100, b)
    if tie(v):
        return None
    return f"what percentage is {a} of {b}?", [pct(v)]


def pct_change(rng: random.Random) -> Made:  # a percent change between two readings
    a, b = rng.randint(40, 900), rng.randint(40, 900)
    if a == b:
        return None
    v = F((b - a) * 100, a)
    if tie(v):
        return None
    return (f"went from {a} to {b}, what's the percent change", [pct(abs(v))])


def pct_decrease(rng: random.Random) -> Made:  # a percentage drop in a price
    old = rng.randint(20, 400)
    new = rng.randint(5, old - 1)
    v = F((old - new) * 100, old)
    if tie(v):
        return None
    return (f"the price dropped from ${old} to ${new}. by what percent did it fall?", [pct(v)])


def pct_reverse(rng: random.Random) -> Made:  # the whole from a part and its percent
    p = rng.choice([4, 5, 8, 12, 15, 20, 25, 40])
    whole_n = rng.randint(10, 900)
    part = F(p * whole_n, 100)
    if part.denominator != 1:
        return None
    return f"{part} is {p}% of what number?", [whole(whole_n)]


def pct_points(rng: random.Random) -> Made:  # percent increase, result asked
    n, p = rng.randint(50, 5000), rng.choice([6, 8, 11, 14, 18, 23, 33])
    v = F(n * (100 + p), 100)
    if tie(v):
        return None
    return f"increase {n} by {p}%", [num(v)]


def pct_reduce(rng: random.Random) -> Made:  # decrease a number by a percent, terse
    n, p = rng.randint(50, 5000), rng.choice([7, 9, 13, 16, 21, 28, 37])
    v = F(n * (100 - p), 100)
    if tie(v):
        return None
    return f"{n} minus {p} percent", [num(v)]


def pct_compound(rng: random.Random) -> Made:  # two percent rises in a row
    n, p, q = rng.randint(100, 2000), rng.choice([5, 10, 15, 20]), rng.choice([4, 8, 12, 25])
    v = F(n) * (100 + p) * (100 + q) / 10000
    if tie(v):
        return None
    return (f"start with {n}, add {p}%, then add another {q}% on top — what do I end with?",
            [num(v)])


def ratio_share(rng: random.Random) -> Made:  # sharing in a ratio
    a, b = rng.randint(1, 7), rng.randint(1, 7)
    if a == b or math.gcd(a, b) != 1:
        return None
    total = (a + b) * rng.randint(5, 200)
    return (f"split {total} in the ratio {a}:{b}. how much is each share?",
            [whole(total * a // (a + b)), whole(total * b // (a + b))])


def ratio_three(rng: random.Random) -> Made:  # a three-way ratio, one share asked
    a, b, c = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
    total = (a + b + c) * rng.randint(10, 150)
    return (f"£{total} shared {a}:{b}:{c} between Ann, Ben and Cal. how much does Cal get?",
            [money(total * c // (a + b + c))])


def average_three(rng: random.Random) -> Made:  # mean of a few numbers, asked casually
    xs = [rng.randint(10, 99) for _ in range(rng.randint(3, 5))]
    v = F(sum(xs), len(xs))
    if tie(v):
        return None
    return "average of " + ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}", [num(v)]


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    pct_plain, pct_what, pct_change, pct_decrease, pct_reverse, pct_points, pct_reduce,
    pct_compound, ratio_share, ratio_three, average_three)]
