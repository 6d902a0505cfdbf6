"""Round 7 (``W_*``, held out once, dev now) for ``muse bench agents``, second part:
equations, algebra and calculus (see :mod:`bench.data.agents.heldout7`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout5_math import minus, poly_forms, poly_text, signed
from bench.data.agents.heldout6_algebra import nonzero
from bench.data.agents.helpers import Family, Item, exact, item


def is_x(value: int | Fraction) -> list[str]:
    return [f"x = {v}" for v in exact(Fraction(value)) for v in minus(v)]


def coeff(n: int) -> str:
    return "" if n == 1 else ("-" if n == -1 else str(n))


# --- equations -------------------------------------------------------------------------

def w_bracket_linear(rng: random.Random) -> Item:  # a bracket on one side, x on both sides
    x, a, b, c = rng.randint(-9, 20), rng.randint(2, 7), rng.randint(1, 9), rng.randint(1, 6)
    if a == c:
        return w_bracket_linear(rng)
    d = a * (x - b) - c * x
    return item("W_bracket_linear", "math", f"solve for x: {a}(x - {b}) = {coeff(c)}x {signed(d)}",
                [is_x(x)])


def w_when_equal(rng: random.Random) -> Item:  # two linear expressions made equal
    x, a, c = rng.randint(-6, 15), rng.randint(3, 9), rng.randint(1, 8)
    b = rng.randint(1, 20)
    if a == c:
        return w_when_equal(rng)
    d = a * x + b - c * x
    return item("W_when_equal", "math", f"for what value of x are {a}x + {b} and "
                f"{poly_text({1: c, 0: d}, False)} equal?", [is_x(x)])


def w_zero_root(rng: random.Random) -> Item:  # x squared equal to a multiple of x
    k = nonzero(rng, -9, 14)
    return item("W_zero_root", "math", f"find every x with x² = {coeff(k)}x",
                [is_x(0), is_x(k)])


def w_square_equals(rng: random.Random) -> Item:  # a perfect square set equal to a square
    a, b = nonzero(rng, -6, 6), rng.randint(2, 9)
    if b == abs(a):
        return w_square_equals(rng)
    low, high = a - b, a + b
    return item("W_square_equals", "math", f"(x {signed(-a)})^2 = {b * b}, solve",
                [is_x(low), is_x(high)])


def w_elimination(rng: random.Random) -> Item:  # two equations in two unknowns
    x, y = rng.randint(-5, 9), rng.randint(-5, 9)
    a, b, c, d = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 4), rng.randint(1, 4)
    if a * (-d) - b * c == 0:
        return w_elimination(rng)
    first = f"{coeff(a)}x + {coeff(b)}y = {a * x + b * y}"
    second = f"{coeff(c)}x - {coeff(d)}y = {c * x - d * y}"
    return item("W_elimination", "math", f"{first}\n{second}\nwhat are x and y?",
                [is_x(x), [f"y = {v}" for v in minus(str(y))]])


def w_cubic(rng: random.Random) -> Item:  # a cubic with three whole roots
    r = sorted(rng.sample([-4, -3, -2, -1, 1, 2, 3, 4, 5], 3))
    pairs = r[0] * r[1] + r[0] * r[2] + r[1] * r[2]
    coeffs = {3: 1, 2: -sum(r), 1: pairs, 0: -r[0] * r[1] * r[2]}
    return item("W_cubic", "math", f"find all the roots of {poly_text(coeffs, False)} = 0",
                [is_x(v) for v in r])


def w_reciprocal_eq(rng: random.Random) -> Item:  # x in two denominators
    x, a = rng.randint(1, 12), rng.randint(1, 9)
    c = rng.randint(1, 9)
    b = Fraction(a * (x + c), x)
    if b.denominator != 1 or b == a:
        return w_reciprocal_eq(rng)
    return item("W_reciprocal_eq", "math", f"solve {a}/x = {b}/(x + {c})", [is_x(x)])


def w_exponent_shift(rng: random.Random) -> Item:  # an exponential equation, shifted power
    base, n, s = rng.choice([2, 3]), rng.randint(3, 8), rng.randint(1, 3)
    return item("W_exponent_shift", "math", f"{base}^(x + {s}) = {base ** n}. x = ?",
                [is_x(n - s)])


def w_root_equation(rng: random.Random) -> Item:  # a square root set equal to a number
    a, b = rng.randint(-9, 20), rng.randint(2, 12)
    if not a:
        return w_root_equation(rng)
    return item("W_root_equation", "math", f"if √(x {signed(a)}) = {b}, what is x?",
                [is_x(b * b - a)])


def w_surd_roots(rng: random.Random) -> Item:  # x squared equal to a number that is no square
    n = rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 14, 15, 17, 19, 21, 22])
    d = f"{math.sqrt(n):.2f}"
    return item("W_surd_roots", "math", f"solve x^2 - {n} = 0 exactly",
                [[f"x = -sqrt({n})", f"x = -√{n}", f"x = −√{n}", f"x = -{d}"],
                 [f"x = sqrt({n})", f"x = √{n}", f"x = {d}"]])


# --- algebra ---------------------------------------------------------------------------

def w_expand_pair(rng: random.Random) -> Item:  # two binomials with a leading coefficient
    a, b, c = rng.randint(2, 5), nonzero(rng, -9, 9), nonzero(rng, -9, 9)
    return item("W_expand_pair", "math", f"multiply out ({a}x {signed(b)})(x {signed(c)})",
                [poly_forms({2: a, 1: a * c + b, 0: b * c})])


def w_common_factor(rng: random.Random) -> Item:  # a monomial factor taken out
    g, p, q = rng.randint(2, 9), rng.randint(1, 7), rng.randint(1, 9)
    if math.gcd(p, q) != 1:
        return w_common_factor(rng)
    inner = [f"{coeff(p)}x + {q}", f"{coeff(p)}{'*' * (p != 1)}x + {q}"]
    forms = [f"{g}x({inner[0]})", f"{g}*x*({inner[1]})", f"{g}x*({inner[0]})"]
    return item("W_common_factor", "math", f"factorise {g * p}x^2 + {g * q}x fully",
                [list(dict.fromkeys(forms))])


def w_collect(rng: random.Random) -> Item:  # brackets opened and like terms gathered
    a, b, c, d = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 8), rng.randint(1, 9)
    if a == c:
        return w_collect(rng)
    k, m = a * b + c * d, a - c
    forms = poly_forms({1: m, 0: k})
    if m < 0:  # the constant may lead: 75 - 3x
        forms += [f"{k} - {coeff(-m)}x", f"{k} - {coeff(-m)}{'*' * (m != -1)}x"]
    return item("W_collect", "math", f"simplify {a}(x + {b}) - {c}(x - {d})",
                [list(dict.fromkeys(forms))])


def w_cancel_square(rng: random.Random) -> Item:  # a difference of squares over a bracket
    a = rng.randint(2, 12)
    return item("W_cancel_square", "math", f"can (x^2 - {a * a})/(x + {a}) be simplified?",
                [[f"x - {a}", f"-{a} + x"]])


def w_squares_gap(rng: random.Random) -> Item:  # two squares subtracted, x left
    a = rng.randint(2, 9)
    return item("W_squares_gap", "math", f"simplify (x + {a})² - (x - {a})²",
                [[f"{4 * a}*x", f"{4 * a}x"]])


def w_lowest_value(rng: random.Random) -> Item:  # the minimum of a parabola
    h, k = nonzero(rng, -6, 6), rng.randint(-20, 20)
    coeffs = {2: 1, 1: -2 * h, 0: h * h + k}
    return item("W_lowest_value", "math", f"what's the smallest value that "
                f"y = {poly_text(coeffs, False)} can take?", [minus(str(k))])


# --- calculus --------------------------------------------------------------------------

def w_product_rule(rng: random.Random) -> Item:  # the derivative of a product of brackets
    a, b = rng.randint(1, 9), nonzero(rng, -6, 6)
    return item("W_product_rule", "math", f"differentiate (x^2 + {a})(x {signed(b)})",
                [poly_forms({2: 3, 1: 2 * b, 0: a})])


def w_steepness(rng: random.Random) -> Item:  # the gradient of a cubic at a point
    k, p = rng.randint(1, 12), nonzero(rng, -4, 5)
    return item("W_steepness", "math", f"how steep is the curve y = x^3 - {coeff(k)}x at x = {p}?",
                [minus(str(3 * p * p - k))])


def w_exp_deriv(rng: random.Random) -> Item:  # the derivative of an exponential
    k = rng.randint(2, 9)
    return item("W_exp_deriv", "math", f"d/dx of e^({k}x)",
                [[f"{k}*exp({k}*x)", f"{k}e^({k}x)", f"{k}*e^({k}*x)", f"{k}exp({k}x)",
                  f"{k}e^({k}*x)"]])


def w_log_deriv(rng: random.Random) -> Item:  # the derivative of a logarithm of a power
    n = rng.randint(2, 9)
    return item("W_log_deriv", "math", f"what's the derivative of ln(x^{n})?",
                [[f"{n}/x", f"{n}x^-1", f"{n}*x^(-1)"]])


def w_antiderivative(rng: random.Random) -> Item:  # an indefinite integral of two terms
    a, b = rng.randint(1, 6), rng.randint(1, 9)
    body = poly_text({2: 3 * a, 1: 2 * b}, False)
    return item("W_antiderivative", "math", f"what function has derivative {body}? (the "
                "antiderivative)", [poly_forms({3: a, 2: b})])


def w_line_area(rng: random.Random) -> Item:  # the area under a straight line
    m, c, p = rng.randint(1, 6), rng.randint(0, 9), rng.randint(0, 4)
    q = p + rng.randint(1, 5)
    value = Fraction(m * (q * q - p * p), 2) + c * (q - p)
    line = poly_text({1: m, 0: c}, False)
    return item("W_line_area", "math", f"area under y = {line} from x = {p} to x = {q}",
                [exact(value)])


def w_sine_area(rng: random.Random) -> Item:  # a sine integrated over half a turn
    k = rng.randint(2, 12)
    return item("W_sine_area", "math", f"integrate {k}sin(x) from 0 to pi", [[str(2 * k)]])


def w_hole_limit(rng: random.Random) -> Item:  # a limit where the bracket cancels
    a = nonzero(rng, -9, 9)
    return item("W_hole_limit", "math", f"lim (x^2 - {a * a})/(x {signed(-a)}) as x -> {a}",
                [minus(str(2 * a))])


def w_ratio_limit(rng: random.Random) -> Item:  # leading terms decide a limit at infinity
    a, b, c = rng.randint(1, 9), rng.randint(2, 9), rng.randint(1, 9)
    if a % b == 0:
        return w_ratio_limit(rng)
    return item("W_ratio_limit", "math", f"as x grows without bound, what does "
                f"({coeff(a)}x^2 + {c}) / ({b}x^2 - x) approach?", [exact(Fraction(a, b))])


ALGEBRA: list[tuple[Family, int]] = [
    (w_bracket_linear, 6), (w_when_equal, 6), (w_zero_root, 6), (w_square_equals, 6),
    (w_elimination, 6), (w_cubic, 6), (w_reciprocal_eq, 6), (w_exponent_shift, 6),
    (w_root_equation, 6), (w_surd_roots, 6), (w_expand_pair, 6), (w_common_factor, 6),
    (w_collect, 6), (w_cancel_square, 6), (w_squares_gap, 6), (w_lowest_value, 6),
    (w_product_rule, 6), (w_steepness, 6), (w_exp_deriv, 6), (w_log_deriv, 6),
    (w_antiderivative, 6), (w_line_area, 6), (w_sine_area, 6), (w_hole_limit, 6),
    (w_ratio_limit, 6)]
