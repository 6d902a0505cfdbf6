"""Round 10 (``Z_*``, dev now) for ``muse bench agents``, maths part three: equations,
systems, inequalities, word problems solved with algebra, and simplifying, expanding and
factoring (see :mod:`bench.data.agents.heldout10_math` for the answer forms)."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout10_math import F, dec, dedupe, eq, frac, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item

Terms = list[tuple[int, str]]


def written(terms: Terms, star: str = "", power: str = "^") -> str:
    """Terms [(coefficient, monomial)] as people write them: 2x^2 - 7x - 15."""
    out = ""
    for c, mono in terms:
        if not c:
            continue
        mono = mono.replace("^", power)
        size = "" if abs(c) == 1 and mono else str(abs(c))
        body = f"{size}{star if size and mono else ''}{mono}"
        out += (f"-{body}" if c < 0 else body) if not out else f" {'-' if c < 0 else '+'} {body}"
    return out or "0"


def shapes(terms: Terms) -> list[str]:
    """The ways a reply may write the same expression: 3x^2, 3*x^2, 3*x**2, 3x²."""
    texts = [written(terms), written(terms, "*"), written(terms, "*", "**"),
             written(terms).replace("^2", "²").replace("^3", "³")]
    return dedupe(texts + [t.replace(" ", "") for t in texts])


def quad(a: int, b: int, c: int) -> Terms:
    return [(a, "x^2"), (b, "x"), (c, "")]


def sol(name: str, value: F) -> list[str]:
    return eq(name, frac(F(value)))


def binom(p: int, k: int = 1) -> str:
    """(kx + p) written plainly."""
    return f"({written([(k, 'x'), (p, '')])})"


# --- equations -------------------------------------------------------------------------

def z_lin_both(rng: random.Random) -> Item:  # x on both sides, phrased as a question
    a, c, x, b = rng.randint(3, 15), rng.randint(1, 9), rng.randint(-12, 20), rng.randint(1, 40)
    if a == c:
        return z_lin_both(rng)
    d = a * x - b - c * x
    return item("Z_a_lin_both", "math", f"what value of x makes {written([(a, 'x'), (-b, '')])} = "
                f"{written([(c, 'x'), (d, '')])} true?", [sol("x", x)])


def z_lin_brackets(rng: random.Random) -> Item:  # a bracket to multiply out first
    a, b, c, x = rng.randint(2, 9), rng.randint(1, 12), rng.randint(1, 8), rng.randint(-10, 25)
    if a == c:
        return z_lin_brackets(rng)
    d = a * (x - b) - c * x
    return item("Z_a_lin_brackets", "math", f"solve {a}(x - {b}) = {written([(c, 'x'), (d, '')])}",
                [sol("x", x)])


def z_lin_over(rng: random.Random) -> Item:  # x divided by a number
    k, b = rng.randint(2, 9), rng.randint(1, 30)
    x = k * rng.randint(-8, 20)
    return item("Z_a_lin_over", "math", f"x/{k} + {b} = {x // k + b}, x = ?", [sol("x", x)])


def z_quad_phone(rng: random.Random) -> Item:  # a monic quadratic typed with a superscript
    r1, r2 = sorted(rng.sample([n for n in range(-12, 13) if n], 2))
    if r1 + r2 == 0:
        return z_quad_phone(rng)
    text = written(quad(1, -(r1 + r2), r1 * r2)).replace("^2", "²")
    return item("Z_a_quad_phone", "math", f"find x if {text} = 0", [sol("x", r1), sol("x", r2)])


def z_quad_rational(rng: random.Random) -> Item:  # a quadratic with a fractional root
    p, q, r = rng.randint(-7, 7), rng.choice([2, 3, 4, 5]), rng.randint(-8, 8)
    if math.gcd(p, q) != 1 or p == 0 or r == 0:
        return z_quad_rational(rng)
    # (qx - p)(x - r)
    terms = quad(q, -(q * r + p), p * r)
    return item("Z_a_quad_rational", "math", f"pls solve {written(terms)} = 0",
                [sol("x", F(p, q)), sol("x", r)])


def z_quad_surd(rng: random.Random) -> Item:  # a quadratic with irrational roots, 2 places
    b, c = rng.randint(-9, 9), rng.randint(-12, -1)
    disc = b * b - 4 * c
    if math.isqrt(disc) ** 2 == disc:
        return z_quad_surd(rng)
    roots = [(-b - math.sqrt(disc)) / 2, (-b + math.sqrt(disc)) / 2]
    if any(tie(r) for r in roots):
        return z_quad_surd(rng)
    return item("Z_a_quad_surd", "math", f"{written(quad(1, b, c))} = 0, answers to 2 dp",
                [dedupe(eq("x", dec(r)) + dec(r)) for r in roots])


# --- systems ---------------------------------------------------------------------------

def z_sys_sub(rng: random.Random) -> Item:  # y given in terms of x
    m, k, x = rng.randint(2, 6), rng.randint(-9, 9), rng.randint(-6, 10)
    a = rng.randint(1, 7)
    if not k or a == -m:
        return z_sys_sub(rng)
    y = m * x + k
    return item("Z_a_sys_sub", "math", f"y = {written([(m, 'x'), (k, '')])} and {a}x + y = "
                f"{a * x + y}. find x and y".replace(" 1x", " x"), [sol("x", x), sol("y", y)])


def z_sys_lines(rng: random.Random) -> Item:  # a system pasted on two lines
    a, b, c, d = rng.randint(1, 8), rng.randint(1, 8), rng.randint(1, 8), rng.randint(1, 8)
    x, y = rng.randint(-8, 12), rng.randint(-8, 12)
    if a * -d - b * c == 0:
        return z_sys_lines(rng)
    one = f"{written([(a, 'x'), (b, 'y')])} = {a * x + b * y}"
    two = f"{written([(c, 'x'), (-d, 'y')])} = {c * x - d * y}"
    return item("Z_a_sys_lines", "math", f"solve these simultaneous equations\n{one}\n{two}",
                [sol("x", x), sol("y", y)])


def z_sys_three(rng: random.Random) -> Item:  # three equations in x, y, z
    while True:
        m = [[rng.randint(-3, 4) for _ in range(3)] for _ in range(3)]
        det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
               - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
               + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
        if det and all(any(row) for row in m):
            break
    v = [rng.randint(-5, 8) for _ in range(3)]
    lines = [f"{written([(r[0], 'x'), (r[1], 'y'), (r[2], 'z')])} = "
             f"{sum(c * s for c, s in zip(r, v, strict=True))}" for r in m]
    return item("Z_a_sys_three", "math", "Solve the system: " + ", ".join(lines),
                [sol(name, val) for name, val in zip("xyz", v, strict=True)])


def z_tickets(rng: random.Random) -> Item:  # adult and child tickets
    adult_price, child_price = rng.randint(9, 25), rng.randint(4, 8)
    adults, children = rng.randint(5, 30), rng.randint(5, 40)
    total = adults * adult_price + children * child_price
    return item("Z_a_tickets", "math", f"Adult tickets are ${adult_price} and child tickets "
                f"${child_price}. Our group bought {adults + children} tickets for ${total}. "
                "How many adults and how many children?", [whole(adults), whole(children)])


def z_consecutive(rng: random.Random) -> Item:  # consecutive whole numbers with a given sum
    n = rng.randint(12, 300)
    return item("Z_a_consecutive", "math", f"three consecutive numbers add up to {3 * n + 3}, "
                "what are they", [whole(n), whole(n + 1), whole(n + 2)])


def z_rectangle(rng: random.Random) -> Item:  # a width from an area and a difference
    w, extra = rng.randint(3, 25), rng.randint(2, 12)
    return item("Z_a_rectangle", "math", f"a rectangle is {extra} cm longer than it is wide and "
                f"its area is {w * (w + extra)} cm². how wide is it?",
                [[f"{w} cm", f"{w}cm", f"{w} centimetres", f"{w} centimeters"]])


def z_age_puzzle(rng: random.Random) -> Item:  # a parent's age as a multiple of a child's
    child, k = rng.randint(3, 14), rng.choice([4, 5, 6])
    years = child * (k - 2)
    if years > 40 or k * child > 60:
        return z_age_puzzle(rng)
    return item("Z_a_age_puzzle", "math", f"My mum is {k} times as old as me. In {years} years "
                "she'll be twice my age. How old am I now?",
                [[f"{child} years", f"{child} year", f"are {child}", f"is {child}", f"be {child}",
                  f"{child} now", f"age {child}", f"aged {child}"]])


def z_inequality(rng: random.Random) -> Item:  # a linear inequality
    a, x, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(1, 30)
    sign = rng.choice([">", "<"])
    flip = "<" if sign == ">" else ">"
    return item("Z_a_inequality", "math", f"solve {a}x - {b} {sign} {a * x - b}",
                [[f"x {sign} {x}", f"x{sign}{x}", f"{x} {flip} x", f"{x}{flip}x"]])


def z_exp_equation(rng: random.Random) -> Item:  # an exponential equation with a shift
    base, shift, x = rng.choice([2, 3, 5]), rng.randint(1, 4), rng.randint(1, 6)
    if (x + shift) * math.log(base) > math.log(10**7):
        return z_exp_equation(rng)
    return item("Z_a_exp_equation", "math", f"{base}^(x+{shift}) = {base ** (x + shift)}, "
                "what is x", [sol("x", x)])


def z_log_equation(rng: random.Random) -> Item:  # a logarithm equation
    base, k = rng.choice([2, 3, 4, 5, 6, 7]), rng.randint(2, 5)
    return item("Z_a_log_equation", "math", f"if log base {base} of x is {k}, what's x?",
                [dedupe(sol("x", base ** k) + whole(base ** k))])


def z_eval_f(rng: random.Random) -> Item:  # a quadratic function at a negative point
    a, b, c, x = rng.randint(2, 7), rng.randint(-9, 9), rng.randint(-15, 15), -rng.randint(1, 6)
    if not b or not c:
        return z_eval_f(rng)
    return item("Z_a_eval_f", "math", f"f(x) = {written(quad(a, b, c))}. f({x})?",
                [whole(a * x * x + b * x + c)])


# --- simplify, expand, factor ----------------------------------------------------------

def z_collect_ab(rng: random.Random) -> Item:  # like terms in two letters
    a1, a2, b1, b2 = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    if a1 == a2:
        return z_collect_ab(rng)
    minus = "a" if a2 == 1 else f"{a2}a"
    return item("Z_a_collect_ab", "math", f"simplify {a1}a + {b1}b - {minus} + {b2}b",
                [shapes([(a1 - a2, "a"), (b1 + b2, "b")])])


def z_expand_lin(rng: random.Random) -> Item:  # two binomials, one with a coefficient
    k, p, q = rng.randint(2, 5), rng.choice([n for n in range(-9, 10) if n]), rng.randint(-9, 9)
    if not q or k * q + p == 0:
        return z_expand_lin(rng)
    return item("Z_a_expand_lin", "math", f"expand {binom(p, k)}{binom(q)}",
                [shapes(quad(k, k * q + p, p * q))])


def z_expand_cube(rng: random.Random) -> Item:  # a cubed binomial
    p = rng.choice([n for n in range(-5, 6) if n])
    terms = [(1, "x^3"), (3 * p, "x^2"), (3 * p * p, "x"), (p ** 3, "")]
    return item("Z_a_expand_cube", "math", f"can you expand {binom(p)}^3", [shapes(terms)])


def pairs(p: int, q: int) -> list[str]:
    """(x + p)(x + q) in either order, with or without spaces and a star."""
    out = []
    for a, b in ((p, q), (q, p)):
        out += [binom(a) + binom(b), binom(a) + "*" + binom(b)]
    return dedupe(out + [t.replace(" ", "") for t in out])


def z_factor_trinomial(rng: random.Random) -> Item:  # a monic quadratic factorised
    p, q = rng.sample([n for n in range(-10, 11) if n], 2)
    if p + q == 0:
        return z_factor_trinomial(rng)
    return item("Z_a_factor_trinomial", "math",
                f"can you factor {written(quad(1, p + q, p * q))} for me", [pairs(p, q)])


def z_factor_common(rng: random.Random) -> Item:  # a common factor taken out
    g, a, b = rng.randint(2, 9), rng.randint(1, 7), rng.randint(1, 9)
    if math.gcd(a, b) != 1:
        return z_factor_common(rng)
    inner = written([(a, "x"), (b, "")])
    outs = [f"{g}x({inner})", f"{g}x*({inner})", f"{g}*x*({written([(a, 'x'), (b, '')], '*')})"]
    return item("Z_a_factor_common", "math", f"factorise {written(quad(g * a, g * b, 0))}",
                [dedupe(outs + [o.replace(" ", "") for o in outs])])


def z_simplify_rational(rng: random.Random) -> Item:  # a quadratic over one of its factors
    p, q = rng.sample([n for n in range(-9, 10) if n], 2)
    if p + q == 0:
        return z_simplify_rational(rng)
    top = written(quad(1, p + q, p * q))
    return item("Z_a_simplify_rational", "math", f"simplify ({top})/{binom(p)}",
                [shapes([(1, "x"), (q, "")])])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    z_lin_both, z_lin_brackets, z_lin_over, z_quad_phone, z_quad_rational, z_quad_surd,
    z_sys_sub, z_sys_lines, z_sys_three, z_tickets, z_consecutive, z_rectangle, z_age_puzzle,
    z_inequality, z_exp_equation, z_log_equation, z_eval_f, z_collect_ab, z_expand_lin,
    z_expand_cube, z_factor_trinomial, z_factor_common, z_simplify_rational)]
