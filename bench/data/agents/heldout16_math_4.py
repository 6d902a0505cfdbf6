"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part seven: common requests in
other words — bare equations, proportions, rates, growth and decay, and small puzzles."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_algebra import expr, lin, roots
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
from bench.data.agents.helpers import Family, labelled


def bare_eq(rng: random.Random) -> Made:  # just an equation, no spaces, no words
    a, x, b = rng.randint(2, 20), rng.randint(-15, 40), rng.randint(1, 60)
    return f"{a}x+{b}={a * x + b}", roots("x", x)


def words_eq(rng: random.Random) -> Made:  # an equation said in words
    a, x, b = rng.randint(2, 12), rng.randint(2, 40), rng.randint(1, 30)
    return (f"if {a} times x minus {b} equals {a * x - b}, what's x", roots("x", x))


def unicode_quad(rng: random.Random) -> Made:  # superscript square, not set to zero
    r1, r2 = rng.sample([n for n in range(-9, 10) if n], 2)
    b, c = -(r1 + r2), r1 * r2
    if not b:
        return None
    lhs = expr([(1, "x²"), (b, "x")])
    return f"{lhs} = {-c}", roots("x", *sorted((r1, r2)))


def system_comma(rng: random.Random) -> Made:  # a system in one line, casual
    x, y = rng.randint(-10, 20), rng.randint(-10, 20)
    if x == y:
        return None
    return f"x + y = {x + y}, x - y = {x - y}. x and y?", roots("x", x) + roots("y", y)


def pct_bucks(rng: random.Random) -> Made:  # a percentage in slang
    p, n = rng.choice([5, 12, 15, 18, 22, 35]), rng.randint(20, 600)
    v = F(p * n, 100)
    if tie(v):
        return None
    return f"what's {p} percent of {n} bucks", [money(v)]


def out_of_pct(rng: random.Random) -> Made:  # a count out of a total as a percentage
    total = rng.randint(20, 400)
    part = rng.randint(1, total - 1)
    v = F(part * 100, total)
    if tie(v):
        return None
    return f"{part} out of {total} as a percentage", [pct(v)]


def sqrt_symbol(rng: random.Random) -> Made:  # the root sign alone
    n = rng.randint(12, 120)
    return f"√{n * n}", [whole(n)]


def raised_to(rng: random.Random) -> Made:  # a power in words with an ordinal
    b, e = rng.randint(3, 15), rng.randint(3, 7)
    suffix = {3: "rd"}.get(e, "th")
    return f"{b} raised to the {e}{suffix}", [whole(b ** e)]


def factorial_words(rng: random.Random) -> Made:  # a factorial in words
    n = rng.randint(6, 18)
    return f"what is {n} factorial", [whole(math.factorial(n))]


def triple_product(rng: random.Random) -> Made:  # three numbers multiplied
    a, b, c = rng.randint(11, 40), rng.randint(11, 40), rng.randint(11, 40)
    return f"{a} times {b} times {c}", [whole(a * b * c)]


def boxes_left(rng: random.Random) -> Made:  # division with a remainder, two parts
    per, n = rng.choice([6, 10, 12, 15, 24]), rng.randint(50, 900)
    if n % per == 0:
        return None
    full, left = divmod(n, per)
    return (f"packing {n} eggs into boxes of {per}: how many full boxes and how many eggs left "
            "over?", [dedupe([f"{full} full boxes", f"{full} boxes", f"{full} full box"]),
                      dedupe([f"{left} left", f"{left} eggs left", f"{left} egg left",
                              f"{left} left over", f"{left} eggs"])])


def round_dp(rng: random.Random) -> Made:  # rounding to a number of decimal places
    v, d = rng.randint(100000, 9999999) / 100000, rng.choice([1, 2, 3])
    scaled = v * 10 ** d
    if abs(scaled % 1 - 0.5) < 1e-6:
        return None
    out = f"{round(v, d):.{d}f}"
    return (f"round {v} to {d} decimal place{'s' if d > 1 else ''}",
            [dedupe([out, out.rstrip("0").rstrip(".")])])


def squares_sum(rng: random.Random) -> Made:  # sum of squares
    n = rng.randint(8, 60)
    return f"1² + 2² + ... + {n}² = ?", [whole(n * (n + 1) * (2 * n + 1) // 6)]


def round_trip_speed(rng: random.Random) -> Made:  # average speed over a round trip
    a, b = rng.sample([30, 40, 45, 50, 60, 72, 80, 90, 100, 120], 2)
    v = F(2 * a * b, a + b)
    if tie(v):
        return None
    return (f"drove there at {a} km/h and back the same way at {b} km/h. average speed for the "
            "whole trip?", [unit(num(v), "km/h", "kilometres per hour", "kilometers per hour")])


def pipes(rng: random.Random) -> Made:  # two taps filling a bath
    a, b = rng.sample(range(4, 40), 2)
    v = F(a * b, a + b)
    if tie(v):
        return None
    return (f"the hot tap fills the tub in {a} minutes, the cold one in {b}. both on, how long?",
            [unit(num(v), "minutes", "min")])


def trains_meet(rng: random.Random) -> Made:  # two trains heading towards each other
    d, v1, v2 = rng.randint(100, 900), rng.randint(40, 140), rng.randint(40, 140)
    mins = F(d * 60, v1 + v2)
    if mins.denominator != 1:
        return None
    return (f"two trains {d} km apart head towards each other at {v1} and {v2} km/h. how long "
            "until they meet?", [hm(int(mins)) if mins >= 60 else unit(whole(int(mins)),
                                                                       "minutes")])


def rate_needed(rng: random.Random) -> Made:  # the growth rate that turns P into A
    p, t = rng.randint(10, 100) * 100, rng.randint(3, 20)
    a = p * rng.randint(12, 30) // 10
    r = ((a / p) ** (1 / t) - 1) * 100
    if tie(r):
        return None
    return (f"what annual interest rate turns {p} into {a} in {t} years, compounded yearly?",
            [pct(r)])


def part_whole(rng: random.Random) -> Made:  # a class from a percentage
    p = rng.choice([20, 25, 30, 40, 45, 60, 75])
    total = rng.randint(8, 60) * 20 // math.gcd(p, 100) * math.gcd(p, 100) // 20
    part = F(total * p, 100)
    if part.denominator != 1 or part == 0:
        return None
    return (f"{p}% of the class are boys and there are {part} boys. how many students in "
            "total?", [whole(total)])


def circumference(rng: random.Random) -> Made:  # circumference from a diameter
    d = rng.randint(3, 200)
    v = math.pi * d
    if tie(v):
        return None
    return f"circumference of a circle {d} cm across", [unit(num(v), "cm")]


def third_angle(rng: random.Random) -> Made:  # the third angle of a triangle
    a, b = rng.randint(15, 100), rng.randint(15, 100)
    if a + b >= 175:
        return None
    return (f"a triangle has angles {a}° and {b}°, what's the third?",
            [dedupe([f"{180 - a - b}°", f"{180 - a - b} degrees", f"{180 - a - b} °"])])


def lottery(rng: random.Random) -> Made:  # lottery odds as 1 in N
    n, k = rng.randint(30, 59), rng.choice([5, 6])
    c = math.comb(n, k)
    return (f"pick {k} numbers from 1 to {n}. what are the odds of matching all {k}? (1 in ...)",
            [dedupe([f"1 in {c}", f"1 in {c:,}", f"1/{c}", f"1/{c:,}"])])


def digit_count(rng: random.Random) -> Made:  # how many digits a power has
    b, e = rng.choice([2, 3, 7]), rng.randint(50, 500)
    return f"how many digits does {b}^{e} have?", [unit(whole(len(str(b ** e))), "digits")]


def last_digit(rng: random.Random) -> Made:  # the last digit of a large power
    b, e = rng.randint(2, 19), rng.randint(50, 2000)
    d = pow(b, e, 10)
    return f"what's the last digit of {b}^{e}", [[f"last digit is {d}", f"**{d}**",
                                                  f"last digit of {b}^{e} is {d}", f"is {d}",
                                                  f"ends in {d}"]]


def neg_exponent(rng: random.Random) -> Made:  # a negative exponent as a fraction
    b, e = rng.randint(2, 9), rng.randint(2, 5)
    v = F(1, b ** e)
    return f"{b}^-{e} as a fraction", [dedupe(frac(v))]


def sci_divide(rng: random.Random) -> Made:  # dividing in scientific notation
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    e1, e2 = rng.randint(5, 12), rng.randint(1, 4)
    v = F(a * b * 10 ** e1, b * 10 ** e2)
    return (f"({a * b} × 10^{e1}) / ({b} × 10^{e2})", [dedupe(
        [f"{a} × 10^{e1 - e2}", f"{a}×10^{e1 - e2}", f"{a} x 10^{e1 - e2}", f"{a}e{e1 - e2}",
         f"{a} * 10^{e1 - e2}", f"{a}e+{e1 - e2:02d}", *whole(int(v))])])


def pct_to_frac(rng: random.Random) -> Made:  # a percentage as a simplified fraction
    p = rng.choice([n for n in range(2, 99) if math.gcd(n, 100) > 1])
    v = F(p, 100)
    return f"write {p}% as a fraction in simplest form", [[f"{v.numerator}/{v.denominator}"]]


def frac_to_pct(rng: random.Random) -> Made:  # a fraction as a percentage
    b = rng.choice([3, 6, 7, 8, 9, 12, 16, 40])
    a = rng.randint(1, b - 1)
    v = F(a * 100, b)
    if tie(v) or math.gcd(a, b) != 1:
        return None
    return f"{a}/{b} as a percent?", [pct(v)]


def ratio_simplify(rng: random.Random) -> Made:  # simplifying a ratio
    a, b, g = rng.randint(1, 12), rng.randint(1, 12), rng.randint(2, 15)
    if math.gcd(a, b) != 1 or a == b:
        return None
    return f"simplify the ratio {a * g}:{b * g}", [[f"{a}:{b}", f"{a} : {b}"]]


def proportion(rng: random.Random) -> Made:  # direct proportion with prices
    n, p, m = rng.randint(2, 9), cents(rng, 1, 8), rng.randint(2, 20)
    if n == m:
        return None
    total = n * p
    v = total / n * m
    return (f"if {n} notebooks cost {float(total):.2f}, how much do {m} cost?", [money(v)])


def inverse_prop(rng: random.Random) -> Made:  # workers and days
    w1, d1 = rng.randint(2, 12), rng.randint(3, 30)
    w2 = rng.randint(2, 15)
    v = F(w1 * d1, w2)
    if w1 == w2 or tie(v):
        return None
    return (f"{w1} painters take {d1} days to paint a school. how long would {w2} painters take "
            "at the same rate?", [unit(num(v), "days")])


def half_life(rng: random.Random) -> Made:  # radioactive decay
    m, h, t = rng.randint(10, 500), rng.randint(2, 30), rng.randint(5, 120)
    v = m * 0.5 ** (t / h)
    if tie(v):
        return None
    return (f"{m} mg of a substance with a half-life of {h} hours. how much is left after {t} "
            "hours?", [unit(num(v), "mg")])


def population(rng: random.Random) -> Made:  # population growth
    p, r, y = rng.randint(5, 900) * 1000, rng.choice([F("1.2"), F("1.5"), F(2), F("2.5"), F(3)]), \
        rng.randint(3, 25)
    v = p * (1 + float(r) / 100) ** y
    return (f"a town of {p:,} grows {float(r):g}% a year. population after {y} years, rounded to "
            "the nearest whole person?", [whole(round(v))]) if abs(v % 1 - 0.5) > 0.01 else None


def years_to_target(rng: random.Random) -> Made:  # time to reach a balance, logarithms
    p, r = rng.randint(10, 100) * 100, rng.choice([3, 4, 5, 6, 7, 8])
    a = p * rng.randint(2, 5)
    v = math.log(a / p) / math.log(1 + r / 100)
    if tie(v):
        return None
    return (f"how many years for {p} to grow to {a} at {r}% compounded annually? decimal "
            "answer", [unit(num(v), "years")])


def antiderivative(rng: random.Random) -> Made:  # antiderivative in words
    a, n = rng.randint(2, 9), rng.randint(2, 6)
    return (f"antiderivative of {a * (n + 1)}x^{n}", [dedupe([f"{a}x^{n + 1}", f"{a}*x^{n + 1}",
                                                               f"{a}*x**{n + 1}",
                                                               f"{a}x**{n + 1}"])])


def slope_at(rng: random.Random) -> Made:  # gradient of a curve at a point, said plainly
    a, b, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-5, 6)
    return (f"how steep is y = {expr([(a, 'x^2'), (b, 'x')])} at x = {x}? (the gradient)",
            [whole(2 * a * x + b)])


def geo_doubling(rng: random.Random) -> Made:  # 1 + 2 + 4 + ... + 2^n
    n = rng.randint(8, 40)
    return f"1 + 2 + 4 + 8 + ... + 2^{n}", [whole(2 ** (n + 1) - 1)]


def mean_range(rng: random.Random) -> Made:  # two labelled statistics of a small list
    xs = [rng.randint(1, 60) for _ in range(rng.randint(5, 9))]
    m = F(sum(xs), len(xs))
    if tie(m):
        return None
    return (f"what's the range and the mean of {', '.join(map(str, xs))}",
            [dedupe([s for v in whole(max(xs) - min(xs)) for s in labelled(["range", "Range"],
                                                                             v)]),
             dedupe([s for v in num(m) for s in labelled(["mean", "Mean"], v)])])


def percent_error(rng: random.Random) -> Made:  # percentage error of a measurement
    true, meas = rng.randint(50, 500), rng.randint(50, 500)
    if true == meas:
        return None
    v = F(abs(meas - true) * 100, true)
    if tie(v):
        return None
    return (f"measured {meas} but the true value is {true}. percent error?", [pct(v)])


def hourly_from_job(rng: random.Random) -> Made:  # effective hourly rate of a job
    fee, hours = rng.randint(50, 2000), rng.randint(2, 40)
    v = F(fee, hours)
    if tie(v):
        return None
    return (f"quoted {fee} for a job that took me {hours} hours. what did I earn per hour?",
            [money(v)])


def linear_eval(rng: random.Random) -> Made:  # a taxi fare formula
    base, per, km = cents(rng, 2, 5), cents(rng, 1, 3), F(rng.randint(10, 300), 10)
    v = base + per * km
    if tie(v):
        return None
    return (f"taxi: {float(base):.2f} flag fall plus {float(per):.2f} per km. fare for "
            f"{float(km):g} km?", [money(v)])


def consecutive_odd(rng: random.Random) -> Made:  # consecutive odd numbers
    n = 2 * rng.randint(3, 200) + 1
    return (f"two consecutive odd numbers have a sum of {2 * n + 2}. find them",
            [whole(n), whole(n + 2)])


def sum_digits_eq(rng: random.Random) -> Made:  # a linear equation with x on both sides, words
    a, c, x = rng.randint(5, 12), rng.randint(1, 4), rng.randint(2, 30)
    b = rng.randint(1, 40)
    d = (a - c) * x + b
    return (f"solve for x: {lin(a, b)} equals {lin(c, d)}", roots("x", x))


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    bare_eq, words_eq, unicode_quad, system_comma, pct_bucks, out_of_pct, sqrt_symbol, raised_to,
    factorial_words, triple_product, boxes_left, round_dp, squares_sum, round_trip_speed, pipes,
    trains_meet, rate_needed, part_whole, circumference, third_angle, lottery, digit_count,
    last_digit, neg_exponent, sci_divide, pct_to_frac, frac_to_pct, ratio_simplify, proportion,
    inverse_prop, half_life, population, years_to_target, antiderivative, slope_at,
    geo_doubling, mean_range, percent_error, hourly_from_job, linear_eval, consecutive_odd,
    sum_digits_eq)]
