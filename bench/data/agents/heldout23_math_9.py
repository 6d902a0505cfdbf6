"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 9: algebra word problems,
logs, exponents, inequalities and expressions."""

from __future__ import annotations

from fractions import Fraction as F

import sympy

from bench.data.agents.heldout23_math import NAMES, fam, frac, num, pick
from bench.data.agents.heldout23_math_3 import X, eforms, fmt_cents, pair, xval
from bench.data.agents.helpers import Family, poly


@fam
def coins_puzzle(rng):
    q, d = rng.randint(5, 40), rng.randint(5, 40)
    cents = 25 * q + 10 * d
    return (
        f"jar has {q + d} coins, all quarters and dimes, worth ${cents // 100}.{cents % 100:02d}. "
        f"how many quarters?"
    ), [num(q, 0)]


@fam
def rectangle_from_perimeter(rng):
    w, k, c = rng.randint(3, 30), rng.randint(2, 3), rng.randint(1, 9)
    length = k * w + c
    return (
        f"a garden's length is {c} m more than {k} times its width, and the perimeter is "
        f"{2 * (w + length)} m. "
        f"what's the width?"
    ), [num(w, 0)]


@fam
def texts_bill(rng):
    base, per, n = rng.randint(10, 30), F(rng.choice([5, 10, 15, 20]), 100), rng.randint(20, 200)
    total = base + per * n
    return (
        f"plan is ${base} a month plus ${fmt_cents(per)} per text. bill was ${float(total):.2f}. "
        "how many texts did I "
        f"send?"
    ), [num(n, 0)]


@fam
def sum_difference(rng):
    a, b = rng.randint(10, 80), rng.randint(1, 60)
    big, small = a + b, a
    which = rng.choice(["larger", "smaller"])
    return (
        f"two numbers add up to {big + small} and their difference is {big - small}. what's the "
        f"{which} one?"
    ), [num(big if which == "larger" else small, 0)]


@fam
def evaluate_expr(rng):
    x, y = rng.randint(-5, 6), rng.randint(-5, 6)
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    v = a * x * x - b * x * y + y * y
    return (
        f"if x = {x} and y = {y}, what's {a}x^2 - {b}xy + y^2?".replace("1x^2", "x^2").replace(
            " 1xy", " xy"
        )
    ), [num(v, 0)]


@fam
def suvat_t(rng):
    u, a, t = rng.randint(0, 20), rng.randint(2, 9), rng.randint(2, 15)
    v = u + a * t
    return (f"using v = u + at, find t when v = {v}, u = {u} and a = {a}"), [
        [f"t={t}", f"t={t}s", f"{t}seconds", f"tis{t}", f"{t}s"]
    ]


@fam
def area_quadratic_word(rng):
    w, d = rng.randint(3, 20), rng.randint(1, 9)
    return (
        f"a rectangular rug is {d} ft longer than it is wide and covers {w * (w + d)} sq ft. how "
        "wide is it?"
    ), [num(w, 0)]


@fam
def exponent_equation(rng):
    b, x = rng.choice([2, 3, 4, 5]), rng.randint(3, 9)
    return pick(rng, f"solve {b}^x = {b**x}", f"{b} to the x equals {b**x}, what's x"), [xval(F(x))]


@fam
def log_value(rng):
    b, x = rng.choice([2, 3, 5, 10, 4, 6, 7, 8, 9]), rng.randint(2, 10)
    return pick(
        rng,
        f"log base {b} of {b**x}?",
        f"what is log_{b}({b**x})",
        f"log{b}({b**x}) = ?",
        f"{b} to what power is {b**x}?",
    ), [num(x, 0)]


@fam
def absolute_equation(rng):
    a, b, c = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(1, 20)
    r1, r2 = F(c - b, a), F(-c - b, a)
    inner = f"{a}x + {b}" if b > 0 else f"{a}x - {-b}" if b else f"{a}x"
    return (f"solve |{inner.replace('1x', 'x') if a == 1 else inner}| = {c}"), [pair(r1, r2)]


@fam
def cancel_rational(rng):
    a = rng.randint(1, 12)
    k = rng.choice([1, 2, 3])
    num_txt = f"x^2 - {a * a}" if k == 1 else f"{k}x^2 - {k * a * a}"
    e = k * (X + a)
    return pick(rng, f"simplify ({num_txt})/(x - {a})", f"({num_txt}) ÷ (x − {a}), simplified?"), [
        eforms(e)
        + eforms(sympy.expand(e))
        + eforms(sympy.Mul(k, X + a, evaluate=False))
        + [f"{k}(x+{a})", f"{k}({a}+x)"]
    ]


@fam
def discriminant(rng):
    a, b, c = rng.randint(1, 6), rng.randint(-12, 12), rng.randint(-10, 10)
    expr = str(sympy.expand(a * X**2 + b * X + c)).replace("**", "^").replace("*", "")
    return (f"what's the discriminant of {expr} = 0?"), [num(b * b - 4 * a * c, 0)]


@fam
def vertex(rng):
    h, k = rng.randint(-6, 6), rng.randint(-9, 12)
    b, c = -2 * h, h * h + k
    return pick(
        rng, f"vertex of y = {poly(b, c)}?", f"where's the turning point of y = {poly(b, c)}"
    ), [[f"({h},{k})", f"x={h},y={k}"]]


@fam
def tickets_budget(rng):
    money, price, fee = rng.randint(30, 400), rng.randint(4, 25), rng.randint(2, 8)
    n = (money - fee) // price
    return (
        f"I've got ${money}. concert tickets are ${price} each plus a one-off ${fee} booking fee. "
        f"what's the most tickets I can buy?"
    ), [num(n, 0)]


@fam
def compound_inequality(rng):
    lo, hi, a, b = rng.randint(-6, 2), rng.randint(3, 9), rng.randint(2, 4), rng.randint(-5, 5)
    text = f"{a * lo + b} < {a}x + {b} ≤ {a * hi + b}".replace("+ -", "- ").replace("x + 0 ", "x ")
    return (f"solve {text}"), [[f"{lo}<x≤{hi}", f"{lo}<x<={hi}", f"({lo},{hi}]"]]


@fam
def mixture(rng):
    total = rng.choice([10, 20, 30, 40, 50, 60])
    lo, hi = rng.choice([(10, 40), (20, 50), (15, 45), (10, 30), (25, 75)])
    target = rng.choice(range(lo + 5, hi, 5))
    x = F(total * (hi - target), hi - lo)
    return (
        f"how many litres of {lo}% juice do I mix with {hi}% juice to get {total} L of {target}% "
        "juice? (2 dp if it's not whole)"
    ), [num(x, 2) + frac(x)]


@fam
def expand_simplify(rng):
    a, b, c, d = rng.randint(2, 6), rng.randint(1, 9), rng.randint(2, 6), rng.randint(1, 9)
    e = sympy.expand(a * (X + b) - c * (X - d))
    if e.coeff(X) == 0:
        return None
    return pick(
        rng, f"expand and simplify {a}(x + {b}) - {c}(x - {d})", f"simplify {a}(x+{b}) − {c}(x−{d})"
    ), [eforms(e)]


@fam
def celsius_formula(rng):
    f = rng.randint(-20, 110)
    c = F(f - 32) * 5 / 9
    return (f"using F = 9/5·C + 32, what's C when F = {f}? (1 decimal)"), [num(c, 1)]


@fam
def two_investments(rng):
    total, r1, r2 = rng.randint(5, 30) * 1000, rng.choice([3, 4, 5]), rng.choice([6, 7, 8])
    a = rng.randint(1, total // 1000 - 1) * 1000
    interest = F(a * r1 + (total - a) * r2, 100)
    return (
        f"{rng.choice(NAMES)} split ${total:,} between two accounts paying {r1}% and {r2}% simple "
        "interest. after one "
        f"year the total interest was ${float(interest):,.2f}. how much went into the {r1}% "
        "account?"
    ), [num(a)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        coins_puzzle,
        rectangle_from_perimeter,
        texts_bill,
        sum_difference,
        evaluate_expr,
        suvat_t,
        area_quadratic_word,
        exponent_equation,
        log_value,
        absolute_equation,
        cancel_rational,
        discriminant,
        vertex,
        tickets_budget,
        compound_inequality,
        mixture,
        expand_simplify,
        celsius_formula,
        two_investments,
    )
]
