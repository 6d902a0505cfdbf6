"""Round 8 (``X_*``, dev now) for ``muse bench agents``, second part: equations, systems,
algebra, calculus and linear algebra (see :mod:`bench.data.agents.heldout8`)."""

from __future__ import annotations

import math
import random
import re
from fractions import Fraction

from bench.data.agents.heldout8_math import frac, num, tie
from bench.data.agents.helpers import Family, Item, item

SUPER = str.maketrans({"2": "²", "3": "³", "4": "⁴"})


def ptext(coeffs: list[int], var: str = "x") -> str:
    """A polynomial from its coefficients, highest power first, as people write it."""
    top, parts = len(coeffs) - 1, list[str]()
    for i, c in enumerate(coeffs):
        power = top - i
        if not c:
            continue
        size = abs(c)
        body = (str(size) if size != 1 or power == 0 else "") + \
            (var if power >= 1 else "") + (f"^{power}" if power > 1 else "")
        sign = ("-" if c < 0 else "") if not parts else (" - " if c < 0 else " + ")
        parts.append(sign + body)
    return "".join(parts) or "0"


def forms(*written: str) -> list[str]:
    """Each expression as written, with explicit '*', with '**' or superscripts for powers,
    and without spaces."""
    out: list[str] = []
    for text in written:
        starred = re.sub(r"\)\(", ")*(", re.sub(r"(\d)([a-zA-Z(])", r"\1*\2", text))
        for base in (text, starred):
            powers = [base, base.replace("^", "**")]
            powers.append(re.sub(r"\^([234])\b", lambda m: m.group(1).translate(SUPER), base))
            for p in powers:
                out += [p, p.replace(" ", "")]
    return list(dict.fromkeys(out))


def sol(var: str, x: Fraction | int) -> list[str]:
    """'x = value' (also 'x=value'), the value exact and, when it ends, as a decimal."""
    x = Fraction(x)
    values = [str(x)]
    if x.denominator != 1 and (x * 10**6).denominator == 1:
        values.append(f"{float(x):.6f}".rstrip("0"))
    return [f"{var}{eq}{v}" for v in values for eq in (" = ", "=")]


def factor(a: int, b: int) -> str:
    """(ax + b) for a factor, written plainly."""
    head = "x" if a == 1 else f"{a}x"
    return f"({head} {'+' if b > 0 else '-'} {abs(b)})"


def lin(coeffs: list[int], names: str) -> str:
    """A linear expression such as '2x - y + 3z' (zero terms left out)."""
    out = ""
    for c, name in zip(coeffs, names, strict=True):
        if c:
            size = "" if abs(c) == 1 else str(abs(c))
            sign = ("-" if c < 0 else "") if not out else (" - " if c < 0 else " + ")
            out += sign + size + name
    return out


def pick(rng: random.Random, low: int, high: int) -> int:
    return rng.choice([v for v in range(low, high + 1) if v])


# --- equations and systems -------------------------------------------------------------

def x_linear(rng: random.Random) -> Item:  # a one-step-ish linear equation
    a, x, b = rng.randint(2, 12), rng.randint(-9, 20), rng.randint(1, 40)
    return item("X_linear", "math", f"{a}x + {b} = {a * x + b}, what's x?", [sol("x", x)])


def x_both_sides(rng: random.Random) -> Item:  # x on both sides
    a, c, x = rng.randint(4, 11), rng.randint(1, 3), rng.randint(-8, 15)
    b = rng.randint(1, 30)
    d = (a - c) * x - b
    if d <= 0:
        return x_both_sides(rng)
    return item("X_both_sides", "math", f"Solve for x: {a}x - {b} = {c}x + {d}".replace(
        " 1x", " x"), [sol("x", x)])


def x_half_answer(rng: random.Random) -> Item:  # a solution that is not whole
    a = rng.choice([2, 4, 5, 8])
    x = Fraction(rng.randint(1, 60), a)
    b = rng.randint(1, 25)
    if x.denominator == 1:
        return x_half_answer(rng)
    return item("X_half_answer", "math", f"solve {a}x - {b} = {a * x - b}", [sol("x", x)])


def x_third_y(rng: random.Random) -> Item:  # a variable divided by a number
    k, y, b = rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 20), rng.randint(1, 15)
    return item("X_third_y", "math", f"find y if y/{k} + {b} = {y + b}", [sol("y", k * y)])


def x_bracket_eq(rng: random.Random) -> Item:  # a bracket to multiply out first
    a, b, c = rng.randint(3, 8), rng.randint(1, 9), rng.randint(1, 2)
    x = rng.randint(-5, 14)
    d = a * (x - b) - c * x
    side = f"{'' if c == 1 else c}x {'+' if d >= 0 else '-'} {abs(d)}"
    return item("X_bracket_eq", "math", f"{a}(x - {b}) = {side}. solve it", [sol("x", x)])


def x_quad_zero(rng: random.Random) -> Item:  # where a monic quadratic is zero
    r1, r2 = sorted(rng.sample([-8, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7, 9], 2))
    text = ptext([1, -(r1 + r2), r1 * r2])
    return item("X_quad_zero", "math", f"what values of x make {text} equal 0?",
                [sol("x", r1), sol("x", r2)])


def x_quad_leading(rng: random.Random) -> Item:  # a quadratic with leading coefficient > 1
    p, q, r = rng.choice([2, 3, 5]), pick(rng, -7, 7), pick(rng, -6, 6)
    if math.gcd(p, q) != 1:
        return x_quad_leading(rng)
    text = ptext([p, -(q + p * r), q * r])
    return item("X_quad_leading", "math", f"solve {text} = 0",
                [sol("x", Fraction(q, p)), sol("x", r)])


def x_quad_decimal(rng: random.Random) -> Item:  # roots that need decimals
    b, c = pick(rng, -9, 9), rng.randint(-12, 8)
    disc = b * b - 4 * c
    if disc <= 0 or math.isqrt(disc) ** 2 == disc:
        return x_quad_decimal(rng)
    found = [Fraction((-b + s * math.sqrt(disc)) / 2) for s in (1, -1)]
    if any(tie(v) for v in found):
        return x_quad_decimal(rng)
    return item("X_quad_decimal", "math", f"roots of {ptext([1, b, c])} = 0 to two decimal "
                "places?", [num(v) for v in found])


def x_cubic(rng: random.Random) -> Item:  # a cubic with three whole roots
    r = sorted(rng.sample([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 3))
    coeffs = [1, -sum(r), r[0] * r[1] + r[0] * r[2] + r[1] * r[2], -r[0] * r[1] * r[2]]
    return item("X_cubic", "math", f"find all the roots of {ptext(coeffs)}",
                [sol("x", v) for v in r])


def x_system(rng: random.Random) -> Item:  # two linear equations
    x, y = rng.randint(-5, 9), rng.randint(-5, 9)
    a, b, c, d = pick(rng, 1, 5), pick(rng, -4, 5), pick(rng, 1, 4), pick(rng, -5, 4)
    if a * d - b * c == 0:
        return x_system(rng)
    one, two = lin([a, b], "xy"), lin([c, d], "xy")
    return item("X_system", "math", f"solve simultaneously: {one} = {a * x + b * y} and {two} = "
                f"{c * x + d * y}", [sol("x", x), sol("y", y)])


def x_two_numbers(rng: random.Random) -> Item:  # two numbers from their sum and difference
    small, gap = rng.randint(3, 60), rng.randint(2, 30)
    return item("X_two_numbers", "math", f"two numbers add up to {2 * small + gap} and one is "
                f"{gap} bigger than the other. what are they?",
                [num(small + gap), num(small)])


def x_system_three(rng: random.Random) -> Item:  # three equations, three unknowns
    xs = [rng.randint(-4, 6) for _ in range(3)]
    rows = [[rng.randint(-3, 3) for _ in range(3)] for _ in range(3)]
    if det3(rows) == 0 or any(all(v == 0 for v in row) for row in rows):
        return x_system_three(rng)
    eqs = [f"{lin(row, 'xyz')} = {sum(c * v for c, v in zip(row, xs, strict=True))}"
           for row in rows]
    return item("X_system_three", "math", "solve the system " + "; ".join(eqs),
                [sol(n, v) for n, v in zip("xyz", xs, strict=True)])


# --- algebra -----------------------------------------------------------------------------

def x_expand_square(rng: random.Random) -> Item:  # a squared bracket
    a = pick(rng, -12, 12)
    return item("X_expand_square", "math", f"expand {factor(1, a)}^2",
                [forms(ptext([1, 2 * a, a * a]))])


def x_expand_pair(rng: random.Random) -> Item:  # two brackets multiplied out
    p, q, r = rng.randint(2, 5), pick(rng, -9, 9), pick(rng, -9, 9)
    if p * r + q == 0:
        return x_expand_pair(rng)
    return item("X_expand_pair", "math", f"multiply out {factor(p, q)}{factor(1, r)}",
                [forms(ptext([p, p * r + q, q * r]))])


def x_factorise(rng: random.Random) -> Item:  # a monic quadratic into brackets
    r1, r2 = rng.sample([-9, -7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8], 2)
    one, two = factor(1, -r1), factor(1, -r2)
    return item("X_factorise", "math", f"factorise {ptext([1, -(r1 + r2), r1 * r2])}",
                [forms(one + two, two + one)])


def x_squares(rng: random.Random) -> Item:  # a difference of two squares
    a, b = rng.randint(1, 6), rng.randint(1, 11)
    if math.gcd(a, b) != 1:
        return x_squares(rng)
    one, two = factor(a, -b), factor(a, b)
    return item("X_squares", "math", f"factor {ptext([a * a, 0, -b * b])} please",
                [forms(one + two, two + one)])


def x_cancel(rng: random.Random) -> Item:  # a rational expression that cancels
    a, b = pick(rng, -8, 8), pick(rng, -8, 8)
    if a == b:
        return x_cancel(rng)
    top = ptext([1, a + b, a * b])
    return item("X_cancel", "math", f"simplify ({top})/{factor(1, a)}",
                [forms(ptext([1, b]))])


def x_collect(rng: random.Random) -> Item:  # collecting like terms
    a, c, d = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9)
    b, e = rng.randint(1, 20), rng.randint(1, 20)
    if a - c + d == 0 or b == e:
        return x_collect(rng)
    text = f"{a}x + {b} - {c}x + {d}x - {e}".replace(" 1x", " x")
    k, m = a - c + d, b - e
    flipped = [f"{m} - {'' if k == -1 else -k}x"] if k < 0 else []
    return item("X_collect", "math", f"simplify {text}", [forms(ptext([k, m]), *flipped)])


# --- calculus ----------------------------------------------------------------------------

def x_diff_poly(rng: random.Random) -> Item:  # a cubic differentiated
    a, b, c, d = rng.randint(2, 9), pick(rng, -9, 9), pick(rng, -12, 12), rng.randint(0, 20)
    return item("X_diff_poly", "math", f"d/dx of {ptext([a, b, c, d])}",
                [forms(ptext([3 * a, 2 * b, c]))])


def x_diff_trig(rng: random.Random) -> Item:  # sin or cos of a multiple of x
    k, fn = rng.randint(2, 9), rng.choice(["sin", "cos"])
    answer = f"{k}cos({k}x)" if fn == "sin" else f"-{k}sin({k}x)"
    return item("X_diff_trig", "math", f"differentiate {fn}({k}x) with respect to x",
                [forms(answer)])


def x_slope_at(rng: random.Random) -> Item:  # the gradient of a curve at a point
    a, b, x = rng.randint(1, 5), pick(rng, -9, 9), pick(rng, -4, 5)
    return item("X_slope_at", "math", f"what's the gradient of y = {ptext([a, 0, b, 0])} at "
                f"x = {x}?", [num(3 * a * x * x + b)])


def x_diff_exp(rng: random.Random) -> Item:  # the derivative of e^(kx)
    k = rng.randint(2, 12)
    return item("X_diff_exp", "math", f"derivative of e^({k}x)?",
                [forms(f"{k}e^({k}x)", f"{k}exp({k}x)")])


def x_second_diff(rng: random.Random) -> Item:  # a second derivative
    a, b, c = rng.randint(1, 6), pick(rng, -5, 5), pick(rng, -9, 9)
    return item("X_second_diff", "math", f"what's the second derivative of "
                f"{ptext([a, b, c, 0, 0])}?", [forms(ptext([12 * a, 6 * b, 2 * c]))])


def x_definite(rng: random.Random) -> Item:  # a definite integral of a quadratic
    a, b, lo = rng.randint(1, 6), pick(rng, -5, 6), rng.randint(0, 3)
    hi = lo + rng.randint(1, 4)

    def anti(x: int) -> Fraction:
        return Fraction(a * x ** 3, 3) + Fraction(b * x * x, 2)

    value = anti(hi) - anti(lo)
    if tie(value):
        return x_definite(rng)
    return item("X_definite", "math", f"integrate {ptext([a, b, 0])} from {lo} to {hi}",
                [frac(value)])


def x_antiderivative(rng: random.Random) -> Item:  # an indefinite integral
    a, b, c = rng.randint(1, 5), pick(rng, -6, 6), pick(rng, -9, 9)
    return item("X_antiderivative", "math", f"find the antiderivative of "
                f"{ptext([3 * a, 2 * b, c])}", [forms(ptext([a, b, c, 0]))])


def x_area_under(rng: random.Random) -> Item:  # area under a parabola from zero
    k, m = rng.randint(1, 9), rng.randint(1, 6)
    value = Fraction(m ** 3, 3) + k * m
    if tie(value):
        return x_area_under(rng)
    return item("X_area_under", "math", f"area under y = x^2 + {k} between x = 0 and x = {m}?",
                [frac(value)])


def x_integral_exp(rng: random.Random) -> Item:  # a multiple of e^x integrated from 0
    c, k = rng.randint(1, 5), rng.randint(1, 4)
    value = Fraction(c * (math.exp(k) - 1))
    if tie(value):
        return x_integral_exp(rng)
    head, power = "" if c == 1 else f"{c}", "e" if k == 1 else f"e^{k}"
    sym = "E" if k == 1 else f"exp({k})"
    exact = forms(f"{head}{power} - {c}", f"-{c} + {head}{power}", f"{head}{sym} - {c}",
                  f"-{c} + {head}{sym}")
    return item("X_integral_exp", "math", f"∫ {head}e^x dx from 0 to {k}",
                [num(value) + exact])


def x_limit_hole(rng: random.Random) -> Item:  # a 0/0 limit that cancels
    a = rng.randint(2, 12)
    return item("X_limit_hole", "math", f"lim (x^2 - {a * a})/(x - {a}) as x -> {a}",
                [num(2 * a)])


def x_limit_sin(rng: random.Random) -> Item:  # sin(kx)/(mx) near zero
    k, m = rng.randint(2, 9), rng.randint(1, 4)
    if k == m:
        return x_limit_sin(rng)
    below = "x" if m == 1 else f"({m}x)"
    return item("X_limit_sin", "math", f"what is the limit of sin({k}x)/{below} as x approaches "
                "0?", [frac(Fraction(k, m))])


def x_limit_infinity(rng: random.Random) -> Item:  # a rational function at infinity
    a, c, b, d = rng.randint(1, 9), rng.randint(2, 8), rng.randint(1, 9), pick(rng, -7, 7)
    top, bottom = ptext([a, 0, b]), ptext([c, d, 0])
    return item("X_limit_infinity", "math", f"what does ({top})/({bottom}) tend to as x goes "
                "to infinity?", [frac(Fraction(a, c))])


# --- linear algebra ------------------------------------------------------------------------

def det3(m: list[list[int]]) -> int:
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


def x_det2(rng: random.Random) -> Item:  # a 2x2 determinant
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    return item("X_det2", "math", f"determinant of the matrix [[{a}, {b}], [{c}, {d}]]",
                [num(a * d - b * c)])


def x_det3(rng: random.Random) -> Item:  # a 3x3 determinant, rows written out
    m = [[rng.randint(-4, 7) for _ in range(3)] for _ in range(3)]
    rows = " / ".join(" ".join(map(str, row)) for row in m)
    return item("X_det3", "math", f"det of the 3x3 matrix with rows {rows}?", [num(det3(m))])


def x_eigen(rng: random.Random) -> Item:  # eigenvalues of a symmetric 2x2 matrix
    p, q = rng.randint(4, 12), rng.randint(1, 3)
    return item("X_eigen", "math", f"eigenvalues of [[{p}, {q}], [{q}, {p}]]?",
                [num(p + q), num(p - q)])


def x_dot(rng: random.Random) -> Item:  # a dot product of two 3-vectors
    u, v = [rng.randint(-6, 9) for _ in range(3)], [rng.randint(-6, 9) for _ in range(3)]
    return item("X_dot", "math", f"dot product of ({', '.join(map(str, u))}) and "
                f"({', '.join(map(str, v))})", [num(sum(a * b for a, b in zip(u, v, strict=True)))])


ALGEBRA: list[tuple[Family, int]] = [
    (x_linear, 6), (x_both_sides, 6), (x_half_answer, 6), (x_third_y, 6), (x_bracket_eq, 6),
    (x_quad_zero, 6), (x_quad_leading, 6), (x_quad_decimal, 6), (x_cubic, 6), (x_system, 6),
    (x_two_numbers, 6), (x_system_three, 6), (x_expand_square, 6), (x_expand_pair, 6),
    (x_factorise, 6), (x_squares, 6), (x_cancel, 6), (x_collect, 6), (x_diff_poly, 6),
    (x_diff_trig, 6), (x_slope_at, 6), (x_diff_exp, 6), (x_second_diff, 6), (x_definite, 6),
    (x_antiderivative, 6), (x_area_under, 6), (x_integral_exp, 6), (x_limit_hole, 6),
    (x_limit_sin, 6), (x_limit_infinity, 6), (x_det2, 6), (x_det3, 6), (x_eigen, 6),
    (x_dot, 6)]
