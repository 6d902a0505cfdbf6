"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part fourteen: everyday
calculator questions and school maths in further words."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_algebra import expr, roots
from bench.data.agents.heldout16_math import (
    Made,
    dedupe,
    family,
    frac,
    money,
    num,
    pct,
    tie,
    unit,
    whole,
)
from bench.data.agents.heldout16_math_2 import cents, hm
from bench.data.agents.helpers import Family


def quad_solve_it(rng: random.Random) -> Made:  # a quadratic with the constant moved over
    r1, r2 = rng.sample([n for n in range(-9, 10) if n], 2)
    if r1 + r2 == 0:
        return None
    lhs = expr([(1, "x^2"), (-(r1 + r2), "x")])
    return f"{lhs} = {-r1 * r2}, solve it", roots("x", *sorted((r1, r2)))


def decimal_calc(rng: random.Random) -> Made:  # decimals with precedence
    a, b, c = F(rng.randint(11, 99), 10), F(rng.randint(101, 999), 10), F(rng.randint(101, 999),
                                                                         100)
    v = a * b + c
    return f"{float(a):g} * {float(b):g} + {float(c):g}", [num(v)]


def deriv_log_at(rng: random.Random) -> Made:  # a product with a logarithm, at a point
    k, x0 = rng.randint(2, 4), rng.randint(2, 6)
    v = k * x0 ** (k - 1) * math.log(x0) + x0 ** (k - 1)
    if tie(v):
        return None
    return f"what's the derivative of x^{k} * ln(x) at x = {x0}? decimals ok", [num(v)]


def cos_integral(rng: random.Random) -> Made:  # a cosine over a quarter turn
    k = rng.choice(range(3, 40, 2))
    return f"integral from 0 to pi/6 of {k}cos(x) dx", [dedupe(frac(F(k, 2)) + num(F(k, 2)))]


def limit_approach(rng: random.Random) -> Made:  # a limit in words
    k, c, m = rng.randint(2, 20), rng.randint(2, 9), rng.randint(2, 9)
    v = F(k, m)
    if v.denominator == 1 or tie(v):
        return None
    return (f"what does ({c}x^2 + {k}x)/({m}x) approach as x goes to 0?",
            [dedupe(frac(v) + num(v))])


def formula_plug(rng: random.Random) -> Made:  # a formula with values substituted
    p, r, t = rng.randint(5, 50) * 100, rng.choice([F("0.03"), F("0.04"), F("0.05"), F("0.06")]), \
        rng.randint(2, 10)
    v = p * (1 + r) ** t
    if tie(v):
        return None
    return f"A = P(1 + r)^t with P = {p}, r = {float(r):g}, t = {t}. what's A?", [num(v)]


def roots_powers(rng: random.Random) -> Made:  # a root, a power and a subtraction
    n, b, e, c = rng.randint(5, 30), rng.randint(2, 6), rng.randint(2, 5), rng.randint(1, 99)
    return f"sqrt({n * n}) + {b}^{e} - {c}", [whole(n + b ** e - c)]


def decimal_times(rng: random.Random) -> Made:  # a decimal times a whole number
    a, n = F(rng.randint(5, 95), 100), rng.randint(40, 2000)
    return f"{float(a):g} × {n}", [num(a * n)]


def big_subtract(rng: random.Random) -> Made:  # a subtraction from a round number
    big = rng.choice([1000, 5000, 10000, 25000, 100000])
    small = rng.randint(big // 10, big - 1)
    return f"{big} take away {small}", [whole(big - small)]


def what_percent_is(rng: random.Random) -> Made:  # part first, then the whole
    whole_n = rng.randint(40, 900)
    part = F(rng.randint(1, whole_n * 10), 10)
    v = part * 100 / whole_n
    if tie(v):
        return None
    return f"{float(part):g} is what percent of {whole_n}?", [pct(v)]


def tax_portion(rng: random.Random) -> Made:  # the tax inside a tax-inclusive price
    net, r = cents(rng, 5, 400), rng.choice([5, 8, 9, 10, 13, 15, 20])
    gross = net * (100 + r) / 100
    if (gross * 100).denominator != 1:
        return None
    return (f"paid {float(gross):.2f} including {r}% tax. how much of that was tax?",
            [money(gross - net)])


def mean_times(rng: random.Random) -> Made:  # an average of lap times
    xs = [F(rng.randint(100, 180), 10) for _ in range(rng.randint(3, 6))]
    v = sum(xs) / len(xs)
    if tie(v):
        return None
    return ("average these lap times: " + ", ".join(f"{float(x):g}" for x in xs) + " seconds",
            [num(v)])


def callout_hours(rng: random.Random) -> Made:  # hours from a bill with a fixed fee
    fee, rate, hours = rng.randint(40, 120), rng.randint(35, 95), F(rng.randint(2, 16), 2)
    bill = fee + rate * hours
    return (f"the plumber charges {fee} for the callout plus {rate} an hour. the bill was "
            f"{float(bill):g}. how many hours did he work?", [unit(num(hours), "hours")])


def compound_vs_simple(rng: random.Random) -> Made:  # compound against simple interest
    p, r, t = rng.randint(10, 200) * 100, rng.choice([3, 4, 5, 6, 8]), rng.randint(3, 15)
    v = p * (1 + r / 100) ** t - p * (1 + r * t / 100)
    if tie(v):
        return None
    return (f"on {p} at {r}% for {t} years, how much more does compound interest (yearly) earn "
            "than simple interest?", [money(v)])


def decimal_power(rng: random.Random) -> Made:  # a decimal cubed
    a, e = F(rng.choice([n for n in range(11, 50) if n % 10]), 10), rng.choice([2, 3])
    v = a ** e
    exact = f"{float(v):.3f}".rstrip("0").rstrip(".")
    return f"{float(a):g} to the power {e}", [dedupe([exact] + ([] if tie(v) else num(v)))]


def pizza_left(rng: random.Random) -> Made:  # fractions eaten, fraction left
    a, b = rng.choice([F(1, 4), F(1, 3), F(1, 6), F(1, 8), F(3, 8)]), rng.choice(
        [F(1, 4), F(1, 3), F(1, 6), F(2, 5), F(1, 5)])
    if a + b >= 1 or a == b:
        return None
    return (f"I ate {a} of the pizza and my friend ate {b}. what fraction is left?",
            [frac(1 - a - b)])


def lessons_total(rng: random.Random) -> Made:  # a course's total time
    mins, n = rng.choice([40, 45, 50, 55, 75, 90]), rng.randint(6, 30)
    return (f"each lesson is {mins} minutes and the course has {n} lessons. total time?",
            [hm(mins * n)])


def middle_value(rng: random.Random) -> Made:  # a median of an odd count, in words
    xs = rng.sample(range(1, 500), rng.choice([5, 7, 9]))
    med = sorted(xs)[len(xs) // 2]
    return (f"what's the middle value of {', '.join(map(str, xs))} once they're sorted?",
            [[f"median is {med}", f"middle value is {med}", f"**{med}**", f"median: {med}",
              f"median = {med}", f"is {med}"]])


def det_slash(rng: random.Random) -> Made:  # a 2x2 determinant typed with a slash
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    return f"determinant of the matrix {a} {b} / {c} {d}", [whole(a * d - b * c)]


def vector_combo(rng: random.Random) -> Made:  # a linear combination of vectors
    u = [rng.randint(-5, 9) for _ in range(3)]
    v = [rng.randint(-5, 9) for _ in range(3)]
    k = rng.randint(2, 5)
    w = [a + k * b for a, b in zip(u, v, strict=True)]
    body = [str(n) for n in w]
    forms = [f"({', '.join(body)})", f"({','.join(body)})", f"[{', '.join(body)}]",
             f"[{','.join(body)}]", f"<{', '.join(body)}>"]
    return (f"({', '.join(map(str, u))}) + {k}*({', '.join(map(str, v))})", [forms])


def even_sum(rng: random.Random) -> Made:  # a sum of even numbers
    n = rng.randint(10, 500)
    return f"sum of all even numbers from 2 to {2 * n}", [whole(n * (n + 1))]


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    quad_solve_it, decimal_calc, deriv_log_at, cos_integral, limit_approach, formula_plug,
    roots_powers, decimal_times, big_subtract, what_percent_is, tax_portion, mean_times,
    callout_hours, compound_vs_simple, decimal_power, pizza_left, lessons_total, middle_value,
    det_slash, vector_combo, even_sum)]
