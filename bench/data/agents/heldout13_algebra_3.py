"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part eight: equations from
everyday situations, more calculus and linear algebra, asked in other words."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout13_algebra import NZ, poly, rel, xs
from bench.data.agents.heldout13_algebra_2 import grid, matrix, spellings, vector
from bench.data.agents.heldout13_math import dec, dedupe, eq, frac, tie, unit, whole
from bench.data.agents.helpers import Family, Item, fresh, item

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def pretty(text: str) -> str:
    """As phones type it: x² and a real minus sign."""
    return text.replace("^2", "²").replace("^3", "³").replace(" - ", " − ")


def many(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def pair(a: str, b: str) -> list[str]:
    return [f"({a}, {b})", f"({a},{b})"]


# --- equations from situations ---------------------------------------------------------

def k_quad_phone(rng: random.Random) -> Item:  # a quadratic typed on a phone
    r1, r2 = rng.sample([n for n in range(-9, 10) if n], 2)
    if r1 + r2 == 0:
        return k_quad_phone(rng)
    text = pretty(poly([1, -(r1 + r2), r1 * r2]))
    return item("K_a_quad_phone", "math", f"hey what values of x make {text} equal zero?",
                xs("x", *sorted((r1, r2))))


def k_lin_decimal(rng: random.Random) -> Item:  # decimal coefficients
    x = rng.randint(2, 40)
    a = F(rng.choice([5, 15, 25, 75, 125]), rng.choice([10, 100]))
    b = F(rng.randint(1, 90), 10)
    if a.denominator == 1:
        return k_lin_decimal(rng)
    return item("K_a_lin_decimal", "math", f"{float(a):g}x + {float(b):g} = {float(a * x + b):g}, "
                "what's x", xs("x", x))


def k_phone_plan(rng: random.Random) -> Item:  # texts from a phone bill
    base, per, n = rng.randint(8, 30), F(rng.choice([5, 8, 10, 12, 15]), 100), rng.randint(20, 300)
    bill = base + per * n
    return item("K_a_phone_plan", "math", f"My phone plan is {base} a month plus {float(per):.2f} "
                f"per text. This month's bill was {float(bill):.2f}. How many texts did I send?",
                [whole(n)])


def k_taxi(rng: random.Random) -> Item:  # distance from a taxi fare
    flag, per, km = F(rng.randint(250, 500), 100), F(rng.randint(120, 290), 100), rng.randint(2, 40)
    fare = flag + per * km
    return item("K_a_taxi", "math", f"taxi is {float(flag):.2f} to start plus {float(per):.2f} per "
                f"km. i paid {float(fare):.2f}. how far did i go?",
                [unit(whole(km), "km", "kilometres", "kilometers")])


def k_coffee_muffin(rng: random.Random) -> Item:  # two prices from two orders
    c, m = F(rng.randint(150, 450), 100), F(rng.randint(150, 450), 100)
    a1, b1, a2, b2 = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4)
    if a1 * b2 == a2 * b1 or c == m:
        return k_coffee_muffin(rng)
    return item("K_a_coffee_muffin", "math", f"{many(a1, 'coffee')} and {many(b1, 'muffin')} cost "
                f"{float(a1 * c + b1 * m):.2f}; {many(a2, 'coffee')} and {many(b2, 'muffin')} cost "
                f"{float(a2 * c + b2 * m):.2f}. What does one coffee cost, and one muffin?",
                [dec(c), dec(m)])


def k_garden_width(rng: random.Random) -> Item:  # a width from an area
    w, d = rng.randint(3, 25), rng.randint(1, 12)
    return item("K_a_garden_width", "math", f"My garden is {d} m longer than it is wide and its "
                f"area is {w * (w + d)} m². How wide is it?",
                [unit(whole(w), "m", "metres", "meters")])


def k_ball_lands(rng: random.Random) -> Item:  # when a thrown ball lands
    t1, t2 = rng.randint(3, 9), rng.randint(1, 2)
    b, c = 5 * (t1 - t2), 5 * t1 * t2
    return item("K_a_ball_lands", "math", f"A ball's height is h = -5t^2 + {b}t + {c} metres. When "
                "does it hit the ground?", [dedupe(unit(whole(t1), "seconds", "s", "sec") +
                                                   eq("t", whole(t1)))])


def k_max_height(rng: random.Random) -> Item:  # the top of a parabola
    v, h0 = rng.choice([16, 32, 48, 64, 80, 96, 128]), rng.randint(0, 40)
    top = F(v * v, 64) + h0
    return item("K_a_max_height", "math", f"h(t) = -16t^2 + {v}t + {h0}. what's the maximum "
                "height?", [frac(top)])


def k_percent_equation(rng: random.Random) -> Item:  # a number from a percentage of it
    p, n = rng.choice([5, 12, 15, 24, 30, 35, 40, 45, 60, 75]), rng.randint(4, 80) * 20
    part = F(p * n, 100)
    if part.denominator != 1:
        return k_percent_equation(rng)
    return item("K_a_percent_equation", "math", f"{p}% of what number is {part}?", [whole(n)])


def k_bacteria(rng: random.Random) -> Item:  # time for doubling growth to reach a count
    start, every, k = rng.randint(1, 20) * 50, rng.randint(2, 8), rng.randint(3, 10)
    return item("K_a_bacteria", "math", f"bacteria double every {every} hours. starting from "
                f"{start}, how many hours until there are {start * 2 ** k:,}?",
                [dedupe(unit(whole(every * k), "hours", "h") + whole(every * k))])


def k_infinite_series(rng: random.Random) -> Item:  # a geometric series summed forever
    r = rng.choice([F(1, 2), F(1, 3), F(1, 4), F(2, 3), F(3, 4), F(1, 5)])
    a = r.denominator ** 3 * rng.randint(1, 5)
    terms = " + ".join(str(a * r ** i) for i in range(4))
    return item("K_a_infinite_series", "math", f"what does {terms} + ... add up to if it goes on "
                "forever?", [frac(a / (1 - r))])


def k_log_base(rng: random.Random) -> Item:  # a logarithm in an awkward base
    b, n = rng.choice([3, 5, 6, 7, 12]), rng.randint(10, 999)
    v = math.log(n, b)
    if tie(v, 3) or abs(v - round(v)) < 1e-9:
        return k_log_base(rng)
    return item("K_a_log_base", "math", f"log_{b}({n}), 3 decimal places", [dec(v, 3)])


def k_double_ineq(rng: random.Random) -> Item:  # a double inequality
    a, b, lo = rng.randint(2, 5), rng.randint(-9, 9), rng.randint(-8, 3)
    hi = lo + rng.randint(2, 9)
    lo_t, hi_t = a * lo + b, a * hi + b
    out = [f"{lo} < x < {hi}", f"{lo}<x<{hi}"]
    return item("K_a_double_ineq", "math", f"Solve {lo_t} < {poly([a, b])} < {hi_t}", [out])


def k_intersect(rng: random.Random) -> Item:  # where two lines cross
    x, y = rng.randint(-6, 8), rng.randint(-8, 12)
    m1, m2 = rng.sample(NZ, 2)
    return item("K_a_intersect", "math", f"Where do y = {poly([m1, y - m1 * x])} and "
                f"y = {poly([m2, y - m2 * x])} intersect?", [pair(str(x), str(y))])


def k_ineq_ge(rng: random.Random) -> Item:  # an inequality with a greater-or-equal
    a, c, x = rng.randint(4, 9), rng.randint(1, 3), rng.randint(-6, 12)
    b = rng.randint(-10, 10)
    d = (a - c) * x + b
    return item("K_a_ineq_ge", "math", f"for which x is {poly([a, b])} ≥ {poly([c, d])}?",
                [rel("x", ">=", x)])


# --- calculus --------------------------------------------------------------------------

def k_quotient_at(rng: random.Random) -> Item:  # a quotient rule value
    k, x = rng.randint(1, 9), rng.randint(0, 5)
    v = F(2 * x * (x + 1) - (x * x + k), (x + 1) ** 2)
    return item("K_a_quotient_at", "math", f"what's the derivative of (x^2 + {k})/(x + 1) at "
                f"x = {x}?", [frac(v)])


def k_ln_at(rng: random.Random) -> Item:  # the derivative of a logarithm at a point
    k, x = rng.randint(1, 12), rng.randint(1, 6)
    return item("K_a_ln_at", "math", f"d/dx ln(x^2 + {k}) at x = {x}", [frac(F(2 * x, x * x + k))])


def k_sqrt_at(rng: random.Random) -> Item:  # the derivative of a root at a point
    n = rng.randint(2, 15)
    return item("K_a_sqrt_at", "math", f"Derivative of √x when x = {n * n}?",
                [frac(F(1, 2 * n))])


def k_integrate_between(rng: random.Random) -> Item:  # a definite integral, chatty
    n, lo = rng.randint(2, 4), rng.randint(0, 2)
    hi = lo + rng.randint(1, 3)
    c = n + 1
    return item("K_a_integrate_between", "math", f"what do I get if I integrate {c}x^{n} between "
                f"{lo} and {hi}?", [whole(hi ** c - lo ** c)])


def k_integral_sin(rng: random.Random) -> Item:  # sine integrated to a decimal limit
    a = F(rng.randint(2, 30), 10)
    v = 1 - math.cos(float(a))
    if tie(v, 4):
        return k_integral_sin(rng)
    return item("K_a_integral_sin", "math", f"∫_0^{float(a):g} sin(x) dx to 4 decimal places",
                [dec(v, 4)])


def k_average_value(rng: random.Random) -> Item:  # a function's average value
    a = rng.randint(2, 12)
    return item("K_a_average_value", "math", f"Average value of f(x) = x^2 on the interval "
                f"[0, {a}]", [frac(F(a * a, 3))])


def k_limit_direct(rng: random.Random) -> Item:  # a limit found by substitution
    a, b, c = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-6, 6)
    return item("K_a_limit_direct", "math", f"limit of {poly([a, 0, b])} as x → {c}",
                [whole(a * c * c + b)])


def k_limit_e(rng: random.Random) -> Item:  # the limit that gives a power of e
    k = rng.randint(2, 9)
    out = [f"e^{k}", f"e**{k}", f"exp({k})", f"e{str(k).translate(SUP)}", *dec(math.exp(k), 4)]
    return item("K_a_limit_e", "math", f"What is the limit of (1 + {k}/n)^n as n goes to "
                "infinity?", [out])


# --- linear algebra --------------------------------------------------------------------

def k_det_rows(rng: random.Random) -> Item:  # a determinant described in words
    a, b, c, d = (rng.randint(1, 12) for _ in range(4))
    return item("K_a_det_rows", "math", f"2x2 matrix, first row {a} {b}, second row {c} {d}. "
                "What's its determinant?", [whole(a * d - b * c)])


def k_mat_vec(rng: random.Random) -> Item:  # a matrix times a vector
    m = [[rng.randint(-5, 6) for _ in range(2)] for _ in range(2)]
    v = [rng.randint(-5, 6) for _ in range(2)]
    out = [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]]
    return item("K_a_mat_vec", "math", f"{grid(m)} times the vector [{v[0]}, {v[1]}]",
                [vector(out)])


def k_mat_combo(rng: random.Random) -> Item:  # a sum of a matrix and a multiple of another
    a = [[rng.randint(-5, 9) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-5, 9) for _ in range(2)] for _ in range(2)]
    k = rng.randint(2, 4)
    c = [[a[i][j] + k * b[i][j] for j in range(2)] for i in range(2)]
    return item("K_a_mat_combo", "math", f"A = {grid(a)}, B = {grid(b)}. Compute A + {k}B",
                [matrix(c)])


TRIPLES = [(3, 4, 5), (6, 8, 10), (9, 12, 15), (7, 24, 25), (12, 16, 20), (15, 20, 25),
           (14, 48, 50)]


def k_unit_vector(rng: random.Random) -> Item:  # a unit vector with exact components
    p, q, r = rng.choice(TRIPLES)
    sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
    if rng.random() < 0.5:
        p, q = q, p
    a, b = F(sx * p, r), F(sy * q, r)
    out = pair(f"{float(a):g}", f"{float(b):g}") + pair(str(a), str(b))
    out += [f"[{float(a):g}, {float(b):g}]", f"[{a}, {b}]"]
    return item("K_a_unit_vector", "math", f"unit vector in the direction of ({sx * p}, {sy * q})",
                [dedupe(out)])


def k_matrix_solve(rng: random.Random) -> Item:  # a matrix equation for two unknowns
    m = [[rng.randint(1, 6), rng.randint(-4, 5)], [rng.randint(-4, 5), rng.randint(1, 6)]]
    if m[0][0] * m[1][1] - m[0][1] * m[1][0] == 0:
        return k_matrix_solve(rng)
    x, y = rng.randint(-6, 8), rng.randint(-6, 8)
    b = [m[0][0] * x + m[0][1] * y, m[1][0] * x + m[1][1] * y]
    return item("K_a_matrix_solve", "math", f"Solve {grid(m)} [x, y] = [{b[0]}, {b[1]}]",
                xs("x", x) + xs("y", y))


# --- simplifying -----------------------------------------------------------------------

def k_two_letters(rng: random.Random) -> Item:  # like terms in a and b
    a, b, c, d = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9)
    ca, cb = a - c, b + d
    if ca in (-1, 0, 1):
        return k_two_letters(rng)
    out = [f"{ca}a + {cb}b", f"{ca}a+{cb}b", f"{ca}*a + {cb}*b", f"{ca}*a+{cb}*b",
           f"{cb}b + {ca}a" if ca > 0 else f"{cb}b - {-ca}a"]
    return item("K_a_two_letters", "math", f"simplify {a}a + {b}b - {c}a + {d}b", [out])


def k_expand_mixed(rng: random.Random) -> Item:  # two brackets to expand and collect
    p, k, q = rng.randint(1, 9), rng.randint(2, 6), rng.randint(1, 9)
    terms = poly([1, p - k, k * q])
    return item("K_a_expand_mixed", "math", f"Expand and simplify x(x + {p}) - {k}(x - {q})",
                [spellings(terms)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_quad_phone, k_lin_decimal, k_phone_plan, k_taxi, k_coffee_muffin, k_garden_width,
    k_ball_lands, k_max_height, k_percent_equation, k_bacteria, k_infinite_series, k_log_base,
    k_double_ineq, k_intersect, k_ineq_ge, k_quotient_at, k_ln_at, k_sqrt_at,
    k_integrate_between, k_integral_sin, k_average_value, k_limit_direct, k_limit_e,
    k_det_rows, k_mat_vec, k_mat_combo, k_unit_vector, k_matrix_solve, k_two_letters,
    k_expand_mixed)]
