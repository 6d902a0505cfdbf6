"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part four: simplifying,
expanding and factoring, then derivatives, integrals and limits."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_algebra import NZ, expr, forms, lin
from bench.data.agents.heldout16_math import Made, dedupe, family, frac, num, tie, whole
from bench.data.agents.helpers import Family


def pair(a: str, b: str) -> list[str]:
    """A product of two factors in either order, spaced or not, with or without a star."""
    out = []
    for x, y in ((a, b), (b, a)):
        out += [f"({x})({y})", f"({x})*({y})", f"({x}) ({y})"]
    return dedupe(out + [o.replace(" ", "") for o in out])


def poly(coeffs: list[int], var: str = "x") -> list[tuple[int | F, str]]:
    """Coefficients from the highest power down to the constant."""
    n = len(coeffs) - 1
    return [(c, "x" + (f"^{n - i}" if n - i > 1 else "") if n - i else "")
            for i, c in enumerate(coeffs)]


# --- simplify, expand, factor ----------------------------------------------------------------

def collect(rng: random.Random) -> Made:  # like terms in a longer expression
    a, b, c, d, e = (rng.randint(1, 12) for _ in range(5))
    if a == c or b == d:
        return None
    return (f"simplify {a}x^2 + {b}x - {c}x^2 + {e} - {d}x",
            [forms([(a - c, "x^2"), (b - d, "x"), (e, "")])])


def collect_xy(rng: random.Random) -> Made:  # two letters, chatty
    a, b, c, d = (rng.randint(2, 15) for _ in range(4))
    if a == c or b == d:
        return None
    return (f"can you tidy up {a}a + {b}b - {c}a + {d}b for me",
            [forms([(a - c, "a"), (b + d, "b")])])


def expand_sq(rng: random.Random) -> Made:  # a squared binomial with a coefficient
    k, p = rng.randint(2, 6), rng.choice(NZ)
    return (f"expand ({lin(k, p)})^2", [forms([(k * k, "x^2"), (2 * k * p, "x"), (p * p, "")])])


def expand_prod(rng: random.Random) -> Made:  # two binomials multiplied out
    p, q = rng.choice(NZ), rng.choice(NZ)
    if p + q == 0:
        return None
    return (f"multiply out (x {'+' if p > 0 else '-'} {abs(p)})(x {'+' if q > 0 else '-'} "
            f"{abs(q)})", [forms([(1, "x^2"), (p + q, "x"), (p * q, "")])])


def expand_cube(rng: random.Random) -> Made:  # a cubed binomial
    p = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5])
    return (f"what's (x {'+' if p > 0 else '-'} {abs(p)})^3 expanded",
            [forms([(1, "x^3"), (3 * p, "x^2"), (3 * p * p, "x"), (p ** 3, "")])])


def expand_tri(rng: random.Random) -> Made:  # a binomial times a trinomial
    p, a, b = rng.choice(NZ), rng.choice(NZ), rng.choice(NZ)
    if a + p == 0 or b + a * p == 0:
        return None
    t = expr([(1, "x^2"), (a, "x"), (b, "")])
    return (f"expand (x {'+' if p > 0 else '-'} {abs(p)})({t})",
            [forms([(1, "x^3"), (a + p, "x^2"), (b + a * p, "x"), (b * p, "")])])


def distribute(rng: random.Random) -> Made:  # distributing a negative
    k, a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 20)
    if c == k * a:
        return None
    return f"simplify {c}x - {k}({a}x - {b})", [forms([(c - k * a, "x"), (k * b, "")])]


def factor_out(rng: random.Random) -> Made:  # a common factor
    g, a, b = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9)
    if math.gcd(a, b) != 1:
        return None
    t = expr([(g * a, "x^2"), (g * b, "x")])
    inner = f"{a if a > 1 else ''}x + {b}"
    return (f"take out the common factor from {t}", [dedupe([
        f"{g}x({inner})", f"{g}*x*({inner})", f"{g}x({inner.replace(' ', '')})",
        f"{g}x ({inner})"])])


def factor_tri(rng: random.Random) -> Made:  # a monic trinomial, casual
    p, q = rng.sample(NZ, 2)
    if p + q == 0:
        return None
    return (f"factor {expr([(1, 'x^2'), (p + q, 'x'), (p * q, '')])} pls",
            [pair(lin(1, p), lin(1, q))])


def factor_dsq(rng: random.Random) -> Made:  # difference of squares with a coefficient
    a, b = rng.randint(2, 7), rng.randint(1, 11)
    if math.gcd(a, b) != 1:
        return None
    return (f"factorise {a * a}x^2 - {b * b}", [pair(f"{a}x - {b}", f"{a}x + {b}")])


def factor_lead(rng: random.Random) -> Made:  # leading coefficient 2 or 3
    a, p, q = rng.choice([2, 3]), rng.choice(NZ), rng.choice(NZ)
    if math.gcd(a, abs(p)) != 1 or a * q + p == 0:
        return None
    t = expr([(a, "x^2"), (a * q + p, "x"), (p * q, "")])
    return f"how does {t} factor?", [pair(lin(a, p), lin(1, q))]


def factor_gcf_tri(rng: random.Random) -> Made:  # a common factor and then a trinomial
    g, p, q = rng.choice([2, 3, 5]), rng.choice(NZ), rng.choice(NZ)
    if p + q == 0 or p == q:
        return None
    t = expr([(g, "x^2"), (g * (p + q), "x"), (g * p * q, "")])
    a, b = lin(1, p), lin(1, q)
    outs = []
    for x, y in ((a, b), (b, a)):
        outs += [f"{g}({x})({y})", f"{g}*({x})*({y})", f"{g}({x}) ({y})"]
    return f"factor {t} fully", [dedupe(outs + [o.replace(" ", "") for o in outs])]


def cancel_frac(rng: random.Random) -> Made:  # cancelling a rational expression
    p, q = rng.sample(NZ, 2)
    if p + q == 0:
        return None
    top = expr([(1, "x^2"), (p + q, "x"), (p * q, "")])
    return f"simplify ({top})/({lin(1, p)})", [forms([(1, "x"), (q, "")])]


def powers_law(rng: random.Random) -> Made:  # index laws with coefficients
    a, b, m, n = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 7), rng.randint(2, 7)
    k = m + n
    return (f"simplify ({a}x^{m})({b}x^{n})", [dedupe([f"{a * b}x^{k}", f"{a * b}*x^{k}",
                                                       f"{a * b}*x**{k}", f"{a * b}x**{k}"])])


def power_of_power(rng: random.Random) -> Made:  # a power raised to a power
    a, m, n = rng.randint(2, 4), rng.randint(2, 5), rng.randint(2, 4)
    return (f"(({a}x^{m})^{n}) simplified", [dedupe([f"{a ** n}x^{m * n}", f"{a ** n}*x^{m * n}",
                                                     f"{a ** n}*x**{m * n}"])])


def surd(rng: random.Random) -> Made:  # simplifying a square root
    k, r = rng.randint(2, 12), rng.choice([2, 3, 5, 6, 7, 10, 11])
    return (f"simplify √{k * k * r}", [dedupe([f"{k}√{r}", f"{k}*sqrt({r})", f"{k}sqrt({r})",
                                                f"{k} √{r}", f"{k}√({r})"])])


def substitute(rng: random.Random) -> Made:  # evaluate with two variables
    a, b = rng.randint(-6, 9), rng.randint(-6, 9)
    p, q = rng.randint(2, 5), rng.randint(2, 7)
    return (f"if a = {a} and b = {b}, what is {p}a^2 - {q}ab + b^2?",
            [whole(p * a * a - q * a * b + b * b)])


def rearrange(rng: random.Random) -> Made:  # make a variable the subject
    m, c, y = rng.randint(2, 9), rng.randint(1, 20), rng.randint(1, 99)
    return (f"y = {m}x + {c}. if y is {y}, what's x?", [dedupe(frac(F(y - c, m)) + [
        f"x = {v}" for v in frac(F(y - c, m))])])


# --- derivatives -----------------------------------------------------------------------------

def d_poly(rng: random.Random) -> Made:  # derivative of a cubic
    a, b, c, d = rng.randint(1, 9), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-9, 9)
    if not b or not c:
        return None
    return (f"differentiate {expr(poly([a, b, c, d]))}",
            [forms([(3 * a, "x^2"), (2 * b, "x"), (c, "")])])


def d_dx_words(rng: random.Random) -> Made:  # d/dx with a higher power
    n, a, b = rng.randint(4, 8), rng.randint(2, 7), rng.randint(2, 12)
    return (f"d/dx of {a}x^{n} - {b}x", [forms([(a * n, f"x^{n - 1}"), (-b, "")])])


def d_at(rng: random.Random) -> Made:  # a derivative evaluated at a point
    a, b, c, x = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-4, 5)
    return (f"f(x) = {expr(poly([a, 0, b, c]))}, what is f'({x})?", [whole(3 * a * x * x + b)])


def d_sin(rng: random.Random) -> Made:  # derivative of a sine
    k = rng.randint(2, 9)
    return (f"derivative of sin({k}x)", [dedupe([f"{k}cos({k}x)", f"{k}*cos({k}*x)",
                                                  f"{k} cos({k}x)", f"{k}*cos({k}x)"])])


def d_exp(rng: random.Random) -> Made:  # derivative of an exponential
    a, k = rng.randint(2, 9), rng.randint(2, 9)
    return (f"what's the derivative of {a}e^({k}x)", [dedupe([
        f"{a * k}e^({k}x)", f"{a * k}*e^({k}x)", f"{a * k}*exp({k}*x)", f"{a * k}e^{k}x",
        f"{a * k}*e**({k}*x)", f"{a * k}exp({k}x)"])])


def d_ln(rng: random.Random) -> Made:  # derivative of a log at a point
    a, b, x = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9)
    v = F(a, a * x + b)
    if tie(v):
        return None
    return f"slope of y = ln({a}x + {b}) at x = {x}", [dedupe(frac(v) + num(v))]


def d_second(rng: random.Random) -> Made:  # a second derivative
    a, b, c = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-9, 9)
    if not b:
        return None
    return (f"second derivative of {expr(poly([a, b, c, 0]))}", [forms([(6 * a, "x"),
                                                                        (2 * b, "")])])


def d_product_at(rng: random.Random) -> Made:  # product rule at a point
    k, x = rng.randint(2, 5), rng.randint(1, 4)
    v = k * x ** (k - 1) * math.exp(x) + x ** k * math.exp(x)
    if tie(v):
        return None
    return (f"derivative of x^{k} e^x at x = {x}, to 2 decimals", [num(v)])


def tangent_line(rng: random.Random) -> Made:  # tangent line to a parabola
    a, b, x0 = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-3, 4)
    if not x0:
        return None
    m = 2 * a * x0 + b
    y0 = a * x0 * x0 + b * x0
    c = y0 - m * x0
    rhs = expr([(m, "x"), (c, "")])
    return (f"equation of the tangent to y = {expr([(a, 'x^2'), (b, 'x')])} at x = {x0}",
            [dedupe([f"y = {rhs}", f"y={rhs.replace(' ', '')}",
                     f"y = {expr([(m, 'x'), (c, '')], '*')}"])])


def stationary(rng: random.Random) -> Made:  # a stationary point of a cubic
    p = rng.randint(1, 6)
    # y = x^3 - 3p^2 x + c has stationary points at ±p
    c = rng.randint(-20, 20)
    t = expr([(1, "x^3"), (-3 * p * p, "x"), (c, "")])
    return (f"find the x-values of the turning points of y = {t}", [[f"x = {p}", f"x={p}",
                                                                     f"x = ±{p}", f"±{p}"],
                                                                    [f"x = -{p}", f"x=-{p}",
                                                                     f"x = ±{p}", f"±{p}"]])


def velocity(rng: random.Random) -> Made:  # velocity from position
    a, b, c, t = rng.randint(1, 5), rng.randint(1, 12), rng.randint(0, 9), rng.randint(1, 10)
    return (f"position s(t) = {expr([(a, 'x^2'), (b, 'x'), (c, '')], var='t')} metres. "
            f"velocity at t = {t} s?", [dedupe([f"{2 * a * t + b} m/s", f"{2 * a * t + b}m/s",
                                                  f"{2 * a * t + b} metres per second",
                                                  f"{2 * a * t + b} meters per second"])])


def max_fence(rng: random.Random) -> Made:  # largest rectangle from a length of fence
    p = rng.randint(20, 400)
    v = F(p * p, 16)
    if tie(v):
        return None
    return (f"I've got {p} m of fencing, what's the biggest rectangular area I can enclose?",
            [[f"{s}{u}" for s in num(v) for u in (" m²", " m^2", " square metres",
                                                  " square meters", "m²")]])


def max_profit(rng: random.Random) -> Made:  # quantity that maximises a quadratic profit
    a, q = rng.randint(1, 5), rng.randint(5, 200)
    b, c = 2 * a * q, rng.randint(100, 2000)
    return (f"profit P(q) = -{a}q^2 + {b}q - {c}. what q maximises profit?".replace("-1q", "-q"),
            [dedupe([f"q = {q}", f"q={q}", str(q)])])


def rate_change(rng: random.Random) -> Made:  # average rate of change
    a, b, x1 = rng.randint(1, 5), rng.randint(-5, 5), rng.randint(-3, 3)
    x2 = x1 + rng.randint(1, 5)
    f = lambda x: a * x * x + b * x  # noqa: E731
    return (f"average rate of change of f(x) = {expr([(a, 'x^2'), (b, 'x')])} from x = {x1} to "
            f"x = {x2}", [frac(F(f(x2) - f(x1), x2 - x1))])


# --- integrals -------------------------------------------------------------------------------

def int_def(rng: random.Random) -> Made:  # definite integral of a quadratic
    a, b, c = rng.randint(1, 6), rng.randint(-6, 6), rng.randint(-9, 9)
    lo, hi = sorted(rng.sample(range(-3, 6), 2))
    prim = lambda x: F(a, 3) * x ** 3 + F(b, 2) * x ** 2 + c * x  # noqa: E731
    v = prim(hi) - prim(lo)
    return (f"integrate {expr([(a, 'x^2'), (b, 'x'), (c, '')])} from {lo} to {hi}",
            [dedupe(frac(v) + (num(v) if not tie(v) else []))])


def int_indef(rng: random.Random) -> Made:  # an indefinite integral with integer coefficients
    a, b, c = rng.randint(1, 5), rng.randint(1, 6), rng.randint(-9, 9)
    if not c:
        return None
    t = expr([(3 * a, "x^2"), (2 * b, "x"), (c, "")])
    return (f"∫ ({t}) dx", [forms([(a, "x^3"), (b, "x^2"), (c, "x")])])


def int_area(rng: random.Random) -> Made:  # area under a curve in words
    k, hi = rng.randint(1, 6), rng.randint(2, 8)
    v = F(k * hi ** 3, 3)
    if tie(v):
        return None
    return (f"what's the area under y = {k if k > 1 else ''}x^2 between x = 0 and x = {hi}",
            [dedupe(frac(v) + num(v))])


def int_exp(rng: random.Random) -> Made:  # integral of an exponential, rounded
    hi = rng.choice([F(n, 10) for n in range(1, 40)])
    v = math.exp(float(hi)) - 1
    if tie(v):
        return None
    return f"integral of e^x dx from 0 to {float(hi):g}, decimal answer", [num(v)]


def int_sin(rng: random.Random) -> Made:  # integral of a sine over a standard interval
    k = rng.randint(1, 9)
    return f"∫_0^π {k}sin(x) dx = ?".replace("1sin", "sin"), [whole(2 * k)]


def int_recip(rng: random.Random) -> Made:  # integral of 1/x as a log
    a, b = rng.randint(1, 5), rng.randint(6, 40)
    v = math.log(b / a)
    if tie(v):
        return None
    return f"evaluate the integral of 1/x from {a} to {b}", [dedupe(num(v))]


def int_between(rng: random.Random) -> Made:  # area between a line and a parabola
    k = rng.randint(1, 9)
    v = F(k ** 3, 6)
    if tie(v):
        return None
    return (f"area enclosed between y = x^2 and y = {k}x", [dedupe(frac(v) + num(v))])


def int_poly_high(rng: random.Random) -> Made:  # a definite integral of a higher power
    n, hi = rng.randint(3, 6), rng.randint(1, 3)
    v = F(hi ** (n + 1), n + 1)
    if tie(v):
        return None
    return (f"integrate x^{n} dx between 0 and {hi}", [dedupe(frac(v) + num(v))])


# --- limits ----------------------------------------------------------------------------------

def lim_hole(rng: random.Random) -> Made:  # a removable discontinuity
    a = rng.choice(NZ)
    inner = f"x - {a}" if a > 0 else f"x + {-a}"
    return (f"limit as x -> {a} of (x^2 - {a * a})/({inner})", [whole(2 * a)])


def lim_inf(rng: random.Random) -> Made:  # a limit at infinity of a rational function
    a, b, c, d = rng.randint(1, 9), rng.randint(-9, 9), rng.randint(1, 9), rng.randint(-9, 9)
    if a == c:
        return None
    top, bottom = expr([(a, "x^2"), (b, "x")]), expr([(c, "x^2"), (d, "")])
    return (f"lim x→∞ ({top})/({bottom})",
            [dedupe(frac(F(a, c)) + (num(F(a, c)) if not tie(F(a, c)) else []))])


def lim_sin(rng: random.Random) -> Made:  # sin(kx)/(mx) at zero
    k, m = rng.randint(2, 9), rng.randint(2, 9)
    if k == m:
        return None
    v = F(k, m)
    return (f"what's the limit of sin({k}x)/({m}x) as x goes to 0",
            [dedupe(frac(v) + (num(v) if not tie(v) else []))])


def lim_e(rng: random.Random) -> Made:  # (1 + k/n)^n
    k = rng.randint(2, 15)
    sup = str(k).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"limit n→∞ of (1 + {k}/n)^n", [[f"e^{k}", f"e**{k}", f"exp({k})", f"e{sup}"]]


def lim_poly(rng: random.Random) -> Made:  # a plain substitution limit
    a, b, x = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-5, 5)
    return (f"lim (x -> {x}) {expr([(a, 'x^3'), (b, 'x')])}", [whole(a * x ** 3 + b * x)])


def lim_cubes(rng: random.Random) -> Made:  # (x^3 - a^3)/(x - a)
    a = rng.randint(2, 19)
    return (f"evaluate lim_(x→{a}) (x^3 - {a ** 3})/(x - {a})", [whole(3 * a * a)])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    collect, collect_xy, expand_sq, expand_prod, expand_cube, expand_tri, distribute, factor_out,
    factor_tri, factor_dsq, factor_lead, factor_gcf_tri, cancel_frac, powers_law, power_of_power,
    surd, substitute, rearrange, d_poly, d_dx_words, d_at, d_sin, d_exp, d_ln, d_second,
    d_product_at, tangent_line, stationary, velocity, max_fence, max_profit, rate_change, int_def,
    int_indef, int_area, int_exp, int_sin, int_recip, int_between, int_poly_high, lim_hole,
    lim_inf, lim_sin, lim_e, lim_poly, lim_cubes)]
