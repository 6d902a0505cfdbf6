"""Round 12 (``P_*``, dev now) for ``muse bench agents``, maths part four: simplifying,
expanding and factoring, then derivatives, integrals and limits (expression forms from
:mod:`bench.data.agents.heldout12_algebra`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout12_algebra import NONZERO, forms, lin, product_forms, sols, write
from bench.data.agents.heldout12_math import dec, dedupe, frac, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item

# --- simplify, expand, factor ----------------------------------------------------------


def p_expand_cube(rng: random.Random) -> Item:  # a cubed binomial
    p = rng.choice([n for n in range(-6, 7) if n])
    return item("P_a_expand_cube", "math", f"expand ({lin(1, p)})^3",
                [forms([(1, "x^3"), (3 * p, "x^2"), (3 * p * p, "x"), (p**3, "")])])


def p_expand_three(rng: random.Random) -> Item:  # three linear factors multiplied out
    a, b, c = rng.sample(NONZERO, 3)
    s1, s2, s3 = a + b + c, a * b + b * c + a * c, a * b * c
    return item("P_a_expand_three", "math", f"Multiply out ({lin(1, a)})({lin(1, b)})"
                f"({lin(1, c)})", [forms([(1, "x^3"), (s1, "x^2"), (s2, "x"), (s3, "")])])


def p_expand_two_vars(rng: random.Random) -> Item:  # a square in two letters
    p, q = rng.randint(2, 7), rng.choice(NONZERO)
    text = f"({p}a {'+' if q > 0 else '-'} {abs(q) if abs(q) != 1 else ''}b)^2"
    return item("P_a_expand_two_vars", "math", f"can you expand {text} for me",
                [forms([(p * p, "a^2"), (2 * p * q, "ab"), (q * q, "b^2")])
                 + forms([(p * p, "a^2"), (2 * p * q, "a*b"), (q * q, "b^2")])[1:3]])


def p_collect(rng: random.Random) -> Item:  # brackets and like terms
    a, b, c, d = rng.randint(2, 6), rng.randint(1, 9), rng.randint(2, 6), rng.randint(1, 9)
    if a * 2 == c:
        return p_collect(rng)
    # a(2x - b) - c(x - d) = (2a - c)x + (cd - ab)
    return item("P_a_collect", "math", f"Simplify {a}(2x - {b}) - {c}(x - {d})",
                [forms([(2 * a - c, "x"), (c * d - a * b, "")])])


def p_power_rules(rng: random.Random) -> Item:  # a power of a power over a power
    a, b, c = rng.randint(2, 5), rng.randint(2, 5), rng.randint(1, 9)
    n = a * b - c
    if n < 2:
        return p_power_rules(rng)
    out = [f"x^{n}", f"x**{n}", f"x{str(n).translate(str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹'))}"]
    return item("P_a_power_rules", "math", f"simplify (x^{a})^{b} / x^{c}", [out])


def p_cancel_diff_sq(rng: random.Random) -> Item:  # a difference of squares cancelled
    n = rng.randint(2, 12)
    sign = rng.choice([1, -1])
    keep = lin(1, -sign * n)
    return item("P_a_cancel_diff_sq", "math", f"simplify (x^2 - {n * n})/({lin(1, sign * n)})",
                [[*forms([(1, "x"), (-sign * n, "")]), f"({keep})"]])


def p_factor_gcf(rng: random.Random) -> Item:  # a common factor taken out
    k, a, b = rng.randint(2, 9), rng.randint(2, 7), rng.choice(NONZERO)
    if math.gcd(a, abs(b)) != 1:
        return p_factor_gcf(rng)
    text = write([(k * a, "x^2"), (k * b, "x")])
    inners = forms([(a, "x"), (b, "")])
    out = [f"{k}{x}({i})" for i in inners for x in ("x", "x ", "*x*", "x*")]
    return item("P_a_factor_gcf", "math", f"factor out the common factor: {text}", [dedupe(out)])


def p_factor_squares(rng: random.Random) -> Item:  # a difference of squares with a coefficient
    a, b = rng.randint(2, 9), rng.randint(1, 11)
    if math.gcd(a, b) != 1:
        return p_factor_squares(rng)
    return item("P_a_factor_squares", "math", f"Factor {a * a}x^2 - {b * b}",
                [product_forms([lin(a, -b), lin(a, b)])])


def p_factor_trinomial(rng: random.Random) -> Item:  # a monic trinomial, terse
    p, q = rng.sample([*NONZERO, 10, 11, -10, -11], 2)
    if p + q == 0:
        return p_factor_trinomial(rng)
    text = write([(1, "x^2"), (p + q, "x"), (p * q, "")])
    return item("P_a_factor_trinomial", "math", f"factorise {text} pls",
                [product_forms([lin(1, p), lin(1, q)])])


def p_factor_cubic(rng: random.Random) -> Item:  # x taken out, then a trinomial
    p, q = rng.sample(NONZERO, 2)
    if p + q == 0:
        return p_factor_cubic(rng)
    text = write([(1, "x^3"), (p + q, "x^2"), (p * q, "x")])
    return item("P_a_factor_cubic", "math", f"Factor completely: {text}",
                [product_forms(["x", lin(1, p), lin(1, q)])
                 + product_forms([lin(1, p), lin(1, q)], "x")])


def p_complete_square(rng: random.Random) -> Item:  # completing the square
    h, k = rng.choice(NONZERO), rng.randint(-15, 15)
    if k == 0:
        return p_complete_square(rng)
    text = write([(1, "x^2"), (2 * h, "x"), (h * h + k, "")])
    sq = f"({lin(1, h)})^2"
    tail = f"{'+' if k > 0 else '-'} {abs(k)}"
    out = [f"{sq} {tail}", f"{sq}{tail.replace(' ', '')}", f"({lin(1, h)})² {tail}",
           f"({lin(1, h)})**2 {tail}"]
    return item("P_a_complete_square", "math", f"Complete the square for {text}",
                [dedupe(out + [o.replace(" ", "") for o in out])])


# --- derivatives -----------------------------------------------------------------------

def p_deriv_poly(rng: random.Random) -> Item:  # a cubic differentiated
    a, b, c, d = rng.randint(2, 9), rng.choice(NONZERO), rng.choice(NONZERO), rng.randint(-9, 9)
    f = write([(a, "x^3"), (b, "x^2"), (c, "x"), (d, "")])
    return item("P_a_deriv_poly", "math", f"differentiate {f}",
                [forms([(3 * a, "x^2"), (2 * b, "x"), (c, "")])])


def p_deriv_at(rng: random.Random) -> Item:  # a slope at a point
    a, b, x = rng.randint(1, 4), rng.choice(NONZERO), rng.randint(-4, 5)
    if x in (0, 1):
        return p_deriv_at(rng)
    f = write([(a, "x^3"), (b, "x")])
    return item("P_a_deriv_at", "math", f"How steep is y = {f} at x = {x}? (the derivative there)",
                [whole(3 * a * x * x + b)])


def p_deriv_exp(rng: random.Random) -> Item:  # an exponential's derivative
    k = rng.randint(2, 9)
    c = rng.randint(2, 6)
    out = [f"{c * k}e^({k}x)", f"{c * k}*e^({k}*x)", f"{c * k}*exp({k}*x)",
           f"{c * k}exp({k}x)", f"{c * k}*e**({k}*x)", f"{c * k} e^({k}x)"]
    return item("P_a_deriv_exp", "math", f"what's the derivative of {c}e^({k}x)?", [out])


def p_deriv_second(rng: random.Random) -> Item:  # a second derivative
    a, b, c = rng.randint(1, 5), rng.choice(NONZERO), rng.choice(NONZERO)
    f = write([(a, "x^4"), (b, "x^3"), (c, "x^2")])
    return item("P_a_deriv_second", "math", f"Second derivative of {f}?",
                [forms([(12 * a, "x^2"), (6 * b, "x"), (2 * c, "")])])


def p_deriv_ln(rng: random.Random) -> Item:  # a logarithm of a quadratic differentiated
    c = rng.randint(1, 15)
    out = []
    for top in ("2x", "2*x"):
        for bottom in (f"x^2 + {c}", f"x**2 + {c}", f"x² + {c}", f"x^2+{c}", f"x**2+{c}"):
            out += [f"{top}/({bottom})", f"{top} / ({bottom})"]
    return item("P_a_deriv_ln", "math", f"d/dx ln(x^2 + {c})", [dedupe(out)])


def p_stationary(rng: random.Random) -> Item:  # where a parabola turns
    a, h, k = rng.randint(1, 5), rng.choice(NONZERO), rng.randint(-20, 20)
    f = write([(a, "x^2"), (-2 * a * h, "x"), (a * h * h + k, "")])
    return item("P_a_stationary", "math", f"At what x does f(x) = {f} reach its minimum?",
                sols("x", h))


def p_tangent(rng: random.Random) -> Item:  # a tangent line
    b, c, x0 = rng.randint(-6, 6), rng.randint(-9, 9), rng.randint(-3, 4)
    if x0 == 0:
        return p_tangent(rng)
    f = write([(1, "x^2"), (b, "x"), (c, "")])
    m = 2 * x0 + b
    y0 = x0 * x0 + b * x0 + c
    rhs = [write([(m, "x"), (y0 - m * x0, "")]), write([(m, "x"), (y0 - m * x0, "")], "*")]
    out = [f"y = {r}" for r in rhs] + [f"y={r.replace(' ', '')}" for r in rhs]
    return item("P_a_tangent", "math", f"equation of the tangent line to y = {f} at x = {x0}",
                [dedupe(out)])


# --- integrals and limits --------------------------------------------------------------

def p_integral_poly(rng: random.Random) -> Item:  # an antiderivative of a quadratic
    a, b, c = rng.randint(1, 4) * 3, rng.randint(1, 5) * 2, rng.choice(NONZERO)
    f = write([(a, "x^2"), (b, "x"), (c, "")])
    body = forms([(a // 3, "x^3"), (b // 2, "x^2"), (c, "x")])
    return item("P_a_integral_poly", "math", f"integrate {f} dx",
                [dedupe(body + [f"{x} + C" for x in body] + [f"{x}+C" for x in body])])


def p_integral_definite(rng: random.Random) -> Item:  # a definite integral of a square
    k, lo = rng.randint(1, 6), rng.randint(0, 3)
    hi = lo + rng.randint(1, 5)
    return item("P_a_integral_definite", "math", f"∫ from {lo} to {hi} of {k}x^2 dx",
                [frac(F(k * (hi**3 - lo**3), 3))])


def p_integral_linear(rng: random.Random) -> Item:  # a definite integral in words
    a, b, hi = rng.randint(1, 9), rng.randint(-5, 12), rng.randint(2, 10)
    return item("P_a_integral_linear", "math", f"What's the integral of {lin(a, b)} from 0 to "
                f"{hi}?", [frac(F(a * hi * hi, 2) + b * hi)])


def p_area_under(rng: random.Random) -> Item:  # area under a cubic
    lo = rng.randint(0, 3)
    hi = lo + rng.randint(1, 5)
    return item("P_a_area_under", "math", f"area under y = x^3 between x = {lo} and x = {hi}",
                [frac(F(hi**4 - lo**4, 4))])


def p_integral_exp(rng: random.Random) -> Item:  # a definite integral of e^x, decimals
    lo = rng.randint(0, 2)
    hi = lo + rng.randint(1, 4)
    v = math.exp(hi) - math.exp(lo)
    if tie(v, 3):
        return p_integral_exp(rng)
    return item("P_a_integral_exp", "math", f"integrate e^x from {lo} to {hi}, give 3 decimal "
                "places", [dec(v, 3)])


def p_limit_hole(rng: random.Random) -> Item:  # a removable discontinuity
    a, b = rng.randint(1, 9), rng.choice(NONZERO)
    if a + b == 0:
        return p_limit_hole(rng)
    top = write([(1, "x^2"), (b - a, "x"), (-a * b, "")])
    return item("P_a_limit_hole", "math", f"lim x->{a} of ({top})/(x - {a})", [whole(a + b)])


def p_limit_infinity(rng: random.Random) -> Item:  # a ratio of quadratics at infinity
    a, b, c, d = rng.randint(1, 9), rng.randint(2, 9), rng.choice(NONZERO), rng.choice(NONZERO)
    top, bottom = write([(a, "x^2"), (c, "")]), write([(b, "x^2"), (d, "x")])
    return item("P_a_limit_infinity", "math", f"what is the limit as x goes to infinity of "
                f"({top})/({bottom})?", [frac(F(a, b))])


def p_limit_sin(rng: random.Random) -> Item:  # sin(ax)/(bx) at zero
    a, b = rng.randint(2, 12), rng.randint(1, 7)
    below = "x" if b == 1 else f"({b}x)"
    return item("P_a_limit_sin", "math", f"limit of sin({a}x)/{below} as x → 0",
                [frac(F(a, b))])


def p_deriv_product(rng: random.Random) -> Item:  # a product of two polynomials
    a, b = rng.choice(NONZERO), rng.choice(NONZERO)
    return item("P_a_deriv_product", "math", f"derivative of (x^2 {'+' if a > 0 else '-'} {abs(a)})"
                f"({lin(1, -b)}) with respect to x",
                [forms([(3, "x^2"), (-2 * b, "x"), (a, "")])])


def p_deriv_quotient(rng: random.Random) -> Item:  # a quotient's slope at a point
    a, b, c = rng.randint(1, 9), rng.randint(1, 9), rng.randint(-5, 12)
    if c == b:
        return p_deriv_quotient(rng)
    return item("P_a_deriv_quotient", "math", f"f(x) = (x + {a})/(x - {b}). what is f'({c})?",
                [frac(F(-(a + b), (c - b) ** 2))])


def p_deriv_sqrt(rng: random.Random) -> Item:  # a square root's slope at a perfect square
    n = rng.randint(2, 15)
    return item("P_a_deriv_sqrt", "math", f"What's the derivative of sqrt(x) at x = {n * n}?",
                [frac(F(1, 2 * n))])


def p_integral_recip(rng: random.Random) -> Item:  # a logarithm from an integral
    k = rng.randint(2, 60)
    if tie(math.log(k), 3):
        return p_integral_recip(rng)
    return item("P_a_integral_recip", "math", f"integral of 1/x dx from 1 to {k}, to three "
                "decimals", [dec(math.log(k), 3)])


def p_integral_product(rng: random.Random) -> Item:  # a product integrated exactly
    a, b = rng.randint(1, 9), rng.randint(1, 6)
    return item("P_a_integral_product", "math", f"Evaluate the integral of x(x + {a}) from x = 0 "
                f"to x = {b}", [frac(F(b**3, 3) + F(a * b * b, 2))])


def p_limit_poly(rng: random.Random) -> Item:  # a limit of a polynomial, by substitution
    a, b, c, p = rng.randint(1, 6), rng.choice(NONZERO), rng.randint(-9, 9), rng.randint(-5, 6)
    if p in (0, 1):
        return p_limit_poly(rng)
    f = write([(a, "x^2"), (b, "x"), (c, "")])
    return item("P_a_limit_poly", "math", f"limit of {f} as x approaches {p}",
                [whole(a * p * p + b * p + c)])


def p_inflection(rng: random.Random) -> Item:  # an inflection point of a cubic
    h, c, d = rng.choice(NONZERO), rng.randint(-12, 12), rng.randint(-9, 9)
    f = write([(1, "x^3"), (-3 * h, "x^2"), (c, "x"), (d, "")])
    return item("P_a_inflection", "math", f"Where's the inflection point of y = {f}? just the x "
                "value", sols("x", h))


def p_fence(rng: random.Random) -> Item:  # the biggest rectangle for a length of fence
    n = rng.randint(5, 60) * 4
    v = (n // 4) ** 2
    units = [f"{v} m²", f"{v} m^2", f"{v} square metres", f"{v} square meters", f"{v} sq m",
             f"{v:,} m²", f"{v:,} m^2", f"{v:,} square metres", f"{v:,} square meters"]
    return item("P_a_fence", "math", f"I've got {n} m of fencing for a rectangular pen. What's the "
                "biggest area I can enclose?", [dedupe(units)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    p_expand_cube, p_expand_three, p_expand_two_vars, p_collect, p_power_rules,
    p_cancel_diff_sq, p_factor_gcf, p_factor_squares, p_factor_trinomial, p_factor_cubic,
    p_complete_square, p_deriv_poly, p_deriv_at, p_deriv_exp, p_deriv_second, p_deriv_ln,
    p_stationary, p_tangent, p_integral_poly, p_integral_definite, p_integral_linear,
    p_area_under, p_integral_exp, p_limit_hole, p_limit_infinity, p_limit_sin, p_deriv_product,
    p_deriv_quotient, p_deriv_sqrt, p_integral_recip, p_integral_product, p_limit_poly,
    p_inflection, p_fence)]
