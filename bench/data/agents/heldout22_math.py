"""Round 22 (``A_a_*``, dev now) for ``muse bench agents``, math part 1: arithmetic, order of
operations, fractions, decimals, percentages, ratios and proportion."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction as F
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

NAMES = ["Sam", "Priya", "Jonas", "Mei", "Carlos", "Aisha", "Tom", "Lena", "Omar", "Zoe",
         "Kenji", "Rosa", "Dev", "Hannah"]


def rnd(v: Any, p: int = 2) -> F:
    s = F(v) * 10**p
    return F((s.numerator * 2 + s.denominator) // (2 * s.denominator), 10**p)


def tie(v: Any, p: int = 2) -> bool:
    """True when v sits on (or within 0.001 of a unit of) a rounding tie at p places."""
    s = F(v) * 10**p
    frac = s - (s.numerator // s.denominator)
    return abs(frac - F(1, 2)) < F(1, 1000)


def ints(n: int) -> list[str]:
    n = int(n)
    return list(dict.fromkeys([str(n), f"{n:,}"]))


def dec(v: Any, p: int = 2) -> list[str]:
    """v rounded to p places, with and without trailing zeros and thousands commas."""
    q = rnd(v, p)
    sign = "-" if q < 0 else ""
    whole, part = divmod(int(abs(q) * 10**p), 10**p)
    out = []
    for w in (str(whole), f"{whole:,}"):
        if p:
            full = f"{sign}{w}.{part:0{p}d}"
            out += [full, full.rstrip("0").rstrip(".")]
        else:
            out.append(f"{sign}{w}")
    return list(dict.fromkeys(out))


def frac(v: F) -> list[str]:
    """A fraction in lowest terms, plus its terminating decimal or a 2/3/4-place decimal."""
    v = F(v)
    if v.denominator == 1:
        return ints(v.numerator)
    out = [f"{v.numerator}/{v.denominator}"]
    if (v * 10**6).denominator == 1:
        out += dec(v, 6)[1:2]
    else:
        for p in (2, 3, 4):
            if not tie(v, p):
                out += dec(v, p)[:1]
    if abs(v) > 1:
        whole, rest = divmod(abs(v), 1)
        sign = "-" if v < 0 else ""
        out += [f"{sign}{whole} {rest}", f"{sign}{whole} and {rest}"]
    return out


def pm(r1: int, r2: int) -> list[list[str]]:
    """Two integer roots as answer parts; when they are k and -k, "±k" also answers both."""
    parts = [ints(r1), ints(r2)]
    if r1 == -r2 and r1:
        k = abs(r1)
        parts = [[*p, f"±{k}", f"+-{k}", f"+/-{k}"] for p in parts]
    return parts


def fam(make: Callable[[random.Random], Any]) -> Family:
    """Wraps a function returning (text, required) or None into a fresh A_a_ math family."""
    name = make.__name__

    def draw(rng: random.Random) -> dict[str, Any]:
        while True:
            made = make(rng)
            if made:
                text, required = made
                return item(f"A_a_{name}", "math", text, required)
    draw.__name__ = name
    out = fresh(draw)
    out.__name__ = name
    return out


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


@fam
def order_ops(rng):
    a, b, c, d = (rng.randint(2, 15) for _ in range(4))
    e = rng.randint(2, 5)
    v = a + b * c - d * e
    t = pick(rng, f"what's {a} + {b} * {c} - {d} * {e}", f"calculate {a} + {b} × {c} − {d} × {e}",
             f"{a}+{b}*{c}-{d}*{e} = ?", f"quick one: {a} + {b}x{c} - {d}x{e}, following BODMAS")
    return t, [ints(v)]


@fam
def brackets(rng):
    a, b, c, d = (rng.randint(2, 12) for _ in range(4))
    v = (a + b) * c - d ** 2
    t = pick(rng, f"evaluate ({a} + {b}) * {c} - {d}^2", f"what is ({a}+{b})×{c} − {d}²?",
             f"can you work out ({a} + {b}) x {c} minus {d} squared")
    return t, [ints(v)]


@fam
def division_chain(rng):
    c = rng.randint(2, 9)
    b = rng.randint(2, 9)
    a = b * c * rng.randint(2, 12)
    d = rng.randint(1, 30)
    v = F(a, b) / c + d
    t = pick(rng, f"{a} / {b} / {c} + {d}", f"what's {a} ÷ {b} ÷ {c} + {d}",
             f"work out {a}/{b}/{c}+{d} (left to right for the divisions)")
    return t, [frac(v)]


@fam
def big_multiply(rng):
    a, b = rng.randint(120, 990), rng.randint(13, 99)
    t = pick(rng, f"what is {a} times {b}", f"{a} x {b}?", f"multiply {a} by {b} pls",
             f"how much is {a}*{b}")
    return t, [ints(a * b)]


@fam
def long_division(rng):
    b = rng.randint(12, 48)
    q = rng.randint(25, 400)
    t = pick(rng, f"{b * q} divided by {b}", f"what's {b * q} / {b}?",
             f"how many times does {b} go into {b * q}", f"divide {b * q} by {b}")
    return t, [ints(q)]


@fam
def negatives(rng):
    a, b, c = rng.randint(-20, -2), rng.randint(3, 15), rng.randint(-9, -2)
    v = a - b * c
    t = pick(rng, f"({a}) - {b} * ({c})", f"what is {a} − {b}×({c})?",
             f"calc {a} - {b}*({c})")
    return t, [ints(v)]


@fam
def powers_roots(rng):
    r = rng.randint(4, 25)
    e = rng.randint(2, 5)
    b = rng.randint(2, 4)
    v = r + b ** e
    t = pick(rng, f"sqrt({r * r}) + {b}^{e}",
             f"what's the square root of {r * r} plus {b} to the power {e}",
             f"√{r * r} + {b}^{e} = ?")
    return t, [ints(v)]


@fam
def add_fractions(rng):
    a, b, c, d = rng.randint(1, 7), rng.randint(2, 9), rng.randint(1, 7), rng.randint(2, 9)
    if a >= b or c >= d or b == d:
        return None
    v = F(a, b) + F(c, d)
    t = pick(rng, f"{a}/{b} + {c}/{d}", f"add {a}/{b} and {c}/{d}, as a fraction",
             f"what's {a}/{b} plus {c}/{d}? simplest form please")
    return t, [frac(v)]


@fam
def subtract_fractions(rng):
    a, b, c, d = rng.randint(1, 8), rng.randint(2, 9), rng.randint(1, 8), rng.randint(2, 9)
    if a >= b or c >= d or b == d or F(a, b) <= F(c, d):
        return None
    v = F(a, b) - F(c, d)
    t = pick(rng, f"{a}/{b} - {c}/{d} = ?", f"subtract {c}/{d} from {a}/{b}",
             f"what is {a}/{b} minus {c}/{d} in lowest terms")
    return t, [frac(v)]


@fam
def multiply_fractions(rng):
    a, b, c, d = (rng.randint(1, 12) for _ in range(4))
    if F(a, b).denominator == 1 or F(c, d).denominator == 1:
        return None
    v = F(a, b) * F(c, d)
    t = pick(rng, f"{a}/{b} × {c}/{d}", f"multiply {a}/{b} by {c}/{d}",
             f"({a}/{b})*({c}/{d}) simplified?")
    return t, [frac(v)]


@fam
def divide_fractions(rng):
    a, b, c, d = (rng.randint(1, 9) for _ in range(4))
    if F(a, b).denominator == 1 or F(c, d).denominator == 1:
        return None
    v = F(a, b) / F(c, d)
    t = pick(rng, f"{a}/{b} ÷ {c}/{d}", f"what's {a}/{b} divided by {c}/{d}",
             f"({a}/{b}) / ({c}/{d}) as a fraction")
    return t, [frac(v)]


@fam
def mixed_numbers(rng):
    w1, w2 = rng.randint(1, 5), rng.randint(1, 5)
    a, b, c, d = rng.randint(1, 3), rng.choice([2, 3, 4]), rng.randint(1, 5), rng.choice([4, 6, 8])
    if a >= b or c >= d:
        return None
    v = w1 + F(a, b) + w2 + F(c, d)
    whole, rest = divmod(v.numerator, v.denominator)
    forms = frac(v) + ([f"{whole} {F(rest, v.denominator)}"] if rest else [])
    t = pick(rng, f"{w1} {a}/{b} + {w2} {c}/{d}?", f"add {w1} and {a}/{b} to {w2} and {c}/{d}",
             f"I have {w1} {a}/{b} cups of flour and add {w2} {c}/{d} more, how many cups total")
    return t, [forms]


@fam
def fraction_of_amount(rng):
    d = rng.choice([3, 4, 5, 8, 6])
    n = rng.randint(1, d - 1)
    total = d * rng.randint(4, 60)
    name = rng.choice(NAMES)
    t = pick(rng, f"what is {n}/{d} of {total}",
             f"{name} read {n}/{d} of a {total} page book. how many pages is that?",
             f"{n}/{d} of {total} = ?")
    return t, [ints(total * n // d)]


@fam
def decimal_arith(rng):
    a, b = F(rng.randint(100, 9999), 100), F(rng.randint(10, 999), 100)
    c = rng.randint(2, 9)
    v = a * c - b
    t = pick(rng, f"{float(a):.2f} × {c} − {float(b):.2f}",
             f"what's {float(a):.2f}*{c} - {float(b):.2f}")
    return t, [dec(v, 2)]


@fam
def decimal_to_fraction(rng):
    d = rng.choice([4, 5, 8, 20, 25, 40])
    n = rng.randint(1, 3 * d)
    v = F(n, d)
    if v.denominator == 1:
        return None
    t = pick(rng, f"convert {float(v):g} to a fraction in lowest terms",
             f"{float(v):g} as a fraction?",
             f"what is {float(v):g} written as a simplified fraction")
    return t, [[f"{v.numerator}/{v.denominator}"] + [x for x in frac(v)[1:] if " " in x]]


@fam
def fraction_to_percent(rng):
    d = rng.choice([8, 16, 40, 25, 20, 32, 80])
    n = rng.randint(1, d - 1)
    v = F(n * 100, d)
    t = pick(rng, f"what is {n}/{d} as a percentage", f"{n} out of {d} as a percent?",
             f"I got {n} out of {d} on my quiz, what % is that")
    return t, [dec(v, 4)]


@fam
def percent_of(rng):
    p = rng.choice([5, 12, 15, 17.5, 22, 35, 40, 65, 7.5, 18])
    x = rng.randint(40, 2400)
    v = F(str(p)) * x / 100
    t = pick(rng, f"what's {p}% of {x}", f"{p} percent of {x}?", f"calculate {p}% of {x}")
    return t, [dec(v, 2) + ([] if (v * 100).denominator == 1 else dec(v, 3))]


@fam
def percent_change(rng):
    a = rng.randint(40, 900)
    b = rng.randint(40, 900)
    if a == b:
        return None
    v = F(b - a, a) * 100
    if tie(v, 1):
        return None
    word = "increase" if b > a else "decrease"
    t = pick(rng, f"percentage change from {a} to {b}? 1 decimal place",
             f"went from {a} to {b}, what's the percent {word}? round to 1 dp",
             f"my followers went from {a} to {b}. by what percentage did they "
             f"{'grow' if b > a else 'drop'}? (1 decimal)")
    return t, [dec(abs(v), 1)]


@fam
def what_percent(rng):
    whole = rng.randint(50, 800)
    part = rng.randint(5, whole - 1)
    v = F(part * 100, whole)
    if tie(v, 1):
        return None
    t = pick(rng, f"{part} is what percent of {whole}? round to 1 dp",
             f"what percentage of {whole} is {part} (one decimal)",
             f"{part} of the {whole} people surveyed said yes. what % is that, to 1 decimal place?")
    return t, [dec(v, 1)]


@fam
def reverse_percent(rng):
    orig = rng.randint(20, 500)
    p = rng.choice([10, 20, 25, 15, 30, 40])
    after = F(orig * (100 + p), 100)
    if after.denominator != 1:
        return None
    t = pick(rng, f"a price after a {p}% increase is {after}. what was it before?",
             f"after a {p}% raise my rent is {after}. what was it originally",
             f"{after} is {100 + p}% of what number?")
    return t, [ints(orig)]


@fam
def ratio_split(rng):
    a, b = rng.randint(1, 7), rng.randint(1, 7)
    if a == b:
        return None
    total = (a + b) * rng.randint(5, 80)
    n1, n2 = rng.sample(NAMES, 2)
    t = pick(rng, f"split {total} in the ratio {a}:{b}. how much is the bigger share?",
             f"{n1} and {n2} share {total} dollars in the ratio {a}:{b}. how much does {n1} get?",
             f"divide {total} in ratio {a} to {b}, what's the smaller part")
    part = a if "does" in t else (max(a, b) if "bigger" in t else min(a, b))
    share = total * part // (a + b)
    return t, [ints(share)]


@fam
def ratio_three(rng):
    a, b, c = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
    total = (a + b + c) * rng.randint(3, 40)
    t = pick(rng,
             f"three friends split {total} in the ratio {a}:{b}:{c}. how much does the third one "
             f"get?",
             f"share {total} in the ratio {a}:{b}:{c} — what is the last share?")
    return t, [ints(total * c // (a + b + c))]


@fam
def recipe_scale(rng):
    serves = rng.choice([2, 4, 6, 8])
    want = rng.choice([3, 5, 10, 12, 7])
    grams = rng.choice([150, 200, 250, 300, 120, 180, 400])
    ing = rng.choice(["flour", "sugar", "butter", "rice", "pasta", "oats"])
    v = F(grams * want, serves)
    if tie(v, 1):
        return None
    t = pick(rng,
             f"a recipe for {serves} uses {grams}g of {ing}. how much {ing} do I need for {want} "
             f"people? (1 dp)",
             f"recipe serves {serves}, needs {grams} g {ing}. scaling to {want} servings, how "
             f"many grams? round to 1 decimal")
    return t, [dec(v, 1)]


@fam
def unit_rate(rng):
    n = rng.randint(3, 12)
    price = rnd(F(rng.randint(150, 2500), 100) * n)
    m = rng.randint(2, 20)
    v = price / n * m
    if tie(v):
        return None
    thing = rng.choice(["pens", "cans of soda", "candles", "bags of chips", "bottles of water"])
    t = pick(rng,
             f"{n} {thing} cost ${float(price):.2f}. how much would {m} cost at the same price?",
             f"if {n} {thing} are {float(price):.2f} dollars, what do {m} cost? round to the cent")
    return t, [dec(v)]


@fam
def inverse_proportion(rng):
    w = rng.randint(2, 12)
    d = rng.randint(2, 30)
    w2 = rng.randint(2, 15)
    if w2 == w:
        return None
    v = F(w * d, w2)
    if tie(v, 1):
        return None
    t = pick(rng,
             f"{w} workers can paint a building in {d} days. how many days would {w2} workers "
             f"take at the same rate? (1 dp)",
             f"it takes {w} pumps {d} hours to empty a tank. how long for {w2} pumps? round to 1 "
             f"decimal")
    return t, [dec(v, 1)]


@fam
def map_scale(rng):
    scale = rng.choice([25000, 50000, 10000, 20000, 100000])
    cm = F(rng.randint(11, 199), 10)
    v = cm * scale / 100000
    t = pick(rng, f"on a 1:{scale} map two towns are {float(cm):g} cm apart. real distance in km?",
             f"map scale 1:{scale}, measured {float(cm):g}cm on the map. how many km is that in "
             f"real life")
    return t, [dec(v, 3)]


@fam
def ratio_simplify(rng):
    g = rng.randint(2, 12)
    a, b = rng.randint(1, 15), rng.randint(1, 15)
    if a == b or F(a, b).denominator != b:
        return None
    t = pick(rng, f"simplify the ratio {a * g}:{b * g}", f"what's {a * g}:{b * g} in simplest form",
             f"reduce {a * g} : {b * g}")
    return t, [[f"{a}:{b}", f"{a} : {b}"]]


@fam
def rounding(rng):
    v = F(rng.randint(10**5, 10**7), 10**4)
    p = rng.choice([1, 2, 3])
    if tie(v, p):
        return None
    t = pick(rng, f"round {float(v):.4f} to {p} decimal places",
             f"{float(v):.4f} rounded to {p} dp?")
    return t, [dec(v, p)[:1]]


@fam
def sci_notation(rng):
    m = rng.randint(11, 99)
    e = rng.randint(3, 8)
    n = m * 10 ** e
    t = pick(rng, f"write {n:,} in scientific notation", f"{n} in standard form?")
    s = f"{m / 10:g}"
    sup = str(e + 1).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return t, [[f"{s}×10{sup}", f"{s}x10{sup}", f"{s}*10{sup}", f"{s}·10{sup}",
                f"{s}×10^{e + 1}", f"{s}x10^{e + 1}", f"{s}*10^{e + 1}", f"{s}e{e + 1}",
                f"{s}e+{e + 1}", f"{s}×10^({e + 1})", f"{s}*10^({e + 1})"]]


@fam
def average_speed_simple(rng):
    km = rng.randint(20, 400)
    mins = rng.randint(20, 300)
    v = F(km * 60, mins)
    if tie(v, 1):
        return None
    t = pick(rng, f"drove {km} km in {mins} minutes, average speed in km/h? 1 dp",
             f"if I cover {km}km in {mins} min what's my average speed in km per hour (round to "
             f"1 decimal)")
    return t, [dec(v, 1)]


@fam
def percent_of_percent(rng):
    p, q = rng.choice([20, 30, 40, 60, 75, 80]), rng.choice([10, 15, 25, 50, 45])
    n = rng.randint(200, 3000)
    v = F(n * p * q, 10000)
    if v.denominator != 1:
        return None
    if v.denominator != 1:
        return None
    t = pick(rng,
             f"{p}% of the {n} students play a sport, and {q}% of those play football. how many "
             f"play football? ",
             f"a town has {n} households. {p}% have a dog and {q}% of the dog owners have 2 or "
             f"more. how many households have 2+ dogs")
    return t, [dec(v, 2)]


@fam
def exchange_simple(rng):
    rate = rng.choice(["1.17", "1.08", "0.86", "1.27", "0.92"])
    amt = rng.randint(20, 900)
    a, b = rng.choice([("EUR", "USD"), ("GBP", "USD"), ("USD", "EUR"), ("EUR", "GBP"), ("USD",
                                                                                        "CAD")])
    v = amt * F(rate)
    t = pick(rng, f"how much is {amt} {a} in {b} if 1 {a} = {rate} {b}",
             f"convert {amt} {a} to {b} at a rate of {rate} {b} per {a}")
    return t, [dec(v)]


@fam
def estimate_tip_percent(rng):
    bill = rnd(F(rng.randint(1500, 15000), 100))
    tip = rnd(bill * F(rng.randint(80, 260), 1000))
    v = tip / bill * 100
    if tie(v, 1):
        return None
    t = pick(rng,
             f"bill was ${float(bill):.2f} and I left ${float(tip):.2f}. what percent tip is "
             f"that? 1 decimal",
             f"paid {float(tip):.2f} tip on a {float(bill):.2f} meal, what % is that (1 dp)")
    return t, [dec(v, 1)]


@fam
def compare_fractions(rng):
    a, b, c, d = rng.randint(1, 8), rng.randint(2, 11), rng.randint(1, 8), rng.randint(2, 11)
    if a >= b or c >= d or F(a, b) == F(c, d):
        return None
    diff = abs(F(a, b) - F(c, d))
    t = pick(rng,
             f"which is bigger, {a}/{b} or {c}/{d}, and by how much? give the difference as a "
             f"fraction",
             f"{a}/{b} vs {c}/{d}: by how much does the larger exceed the smaller (fraction)")
    return t, [frac(diff)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    order_ops, brackets, division_chain, big_multiply, long_division, negatives, powers_roots,
    add_fractions, subtract_fractions, multiply_fractions, divide_fractions, mixed_numbers,
    fraction_of_amount, decimal_arith, decimal_to_fraction, fraction_to_percent, percent_of,
    percent_change, what_percent, reverse_percent, ratio_split, ratio_three, recipe_scale,
    unit_rate, inverse_proportion, map_scale, ratio_simplify, rounding, sci_notation,
    average_speed_simple, percent_of_percent, exchange_simple, estimate_tip_percent,
    compare_fractions)]
