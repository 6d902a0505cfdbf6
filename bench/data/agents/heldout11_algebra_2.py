"""Round 11 (``Q_*``, dev now) for ``muse bench agents``, maths part four: calculus,
linear algebra and simultaneous equations (answer forms from
:mod:`bench.data.agents.heldout11_algebra` and :mod:`bench.data.agents.heldout11_math`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout11_algebra import NONZERO, expr, forms, roots_of
from bench.data.agents.heldout11_math import dec, dedupe, eq, frac, money, whole
from bench.data.agents.helpers import Family, Item, fresh, item

# --- derivatives -----------------------------------------------------------------------


def q_deriv_poly(rng: random.Random) -> Item:  # a polynomial differentiated
    a, b, c = rng.randint(2, 9), rng.choice(NONZERO), rng.randint(2, 15)
    terms = [(a, "x^4"), (b, "x^2"), (c, "x")]
    return item("Q_a_deriv_poly", "math", f"differentiate {expr(terms)}",
                [forms([(4 * a, "x^3"), (2 * b, "x"), (c, "")])])


def q_deriv_at(rng: random.Random) -> Item:  # a slope at a point
    a, b, x = rng.randint(1, 5), rng.randint(-12, 12), rng.randint(-4, 5)
    if not b or not x:
        return q_deriv_at(rng)
    curve = expr([(a, "x^3"), (b, "x")])
    return item("Q_a_deriv_at", "math", f"what's the gradient of y = {curve} at x = {x}?",
                [whole(3 * a * x * x + b)])


def q_deriv_sin(rng: random.Random) -> Item:  # a chain rule on sine
    k = rng.randint(2, 12)
    out = [f"{k}cos({k}x)", f"{k}*cos({k}*x)", f"{k} cos({k}x)", f"{k}cos({k}*x)",
           f"{k}*cos({k}x)", f"{k} cos {k}x", f"{k}cos {k}x"]
    return item("Q_a_deriv_sin", "math", f"d/dx of sin({k}x)?", [dedupe(out)])


def q_deriv_exp(rng: random.Random) -> Item:  # an exponential differentiated
    k = rng.randint(2, 9)
    out = [f"{k}e^({k}x)", f"{k}*e^({k}x)", f"{k}*exp({k}*x)", f"{k}e^({k}*x)",
           f"{k}*e^({k}*x)", f"{k}exp({k}x)", f"{k} e^({k}x)", f"{k}*e**({k}*x)",
           f"{k}e^{{{k}x}}", f"{k}e^{k}x"]
    return item("Q_a_deriv_exp", "math", f"What is the derivative of e^({k}x) with respect to x?",
                [dedupe(out)])


def q_second_deriv(rng: random.Random) -> Item:  # a second derivative
    a, b, c = rng.randint(1, 6), rng.choice(NONZERO), rng.randint(1, 20)
    terms = [(a, "x^4"), (b, "x^3"), (c, "x")]
    return item("Q_a_second_deriv", "math", f"find the second derivative of {expr(terms)}",
                [forms([(12 * a, "x^2"), (6 * b, "x")])])


def q_tangent(rng: random.Random) -> Item:  # a tangent line to a parabola
    a, c = rng.choice(NONZERO), rng.randint(-10, 10)
    m, k = 2 * a, c - a * a
    if k == 0:
        return q_tangent(rng)
    rhs = [expr([(m, "x"), (k, "")]), expr([(m, "x"), (k, "")], "*")]
    curve = expr([(1, "x^2"), (c, "")])
    lines = dedupe([f"y = {r}" for r in rhs] + [f"y={r.replace(' ', '')}" for r in rhs])
    return item("Q_a_tangent", "math", f"equation of the tangent to y = {curve} at x = {a}",
                [lines])


def q_stationary(rng: random.Random) -> Item:  # stationary points of a cubic
    a = rng.randint(1, 8)
    return item("Q_a_stationary", "math", f"where does f(x) = x^3 - {3 * a * a}x have stationary "
                "points? x values please", roots_of("x", -a, a))


# --- integrals and limits --------------------------------------------------------------

def q_antideriv(rng: random.Random) -> Item:  # an indefinite integral of a polynomial
    p, q, r = rng.randint(1, 5), rng.choice(NONZERO), rng.randint(1, 9)
    terms = [(3 * p, "x^2"), (2 * q, "x"), (r, "")]
    return item("Q_a_antideriv", "math", f"integrate {expr(terms)} dx",
                [forms([(p, "x^3"), (q, "x^2"), (r, "x")])])


def q_definite(rng: random.Random) -> Item:  # a definite integral of x^2
    a, b = sorted(rng.sample(range(0, 10), 2))
    v = F(b ** 3 - a ** 3, 3)
    return item("Q_a_definite", "math", f"∫ x^2 dx from {a} to {b}",
                [dedupe(frac(v) + (dec(float(v)) if v.denominator != 1 else []))])


def q_definite_mixed(rng: random.Random) -> Item:  # a definite integral with two terms
    a, b, top = rng.randint(1, 6), rng.randint(1, 9), rng.randint(1, 5)
    v = F(a * top ** 3) - F(b * top ** 2, 2)
    return item("Q_a_definite_mixed", "math", f"evaluate the integral of ({3 * a}x^2 - {b}x) "
                f"between 0 and {top}", [frac(v)])


def q_limit_hole(rng: random.Random) -> Item:  # a removable discontinuity
    a = rng.randint(2, 15)
    return item("Q_a_limit_hole", "math", f"lim x->{a} (x^2 - {a * a})/(x - {a})", [whole(2 * a)])


def q_limit_sin(rng: random.Random) -> Item:  # the sine limit with a coefficient
    k, d = rng.randint(2, 12), rng.randint(1, 5)
    if F(k, d) == 1:
        return q_limit_sin(rng)
    den = "x" if d == 1 else f"({d}x)"
    return item("Q_a_limit_sin", "math", f"what is the limit of sin({k}x)/{den} as x goes to 0",
                [frac(F(k, d))])


def q_limit_inf(rng: random.Random) -> Item:  # a rational function at infinity
    a, b, c = rng.randint(1, 12), rng.randint(2, 12), rng.randint(1, 9)
    if F(a, b).denominator == 1:
        return q_limit_inf(rng)
    return item("Q_a_limit_inf", "math", f"Limit as x approaches infinity of ({a}x^2 + {c}) / "
                f"({b}x^2 - x)?", [frac(F(a, b))])


# --- linear algebra --------------------------------------------------------------------

def mat(rows: list[list[int]]) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"


def mat_forms(rows: list[list[int]]) -> list[str]:
    spaced = mat(rows)
    return dedupe([spaced, spaced.replace(" ", ""), "Matrix(" + spaced + ")",
                   "; ".join(" ".join(map(str, r)) for r in rows)])


def vec_forms(v: list[int]) -> list[str]:
    inner = [", ".join(map(str, v)), ",".join(map(str, v))]
    return dedupe([f"({i})" for i in inner] + [f"[{i}]" for i in inner] + [f"⟨{i}⟩" for i in inner]
                  + [f"<{i}>" for i in inner])


def q_det2(rng: random.Random) -> Item:  # a 2x2 determinant
    m = [[rng.randint(-9, 12) for _ in range(2)] for _ in range(2)]
    d = m[0][0] * m[1][1] - m[0][1] * m[1][0]
    if d == 0:
        return q_det2(rng)
    return item("Q_a_det2", "math", f"determinant of {mat(m)}", [whole(d)])


def q_det3(rng: random.Random) -> Item:  # a 3x3 determinant typed MATLAB-style
    m = [[rng.randint(-4, 7) for _ in range(3)] for _ in range(3)]
    d = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
         - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
         + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    if d in (0, 1, -1):
        return q_det3(rng)
    text = "; ".join(" ".join(map(str, r)) for r in m)
    return item("Q_a_det3", "math", f"A = [{text}]. det(A)?", [whole(d)])


def q_dot(rng: random.Random) -> Item:  # a dot product of 3-vectors
    u, v = [rng.randint(-9, 9) for _ in range(3)], [rng.randint(-9, 9) for _ in range(3)]
    total = sum(a * b for a, b in zip(u, v, strict=True))
    return item("Q_a_dot", "math", f"dot product of ({', '.join(map(str, u))}) and "
                f"({', '.join(map(str, v))})", [whole(total)])


def q_cross(rng: random.Random) -> Item:  # a cross product
    u, v = [rng.randint(-6, 6) for _ in range(3)], [rng.randint(-6, 6) for _ in range(3)]
    w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if not any(w):
        return q_cross(rng)
    return item("Q_a_cross", "math", f"cross product u × v for u = <{','.join(map(str, u))}>, "
                f"v = <{','.join(map(str, v))}>", [vec_forms(w)])


def q_norm(rng: random.Random) -> Item:  # the length of a vector
    v = [rng.randint(-12, 12) for _ in range(3)]
    n = math.sqrt(sum(a * a for a in v))
    if n == int(n) or abs(n * 100 % 1 - 0.5) < 1e-3:
        return q_norm(rng)
    return item("Q_a_norm", "math", f"how long is the vector ({', '.join(map(str, v))})? 2 dp",
                [dec(n)])


def q_eigen(rng: random.Random) -> Item:  # eigenvalues of a 2x2 matrix
    l1, l2 = rng.sample(range(-6, 9), 2)
    a = rng.randint(-5, 8)
    d = l1 + l2 - a
    bc = a * d - l1 * l2
    if bc == 0:
        return q_eigen(rng)
    b = rng.choice([f for f in range(1, abs(bc) + 1) if bc % f == 0])
    m = [[a, b], [bc // b, d]]
    return item("Q_a_eigen", "math", f"Find the eigenvalues of the matrix {mat(m)}",
                [dedupe(whole(v) + eq("λ", [str(v)])) for v in sorted((l1, l2))])


def q_inverse(rng: random.Random) -> Item:  # a 2x2 inverse with determinant one
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    c = rng.randint(1, 9)
    if (b * c + 1) % a:
        return q_inverse(rng)
    d = (b * c + 1) // a
    m = [[a, b], [c, d]]
    return item("Q_a_inverse", "math", f"inverse of {mat(m)} please",
                [mat_forms([[d, -b], [-c, a]])])


def q_mat_vec(rng: random.Random) -> Item:  # a matrix times a vector
    m = [[rng.randint(-5, 9) for _ in range(2)] for _ in range(2)]
    v = [rng.randint(-6, 9) for _ in range(2)]
    w = [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]]
    return item("Q_a_mat_vec", "math", f"multiply the matrix {mat(m)} by the column vector "
                f"({v[0]}, {v[1]})", [dedupe(vec_forms(w) + mat_forms([[w[0]], [w[1]]]))])


# --- systems ---------------------------------------------------------------------------

def q_sys_and(rng: random.Random) -> Item:  # two equations joined by "and"
    a, b, c, d = (rng.randint(1, 9) for _ in range(4))
    x, y = rng.randint(-9, 12), rng.randint(-9, 12)
    if a * d + b * c == 0:
        return q_sys_and(rng)
    one, two = expr([(a, "x"), (b, "y")]), expr([(c, "x"), (-d, "y")])
    return item("Q_a_sys_and", "math", f"solve {one} = {a * x + b * y} and {two} = {c * x - d * y}",
                roots_of("x", x) + roots_of("y", y))


def q_sys_cafe(rng: random.Random) -> Item:  # two prices from two orders
    cof, muf = F(rng.randint(180, 450), 100), F(rng.randint(150, 400), 100)
    a, b, c, d = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4)
    if a * d == b * c or cof == muf:
        return q_sys_cafe(rng)
    def order(n: int, m: int) -> str:
        return (f"{n} coffee{'s' if n > 1 else ''} and {m} muffin{'s' if m > 1 else ''} cost "
                f"{float(n * cof + m * muf):.2f}")
    return item("Q_a_sys_cafe", "math", f"{order(a, b)}; {order(c, d)}. how much is one "
                "coffee and how much is one muffin?", [money(cof), money(muf)])


def q_sys_three(rng: random.Random) -> Item:  # three unknowns, one equation per line
    while True:
        m = [[rng.randint(-2, 4) for _ in range(3)] for _ in range(3)]
        det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
               - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
               + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
        if det and all(any(r) for r in m):
            break
    s = [rng.randint(-6, 9) for _ in range(3)]
    lines = [f"{expr([(r[0], 'x'), (r[1], 'y'), (r[2], 'z')])} = "
             f"{sum(c * v for c, v in zip(r, s, strict=True))}" for r in m]
    return item("Q_a_sys_three", "math", "x, y, z = ?\n" + "\n".join(lines),
                roots_of("x", s[0]) + roots_of("y", s[1]) + roots_of("z", s[2]))


def q_sum_diff(rng: random.Random) -> Item:  # two numbers from their sum and difference
    a, b = rng.randint(10, 300), rng.randint(1, 200)
    return item("Q_a_sum_diff", "math", f"two numbers have a sum of {2 * a + b} and a difference "
                f"of {b}. what are they?", [whole(a), whole(a + b)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    q_deriv_poly, q_deriv_at, q_deriv_sin, q_deriv_exp, q_second_deriv, q_tangent,
    q_stationary, q_antideriv, q_definite, q_definite_mixed, q_limit_hole, q_limit_sin,
    q_limit_inf, q_det2, q_det3, q_dot, q_cross, q_norm, q_eigen, q_inverse, q_mat_vec,
    q_sys_and, q_sys_cafe, q_sys_three, q_sum_diff)]
