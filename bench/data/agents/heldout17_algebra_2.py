"""Round 17 (``M_*``, dev now) for ``muse bench agents``, algebra part 2: more equations,
calculus, geometry, probability, statistics-style maths and number theory."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, family, frac, near_tie, num, one
from bench.data.agents.helpers import Family


@family
def slope_two_points(rng: random.Random) -> Made:
    x1, y1, x2, y2 = (rng.randint(-9, 9) for _ in range(4))
    if x1 == x2 or y1 == y2:
        return None
    m = Fraction(y2 - y1, x2 - x1)
    return (f"slope of the line through ({x1}, {y1}) and ({x2}, {y2})?",
            [[f"= {f}" for f in frac(m)] + [f"is {f}" for f in frac(m)]
             + [f"m = {f}" for f in frac(m)]])


@family
def line_equation(rng: random.Random) -> Made:
    m, b = rng.choice([-4, -3, -2, 2, 3, 4, 5]), rng.randint(-9, 9)
    x1 = rng.randint(-5, 5)
    x2 = x1 + rng.randint(1, 4)
    if b == 0:
        return None
    bs = f"+ {b}" if b > 0 else f"- {-b}"
    return (f"Find the equation of the line through ({x1}, {m * x1 + b}) and ({x2}, {m * x2 + b}) "
            "in slope-intercept form.", [[f"y = {m}x {bs}"]])


@family
def vertex_parabola(rng: random.Random) -> Made:
    a, h, k = rng.choice([1, 2, 3, -1, -2]), rng.randint(-6, 6), rng.randint(-9, 9)
    b, c = -2 * a * h, a * h * h + k
    text = f"{a}x^2 + {b}x + {c}".replace("+ -", "- ").replace("1x^2", "x^2").replace("-x^2",
                                                                                      "-x^2")
    if b == 0:
        return None
    return (f"What's the vertex of y = {text}?", [[f"({h}, {k})", f"({h},{k})"]])


@family
def tangent_slope(rng: random.Random) -> Made:
    a, b, x = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-3, 4)
    slope = 2 * a * x + b
    return (f"What is the slope of the tangent to y = {a}x² + {b}x at the point where x = {x}?"
            .replace("+ -", "- ").replace(" 1x²", " x²"), [[f"= {slope}", f"is {slope}",
                                                           f"slope {slope}", f"m = {slope}"]])


@family
def indefinite_power(rng: random.Random) -> Made:
    n, a = rng.randint(2, 6), rng.randint(2, 9)
    coef = Fraction(a, n + 1)
    c = str(coef) if coef.denominator == 1 else f"({coef})"
    c2 = "" if coef == 1 else (str(coef) if coef.denominator == 1 else f"{coef}")
    return (f"integrate {a}x^{n} dx", [[f"{c}x^{n + 1} + C", f"{c2}x^{n + 1} + C",
                                        f"{a}x^{n + 1}/{n + 1} + C", f"{c}x^({n + 1}) + C",
                                        f"{c2}x^({n + 1}) + C"]])


@family
def matrix_multiply_entry(rng: random.Random) -> Made:
    a = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    p = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    def row(i: int) -> list[str]:
        x, y = p[i]
        return [f"[{x}, {y}]", f"| {x} {y} |", f"| {x} | {y} |", f"{x} & {y}", f"[{x} {y}]",
                f"({x}, {y})"]
    return (f"Multiply A = [[{a[0][0]}, {a[0][1]}], [{a[1][0]}, {a[1][1]}]] by B = [[{b[0][0]}, "
            f"{b[0][1]}], [{b[1][0]}, {b[1][1]}]] (AB). What's the product?", [row(0), row(1)])


@family
def vector_magnitude(rng: random.Random) -> Made:
    v = [rng.randint(-9, 9) for _ in range(3)]
    mag = math.sqrt(sum(x * x for x in v))
    if near_tie(mag, 2) or mag == int(mag):
        return None
    return (f"magnitude of the vector ({', '.join(map(str, v))}) to 2 decimal places",
            [[f"{mag:.2f}"]])


@family
def triangle_angle(rng: random.Random) -> Made:
    a, b = rng.randint(20, 90), rng.randint(20, 90)
    if a + b >= 170:
        return None
    return (f"Two angles of a triangle are {a}° and {b}°. What is the third angle?",
            [[f"{180 - a - b}°", f"{180 - a - b} degrees", f"{180 - a - b} °"]])


@family
def cylinder_volume(rng: random.Random) -> Made:
    r, h = rng.randint(2, 15), rng.randint(5, 40)
    vol = math.pi * r * r * h
    if near_tie(vol, 1):
        return None
    return (f"A cylindrical tank has radius {r} cm and height {h} cm. Volume in cm³, one decimal "
            "place?", [[f"{vol:.1f}", f"{vol:,.1f}"]])


@family
def cosine_rule(rng: random.Random) -> Made:
    a, b, c = rng.randint(4, 15), rng.randint(4, 15), rng.choice([30, 45, 60, 75, 100, 120])
    side = math.sqrt(a * a + b * b - 2 * a * b * math.cos(math.radians(c)))
    if near_tie(side, 2):
        return None
    return (f"Triangle with sides {a} and {b} and the angle between them {c} degrees. Length of "
            "the third side to 2 dp?", [[f"{side:.2f}"]])


@family
def at_least_one_six(rng: random.Random) -> Made:
    n = rng.randint(2, 12)
    p = 1 - Fraction(5, 6) ** n
    if near_tie(float(p) * 100, 1):
        return None
    return (f"If I roll a fair die {n} times, what's the probability of at least one six? "
            "As a percentage to 1 decimal please.",
            [[f"{float(p) * 100:.1f}%", f"{float(p) * 100:.1f} %",
              f"{float(p) * 100:.1f} percent"]])


@family
def binomial_prob(rng: random.Random) -> Made:
    n, k = rng.randint(4, 10), rng.randint(1, 4)
    if k >= n:
        return None
    p = Fraction(math.comb(n, k), 2 ** n)
    return (f"Flip a fair coin {n} times. Probability of exactly {k} heads, as a fraction in "
            "lowest terms?", [frac(p)])


@family
def expected_value(rng: random.Random) -> Made:
    prize, tickets, price = rng.choice([100, 500, 1000]), rng.choice([200, 500, 1000]), \
        rng.choice([1, 2, 5])
    ev = Fraction(prize, tickets) - price
    if ev == 0:
        return None
    e = f"{abs(float(ev)):.2f}"
    sign = "-" if ev < 0 else ""
    return (f"A raffle sells {tickets} tickets at ${price} each, with a single ${prize} prize. "
            "What's the expected value of buying one ticket (prize minus cost)?",
            [[f"{sign}${e}", f"{sign}{e}", f"${sign}{e}", f"−${e}" if sign else f"+${e}",
              f"−{e}" if sign else f"+{e}"]])


@family
def log_change_base(rng: random.Random) -> Made:
    b, x = rng.choice([2, 3, 5, 7]), rng.randint(20, 900)
    value = math.log(x, b)
    if near_tie(value, 3) or value == int(value):
        return None
    return (f"log base {b} of {x}, to 3 decimal places?", [[f"{value:.3f}"]])


@family
def exp_growth_solve(rng: random.Random) -> Made:
    rate, mult = rng.choice([3, 5, 7, 8, 10]), rng.choice([2, 3, 4])
    t = math.log(mult) / math.log(1 + rate / 100)
    if near_tie(t, 2):
        return None
    word = {2: "double", 3: "triple", 4: "quadruple"}[mult]
    return (one(rng, f"How many years for money to {word} at {rate}% compounded annually? "
                "2 decimals, no rounding up to whole years",
                f"at {rate}% interest compounded once a year, how long until my savings "
                f"{word}? in years, 2 decimal places"),
            [[f"{t:.2f}"]])


@family
def gcd_lcm(rng: random.Random) -> Made:
    g = rng.randint(2, 15)
    a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
    if a == b:
        return None
    gg, ll = math.gcd(a, b), a * b // math.gcd(a, b)
    return (f"GCD and LCM of {a} and {b}?", [[f"gcd = {gg}", f"gcd is {gg}", f"gcd: {gg}",
                                              f"gcd({a}, {b}) = {gg}", f"hcf = {gg}",
                                              f"gcd of {a} and {b} is {gg}",
                                              f"gcd {gg}", f"gcd): {gg}", f"hcf is {gg}",
                                              f"divisor is {gg}", f"divisor (gcd) is {gg}"],
                                             [f"lcm = {ll}", f"lcm is {ll}", f"lcm: {ll}",
                                              f"lcm({a}, {b}) = {ll}",
                                              f"lcm of {a} and {b} is {ll}",
                                              f"lcm {ll}", f"lcm): {ll}", f"multiple is {ll}",
                                              f"multiple (lcm) is {ll}"]])


@family
def sum_divisible(rng: random.Random) -> Made:
    k, n = rng.choice([3, 4, 6, 7, 9, 11]), rng.randint(100, 1000)
    m = n // k
    total = k * m * (m + 1) // 2
    return (f"What's the sum of all positive multiples of {k} up to and including {n}?",
            [num(total, 0)])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    slope_two_points, line_equation, vertex_parabola, tangent_slope,
    indefinite_power, matrix_multiply_entry, vector_magnitude, triangle_angle, cylinder_volume,
    cosine_rule, at_least_one_six, binomial_prob, expected_value, log_change_base,
    exp_growth_solve, gcd_lcm, sum_divisible)]
