"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part four: simplifying,
expanding and factoring, then derivatives, integrals and limits."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout14_algebra import NZ, Terms, show, written
from bench.data.agents.heldout14_math import Made, dec, dedupe, family, frac, need, whole
from bench.data.agents.helpers import Family

FAMS: list[Family] = []
fam = family(FAMS)


def lin(a: int, b: int, v: str = "x") -> str:
    return show([(a, v), (b, "")])


def product(*factors: str) -> list[str]:
    """Factors in either order, with and without a star or spaces between them."""
    orders = [factors, tuple(reversed(factors))]
    out: list[str] = []
    for fs in orders:
        for glue in ("", "*", " "):
            out.append(glue.join(f"({f})" for f in fs))
    return dedupe(out + [o.replace(" ", "") for o in out])


def poly_terms(coeffs: list[int]) -> Terms:
    """Coefficients from the highest power down to the constant, as terms in x."""
    n = len(coeffs) - 1
    return [(c, "x" if n - i == 1 else ("" if n - i == 0 else f"x^{n - i}"))
            for i, c in enumerate(coeffs)]


# --- simplify, expand, factor ----------------------------------------------------------

@fam
def n_collect(rng: random.Random) -> Made:  # like terms in a and b
    a, b, c, d = (rng.randint(2, 15) for _ in range(4))
    need(a != c and b != d)
    return (f"simplify {a}a - {b}b + {c}a + {d}b please",
            [written([(a + c, "a"), (d - b, "b")])])


@fam
def n_collect_squares(rng: random.Random) -> Made:  # like terms with squares
    a, b, c, d = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 9), rng.randint(2, 9)
    need(a != d)
    return (f"Simplify: {a}x^2 + {b}x - {c} - {d}x^2 + {c}x",
            [written([(a - d, "x^2"), (b + c, "x"), (-c, "")])])


@fam
def n_expand_binomials(rng: random.Random) -> Made:  # (x + p)(x + q)
    p, q = rng.sample(NZ, 2)
    need(p + q != 0)
    return (f"expand ({lin(1, p)})({lin(1, q)})", [written(poly_terms([1, p + q, p * q]))])


@fam
def n_expand_coeffs(rng: random.Random) -> Made:  # (ax + p)(bx + q)
    a, b, p, q = rng.randint(2, 6), rng.randint(2, 5), rng.choice(NZ), rng.choice(NZ)
    need(a * q + b * p != 0)
    return (f"multiply out ({lin(a, p)})({lin(b, q)}) and simplify",
            [written(poly_terms([a * b, a * q + b * p, p * q]))])


@fam
def n_expand_square(rng: random.Random) -> Made:  # a perfect square
    a, p = rng.randint(1, 7), rng.choice(NZ)
    return (f"what's ({lin(a, p)})^2 expanded", [written(poly_terms([a * a, 2 * a * p, p * p]))])


@fam
def n_expand_cube(rng: random.Random) -> Made:  # a binomial cubed
    p = rng.choice(NZ)
    return (f"expand (x {'+' if p > 0 else '-'} {abs(p)})³",
            [written(poly_terms([1, 3 * p, 3 * p * p, p ** 3]))])


@fam
def n_expand_distribute(rng: random.Random) -> Made:  # a monomial times a trinomial
    k, a, b, c = rng.randint(2, 8), rng.randint(1, 6), rng.choice(NZ), rng.choice(NZ)
    return (f"distribute {k}x({show(poly_terms([a, b, c]))})",
            [written(poly_terms([k * a, k * b, k * c, 0]))])


@fam
def n_factor_trinomial(rng: random.Random) -> Made:  # x^2 + bx + c
    p, q = sorted(rng.sample([*NZ, 10, 11, -10, -11], 2))
    need(p + q != 0)
    return (f"factor {show(poly_terms([1, p + q, p * q]))}", [product(lin(1, p), lin(1, q))])


@fam
def n_factorise_lead(rng: random.Random) -> Made:  # ax^2 + bx + c, British spelling
    a, p, q = rng.choice([2, 3, 5, 7]), rng.choice(NZ), rng.choice(NZ)
    need(math.gcd(a, abs(p)) == 1 and a * q + p != 0)
    return (f"can you factorise {show(poly_terms([a, a * q + p, p * q]))}?",
            [product(lin(a, p), lin(1, q))])


@fam
def n_factor_squares(rng: random.Random) -> Made:  # a difference of squares with a coefficient
    a, b = rng.randint(2, 9), rng.randint(1, 12)
    need(math.gcd(a, b) == 1)
    return (f"factor {a * a}x^2 - {b * b}", [product(lin(a, -b), lin(a, b))])


@fam
def n_factor_common(rng: random.Random) -> Made:  # a common factor taken out
    g, a, b = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9)
    need(math.gcd(a, b) == 1 and a != b)
    inner = lin(a, b)
    out = [f"{g}x({inner})", f"{g}x*({inner})", f"{g}*x*({inner})", f"{g}x ({inner})"]
    return (f"take out the common factor: {g * a}x^2 + {g * b}x",
            [dedupe(out + [o.replace(" ", "") for o in out])])


@fam
def n_simplify_fraction(rng: random.Random) -> Made:  # a rational expression that cancels
    p, q = rng.sample(NZ, 2)
    need(p + q != 0)
    return (f"simplify ({show(poly_terms([1, p + q, p * q]))})/({lin(1, p)})",
            [written([(1, "x"), (q, "")])])


@fam
def n_powers_rule(rng: random.Random) -> Made:  # laws of indices with coefficients
    a, b, m, n = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 8), rng.randint(2, 8)
    k = a * b
    power = m + n
    tail = ["x^" + str(power), "x**" + str(power)]
    return (f"simplify ({a}x^{m})({b}x^{n})",
            [dedupe([f"{k}{t}" for t in tail] + [f"{k}*{t}" for t in tail])])


@fam
def n_evaluate_expr(rng: random.Random) -> Made:  # substitute two values
    a, b = rng.randint(-6, 9), rng.randint(-6, 9)
    need(a not in (0, 1) and b not in (0, 1))
    return (f"evaluate 3a^2 - 2ab + b^2 when a = {a} and b = {b}",
            [whole(3 * a * a - 2 * a * b + b * b)])


# --- derivatives -----------------------------------------------------------------------

@fam
def n_deriv_poly(rng: random.Random) -> Made:  # derivative of a cubic
    a, b, c, d = rng.randint(1, 9), rng.choice(NZ), rng.choice(NZ), rng.randint(-9, 9)
    return (f"derivative of {show(poly_terms([a, b, c, d]))}",
            [written(poly_terms([3 * a, 2 * b, c]))])


@fam
def n_deriv_ddx(rng: random.Random) -> Made:  # d/dx notation with a fourth power
    a, b, c = rng.randint(1, 5), rng.choice(NZ), rng.randint(2, 20)
    return (f"d/dx ({show([(a, 'x^4'), (b, 'x^2'), (c, '')])})",
            [written([(4 * a, "x^3"), (2 * b, "x")])])


@fam
def n_deriv_at(rng: random.Random) -> Made:  # slope of a curve at a point
    a, b, c, x = rng.randint(1, 6), rng.choice(NZ), rng.randint(-10, 10), rng.randint(-4, 5)
    need(x != 0)
    return (f"what's the slope of y = {show(poly_terms([a, b, 0, c]))} at x = {x}?",
            [whole(3 * a * x * x + 2 * b * x)])


@fam
def n_deriv_second(rng: random.Random) -> Made:  # a second derivative at a point
    a, b, c, x = rng.randint(1, 5), rng.randint(1, 6), rng.choice(NZ), rng.randint(-3, 4)
    need(x not in (0, 1))
    f = show([(a, "x^4"), (-b, "x^3"), (c, "x")])
    return (f"f(x) = {f}. What is f''({x})?", [whole(12 * a * x * x - 6 * b * x)])


@fam
def n_velocity(rng: random.Random) -> Made:  # velocity from a position function
    a, b, c, t = rng.randint(1, 6), rng.randint(1, 20), rng.randint(1, 30), rng.randint(2, 9)
    return (f"a particle's position is s(t) = {a}t^2 + {b}t + {c} metres. velocity at t = {t} s?",
            [dedupe([f"{2 * a * t + b} m/s", f"{2 * a * t + b} metres per second",
                     f"{2 * a * t + b} meters per second"])])


@fam
def n_deriv_exp(rng: random.Random) -> Made:  # derivative of an exponential at zero
    k, c = rng.randint(2, 12), rng.randint(2, 9)
    return (f"derivative of {c}e^({k}x) evaluated at x = 0", [whole(c * k)])


@fam
def n_deriv_sin_at(rng: random.Random) -> Made:  # derivative of a sine at zero
    k, c = rng.randint(2, 9), rng.randint(2, 9)
    return (f"if g(x) = {c}·sin({k}x), what's g'(0)?", [whole(c * k)])


@fam
def n_deriv_ln_at(rng: random.Random) -> Made:  # derivative of a log at a point
    k, x = rng.randint(2, 9), rng.randint(2, 12)
    return (f"slope of y = ln({k}x) at x = {x}", [frac(F(1, x)) if 100 % x == 0 or (
        F(1, x) * 10**6).denominator == 1 else dedupe(frac(F(1, x)) + dec(F(1, x), 3))])


@fam
def n_critical_point(rng: random.Random) -> Made:  # stationary point of a quadratic
    a, h, k = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-20, 20)
    need(h != 0)
    terms = poly_terms([a, -2 * a * h, a * h * h + k])
    return (f"at what x does y = {show(terms)} have its turning point?",
            [dedupe([f"x = {h}", f"x={h}", *whole(h)])])


@fam
def n_max_profit(rng: random.Random) -> Made:  # maximising a quadratic profit
    a, h, k = rng.randint(1, 5), rng.randint(5, 60), rng.randint(100, 2000)
    need(a * h * h > k)
    terms = [(-a, "q^2"), (2 * a * h, "q"), (k - a * h * h, "")]
    return (f"profit is P(q) = {show(terms)} where q is units sold. what's the maximum profit?",
            [whole(k)])


@fam
def n_fence_max(rng: random.Random) -> Made:  # the largest rectangle for a fence length
    length = rng.randint(20, 400)
    side = F(length, 4)
    area = side * side
    ans = whole(int(area)) if area.denominator == 1 else dec(area)
    return (f"I've got {length} m of fencing for a rectangular pen. what's the biggest area I "
            "can enclose, in square metres?", [ans])


@fam
def n_tangent_line(rng: random.Random) -> Made:  # tangent line to a parabola
    a, b, x0 = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-3, 4)
    need(x0 != 0)
    m = 2 * a * x0 + b
    c = a * x0 * x0 + b * x0 - m * x0
    need(m != 0 and c != 0)
    rhs = [show([(m, "x"), (c, "")]), show([(m, "x"), (c, "")], "*")]
    return (f"equation of the tangent to y = {show(poly_terms([a, b, 0]))} at x = {x0}",
            [dedupe([f"y = {r}" for r in rhs] + [f"y={r.replace(' ', '')}" for r in rhs])])


# --- integrals and limits --------------------------------------------------------------

@fam
def n_integral_definite(rng: random.Random) -> Made:  # a definite integral of a polynomial
    a, b, c = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-9, 9)
    lo, hi = sorted(rng.sample(range(-3, 6), 2))
    def f(x: int) -> F:
        return F(a, 3) * x ** 3 + F(b, 2) * x ** 2 + c * x
    ans = f(hi) - f(lo)
    terms = poly_terms([a, b, c])
    return f"integrate {show(terms)} from {lo} to {hi}", [frac(ans) if (
        ans * 10**6).denominator == 1 else dedupe(frac(ans) + dec(ans))]


@fam
def n_integral_sign(rng: random.Random) -> Made:  # an integral written with the sign
    k, n, hi = rng.randint(2, 9), rng.randint(1, 4), rng.randint(2, 5)
    ans = F(k * hi ** (n + 1), n + 1)
    return (f"∫ {k}x^{n} dx from 0 to {hi}", [frac(ans) if (ans * 10**6).denominator == 1
                                               else dedupe(frac(ans) + dec(ans))])


@fam
def n_antiderivative(rng: random.Random) -> Made:  # an indefinite integral
    a, b, c = rng.randint(1, 5), rng.randint(1, 6), rng.choice(NZ)
    return (f"antiderivative of {show(poly_terms([3 * a, 2 * b, c]))}?",
            [written(poly_terms([a, b, c, 0]))])


@fam
def n_area_under(rng: random.Random) -> Made:  # the area under a parabola
    k, hi = rng.randint(1, 12), rng.randint(2, 9)
    ans = F(hi ** 3, 3) + k * hi
    return (f"area under y = x^2 + {k} between x = 0 and x = {hi}",
            [frac(ans) if ans.denominator == 1 else dedupe(frac(ans) + dec(ans))])


@fam
def n_integral_exp(rng: random.Random) -> Made:  # an exponential integral, decimal answer
    k, hi = rng.randint(1, 3), rng.randint(1, 3)
    value = (math.exp(k * hi) - 1) / k
    return (f"∫_0^{hi} e^({k}x) dx, to two decimals", [dec(value)])


@fam
def n_integral_recip(rng: random.Random) -> Made:  # the integral of 1/x
    a, b = rng.randint(1, 5), rng.randint(6, 40)
    return (f"definite integral of 1/x from {a} to {b}? decimal please",
            [dec(math.log(b / a), 4)])


@fam
def n_average_value(rng: random.Random) -> Made:  # the average value of a function
    k, hi = rng.randint(1, 9), rng.randint(2, 9)
    ans = F(k * hi, 2)
    return (f"average value of f(x) = {k}x on the interval [0, {hi}]", [frac(ans)])


@fam
def n_limit_hole(rng: random.Random) -> Made:  # a removable discontinuity
    a = rng.choice(NZ)
    top = show(poly_terms([1, 0, -a * a]))
    return (f"limit as x approaches {a} of ({top})/({lin(1, -a)})", [whole(2 * a)])


@fam
def n_limit_infinity(rng: random.Random) -> Made:  # a limit at infinity
    a, b, c, d = rng.randint(1, 12), rng.randint(-9, 9), rng.randint(1, 12), rng.randint(-9, 9)
    need(a != c and b != 0)
    return (f"lim x→∞ ({show([(a, 'x^2'), (b, 'x')])})/({c}x^2 + {abs(d) + 1})",
            [frac(F(a, c)) if (F(a, c) * 10**6).denominator == 1 else
             dedupe(frac(F(a, c)) + dec(F(a, c)))])


@fam
def n_limit_sine(rng: random.Random) -> Made:  # sin(ax)/(bx) at zero
    a, b = rng.randint(2, 12), rng.randint(1, 9)
    need(a % b != 0 or b == 1)
    value = F(a, b)
    return (f"what does sin({a}x)/({b}x) tend to as x goes to 0?",
            [frac(value) if (value * 10**6).denominator == 1 else dedupe(frac(value) + dec(value))])


@fam
def n_limit_e(rng: random.Random) -> Made:  # (1 + k/n)^n at infinity
    k = rng.randint(2, 12)
    return (f"limit of (1 + {k}/n)^n as n → infinity, as a decimal to 3 places",
            [dec(math.exp(k), 3)])


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
