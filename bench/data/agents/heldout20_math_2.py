"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 2: linear and quadratic
equations, simultaneous equations, word puzzles, inequalities and expanding."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import (
    Made,
    expr,
    fam,
    lab,
    num,
    pick,
    rnd,
)
from bench.data.agents.helpers import Family


def sgn(c: int, first: bool = False) -> str:
    if first:
        return f"-{abs(c)}" if c < 0 else str(c)
    return f"- {abs(c)}" if c < 0 else f"+ {c}"


def lin(a: int, b: int, v: str = "x") -> str:
    """a·v + b written naturally."""
    head = v if a == 1 else f"-{v}" if a == -1 else f"{a}{v}"
    return head if b == 0 else f"{head} {sgn(b)}"


def quad(a: int, b: int, c: int, v: str = "x") -> str:
    t = f"{'' if a == 1 else '-' if a == -1 else a}{v}^2"
    if b:
        t += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}{v}"
    if c:
        t += f" {sgn(c)}"
    return t


def xs(v: F, name: str = "x") -> list[str]:
    return lab([name], num(v))


def roots2(a: F, b: F, name: str = "x") -> list[list[str]]:
    fa, fb = num(a)[0], num(b)[0]
    combo = []
    for p, q in ((fa, fb), (fb, fa)):
        combo += [
            f"{name} = {p}, {q}",
            f"{name} = {p} or {q}",
            f"{name} = {p} and {q}",
            f"{name} = {p} or {name} = {q}",
            f"{name} = {p}, {name} = {q}",
        ]
    subs = [f"{name}₁", f"{name}₂", f"{name}1", f"{name}2", f"{name}_1", f"{name}_2"]
    return [xs(a, name) + lab(subs, num(a)) + combo, xs(b, name) + lab(subs, num(b)) + combo]


def point(x: F | int, y: F | int) -> list[str]:
    out = []
    for a in num(F(x))[:2]:
        for b in num(F(y))[:2]:
            out += [f"({a}, {b})"]
    return out


@fam
def fam_two_step(rng: random.Random) -> Made:
    a, x = rng.randint(2, 12), rng.randint(-9, 20)
    b = rng.choice([i for i in range(-30, 31) if i])
    text = pick(
        rng,
        ["solve {l} = {r}", "{l} = {r}, what's x?", "find x if {l} = {r}", "Solve for x: {l}={r}"],
    ).format(l=lin(a, b), r=a * x + b)
    return text, [xs(F(x))]


@fam
def fam_both_sides(rng: random.Random) -> Made:
    a, c = rng.sample(range(2, 11), 2)
    x = rng.randint(-8, 15)
    b = rng.randint(-20, 20)
    d = a * x + b - c * x
    text = pick(
        rng, ["solve {l} = {r}", "{l} = {r}. x = ?", "what value of x makes {l} equal {r}?"]
    ).format(l=lin(a, b), r=lin(c, d))
    return text, [xs(F(x))]


@fam
def fam_brackets_equation(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(2, 7), rng.randint(-9, 9), rng.randint(2, 7), rng.randint(-9, 9)
    if a == c or b == 0 or d == 0:
        return None
    x = F(c * d - a * b, a - c)
    if x.denominator not in (1, 2, 4, 5):
        return None
    text = pick(
        rng,
        [
            "solve {a}(x {b}) = {c}(x {d})",
            "{a}(x {b}) = {c}(x {d}), find x",
            "Solve {a}(x {b}) = {c}(x {d}) for x",
        ],
    ).format(a=a, b=sgn(b), c=c, d=sgn(d))
    return text, [xs(x)]


@fam
def fam_fraction_equation(rng: random.Random) -> Made:
    d, x = rng.randint(2, 9), rng.randint(-10, 30)
    b = rng.randint(1, 12)
    if (x + b) % d:
        return None
    text = pick(
        rng,
        [
            "solve (x + {b})/{d} = {r}",
            "(x+{b}) / {d} = {r}, x=?",
            "if (x + {b}) divided by {d} is {r}, what is x",
        ],
    ).format(b=b, d=d, r=(x + b) // d)
    return text, [xs(F(x))]


@fam
def fam_think_of_number(rng: random.Random) -> Made:
    n, m, s = rng.randint(3, 40), rng.randint(2, 9), rng.randint(3, 30)
    text = pick(
        rng,
        [
            "I think of a number, multiply it by {m} and subtract {s}. I get {r}. What "
            "was my number?",
            "a number times {m}, minus {s}, equals {r}. what's the number",
            "If you multiply a mystery number by {m} then take away {s} you get {r}. "
            "find the number",
        ],
    ).format(m=m, s=s, r=n * m - s)
    return text, [num(n)]


@fam
def fam_consecutive(rng: random.Random) -> Made:
    k = rng.choice([3, 4, 5])
    start = rng.randint(10, 90)
    even = rng.random() < 0.4
    step = 2 if even else 1
    if even and start % 2:
        start += 1
    seq = [start + step * i for i in range(k)]
    kind = "even integers" if even else "integers"
    which = pick(rng, ["largest", "smallest"])
    ans = seq[-1] if which == "largest" else seq[0]
    text = pick(
        rng,
        [
            "{k} consecutive {t} add up to {s}. What's the {w} one?",
            "the sum of {k} consecutive {t} is {s} — find the {w}",
        ],
    ).format(k=k, t=kind, s=sum(seq), w=which)
    return text, [num(ans)]


@fam
def fam_quadratic_roots(rng: random.Random) -> Made:
    r1, r2 = rng.sample([-9, -7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8, 10], 2)
    eq = quad(1, -(r1 + r2), r1 * r2)
    text = pick(
        rng,
        [
            "solve {e} = 0",
            "roots of {e} = 0?",
            "find x: {e}=0",
            "what are the solutions of {e} = 0",
        ],
    ).format(e=eq)
    return text, roots2(F(r1), F(r2))


@fam
def fam_quadratic_leading(rng: random.Random) -> Made:
    a = rng.choice([2, 3, 5])
    p = rng.choice([q for q in range(-7, 8) if q and math.gcd(q, a) == 1])
    r2 = rng.choice([q for q in range(-6, 7) if q])
    # (a x - p)(x - r2)
    b, c = -(p + a * r2), p * r2
    text = pick(
        rng, ["solve {e} = 0", "{e} = 0, find both roots", "Find the values of x with {e} = 0"]
    ).format(e=quad(a, b, c))
    return text, roots2(F(p, a), F(r2))


@fam
def fam_quadratic_formula(rng: random.Random) -> Made:
    b, c = rng.randint(-9, 9), rng.randint(-15, 10)
    disc = b * b - 4 * c
    if disc <= 0 or math.isqrt(disc) ** 2 == disc:
        return None
    s = math.sqrt(disc)
    r1, r2 = (-b + s) / 2, (-b - s) / 2
    text = pick(
        rng,
        [
            "solve {e} = 0, answers to 2 decimal places",
            "roots of {e}=0 to 2 dp?",
            "use the quadratic formula on {e} = 0 (round to 2 decimals)",
        ],
    ).format(e=quad(1, b, c))
    return text, [rnd(F(r1), 2), rnd(F(r2), 2)]


@fam
def fam_square_equation(rng: random.Random) -> Made:
    a, r = rng.choice([1, 2, 3, 4, 5]), rng.randint(2, 13)
    k = rng.randint(1, 30)
    rhs = a * r * r + k
    text = pick(
        rng,
        [
            "solve {a}x^2 - {k} = {rhs}",
            "{a}x² = {t}, find x (both values)",
            "what x satisfy {a}x^2 - {k} = {rhs}",
        ],
    ).format(a="" if a == 1 else a, k=k, rhs=rhs - 2 * k, t=a * r * r)
    if "{t}" not in text and "x²" not in text:
        text = text.replace(f"= {rhs - 2 * k}", f"= {a * r * r - k}")
    pm = [
        f"x = ±{r}",
        f"x = +/-{r}",
        f"±{r}",
        f"x = {r}, -{r}",
        f"x = -{r}, {r}",
        f"x = {r} or x = -{r}",
        f"x = -{r} or x = {r}",
        f"x = {r} or -{r}",
        f"x = -{r} or {r}",
    ]
    return text, [xs(F(r)) + pm, xs(F(-r)) + pm]


@fam
def fam_simultaneous(rng: random.Random) -> Made:
    x, y = rng.randint(-6, 12), rng.randint(-6, 12)
    a, b, c, d = (rng.choice([i for i in range(-5, 7) if i]) for _ in range(4))
    if a * d - b * c == 0:
        return None
    e1 = f"{lin(a, 0)} {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}y = {a * x + b * y}"
    e2 = f"{lin(c, 0)} {'+' if d > 0 else '-'} {'' if abs(d) == 1 else abs(d)}y = {c * x + d * y}"
    text = pick(
        rng,
        [
            "solve {p} and {q}",
            "Simultaneous equations: {p}, {q}. x and y?",
            "{p}\n{q}\nsolve for x and y",
        ],
    ).format(p=e1, q=e2)
    return text, [xs(F(x)), xs(F(y), "y")]


@fam
def fam_tickets_system(rng: random.Random) -> Made:
    ad, ch = rng.randint(8, 30), rng.randint(3, 15)
    a1, c1, a2, c2 = rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 4), rng.randint(1, 5)
    if a1 * c2 - a2 * c1 == 0 or ad <= ch:
        return None
    place = pick(rng, ["the zoo", "the cinema", "a museum", "the pool"])
    text = pick(
        rng,
        [
            "At {p}, {a1} adult and {c1} child tickets cost ${t1}, and {a2} adult and "
            "{c2} child tickets cost ${t2}. Price of an adult ticket and a child ticket?",
            "{a1} adults + {c1} kids = {t1} dollars at {p}; {a2} adults + {c2} kids = "
            "{t2}. how much is each adult ticket and each child ticket?",
        ],
    ).format(p=place, a1=a1, c1=c1, a2=a2, c2=c2, t1=a1 * ad + c1 * ch, t2=a2 * ad + c2 * ch)
    text = text.replace(" 1 adults", " 1 adult").replace(" 1 kids", " 1 kid")
    text = text.replace("1 adults", "1 adult") if text.startswith("1 adults") else text
    return text, [
        [*lab(["adult", "adult ticket", "adults"], [str(ad)]), f"${ad}", f"{ad} dollars",
         f"costs {ad}", f"{ad} each", f"{ad} per adult"],
        [*lab(["child", "child ticket", "kids", "children"], [str(ch)]), f"${ch}",
         f"{ch} dollars", f"costs {ch}", f"{ch} each", f"{ch} per child"],
    ]


@fam
def fam_sum_difference(rng: random.Random) -> Made:
    a, b = rng.randint(20, 200), rng.randint(3, 150)
    if a <= b:
        a, b = b, a
    if a == b:
        return None
    text = pick(
        rng,
        [
            "Two numbers add up to {s} and differ by {d}. What are they?",
            "sum of two numbers is {s}, their difference is {d}. find both",
            "I have two numbers: together they make {s}, and one is {d} more than the "
            "other. which numbers?",
        ],
    ).format(s=a + b, d=a - b)
    return text, [num(a), num(b)]


@fam
def fam_coins(rng: random.Random) -> Made:
    q, d = rng.randint(5, 40), rng.randint(5, 40)
    kinds = rng.choice(
        [("quarters", 25, "dimes", 10), ("quarters", 25, "nickels", 5), ("dimes", 10, "nickels", 5)]
    )
    value = q * kinds[1] + d * kinds[3]
    text = pick(
        rng,
        [
            "I have {n} coins, all {a} and {b}, worth ${v} in total. How many {a}?",
            "a jar holds {n} coins ({a} and {b} only) totalling {v} dollars. how many of each?",
        ],
    ).format(n=q + d, a=kinds[0], b=kinds[2], v=f"{value / 100:.2f}")
    if "of each" in text:
        return text, [
            [*lab([kinds[0]], [str(q)]), f"{q} {kinds[0]}"],
            [*lab([kinds[2]], [str(d)]), f"{d} {kinds[2]}"],
        ]
    return text, [num(q)]


def ineq(var: str, op: str, v: F) -> list[str]:
    alt = {">=": ["≥", ">="], "<=": ["≤", "<="], ">": [">"], "<": ["<"]}[op]
    flip = {">=": ["≤", "<="], "<=": ["≥", ">="], ">": ["<"], "<": [">"]}[op]
    out = []
    for n in num(v)[:2]:
        out += [f"{var} {o} {n}" for o in alt] + [f"{n} {o} {var}" for o in flip]
    return out


@fam
def fam_inequality(rng: random.Random) -> Made:
    a = rng.choice([i for i in range(-6, 8) if i not in (0, 1, -1)])
    x, b = rng.randint(-8, 12), rng.randint(-15, 15)
    op = rng.choice([">", "<", ">=", "<="])
    shown = {">=": "≥", "<=": "≤"}.get(op, op) if rng.random() < 0.5 else op
    text = pick(
        rng, ["solve {l} {o} {r}", "{l} {o} {r} — solve for x", "find all x with {l} {o} {r}"]
    ).format(l=lin(a, b), o=shown, r=a * x + b)
    res = op if a > 0 else {">": "<", "<": ">", ">=": "<=", "<=": ">="}[op]
    return text, [ineq("x", res, F(x))]


@fam
def fam_integer_count(rng: random.Random) -> Made:
    a, b = rng.randint(2, 5), rng.randint(-6, 6)
    lo, hi = rng.randint(-20, 0), rng.randint(5, 40)
    xs_ = [x for x in range(-50, 60) if lo < a * x + b <= hi]
    text = pick(
        rng,
        [
            "how many integers x satisfy {lo} < {e} ≤ {hi}?",
            "count the whole numbers x (negatives allowed) with {lo} < {e} <= {hi}",
        ],
    ).format(lo=lo, hi=hi, e=lin(a, b))
    return text, [num(len(xs_))]


@fam
def fam_expand_binomials(rng: random.Random) -> Made:
    p, q = rng.choice([i for i in range(-9, 10) if i]), rng.choice([i for i in range(-9, 10) if i])
    if p + q == 0:
        return None
    text = pick(
        rng,
        [
            "expand (x {p})(x {q})",
            "multiply out (x{p})(x{q})",
            "expand and simplify (x {p})(x {q})",
        ],
    ).format(p=sgn(p), q=sgn(q))
    return text, [expr(quad(1, p + q, p * q))]


@fam
def fam_expand_square(rng: random.Random) -> Made:
    a, b = rng.randint(2, 6), rng.choice([i for i in range(-9, 10) if i])
    text = pick(
        rng,
        ["expand ({a}x {b})^2", "what's ({a}x {b})² multiplied out?", "expand ({a}x{b})^2 please"],
    ).format(a=a, b=sgn(b))
    return text, [expr(quad(a * a, 2 * a * b, b * b))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_two_step, fam_both_sides, fam_brackets_equation, fam_fraction_equation,
    fam_think_of_number, fam_consecutive, fam_quadratic_roots, fam_quadratic_leading,
    fam_quadratic_formula, fam_square_equation, fam_simultaneous, fam_tickets_system,
    fam_sum_difference, fam_coins, fam_inequality, fam_integer_count, fam_expand_binomials,
    fam_expand_square)]
