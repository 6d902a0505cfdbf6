"""Round 12 (``P_*``, dev now) for ``muse bench agents``, maths part three: equations,
systems, inequalities and functions (answer forms from
:mod:`bench.data.agents.heldout12_math`; expression forms shared with the later parts)."""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout12_math import dec, dedupe, eq, frac, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item

Terms = list[tuple[int | F, str]]
NONZERO = [n for n in range(-9, 10) if n]
SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def write(terms: Terms, star: str = "", power: str = "^") -> str:
    """[(coefficient, monomial)] as text such as 3x^2 - x + 4; zero terms left out."""
    parts: list[str] = []
    for c, mono in terms:
        if c == 0:
            continue
        mono = mono.replace("^", power)
        digits = "" if abs(c) == 1 and mono else str(abs(c))
        body = digits + (star if digits and mono else "") + mono
        sign = "-" if c < 0 else "+"
        parts.append((sign if sign == "-" else "") + body if not parts else f"{sign} {body}")
    return " ".join(parts) or "0"


def sup(text: str) -> str:
    """x^2 written x²."""
    out, i = "", 0
    while i < len(text):
        if text[i] == "^" and i + 1 < len(text) and text[i + 1].isdigit():
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            out += text[i + 1:j].translate(SUPER)
            i = j
        else:
            out += text[i]
            i += 1
    return out


def forms(terms: Terms) -> list[str]:
    """The ways a reply may write an expression: 3x^2, 3*x^2, 3*x**2, 3x², spaced or not."""
    base = [write(terms), write(terms, "*"), write(terms, "*", "**"), sup(write(terms))]
    return dedupe(base + [b.replace(" ", "") for b in base])


def product_forms(factors: list[str], lead: str = "") -> list[str]:
    """A product of bracketed factors in any order, with or without * between them."""
    out: list[str] = []
    for order in itertools.permutations(factors):
        for joint in ("", "*", " "):
            body = joint.join(f"({f})" for f in order)
            out += [lead + body, lead + ("*" if lead and joint == "*" else "") + body]
    return dedupe(out + [o.replace(" ", "") for o in out])


def lin(a: int, b: int, v: str = "x") -> str:
    return write([(a, v), (b, "")])


def sols(name: str, *values: F | int) -> list[list[str]]:
    return [eq(name, frac(F(v))) for v in values]


def point(x: F | int, y: F | int) -> list[str]:
    """A point, its coordinates as fractions or as terminating decimals."""
    out = []
    for xs in frac(F(x))[:2]:
        for ys in frac(F(y))[:2]:
            if " " not in xs + ys:
                out += [f"({xs}, {ys})", f"({xs},{ys})"]
    return dedupe(out)


# --- linear equations ------------------------------------------------------------------

def p_lin_both(rng: random.Random) -> Item:  # x on both sides, bare equation
    a, c = rng.randint(4, 12), rng.randint(1, 3)
    x, b = rng.randint(-12, 20), rng.randint(-25, 25)
    d = (a - c) * x + b
    return item("P_a_lin_both", "math", f"{lin(a, b)} = {lin(c, d)}", sols("x", x))


def p_lin_brackets(rng: random.Random) -> Item:  # brackets to multiply out first
    a, p, c, x = rng.randint(2, 9), rng.randint(1, 12), rng.randint(1, 3), rng.randint(-8, 25)
    if a == c:
        return p_lin_brackets(rng)
    d = a * (x - p) - c * x
    return item("P_a_lin_brackets", "math", f"solve {a}(x - {p}) = {lin(c, d)}", sols("x", x))


def p_lin_decimal(rng: random.Random) -> Item:  # decimal coefficients
    a, x, b = F(rng.choice([2, 4, 5, 15, 25]), 10), rng.randint(-20, 60), rng.randint(1, 20)
    rhs = a * x + b
    return item("P_a_lin_decimal", "math", f"What's x if {float(a):g}x + {b} = {float(rhs):g}?",
                sols("x", x))


def p_lin_riddle(rng: random.Random) -> Item:  # a think-of-a-number riddle
    n, k, s = rng.randint(3, 60), rng.randint(3, 9), rng.randint(2, 30)
    return item("P_a_lin_riddle", "math", f"I'm thinking of a number. multiply it by {k}, take "
                f"away {s} and you get {n * k - s}. what's my number?", [whole(n)])


def p_lin_fraction_root(rng: random.Random) -> Item:  # a root that is a fraction
    a, b, c = rng.randint(3, 11), rng.randint(1, 40), rng.randint(1, 40)
    x = F(c - b, a)
    if x.denominator == 1:
        return p_lin_fraction_root(rng)
    return item("P_a_lin_fraction_root", "math", f"Solve for x: {a}x + {b} = {c}. Exact answer "
                "please.", sols("x", x))


def p_lin_over(rng: random.Random) -> Item:  # x over a number plus a constant
    k, x, b = rng.randint(2, 9), rng.randint(-10, 30), rng.randint(1, 15)
    x *= k
    return item("P_a_lin_over", "math", f"x/{k} - {b} = {x // k - b}, find x", sols("x", x))


def p_lin_rational(rng: random.Random) -> Item:  # a rational equation reducing to linear
    x, k = rng.randint(2, 20), rng.randint(2, 5)
    a = rng.randint(1, 9)
    # (x + b)/(x - a) = k  ->  x + b = k x - k a  ->  b = (k - 1) x - k a
    b = (k - 1) * x - k * a
    if b == 0 or x == a:
        return p_lin_rational(rng)
    top = lin(1, b)
    return item("P_a_lin_rational", "math", f"solve ({top})/(x - {a}) = {k}", sols("x", x))


# --- quadratics and other equations ----------------------------------------------------

def p_quad_plain(rng: random.Random) -> Item:  # a monic quadratic set to zero
    r1, r2 = rng.sample(range(-12, 13), 2)
    if r1 + r2 == 0 or 0 in (r1, r2):
        return p_quad_plain(rng)
    text = write([(1, "x^2"), (-(r1 + r2), "x"), (r1 * r2, "")])
    return item("P_a_quad_plain", "math", f"solve {text} = 0", sols("x", *sorted((r1, r2))))


def p_quad_super(rng: random.Random) -> Item:  # x² written with a superscript, rearranged
    r1, r2 = rng.sample(range(-9, 14), 2)
    if r1 + r2 == 0 or 0 in (r1, r2):
        return p_quad_super(rng)
    rhs = write([(r1 + r2, "x"), (-r1 * r2, "")])
    return item("P_a_quad_super", "math", f"find x if x² = {rhs}", sols("x", *sorted((r1, r2))))


def p_quad_scaled(rng: random.Random) -> Item:  # a quadratic with a leading coefficient
    a, r1, r2 = rng.choice([2, 3, 4]), rng.randint(-7, 7), F(rng.randint(-7, 7), 1)
    r2 /= rng.choice([1, a])
    if r1 == r2 or 0 in (r1, r2):
        return p_quad_scaled(rng)
    b, c = -a * (r1 + r2), a * r1 * r2
    if b.denominator != 1 or c.denominator != 1 or b == 0:
        return p_quad_scaled(rng)
    text = write([(a, "x^2"), (int(b), "x"), (int(c), "")])
    return item("P_a_quad_scaled", "math", f"{text} = 0, what are the solutions?",
                sols("x", *sorted((F(r1), r2))))


def p_quad_square(rng: random.Random) -> Item:  # a pure square equal to a number
    a, r = rng.choice([1, 2, 3, 5]), rng.randint(2, 15)
    return item("P_a_quad_square", "math", f"Solve {'' if a == 1 else a}x^2 = {a * r * r}",
                sols("x", -r, r))


def p_quad_decimals(rng: random.Random) -> Item:  # irrational roots to two places
    a, b, c = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-12, -1)
    disc = b * b - 4 * a * c
    rs = sorted(((-b - math.sqrt(disc)) / (2 * a), (-b + math.sqrt(disc)) / (2 * a)))
    if math.isqrt(disc) ** 2 == disc or any(tie(r) for r in rs):
        return p_quad_decimals(rng)
    text = write([(a, "x^2"), (b, "x"), (c, "")])
    return item("P_a_quad_decimals", "math", f"roots of {text} = 0 to 2 decimal places?",
                [dedupe(eq("x", dec(r)) + dec(r)) for r in rs])


def p_abs_eq(rng: random.Random) -> Item:  # an absolute-value equation
    a, b, k = rng.randint(1, 5), rng.randint(-12, 12), rng.randint(1, 20)
    xs = sorted((F(k - b, a), F(-k - b, a)))
    if b == 0:
        return p_abs_eq(rng)
    return item("P_a_abs_eq", "math", f"|{lin(a, b)}| = {k}", sols("x", *xs))


def p_exp_eq(rng: random.Random) -> Item:  # an exponential equation with x + c
    base, x, c = rng.choice([2, 3, 5]), rng.randint(1, 6), rng.randint(1, 4)
    if base ** (x + c) > 10**7:
        return p_exp_eq(rng)
    return item("P_a_exp_eq", "math", f"{base}^(x+{c}) = {base ** (x + c)}. solve for x",
                sols("x", x))


def p_log_eq(rng: random.Random) -> Item:  # a logarithmic equation
    base, k = rng.choice([2, 3, 4, 5, 10]), rng.randint(2, 6)
    return item("P_a_log_eq", "math", f"Solve log_{base}(x) = {k}", sols("x", base**k))


def p_sqrt_eq(rng: random.Random) -> Item:  # a radical equation
    k, c = rng.randint(2, 12), rng.randint(-9, 15)
    x = k * k - c
    inside = lin(1, c)
    return item("P_a_sqrt_eq", "math", f"sqrt({inside}) = {k}, what is x", sols("x", x))


def p_inequality(rng: random.Random) -> Item:  # a linear inequality with ≤
    a, x, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(1, 30)
    return item("P_a_inequality", "math", f"solve {a}x + {b} ≤ {a * x + b}",
                [[f"x ≤ {x}", f"x≤{x}", f"x <= {x}", f"x<={x}"]])


def p_inequality_flip(rng: random.Random) -> Item:  # dividing by a negative flips the sign
    a, x, b = rng.randint(2, 8), rng.randint(-10, 15), rng.randint(-20, 20)
    return item("P_a_inequality_flip", "math", f"For which x is {b} - {a}x < {b - a * x}?",
                [[f"x > {x}", f"x>{x}"]])


# --- systems ---------------------------------------------------------------------------

def p_sys_sum_diff(rng: random.Random) -> Item:  # a sum and a difference
    x, y = rng.randint(2, 40), rng.randint(1, 30)
    if x == y:
        return p_sys_sum_diff(rng)
    return item("P_a_sys_sum_diff", "math", f"x + y = {x + y} and x - y = {x - y}. x and y?",
                sols("x", x) + sols("y", y))


def p_sys_general(rng: random.Random) -> Item:  # a general two-by-two system
    x, y = rng.randint(-9, 12), rng.randint(-9, 12)
    a, b, c, d = rng.randint(1, 7), rng.choice(NONZERO), rng.randint(1, 7), rng.choice(NONZERO)
    if a * d - b * c == 0:
        return p_sys_general(rng)
    e1, e2 = write([(a, "x"), (b, "y")]), write([(c, "x"), (d, "y")])
    return item("P_a_sys_general", "math", f"Solve the system {e1} = {a * x + b * y}, "
                f"{e2} = {c * x + d * y}", sols("x", x) + sols("y", y))


def p_sys_tickets(rng: random.Random) -> Item:  # adult and child tickets
    pa, pc = rng.randint(9, 20), rng.randint(4, 8)
    na, nc = rng.randint(10, 120), rng.randint(10, 120)
    return item("P_a_sys_tickets", "math", f"Adult tickets are ${pa} and child tickets ${pc}. "
                f"We sold {na + nc} tickets and took ${pa * na + pc * nc}. How many adult and how "
                "many child tickets?", [whole(na), whole(nc)])


def p_sys_three(rng: random.Random) -> Item:  # three equations in three unknowns
    sol = [rng.randint(-6, 8) for _ in range(3)]
    rows = [[rng.choice([-3, -2, -1, 1, 2, 3, 4]) for _ in range(3)] for _ in range(3)]
    det = (rows[0][0] * (rows[1][1] * rows[2][2] - rows[1][2] * rows[2][1])
           - rows[0][1] * (rows[1][0] * rows[2][2] - rows[1][2] * rows[2][0])
           + rows[0][2] * (rows[1][0] * rows[2][1] - rows[1][1] * rows[2][0]))
    if det == 0:
        return p_sys_three(rng)
    eqs = [f"{write(list(zip(r, 'xyz', strict=True)))} = "
           f"{sum(a * s for a, s in zip(r, sol, strict=True))}" for r in rows]
    return item("P_a_sys_three", "math", "solve: " + "; ".join(eqs),
                sols("x", sol[0]) + sols("y", sol[1]) + sols("z", sol[2]))


def p_sys_coins(rng: random.Random) -> Item:  # coins of two kinds
    q, d = rng.randint(3, 40), rng.randint(3, 40)
    total = F(25 * q + 10 * d, 100)
    return item("P_a_sys_coins", "math", f"a jar has {q + d} coins, all quarters and dimes, worth "
                f"${float(total):.2f} in total. how many quarters and how many dimes?",
                [whole(q), whole(d)])


def p_lines_meet(rng: random.Random) -> Item:  # where two lines cross
    x, y = rng.randint(-6, 8), rng.randint(-10, 12)
    m1, m2 = rng.sample(NONZERO, 2)
    l1, l2 = write([(m1, "x"), (y - m1 * x, "")]), write([(m2, "x"), (y - m2 * x, "")])
    return item("P_a_lines_meet", "math", f"Where do y = {l1} and y = {l2} intersect?",
                [point(x, y)])


# --- functions and sequences -----------------------------------------------------------

def p_func_value(rng: random.Random) -> Item:  # a quadratic function at a point
    a, b, c, x = rng.randint(1, 5), rng.choice(NONZERO), rng.randint(-15, 15), rng.randint(-5, 8)
    if x in (0, 1):
        return p_func_value(rng)
    f = write([(a, "x^2"), (b, "x"), (c, "")])
    return item("P_a_func_value", "math", f"f(x) = {f}. What is f({x})?",
                [whole(a * x * x + b * x + c)])


def p_inverse_value(rng: random.Random) -> Item:  # the inverse of a linear function
    m, c, x = rng.randint(2, 9), rng.randint(-12, 12), rng.randint(-10, 20)
    if not c:
        return p_inverse_value(rng)
    return item("P_a_inverse_value", "math", f"if f(x) = {lin(m, c)}, what's f^-1({m * x + c})?",
                [whole(x)])


def p_slope_standard(rng: random.Random) -> Item:  # a slope from standard form
    a, b, c = rng.choice(NONZERO), rng.randint(2, 9), rng.randint(-20, 20)
    if F(-a, b).denominator == 1 and rng.random() < 0.5:
        return p_slope_standard(rng)
    return item("P_a_slope_standard", "math", f"what's the slope of the line "
                f"{write([(a, 'x'), (b, 'y')])} = {c}?", [frac(F(-a, b))])


def p_midpoint(rng: random.Random) -> Item:  # the midpoint of a segment
    x1, y1, x2, y2 = (rng.randint(-12, 12) for _ in range(4))
    return item("P_a_midpoint", "math", f"midpoint of ({x1}, {y1}) and ({x2}, {y2})",
                [point(F(x1 + x2, 2), F(y1 + y2, 2))])


def p_geo_term(rng: random.Random) -> Item:  # a term of a geometric sequence
    a, r, n = rng.randint(1, 7), rng.choice([2, 3, -2]), rng.randint(7, 14)
    seq = ", ".join(str(a * r**i) for i in range(3))
    return item("P_a_geo_term", "math", f"{seq}, ... what's term number {n}?",
                [whole(a * r ** (n - 1))])


def p_arith_sum(rng: random.Random) -> Item:  # an arithmetic series summed
    a, d, n = rng.randint(1, 12), rng.randint(2, 9), rng.randint(15, 60)
    last = a + d * (n - 1)
    return item("P_a_arith_sum", "math", f"add up {a} + {a + d} + {a + 2 * d} + ... + {last}",
                [whole(n * (a + last) // 2)])


def p_pct_unknown(rng: random.Random) -> Item:  # a number from its reduced value
    n, p = rng.randint(2, 90) * 10, rng.choice([10, 20, 25, 30, 40, 60, 70])
    if n * (100 - p) % 100:
        return p_pct_unknown(rng)
    return item("P_a_pct_unknown", "math", f"A number decreased by {p}% is {n * (100 - p) // 100}."
                " What was the number?", [whole(n)])


def p_consecutive(rng: random.Random) -> Item:  # three consecutive integers
    n = rng.randint(5, 300)
    return item("P_a_consecutive", "math", f"three consecutive integers add to {3 * n + 3}, which "
                "are they", [whole(n), whole(n + 1), whole(n + 2)])


def p_remainder_thm(rng: random.Random) -> Item:  # the remainder theorem
    a, b, c, r = rng.choice(NONZERO), rng.choice(NONZERO), rng.randint(-12, 12), rng.randint(-4, 5)
    if r in (0, 1):
        return p_remainder_thm(rng)
    p = write([(1, "x^3"), (a, "x^2"), (b, "x"), (c, "")])
    return item("P_a_remainder_thm", "math", f"What is the remainder when {p} is divided by "
                f"{lin(1, -r)}?", [whole(r**3 + a * r * r + b * r + c)])


def p_discriminant(rng: random.Random) -> Item:  # a discriminant
    a, b, c = rng.randint(1, 6), rng.choice(NONZERO), rng.choice(NONZERO)
    text = write([(a, "x^2"), (b, "x"), (c, "")])
    return item("P_a_discriminant", "math", f"discriminant of {text}?", [whole(b * b - 4 * a * c)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    p_lin_both, p_lin_brackets, p_lin_decimal, p_lin_riddle, p_lin_fraction_root, p_lin_over,
    p_lin_rational, p_quad_plain, p_quad_super, p_quad_scaled, p_quad_square, p_quad_decimals,
    p_abs_eq, p_exp_eq, p_log_eq, p_sqrt_eq, p_inequality, p_inequality_flip, p_sys_sum_diff,
    p_sys_general, p_sys_tickets, p_sys_three, p_sys_coins, p_lines_meet, p_func_value,
    p_inverse_value, p_slope_standard, p_midpoint, p_geo_term, p_arith_sum, p_pct_unknown,
    p_consecutive, p_remainder_thm, p_discriminant)]
