"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 4: graph shifts,
inequalities, algebraic simplifying and factoring, partial derivatives, optimisation, related
rates, integrals, limits and vectors."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_math import F, Made, family, frac, money, near, num, whole
from bench.data.agents.helpers import Family, poly


def sgn(n: int, var: str = "") -> str:
    return f"+ {n}{var}" if n >= 0 else f"- {-n}{var}"


def point(*coords: int) -> list[str]:
    inner = ",".join(str(c) for c in coords)
    return [f"({inner})", f"[{inner}]", f"<{inner}>", f"⟨{inner}⟩"]


@family
def shifted_vertex(rng: random.Random) -> Made:
    h, k = rng.randint(-6, 6), rng.randint(-9, 9)
    p, q = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5]), rng.choice([-7, -5, -3, -1, 1, 2, 4, 6])
    f = poly(-2 * h, h * h + k)
    move = f"f(x {sgn(-p)})" if p else "f(x)"
    return (f"f(x) = {f}. if g(x) = {move} {sgn(q)}, what's the vertex of g?",
            [[*point(h + p, k + q), f"x = {h + p}, y = {k + q}", f"x={h + p},y={k + q}"]])


@family
def integers_in_both(rng: random.Random) -> Made:
    a, b = rng.randint(2, 6), rng.choice([x for x in range(-12, 13) if x])
    c, d = rng.randint(2, 5), rng.choice([x for x in range(-10, 11) if x])
    hi, lo = rng.randint(10, 60), rng.randint(-40, 0)
    upper = F(hi - b, a)
    lower = F(lo - d, c)
    top = math.ceil(upper) - 1
    bottom = math.ceil(lower)
    count = top - bottom + 1
    if count <= 1:
        return None
    return (f"how many integers x satisfy both {a}x {sgn(b)} < {hi} and {c}x {sgn(d)} ≥ {lo}?",
            [whole(count)])


@family
def cancel_rational(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.choice([x for x in range(-9, 10) if x])
    if b == -a:
        return None
    num_ = f"x^2 - {a * a}"
    den = poly(a + b, a * b)
    minus, plus = f"x-{a}", (f"x+{b}" if b > 0 else f"x-{-b}")
    return (f"Simplify ({num_}) / ({den}) fully.",
            [[f"({minus})/({plus})", f"\\frac{{{minus}}}{{{plus}}}"]])


@family
def factor_grouping(rng: random.Random) -> Made:
    a, b = rng.choice([x for x in range(-9, 10) if x]), rng.randint(1, 12)
    text = f"x³ {sgn(a)}x² {sgn(b)}x {sgn(a * b)}".replace(" 1x", " x")
    lin = f"x+{a}" if a > 0 else f"x-{-a}"
    forms = []
    for sq in ("x^2", "x²", "x**2", "x^{2}"):
        forms += [f"({lin})({sq}+{b})", f"({sq}+{b})({lin})"]
    return (f"factor by grouping: {text}", [forms])


@family
def rationalise_root(rng: random.Random) -> Made:
    n, k = rng.choice([2, 3, 5, 6, 7, 10, 11, 13]), rng.randint(2, 9)
    forms = [f"{k}√{n}", f"{k}√({n})", f"{k}sqrt({n})", f"{k}sqrt{n}", f"{k}\\sqrt{{{n}}}"]
    return (f"Rationalise the denominator and simplify: {k * n}/√{n}", [forms])


@family
def partial_at_point(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 6), rng.choice([-4, -3, -2, 2, 3, 5]), rng.randint(-9, 9)
    p, q = rng.randint(-4, 4), rng.randint(-3, 3)
    if rng.random() < 0.5:
        val, which = 2 * a * p * q + b * q ** 3, "∂f/∂x"
    else:
        val, which = a * p * p + 3 * b * p * q * q + c, "∂f/∂y"
    return (f"f(x, y) = {a}x²y {sgn(b)}xy³ {sgn(c)}y. Compute {which} at ({p}, {q}).",
            [whole(val)])


@family
def revenue_max_price(rng: random.Random) -> Made:
    bcoef = rng.choice([2, 4, 5, 8, 10, 20, 25])
    a = rng.randint(60, 900)
    p = F(a, 2 * bcoef)
    if (p * 100).denominator != 1:
        return None
    rev = p * (a - bcoef * p)
    if near(rev):
        return None
    return (f"Market research says if we charge p dollars for our candles we'll sell "
            f"{a} - {bcoef}p of them a week. Which price maximises weekly revenue, and what is "
            "that revenue?", [money(p), money(rev)])


@family
def ladder_slide_rate(rng: random.Random) -> Made:
    x, y, length = rng.choice([(3, 4, 5), (4, 3, 5), (6, 8, 10), (8, 6, 10), (5, 12, 13),
                               (12, 5, 13), (9, 12, 15), (12, 9, 15)])
    v = F(rng.choice([1, 2, 3, 4, 5, 6]), rng.choice([1, 2, 4, 10]))
    rate = x * v / y
    if near(rate, 2):
        return None
    return (f"A {length} m ladder leans against a wall. Its foot slides away from the wall at "
            f"{float(v):g} m/s. How fast is the top sliding down the wall when the foot is {x} m "
            "from the wall? (m/s, 2 dp or exact)", [num(rate, 2) + frac(rate)])


@family
def u_sub_definite(rng: random.Random) -> Made:
    n, k = rng.randint(2, 7), rng.choice([1, 2, 3])
    val = F(k) * (F(2) ** (n + 1) - 1) / (2 * (n + 1))
    lead = "" if k == 1 else str(k)
    return (f"∫₀¹ {lead}x(x² + 1)^{n} dx = ? exact answer", [frac(val)])


@family
def trapezoid_rule(rng: random.Random) -> Made:
    b, n = rng.randint(1, 6), rng.choice([2, 3, 4, 5, 6, 8])
    power = rng.choice([2, 3])
    h = F(b, n)
    ys = [(i * h) ** power for i in range(n + 1)]
    est = h / 2 * (ys[0] + 2 * sum(ys[1:-1]) + ys[-1])
    if near(est, 4):
        return None
    return (f"Use the trapezoidal rule with n = {n} subintervals to approximate the integral of "
            f"x^{power} from 0 to {b}. Give the exact value of the approximation or 4 dp.",
            [frac(est) + num(est, 4)])


@family
def arctan_area(rng: random.Random) -> Made:
    b = F(rng.randint(3, 60), 10)
    c = rng.randint(1, 9)
    val = c * math.atan(float(b))
    if near(val, 4):
        return None
    return (f"area under y = {c}/(1 + x²) between x = 0 and x = {float(b):g}? 4 decimal places",
            [num(val, 4)])


@family
def limit_power_quotient(rng: random.Random) -> Made:
    n, a = rng.randint(3, 9), rng.choice([-3, -2, 2, 3, 4, 5])
    return (f"find lim as x -> {a} of (x^{n} - {a ** n}) / (x {sgn(-a)})".replace("- -", "+ "),
            [whole(n * a ** (n - 1))])


@family
def matrix_times_vector(rng: random.Random) -> Made:
    m = [[rng.randint(-6, 9) for _ in range(2)] for _ in range(2)]
    v = [rng.randint(-7, 7), rng.randint(-7, 7)]
    out = [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]]
    forms = [*point(*out), f"[[{out[0]}],[{out[1]}]]", f"[{out[0]};{out[1]}]",
             f"({out[0]}|{out[1]})", f"[{out[0]}|{out[1]}]"]
    return (f"A = [[{m[0][0]}, {m[0][1]}], [{m[1][0]}, {m[1][1]}]], v = ({v[0]}, {v[1]}). "
            "What is Av?", [forms])


@family
def vector_combo(rng: random.Random) -> Made:
    u = [rng.randint(-6, 8) for _ in range(3)]
    v = [rng.randint(-6, 8) for _ in range(3)]
    s, t = rng.randint(2, 5), rng.randint(2, 4)
    out = [s * a - t * b for a, b in zip(u, v, strict=True)]
    return (f"u = ({u[0]}, {u[1]}, {u[2]}) and v = ({v[0]}, {v[1]}, {v[2]}). Work out "
            f"{s}u − {t}v.", [point(*out)])


@family
def parallelepiped_volume(rng: random.Random) -> Made:
    vs = [[rng.randint(-4, 5) for _ in range(3)] for _ in range(3)]
    a, b, c = vs
    cross = [b[1] * c[2] - b[2] * c[1], b[2] * c[0] - b[0] * c[2], b[0] * c[1] - b[1] * c[0]]
    vol = abs(sum(x * y for x, y in zip(a, cross, strict=True)))
    if vol == 0:
        return None
    fmt = [f"<{x[0]}, {x[1]}, {x[2]}>" for x in vs]
    return (f"Volume of the parallelepiped spanned by {fmt[0]}, {fmt[1]} and {fmt[2]}?",
            [whole(vol)])


@family
def triangle_area_3d(rng: random.Random) -> Made:
    pts = [[rng.randint(-5, 6) for _ in range(3)] for _ in range(3)]
    ab = [pts[1][i] - pts[0][i] for i in range(3)]
    ac = [pts[2][i] - pts[0][i] for i in range(3)]
    cr = [ab[1] * ac[2] - ab[2] * ac[1], ab[2] * ac[0] - ab[0] * ac[2],
          ab[0] * ac[1] - ab[1] * ac[0]]
    area = math.sqrt(sum(x * x for x in cr)) / 2
    if area == 0 or near(area, 2):
        return None
    names = ", ".join(f"{n}({p[0]}, {p[1]}, {p[2]})" for n, p in zip("PQR", pts, strict=True))
    return (f"Find the area of triangle {names} to 2 decimal places.", [num(area, 2)])


@family
def pyramid_from_slant(rng: random.Random) -> Made:
    half, h, slant = rng.choice([(3, 4, 5), (4, 3, 5), (5, 12, 13), (12, 5, 13), (8, 15, 17),
                                 (15, 8, 17), (7, 24, 25)])
    k = rng.choice([1, 2, 3])
    side, h, slant = 2 * half * k, h * k, slant * k
    vol = F(side * side * h, 3)
    return (f"A square pyramid has base edge {side} cm and slant height {slant} cm (measured up "
            "the middle of a face). What's its volume in cm³?", [frac(vol) + num(vol, 2)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    shifted_vertex, integers_in_both, cancel_rational, factor_grouping, rationalise_root,
    partial_at_point, revenue_max_price, ladder_slide_rate, u_sub_definite, trapezoid_rule,
    arctan_area, limit_power_quotient, matrix_times_vector, vector_combo,
    parallelepiped_volume, triangle_area_3d, pyramid_from_slant)]
