"""Round 9 (``Y_*``, dev now) for ``muse bench agents``, second part: equations, systems,
simplifying, factoring and expanding, calculus and linear algebra (see
:mod:`bench.data.agents.heldout9`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout9_forms import cash, frac, money, num, safe
from bench.data.agents.helpers import Family, Item, item

F = Fraction


def polynomial(coeffs: dict[int, int], star: str = "", power: str = "^") -> str:
    """A polynomial in x from {exponent: coefficient}, highest power first."""
    out = ""
    for exp in sorted(coeffs, reverse=True):
        c = coeffs[exp]
        if not c:
            continue
        sign = "-" if c < 0 else "+"
        size = abs(c)
        body = "x" if exp == 1 else (f"x{power}{exp}" if exp else "")
        lead = str(size) if size != 1 or not exp else ""
        glue = star if lead and exp else ""
        piece = f"{lead}{glue}{body}"
        out += (f"-{piece}" if sign == "-" else piece) if not out else f" {sign} {piece}"
    return out or "0"


def forms(coeffs: dict[int, int]) -> list[str]:
    """The ways a reply may write the same polynomial: 3x^2, 3*x^2, 3*x**2."""
    texts = [polynomial(coeffs), polynomial(coeffs, "*"), polynomial(coeffs, "*", "**")]
    return list(dict.fromkeys(texts + [t.replace(" ", "") for t in texts]))


def var(name: str, value: Fraction | int) -> list[str]:
    values = frac(F(value))
    return [f"{name}{gap}{v}" for v in values for gap in (" = ", "=")]


def linear(a: int, b: int) -> str:
    """a*x + b as people write it."""
    head = "x" if a == 1 else ("-x" if a == -1 else f"{a}x")
    return f"{head} + {b}" if b > 0 else (f"{head} - {-b}" if b < 0 else head)


# --- equations and systems -------------------------------------------------------------

def y_one_step(rng: random.Random) -> Item:  # a two-step linear equation
    a, x, b = rng.randint(2, 12), rng.randint(-10, 15), rng.randint(-30, 30)
    if not b:
        return y_one_step(rng)
    return item("Y_one_step", "math", f"solve {linear(a, b)} = {a * x + b}", [var("x", x)])


def y_both_sides(rng: random.Random) -> Item:  # x on both sides
    a, c = rng.randint(3, 12), rng.randint(1, 9)
    x, b = rng.randint(-9, 12), rng.randint(-20, 20)
    if a == c or not b:
        return y_both_sides(rng)
    d = (a - c) * x + b
    return item("Y_both_sides", "math", f"can you solve {linear(a, b)} = {linear(c, d)} for x",
                [var("x", x)])


def y_fraction_answer(rng: random.Random) -> Item:  # a linear equation with a fractional root
    a, b, rhs = rng.randint(2, 9), rng.randint(1, 20), rng.randint(-10, 40)
    x = F(rhs - b, a)
    if x.denominator == 1:
        return y_fraction_answer(rng)
    return item("Y_fraction_answer", "math", f"{a}x + {b} = {rhs}, find x", [var("x", x)])


def y_quadratic(rng: random.Random) -> Item:  # a monic quadratic with integer roots
    r1, r2 = sorted(rng.sample(range(-9, 10), 2))
    eq = polynomial({2: 1, 1: -(r1 + r2), 0: r1 * r2})
    return item("Y_quadratic", "math", f"Solve: {eq} = 0", [var("x", r1), var("x", r2)])


def y_quadratic_lead(rng: random.Random) -> Item:  # a quadratic with a leading coefficient
    k, r1, r2 = rng.choice([2, 3, 5]), *sorted(rng.sample(range(-6, 7), 2))
    eq = polynomial({2: k, 1: -k * (r1 + r2), 0: k * r1 * r2})
    return item("Y_quadratic_lead", "math", f"roots of {eq} = 0?", [var("x", r1), var("x", r2)])


def y_system(rng: random.Random) -> Item:  # sum and difference of two unknowns
    x, y = rng.randint(-5, 20), rng.randint(-5, 20)
    if x == y:
        return y_system(rng)
    return item("Y_system", "math", f"x + y = {x + y} and x - y = {x - y}. what are x and y?",
                [var("x", x), var("y", y)])


def y_system_coeffs(rng: random.Random) -> Item:  # a 2x2 system with coefficients
    a, b, c, d = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6), rng.randint(-5, -1)
    x, y = rng.randint(-6, 9), rng.randint(-6, 9)
    if a * d - b * c == 0:
        return y_system_coeffs(rng)
    first = f"{linear(a, 0)} + {b}y = {a * x + b * y}".replace(" 1y", " y")
    second = f"{linear(c, 0)} - {-d}y = {c * x + d * y}".replace(" 1y", " y")
    return item("Y_system_coeffs", "math", f"solve the system {first}, {second}",
                [var("x", x), var("y", y)])


def y_cafe_system(rng: random.Random) -> Item:  # a word problem with two prices
    c, m = F(rng.randint(16, 45), 10), F(rng.randint(12, 40), 10)
    if c == m:
        return y_cafe_system(rng)
    one, two = 2 * c + m, c + 3 * m
    return item("Y_cafe_system", "math", f"2 coffees and a muffin cost {cash(one)}. one coffee and "
                f"3 muffins cost {cash(two)}. how much is a coffee and how much is a muffin?",
                [money(c), money(m)])


def y_think_number(rng: random.Random) -> Item:  # think of a number
    n, k, add = rng.randint(3, 40), rng.randint(2, 9), rng.randint(2, 30)
    return item("Y_think_number", "math", f"I think of a number, multiply it by {k} and add {add}. "
                f"I get {n * k + add}. What was my number?", [num(n, 0)])


def y_power_equation(rng: random.Random) -> Item:  # an exponential equation
    base, x = rng.choice([2, 3, 5]), rng.randint(3, 9)
    return item("Y_power_equation", "math", f"solve {base}^x = {base ** x}", [var("x", x)])


def y_evaluate(rng: random.Random) -> Item:  # a polynomial evaluated at a point
    a, b, c, x = rng.randint(2, 6), rng.randint(-9, 9), rng.randint(-20, 20), rng.randint(-5, 8)
    if not b or not c:
        return y_evaluate(rng)
    expr = polynomial({2: a, 1: b, 0: c})
    return item("Y_evaluate", "math", f"if x = {x}, what is {expr}?",
                [num(a * x * x + b * x + c, 0)])


def y_cubic(rng: random.Random) -> Item:  # a cubic with three whole roots
    r = sorted(rng.sample(range(-5, 7), 3))
    a, b, c = -sum(r), r[0] * r[1] + r[0] * r[2] + r[1] * r[2], -r[0] * r[1] * r[2]
    eq = polynomial({3: 1, 2: a, 1: b, 0: c})
    return item("Y_cubic", "math", f"find all solutions of {eq} = 0", [var("x", v) for v in r])


# --- simplify, expand, factor ----------------------------------------------------------

def y_collect(rng: random.Random) -> Item:  # like terms collected
    a, b, c, d, e = (rng.randint(1, 9) for _ in range(5))
    coeffs = {1: a - b + c, 0: d - e}
    if not coeffs[1] or not coeffs[0]:
        return y_collect(rng)
    return item("Y_collect", "math", f"simplify {a}x + {d} - {b}x + {c}x - {e}", [forms(coeffs)])


def y_expand_pair(rng: random.Random) -> Item:  # two binomials multiplied out
    p, q = rng.sample([n for n in range(-9, 10) if n], 2)
    if p + q == 0:
        return y_expand_pair(rng)
    text = f"(x {'+' if p > 0 else '-'} {abs(p)})(x {'+' if q > 0 else '-'} {abs(q)})"
    return item("Y_expand_pair", "math", f"expand {text}", [forms({2: 1, 1: p + q, 0: p * q})])


def y_expand_square(rng: random.Random) -> Item:  # a squared binomial
    k, p = rng.randint(1, 4), rng.choice([n for n in range(-8, 9) if n])
    head = "x" if k == 1 else f"{k}x"
    text = f"({head} {'+' if p > 0 else '-'} {abs(p)})^2"
    return item("Y_expand_square", "math", f"multiply out {text}",
                [forms({2: k * k, 1: 2 * k * p, 0: p * p})])


def factors(p: int, q: int) -> list[str]:
    """(x + p)(x + q) in either order, spaced or not."""
    def one(n: int) -> str:
        return f"(x {'+' if n > 0 else '-'} {abs(n)})"
    out = []
    for a, b in ((p, q), (q, p)):
        out += [one(a) + one(b), one(a) + "*" + one(b)]
    return list(dict.fromkeys(out + [t.replace(" ", "") for t in out]))


def y_factorise(rng: random.Random) -> Item:  # a monic quadratic factorised
    p, q = rng.sample([n for n in range(-9, 10) if n], 2)
    if p + q == 0:
        return y_factorise(rng)
    return item("Y_factorise", "math", f"factorise {polynomial({2: 1, 1: p + q, 0: p * q})}",
                [factors(p, q)])


def y_difference_squares(rng: random.Random) -> Item:  # x^2 - n^2 factored
    n = rng.randint(2, 15)
    return item("Y_difference_squares", "math", f"Factor x^2 - {n * n}", [factors(n, -n)])


def y_cancel(rng: random.Random) -> Item:  # a rational expression that cancels
    n = rng.randint(2, 12)
    return item("Y_cancel", "math", f"simplify (x^2 - {n * n})/(x + {n})", [forms({1: 1, 0: -n})])


# --- calculus --------------------------------------------------------------------------

def y_derive_poly(rng: random.Random) -> Item:  # a cubic differentiated
    a, b, c = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-12, 12)
    if not b or not c:
        return y_derive_poly(rng)
    f = polynomial({3: a, 2: b, 1: c})
    return item("Y_derive_poly", "math", f"what's the derivative of {f}",
                [forms({2: 3 * a, 1: 2 * b, 0: c})])


def y_slope_at(rng: random.Random) -> Item:  # a derivative at a point
    a, b, x = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-4, 6)
    if not b:
        return y_slope_at(rng)
    f = polynomial({3: a, 1: b})
    return item("Y_slope_at", "math", f"f(x) = {f}. what is f'({x})?",
                [num(3 * a * x * x + b, 0)])


def y_second_derivative(rng: random.Random) -> Item:  # a second derivative
    a, b = rng.randint(1, 5), rng.randint(-8, 8)
    if not b:
        return y_second_derivative(rng)
    f = polynomial({4: a, 3: b})
    return item("Y_second_derivative", "math", f"second derivative of {f}?",
                [forms({2: 12 * a, 1: 6 * b})])


def y_derive_sine(rng: random.Random) -> Item:  # a multiple of sin x
    k = rng.randint(2, 12)
    return item("Y_derive_sine", "math", f"d/dx {k}sin(x)",
                [[f"{k}cos(x)", f"{k}*cos(x)", f"{k} cos(x)", f"{k} cos x", f"{k}cos x"]])


def y_derive_exp(rng: random.Random) -> Item:  # e to a multiple of x
    k = rng.randint(2, 9)
    return item("Y_derive_exp", "math", f"differentiate e^({k}x)",
                [[f"{k}e^({k}x)", f"{k}*e^({k}x)", f"{k}*exp({k}*x)", f"{k}e^{k}x",
                  f"{k}*e^({k}*x)", f"{k} e^({k}x)", f"{k}exp({k}x)"]])


def y_antiderivative(rng: random.Random) -> Item:  # an indefinite integral of a polynomial
    a, b = rng.randint(1, 5) * 3, rng.randint(1, 6) * 2
    return item("Y_antiderivative", "math", f"integral of {a}x^2 + {b}x dx",
                [forms({3: a // 3, 2: b // 2})])


def y_definite(rng: random.Random) -> Item:  # a definite integral with whole bounds
    a, b, lo, hi = rng.randint(1, 6), rng.randint(-5, 8), rng.randint(-2, 2), rng.randint(3, 6)
    value = F(a, 3) * (hi ** 3 - lo ** 3) + F(b, 2) * (hi ** 2 - lo ** 2)
    if not b:
        return y_definite(rng)
    return item("Y_definite", "math", f"integrate {polynomial({2: a, 1: b})} from {lo} to {hi}",
                [frac(value) + (num(value) if value.denominator > 2 else [])])


def y_area_under(rng: random.Random) -> Item:  # area under a parabola, fractional
    lo, hi = rng.randint(0, 3), rng.randint(4, 7)
    value = F(hi ** 3 - lo ** 3, 3)
    if value.denominator == 1:
        return y_area_under(rng)
    return item("Y_area_under", "math", f"area under y = x^2 between x = {lo} and x = {hi}?",
                [list(dict.fromkeys(frac(value) + num(value)))])


def y_log_integral(rng: random.Random) -> Item:  # the integral of 1/x, a logarithm
    n = rng.randint(2, 40)
    value = F(math.log(n)).limit_denominator(10**12)
    if not safe(value):
        return y_log_integral(rng)
    return item("Y_log_integral", "math", f"evaluate the integral of 1/x from 1 to {n}, to 2 "
                "decimal places", [num(value)])


def y_limit_hole(rng: random.Random) -> Item:  # a removable discontinuity
    a = rng.randint(2, 12)
    return item("Y_limit_hole", "math", f"limit of (x^2 - {a * a})/(x - {a}) as x approaches {a}",
                [num(2 * a, 0)])


def y_limit_sin(rng: random.Random) -> Item:  # sin(ax)/(bx) at zero
    a, b = rng.randint(2, 15), rng.randint(2, 9)
    value = F(a, b)
    if value.denominator == 1 or a % b == 0:
        return y_limit_sin(rng)
    return item("Y_limit_sin", "math", f"lim x->0 of sin({a}x)/({b}x)",
                [frac(value) + (num(value) if (value * 10**6).denominator != 1 else [])])


def y_limit_infinity(rng: random.Random) -> Item:  # a ratio of quadratics at infinity
    a, b, c, d = rng.randint(2, 9), rng.randint(1, 20), rng.randint(2, 9), rng.randint(1, 20)
    value = F(a, c)
    if value.denominator == 1 or a == c:
        return y_limit_infinity(rng)
    return item("Y_limit_infinity", "math", f"what does ({a}x^2 + {b})/({c}x^2 - {d}) tend to as "
                "x goes to infinity?", [list(dict.fromkeys(frac(value) + num(value)))])


# --- linear algebra --------------------------------------------------------------------

def matrix(rows: list[list[int]]) -> list[str]:
    inner = ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows)
    return [f"[{inner}]", f"[{inner}]".replace(" ", ""), f"Matrix([{inner}])"]


def y_det_two(rng: random.Random) -> Item:  # a 2x2 determinant
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    return item("Y_det_two", "math", f"determinant of [[{a}, {b}], [{c}, {d}]]",
                [num(a * d - b * c, 0)])


def y_det_three(rng: random.Random) -> Item:  # a 3x3 determinant
    m = [[rng.randint(-4, 6) for _ in range(3)] for _ in range(3)]
    det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
           - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
           + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    return item("Y_det_three", "math", f"find det of the matrix {m}", [num(det, 0)])


def y_matrix_product(rng: random.Random) -> Item:  # two 2x2 matrices multiplied
    a = [[rng.randint(-3, 6) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-3, 6) for _ in range(2)] for _ in range(2)]
    p = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return item("Y_matrix_product", "math", f"multiply the matrices {a} and {b}", [matrix(p)])


def y_inverse(rng: random.Random) -> Item:  # an integer 2x2 inverse (determinant 1)
    a, b = rng.randint(2, 7), rng.randint(1, 6)
    c = rng.randint(1, 4)
    d_num = 1 + b * c
    if d_num % a:
        return y_inverse(rng)
    d = d_num // a
    return item("Y_inverse", "math", f"inverse of [[{a}, {b}], [{c}, {d}]]?",
                [matrix([[d, -b], [-c, a]])])


def y_dot(rng: random.Random) -> Item:  # a dot product of 3-vectors
    u = [rng.randint(-5, 9) for _ in range(3)]
    v = [rng.randint(-5, 9) for _ in range(3)]
    return item("Y_dot", "math", f"dot product of ({', '.join(map(str, u))}) and "
                f"({', '.join(map(str, v))})", [num(sum(x * y for x, y in zip(u, v,
                                                                             strict=True)), 0)])


ALGEBRA: list[tuple[Family, int]] = [
    (y_one_step, 6), (y_both_sides, 6), (y_fraction_answer, 6), (y_quadratic, 6),
    (y_quadratic_lead, 6), (y_system, 6), (y_system_coeffs, 6), (y_cafe_system, 6),
    (y_think_number, 6), (y_power_equation, 6), (y_cubic, 6), (y_cancel, 6),
    (y_log_integral, 6), (y_evaluate, 6), (y_collect, 6),
    (y_expand_pair, 6), (y_expand_square, 6), (y_factorise, 6), (y_difference_squares, 6),
    (y_derive_poly, 6), (y_slope_at, 6), (y_second_derivative, 6), (y_derive_sine, 6),
    (y_derive_exp, 6), (y_antiderivative, 6), (y_definite, 6), (y_area_under, 6),
    (y_limit_hole, 6), (y_limit_sin, 6), (y_limit_infinity, 6), (y_det_two, 6),
    (y_det_three, 6), (y_matrix_product, 6), (y_inverse, 6), (y_dot, 6)]
