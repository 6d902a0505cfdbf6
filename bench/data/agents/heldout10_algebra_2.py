"""Round 10 (``Z_*``, dev now) for ``muse bench agents``, maths part four: derivatives,
integrals, limits, matrices and vectors, and a little geometry and trigonometry (see
:mod:`bench.data.agents.heldout10_math` for the answer forms)."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout10_algebra import quad, shapes, written
from bench.data.agents.heldout10_math import F, dec, dedupe, eq, frac, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item

# --- derivatives -----------------------------------------------------------------------

def z_diff_poly(rng: random.Random) -> Item:  # a cubic with every term
    a, b, c, d = rng.randint(2, 9), rng.randint(-9, 9), rng.randint(-12, 12), rng.randint(1, 20)
    if not b or not c:
        return z_diff_poly(rng)
    f = written([(a, "x^3"), (b, "x^2"), (c, "x"), (-d, "")])
    return item("Z_a_diff_poly", "math", f"differentiate {f}", [shapes(quad(3 * a, 2 * b, c))])


def z_diff_chain(rng: random.Random) -> Item:  # a power of a linear bracket
    k, p, n = rng.randint(2, 7), rng.choice([n for n in range(-9, 10) if n]), rng.randint(3, 8)
    if math.gcd(k, p) != 1:
        return z_diff_chain(rng)
    inner = written([(k, "x"), (p, "")])
    starred = written([(k, "x"), (p, "")], "*")
    lead = k * n
    outs = [f"{lead}({inner})^{n - 1}", f"{lead}*({inner})^{n - 1}",
            f"{lead}*({starred})**{n - 1}", f"{lead}({inner})**{n - 1}"]
    return item("Z_a_diff_chain", "math", f"d/dx ({inner})^{n}",
                [dedupe(outs + [o.replace(" ", "") for o in outs])])


def z_diff_sin(rng: random.Random) -> Item:  # sin of a multiple of x
    k = rng.randint(2, 15)
    outs = [f"{k}cos({k}x)", f"{k}*cos({k}*x)", f"{k} cos({k}x)", f"{k}*cos({k}x)",
            f"{k} cos {k}x", f"{k}cos {k}x"]
    return item("Z_a_diff_sin", "math", f"what's the derivative of sin({k}x)?", [outs])


def z_second_derivative(rng: random.Random) -> Item:  # f'' of a quartic
    a, b, c = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-9, 9)
    if not b or not c:
        return z_second_derivative(rng)
    f = written([(a, "x^4"), (b, "x^3"), (c, "x")])
    return item("Z_a_second_derivative", "math", f"f(x) = {f}, what's f''(x)",
                [shapes([(12 * a, "x^2"), (6 * b, "x")])])


def z_slope_point(rng: random.Random) -> Item:  # the gradient of a cubic at a point
    a, b, x = rng.randint(1, 4), rng.randint(-12, 12), rng.randint(-4, 5)
    if not b or not x:
        return z_slope_point(rng)
    curve = written([(a, "x^3"), (b, "x")])
    return item("Z_a_slope_point", "math", f"slope of y = {curve} at x = {x}?",
                [whole(3 * a * x * x + b)])


def z_tangent_line(rng: random.Random) -> Item:  # the tangent to a parabola
    a, x0 = rng.randint(1, 4), rng.choice([n for n in range(-5, 7) if n])
    m, c = 2 * a * x0, -a * x0 * x0
    line = [written([(m, "x"), (c, "")]), written([(m, "x"), (c, "")], "*")]
    outs = [f"y = {t}" for t in line] + [f"y={t.replace(' ', '')}" for t in line]
    curve = written([(a, "x^2")])
    return item("Z_a_tangent_line", "math", f"equation of the tangent line to y = {curve} "
                f"at x = {x0}", [dedupe(outs)])


def z_min_point(rng: random.Random) -> Item:  # the minimum of a parabola
    h, k = rng.randint(-8, 9), rng.randint(-30, 20)
    if not h:
        return z_min_point(rng)
    f = written(quad(1, -2 * h, h * h + k))
    return item("Z_a_min_point", "math", f"at what x does {f} reach its minimum, and what is "
                "the minimum value?", [eq("x", whole(h)), whole(k)])


# --- integrals and limits --------------------------------------------------------------

def z_integral_poly(rng: random.Random) -> Item:  # an antiderivative with easy coefficients
    a, b, c = 3 * rng.randint(1, 5), 2 * rng.randint(-5, 6), rng.randint(-9, 9)
    if not b or not c:
        return z_integral_poly(rng)
    f = written(quad(a, b, c))
    return item("Z_a_integral_poly", "math", f"integrate {f}",
                [shapes([(a // 3, "x^3"), (b // 2, "x^2"), (c, "x")])])


def z_definite(rng: random.Random) -> Item:  # a definite integral of a quadratic
    a, c, lo, hi = rng.randint(1, 4), rng.randint(1, 9), rng.randint(0, 2), rng.randint(3, 6)
    value = F(a, 3) * (hi ** 3 - lo ** 3) + c * (hi - lo)
    return item("Z_a_definite", "math", f"integral from {lo} to {hi} of "
                f"{written([(a, 'x^2'), (c, '')])} dx", [frac(value)])


def z_integral_exp(rng: random.Random) -> Item:  # e to a multiple of x over [0, 1]
    k = rng.randint(2, 9)
    value = (math.exp(k) - 1) / k
    if tie(value):
        return z_integral_exp(rng)
    return item("Z_a_integral_exp", "math", f"integrate e^({k}x) from 0 to 1 - decimal answer "
                "to 2 places", [dec(value)])


def z_limit_factor(rng: random.Random) -> Item:  # a hole in a rational function
    a, b = rng.randint(1, 9), rng.choice([n for n in range(-9, 10) if n])
    if a + b == 0:
        return z_limit_factor(rng)
    top = written(quad(1, b - a, -a * b))
    return item("Z_a_limit_factor", "math", f"limit as x->{a} of ({top})/(x - {a})",
                [whole(a + b)])


def z_limit_inf(rng: random.Random) -> Item:  # a ratio of linear terms at infinity
    a, b, c, d = rng.randint(2, 12), rng.randint(1, 20), rng.randint(2, 12), rng.randint(1, 20)
    value = F(a, c)
    if value.denominator == 1:
        return z_limit_inf(rng)
    return item("Z_a_limit_inf", "math", f"what's the limit of ({a}x + {b})/({c}x - {d}) as "
                "x → ∞", [frac(value)])


# --- matrices and vectors --------------------------------------------------------------

def grid(rows: list[list[int]]) -> list[str]:
    inner = ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows)
    return dedupe([f"[{inner}]", f"[{inner}]".replace(" ", ""), f"Matrix([{inner}])"])


def z_det_two(rng: random.Random) -> Item:  # a named 2x2 determinant
    a, b, c, d = (rng.randint(-9, 15) for _ in range(4))
    return item("Z_a_det_two", "math", f"matrix A = [[{a}, {b}], [{c}, {d}]]. det(A)?",
                [whole(a * d - b * c)])


def z_det_rows(rng: random.Random) -> Item:  # a 3x3 determinant pasted as rows
    m = [[rng.randint(-5, 9) for _ in range(3)] for _ in range(3)]
    det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
           - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
           + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    rows = "\n".join(" ".join(map(str, r)) for r in m)
    return item("Z_a_det_rows", "math", f"whats the determinant of this matrix\n{rows}",
                [whole(det)])


def z_mat_vec(rng: random.Random) -> Item:  # a matrix times a column vector
    m = [[rng.randint(-4, 9) for _ in range(2)] for _ in range(2)]
    v = [rng.randint(-5, 9) for _ in range(2)]
    out = [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]]
    flat = f"[{out[0]}, {out[1]}]"
    forms = [flat, flat.replace(" ", ""), f"({out[0]}, {out[1]})",
             f"[[{out[0]}], [{out[1]}]]", f"Matrix([[{out[0]}], [{out[1]}]])"]
    return item("Z_a_mat_vec", "math", f"{m} times the vector {v}", [dedupe(forms)])


def z_mat_square(rng: random.Random) -> Item:  # a 2x2 matrix squared
    m = [[rng.randint(-3, 6) for _ in range(2)] for _ in range(2)]
    sq = [[sum(m[i][k] * m[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return item("Z_a_mat_square", "math", f"A = {m}, compute A^2", [grid(sq)])


def z_eigen(rng: random.Random) -> Item:  # eigenvalues of a symmetric 2x2 matrix
    p, q = rng.randint(-4, 10), rng.randint(1, 8)
    return item("Z_a_eigen", "math", f"eigenvalues of [[{p}, {q}], [{q}, {p}]]",
                [whole(p - q), whole(p + q)])


def z_cross(rng: random.Random) -> Item:  # a cross product
    u = [rng.randint(-5, 8) for _ in range(3)]
    v = [rng.randint(-5, 8) for _ in range(3)]
    w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if not any(w):
        return z_cross(rng)
    body = ", ".join(map(str, w))
    forms = [f"({body})", f"[{body}]", f"({body.replace(' ', '')})", f"[{body.replace(' ', '')}]",
             f"Matrix([[{w[0]}], [{w[1]}], [{w[2]}]])"]
    return item("Z_a_cross", "math", f"cross product of ({', '.join(map(str, u))}) and "
                f"({', '.join(map(str, v))})", [dedupe(forms)])


def z_magnitude(rng: random.Random) -> Item:  # the length of a 3-vector
    v = [rng.randint(-9, 12) for _ in range(3)]
    size = sum(c * c for c in v)
    root = math.isqrt(size)
    if root * root == size:
        answer = dec(root)
    elif tie(math.sqrt(size)):
        return z_magnitude(rng)
    else:
        answer = dec(math.sqrt(size))
    return item("Z_a_magnitude", "math", f"how long is the vector ({', '.join(map(str, v))})? "
                "round to 2dp if needed", [answer])


# --- geometry and trigonometry ---------------------------------------------------------

def z_hypotenuse(rng: random.Random) -> Item:  # Pythagoras with two legs
    a, b = rng.randint(3, 30), rng.randint(3, 30)
    c2 = a * a + b * b
    c = math.sqrt(c2)
    if math.isqrt(c2) ** 2 != c2 and tie(c):
        return z_hypotenuse(rng)
    answer = dec(math.isqrt(c2)) if math.isqrt(c2) ** 2 == c2 else dec(c)
    return item("Z_a_hypotenuse", "math", f"right triangle with the two short sides {a} and {b}, "
                "how long is the hypotenuse (2 decimals)?", [answer])


def z_circle_area(rng: random.Random) -> Item:  # the area of a circle from its radius
    r = F(rng.randint(5, 150), 10)
    value = math.pi * float(r) ** 2
    if tie(value):
        return z_circle_area(rng)
    return item("Z_a_circle_area", "math", f"area of a circle with radius {float(r):g} cm?",
                [dec(value)])


def z_cosine(rng: random.Random) -> Item:  # a cosine in degrees to two places
    angle = rng.randint(1, 89)
    value = math.cos(math.radians(angle))
    if tie(value) or angle == 60:
        return z_cosine(rng)
    return item("Z_a_cosine", "math", f"cos {angle} degrees to 2 decimal places", [dec(value)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    z_diff_poly, z_diff_chain, z_diff_sin, z_second_derivative, z_slope_point, z_tangent_line,
    z_min_point, z_integral_poly, z_definite, z_integral_exp, z_limit_factor, z_limit_inf,
    z_det_two, z_det_rows, z_mat_vec, z_mat_square, z_eigen, z_cross, z_magnitude,
    z_hypotenuse, z_circle_area, z_cosine)]
