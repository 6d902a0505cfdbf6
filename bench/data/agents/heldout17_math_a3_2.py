"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a3-2: algebra, calculus,
sequences, matrices, vectors, geometry and trigonometry."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, one
from bench.data.agents.heldout17_math_a3 import close, dp, family, fr, ival
from bench.data.agents.helpers import Family


def tidy(text: str) -> str:
    """Writes polynomials as people do: no 1x, no + 0x² terms, no + -3."""
    text = text.replace("+ -", "- ")
    text = re.sub(r"(?<![\d.])1([xyt])", r"\1", text)
    text = re.sub(r" [+-] 0[xyt](\^\d|[²³])?(?![\d.])", "", text)
    return re.sub(r" [+-] 0(?![\d.])", "", text)


def tidied(make: Callable[[random.Random], Made]) -> Family:
    def inner(rng: random.Random) -> Made:
        made = make(rng)
        return None if made is None else (tidy(made[0]), made[1])
    inner.__name__ = make.__name__
    return family(inner)


def lin(a: int, b: int) -> str:
    """ax + b typed loosely."""
    head = "x" if a == 1 else ("-x" if a == -1 else f"{a}x")
    return head + (f" + {b}" if b > 0 else (f" - {-b}" if b < 0 else ""))


@tidied
def quadratic_decimal_roots(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 4), rng.randint(-12, 12), rng.randint(-20, 5)
    disc = b * b - 4 * a * c
    if disc <= 0 or math.isqrt(disc) ** 2 == disc:
        return None
    r1, r2 = sorted([(-b - math.sqrt(disc)) / (2 * a), (-b + math.sqrt(disc)) / (2 * a)])
    if close(r1, 2) or close(r2, 2):
        return None
    eq = f"{'' if a == 1 else a}x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} " \
         f"{abs(c)} = 0"
    return (f"solve {eq}, give both roots to 2 decimal places", [dp(r1, 2), dp(r2, 2)])


@tidied
def remainder_theorem(rng: random.Random) -> Made:
    co = [rng.randint(-5, 5) for _ in range(4)]
    co[0] = rng.randint(1, 4)
    a = rng.choice([-3, -2, -1, 1, 2, 3])
    value = sum(c * a ** (3 - i) for i, c in enumerate(co))
    p = f"{co[0]}x^3 + {co[1]}x^2 + {co[2]}x + {co[3]}".replace("+ -", "- ")
    div = f"x - {a}" if a > 0 else f"x + {-a}"
    return (f"What's the remainder when {p} is divided by ({div})?", [ival(value)])


@tidied
def factor_find_k(rng: random.Random) -> Made:
    a, b, c = rng.randint(-6, 6), rng.randint(-9, 9), rng.choice([-3, -2, -1, 1, 2, 3, 4])
    # x^3 + a x^2 + b x + k has factor (x - c)
    k = -(c ** 3 + a * c * c + b * c)
    if k == 0:
        return None
    p = f"x³ + {a}x² + {b}x + k".replace("+ -", "- ")
    div = f"x - {c}" if c > 0 else f"x + {-c}"
    return (f"Find k if ({div}) is a factor of {p}.", [[f"k = {k}", f"k={k}", f"k is {k}",
                                                          f"k = −{-k}" if k < 0 else f"k={k}"]])


@tidied
def quadratic_inequality(rng: random.Random) -> Made:
    r1, r2 = sorted(rng.sample(range(-8, 10), 2))
    b, c = -(r1 + r2), r1 * r2
    sign = rng.choice(["<", ">"])
    p = f"x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)}"
    if sign == "<":
        forms = [f"{r1} < x < {r2}", f"({r1}, {r2})", f"{r1}<x<{r2}", f"x > {r1} and x < {r2}"]
    else:
        forms = [f"x < {r1} or x > {r2}", f"x<{r1}orx>{r2}", f"(-∞, {r1}) ∪ ({r2}, ∞)",
                 f"(-inf, {r1}) u ({r2}, inf)", f"x > {r2} or x < {r1}", f"(−∞, {r1}) ∪ ({r2}, ∞)"]
    return (f"Solve the inequality {p} {sign} 0", [forms])


@tidied
def abs_equation(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(-10, 10), rng.randint(3, 20)
    s1, s2 = sorted([Fraction(c - b, a), Fraction(-c - b, a)])
    return (f"solve |{lin(a, b)}| = {c}", [fr(s1), fr(s2)])


@tidied
def avg_rate_change(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(-9, 9)
    x1 = rng.randint(-3, 3)
    x2 = x1 + rng.randint(1, 5)

    def f(x: int) -> int:
        return a * x * x + b * x + c
    value = Fraction(f(x2) - f(x1), x2 - x1)
    return (f"Average rate of change of f(x) = {a}x² + {b}x + {c} between x = {x1} and x = {x2}?"
            .replace("+ -", "- "), [fr(value)])


@tidied
def piecewise_eval(rng: random.Random) -> Made:
    cut, m, k = rng.randint(-2, 4), rng.randint(2, 6), rng.randint(-5, 5)
    x = rng.choice([cut - rng.randint(1, 4), cut + rng.randint(1, 4), cut])
    value = x * x + k if x < cut else m * x - 1
    return (f"f(x) = x^2 + {k} if x < {cut}, and {m}x - 1 if x ≥ {cut}. What is f({x})?"
            .replace("+ -", "- "), [ival(value)])


@tidied
def which_term(rng: random.Random) -> Made:
    a, d, n = rng.randint(-20, 30), rng.choice([3, 4, 5, 6, 7, 9, 11]), rng.randint(15, 90)
    v = a + (n - 1) * d
    seq = ", ".join(str(a + i * d) for i in range(4))
    return (f"In the sequence {seq}, … which term is {v}?", [[f"{n}th", f"term {n}",
                                                             f"n = {n}", f"n={n}", f"{n}st",
                                                             f"{n}nd", f"{n}rd"]])


@tidied
def geometric_ratio(rng: random.Random) -> Made:
    a, r = rng.randint(1, 6), rng.choice([2, 3, -2, 4, 5])
    i, j = sorted(rng.sample(range(2, 8), 2))
    if (j - i) % 2 == 0:
        return None
    return (f"A geometric sequence has u{i} = {a * r ** (i - 1)} and u{j} = {a * r ** (j - 1)}. "
            f"Find the first term (all terms are real).",
            [[f"a = {a}", f"u1 = {a}", f"first term is {a}", f"a={a}", f"u1={a}",
              f"first term = {a}", f"first term of {a}", f"u₁ = {a}", f"a₁ = {a}", f"a1 = {a}"]])


@tidied
def second_derivative(rng: random.Random) -> Made:
    c = [rng.randint(-6, 6) for _ in range(4)]
    c[0] = rng.randint(1, 5)
    x = rng.randint(-3, 4)
    value = 12 * c[0] * x * x + 6 * c[1] * x + 2 * c[2]
    p = f"{c[0]}x^4 + {c[1]}x^3 + {c[2]}x^2 + {c[3]}x".replace("+ -", "- ")
    return (f"f(x) = {p}. find f''({x})", [ival(value)])


@tidied
def inflection_cubic(rng: random.Random) -> Made:
    a, h = rng.choice([1, 2, 3, -1, -2]), rng.randint(-6, 6)
    b = -3 * a * h
    c, d = rng.randint(-10, 10), rng.randint(-10, 10)
    p = f"{a}x^3 + {b}x^2 + {c}x + {d}".replace("+ -", "- ")
    return (f"At what x-value does y = {p} have its point of inflection?",
            [[f"x = {h}", f"x={h}", f"x = −{-h}" if h < 0 else f"x={h}", f"({h},"]])


@tidied
def fence_wall_max(rng: random.Random) -> Made:
    fence = rng.randint(20, 200) * 2
    area = Fraction(fence * fence, 8)
    return (f"I have {fence} m of fencing to make a rectangular pen against a long barn wall "
            "(the wall is one side, no fence needed there). What's the biggest area I can "
            "enclose, in m²?", [dp(area, 1) + dp(area, 2)])


@tidied
def acceleration_at(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 4), rng.randint(-9, 9), rng.randint(-9, 9)
    t = rng.randint(1, 6)
    acc = 6 * a * t + 2 * b
    return (f"A particle's position is s(t) = {a}t³ + {b}t² + {c}t metres. What's its "
            f"acceleration at t = {t} s?".replace("+ -", "- "),
            [[f"{acc} m/s", f"{acc} m s", f"{acc}m/s", f"= {acc}", f"is {acc}", f"{acc} m·s",
              f"of {acc}"]])


@tidied
def integral_reciprocal(rng: random.Random) -> Made:
    a, b = sorted(rng.sample(range(1, 15), 2))
    k = rng.randint(1, 6)
    value = k * math.log(b / a)
    if close(value, 3):
        return None
    return (f"evaluate ∫ from {a} to {b} of {k}/x dx, 3 decimal places", [dp(value, 3)])


@tidied
def average_value_fn(rng: random.Random) -> Made:
    a, b = rng.randint(1, 6), rng.randint(-5, 5)
    top = rng.randint(1, 6)
    value = Fraction(a * top * top, 3) + Fraction(b * top, 2)
    return (f"Find the average value of f(x) = {a}x² + {b}x on [0, {top}].".replace("+ -", "- "),
            [fr(value)])


@tidied
def revolution_volume(rng: random.Random) -> Made:
    a, k = rng.randint(1, 4), rng.randint(1, 6)
    value = math.pi * k * k * a ** 5 / 5
    if close(value, 2):
        return None
    y = "x^2" if k == 1 else f"{k}x^2"
    return (one(rng, f"volume when y = {y}, 0 ≤ x ≤ {a}, is rotated about the x-axis? 2dp",
                f"Rotate the region under y = {y.replace('^2', '²')} from x = 0 to x = {a} about "
                "the x axis. Volume of the solid to 2 d.p.?"), [dp(value, 2)])


@tidied
def sqrt_integral(rng: random.Random) -> Made:
    r = rng.randint(2, 9)
    k = rng.randint(1, 5)
    value = Fraction(2 * k * r ** 3, 3)
    return (f"∫₀^{r * r} {k}√x dx = ?", [fr(value)])


@tidied
def initial_value_antideriv(rng: random.Random) -> Made:
    a, b, c0, x = rng.randint(1, 9), rng.randint(-9, 9), rng.randint(-10, 10), rng.randint(2, 6)
    value = a * x * x + b * x + c0
    return (f"F'(x) = {2 * a}x + {b} and F(0) = {c0}. What is F({x})?".replace("+ -", "- "),
            [ival(value)])


@tidied
def limit_compound_e(rng: random.Random) -> Made:
    k = rng.choice([2, 3, 4, 5, -1, -2, 0.5, 1.5])
    value = math.exp(k)
    if close(value, 3):
        return None
    return (f"What is the limit of (1 + {k}/n)^n as n → ∞? Give it to 3 decimal places.",
            [dp(value, 3)])


@tidied
def limit_conjugate(rng: random.Random) -> Made:
    a = rng.randint(2, 25)
    return (f"lim x→0 of (√(x + {a * a}) − {a}) / x = ?", [fr(Fraction(1, 2 * a))])


@tidied
def inverse_2x2_entry(rng: random.Random) -> Made:
    while True:
        a, b, c, d = (rng.randint(-6, 9) for _ in range(4))
        det = a * d - b * c
        if det != 0:
            break
    inv = [[Fraction(d, det), Fraction(-b, det)], [Fraction(-c, det), Fraction(a, det)]]
    i, j = rng.randint(0, 1), rng.randint(0, 1)
    pos = ["top-left", "top-right", "bottom-left", "bottom-right"][2 * i + j]
    return (f"For A = [[{a}, {b}], [{c}, {d}]], what is the {pos} entry of A⁻¹?",
            [fr(inv[i][j])])


@tidied
def det_3x3(rng: random.Random) -> Made:
    m = [[rng.randint(-5, 6) for _ in range(3)] for _ in range(3)]
    det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
           - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
           + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    rows = "\n".join(" ".join(f"{v:>3}" for v in row) for row in m)
    return (f"determinant of this 3x3 matrix?\n{rows}", [ival(det)])


@tidied
def perpendicular_k(rng: random.Random) -> Made:
    a, b, c = (rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]) for _ in range(3))
    d = rng.randint(-6, 6)
    # (a, b) . (k, c) + ... use 3D: (a, b, d) . (k, c, 2) = 0
    k = Fraction(-(b * c + d * 2), a)
    return (f"For which k are the vectors ({a}, {b}, {d}) and (k, {c}, 2) perpendicular?",
            [[f"k = {s}" for s in fr(k)] + [f"k={s}" for s in fr(k)]])


@tidied
def parallelogram_area_2d(rng: random.Random) -> Made:
    u, v = (rng.randint(-7, 9), rng.randint(-7, 9)), (rng.randint(-7, 9), rng.randint(-7, 9))
    area = abs(u[0] * v[1] - u[1] * v[0])
    if area == 0:
        return None
    return (f"Area of the parallelogram spanned by u = ({u[0]}, {u[1]}) and v = ({v[0]}, {v[1]})?",
            [ival(area)])


@tidied
def hexagon_area(rng: random.Random) -> Made:
    s = rng.randint(2, 40)
    value = 3 * math.sqrt(3) / 2 * s * s
    if close(value, 1):
        return None
    return (f"A regular hexagon has sides of {s} cm. Area in cm², 1 decimal place?",
            [dp(value, 1)])


@tidied
def incircle_right_triangle(rng: random.Random) -> Made:
    m, n = sorted(rng.sample(range(1, 8), 2), reverse=True)
    k = rng.randint(1, 4)
    a, b, c = k * (m * m - n * n), k * 2 * m * n, k * (m * m + n * n)
    r = Fraction(a + b - c, 2)
    return (f"A right triangle has legs {a} and {b}. What's the radius of its inscribed circle?",
            [fr(r)])


@tidied
def chord_length(rng: random.Random) -> Made:
    r = rng.randint(5, 30)
    d = rng.randint(1, r - 1)
    value = 2 * math.sqrt(r * r - d * d)
    if close(value, 2):
        return None
    return (f"In a circle of radius {r} cm a chord is {d} cm from the centre. How long is the "
            "chord (2 d.p.)?", [dp(value, 2)])


@tidied
def sides_from_exterior(rng: random.Random) -> Made:
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36, 40, 45])
    ext = Fraction(360, n)
    return (f"each exterior angle of a regular polygon is {float(ext):g}°. how many sides?",
            [ival(n)])


@tidied
def polygon_diagonals(rng: random.Random) -> Made:
    n = rng.randint(5, 40)
    return (f"How many diagonals does a convex polygon with {n} sides have?",
            [ival(n * (n - 3) // 2)])


@tidied
def box_space_diagonal(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 40), rng.randint(2, 40), rng.randint(2, 40)
    value = math.sqrt(a * a + b * b + c * c)
    if close(value, 1):
        return None
    return (f"Longest straight stick that fits in a box {a} × {b} × {c} cm (corner to opposite "
            "corner)? cm to one decimal", [dp(value, 1)])


@tidied
def circle_general_radius(rng: random.Random) -> Made:
    h, k, r = rng.randint(-7, 7), rng.randint(-7, 7), rng.randint(2, 11)
    d, e, f = -2 * h, -2 * k, h * h + k * k - r * r
    eq = f"x² + y² + {d}x + {e}y + {f} = 0".replace("+ -", "- ")
    return (f"What is the radius of the circle {eq}?", [ival(r)])


@tidied
def double_angle_sine(rng: random.Random) -> Made:
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29),
                          (4, 3, 5), (12, 5, 13), (15, 8, 17), (24, 7, 25), (21, 20, 29)])
    which = rng.choice(["sin", "cos"])
    value = Fraction(2 * a * b, c * c) if which == "sin" else Fraction(b * b - a * a, c * c)
    return (f"If sin θ = {a}/{c} and θ is acute, find {which} 2θ exactly.", [fr(value)])


@tidied
def triangle_area_sas(rng: random.Random) -> Made:
    a, b, angle = rng.randint(3, 30), rng.randint(3, 30), rng.randint(20, 160)
    value = 0.5 * a * b * math.sin(math.radians(angle))
    if close(value, 1):
        return None
    return (f"Triangle with sides {a} m and {b} m and {angle}° between them — area? (1 dp)",
            [dp(value, 1)])


@tidied
def period_sine(rng: random.Random) -> Made:
    b = rng.choice([2, 3, 4, 5, 6, 8, 9, 10, 12, 0.5, 1.5])
    amp = rng.randint(2, 9)
    period = 360 / b
    return (f"What's the period, in degrees, of y = {amp} sin({b:g}x) with x in degrees?",
            [[f"{period:g}°", f"{period:g} degrees", f"{period:g} °", f"{period:g}deg",
              f"period is {period:g}", f"period = {period:g}", f"period of {period:g}"]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    quadratic_decimal_roots, remainder_theorem, factor_find_k, quadratic_inequality,
    abs_equation, avg_rate_change, piecewise_eval, which_term, geometric_ratio,
    second_derivative, inflection_cubic, fence_wall_max, acceleration_at, integral_reciprocal,
    average_value_fn, revolution_volume, sqrt_integral, initial_value_antideriv,
    limit_compound_e, limit_conjugate, inverse_2x2_entry, det_3x3, perpendicular_k,
    parallelogram_area_2d, hexagon_area, incircle_right_triangle, chord_length,
    sides_from_exterior, polygon_diagonals, box_space_diagonal, circle_general_radius,
    double_angle_sine, triangle_area_sas, period_sine)]
