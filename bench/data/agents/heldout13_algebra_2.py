"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part five: expanding,
factoring and simplifying, derivatives, integrals, limits and linear algebra."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout13_algebra import NZ, poly
from bench.data.agents.heldout13_math import dec, dedupe, eq, frac, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def spellings(text: str) -> list[str]:
    """An expression as a reply may spell it: 3x^2, 3*x^2, 3*x**2, 3x², spaced or not."""
    star = _star(text)
    base = [text, star, star.replace("^", "**"), _sup(text)]
    return dedupe(base + [b.replace(" ", "") for b in base])


def _star(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        if ch in "x(" and i and (text[i - 1].isdigit() or text[i - 1] in ")x"):
            out.append("*")
        out.append(ch)
    return "".join(out)


def _sup(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "^" and i + 1 < len(text) and text[i + 1].isdigit():
            out.append(text[i + 1].translate(SUP))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def lin(a: int, b: int) -> str:
    return poly([a, b])


def product(a: str, b: str) -> list[str]:
    return dedupe(spellings(f"({a})({b})") + spellings(f"({b})({a})"))


def matrix(rows: list[list[int]]) -> list[str]:
    spaced = "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"
    return dedupe([spaced, spaced.replace(" ", "")])


def vector(vals: list[int]) -> list[str]:
    inner = ", ".join(map(str, vals))
    return dedupe([f"({inner})", f"[{inner}]", f"({inner.replace(' ', '')})",
                   f"[{inner.replace(' ', '')}]", f"<{inner}>"])


# --- expand, factor, simplify ----------------------------------------------------------

def k_expand_pair(rng: random.Random) -> Item:  # two monic brackets
    p, q = rng.sample(NZ, 2)
    if p + q == 0:
        return k_expand_pair(rng)
    return item("K_a_expand_pair", "math", f"expand ({lin(1, p)})({lin(1, q)})",
                [spellings(poly([1, p + q, p * q]))])


def k_expand_square(rng: random.Random) -> Item:  # a squared bracket with a coefficient
    a, b = rng.randint(2, 6), rng.choice(NZ)
    return item("K_a_expand_square", "math", f"({lin(a, b)})^2 expanded please",
                [spellings(poly([a * a, 2 * a * b, b * b]))])


def k_expand_cube(rng: random.Random) -> Item:  # a cubed bracket
    b = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5])
    return item("K_a_expand_cube", "math", f"Multiply out (x {'+' if b > 0 else '-'} {abs(b)})^3",
                [spellings(poly([1, 3 * b, 3 * b * b, b ** 3]))])


def k_factor_trinomial(rng: random.Random) -> Item:  # a monic trinomial
    p, q = rng.sample(NZ, 2)
    if p + q == 0:
        return k_factor_trinomial(rng)
    return item("K_a_factor_trinomial", "math", f"can you factor {poly([1, p + q, p * q])}",
                [product(lin(1, p), lin(1, q))])


def k_factor_common(rng: random.Random) -> Item:  # a common factor taken out
    k, a, b = rng.randint(2, 9), rng.randint(2, 7), rng.choice(NZ)
    if math.gcd(a, abs(b)) != 1:
        return k_factor_common(rng)
    inner = lin(a, b)
    out = spellings(f"{k}x({inner})")
    return item("K_a_factor_common", "math", f"Factorise {poly([k * a, k * b, 0])} fully",
                [dedupe(out)])


def k_factor_squares(rng: random.Random) -> Item:  # a difference of squares with a coefficient
    a, b = rng.randint(2, 7), rng.randint(1, 12)
    if math.gcd(a, b) != 1:
        return k_factor_squares(rng)
    return item("K_a_factor_squares", "math", f"factor {a * a}x^2 - {b * b}",
                [product(lin(a, -b), lin(a, b))])


def k_factor_lead(rng: random.Random) -> Item:  # a non-monic trinomial
    a, p, q = rng.choice([2, 3, 5, 7]), rng.choice(NZ), rng.choice(NZ)
    if math.gcd(a, abs(p)) != 1 or a * q + p == 0:
        return k_factor_lead(rng)
    return item("K_a_factor_lead", "math", f"Factor completely: {poly([a, a * q + p, p * q])}",
                [product(lin(a, p), lin(1, q))])


def k_collect(rng: random.Random) -> Item:  # brackets multiplied out and collected
    a, p, b, q = rng.randint(2, 7), rng.randint(1, 9), rng.randint(1, 6), rng.randint(1, 9)
    if a == b:
        return k_collect(rng)
    return item("K_a_collect", "math", f"simplify {a}(x + {p}) - {b}(x - {q})",
                [spellings(poly([a - b, a * p + b * q]))])


def k_cancel(rng: random.Random) -> Item:  # a difference of squares over a bracket
    n = rng.randint(2, 12)
    return item("K_a_cancel", "math", f"Simplify (x^2 - {n * n})/(x + {n})",
                [spellings(lin(1, -n))])


def k_power_of_power(rng: random.Random) -> Item:  # powers of powers
    a, b, c = rng.randint(2, 5), rng.randint(2, 5), rng.randint(2, 6)
    n = a * b - c
    if n < 2:
        return k_power_of_power(rng)
    return item("K_a_power_of_power", "math", f"simplify (x^{a})^{b} / x^{c}",
                [dedupe([f"x^{n}", f"x**{n}", f"x{str(n).translate(SUP)}"])])


def k_complete_square(rng: random.Random) -> Item:  # completing the square
    h, c = rng.choice([n for n in range(-8, 9) if n]), rng.randint(-20, 20)
    k = c - h * h
    inner = lin(1, h)
    tail = f" {'+' if k > 0 else '-'} {abs(k)}" if k else ""
    return item("K_a_complete_square", "math", f"complete the square for {poly([1, 2 * h, c])}",
                [spellings(f"({inner})^2{tail}")])


def k_surd(rng: random.Random) -> Item:  # a square root simplified
    k, r = rng.randint(2, 9), rng.choice([2, 3, 5, 6, 7])
    return item("K_a_surd", "math", f"Simplify √{k * k * r}",
                [[f"{k}√{r}", f"{k}*sqrt({r})", f"{k} sqrt({r})", f"{k}sqrt({r})",
                  f"{k}√({r})", f"{k} √{r}"]])


def k_log_sum(rng: random.Random) -> Item:  # two logarithms added
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    return item("K_a_log_sum", "math", f"log2({2 ** a}) + log2({2 ** b}) = ?", [whole(a + b)])


# --- calculus --------------------------------------------------------------------------

def k_deriv_poly(rng: random.Random) -> Item:  # a cubic differentiated
    a, b, c, d = rng.randint(1, 8), rng.choice(NZ), rng.choice(NZ), rng.randint(-9, 9)
    return item("K_a_deriv_poly", "math", f"differentiate {poly([a, b, c, d])}",
                [spellings(poly([3 * a, 2 * b, c]))])


def k_deriv_at(rng: random.Random) -> Item:  # a derivative's value at a point
    a, b, x = rng.randint(1, 5), rng.choice(NZ), rng.randint(-4, 5)
    return item("K_a_deriv_at", "math", f"What's the derivative of {poly([a, 0, b, 0])} at "
                f"x = {x}?",
                [whole(3 * a * x * x + b)])


def k_deriv_product(rng: random.Random) -> Item:  # a product rule value, numerically
    n, x = rng.randint(2, 4), rng.choice([F(1, 2), F(1), F(3, 2), F(2)])
    v = float(n * x ** (n - 1) + x ** n) * math.exp(float(x))
    if tie(v, 3):
        return k_deriv_product(rng)
    return item("K_a_deriv_product", "math", f"d/dx of x^{n}·e^x evaluated at x = {float(x):g}, "
                "three decimals", [dec(v, 3)])


def k_deriv_chain(rng: random.Random) -> Item:  # a chain rule value
    a, b, n, x = rng.randint(2, 4), rng.randint(-3, 3), rng.randint(3, 6), rng.randint(-2, 2)
    v = n * (a * x + b) ** (n - 1) * a
    if not b:
        return k_deriv_chain(rng)
    return item("K_a_deriv_chain", "math", f"derivative of ({lin(a, b)})^{n} when x = {x}",
                [whole(v)])


def k_second_deriv(rng: random.Random) -> Item:  # a second derivative
    a, b, c = rng.randint(1, 5), rng.choice(NZ), rng.choice(NZ)
    return item("K_a_second_deriv", "math", f"Second derivative of {poly([a, b, 0, c, 0])}?",
                [spellings(poly([12 * a, 6 * b, 0]))])


def k_deriv_sin(rng: random.Random) -> Item:  # a sine with a multiple
    k = rng.randint(2, 12)
    out = [f"{k}cos({k}x)", f"{k}*cos({k}*x)", f"{k} cos({k}x)", f"{k}·cos({k}x)",
           f"{k}*cos({k}x)", f"{k} cos({k}*x)"]
    return item("K_a_deriv_sin", "math", f"d/dx sin({k}x)", [out])


def k_deriv_exp(rng: random.Random) -> Item:  # an exponential with a multiple
    k = rng.randint(2, 15)
    out = [f"{k}e^({k}x)", f"{k}*e^({k}*x)", f"{k}*exp({k}*x)", f"{k} e^({k}x)",
           f"{k}*e**({k}*x)", f"{k}exp({k}x)"]
    return item("K_a_deriv_exp", "math", f"Differentiate e^({k}x) with respect to x", [out])


def k_tangent_slope(rng: random.Random) -> Item:  # a tangent's slope
    b, c, x = rng.choice(NZ), rng.randint(-9, 9), rng.randint(-5, 6)
    return item("K_a_tangent_slope", "math", f"slope of the tangent to y = {poly([1, b, c])} at "
                f"x = {x}", [whole(2 * x + b)])


def k_turning_point(rng: random.Random) -> Item:  # where a parabola turns
    a, h, c = rng.randint(1, 5), rng.choice(NZ), rng.randint(-10, 10)
    return item("K_a_turning_point", "math", f"At what x does {poly([a, -2 * a * h, c])} have its "
                "turning point?", [eq("x", whole(h))])


def k_integral_indef(rng: random.Random) -> Item:  # an antiderivative
    a, b, c = rng.randint(1, 5), rng.choice(NZ), rng.choice(NZ)
    return item("K_a_integral_indef", "math", f"integrate {poly([3 * a, 2 * b, c])} dx",
                [spellings(poly([a, b, c, 0]))])


def k_integral_def(rng: random.Random) -> Item:  # a definite integral of a polynomial
    a, b, lo = rng.randint(1, 4), rng.randint(-5, 5), rng.randint(-2, 2)
    hi = lo + rng.randint(1, 4)
    v = F(a, 3) * (hi ** 3 - lo ** 3) + b * (hi - lo)
    return item("K_a_integral_def", "math", f"∫ from {lo} to {hi} of ({poly([a, 0, b])}) dx",
                [frac(v)])


def k_area_under(rng: random.Random) -> Item:  # the area under a curve
    a, c, lo = rng.randint(1, 6), rng.randint(1, 10), rng.randint(0, 3)
    hi = lo + rng.randint(1, 4)
    v = a * (hi ** 3 - lo ** 3) + c * (hi - lo)
    return item("K_a_area_under", "math", f"What's the area under y = {poly([3 * a, 0, c])} "
                f"between x = {lo} and x = {hi}?", [whole(v)])


def k_integral_exp(rng: random.Random) -> Item:  # e^x integrated to a decimal limit
    up = F(rng.randint(2, 30), 10)
    v = math.exp(float(up)) - 1
    if tie(v, 4):
        return k_integral_exp(rng)
    return item("K_a_integral_exp", "math", f"integral of e^x from 0 to {float(up):g}, 4 d.p.",
                [dec(v, 4)])


def k_integral_recip(rng: random.Random) -> Item:  # 1/x integrated
    up = rng.randint(2, 60)
    v = math.log(up)
    if tie(v, 3):
        return k_integral_recip(rng)
    return item("K_a_integral_recip", "math", f"Evaluate the integral of 1/x dx from 1 to {up} "
                "(3 decimals)", [dec(v, 3)])


def k_limit_hole(rng: random.Random) -> Item:  # a removable discontinuity
    a = rng.randint(2, 15)
    return item("K_a_limit_hole", "math", f"limit of (x^2 - {a * a})/(x - {a}) as x approaches {a}",
                [whole(2 * a)])


def k_limit_infinity(rng: random.Random) -> Item:  # a ratio of quadratics at infinity
    a, b, c, d = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    if F(a, c).denominator == 1:
        return k_limit_infinity(rng)
    return item("K_a_limit_infinity", "math", f"What is lim x→∞ ({poly([a, 0, b])})/"
                f"({poly([c, -d, 0])})?", [frac(F(a, c))])


def k_limit_sin(rng: random.Random) -> Item:  # sin(kx)/x near zero
    a, b = rng.randint(2, 12), rng.randint(2, 9)
    if a == b:
        return k_limit_sin(rng)
    return item("K_a_limit_sin", "math", f"lim as x->0 of sin({a}x)/({b}x)", [frac(F(a, b))])


def k_limit_cubic(rng: random.Random) -> Item:  # a difference of cubes over a bracket
    a = rng.randint(2, 16)
    return item("K_a_limit_cubic", "math", f"Find the limit of (x^3 - {a ** 3})/(x - {a}) as x "
                f"tends to {a}", [whole(3 * a * a)])


# --- linear algebra --------------------------------------------------------------------

def grid(rows: list[list[int]]) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"


def k_det2(rng: random.Random) -> Item:  # a 2x2 determinant
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    return item("K_a_det2", "math", f"determinant of {grid([[a, b], [c, d]])}",
                [whole(a * d - b * c)])


def k_det3(rng: random.Random) -> Item:  # a 3x3 determinant
    m = [[rng.randint(-5, 6) for _ in range(3)] for _ in range(3)]
    d = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
         - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
         + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    return item("K_a_det3", "math", f"Compute det {grid(m)}", [whole(d)])


def k_matmul(rng: random.Random) -> Item:  # a 2x2 product
    a = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    c = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return item("K_a_matmul", "math", f"multiply the matrices {grid(a)} and {grid(b)}",
                [matrix(c)])


def k_inverse2(rng: random.Random) -> Item:  # an inverse with determinant one
    a, b, c = rng.randint(1, 7), rng.randint(-6, 6), rng.randint(-6, 6)
    if (1 + b * c) % a or not b or not c:
        return k_inverse2(rng)
    d = (1 + b * c) // a
    return item("K_a_inverse2", "math", f"Find the inverse of the matrix {grid([[a, b], [c, d]])}",
                [matrix([[d, -b], [-c, a]])])


def k_dot(rng: random.Random) -> Item:  # a dot product
    u, v = [rng.randint(-8, 9) for _ in range(3)], [rng.randint(-8, 9) for _ in range(3)]
    dot = sum(p * q for p, q in zip(u, v, strict=True))
    return item("K_a_dot", "math", f"dot product of ({', '.join(map(str, u))}) and "
                f"({', '.join(map(str, v))})", [whole(dot)])


def k_cross(rng: random.Random) -> Item:  # a cross product
    u, v = [rng.randint(-5, 6) for _ in range(3)], [rng.randint(-5, 6) for _ in range(3)]
    w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if not any(w):
        return k_cross(rng)
    return item("K_a_cross", "math", f"What's the cross product of <{', '.join(map(str, u))}> and "
                f"<{', '.join(map(str, v))}>?", [vector(w)])


def k_magnitude(rng: random.Random) -> Item:  # a vector's length
    v = [rng.randint(-9, 9) for _ in range(3)]
    n = math.sqrt(sum(c * c for c in v))
    if tie(n) or not all(v):
        return k_magnitude(rng)
    return item("K_a_magnitude", "math", f"magnitude of the vector ({', '.join(map(str, v))})",
                [whole(int(n)) if n == int(n) else dec(n)])


def k_eigen(rng: random.Random) -> Item:  # eigenvalues of a 2x2 built to be whole numbers
    d1, d2 = rng.sample(range(-5, 9), 2)
    m = [[2 * d1 - d2, d2 - d1], [2 * d1 - 2 * d2, 2 * d2 - d1]]
    lo, hi = sorted((d1, d2))
    return item("K_a_eigen", "math", f"eigenvalues of {grid(m)}?", [whole(lo), whole(hi)])


def k_angle(rng: random.Random) -> Item:  # the angle between two vectors
    u, v = [rng.randint(-6, 7) for _ in range(2)], [rng.randint(-6, 7) for _ in range(2)]
    if not any(u) or not any(v):
        return k_angle(rng)
    cos = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
    a = math.degrees(math.acos(max(-1.0, min(1.0, cos))))
    if tie(a) or a < 1 or a > 179:
        return k_angle(rng)
    return item("K_a_angle", "math", f"angle between vectors ({u[0]}, {u[1]}) and ({v[0]}, "
                f"{v[1]}) in degrees", [dedupe(dec(a) + [f"{s}°" for s in dec(a)])])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_expand_pair, k_expand_square, k_expand_cube, k_factor_trinomial, k_factor_common,
    k_factor_squares, k_factor_lead, k_collect, k_cancel, k_power_of_power, k_complete_square,
    k_surd, k_log_sum, k_deriv_poly, k_deriv_at, k_deriv_product, k_deriv_chain,
    k_second_deriv, k_deriv_sin, k_deriv_exp, k_tangent_slope, k_turning_point,
    k_integral_indef, k_integral_def, k_area_under, k_integral_exp, k_integral_recip,
    k_limit_hole, k_limit_infinity, k_limit_sin, k_limit_cubic, k_det2, k_det3, k_matmul,
    k_inverse2, k_dot, k_cross, k_magnitude, k_eigen, k_angle)]
