"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 3: equations,
inequalities, simultaneous equations, expanding, factoring and algebra word problems."""

from __future__ import annotations

import itertools
from fractions import Fraction as F

import sympy

from bench.data.agents.heldout23_math import fam, frac, num, pick
from bench.data.agents.helpers import Family, poly

X = sympy.Symbol("x")


def eforms(expr: sympy.Expr) -> list[str]:
    """Spellings of an expression: SymPy's, with ^, without *, and with the terms of a sum in
    other orders."""
    variants = [expr]
    if isinstance(expr, sympy.Add) and len(expr.args) <= 4:
        variants += [sympy.Add(*p, evaluate=False) for p in itertools.permutations(expr.args)]
    out = []
    if isinstance(expr, sympy.Add) and len(expr.args) <= 4:
        out += ["+".join(str(a) for a in p) for p in itertools.permutations(expr.args)]
    for v in variants:
        s = str(v)
        out += [
            s,
            s.replace("**", "^"),
            s.replace("**", "^").replace("*", ""),
            sup(s).replace("*", ""),
        ]
    out = [o.replace(" ", "") for o in out]
    out += [o.replace("**", "^") for o in out] + [
        o.replace("**", "^").replace("*", "") for o in out
    ]
    return list(dict.fromkeys(out + [o.replace("+-", "-") for o in out]))


def sup(text: str) -> str:
    for d, mark in zip("23456789", "²³⁴⁵⁶⁷⁸⁹", strict=True):
        text = text.replace(f"**{d}", mark)
    return text


def xval(v: F, var: str = "x") -> list[str]:
    return [f"{var}={f}" for f in frac(v)] + [f"{var}is{f}" for f in frac(v)]


def pair(a: F, b: F) -> list[str]:
    out = []
    for p, q in ((a, b), (b, a)):
        for s, t in ((str(p), str(q)),):
            out += [
                f"x={s}orx={t}",
                f"x={s},x={t}",
                f"x={s}andx={t}",
                f"x={s},{t}",
                f"{{{s},{t}}}",
                f"x={s}and{t}",
                f"x={s}or{t}",
                f"x₁={s},x₂={t}",
                f"x1={s},x2={t}",
                f"[{s},{t}]",
                f"x={s};x={t}",
                f"x={s}|x={t}",
                f"x={s}|orx={t}",
                f"{s}and{t}",
                f"{s}or{t}",
                f"x₁={s}andx₂={t}",
                f"x1={s}andx2={t}",
            ]
    return out


@fam
def solve_linear(rng):
    a, x = rng.randint(2, 12), rng.randint(-9, 15)
    b = rng.randint(1, 30) * rng.choice([-1, 1])
    sign = f"+ {b}" if b > 0 else f"- {-b}"
    return pick(
        rng,
        f"solve {a}x {sign} = {a * x + b}",
        f"{a}x {sign} = {a * x + b}, x = ?",
        f"find x: {a}x {sign} = {a * x + b}",
    ), [xval(F(x))]


@fam
def linear_both_sides(rng):
    a, c = rng.sample(range(2, 12), 2)
    x = F(rng.randint(-20, 20), rng.choice([1, 1, 2, 3]))
    b = rng.randint(-20, 20)
    d = a * x + b - c * x
    if d.denominator != 1 or b == 0:
        return None
    return pick(
        rng,
        f"solve {a}x + {b} = {c}x + {d}".replace("+ -", "- "),
        f"{a}x + {b} = {c}x + {d}. what's x?".replace("+ -", "- "),
    ), [xval(x)]


@fam
def linear_fraction(rng):
    d, x = rng.randint(2, 9), rng.randint(-30, 60)
    if x % d:
        return None
    b = rng.randint(1, 20)
    return pick(rng, f"x/{d} + {b} = {x // d + b}", f"solve for x: x/{d} + {b} = {x // d + b}"), [
        xval(F(x))
    ]


@fam
def linear_brackets(rng):
    a, b, c, d = rng.randint(2, 7), rng.randint(1, 9), rng.randint(2, 7), rng.randint(1, 9)
    if a == c:
        return None
    x = F(c * d + a * b, a - c)
    return pick(rng, f"solve {a}(x - {b}) = {c}(x + {d})", f"{a}(x-{b}) = {c}(x+{d}), find x"), [
        xval(x)
    ]


@fam
def quadratic_factorable(rng):
    r1, r2 = rng.sample(range(-9, 10), 2)
    k = rng.choice([1, 1, 2, 3])
    b, c = -(r1 + r2), r1 * r2
    text = poly(b, c).replace("x^2", f"{k if k > 1 else ''}x^2")
    if k > 1:
        text = str(sympy.expand(k * (X - r1) * (X - r2))).replace("**", "^").replace("*", "")
    return pick(rng, f"solve {text} = 0", f"roots of {text} = 0?", f"find x if {text} = 0"), [
        pair(F(r1), F(r2))
    ]


@fam
def quadratic_surd(rng):
    p, q = rng.randint(-5, 6), rng.choice([2, 3, 5, 6, 7, 10, 11])
    b, c = -2 * p, p * p - q
    plus, minus = p + sympy.sqrt(q), p - sympy.sqrt(q)
    s1 = [
        f"{p}+√{q}",
        f"{p}+sqrt({q})",
        f"{p}+sqrt{q}",
        f"{p}±√{q}",
        f"{p}±sqrt({q})",
        f"{float(plus):.3f}",
        f"{float(plus):.2f}",
    ]
    s2 = [
        f"{p}-√{q}",
        f"{p}-sqrt({q})",
        f"{p}-sqrt{q}",
        f"{p}±√{q}",
        f"{p}±sqrt({q})",
        f"{float(minus):.3f}",
        f"{float(minus):.2f}",
    ]
    if p == 0:
        s1 += [f"√{q}", f"sqrt({q})", f"±√{q}", f"±sqrt({q})"]
        s2 += [f"-√{q}", f"-sqrt({q})", f"±√{q}", f"±sqrt({q})"]
    return (f"solve {poly(b, c)} = 0 — exact answers (surds) please"), [s1, s2]


@fam
def simultaneous(rng):
    x, y = rng.randint(-6, 12), rng.randint(-6, 12)
    a, b, c, d = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), -rng.randint(1, 5)
    if a * d - b * c == 0:
        return None
    e1 = f"{a}x + {b}y = {a * x + b * y}"
    e2 = f"{c}x - {-d}y = {c * x + d * y}"
    return pick(rng, f"solve {e1} and {e2}", f"simultaneous eqns: {e1}, {e2}. x and y?"), [
        [*xval(F(x)), f"({x},{y})"],
        [*xval(F(y), "y"), f"({x},{y})"],
    ]


@fam
def tickets_system(rng):
    adult, child = rng.randint(8, 25), rng.randint(4, 15)
    if child >= adult:
        return None
    a1, c1, a2, c2 = rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 4), rng.randint(1, 5)
    if a1 * c2 == a2 * c1:
        return None
    return (
        f"cinema: {a1} adult + {c1} kids tickets came to ${a1 * adult + c1 * child}. last week "
        f"{a2} adults + {c2} "
        f"kids was ${a2 * adult + c2 * child}. how much is one adult ticket?"
    ), [num(adult, 0)]


@fam
def inequality_simple(rng):
    a, x = rng.randint(2, 9), rng.randint(-8, 15)
    b = rng.randint(1, 20)
    op, name = rng.choice([(">", ">"), ("<", "<"), ("≥", ">="), ("≤", "<=")])
    rev = {">": "<", "<": ">", ">=": "<=", "<=": ">="}[name]
    sym = {">=": "≥", "<=": "≤"}.get(name, name)
    forms = [
        f"x{name}{x}",
        f"x{sym}{x}",
        f"{x}{rev}x",
        f"{x}{ {'<': '>', '>': '<', '<=': '≥', '>=': '≤'}[name] }x",
    ]
    return pick(
        rng,
        f"solve {a}x - {b} {op} {a * x - b}",
        f"solve the inequality {a}x - {b} {op} {a * x - b}",
    ), [forms]


@fam
def inequality_flip(rng):
    a, x, b = rng.randint(2, 7), rng.randint(-9, 9), rng.randint(1, 15)
    return (f"solve -{a}x + {b} ≤ {-a * x + b}"), [
        [f"x≥{x}", f"x>={x}", f"{x}≤x", f"{x}<=x", f"[{x},∞)", f"[{x},oo)"]
    ]


@fam
def expand_pair(rng):
    a, b = rng.randint(-9, 9), rng.randint(-9, 9)
    if not a or not b:
        return None

    def lin(k):
        return f"x + {k}" if k > 0 else f"x - {-k}"

    e = sympy.expand((X + a) * (X + b))
    return pick(rng, f"expand ({lin(a)})({lin(b)})", f"multiply out ({lin(a)})({lin(b)})"), [
        eforms(e)
    ]


@fam
def expand_square(rng):
    a, b = rng.randint(2, 7), rng.randint(1, 9) * rng.choice([-1, 1])
    e = sympy.expand((a * X + b) ** 2)
    inner = f"{a}x + {b}" if b > 0 else f"{a}x - {-b}"
    return pick(rng, f"expand ({inner})^2", f"what's ({inner})² expanded?"), [eforms(e)]


@fam
def factor_quadratic(rng):
    r1, r2 = rng.sample([k for k in range(-9, 10) if k], 2)
    b, c = r1 + r2, r1 * r2
    t1, t2 = (f"(x+{r1})" if r1 > 0 else f"(x-{-r1})"), (f"(x+{r2})" if r2 > 0 else f"(x-{-r2})")
    forms = [t1 + t2, t2 + t1, t1 + "*" + t2, t2 + "*" + t1, t1 + "·" + t2, t2 + "·" + t1]
    return pick(rng, f"factor {poly(b, c)}", f"factorise {poly(b, c)} please"), [forms]


@fam
def factor_squares(rng):
    a, b = rng.randint(1, 9), rng.randint(1, 12)
    if sympy.gcd(a, b) != 1:
        return None
    ax = f"{a}x" if a > 1 else "x"
    t1, t2 = f"({ax}-{b})", f"({ax}+{b})"
    forms = [t1 + t2, t2 + t1, t1 + "*" + t2, t2 + "*" + t1]
    return pick(
        rng,
        f"factor {a * a if a > 1 else ''}x^2 - {b * b}",
        f"factorise {a * a if a > 1 else ''}x² − {b * b}",
    ), [[f.replace("(1x", "(x") for f in forms]]


@fam
def collect_terms(rng):
    a, b, c, d, e = (
        rng.randint(2, 9),
        rng.randint(1, 9),
        rng.randint(1, 9),
        rng.randint(1, 9),
        rng.randint(1, 9),
    )
    if a == c:
        return None
    y = sympy.Symbol("y")
    expr = (a - c) * X + (b + d) * y - e
    return pick(
        rng,
        f"simplify {a}x + {b}y - {c}x + {d}y - {e}",
        f"collect like terms: {a}x + {b}y − {c}x + {d}y − {e}".replace("−", "-"),
    ), [eforms(expr)]


@fam
def common_factor(rng):
    g, a, b = rng.randint(2, 6), rng.randint(1, 5), rng.randint(1, 7)
    if sympy.gcd(a, b) != 1:
        return None
    ax = f"{a}x" if a > 1 else "x"
    gx = f"{g}x"
    forms = [
        f"{gx}({ax}+{b})",
        f"{gx}*({ax}+{b})",
        f"{gx}({b}+{ax})",
        f"{g}*x*({ax}+{b})",
        f"{g}x·({ax}+{b})",
    ]
    return pick(
        rng, f"factorise {g * a}x^2 + {g * b}x fully", f"factor completely: {g * a}x² + {g * b}x"
    ), [forms]


@fam
def think_of_number(rng):
    n, m, s = rng.randint(3, 40), rng.randint(2, 9), rng.randint(1, 20)
    return (
        pick(
            rng,
            f"I think of a number, multiply it by {m}, subtract {s} and get {n * m - s}. what's "
            "my number?",
            f"riddle from my kid: 'a number times {m}, minus {s}, equals {n * m - s}' — what's "
            "the number",
        )
    ), [num(n, 0)]


@fam
def consecutive_sum(rng):
    n, k = rng.randint(5, 200), rng.choice([3, 4, 5])
    total = sum(range(n, n + k))
    which = rng.choice(["largest", "smallest"])
    return (f"{k} consecutive whole numbers add up to {total}. what's the {which}?"), [
        num(n + k - 1 if which == "largest" else n, 0)
    ]


@fam
def mum_age(rng):
    me, m = rng.randint(4, 30), rng.choice([3, 4, 5])
    who = rng.choice(["mum", "dad", "aunt", "uncle", "grandma"])
    she = {"mum": "she", "aunt": "she", "grandma": "she"}.get(who, "he")
    # mum = m*me now; in t years mum+t = 2(me+t) -> t = (m-2)me
    t = (m - 2) * me
    return (
        f"my {who} is {m} times as old as me. in {t} years {she}'ll be twice as old as me. how "
        "old am I now?"
    ), [num(me, 0)]


def fmt_cents(v: F) -> str:
    return f"{float(v):.2f}"


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        solve_linear,
        linear_both_sides,
        linear_fraction,
        linear_brackets,
        quadratic_factorable,
        quadratic_surd,
        simultaneous,
        tickets_system,
        inequality_simple,
        inequality_flip,
        expand_pair,
        expand_square,
        factor_quadratic,
        factor_squares,
        collect_terms,
        common_factor,
        think_of_number,
        consecutive_sum,
        mum_age,
    )
]
