"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 1: arithmetic, order of
operations, fractions, decimals, percentages, ratios and proportion."""
# ruff: noqa: E501

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

F = Fraction


def fam(fn: Callable[[random.Random], Any]) -> Family:
    """Wraps ``rng -> (text, part, part, ...)`` (or None to redraw) as a fresh family."""
    name = f"F_a_{fn.__name__}"

    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            out = fn(rng)
            if out is not None and all(out[1:]):
                text, *parts = out
                return item(name, "math", text, [list(dict.fromkeys(p)) for p in parts])

    make.__name__ = fn.__name__
    return fresh(make)


def commas(s: str) -> str:
    neg = s.startswith("-")
    body = s[1:] if neg else s
    whole, _, frac = body.partition(".")
    out = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return ("-" if neg else "") + out


def rounded(x: Fraction | int, dp: int = 2) -> list[str] | None:
    """Forms of x rounded half-up to dp decimals; None when x sits near a tie."""
    x = F(x)
    scaled = abs(x) * 10**dp
    frac = scaled - int(scaled)
    if x.denominator != 1 and abs(frac - F(1, 2)) < F(1, 200):
        return None
    n = int(scaled + F(1, 2))
    sign = "-" if x < 0 and n else ""
    s = f"{sign}{n // 10**dp}" + (f".{str(n % 10**dp).zfill(dp)}" if dp else "")
    out = [s]
    if dp:
        out.append(s.rstrip("0").rstrip("."))
    out += [commas(v) for v in out]
    return list(dict.fromkeys(out))


def exact(x: Fraction | int) -> list[str]:
    """An exact value: integer (with commas), or p/q plus its decimal when it terminates."""
    x = F(x)
    if x.denominator == 1:
        return list(dict.fromkeys([str(x.numerator), commas(str(x.numerator))]))
    out = [f"{x.numerator}/{x.denominator}"]
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d == 1:
        s = f"{float(x):.10f}".rstrip("0")
        out += [s, commas(s)]
        if s.startswith("0."):
            out.append(s[1:])
        if s.startswith("-0."):
            out.append("-" + s[2:])
    else:
        for dp in (2, 3, 4):
            out += rounded(x, dp) or []
    return list(dict.fromkeys(out))


def money(x: Fraction | int) -> list[str] | None:
    return rounded(x, 2)


def mixed(x: Fraction) -> list[str]:
    """An improper fraction, its mixed form and decimal where it terminates."""
    out = exact(x)
    if x.denominator != 1 and abs(x) > 1:
        w, r = divmod(abs(x.numerator), x.denominator)
        sign = "-" if x < 0 else ""
        out.append(f"{sign}{w} {r}/{x.denominator}")
        out.append(f"{sign}{w} and {r}/{x.denominator}")
    return out


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


NAMES = ["Sam", "Priya", "Leo", "Maya", "Tom", "Aisha", "Jonas", "Chen", "Rosa", "Ben", "Nina",
         "Omar"]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
         20: "twenty"}


@fam
def order_ops(rng: random.Random) -> Any:
    a, b, c, d = (rng.randint(2, 30) for _ in range(4))
    op = pick(rng, "*", "x", "×")
    text = pick(rng, "what's {e}", "{e} = ?", "calculate {e}", "quick one: {e}",
                "can you work out {e} please").format(e=f"{a} + {b} {op} {c} - {d}")
    return text, exact(a + b * c - d)


@fam
def paren_ops(rng: random.Random) -> Any:
    a, b, d = rng.randint(2, 40), rng.randint(2, 40), rng.randint(2, 9)
    c = rng.randint(2, 12)
    if ((a + b) * c) % d:
        return None
    e = f"({a} + {b}) × {c} ÷ {d}" if rng.random() < .5 else f"({a}+{b})*{c}/{d}"
    return pick(rng, f"evaluate {e}", f"{e}?", f"what does {e} come to"), exact((a + b) * c // d)


@fam
def big_mult(rng: random.Random) -> Any:
    a, b = rng.randint(12, 99), rng.randint(101, 999)
    text = pick(rng, f"what is {a} times {b}", f"{a} x {b}", f"multiply {a} by {b}",
                f"{b}*{a} = ?", f"whats {a}×{b}")
    return text, exact(a * b)


@fam
def long_div(rng: random.Random) -> Any:
    d = rng.choice([3, 6, 7, 9, 11, 12, 13, 14, 17])
    n = rng.randint(100, 5000)
    if n % d == 0:
        return None
    text = pick(rng, f"{n} divided by {d}, to 2 decimal places",
                f"what's {n} / {d}? round to 2 dp", f"{n} ÷ {d} (2 decimals pls)")
    return text, rounded(F(n, d))


@fam
def powers(rng: random.Random) -> Any:
    a, b, c = rng.randint(2, 10), rng.randint(2, 5), rng.randint(2, 40)
    text = pick(rng, f"{a}^{b} - {c}", f"what is {a} to the power {b} minus {c}",
                f"compute {a}**{b} - {c}")
    return text, exact(a**b - c)


@fam
def negatives(rng: random.Random) -> Any:
    a, b, c = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 9)
    text = pick(rng, f"-{a} - (-{b}) × {c}", f"what's -{a} minus negative {b} times {c}",
                f"evaluate -{a} - (-{b})*{c}")
    return text, exact(-a + b * c)


@fam
def frac_add(rng: random.Random) -> Any:
    b, d = rng.sample([3, 4, 5, 6, 7, 8, 9, 10, 12], 2)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    text = pick(rng, f"{a}/{b} + {c}/{d}", f"add {a}/{b} and {c}/{d}, simplest form",
                f"what's {a}/{b} plus {c}/{d}")
    return text, mixed(F(a, b) + F(c, d))


@fam
def mixed_sub(rng: random.Random) -> Any:
    w1, w2 = rng.randint(3, 9), rng.randint(1, 2)
    b, d = rng.sample([2, 3, 4, 5, 6, 8], 2)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    x = w1 + F(a, b) - (w2 + F(c, d))
    text = pick(rng, f"{w1} {a}/{b} - {w2} {c}/{d} = ?",
                f"subtract {w2} and {c}/{d} from {w1} and {a}/{b}",
                f"what's {w1} {a}/{b} take away {w2} {c}/{d}")
    return text, mixed(x)


@fam
def frac_mul(rng: random.Random) -> Any:
    a, b, c, d = rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9), rng.randint(2, 12)
    x = F(a, b) * F(c, d)
    if x.denominator == 1 or F(a, b).denominator == 1 or F(c, d).denominator == 1:
        return None
    return pick(rng, f"{a}/{b} × {c}/{d}", f"multiply {a}/{b} by {c}/{d}",
                f"what is {a}/{b} of {c}/{d}"), mixed(x)


@fam
def frac_div(rng: random.Random) -> Any:
    a, b, c, d = rng.randint(1, 9), rng.randint(2, 10), rng.randint(1, 9), rng.randint(2, 10)
    if a % b == 0 or c % d == 0:
        return None
    x = F(a, b) / F(c, d)
    return pick(rng, f"{a}/{b} ÷ {c}/{d}", f"divide {a}/{b} by {c}/{d}",
                f"{a}/{b} divided by {c}/{d} as a fraction"), mixed(x)


@fam
def frac_of(rng: random.Random) -> Any:
    b = rng.choice([3, 4, 5, 6, 8, 12])
    a = rng.randint(1, b - 1)
    n = b * rng.randint(5, 60)
    if F(a, b).denominator != b:
        return None
    return pick(rng, f"what is {a}/{b} of {n}", f"{a}/{b} of {n} = ?",
                f"I've used {a}/{b} of my {n} sheets. how many is that"), exact(F(a * n, b))


@fam
def dec_to_frac(rng: random.Random) -> Any:
    d = rng.choice([8, 16, 20, 25, 40, 50, 125])
    a = rng.randint(1, d - 1)
    x = F(a, d)
    s = f"{float(x):.6f}".rstrip("0")
    return pick(rng, f"write {s} as a fraction in lowest terms", f"{s} as a fraction?",
                f"convert {s} to a simplified fraction"), [f"{x.numerator}/{x.denominator}"]


@fam
def frac_to_dec(rng: random.Random) -> Any:
    d = rng.choice([8, 16, 20, 32, 40, 80])
    a = rng.randint(1, d - 1)
    if F(a, d).denominator != d:
        return None
    s = f"{a / d:.6f}".rstrip("0")
    return pick(rng, f"{a}/{d} as a decimal", f"what's {a}/{d} in decimal form",
                f"convert {a}/{d} to a decimal"), [s, s[1:]]


@fam
def pct_of(rng: random.Random) -> Any:
    p = rng.choice([F(15, 2), 12, F(35, 2), 15, 22, 35, F(25, 2), 8, 64])
    n = rng.randint(4, 90) * 10
    ps = f"{float(p):g}"
    return pick(rng, f"what is {ps}% of {n}", f"{ps} percent of {n}?",
                f"calc {ps}% of {n} for me"), exact(F(p) * n / 100)


@fam
def pct_change(rng: random.Random) -> Any:
    a = rng.randint(40, 400)
    b = a + rng.randint(-a // 2, a)
    if b == a:
        return None
    x = F(b - a, a) * 100
    item_ = rng.choice(["my rent", "the price of a coffee bag", "our electricity bill",
                        "the stock"])
    word = "increase" if b > a else "decrease"
    text = pick(rng, f"{item_} went from {a} to {b}. what's the percent {word}? 1 decimal place",
                f"percentage change from {a} to {b}, rounded to 1 dp (as a positive number)")
    return text, rounded(abs(x), 1)


@fam
def pct_what(rng: random.Random) -> Any:
    whole = rng.choice([40, 50, 80, 120, 125, 160, 200, 250, 400])
    part = rng.randint(1, whole - 1)
    x = F(part * 100, whole)
    if (x * 100).denominator != 1:
        return None
    return pick(rng, f"{part} is what percent of {whole}?",
                f"I got {part} out of {whole} on the quiz, what percentage is that",
                f"what % of {whole} is {part}"), exact(x)


@fam
def reverse_pct(rng: random.Random) -> Any:
    p = rng.choice([10, 15, 20, 25, 30, 40])
    orig = rng.randint(8, 120) * 4
    sale = F(orig * (100 - p), 100)
    if (sale * 100).denominator != 1:
        return None
    st = rounded(sale)[0]
    return pick(rng, f"a jacket costs {st} after {p}% off. what was the original price",
                f"sale price {st}, discount was {p}%. original?",
                f"paid {st} with a {p}% discount applied — what was the full price?"), money(orig)


@fam
def successive_pct(rng: random.Random) -> Any:
    p, q = rng.choice([10, 20, 25, 30, 50, 60, 5, 15]), rng.choice([10, 20, 25, 40, 5, 15, 30])
    net = (1 + F(p, 100)) * (1 - F(q, 100))
    text = pick(rng, f"a price goes up {p}% and then the new price drops {q}%. overall percent change "
                     "from the original? (negative if it fell)",
                f"shares rose {p}% then fell {q}% from that level. total % change? use a minus sign for a loss")
    change = (net - 1) * 100
    forms = exact(change)
    if change < 0:
        mag = exact(-change)
        forms += [f"{m}% {w}" for m in mag for w in ("decrease", "lower", "loss", "drop", "reduction", "fall", "decline")]
        forms += [f"{w} of {m}%" for m in mag for w in ("decrease", "loss", "drop", "reduction", "fall", "decline")]
        forms += [f"{w} {m}%" for m in mag for w in ("down", "fell", "fell by", "down by", "decreased by")]
    return text, forms


@fam
def ratio_split(rng: random.Random) -> Any:
    parts = [rng.randint(1, 7) for _ in range(3)]
    if parts.count(max(parts)) > 1:
        return None
    n = sum(parts) * rng.randint(5, 40)
    who = rng.sample(NAMES, 3)
    text = pick(rng, f"split {n} in the ratio {parts[0]}:{parts[1]}:{parts[2]}. what's the largest share",
                f"{who[0]}, {who[1]} and {who[2]} share £{n} in the ratio "
                f"{parts[0]}:{parts[1]}:{parts[2]}. how much does the one with the biggest share get")
    return text, exact(F(max(parts) * n, sum(parts)))


@fam
def ratio_simplify(rng: random.Random) -> Any:
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    k = rng.randint(3, 15)
    from math import gcd
    if gcd(a, b) != 1 or a == b:
        return None
    return pick(rng, f"simplify the ratio {a * k}:{b * k}", f"{a * k}:{b * k} in simplest form?",
                f"reduce {a * k} to {b * k} as a ratio"), [f"{a}:{b}", f"{a} to {b}"]


@fam
def proportion_cost(rng: random.Random) -> Any:
    n, m = rng.randint(3, 8), rng.randint(9, 25)
    price = F(rng.randint(150, 900), 100)
    each = price / n
    if (each * m * 100).denominator != 1:
        return None
    return pick(rng, f"{n} pens cost ${rounded(price)[0]}. how much for {m}?",
                f"if {n} cans are {rounded(price)[0]} dollars, what do {m} cans cost"), money(each * m)


@fam
def recipe_scale(rng: random.Random) -> Any:
    s1, s2 = rng.choice([2, 4, 6]), rng.choice([3, 5, 8, 10, 12])
    g = rng.randint(3, 12) * 25
    x = F(g * s2, s1)
    if s1 == s2:
        return None
    ing = rng.choice(["flour", "sugar", "rice", "butter"])
    return pick(rng, f"recipe serves {s1} and uses {g} g of {ing}. how many grams for {s2} people",
                f"scaling a recipe from {s1} servings to {s2}: it needs {g}g {ing}, what's the new amount?"), \
        exact(x) if x.denominator in (1, 2, 4) else None


@fam
def inverse_prop(rng: random.Random) -> Any:
    w1, w2 = rng.randint(3, 12), rng.randint(2, 15)
    d = rng.randint(4, 30)
    if w1 == w2 or (w1 * d) % w2:
        return None
    return pick(rng, f"{w1} painters take {d} days to paint a school. how long would {w2} painters take at the same rate",
                f"it takes {w1} people {d} hours to pack the boxes. how many hours for {w2} people?"), exact(w1 * d // w2)


@fam
def round_place(rng: random.Random) -> Any:
    n = rng.randint(10000, 999999)
    place, unit = rng.choice([("hundred", 100), ("thousand", 1000), ("ten", 10)])
    q, r = divmod(n, unit)
    if 2 * r == unit:
        return None
    v = (q + (1 if 2 * r > unit else 0)) * unit
    return pick(rng, f"round {n} to the nearest {place}", f"{n} to the nearest {place}?"), exact(v)


@fam
def sci_mult(rng: random.Random) -> Any:
    a, b = rng.choice([2, 3, 4, F(5, 2), F(3, 2), 6]), rng.choice([2, 3, 4, F(5, 2), 5])
    p, q = rng.randint(2, 6), rng.randint(2, 6)
    v = a * b * 10 ** (p + q)
    fa, fb = f"{float(a):g}", f"{float(b):g}"
    m = a * b
    e = p + q
    while m >= 10:
        m /= 10
        e += 1
    ms = f"{float(m):g}"
    forms = [*exact(v), f"{ms}×10^{e}", f"{ms}x10^{e}", f"{ms}*10^{e}", f"{ms}e{e}", f"{ms}e+{e}",
                        f"{ms} × 10^{e}", f"{ms}*10**{e}"]
    sup = str(e).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    forms += [f"{ms}×10{sup}", f"{ms}x10{sup}", f"{ms}*10{sup}", f"{ms}·10{sup}"]
    return pick(rng, f"({fa}×10^{p}) × ({fb}×10^{q})", f"multiply {fa} x 10^{p} by {fb} x 10^{q}"), forms


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    order_ops, paren_ops, big_mult, long_div, powers, negatives, frac_add, mixed_sub, frac_mul,
    frac_div, frac_of, dec_to_frac, frac_to_dec, pct_of, pct_change, pct_what, reverse_pct,
    successive_pct, ratio_split, ratio_simplify, proportion_cost, recipe_scale, inverse_prop,
    round_place, sci_mult)]
