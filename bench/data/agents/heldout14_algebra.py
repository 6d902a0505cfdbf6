"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part three: equations,
systems, inequalities, functions, lines and sequences (the written forms of an expression
are shared with the round's other algebra modules)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from fractions import Fraction as F

from bench.data.agents.heldout14_math import Made, dec, dedupe, eq, family, frac, need, whole
from bench.data.agents.helpers import Family

Terms = Sequence[tuple[F | int, str]]
NZ = [n for n in range(-9, 10) if n]
FAMS: list[Family] = []
fam = family(FAMS)


def show(terms: Terms, star: str = "", power: str = "^") -> str:
    """[(coefficient, monomial)] written out: 3x^2 - x + 4 (zero terms dropped)."""
    out: list[str] = []
    for c, mono in terms:
        if c == 0:
            continue
        c = F(c)
        size = abs(c)
        digits = "" if size == 1 and mono else str(size)
        body = digits + (star if digits and mono else "") + mono.replace("^", power)
        sign = "-" if c < 0 else "+"
        out.append((("-" if c < 0 else "") + body) if not out else f"{sign} {body}")
    return " ".join(out) or "0"


def written(terms: Terms) -> list[str]:
    """The ways a reply may write an expression: 3x^2, 3*x^2, 3*x**2, 3x², spaced or not."""
    base = [show(terms), show(terms, "*"), show(terms, "*", "**"),
            show(terms).replace("^2", "²").replace("^3", "³").replace("^4", "⁴")]
    return dedupe(base + [b.replace(" ", "") for b in base])


def roots(name: str, *values: F | int) -> list[list[str]]:
    return [eq(name, frac(F(v))) for v in sorted(values)]


def point(x: F | int, y: F | int) -> list[str]:
    short = [[f for f in frac(F(v)) if "," not in f and not f.endswith("000")] for v in (x, y)]
    return dedupe([f"({a}{s}{b})" for a in short[0] for b in short[1] for s in (", ", ",")])


# --- linear equations ------------------------------------------------------------------

@fam
def n_eq_terse(rng: random.Random) -> Made:  # a bare two-step equation
    a, x, b = rng.randint(3, 15), rng.randint(-20, 40), rng.randint(-60, 60)
    need(b != 0)
    return f"{show([(a, 'x'), (b, '')])} = {a * x + b}", roots("x", x)


@fam
def n_eq_number_words(rng: random.Random) -> Made:  # 'a number' puzzle
    k, b, x = rng.randint(2, 9), rng.randint(3, 40), rng.randint(4, 80)
    return (f"{b} more than {k} times a number is {k * x + b}. what's the number?", [whole(x)])


@fam
def n_eq_decimals(rng: random.Random) -> Made:  # coefficients with decimals
    a, b, x = F(rng.randint(2, 19), 4), F(rng.randint(11, 99), 10), rng.randint(-12, 30)
    need(a.denominator != 1)
    return (f"solve {float(a):g}x + {float(b):g} = {float(a * x + b):g}", roots("x", x))


@fam
def n_eq_brackets(rng: random.Random) -> Made:  # brackets on one side, x on both
    a, p, c, x = rng.randint(2, 9), rng.randint(1, 12), rng.randint(1, 8), rng.randint(-10, 20)
    need(a != c)
    d = a * (x - p) - c * x
    return (f"Solve for x: {a}(x - {p}) = {show([(c, 'x'), (d, '')])}", roots("x", x))


@fam
def n_eq_two_fractions(rng: random.Random) -> Made:  # x/a + x/b = c
    a, b = rng.sample([2, 3, 4, 5, 6, 8, 10], 2)
    x = math.lcm(a, b) * rng.randint(1, 9)
    return (f"x/{a} + x/{b} = {F(x, a) + F(x, b)}", roots("x", x))


@fam
def n_eq_frac_root(rng: random.Random) -> Made:  # a root that is a fraction
    a, b, c = rng.randint(2, 12), rng.randint(-30, 30), rng.randint(-30, 30)
    x = F(c - b, a)
    need(x.denominator != 1 and b != 0)
    return (f"what x satisfies {show([(a, 'x'), (b, '')])} = {c}? exact answer please",
            roots("x", x))


@fam
def n_eq_cross_multiply(rng: random.Random) -> Made:  # a proportion
    a, b, c = rng.randint(2, 15), rng.randint(2, 15), rng.randint(2, 30)
    need(a != b and (b * c) % a == 0)
    return (f"{a}/{b} = {c}/x, find x", roots("x", F(b * c, a)))


@fam
def n_eq_sqrt(rng: random.Random) -> Made:  # a radical equation
    k, y = rng.randint(-20, 40), rng.randint(2, 15)
    need(k != 0)
    return (f"solve sqrt(x {'+' if k > 0 else '-'} {abs(k)}) = {y}", roots("x", y * y - k))


@fam
def n_eq_abs(rng: random.Random) -> Made:  # an absolute-value equation with two roots
    a, b, c = rng.randint(2, 6), rng.randint(-15, 15), rng.randint(3, 30)
    need(b != 0)
    r1, r2 = F(c - b, a), F(-c - b, a)
    return (f"|{show([(a, 'x'), (b, '')])}| = {c}, both solutions please", roots("x", r1, r2))


@fam
def n_eq_exp(rng: random.Random) -> Made:  # base-two exponential equation
    b, x = rng.choice([2, 3, 5]), rng.randint(3, 12)
    need(b ** x < 10**7)
    return f"for what x is {b}^x = {b ** x:,}?", roots("x", x)


@fam
def n_eq_ln(rng: random.Random) -> Made:  # e^x = k with a decimal answer
    k = rng.randint(3, 500)
    x = dec(math.log(k), 3)
    return f"solve e^x = {k} (to 3 decimal places)", [dedupe(eq("x", x) + x)]


@fam
def n_eq_log(rng: random.Random) -> Made:  # a logarithmic equation
    b, k = rng.choice([2, 3, 4, 5, 10]), rng.randint(2, 6)
    need(b ** k < 10**6)
    return f"log base {b} of x equals {k}. x = ?", [whole(b ** k)]


@fam
def n_log_value(rng: random.Random) -> Made:  # evaluating a logarithm
    b, k = rng.choice([2, 3, 5, 7]), rng.randint(3, 10)
    need(b ** k < 10**8)
    return f"what's log_{b} of {b ** k}", [whole(k)]


# --- quadratics ------------------------------------------------------------------------

@fam
def n_quad_monic(rng: random.Random) -> Made:  # a monic quadratic, chatty
    r1, r2 = rng.sample(range(-12, 13), 2)
    need(r1 + r2 != 0 and r1 * r2 != 0)
    text = show([(1, "x^2"), (-(r1 + r2), "x"), (r1 * r2, "")])
    return f"hey, can you solve {text} = 0 for me", roots("x", r1, r2)


@fam
def n_quad_lead(rng: random.Random) -> Made:  # a quadratic with a fractional root
    a, r1, p = rng.choice([2, 3, 4, 5]), rng.randint(-9, 9), rng.choice(NZ)
    need(math.gcd(a, p) == 1)
    r2 = F(p, a)
    terms = [(a, "x^2"), (-(a * r1 + p), "x"), (r1 * p, "")]
    need(r1 != 0 and terms[1][0] != 0)
    return f"{show(terms)} = 0", roots("x", r1, r2)


@fam
def n_quad_rearrange(rng: random.Random) -> Made:  # not in standard form
    r1, r2 = rng.sample(range(-9, 15), 2)
    need(r1 + r2 > 0 and r1 * r2 != 0)
    return (f"x^2 = {show([(r1 + r2, 'x'), (-r1 * r2, '')])}, what are the solutions?",
            roots("x", r1, r2))


@fam
def n_quad_decimal(rng: random.Random) -> Made:  # irrational roots to two decimals
    a, b, c = rng.randint(1, 5), rng.randint(-12, 12), rng.randint(-20, -1)
    d = b * b - 4 * a * c
    need(math.isqrt(d) ** 2 != d)
    rs = sorted([(-b - math.sqrt(d)) / (2 * a), (-b + math.sqrt(d)) / (2 * a)])
    terms = [(a, "x^2"), (b, "x"), (c, "")]
    return (f"Find the roots of {show(terms)} = 0, rounded to 2 decimal places.",
            [dedupe(eq("x", dec(r)) + dec(r)) for r in rs])


@fam
def n_quad_area(rng: random.Random) -> Made:  # a garden's sides from area and difference
    w, d = rng.randint(3, 30), rng.randint(2, 12)
    return (f"my garden is a rectangle {d} m longer than it is wide and its area is {w * (w + d)} "
            "square metres. how wide is it?", [dedupe([f"{w} m", f"{w} metres", f"{w} meters",
                                                     f"{w}m"])])


@fam
def n_discriminant(rng: random.Random) -> Made:  # the discriminant
    a, b, c = rng.randint(1, 9), rng.randint(-15, 15), rng.randint(-20, 20)
    need(b != 0 and c != 0)
    return (f"discriminant of {show([(a, 'x^2'), (b, 'x'), (c, '')])}?", [whole(b * b - 4 * a * c)])


@fam
def n_root_sum_product(rng: random.Random) -> Made:  # Vieta, two parts
    a, b, c = rng.randint(2, 7), rng.randint(-20, 20), rng.randint(-20, 20)
    need(b != 0 and c != 0)
    text = show([(a, "x^2"), (b, "x"), (c, "")])
    return (f"without solving it: for {text} = 0, what's the sum of the roots, and what's "
            "their product?", [frac(F(-b, a)), frac(F(c, a))])


# --- systems ---------------------------------------------------------------------------

@fam
def n_system_two(rng: random.Random) -> Made:  # a 2x2 system, stacked
    x, y = rng.randint(-9, 12), rng.randint(-9, 12)
    a, b, c, d = rng.randint(1, 6), rng.choice(NZ), rng.randint(1, 6), rng.choice(NZ)
    need(a * d - b * c != 0)
    return (f"solve the system\n{show([(a, 'x'), (b, 'y')])} = {a * x + b * y}\n"
            f"{show([(c, 'x'), (d, 'y')])} = {c * x + d * y}", roots("x", x) + roots("y", y))


@fam
def n_system_inline(rng: random.Random) -> Made:  # two equations in one line, a and b
    p, q = rng.randint(-15, 15), rng.randint(-15, 15)
    return (f"a + b = {p + q} and a - b = {p - q}. what are a and b?",
            roots("a", p) + roots("b", q))


@fam
def n_tickets(rng: random.Random) -> Made:  # adult and child tickets
    pa, pc = rng.randint(9, 20), rng.randint(4, 8)
    na, nc = rng.randint(20, 300), rng.randint(20, 300)
    return (f"School play: adult tickets were {pa}, kids' tickets {pc}. We sold {na + nc} tickets "
            f"and took in {pa * na + pc * nc:,}. How many adult and how many child tickets?",
            [whole(na), whole(nc)])


@fam
def n_coins(rng: random.Random) -> Made:  # a jar of two kinds of coin
    n20, n50 = rng.randint(5, 60), rng.randint(5, 60)
    total = F(20 * n20 + 50 * n50, 100)
    return (f"jar has {n20 + n50} coins, all 20p and 50p, worth £{float(total):.2f} altogether. "
            "how many of each?", [whole(n20), whole(n50)])


@fam
def n_system_three(rng: random.Random) -> Made:  # a 3x3 system
    x, y, z = (rng.randint(-6, 8) for _ in range(3))
    rows = [[rng.randint(-4, 5) for _ in range(3)] for _ in range(3)]
    det = (rows[0][0] * (rows[1][1] * rows[2][2] - rows[1][2] * rows[2][1])
           - rows[0][1] * (rows[1][0] * rows[2][2] - rows[1][2] * rows[2][0])
           + rows[0][2] * (rows[1][0] * rows[2][1] - rows[1][1] * rows[2][0]))
    need(det != 0 and all(any(r) for r in rows))
    lines = [f"{show([(r[0], 'x'), (r[1], 'y'), (r[2], 'z')])} = {r[0] * x + r[1] * y + r[2] * z}"
             for r in rows]
    return ("Solve: " + "; ".join(lines), roots("x", x) + roots("y", y) + roots("z", z))


@fam
def n_two_numbers(rng: random.Random) -> Made:  # sum and difference of two numbers
    a, b = rng.randint(10, 200), rng.randint(1, 150)
    need(a > b)
    return (f"two numbers add to {a + b} and differ by {a - b}. find them", [whole(a), whole(b)])


@fam
def n_lines_meet(rng: random.Random) -> Made:  # intersection of two lines
    x, y = rng.randint(-8, 8), rng.randint(-8, 8)
    m1, m2 = rng.sample(NZ, 2)
    c1, c2 = y - m1 * x, y - m2 * x
    return (f"where do y = {show([(m1, 'x'), (c1, '')])} and y = {show([(m2, 'x'), (c2, '')])} "
            "intersect?", [point(x, y)])


# --- inequalities and functions --------------------------------------------------------

@fam
def n_ineq(rng: random.Random) -> Made:  # a linear inequality
    a, b, x = rng.randint(2, 9), rng.randint(-20, 20), rng.randint(-10, 15)
    need(b != 0)
    return (f"solve {show([(a, 'x'), (b, '')])} ≤ {a * x + b}",
            [[f"x ≤ {x}", f"x <= {x}", f"x≤{x}", f"x<={x}"]])


@fam
def n_ineq_flip(rng: random.Random) -> Made:  # an inequality that flips
    a, b, x = rng.randint(2, 8), rng.randint(1, 30), rng.randint(-8, 12)
    return (f"{b} - {a}x < {b - a * x}, solve for x", [[f"x > {x}", f"x>{x}"]])


@fam
def n_f_value(rng: random.Random) -> Made:  # a function at a point
    a, b, c, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-15, 15), rng.randint(-5, 6)
    need(b != 0 and x not in (0, 1))
    return (f"if f(x) = {show([(a, 'x^2'), (b, 'x'), (c, '')])}, what is f({x})?",
            [whole(a * x * x + b * x + c)])


@fam
def n_f_inverse(rng: random.Random) -> Made:  # an inverse function value
    m, c, x = rng.randint(2, 9), rng.randint(-12, 12), rng.randint(-10, 15)
    need(c != 0)
    return (f"f(x) = {show([(m, 'x'), (c, '')])}. find f^-1({m * x + c})", [whole(x)])


@fam
def n_f_compose(rng: random.Random) -> Made:  # composition
    a, b, c, x = rng.randint(2, 5), rng.randint(-6, 6), rng.randint(1, 5), rng.randint(-3, 4)
    need(b != 0)
    inner = c * x * x
    return (f"g(x) = {c}x^2 and h(x) = {show([(a, 'x'), (b, '')])}. what is h(g({x}))?",
            [whole(a * inner + b)])


@fam
def n_slope(rng: random.Random) -> Made:  # gradient through two points
    x1, y1, x2, y2 = (rng.randint(-12, 12) for _ in range(4))
    need(x1 != x2 and y1 != y2)
    return (f"gradient of the line joining ({x1}, {y1}) and ({x2}, {y2})",
            [frac(F(y2 - y1, x2 - x1))])


@fam
def n_line_point_slope(rng: random.Random) -> Made:  # a line from a point and a slope
    m, x, c = rng.choice(NZ), rng.randint(-6, 6), rng.randint(-12, 12)
    need(c != 0)
    rhs = [show([(m, "x"), (c, "")]), show([(m, "x"), (c, "")], "*")]
    return (f"line with slope {m} through ({x}, {m * x + c}), in y = mx + b form?",
            [dedupe([f"y = {r}" for r in rhs] + [f"y={r.replace(' ', '')}" for r in rhs])])


@fam
def n_midpoint(rng: random.Random) -> Made:  # a midpoint
    x1, y1, x2, y2 = (rng.randint(-20, 20) for _ in range(4))
    need(x1 != x2 and y1 != y2)
    return (f"Midpoint between ({x1}, {y1}) and ({x2}, {y2})?",
            [point(F(x1 + x2, 2), F(y1 + y2, 2))])


@fam
def n_distance(rng: random.Random) -> Made:  # the distance between points
    x1, y1, x2, y2 = (rng.randint(-15, 15) for _ in range(4))
    need(x1 != x2 and y1 != y2)
    d = math.hypot(x2 - x1, y2 - y1)
    out = whole(round(d)) if abs(d - round(d)) < 1e-9 else dec(d)
    return f"how far apart are the points ({x1}, {y1}) and ({x2}, {y2})?", [out]


@fam
def n_x_intercept(rng: random.Random) -> Made:  # where a line crosses the x-axis
    m, x = rng.randint(2, 9), rng.randint(-12, 12)
    need(x != 0)
    return (f"where does y = {show([(m, 'x'), (-m * x, '')])} cross the x axis?",
            [point(x, 0) + eq("x", whole(x))])


# --- sequences -------------------------------------------------------------------------

@fam
def n_arith_term(rng: random.Random) -> Made:  # the nth term of an arithmetic sequence
    a, d, n = rng.randint(-20, 30), rng.choice(NZ), rng.randint(15, 200)
    seq = ", ".join(str(a + d * i) for i in range(4))
    return f"{seq}, ... what's term number {n}?", [whole(a + d * (n - 1))]


@fam
def n_sum_one_to(rng: random.Random) -> Made:  # sum of the first n integers
    n = rng.randint(40, 2000)
    return f"sum of all whole numbers from 1 to {n}", [whole(n * (n + 1) // 2)]


@fam
def n_arith_series(rng: random.Random) -> Made:  # sum of an arithmetic series
    a, d, n = rng.randint(1, 20), rng.randint(2, 9), rng.randint(10, 60)
    return (f"Add up the first {n} terms of {a}, {a + d}, {a + 2 * d}, ...",
            [whole(n * (2 * a + (n - 1) * d) // 2)])


@fam
def n_geo_term(rng: random.Random) -> Made:  # the nth term of a geometric sequence
    a, r, n = rng.randint(1, 7), rng.choice([2, 3, -2]), rng.randint(6, 14)
    seq = ", ".join(str(a * r ** i) for i in range(4))
    return f"next in the pattern {seq}... what is the {n}th term?", [whole(a * r ** (n - 1))]


@fam
def n_geo_infinite(rng: random.Random) -> Made:  # an infinite geometric series
    a, r = rng.randint(2, 60), F(rng.randint(1, 4), rng.choice([5, 6, 8, 10]))
    need(r < 1)
    return (f"sum to infinity of a geometric series, first term {a}, common ratio {r}",
            [frac(a / (1 - r)) if (a / (1 - r) * 100).denominator == 1 else
             dedupe(frac(a / (1 - r)) + dec(a / (1 - r)))])


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
