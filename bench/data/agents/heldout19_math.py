"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 1: shared helpers,
arithmetic, fractions, decimals and percentages."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction as Fr

from bench.data.agents.helpers import Family, fresh, item

Made = tuple[str, list[list[str]]]


class Again(Exception):
    """Raised inside a family to draw again (a rounding tie, a dull case)."""


def fam(fn: Callable[[random.Random], Made]) -> Family:
    name = "C_a_" + fn.__name__

    def make(rng: random.Random) -> dict:
        while True:
            try:
                text, req = fn(rng)
            except Again:
                continue
            return item(name, "math", text, req)

    drawn = fresh(make)
    drawn.__name__ = fn.__name__
    return drawn


def ch(rng: random.Random, options: list) -> object:
    return rng.choice(options)


def ints(n: int | Fr) -> list[str]:
    n = int(n)
    out = [str(n)]
    if abs(n) >= 1000:
        out.append(f"{n:,}")
    return out


def dp(x: Fr | int | float, d: int = 2, keep: bool = True) -> list[str]:
    """x rounded to d decimals (redraws near a tie): the padded and stripped forms."""
    x = Fr(x)
    scaled = x * 10**d
    frac = scaled - math.floor(scaled)
    if abs(frac - Fr(1, 2)) < Fr(1, 50) and frac != 0:
        raise Again
    r = round(scaled) / Fr(10**d)
    padded = f"{float(r):.{d}f}" if d else str(int(r))
    stripped = padded.rstrip("0").rstrip(".") if "." in padded else padded
    out = [padded, stripped] if keep else [stripped]
    more = []
    for s in out:
        whole, _, tail = s.partition(".")
        if abs(int(whole)) >= 1000:
            more.append(f"{int(whole):,}" + ("." + tail if tail else ""))
    return list(dict.fromkeys(out + more))


def money(x: Fr | int | float) -> list[str]:
    return dp(x, 2)


def fr(x: Fr) -> list[str]:
    """An exact fraction, with its terminating decimal when there is one."""
    x = Fr(x)
    if x.denominator == 1:
        return ints(x)
    out = [f"{x.numerator}/{x.denominator}"]
    if (x * 10**6).denominator == 1:
        out.append(f"{float(x):.6f}".rstrip("0"))
    return out


def sup(s: str) -> str:
    table = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
    out, i = "", 0
    while i < len(s):
        if s[i] == "^":
            j = i + 1
            while j < len(s) and (s[j].isdigit() or (s[j] == "-" and j == i + 1)):
                j += 1
            if j == i + 1 or s[i + 1 : j] == "-":
                out += s[i]
                i += 1
                continue
            out += s[i + 1 : j].translate(table)
            i = j
        else:
            out += s[i]
            i += 1
    return out


def ex(*forms: str) -> list[str]:
    """Spellings of an expression: as written with ^, with ** and with superscripts."""
    out: list[str] = []
    for f in forms:
        out += [f, f.replace("^", "**"), sup(f)]
    return list(dict.fromkeys(out))


NAMES = [
    "Sam",
    "Priya",
    "Tom",
    "Lena",
    "Jo",
    "Marco",
    "Aisha",
    "Ben",
    "Kate",
    "Omar",
    "Nina",
    "Leo",
    "Maya",
    "Dev",
    "Ruth",
    "Carlos",
]


@fam
def order_ops(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(5, 60), rng.randint(3, 15), rng.randint(3, 15), rng.randint(2, 40)
    val = a + b * c - d
    t = ch(
        rng,
        [
            "what's {a} + {b} × {c} - {d}",
            "calculate {a} + {b}*{c} - {d} please",
            "{a} plus {b} times {c} minus {d} = ?",
            "quick one: {a} + {b} x {c} − {d}",
        ],
    )
    return t.format(a=a, b=b, c=c, d=d), [ints(val)]


@fam
def order_parens(rng: random.Random) -> Made:
    d = rng.randint(2, 9)
    q = rng.randint(3, 30)
    c = rng.randint(2, 12)
    total = q * d
    a = rng.randint(1, total - 1)
    b = total - a
    e = rng.randint(1, 50)
    val = c * q - e
    t = ch(
        rng,
        [
            "({a} + {b}) / {d} * {c} - {e}",
            "what is ({a}+{b})÷{d}×{c}−{e}?",
            "evaluate (({a} + {b}) / {d}) * {c} - {e}",
        ],
    )
    return t.format(a=a, b=b, c=c, d=d, e=e), [ints(val)]


@fam
def long_multiply(rng: random.Random) -> Made:
    a, b = rng.randint(120, 999), rng.randint(12, 99)
    t = ch(
        rng,
        ["{a} x {b}?", "what's {a} times {b}", "can you multiply {a} by {b} for me", "{a}*{b} = ?"],
    )
    return t.format(a=a, b=b), [ints(a * b)]


@fam
def quotient_remainder(rng: random.Random) -> Made:
    d = rng.randint(6, 23)
    n = rng.randint(200, 3000)
    q, r = divmod(n, d)
    if r == 0 or q == r:
        raise Again
    t = ch(
        rng,
        [
            "{n} divided by {d} — what's the quotient and the remainder?",
            "what's {n} ÷ {d} as a whole number with remainder",
            "long division: {n} / {d}, give quotient and remainder",
        ],
    )
    return t.format(n=n, d=d), [ints(q), ints(r)]


def _fr(rng: random.Random, top: int = 9) -> Fr:
    b = rng.randint(2, top)
    a = rng.randint(1, b - 1)
    return Fr(a, b)


def _show(x: Fr) -> str:
    return f"{x.numerator}/{x.denominator}"


@fam
def add_fractions(rng: random.Random) -> Made:
    x, y = _fr(rng, 12), _fr(rng, 12)
    if x.denominator == y.denominator:
        raise Again
    t = ch(
        rng,
        [
            "{x} + {y} in lowest terms?",
            "add {x} and {y}, simplest form",
            "what is {x} plus {y} as a fraction",
        ],
    )
    return t.format(x=_show(x), y=_show(y)), [fr(x + y)]


@fam
def subtract_mixed(rng: random.Random) -> Made:
    w1, w2 = rng.randint(3, 9), rng.randint(1, 2)
    f1, f2 = _fr(rng, 8), _fr(rng, 8)
    if f1.denominator == f2.denominator:
        raise Again
    val = w1 + f1 - w2 - f2
    whole = math.floor(val)
    rest = val - whole
    forms = fr(val)
    if rest:
        forms += [f"{whole} {rest.numerator}/{rest.denominator}"]
    t = ch(
        rng,
        [
            "{w1} {f1} minus {w2} {f2}?",
            "what's {w1} and {f1} take away {w2} and {f2}",
            "{w1} {f1} - {w2} {f2} = ? (mixed numbers)",
        ],
    )
    return t.format(w1=w1, f1=_show(f1), w2=w2, f2=_show(f2)), [forms]


@fam
def multiply_fractions(rng: random.Random) -> Made:
    x, y = _fr(rng, 11), _fr(rng, 11)
    if (x * y).denominator == 1:
        raise Again
    t = ch(
        rng,
        ["{x} × {y} = ?", "multiply {x} by {y}, simplified", "what's {x} of {y}? give a fraction"],
    )
    return t.format(x=_show(x), y=_show(y)), [fr(x * y)]


@fam
def divide_fractions(rng: random.Random) -> Made:
    x, y = _fr(rng, 10), _fr(rng, 10)
    if x == y:
        raise Again
    t = ch(rng, ["{x} ÷ {y}", "what is {x} divided by {y}?", "divide {x} by {y} please"])
    return t.format(x=_show(x), y=_show(y)), [fr(x / y)]


@fam
def fraction_of_amount(rng: random.Random) -> Made:
    x = _fr(rng, 12)
    n = x.denominator * rng.randint(4, 60)
    t = ch(
        rng,
        [
            "what's {x} of {n}?",
            "{x} of {n} people came — how many is that",
            "I've read {x} of a {n}-page book, how many pages is that?",
        ],
    )
    return t.format(x=_show(x), n=n), [ints(x * n)]


@fam
def decimal_to_fraction(rng: random.Random) -> Made:
    den = ch(rng, [8, 16, 20, 25, 40, 50, 125])
    num = rng.randint(1, den - 1)
    x = Fr(num, den)
    if x.denominator < 4:
        raise Again
    dec = f"{float(x):.6f}".rstrip("0")
    t = ch(
        rng,
        [
            "write {d} as a fraction in lowest terms",
            "{d} as a fraction?",
            "convert {d} to a simplified fraction",
        ],
    )
    return t.format(d=dec), [[_show(x)]]


@fam
def recurring_to_fraction(rng: random.Random) -> Made:
    den = ch(rng, [11, 33, 99, 9, 27, 37])
    num = rng.randint(1, den - 1)
    x = Fr(num, den)
    if x.denominator < 7:
        raise Again
    digits = f"{float(x):.9f}"[:8]
    t = ch(
        rng,
        [
            "what fraction is {d}... (recurring)?",
            "turn the repeating decimal {d}... into a fraction",
            "{d}... repeating forever = which fraction in lowest terms?",
        ],
    )
    return t.format(d=digits), [[_show(x)]]


@fam
def percent_of(rng: random.Random) -> Made:
    p = ch(rng, [Fr(15, 2), Fr(35, 2), 12, 15, 18, 22, Fr(25, 2), 35, 45, 8])
    n = rng.randint(12, 240) * 4
    val = Fr(p) * n / 100
    ps = f"{float(p):g}"
    t = ch(rng, ["what is {p}% of {n}?", "{p} percent of {n}", "calc {p}% of {n} pls"])
    return t.format(p=ps, n=n), [dp(val, 2)]


@fam
def what_percent(rng: random.Random) -> Made:
    total = rng.randint(30, 160)
    part = rng.randint(5, total - 3)
    val = Fr(part * 100, total)
    t = ch(
        rng,
        [
            "I got {a} out of {b} on the test, what percentage is that? round to 1 decimal",
            "{a} of {b} seats are taken — what percent (1 d.p.)?",
            "what % is {a} of {b}? one decimal place",
        ],
    )
    return t.format(a=part, b=total), [dp(val, 1)]


@fam
def percent_change(rng: random.Random) -> Made:
    a = rng.randint(40, 900)
    b = a + rng.choice([-1, 1]) * rng.randint(5, a // 2)
    val = Fr(b - a, a) * 100
    word = "increase" if b > a else "decrease"
    t = ch(
        rng,
        [
            "price went from {a} to {b}. what's the percentage {w}? 2 decimals",
            "my rent changed from ${a} to ${b} — percent {w}, to 2 dp?",
            "percent {w} from {a} to {b} (round to 2 decimal places)",
        ],
    )
    return t.format(a=a, b=b, w=word), [dp(abs(val), 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        order_ops,
        order_parens,
        long_multiply,
        quotient_remainder,
        add_fractions,
        subtract_mixed,
        multiply_fractions,
        divide_fractions,
        fraction_of_amount,
        decimal_to_fraction,
        recurring_to_fraction,
        percent_of,
        what_percent,
        percent_change,
    )
]
