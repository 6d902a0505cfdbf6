"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 1: arithmetic, order of
operations, fractions, decimals and percentages."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction as F
from typing import Any

from bench.data.agents import helpers
from bench.data.agents.helpers import Family

NAMES = [
    "Sam",
    "Priya",
    "Tom",
    "Aisha",
    "Leo",
    "Mia",
    "Carlos",
    "Hana",
    "Ben",
    "Zoe",
    "Omar",
    "Lucy",
]


class Redraw(Exception):
    """Raised by a family when the drawn numbers give an unclear answer."""


def fam(fn: Callable[[random.Random], Any]) -> Family:
    """Wraps ``fn(rng) -> (text, required[, extra])`` as a family named ``I_a_<fn name>``."""
    name = "I_a_" + fn.__name__

    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            try:
                out = fn(rng)
            except (Redraw, ZeroDivisionError):
                continue
            if out is None:
                continue
            extra = out[2] if len(out) > 2 else {}
            return helpers.item(name, "math", out[0], out[1], **extra)

    made = helpers.fresh(make)
    made.__name__ = fn.__name__
    return made


def rnd(value: Any, dp: int) -> F:
    """Half-up rounding to dp decimals; raises Redraw on (or next to) a tie."""
    scaled = F(value) * 10**dp
    low = math.floor(scaled)
    if abs(scaled - low - F(1, 2)) < F(1, 1000) and scaled.denominator != 1:
        raise Redraw
    return F(low + (1 if scaled - low > F(1, 2) else 0), 10**dp)


def num(value: Any, dp: int = 2) -> list[str]:
    """Accepted spellings of value rounded to dp decimals (zeros kept or dropped, commas)."""
    r = rnd(value, dp)
    full = f"{float(r):.{dp}f}" if dp else str(int(r))
    outs = [full]
    text = full
    while "." in text and text.endswith("0"):
        text = text[:-1]
        outs.append(text.rstrip("."))
    if r.denominator == 1 and "." not in full:
        outs += [full + ".0", full + ".00"]
    more = []
    for o in outs:
        head, _, tail = o.partition(".")
        neg = head.startswith("-")
        grouped = f"{abs(int(head)):,}"
        if "," in grouped:
            more.append(("-" if neg else "") + grouped + ("." + tail if tail else ""))
    signed = [f"-${o[1:]}" for o in outs + more if o.startswith("-")]
    return list(dict.fromkeys(outs + more + signed))


def pct(value: Any, dp: int = 2) -> list[str]:
    return ([o + "%" for o in num(value, dp)] + [o + " %" for o in num(value, dp)]
            + [o + "percent" for o in num(value, dp)])


def frac(value: Any) -> list[str]:
    """A fraction in lowest terms, plus its terminating decimal and mixed-number forms."""
    v = F(value)
    out = [str(v)]
    if v.denominator != 1 and (v * 10**6).denominator == 1:
        out.append(f"{float(v):.6f}".rstrip("0"))
    if v.denominator == 1:
        out += [f"{v.numerator}.0"]
    elif abs(v) > 1:
        whole = abs(v.numerator) // v.denominator
        rest = abs(v) - whole
        sign = "-" if v < 0 else ""
        out += [f"{sign}{whole} {rest}", f"{sign}{whole}and{rest}", f"{sign}{whole}+{rest}"]
    return out


def mixed(v: F) -> str:
    whole = v.numerator // v.denominator
    rest = v - whole
    return f"{whole} {rest}" if whole and rest else str(v)


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


@fam
def order_ops(rng):
    b, d = rng.randint(2, 9), rng.choice([2, 3, 4])
    c = d + rng.randint(2, 9)
    a = rng.randint(3, 40)
    prod = b * (c - d)
    if prod % 2:
        return None
    v = a + prod // 2
    expr = f"{a} + {b} × ({c} − {d}) ÷ 2"
    return pick(rng, f"what's {expr}", f"Evaluate {expr}", f"pls work out {expr} (order of ops)"), [
        num(v, 0)
    ]


@fam
def powers_mix(rng):
    a, e, b, c = rng.randint(2, 5), rng.randint(2, 4), rng.randint(3, 12), rng.randint(2, 9)
    d = rng.randint(1, 30)
    v = a**e + b * c - d
    return pick(
        rng,
        f"{a}^{e} + {b}*{c} - {d} = ?",
        f"what does {a}^{e} + {b} x {c} - {d} come to",
        f"calculate {a}**{e} + {b}·{c} − {d}",
    ), [num(v, 0)]


@fam
def long_multiply(rng):
    a, b = rng.randint(120, 999), rng.randint(13, 98)
    return pick(rng, f"quick one: {a} times {b}?", f"What is {a} × {b}", f"{a}*{b}"), [
        num(a * b, 0)
    ]


@fam
def divide_remainder(rng):
    d = rng.randint(3, 12)
    q, r = rng.randint(40, 400), rng.randint(1, d - 1)
    n = q * d + r
    text = pick(
        rng,
        f"what's {n} divided by {d}, as a whole number with remainder?",
        f"{n} ÷ {d} — give me quotient and remainder",
    )
    rem = [
        f"r{r}",
        f"remainder{r}",
        f"remainderof{r}",
        f"remainderis{r}",
        f"remainder:{r}",
        f"r={r}",
        f"remainder={r}",
    ]
    return text, [[str(q)], rem]


@fam
def decimal_product(rng):
    a, b = F(rng.randint(101, 999), 100), F(rng.randint(11, 99), 10)
    return pick(
        rng,
        f"{float(a)} * {float(b)}",
        f"what is {float(a)} times {float(b)}?",
        f"multiply {float(a)} by {float(b)} for me",
    ), [num(a * b, 3)]


@fam
def negatives(rng):
    a, b, c, d = rng.randint(2, 20), rng.randint(5, 30), rng.randint(2, 9), rng.randint(2, 9)
    v = -a - (-b) + c * (-d)
    return pick(rng, f"-{a} - (-{b}) + {c}*(-{d})", f"what's −{a} − (−{b}) + {c} × (−{d})?"), [
        num(v, 0)
    ]


@fam
def square_root(rng):
    n = rng.randint(14, 99)
    return pick(rng, f"square root of {n * n}?", f"what is √{n * n}", f"sqrt({n * n}) = ?"), [
        num(n, 0)
    ]


@fam
def money_left(rng):
    start = rng.randint(150, 400)
    a, b = F(rng.randint(1000, 9000), 100), F(rng.randint(1000, 9000), 100)
    v = start - a - b
    if v < 5:
        return None
    return (
        f"I had ${start} this morning, spent ${float(a):.2f} on groceries and ${float(b):.2f} "
        f"on a gift. how much have I got left?"
    ), [num(v)]


@fam
def add_fractions(rng):
    b, d = rng.sample([2, 3, 4, 5, 6, 7, 8, 9, 10, 12], 2)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    v = F(a, b) + F(c, d)
    return pick(
        rng,
        f"{a}/{b} + {c}/{d}",
        f"add {a}/{b} and {c}/{d}, simplest form please",
        f"what's {a}/{b} plus {c}/{d}?",
    ), [frac(v)]


@fam
def fraction_of_fraction(rng):
    b, d = rng.randint(3, 9), rng.randint(3, 12)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    return pick(rng, f"what is {a}/{b} of {c}/{d}?", f"{a}/{b} × {c}/{d} in lowest terms"), [
        frac(F(a, b) * F(c, d))
    ]


@fam
def divide_mixed(rng):
    w, n, d = rng.randint(1, 5), rng.randint(1, 3), 4
    b = rng.choice([3, 5, 6, 8])
    a = rng.randint(1, b - 1)
    x = w + F(n, d)
    v = x / F(a, b)
    return pick(rng, f"{mixed(x)} ÷ {a}/{b} = ?", f"divide {mixed(x)} by {a}/{b}"), [frac(v)]


@fam
def fraction_to_decimal(rng):
    d = rng.choice([8, 16, 20, 25, 40, 32])
    n = rng.randint(1, d - 1)
    v = F(n, d)
    if v.denominator < 8:
        return None
    return pick(
        rng, f"{v} as a decimal?", f"convert {v} to a decimal", f"what's {v} in decimal form"
    ), [frac(v)[1:]]


@fam
def decimal_to_fraction(rng):
    d = rng.choice([8, 16, 20, 25, 40, 50, 125])
    n = rng.randint(1, d - 1)
    v = F(n, d)
    if v.denominator < 8:
        return None
    return pick(
        rng,
        f"write {float(v)} as a fraction in lowest terms",
        f"{float(v)} as a simplified fraction?",
    ), [[str(v)]]


@fam
def percent_of(rng):
    p = F(rng.randint(5, 95), 2)
    n = rng.randint(20, 900)
    return pick(
        rng,
        f"what is {float(p):g}% of {n}?",
        f"{float(p):g} percent of {n}",
        f"calc {float(p):g}% of {n} pls",
    ), [num(p * n / 100)]


@fam
def what_percent(rng):
    whole = rng.choice([40, 50, 64, 72, 80, 120, 160, 200, 250])
    part = rng.randint(3, whole - 1)
    v = F(part * 100, whole)
    return pick(
        rng,
        f"{part} is what percent of {whole}? (2 dp)",
        f"what percentage of {whole} is {part}, to 2 decimal places",
    ), [pct(v)]


@fam
def percent_change(rng):
    old = rng.choice([40, 50, 60, 80, 120, 150, 200, 250])
    new = old + rng.choice([-1, 1]) * rng.randint(2, old // 2)
    v = F(new - old, old) * 100
    word = "increase" if v > 0 else "decrease"
    return (
        pick(
            rng,
            f"price went from ${old} to ${new}. what's the percent change? round to 2 dp",
            f"our rent changed from {old}0 to {new}0 a month — what % {word} is that? (2 decimals)",
        ),
        [pct(abs(v))],
    )


@fam
def reverse_discount(rng):
    off = rng.choice([10, 15, 20, 25, 30, 40])
    orig = rng.randint(8, 60) * 4
    paid = F(orig * (100 - off), 100)
    return (
        pick(
            rng,
            f"paid ${float(paid):.2f} for a jacket after a {off}% discount. what was the original "
            "price?",
            f"got {off}% off and it came to {fmt2(paid)} — what was it before the discount?",
        ),
        [num(orig)],
    )


def fmt2(v: F) -> str:
    return f"{float(v):.2f}"


@fam
def pizza_eaten(rng):
    a, b = (
        rng.choice([(3, 8), (5, 8), (1, 4), (3, 4), (1, 2)]),
        rng.choice([(1, 6), (5, 6), (2, 3), (1, 3)]),
    )
    v = F(*a) + F(*b)
    return (
        f"we had two pizzas of the same size. {rng.choice(NAMES)} ate {a[0]}/{a[1]} of the first "
        "one and "
        f"the rest of us ate {b[0]}/{b[1]} of the second. how much pizza got eaten in total, as a "
        "fraction?"
    ), [frac(v)]


@fam
def recipe_scale(rng):
    cups = rng.choice([F(2, 3), F(3, 4), F(1, 2), F(1, 3), F(5, 4)])
    base = rng.choice([12, 16, 20, 24])
    want = rng.choice([18, 30, 36, 40, 48, 60, 10])
    if want == base:
        return None
    v = cups * want / base
    return (
        f"my cookie recipe uses {cups} cup of sugar for {base} cookies. how much sugar for {want} "
        "cookies? "
        f"(cups, as a fraction)"
    ), [frac(v)]


@fam
def class_failed(rng):
    n = rng.randint(16, 40)
    p = rng.choice([75, 50, 25, 80, 60, 90, 70, 40, 20, 30, 65, 85, 35, 45, 55, 95])
    if n * p % 100:
        return None
    return pick(
        rng,
        f"there are {n} kids in my class and {p}% passed the test. how many didn't pass?",
        f"{p}% of the {n} people on our team finished the course, how many haven't?",
    ), [num(n - n * p // 100, 0)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        order_ops,
        powers_mix,
        long_multiply,
        divide_remainder,
        decimal_product,
        negatives,
        square_root,
        money_left,
        add_fractions,
        fraction_of_fraction,
        divide_mixed,
        fraction_to_decimal,
        decimal_to_fraction,
        percent_of,
        what_percent,
        percent_change,
        reverse_discount,
        pizza_eaten,
        recipe_scale,
        class_failed,
    )
]
