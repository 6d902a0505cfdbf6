"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 3: linear and quadratic
equations, simultaneous equations, inequalities, expanding and factoring."""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, dp, ex, fam, fr, ints
from bench.data.agents.helpers import Family, poly


def sg(n: int, var: str = "") -> str:
    """+3x / - 3x style signed term for writing expressions."""
    k = "" if var and abs(n) == 1 else abs(n)
    return f"{'+' if n >= 0 else '-'} {k}{var}"


def lab(name: str, value: Fr) -> list[str]:
    return [f"{name}{sep}{v}" for v in fr(value) for sep in ("=", ":", " is ", "≈")]


@fam
def linear_solve(rng: random.Random) -> Made:
    a, x, b = rng.randint(2, 12), rng.randint(-15, 25), rng.randint(-30, 30)
    if x in (0, 1) or b == 0:
        raise Again
    t = ch(rng, ["solve {a}x {b} = {c}", "find x: {a}x {b} = {c}", "{a}x {b} = {c}, what is x?"])
    return t.format(a=a, b=sg(b), c=a * x + b), [ints(x)]


@fam
def linear_both_sides(rng: random.Random) -> Made:
    a, c = rng.randint(3, 12), rng.randint(1, 9)
    if a == c:
        raise Again
    x = rng.randint(-12, 20)
    b = rng.randint(-20, 20)
    d = (a - c) * x + b
    if x in (0, 1):
        raise Again
    return f"solve {a}x {sg(b)} = {c}x {sg(d)}".replace("1x", "x"), [ints(x)]


@fam
def linear_fraction_root(rng: random.Random) -> Made:
    a = rng.randint(2, 9)
    num = rng.randint(-40, 40)
    x = Fr(num, a)
    if x.denominator == 1:
        raise Again
    b = rng.randint(-15, 15)
    t = ch(rng, ["solve {a}x {b} = {c}", "{a}x {b} = {c} — x as a fraction?"])
    return t.format(a=a, b=sg(b), c=num + b), [fr(x)]


@fam
def linear_brackets(rng: random.Random) -> Made:
    a, p, c, q = rng.randint(2, 9), rng.randint(-9, 9), rng.randint(1, 8), rng.randint(-9, 9)
    if a == c or p == 0 or q == 0:
        raise Again
    x = Fr(c * q - a * p, a - c)
    if x.denominator != 1 or x in (0, 1):
        raise Again
    right = f"x {sg(q)}" if c == 1 else f"{c}(x {sg(q)})"
    return f"solve {a}(x {sg(p)}) = {right}", [ints(x)]


@fam
def quadratic_roots(rng: random.Random) -> Made:
    r1, r2 = sorted(rng.sample([v for v in range(-11, 13) if v], 2))
    t = ch(rng, ["solve {p} = 0", "roots of {p} = 0?", "find x if {p} = 0", "{p}=0 solve for x"])
    return t.format(p=poly(-(r1 + r2), r1 * r2)), [ints(r1), ints(r2)]


@fam
def quadratic_leading(rng: random.Random) -> Made:
    a = rng.randint(2, 5)
    p = rng.choice([v for v in range(-9, 10) if v and math.gcd(v, a) == 1])
    r2 = rng.randint(-7, 7)
    # (a x - p)(x - r2)
    b, c = -(a * r2 + p), p * r2
    if r2 == 0:
        raise Again
    text = f"{a}x^2"
    if b:
        text += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    text += f" {'+' if c > 0 else '-'} {abs(c)}"
    return ch(rng, [f"solve {text} = 0", f"what are the solutions of {text} = 0"]), [
        fr(Fr(p, a)),
        ints(r2),
    ]


@fam
def quadratic_decimal(rng: random.Random) -> Made:
    b, c = rng.randint(-9, 9), rng.randint(-20, 10)
    disc = b * b - 4 * c
    if disc <= 0 or math.isqrt(disc) ** 2 == disc:
        raise Again
    r1, r2 = (-b - math.sqrt(disc)) / 2, (-b + math.sqrt(disc)) / 2
    t = ch(
        rng, ["solve {p} = 0, roots to 2 decimal places", "{p} = 0 — give both x values to 2 dp"]
    )
    return t.format(p=poly(b, c)), [dp(Fr(r1), 2), dp(Fr(r2), 2)]


@fam
def simultaneous(rng: random.Random) -> Made:
    x, y = rng.randint(-8, 12), rng.randint(-8, 12)
    a, b, c, d = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6), rng.randint(-6, -1)
    if a * d - b * c == 0 or x == y:
        raise Again
    e1 = f"{a}x + {b}y = {a * x + b * y}".replace("1x", "x").replace(" 1y", " y")
    e2 = f"{c}x - {-d}y = {c * x + d * y}".replace("1x", "x").replace(" 1y", " y")
    e1 = e1.replace(" x", " x") if not e1.startswith("1") else e1
    t = ch(
        rng,
        [
            "solve {e1} and {e2}",
            "simultaneous equations: {e1}, {e2}. x and y?",
            "{e1}\n{e2}\nsolve for x and y",
        ],
    )
    return t.format(e1=e1, e2=e2), [lab("x", Fr(x)), lab("y", Fr(y))]


@fam
def tickets_system(rng: random.Random) -> Made:
    pa, pc = rng.randint(9, 20), rng.randint(4, 8)
    na, nc = rng.randint(5, 60), rng.randint(5, 60)
    if na == nc:
        raise Again
    t = ch(
        rng,
        [
            "adult tickets are ${pa} and child tickets ${pc}. {n} tickets were sold for ${m} "
            "in total. how many adult tickets?",
            "a cafe sells big coffees at {pa} and small at {pc}. yesterday {n} coffees made "
            "{m}. how many big ones?",
        ],
    )
    return t.format(pa=pa, pc=pc, n=na + nc, m=pa * na + pc * nc), [ints(na)]


@fam
def inequality(rng: random.Random) -> Made:
    a, x0, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(-20, 20)
    op = ch(rng, [">", "<", "≥", "≤"])
    asc = {">": ">", "<": "<", "≥": ">=", "≤": "<="}[op]
    t = ch(rng, ["solve {a}x {b} {op} {c}", "solve the inequality {a}x {b} {op} {c}"])
    forms = [f"x{op}{x0}", f"x{asc}{x0}"]
    return t.format(a=a, b=sg(b), op=op, c=a * x0 + b), [forms]


@fam
def inequality_flip(rng: random.Random) -> Made:
    a, x0, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(-20, 20)
    op = ch(rng, [">", "<", "≥", "≤"])
    flip = {">": "<", "<": ">", "≥": "≤", "≤": "≥"}[op]
    asc = {">": ">", "<": "<", "≥": ">=", "≤": "<="}[flip]
    text = f"{b} - {a}x {op} {b - a * x0}"
    return ch(rng, [f"solve {text}", f"for which x is {text}?"]), [[f"x{flip}{x0}", f"x{asc}{x0}"]]


@fam
def expand_pair(rng: random.Random) -> Made:
    p, q = rng.randint(-9, 9), rng.randint(-9, 9)
    if 0 in (p, q) or p + q == 0:
        raise Again
    e = poly(p + q, p * q)
    t = ch(
        rng,
        [
            "expand (x {p})(x {q})",
            "multiply out (x{p})(x{q})",
            "expand and simplify (x {p})(x {q})",
        ],
    )
    return t.format(p=sg(p), q=sg(q)), [ex(e, e.replace("x^2", "x²"))]


def _factor_forms(p: int, q: int) -> list[str]:
    def f(v: int) -> str:
        return f"(x+{v})" if v > 0 else f"(x-{-v})"

    return [f(p) + f(q), f(q) + f(p)]


@fam
def factor_quadratic(rng: random.Random) -> Made:
    p, q = rng.randint(-9, 9), rng.randint(-9, 9)
    if 0 in (p, q) or p == q or p + q == 0:
        raise Again
    t = ch(rng, ["factor {e}", "factorise {e}", "can you factorize {e}?"])
    return t.format(e=poly(p + q, p * q)), [_factor_forms(p, q)]


@fam
def difference_squares(rng: random.Random) -> Made:
    k = rng.randint(2, 15)
    a = ch(rng, [1, 1, 2, 3, 5])
    if a > 1 and math.gcd(a, k) != 1:
        raise Again
    lead = "" if a == 1 else str(a * a)
    x = "x" if a == 1 else f"{a}x"
    t = ch(rng, ["factor {l}x^2 - {c}", "factorise {l}x² − {c} completely"])
    return t.format(l=lead, c=k * k), [[f"({x}-{k})({x}+{k})", f"({x}+{k})({x}-{k})"]]


@fam
def evaluate_function(rng: random.Random) -> Made:
    a, b, c, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-12, 12), rng.randint(-5, 9)
    val = a * x * x + b * x + c
    f = (
        f"{a}x^2 {sg(b, 'x')} {sg(c)}".replace("1x^2", "x^2")
        if a == 1
        else f"{a}x^2 {sg(b, 'x')} {sg(c)}"
    )
    t = ch(
        rng, ["f(x) = {f}. what is f({x})?", "if f(x) = {f}, find f({x})", "plug x = {x} into {f}"]
    )
    return t.format(f=f, x=x), [ints(val)]


@fam
def composition(rng: random.Random) -> Made:
    a, b, c, d, x = (
        rng.randint(2, 6),
        rng.randint(-9, 9),
        rng.randint(1, 3),
        rng.randint(-5, 5),
        rng.randint(-4, 6),
    )
    g = c * x * x + d
    val = a * g + b
    t = ch(
        rng,
        [
            "f(x) = {a}x {b}, g(x) = {c}x^2 {d}. what is f(g({x}))?",
            "let f(x) = {a}x {b} and g(x) = {c}x² {d}; compute f(g({x}))",
        ],
    )
    return t.format(a=a, b=sg(b), c=c if c > 1 else "", d=sg(d), x=x), [ints(val)]


@fam
def inverse_value(rng: random.Random) -> Made:
    a, b, y = rng.randint(2, 9), rng.randint(-20, 20), rng.randint(-30, 60)
    x = Fr(y - b, a)
    if b == 0:
        raise Again
    t = ch(
        rng,
        [
            "f(x) = {a}x {b}. find f⁻¹({y})",
            "if f(x) = {a}x {b}, what is f^-1({y})?",
            "inverse of f(x)={a}x {b} evaluated at {y}",
        ],
    )
    return t.format(a=a, b=sg(b), y=y), [fr(x)]


@fam
def slope_points(rng: random.Random) -> Made:
    x1, y1, x2, y2 = (rng.randint(-9, 9) for _ in range(4))
    if x1 == x2 or y1 == y2:
        raise Again
    m = Fr(y2 - y1, x2 - x1)
    t = ch(
        rng,
        [
            "slope of the line through ({a}, {b}) and ({c}, {d})?",
            "gradient between ({a},{b}) and ({c},{d})",
            "what's the slope from ({a}, {b}) to ({c}, {d})",
        ],
    )
    return t.format(a=x1, b=y1, c=x2, d=y2), [fr(m)]


@fam
def line_through(rng: random.Random) -> Made:
    m, c = rng.randint(-6, 6), rng.randint(-10, 10)
    if m in (0, 1) or c == 0:
        raise Again
    x1, x2 = rng.sample(range(-5, 7), 2)
    p1, p2 = (x1, m * x1 + c), (x2, m * x2 + c)
    cs = f"+{c}" if c > 0 else str(c)
    mx = "-x" if m == -1 else f"{m}x"
    forms = [f"y={mx}{cs}", f"y={c}{'+' if m > 0 else ''}{mx}"]
    t = ch(
        rng,
        [
            "equation of the line through {p} and {q} in y = mx + c form",
            "find y = mx + b for the line passing through {p} and {q}",
        ],
    )
    return t.format(p=f"({p1[0]}, {p1[1]})", q=f"({p2[0]}, {p2[1]})"), [forms]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        linear_solve,
        linear_both_sides,
        linear_fraction_root,
        linear_brackets,
        quadratic_roots,
        quadratic_leading,
        quadratic_decimal,
        simultaneous,
        tickets_system,
        inequality,
        inequality_flip,
        expand_pair,
        factor_quadratic,
        difference_squares,
        evaluate_function,
        composition,
        inverse_value,
        slope_points,
        line_through,
    )
]
