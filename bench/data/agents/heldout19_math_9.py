"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 9: functions, inverse
functions, lines and points, logarithms, exponent equations and number puzzles."""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, dp, ex, fam, fr, ints
from bench.data.agents.heldout19_math_3 import sg
from bench.data.agents.helpers import Family, poly


@fam
def distance_points(rng: random.Random) -> Made:
    x1, y1 = rng.randint(-9, 9), rng.randint(-9, 9)
    dx, dy = rng.randint(-12, 12), rng.randint(-12, 12)
    if dx == 0 or dy == 0:
        raise Again
    d2 = dx * dx + dy * dy
    r = math.isqrt(d2)
    ans = ints(r) if r * r == d2 else dp(Fr(math.sqrt(d2)), 2)
    t = ch(
        rng,
        [
            "distance between ({a}, {b}) and ({c}, {d})? 2 dp if not whole",
            "how far apart are the points ({a},{b}) and ({c},{d}) (round to 2 decimals)",
        ],
    )
    return t.format(a=x1, b=y1, c=x1 + dx, d=y1 + dy), [ans]


@fam
def midpoint(rng: random.Random) -> Made:
    x1, y1, x2, y2 = (rng.randint(-12, 12) for _ in range(4))
    mx, my = Fr(x1 + x2, 2), Fr(y1 + y2, 2)

    def s(v: Fr) -> str:
        return str(v.numerator) if v.denominator == 1 else f"{float(v):g}"

    t = ch(
        rng,
        [
            "midpoint of ({a}, {b}) and ({c}, {d})",
            "what's the midpoint between ({a},{b}) and ({c},{d})?",
        ],
    )
    return t.format(a=x1, b=y1, c=x2, d=y2), [[f"({s(mx)},{s(my)})"]]


@fam
def log_eval(rng: random.Random) -> Made:
    b = rng.randint(2, 9)
    n = rng.randint(2, 12 if b == 2 else 6)
    neg = ch(rng, [False, False, True])
    arg = f"1/{b**n}" if neg else str(b**n)
    val = -n if neg else n
    t = ch(rng, ["log base {b} of {a}", "what's log_{b}({a})?", "evaluate log{b} {a}"])
    return t.format(b=b, a=arg), [ints(val)]


@fam
def exponential_equation(rng: random.Random) -> Made:
    b = ch(rng, [2, 3, 5])
    k = rng.randint(1, 3)
    x = rng.randint(-2, 8)
    n = k * x + rng.randint(-3, 3)
    shift = n - k * x
    if b**n > 10**7 or n < 1:
        raise Again
    e = f"{k}x {sg(shift)}" if shift else f"{k}x"
    e = e.replace("1x", "x") if k == 1 else e
    return ch(rng, [f"solve {b}^({e}) = {b**n}", f"find x if {b}^({e}) = {b**n}"]), [ints(x)]


@fam
def log_equation(rng: random.Random) -> Made:
    b, n = ch(rng, [2, 3, 4, 5, 10]), rng.randint(2, 6)
    c = rng.randint(-10, 10)
    x = b**n - c
    t = ch(rng, ["solve log_{b}(x {c}) = {n}", "log base {b} of (x {c}) equals {n}, x = ?"])
    return t.format(b=b, c=sg(c), n=n), [ints(x)]


@fam
def suvat_subject(rng: random.Random) -> Made:
    u, a, t = rng.randint(0, 20), rng.randint(2, 9), rng.randint(2, 15)
    v = u + a * t
    q = ch(
        rng,
        [
            "using v = u + at, with u = {u}, a = {a} and v = {v}, find t",
            "v = u + at. v is {v}, u is {u}, a is {a}. what's t?",
        ],
    )
    return q.format(u=u, a=a, v=v), [ints(t)]


@fam
def substitute_two(rng: random.Random) -> Made:
    a, b = rng.randint(-6, 8), rng.randint(-6, 8)
    if 0 in (a, b):
        raise Again
    val = 2 * a * a - 3 * a * b + b * b
    if val == 0:
        raise Again
    t = ch(
        rng,
        [
            "if a = {a} and b = {b}, evaluate 2a^2 - 3ab + b^2",
            "a={a}, b={b}. what's 2a² − 3ab + b²?",
        ],
    )
    return t.format(a=a, b=b), [ints(val)]


@fam
def complete_square(rng: random.Random) -> Made:
    p, q = rng.randint(-9, 9), rng.randint(-20, 20)
    if p == 0 or q == 0:
        raise Again
    b, c = 2 * p, p * p + q
    ps = f"+{p}" if p > 0 else str(p)
    qs = f"+{q}" if q > 0 else str(q)
    t = ch(rng, ["write {e} in the form (x + p)^2 + q", "complete the square for {e}"])
    return t.format(e=poly(b, c)), [ex(f"(x{ps})^2{qs}")]


@fam
def vertex(rng: random.Random) -> Made:
    p, q = rng.randint(-9, 9), rng.randint(-20, 20)
    if p == 0:
        raise Again
    t = ch(
        rng,
        [
            "vertex of y = {e}?",
            "where is the turning point of y = {e}",
            "find the minimum point of the parabola y = {e}",
        ],
    )
    return t.format(e=poly(2 * p, p * p + q)), [[f"({-p},{q})"]]


@fam
def remainder_theorem(rng: random.Random) -> Made:
    a, b, c, r = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-9, 9), rng.randint(-4, 5)
    if r == 0 or c == 0:
        raise Again
    val = r**3 + a * r * r + b * r + c
    p = f"x^3 + {a}x^2 {sg(b, 'x')} {sg(c)}".replace(" 1x^2", " x^2")
    div = f"x - {r}" if r > 0 else f"x + {-r}"
    t = ch(
        rng, ["remainder when {p} is divided by ({d})?", "use the remainder theorem: ({p}) ÷ ({d})"]
    )
    return t.format(p=p, d=div), [ints(val)]


@fam
def fractional_power(rng: random.Random) -> Made:
    base, root = rng.randint(2, 6), ch(rng, [2, 3])
    power = rng.randint(1, 4)
    neg = ch(rng, [True, False])
    if math.gcd(power, root) != 1:
        raise Again
    n = base**root
    val = Fr(base**power) if not neg else Fr(1, base**power)
    e = f"-{power}/{root}" if neg else f"{power}/{root}"
    return ch(rng, [f"{n}^({e}) = ?", f"evaluate {n} to the power {e}"]), [fr(val)]


@fam
def absolute_equation(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(2, 20)
    x1, x2 = Fr(c - b, a), Fr(-c - b, a)
    if b == 0 or 0 in (x1, x2):
        raise Again
    ax = "x" if a == 1 else f"{a}x"
    return ch(
        rng, [f"solve |{ax} {sg(b)}| = {c}", f"find both solutions of |{ax} {sg(b)}| = {c}"]
    ), [fr(x1), fr(x2)]


@fam
def consecutive_ints(rng: random.Random) -> Made:
    k = rng.randint(3, 5)
    n = rng.randint(-10, 200)
    s = sum(range(n, n + k))
    w = {3: "three", 4: "four", 5: "five"}[k]
    t = ch(
        rng,
        [
            "{w} consecutive integers add up to {s}. what's the largest?",
            "the sum of {w} consecutive whole numbers is {s} — the biggest one?",
        ],
    )
    return t.format(w=w, s=s), [ints(n + k - 1)]


@fam
def increased_by(rng: random.Random) -> Made:
    p = ch(rng, [5, 10, 12, 15, 20, 25, 30, 40, 50])
    n = rng.randint(10, 400) * 4
    res = Fr(n * (100 + p), 100)
    if res.denominator != 1:
        raise Again
    t = ch(
        rng,
        [
            "a number increased by {p}% gives {r}. what is the number?",
            "after a {p}% raise my salary is {r}. what was it before?",
        ],
    )
    return t.format(p=p, r=res), [ints(n)]


@fam
def sum_difference(rng: random.Random) -> Made:
    a, b = rng.randint(10, 200), rng.randint(1, 150)
    if a <= b:
        raise Again
    t = ch(
        rng,
        [
            "two numbers add to {s} and differ by {d}. what's the bigger one?",
            "sum of two numbers is {s}, difference is {d}; find the smaller number",
        ],
    )
    q = t.format(s=a + b, d=a - b)
    return q, [ints(a if "bigger" in q else b)]


@fam
def direct_variation(rng: random.Random) -> Made:
    k = Fr(rng.randint(2, 30), rng.choice([1, 2, 4]))
    x1, x2 = rng.randint(2, 20) * 2, rng.randint(2, 30)
    y1 = k * x1
    if y1.denominator != 1 or x1 == x2:
        raise Again
    t = ch(
        rng,
        [
            "y varies directly with x. y = {y} when x = {x}. find y when x = {z}",
            "y is proportional to x; if x={x} gives y={y}, what is y at x={z}?",
        ],
    )
    return t.format(y=y1, x=x1, z=x2), [fr(k * x2)]


@fam
def discriminant(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 6), rng.randint(-12, 12), rng.randint(-15, 15)
    d = b * b - 4 * a * c
    if abs(d) < 10:
        raise Again
    lead = "" if a == 1 else str(a)
    return f"what's the discriminant of {lead}x^2 {sg(b, 'x')} {sg(c)}?", [ints(d)]


@fam
def root_sum_product(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 7), rng.randint(-15, 15), rng.randint(-15, 15)
    if 0 in (b, c):
        raise Again
    what = ch(rng, ["sum", "product"])
    val = Fr(-b, a) if what == "sum" else Fr(c, a)
    return f"without solving, what's the {what} of the roots of {a}x^2 {sg(b, 'x')} {sg(c)} = 0?", [
        fr(val)
    ]


@fam
def like_terms(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(2, 12), rng.randint(2, 12), rng.randint(1, 9), rng.randint(1, 9)
    p, q = a - c, b + d
    if p in (0, 1, -1):
        raise Again
    ps = f"{p}x"
    forms = [f"{ps}+{q}y", f"{q}y{'+' if p > 0 else ''}{ps}"]
    t = ch(rng, ["simplify {a}x + {b}y - {c}x + {d}y", "collect like terms: {a}x+{b}y−{c}x+{d}y"])
    return t.format(a=a, b=b, c=c, d=d), [forms]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        distance_points,
        midpoint,
        log_eval,
        exponential_equation,
        log_equation,
        suvat_subject,
        substitute_two,
        complete_square,
        vertex,
        remainder_theorem,
        fractional_power,
        absolute_equation,
        consecutive_ints,
        increased_by,
        sum_difference,
        direct_variation,
        discriminant,
        root_sum_product,
        like_terms,
    )
]
