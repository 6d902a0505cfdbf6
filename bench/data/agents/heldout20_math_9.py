"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 9: factoring,
simplifying, exponential and log equations, absolute values, parabolas, functions and lines."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import (
    Made,
    dec,
    fam,
    lab,
    num,
    pick,
)
from bench.data.agents.heldout20_math_2 import (
    lin,
    point,
    quad,
    roots2,
    sgn,
    xs,
)
from bench.data.agents.helpers import Family


@fam
def fam_factor(rng: random.Random) -> Made:
    p, q = rng.sample([i for i in range(-9, 10) if i], 2)
    if p + q == 0:
        return None
    text = pick(rng, ["factor {e}", "factorise {e}", "how does {e} factor?"]).format(
        e=quad(1, p + q, p * q)
    )
    f1, f2 = f"(x {sgn(p)})", f"(x {sgn(q)})"
    return text, [[f1 + f2, f2 + f1]]


@fam
def fam_like_terms(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 8), rng.randint(2, 8)
    k = rng.randint(1, 12)
    x, y = a - c, b + d
    if x in (0, 1, -1):
        return None
    ans = f"{x}x {'+' if y > 0 else '-'} {abs(y)}y - {k}"
    text = pick(
        rng,
        ["simplify {a}x + {b}y - {c}x + {d}y - {k}", "collect like terms: {a}x+{b}y-{c}x+{d}y-{k}"],
    ).format(a=a, b=b, c=c, d=d, k=k)
    alt = f"{y}y {'+' if x > 0 else '-'} {abs(x)}x - {k}"
    return text, [[ans, alt]]


@fam
def fam_evaluate_expression(rng: random.Random) -> Made:
    x, y = rng.randint(-5, 6), rng.randint(-5, 6)
    if x == 0 or y == 0:
        return None
    a, b = rng.randint(2, 5), rng.randint(2, 6)
    val = a * x * x - b * x * y + y * y
    text = pick(
        rng,
        [
            "if x = {x} and y = {y}, what is {a}x^2 - {b}xy + y^2?",
            "evaluate {a}x² − {b}xy + y² for x={x}, y={y}",
        ],
    ).format(x=x, y=y, a=a, b=b)
    return text, [num(val)]


@fam
def fam_exponential_equation(rng: random.Random) -> Made:
    base = rng.choice([2, 3, 5, 4])
    x = rng.randint(1, 9)
    var = rng.choice(["x", "n", "t"])
    k = rng.randint(0, 3)
    if base ** (x + k) > 10**6:
        return None
    text = (
        pick(
            rng,
            [
                "solve {b}^(x + {k}) = {v}",
                "{b}^(x+{k}) = {v}, x = ?",
                "find x: {b} to the power (x + {k}) equals {v}",
            ],
        )
        .format(b=base, k=k, v=base ** (x + k))
        .replace("x", var)
    )
    if k == 0:
        text = text.replace(" + 0", "").replace("+0", "").replace(f"({var})", var)
    return text, [xs(F(x), var)]


@fam
def fam_log_value(rng: random.Random) -> Made:
    b = rng.choice([2, 3, 5, 10, 4])
    e = rng.randint(-3, 9)
    if b ** abs(e) > 10**7 or e in (0, 1):
        return None
    arg = F(b) ** e
    shown = (
        dec(arg)
        if arg.denominator == 1 or b in (2, 5, 10, 4)
        else f"{arg.numerator}/{arg.denominator}"
    )
    text = pick(
        rng, ["log base {b} of {a}?", "what is log_{b}({a})", "evaluate log{b} {a}"]
    ).format(b=b, a=shown)
    if b == 10 and rng.random() < 0.5:
        text = f"what's log({shown})? (base 10)"
    return text, [num(e)]


@fam
def fam_log_equation(rng: random.Random) -> Made:
    b, e = rng.choice([2, 3, 4, 5, 6, 7]), rng.randint(2, 5)
    k = rng.randint(0, 20)
    if b**e > 50000:
        return None
    text = pick(
        rng, ["solve log_{b}(x - {k}) = {e}", "log base {b} of (x - {k}) equals {e}; what's x?"]
    ).format(b=b, k=k, e=e)
    if k == 0:
        text = text.replace("(x - 0)", "(x)")
    return text, [xs(F(b**e + k))]


@fam
def fam_absolute_value(rng: random.Random) -> Made:
    a, b, c = rng.choice([1, 2, 3, 4]), rng.randint(-9, 9), rng.randint(2, 20)
    r1, r2 = F(c - b, a), F(-c - b, a)
    inner = lin(a, b)
    text = pick(
        rng, ["solve |{i}| = {c}", "|{i}| = {c}, find x", "find both solutions of |{i}|={c}"]
    ).format(i=inner, c=c)
    return text, roots2(r1, r2)


@fam
def fam_vertex(rng: random.Random) -> Made:
    h, k = rng.randint(-7, 7), rng.randint(-10, 10)
    a = rng.choice([1, 1, 2, -1, 3])
    b, c = -2 * a * h, a * h * h + k
    text = pick(
        rng,
        [
            "vertex of y = {e}?",
            "what is the vertex of the parabola y = {e}",
            "complete the square for y = {e} — where's the turning point?",
        ],
    ).format(e=quad(a, b, c))
    return text, [point(h, k)]


@fam
def fam_discriminant(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 6), rng.randint(-12, 12), rng.randint(-10, 10)
    d = b * b - 4 * a * c
    text = pick(
        rng,
        ["discriminant of {e}?", "what's b²-4ac for {e} = 0", "compute the discriminant of {e}=0"],
    ).format(e=quad(a, b, c))
    return text, [num(d)]


@fam
def fam_sum_product_roots(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 6), rng.randint(-15, 15), rng.randint(-12, 12)
    if not b or not c:
        return None
    s, p = F(-b, a), F(c, a)
    text = pick(
        rng,
        [
            "For {e} = 0, what's the sum and the product of the roots?",
            "sum of roots and product of roots of {e}=0?",
        ],
    ).format(e=quad(a, b, c))
    return text, [
        lab(["sum"], num(s)) + [f"{n} (sum" for n in num(s)],
        lab(["product"], num(p)) + [f"{n} (product" for n in num(p)],
    ]


@fam
def fam_function_value(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-10, 10)
    x = rng.randint(-5, 6)
    f = quad(a, b, c)
    name = rng.choice(["f", "g", "h"])
    text = pick(
        rng,
        [
            "{n}(x) = {f}. find {n}({x})",
            "if {n}(x) = {f}, what's {n}({x})?",
            "evaluate {f} at x = {x}",
        ],
    ).format(n=name, f=f, x=x)
    return text, [num(a * x * x + b * x + c)]


@fam
def fam_composition(rng: random.Random) -> Made:
    a, b = rng.randint(2, 6), rng.randint(-8, 8)
    c = rng.randint(-5, 5)
    x = rng.randint(-4, 5)
    g = x * x + c
    val = a * g + b
    text = pick(
        rng,
        [
            "f(x) = {f} and g(x) = {g}. What's f(g({x}))?",
            "with f(x)={f}, g(x)={g}, compute f(g({x}))",
        ],
    ).format(f=lin(a, b), g=quad(1, 0, c), x=x)
    return text, [num(val)]


@fam
def fam_inverse_function(rng: random.Random) -> Made:
    a, b, d = rng.randint(2, 9), rng.randint(-9, 9), rng.choice([1, 2, 3, 4, 5])
    y = rng.randint(-5, 15)
    x = F(d * y - b, a)
    fx = f"({lin(a, b)})/{d}" if d != 1 else lin(a, b)
    text = pick(
        rng,
        [
            "If f(x) = {f}, what is f⁻¹({y})?",
            "f(x) = {f}. find the inverse function's value at {y}",
            "for f(x)={f}, which x gives f(x) = {y}?",
        ],
    ).format(f=fx, y=y)
    return text, [num(x)]


@fam
def fam_slope(rng: random.Random) -> Made:
    x1, y1, x2, y2 = (rng.randint(-9, 12) for _ in range(4))
    if x1 == x2 or y1 == y2:
        return None
    m = F(y2 - y1, x2 - x1)
    text = pick(
        rng,
        [
            "slope of the line through ({a}, {b}) and ({c}, {d})?",
            "what's the gradient between ({a},{b}) and ({c},{d})",
            "find m for points ({a}, {b}), ({c}, {d})",
        ],
    ).format(a=x1, b=y1, c=x2, d=y2)
    return text, [num(m)]


@fam
def fam_line_equation(rng: random.Random) -> Made:
    m, c = rng.choice([i for i in range(-5, 7) if i]), rng.randint(-9, 9)
    if c == 0:  # "y = 3x" would also match inside a wrong "y = 3x + 2"
        return None
    x1, x2 = rng.sample(range(-4, 7), 2)
    text = pick(
        rng,
        [
            "equation of the line through ({a}, {b}) and ({c}, {d}) in y = mx + b form",
            "find y=mx+c for the line through ({a},{b}) and ({c},{d})",
        ],
    ).format(a=x1, b=m * x1 + c, c=x2, d=m * x2 + c)
    mx = "x" if m == 1 else "-x" if m == -1 else f"{m}x"
    ans = mx if c == 0 else f"{mx} {sgn(c)}"
    return text, [[f"y = {ans}"]]


@fam
def fam_midpoint(rng: random.Random) -> Made:
    x1, y1, x2, y2 = (rng.randint(-12, 14) for _ in range(4))
    if (x1, y1) == (x2, y2):
        return None
    text = pick(
        rng,
        [
            "midpoint of ({a}, {b}) and ({c}, {d})?",
            "what point is halfway between ({a},{b}) and ({c},{d})",
        ],
    ).format(a=x1, b=y1, c=x2, d=y2)
    return text, [point(F(x1 + x2, 2), F(y1 + y2, 2))]


@fam
def fam_distance_points(rng: random.Random) -> Made:
    dx, dy = rng.choice([(3, 4), (5, 12), (8, 15), (7, 24), (20, 21)])
    m = rng.randint(1, 3)
    dx, dy = (dx * m, dy * m) if rng.random() < 0.5 else (dy * m, dx * m)
    x1, y1 = rng.randint(-6, 6), rng.randint(-6, 6)
    sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
    text = pick(
        rng,
        [
            "distance between ({a}, {b}) and ({c}, {d})?",
            "how far apart are the points ({a},{b}) and ({c},{d})",
        ],
    ).format(a=x1, b=y1, c=x1 + sx * dx, d=y1 + sy * dy)
    return text, [num(math.isqrt(dx * dx + dy * dy))]


@fam
def fam_line_intersection(rng: random.Random) -> Made:
    x, y = rng.randint(-6, 8), rng.randint(-6, 10)
    m1, m2 = rng.sample([i for i in range(-4, 6) if i], 2)
    c1, c2 = y - m1 * x, y - m2 * x
    l1 = lin(m1, c1)
    l2 = lin(m2, c2)
    text = pick(
        rng, ["where do y = {a} and y = {b} intersect?", "intersection point of y={a} and y={b}"]
    ).format(a=l1, b=l2)
    return text, [point(x, y)]


@fam
def fam_perpendicular_slope(rng: random.Random) -> Made:
    a, b = rng.choice([i for i in range(-7, 8) if i]), rng.randint(2, 9)
    c = rng.randint(1, 30)
    m = F(-a, b)
    perp = -1 / m
    text = pick(
        rng,
        [
            "what's the slope of a line perpendicular to {a}x + {b}y = {c}?",
            "gradient perpendicular to the line {a}x+{b}y={c}",
        ],
    ).format(a=a, b=b, c=c)
    text = text.replace("1x", "x").replace("+ -", "- ").replace("+-", "-")
    return text, [num(perp)]


@fam
def fam_remainder_theorem(rng: random.Random) -> Made:
    a, b, c = rng.randint(-5, 5), rng.randint(-9, 9), rng.randint(-12, 12)
    r = rng.choice([i for i in range(-4, 5) if i])
    val = r**3 + a * r * r + b * r + c
    p = (
        "x^3"
        + (f" {'+' if a > 0 else '-'} {'' if abs(a) == 1 else abs(a)}x^2" if a else "")
        + (f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x" if b else "")
        + (f" {sgn(c)}" if c else "")
    )
    div = f"x - {r}" if r > 0 else f"x + {-r}"
    text = pick(
        rng, ["remainder when {p} is divided by ({d})?", "what's left over dividing {p} by {d}"]
    ).format(p=p, d=div)
    return text, [num(val)]


@fam
def fam_formula_substitution(rng: random.Random) -> Made:
    u, a, t = rng.randint(0, 20), rng.randint(2, 10), rng.randint(2, 12)
    v = u + a * t
    kind = rng.choice(["t", "a"])
    if kind == "t":
        text = pick(
            rng,
            [
                "Using v = u + at, find t when v = {v}, u = {u}, a = {a}.",
                "v=u+at with v={v}, u={u} and a={a}. what's t?",
            ],
        ).format(v=v, u=u, a=a)
        return text, [lab(["t"], num(t))]
    text = pick(
        rng,
        [
            "Using v = u + at, find a if v = {v}, u = {u} and t = {t}",
            "v = u + a t: v={v}, u={u}, t={t}. solve for a",
        ],
    ).format(v=v, u=u, t=t)
    return text, [lab(["a"], num(a))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_factor, fam_like_terms, fam_evaluate_expression, fam_exponential_equation, fam_log_value,
    fam_log_equation, fam_absolute_value, fam_vertex, fam_discriminant, fam_sum_product_roots,
    fam_function_value, fam_composition, fam_inverse_function, fam_slope, fam_line_equation,
    fam_midpoint, fam_distance_points, fam_line_intersection, fam_perpendicular_slope,
    fam_remainder_theorem, fam_formula_substitution)]
