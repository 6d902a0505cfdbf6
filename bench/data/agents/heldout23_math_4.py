"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 4: derivatives, integrals,
limits, matrices and vectors."""

from __future__ import annotations

import math
import re
from fractions import Fraction as F

import sympy

from bench.data.agents.heldout23_math import fam, frac, num, pick
from bench.data.agents.heldout23_math_3 import X, eforms, pair
from bench.data.agents.helpers import Family


def show(expr: sympy.Expr) -> str:
    return str(expr).replace("**", "^").replace("*", "")


def vec(values: list[int]) -> list[str]:
    inner = ",".join(str(v) for v in values)
    return [
        f"({inner})",
        f"[{inner}]",
        f"<{inner}>",
        f"⟨{inner}⟩",
        f"Matrix([{inner}])",
        "(" + ",".join(f"{v}" for v in values) + ")",
    ]


@fam
def deriv_poly(rng):
    cs = [rng.randint(1, 9) * rng.choice([-1, 1]) for _ in range(3)]
    n = rng.randint(3, 6)
    e = cs[0] * X**n + cs[1] * X**2 + cs[2] * X + rng.randint(1, 9)
    return pick(
        rng, f"d/dx of {show(e)}", f"differentiate {show(e)}", f"derivative of {show(e)}?"
    ), [eforms(sympy.diff(e, X))]


@fam
def deriv_product(rng):
    n = rng.randint(2, 8)
    f, name = rng.choice(
        [
            (sympy.sin(X), "sin x"),
            (sympy.cos(X), "cos x"),
            (sympy.exp(X), "e^x"),
            (sympy.log(X), "ln x"),
        ]
    )
    e = X**n * f
    d = sympy.diff(e, X)
    forms = eforms(d) + eforms(sympy.expand(d)) + eforms(sympy.factor(d))
    forms += [s.replace("exp(x)", "e^x").replace("log(x)", "ln(x)") for s in forms]
    forms += [s.replace("(x)", "x") for s in forms]
    forms += [re.sub(r"\(((?:[^()]|\(x\))*)\+1\)", r"(1+\1)", s) for s in forms]
    forms += [re.sub(r"\^(\d)", lambda m: "⁰¹²³⁴⁵⁶⁷⁸⁹"[int(m.group(1))], s) for s in forms]
    return pick(
        rng,
        f"d/dx of x^{n} {name}",
        f"differentiate x^{n}·{name}",
        f"derivative of x^{n} times {name}?",
    ), [list(dict.fromkeys(forms))]


@fam
def deriv_at_point(rng):
    a, b, c, x0 = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-4, 5)
    e = a * X**3 + b * X**2 + c * X
    return (f"f(x) = {show(e)}. what's f'({x0})?"), [num(int(sympy.diff(e, X).subs(X, x0)), 0)]


@fam
def deriv_chain(rng):
    a, b, n = rng.randint(2, 7), rng.randint(1, 9), rng.randint(3, 8)
    d = n * a
    forms = [
        f"{d}({a}x+{b})^{n - 1}",
        f"{d}*({a}*x+{b})**{n - 1}",
        f"{d}*({a}x+{b})^{n - 1}",
        f"{d}({b}+{a}x)^{n - 1}",
        f"{d}*({a}*x+{b})^{n - 1}",
    ]
    return pick(rng, f"derivative of ({a}x + {b})^{n}", f"d/dx ({a}x+{b})^{n} pls"), [forms]


@fam
def deriv_exp(rng):
    k, c = rng.randint(2, 9), rng.randint(2, 6)
    d = c * k
    forms = [
        f"{d}e^({k}x)",
        f"{d}*exp({k}*x)",
        f"{d}e^{k}x",
        f"{d}e^{{{k}x}}",
        f"{d}exp({k}x)",
        f"{d}*e^({k}x)",
    ]
    return pick(rng, f"differentiate {c}e^({k}x)", f"what's d/dx of {c}e^{k}x"), [forms]


@fam
def deriv_ln(rng):
    a, b = rng.randint(1, 6), rng.randint(1, 9)
    ax = f"{a}x^2" if a > 1 else "x^2"
    top = 2 * a
    forms = [
        f"{top}x/({ax}+{b})",
        f"{top}*x/({a}*x**2+{b})".replace("1*x**2", "x**2"),
        f"{top}x/({b}+{ax})",
        f"({top}x)/({ax}+{b})",
        f"{top}x/({ax.replace('^2', '²')}+{b})",
    ]
    return pick(rng, f"d/dx ln({ax} + {b})", f"derivative of ln({ax}+{b})"), [forms]


@fam
def definite_poly(rng):
    a, b, hi = rng.randint(1, 6), rng.randint(-5, 8), rng.randint(1, 5)
    lo = rng.randint(-2, hi - 1)
    e = a * X**2 + b * X
    v = sympy.integrate(e, (X, lo, hi))
    forms = frac(F(str(v)))
    if (F(str(v)) * 10**6).denominator != 1:  # a repeating decimal: its rounded forms too
        forms += [f"{float(F(str(v))):.2f}", f"{float(F(str(v))):.3f}"]
    return pick(
        rng, f"integrate {show(e)} from {lo} to {hi}", f"∫ from {lo} to {hi} of ({show(e)}) dx"
    ), [forms]


@fam
def indefinite_poly(rng):
    a, b, c = rng.randint(1, 4) * 3, rng.randint(1, 5) * 2 * rng.choice([-1, 1]), rng.randint(1, 9)
    e = a * X**2 + b * X + c
    return pick(
        rng,
        f"∫({show(e)}) dx",
        f"integrate {show(e)} with respect to x",
        f"antiderivative of {show(e)}?",
    ), [eforms(sympy.integrate(e, X))]


@fam
def integral_reciprocal(rng):
    a = rng.randint(2, 60)
    return pick(
        rng,
        f"∫ from 1 to {a} of 1/x dx",
        f"area under 1/x from x=1 to x={a}? exact + 3 dp",
        f"integral of 1/x between 1 and {a}, exact and to 3 dp",
    ), [[f"ln({a})", f"log({a})", f"ln{a}", f"{math.log(a):.3f}"]]


@fam
def limit_cancel(rng):
    a = rng.randint(1, 30)
    return pick(
        rng,
        f"what does (x^2 - {a * a})/(x - {a}) approach as x tends to {a}?",
        f"limit as x→{a} of (x^2 - {a * a})/(x - {a})",
        f"lim x->{a} (x²-{a * a})/(x-{a})",
    ), [num(2 * a, 0)]


@fam
def limit_infinity(rng):
    a, b, c, d = rng.randint(1, 9), rng.randint(1, 9), rng.randint(2, 9), rng.randint(1, 9)
    if a == c:
        return None
    return (f"what's the limit as x goes to infinity of ({a}x^2 + {b})/({c}x^2 - {d}x)"), [
        frac(F(a, c))
    ]


@fam
def limit_sin(rng):
    k, m = rng.randint(2, 9), rng.randint(1, 5)
    return pick(
        rng, f"lim x→0 of sin({k}x)/({m}x)", f"limit of sin({k}x)/{m}x as x approaches 0"
    ).replace("(1x)", "x").replace("/1x", "/x"), [frac(F(k, m))]


@fam
def ball_velocity(rng):
    v0, h0, t = rng.randint(10, 30), rng.randint(1, 20), rng.randint(1, 3)
    v = -10 * t + v0
    return (
        f"height of a ball is h(t) = -5t^2 + {v0}t + {h0} metres. how fast is it moving "
        "(velocity, m/s, "
        f"negative if falling) at t = {t} s?"
    ), [num(v, 0)]


@fam
def profit_max(rng):
    a, peak, c = rng.randint(1, 5), rng.randint(10, 80), rng.randint(100, 900)
    b = 2 * a * peak
    return (
        f"my profit is P(x) = -{a}x^2 + {b}x - {c} where x is units sold. how many units maximise "
        "profit?"
    ), [num(peak, 0)]


@fam
def area_under(rng):
    k, hi = rng.randint(1, 6), rng.randint(2, 9)
    v = F(k * hi**3, 3)
    kx = f"{k}x^2" if k > 1 else "x^2"
    return pick(
        rng,
        f"area under y = {kx} between x = 0 and x = {hi}?",
        f"find the area between the curve y={kx}, the x-axis and x={hi} (from x=0)",
    ), [frac(v) + ([f"{float(v):.2f}", f"{float(v):.3f}"] if v.denominator != 1 else [])]


@fam
def second_derivative(rng):
    a, b, x0 = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-3, 4)
    e = a * X**4 + b * X**3 + X
    return (f"second derivative of {show(e)} at x = {x0}?"), [
        num(int(sympy.diff(e, X, 2).subs(X, x0)), 0)
    ]


@fam
def critical_points(rng):
    p, q = rng.sample(range(-5, 6), 2)
    # f'(x) = 3(x-p)(x-q)
    e = sympy.integrate(3 * (X - p) * (X - q), X)
    return (f"find the x-values of the stationary points of f(x) = {show(sympy.expand(e))}"), [
        pair(F(p), F(q))
    ]


@fam
def det2(rng):
    m = [rng.randint(-9, 12) for _ in range(4)]
    return pick(
        rng,
        f"determinant of [[{m[0]}, {m[1]}], [{m[2]}, {m[3]}]]",
        f"det of the matrix {m[0]} {m[1]} / {m[2]} {m[3]}",
    ), [num(m[0] * m[3] - m[1] * m[2], 0)]


@fam
def det3(rng):
    m = [[rng.randint(-5, 6) for _ in range(3)] for _ in range(3)]
    d = sympy.Matrix(m).det()
    rows = ", ".join("[" + ", ".join(map(str, r)) + "]" for r in m)
    return (f"what's the determinant of [{rows}]?"), [num(int(d), 0)]


@fam
def dot_product(rng):
    u, v = [rng.randint(-9, 9) for _ in range(3)], [rng.randint(-9, 9) for _ in range(3)]
    return pick(
        rng,
        f"dot product of ({u[0]}, {u[1]}, {u[2]}) and ({v[0]}, {v[1]}, {v[2]})",
        f"u = <{u[0]},{u[1]},{u[2]}>, v = <{v[0]},{v[1]},{v[2]}>, u·v = ?",
    ), [num(sum(a * b for a, b in zip(u, v, strict=True)), 0)]


@fam
def cross_product(rng):
    u, v = [rng.randint(-6, 6) for _ in range(3)], [rng.randint(-6, 6) for _ in range(3)]
    c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if c == [0, 0, 0]:
        return None
    return (f"cross product of ({u[0]}, {u[1]}, {u[2]}) × ({v[0]}, {v[1]}, {v[2]})?"), [vec(c)]


@fam
def magnitude(rng):
    t = rng.choice(
        [
            (3, 4, 12),
            (2, 3, 6),
            (1, 4, 8),
            (4, 4, 7),
            (2, 6, 9),
            (6, 6, 7),
            (2, 10, 11),
            (1, 2, 2),
            (12, 15, 16),
            (8, 9, 12),
        ]
    )
    signs = [rng.choice([-1, 1]) * x for x in t]
    rng.shuffle(signs)
    k = rng.randint(1, 3)
    signs = [k * s for s in signs]
    length = k * math.isqrt(sum(x * x for x in t))
    return pick(
        rng,
        f"length of the vector ({signs[0]}, {signs[1]}, {signs[2]})?",
        f"magnitude of <{signs[0]}, {signs[1]}, {signs[2]}>",
    ), [num(length, 0)]


@fam
def angle_between(rng):
    u, v = [rng.randint(-5, 6) for _ in range(2)], [rng.randint(-5, 6) for _ in range(2)]
    nu, nv = math.hypot(*u), math.hypot(*v)
    if not nu or not nv:
        return None
    ang = math.degrees(math.acos(max(-1, min(1, (u[0] * v[0] + u[1] * v[1]) / (nu * nv)))))
    if abs(ang * 10 - round(ang * 10) - 0.5) < 0.02 or abs((ang * 10) % 1 - 0.5) < 0.02:
        return None
    return (
        f"angle between vectors ({u[0]}, {u[1]}) and ({v[0]}, {v[1]}) in degrees, 1 decimal?"
    ), [num(F(round(ang, 1)).limit_denominator(10), 1)]


@fam
def eigenvalues(rng):
    l1, l2 = rng.sample(range(-4, 8), 2)
    b = rng.randint(1, 5)
    m = (
        sympy.Matrix([[1, 0], [1, 1]])
        * sympy.Matrix([[l1, b], [0, l2]])
        * sympy.Matrix([[1, 0], [-1, 1]])
    )
    vals = pair(F(l1), F(l2))
    lo, hi = sorted((l1, l2))
    vals += [s.replace("x", "λ") for s in vals] + [
        f"λ₁={l1},λ₂={l2}",
        f"λ₁={l2},λ₂={l1}",
        f"{lo}and{hi}",
        f"{hi}and{lo}",
        f"{lo},{hi}",
        f"{hi},{lo}",
    ]
    return (f"eigenvalues of [[{m[0, 0]}, {m[0, 1]}], [{m[1, 0]}, {m[1, 1]}]]?"), [vals]


@fam
def solve_axb(rng):
    x, y = rng.randint(-5, 9), rng.randint(-5, 9)
    a = [[rng.randint(1, 6), rng.randint(-4, 5)], [rng.randint(-4, 5), rng.randint(1, 6)]]
    if a[0][0] * a[1][1] - a[0][1] * a[1][0] == 0:
        return None
    b = [a[0][0] * x + a[0][1] * y, a[1][0] * x + a[1][1] * y]
    return (
        f"solve A·v = b with A = [[{a[0][0]}, {a[0][1]}], [{a[1][0]}, {a[1][1]}]] and b = "
        f"({b[0]}, {b[1]}), "
        f"v = (x, y)"
    ), [[f"x={x}", f"({x},{y})"], [f"y={y}", f"({x},{y})"]]


@fam
def vector_combo(rng):
    u, v = [rng.randint(-6, 6) for _ in range(3)], [rng.randint(-6, 6) for _ in range(3)]
    a, b = rng.randint(2, 4), rng.randint(2, 4)
    w = [a * p - b * q for p, q in zip(u, v, strict=True)]
    return (f"u = ({u[0]}, {u[1]}, {u[2]}), v = ({v[0]}, {v[1]}, {v[2]}). what's {a}u - {b}v?"), [
        vec(w)
    ]


@fam
def trace_product(rng):
    a = [rng.randint(-4, 6) for _ in range(4)]
    b = [rng.randint(-4, 6) for _ in range(4)]
    m = sympy.Matrix(2, 2, a) * sympy.Matrix(2, 2, b)
    return (
        f"A = [[{a[0]}, {a[1]}], [{a[2]}, {a[3]}]], B = [[{b[0]}, {b[1]}], [{b[2]}, {b[3]}]]. "
        f"what is the trace of AB?"
    ), [num(int(m.trace()), 0)]


@fam
def matrix_power_entry(rng):
    a, b = rng.randint(1, 3), rng.randint(1, 9)
    n = rng.randint(3, 7)
    m = sympy.Matrix([[a, b], [0, 1]]) ** n
    return (f"if M = [[{a}, {b}], [0, 1]], what's the top-right entry of M^{n}?"), [
        num(int(m[0, 1]), 0)
    ]


@fam
def tangent_line(rng):
    a, b, x0 = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-3, 4)
    f0 = a * x0 * x0 + b * x0
    slope = 2 * a * x0 + b
    icpt = f0 - slope * x0
    m = f"{slope}x" if slope not in (0, 1, -1) else {0: "", 1: "x", -1: "-x"}[slope]
    line = m + (f"+{icpt}" if icpt > 0 and m else (str(icpt) if icpt < 0 or not m else ""))
    if not line:
        line = "0"
    e = slope * X + icpt
    bx = f"+ {b}x" if b > 0 else (f"- {-b}x" if b < 0 else "")
    return (
        f"equation of the tangent to y = {a if a > 1 else ''}x^2 {bx} at x = {x0}?".replace(
            "  ", " "
        )
    ), [[f"y={line}"] + [f"y={s}" for s in eforms(e)]]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        deriv_poly,
        deriv_product,
        deriv_at_point,
        deriv_chain,
        deriv_exp,
        deriv_ln,
        definite_poly,
        indefinite_poly,
        integral_reciprocal,
        limit_cancel,
        limit_infinity,
        limit_sin,
        ball_velocity,
        profit_max,
        area_under,
        second_derivative,
        critical_points,
        det2,
        det3,
        dot_product,
        cross_product,
        magnitude,
        angle_between,
        eigenvalues,
        solve_axb,
        vector_combo,
        trace_product,
        matrix_power_entry,
        tangent_line,
    )
]
