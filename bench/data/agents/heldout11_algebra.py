"""Round 11 (``Q_*``, dev now) for ``muse bench agents``, maths part three: equations,
systems, inequalities, functions, and simplifying, expanding and factoring (answer forms
from :mod:`bench.data.agents.heldout11_math`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout11_math import dec, dedupe, eq, frac, whole
from bench.data.agents.helpers import Family, Item, fresh, item

Terms = list[tuple[int, str]]
NONZERO = [n for n in range(-9, 10) if n]


def expr(terms: Terms, star: str = "", power: str = "^") -> str:
    """[(coefficient, monomial)] as text: 3x^2 - x + 4 (zero terms left out)."""
    parts: list[str] = []
    for c, mono in terms:
        if c == 0:
            continue
        mono = mono.replace("^", power)
        digits = "" if abs(c) == 1 and mono else str(abs(c))
        body = digits + (star if digits and mono else "") + mono
        if not parts:
            parts.append(("-" if c < 0 else "") + body)
        else:
            parts.append(("- " if c < 0 else "+ ") + body)
    return " ".join(parts) or "0"


def forms(terms: Terms) -> list[str]:
    """How a reply may write an expression: 3x^2, 3*x^2, 3*x**2, 3x², spaced or not."""
    base = [expr(terms), expr(terms, "*"), expr(terms, "*", "**"),
            expr(terms).replace("^2", "²").replace("^3", "³").replace("^4", "⁴")]
    return dedupe(base + [b.replace(" ", "") for b in base])


def lin(k: int, c: int, v: str = "x") -> str:
    return expr([(k, v), (c, "")])


def roots_of(name: str, *values: F | int) -> list[list[str]]:
    return [eq(name, frac(F(v))) for v in values]


def factor_pair(a: str, b: str) -> list[str]:
    out = []
    for x, y in ((a, b), (b, a)):
        out += [f"({x})({y})", f"({x})*({y})", f"({x}) ({y})"]
    return dedupe(out + [o.replace(" ", "") for o in out])


# --- equations -------------------------------------------------------------------------

def q_lin_simple(rng: random.Random) -> Item:  # a two-step linear equation, chatty
    a, x, b = rng.randint(2, 12), rng.randint(-15, 30), rng.randint(1, 50)
    return item("Q_a_lin_simple", "math", f"hey can you solve {a}x + {b} = {a * x + b} for me?",
                roots_of("x", x))


def q_lin_frac_answer(rng: random.Random) -> Item:  # a linear equation with a fractional root
    a, b, c = rng.randint(2, 9), rng.randint(1, 30), rng.randint(1, 60)
    x = F(c + b, a)
    if x.denominator == 1:
        return q_lin_frac_answer(rng)
    return item("Q_a_lin_frac_answer", "math", f"{a}x - {b} = {c}, solve for x",
                roots_of("x", x))


def q_lin_fraction(rng: random.Random) -> Item:  # x inside a fraction
    k, b, x = rng.randint(2, 8), rng.randint(1, 12), rng.randint(-10, 40)
    if (x + b) % k:
        return q_lin_fraction(rng)
    return item("Q_a_lin_fraction", "math", f"Solve (x + {b})/{k} = {(x + b) // k}",
                roots_of("x", x))


def q_lin_two_sides(rng: random.Random) -> Item:  # unknown on both sides, terse
    a, c, x = rng.randint(4, 14), rng.randint(1, 3), rng.randint(-9, 18)
    b = rng.randint(-20, 20)
    d = (a - c) * x + b
    return item("Q_a_lin_two_sides", "math", f"{lin(a, b)} = {lin(c, d)}", roots_of("x", x))


def q_quad_roots(rng: random.Random) -> Item:  # roots of a monic quadratic, "roots" wording
    r1, r2 = rng.sample([n for n in range(-11, 12) if n], 2)
    if r1 + r2 == 0:
        return q_quad_roots(rng)
    text = expr([(1, "x^2"), (-(r1 + r2), "x"), (r1 * r2, "")])
    return item("Q_a_quad_roots", "math", f"what are the roots of {text} = 0",
                roots_of("x", *sorted((r1, r2))))


def q_quad_leading(rng: random.Random) -> Item:  # a quadratic with a leading coefficient
    k, r1, r2 = rng.choice([2, 3, 5]), rng.randint(-8, 8), rng.randint(-8, 8)
    if r1 == r2 or r1 + r2 == 0:
        return q_quad_leading(rng)
    terms = [(k, "x^2"), (-k * (r1 + r2), "x"), (k * r1 * r2, "")]
    return item("Q_a_quad_leading", "math", f"Solve for x: {expr(terms)} = 0",
                roots_of("x", *sorted((r1, r2))))


def q_quad_moved(rng: random.Random) -> Item:  # a quadratic not set to zero
    r1, r2 = rng.sample(range(1, 13), 2)
    return item("Q_a_quad_moved", "math", f"x^2 + {r1 * r2} = {r1 + r2}x. what's x?",
                roots_of("x", *sorted((r1, r2))))


def q_quad_formula(rng: random.Random) -> Item:  # irrational roots, decimals asked for
    a, b, c = rng.randint(1, 4), rng.randint(-10, 10), rng.randint(-15, -1)
    disc = b * b - 4 * a * c
    rs = sorted(((-b - math.sqrt(disc)) / (2 * a), (-b + math.sqrt(disc)) / (2 * a)))
    if math.isqrt(disc) ** 2 == disc or any(abs(r * 100 % 1 - 0.5) < 1e-3 for r in rs):
        return q_quad_formula(rng)
    terms = [(a, "x^2"), (b, "x"), (c, "")]
    return item("Q_a_quad_formula", "math", f"use the quadratic formula on {expr(terms)} = 0, "
                "round to two decimals", [dedupe(eq("x", dec(r)) + dec(r)) for r in rs])


def q_exp_solve(rng: random.Random) -> Item:  # an exponential equation with 2x
    base, x = rng.choice([2, 3, 4, 5]), rng.randint(1, 5)
    if base ** (2 * x) > 10**8:
        return q_exp_solve(rng)
    return item("Q_a_exp_solve", "math", f"solve {base}^(2x) = {base ** (2 * x)}",
                roots_of("x", x))


def q_log_eval(rng: random.Random) -> Item:  # a logarithm of a power
    base, k = rng.choice([2, 3, 5, 10]), rng.randint(2, 9)
    if base ** k > 10**9:
        return q_log_eval(rng)
    return item("Q_a_log_eval", "math", f"log_{base}({base ** k}) = ?", [whole(k)])


def q_inequality(rng: random.Random) -> Item:  # an inequality with a negative coefficient
    a, x, b = rng.randint(2, 9), rng.randint(-8, 12), rng.randint(1, 25)
    return item("Q_a_inequality", "math", f"solve the inequality {b} - {a}x > {b - a * x}",
                [[f"x < {x}", f"x<{x}", f"{x} > x", f"{x}>x"]])


def q_percent_unknown(rng: random.Random) -> Item:  # a number from its raised value
    n, p = rng.randint(10, 400), rng.choice([10, 20, 25, 30, 50])
    v = F(n * (100 + p), 100)
    if v.denominator != 1:
        return q_percent_unknown(rng)
    return item("Q_a_percent_unknown", "math", f"a number increased by {p}% gives {v}. what is "
                "the number?", [whole(n)])


def q_consec_even(rng: random.Random) -> Item:  # consecutive even numbers
    n = 2 * rng.randint(5, 150)
    return item("Q_a_consec_even", "math", f"Two consecutive even numbers add up to {2 * n + 2}. "
                "Which numbers are they?", [whole(n), whole(n + 2)])


def q_age_gap(rng: random.Random) -> Item:  # ages from a sum and a difference
    young, gap = rng.randint(4, 40), rng.randint(2, 30)
    return item("Q_a_age_gap", "math", f"my sister and I are {2 * young + gap} years old together "
                f"and she is {gap} years older than me. how old is each of us?",
                [whole(young), whole(young + gap)])


def q_work_rate(rng: random.Random) -> Item:  # two people sharing a job
    a, b = rng.sample(range(2, 13), 2)
    t = F(a * b, a + b)
    h = int(t)
    mins = (t - h) * 60
    if mins.denominator != 1:
        return q_work_rate(rng)
    out = [f"{float(t):g} hours", f"{float(t):g} h"] if (t * 100).denominator == 1 else []
    if mins and h == 1:
        out += [f"1 hour {mins} minutes", f"1 hour and {mins} minutes", f"1h {mins}m",
                f"1 h {mins} min"]
    elif mins:
        out += [f"{h} hours {mins} minutes", f"{h} hours and {mins} minutes", f"{h}h {mins}m",
                f"{h} h {mins} min", f"{h} hour {mins} minutes", f"{h} hour and {mins} minutes"]
    return item("Q_a_work_rate", "math", f"I can paint the fence in {a} hours, my brother in {b}. "
                "How long if we do it together?", [dedupe(out)])


def q_eval_cubic(rng: random.Random) -> Item:  # a cubic evaluated at a point
    a, b, c, x = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-20, 20), rng.randint(-4, 5)
    if not b or not c or x in (0, 1):
        return q_eval_cubic(rng)
    terms = [(a, "x^3"), (b, "x"), (c, "")]
    return item("Q_a_eval_cubic", "math", f"g(x) = {expr(terms)}, find g({x})",
                [whole(a * x ** 3 + b * x + c)])


def q_compose(rng: random.Random) -> Item:  # a composition of two functions
    m, k, p, x = rng.randint(2, 6), rng.randint(-9, 9), rng.randint(-5, 5), rng.randint(-4, 6)
    if not k or not p:
        return q_compose(rng)
    g = x * x + p
    gx = expr([(1, "x^2"), (p, "")])
    return item("Q_a_compose", "math", f"If f(x) = {lin(m, k)} and g(x) = {gx}, "
                f"what is f(g({x}))?", [whole(m * g + k)])


def q_slope(rng: random.Random) -> Item:  # a slope through two points
    x1, y1, x2, y2 = (rng.randint(-9, 9) for _ in range(4))
    if x1 == x2 or y1 == y2:
        return q_slope(rng)
    return item("Q_a_slope", "math", f"slope of the line through ({x1}, {y1}) and ({x2}, {y2})?",
                [frac(F(y2 - y1, x2 - x1))])


def q_line_eq(rng: random.Random) -> Item:  # a line's equation from two points
    m, c, x1 = rng.choice(NONZERO), rng.randint(-10, 10), rng.randint(-5, 3)
    x2 = x1 + rng.randint(1, 5)
    rhs = [expr([(m, "x"), (c, "")]), expr([(m, "x"), (c, "")], "*")]
    outs = dedupe([f"y = {r}" for r in rhs] + [f"y={r.replace(' ', '')}" for r in rhs])
    return item("Q_a_line_eq", "math", f"Find the equation of the line passing through "
                f"({x1}, {m * x1 + c}) and ({x2}, {m * x2 + c}) in y = mx + b form", [outs])


def q_distance(rng: random.Random) -> Item:  # the distance between two points
    x1, y1, x2, y2 = (rng.randint(-10, 10) for _ in range(4))
    d = math.hypot(x2 - x1, y2 - y1)
    if x1 == x2 or y1 == y2 or abs(d * 100 % 1 - 0.5) < 1e-3:
        return q_distance(rng)
    ans = whole(int(d)) if d == int(d) else dec(d)
    return item("Q_a_distance", "math", f"distance between ({x1},{y1}) and ({x2},{y2})", [ans])


def q_arith_seq(rng: random.Random) -> Item:  # the nth term of an arithmetic sequence
    a, d, n = rng.randint(-10, 30), rng.randint(2, 13), rng.randint(20, 120)
    seq = ", ".join(str(a + d * i) for i in range(4))
    return item("Q_a_arith_seq", "math", f"{seq}, ... what's the {n}th term?",
                [whole(a + d * (n - 1))])


def q_geo_sum(rng: random.Random) -> Item:  # a geometric series summed
    a, r, n = rng.randint(1, 9), rng.choice([2, 3]), rng.randint(5, 12)
    return item("Q_a_geo_sum", "math", f"sum of the first {n} terms of a geometric series with "
                f"first term {a} and ratio {r}", [whole(a * (r ** n - 1) // (r - 1))])


def q_vertex(rng: random.Random) -> Item:  # the vertex of a parabola
    h, k = rng.randint(-8, 8), rng.randint(-20, 20)
    if not h:
        return q_vertex(rng)
    terms = [(1, "x^2"), (-2 * h, "x"), (h * h + k, "")]
    return item("Q_a_vertex", "math", f"vertex of y = {expr(terms)}?",
                [[f"({h}, {k})", f"({h},{k})"]])


def q_minimum(rng: random.Random) -> Item:  # the minimum value of a quadratic
    a, h, k = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-30, 30)
    if not h:
        return q_minimum(rng)
    terms = [(a, "x^2"), (-2 * a * h, "x"), (a * h * h + k, "")]
    return item("Q_a_minimum", "math", f"What's the smallest value {expr(terms)} can take?",
                [whole(k)])


# --- simplify, expand, factor ----------------------------------------------------------

def q_like_terms(rng: random.Random) -> Item:  # like terms in x and y
    a, b, c, d = (rng.randint(2, 12) for _ in range(4))
    if a == c or b == d:
        return q_like_terms(rng)
    return item("Q_a_like_terms", "math", f"simplify: {a}x + {b}y - {c}x - {d}y",
                [forms([(a - c, "x"), (b - d, "y")])])


def q_expand_square(rng: random.Random) -> Item:  # a squared binomial
    p = rng.choice([n for n in range(-12, 13) if n])
    return item("Q_a_expand_square", "math", f"expand ({lin(1, p)})^2",
                [forms([(1, "x^2"), (2 * p, "x"), (p * p, "")])])


def q_expand_two(rng: random.Random) -> Item:  # two binomials with coefficients
    a, p, b, q = rng.randint(2, 5), rng.choice(NONZERO), rng.randint(1, 4), rng.choice(NONZERO)
    if a * q + b * p == 0:
        return q_expand_two(rng)
    return item("Q_a_expand_two", "math", f"multiply out ({lin(a, p)})({lin(b, q)})",
                [forms([(a * b, "x^2"), (a * q + b * p, "x"), (p * q, "")])])


def q_diff_squares(rng: random.Random) -> Item:  # a difference of two squares
    n = rng.randint(2, 15)
    return item("Q_a_diff_squares", "math", f"factor x^2 - {n * n}",
                [factor_pair(f"x - {n}", f"x + {n}")])


def q_factor_monic(rng: random.Random) -> Item:  # a monic trinomial, British spelling
    p, q = rng.sample(NONZERO, 2)
    if p + q == 0:
        return q_factor_monic(rng)
    text = expr([(1, "x^2"), (p + q, "x"), (p * q, "")])
    return item("Q_a_factor_monic", "math", f"Factorise {text}",
                [factor_pair(lin(1, p), lin(1, q))])


def q_factor_leading(rng: random.Random) -> Item:  # a trinomial with leading coefficient
    a, p, q = rng.choice([2, 3, 5]), rng.choice(NONZERO), rng.choice(NONZERO)
    if math.gcd(a, p) != 1 or a * q + p == 0:
        return q_factor_leading(rng)
    terms = [(a, "x^2"), (a * q + p, "x"), (p * q, "")]
    return item("Q_a_factor_leading", "math", f"factor {expr(terms)} completely",
                [factor_pair(lin(a, p), lin(1, q))])


def q_index_laws(rng: random.Random) -> Item:  # powers of x combined
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 6)
    n = a + b - c
    if n <= 1:
        return q_index_laws(rng)
    return item("Q_a_index_laws", "math", f"simplify x^{a} * x^{b} / x^{c}",
                [dedupe([f"x^{n}", f"x**{n}"] + ([f"x{'²³⁴⁵⁶⁷⁸⁹'[n - 2]}"] if n < 10 else []))])


def q_cancel(rng: random.Random) -> Item:  # a rational expression cancelled
    p, q = rng.sample(NONZERO, 2)
    top = expr([(1, "x^2"), (p + q, "x"), (p * q, "")])
    if p + q == 0:
        return q_cancel(rng)
    return item("Q_a_cancel", "math", f"Simplify ({top}) / ({lin(1, q)})",
                [forms([(1, "x"), (p, "")])])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    q_lin_simple, q_lin_frac_answer, q_lin_fraction, q_lin_two_sides, q_quad_roots,
    q_quad_leading, q_quad_moved, q_quad_formula, q_exp_solve, q_log_eval, q_inequality,
    q_percent_unknown, q_consec_even, q_age_gap, q_work_rate, q_eval_cubic, q_compose, q_slope,
    q_line_eq, q_distance, q_arith_seq, q_geo_sum, q_vertex, q_minimum, q_like_terms,
    q_expand_square, q_expand_two, q_diff_squares, q_factor_monic, q_factor_leading,
    q_index_laws, q_cancel)]
