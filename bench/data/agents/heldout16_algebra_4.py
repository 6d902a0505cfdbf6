"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part eleven: functions, lines
and sequences."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout16_algebra import NZ, expr, lin
from bench.data.agents.heldout16_math import Made, dedupe, eq, family, frac, num, tie, whole
from bench.data.agents.helpers import Family

# --- functions ----------------------------------------------------------------------------

def func_eval(rng: random.Random) -> Made:  # evaluate a quadratic function
    a, b, c, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-20, 20), rng.randint(-6, 7)
    t = expr([(a, "x^2"), (b, "x"), (c, "")])
    return f"f(x) = {t}. what's f({x})?", [whole(a * x * x + b * x + c)]


def func_inverse(rng: random.Random) -> Made:  # the inverse of a linear function at a point
    m, c, y = rng.randint(2, 9), rng.randint(-15, 15), rng.randint(-30, 60)
    v = F(y - c, m)
    return f"if f(x) = {lin(m, c)}, find f^-1({y})", [frac(v)]


def func_compose(rng: random.Random) -> Made:  # g(f(x)) at a number
    a, b, x = rng.randint(2, 5), rng.randint(-6, 6), rng.randint(-4, 5)
    if not b:
        return None
    fx = a * x + b
    return f"f(x)={lin(a, b)}, g(x)=x^2-1. compute g(f({x}))", [whole(fx * fx - 1)]


def slope_points(rng: random.Random) -> Made:  # gradient between two points
    x1, y1, x2, y2 = (rng.randint(-12, 12) for _ in range(4))
    if x1 == x2:
        return None
    return f"gradient between ({x1}, {y1}) and ({x2}, {y2})", [frac(F(y2 - y1, x2 - x1))]


def line_through(rng: random.Random) -> Made:  # equation from a point and slope
    m, x1, y1 = rng.choice(NZ), rng.randint(-6, 6), rng.randint(-9, 9)
    c = y1 - m * x1
    rhs = expr([(m, "x"), (c, "")])
    rhs2 = expr([(m, "x"), (c, "")], "*")
    return (f"line with slope {m} going through ({x1}, {y1}) — equation?",
            [dedupe([f"y = {rhs}", f"y={rhs.replace(' ', '')}", f"y = {rhs2}"])])


def perpendicular(rng: random.Random) -> Made:  # slope of a perpendicular line
    m = F(rng.choice(NZ), rng.randint(1, 5))
    rhs = f"{m}x + {rng.randint(1, 9)}" if m.denominator == 1 else f"({m})x + {rng.randint(1, 9)}"
    return f"slope of a line perpendicular to y = {rhs}", [frac(-1 / m)]


def midpoint(rng: random.Random) -> Made:  # midpoint of a segment
    x1, y1, x2, y2 = (rng.randint(-20, 20) for _ in range(4))
    mx, my = F(x1 + x2, 2), F(y1 + y2, 2)
    fx = lambda v: f"{float(v):g}"  # noqa: E731
    return (f"midpoint of ({x1}, {y1}) and ({x2}, {y2})?",
            [[f"({fx(mx)}, {fx(my)})", f"({fx(mx)},{fx(my)})"]])


def x_intercept(rng: random.Random) -> Made:  # where a line crosses the x axis
    m, x = rng.choice(NZ), rng.randint(-10, 10)
    c = -m * x
    return f"where does y = {expr([(m, 'x'), (c, '')])} cross the x-axis", [
        dedupe([*eq("x", [str(x)]), f"({x}, 0)", f"({x},0)"])]


def domain_sqrt(rng: random.Random) -> Made:  # domain of a square root
    a = rng.randint(-20, 20)
    inner = f"x - {a}" if a > 0 else (f"x + {-a}" if a else "x")
    if not a:
        return None
    return f"domain of f(x) = sqrt({inner})", [[f"x ≥ {a}", f"x >= {a}", f"x≥{a}", f"x>={a}",
                                                  f"[{a}, ∞)", f"[{a}, inf"]]


# --- sequences ------------------------------------------------------------------------------

def arith_term(rng: random.Random) -> Made:  # nth term of an arithmetic sequence
    a, d, n = rng.randint(-20, 40), rng.choice([n for n in range(-9, 15) if n]), rng.randint(15, 90)
    seq = ", ".join(str(a + d * i) for i in range(4))
    return f"what's term number {n} in {seq}, ...", [whole(a + d * (n - 1))]


def arith_sum(rng: random.Random) -> Made:  # sum of an arithmetic series
    a, d, n = rng.randint(1, 30), rng.randint(2, 9), rng.randint(10, 60)
    return (f"add up the first {n} terms of {a}, {a + d}, {a + 2 * d}, ...",
            [whole(n * (2 * a + (n - 1) * d) // 2)])


def geo_term(rng: random.Random) -> Made:  # nth term of a geometric sequence
    a, r, n = rng.randint(1, 7), rng.choice([2, 3, -2]), rng.randint(6, 14)
    seq = ", ".join(str(a * r ** i) for i in range(4))
    return f"{seq}... find the {ordinal(n)} term", [whole(a * r ** (n - 1))]


def geo_infinite(rng: random.Random) -> Made:  # an infinite geometric series
    a, r = rng.randint(2, 40), F(rng.randint(1, 7), rng.randint(8, 10))
    v = a / (1 - r)
    if tie(v):
        return None
    return (f"sum to infinity of a geometric series, first term {a}, ratio {r}",
            [dedupe(frac(v) + num(v))])


def fibonacci(rng: random.Random) -> Made:  # a Fibonacci number
    n = rng.randint(15, 45)
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return f"what's the {ordinal(n)} Fibonacci number (F1 = F2 = 1)?", [whole(a)]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    func_eval, func_inverse, func_compose, slope_points, line_through, perpendicular, midpoint,
    x_intercept, domain_sqrt, arith_term, arith_sum, geo_term, geo_infinite, fibonacci)]
