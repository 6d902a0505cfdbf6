"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 7: fractions, mixed
numbers, fraction and decimal conversion, percentages, ratios and proportion."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import (
    NAMES,
    Made,
    dec,
    fam,
    money,
    num,
    pct,
    pick,
    rnd,
)
from bench.data.agents.helpers import Family


@fam
def fam_fraction_add(rng: random.Random) -> Made:
    a, b = (
        F(rng.randint(1, 7), rng.choice([3, 4, 5, 6, 8])),
        F(rng.randint(1, 9), rng.choice([6, 9, 10, 12])),
    )
    if a.denominator == b.denominator or (a + b).denominator == 1:
        return None
    if 1 in (a.denominator, b.denominator):
        return None
    text = pick(
        rng,
        [
            "{a} + {b} = ? (as a fraction in lowest terms)",
            "what's {a} plus {b}, simplest form",
            "add the fractions {a} and {b}",
        ],
    ).format(a=f"{a.numerator}/{a.denominator}", b=f"{b.numerator}/{b.denominator}")
    return text, [num(a + b)]


@fam
def fam_fraction_subtract(rng: random.Random) -> Made:
    a, b = (
        F(rng.randint(5, 11), rng.choice([6, 8, 12])),
        F(rng.randint(1, 4), rng.choice([3, 5, 9, 10])),
    )
    if a <= b or (a - b).denominator == 1 or a.denominator == 1 or b.denominator == 1:
        return None
    text = pick(
        rng,
        [
            "{a} − {b}?",
            "subtract {b} from {a}, lowest terms",
            "what is {a} minus {b} as a fraction",
        ],
    ).format(a=f"{a.numerator}/{a.denominator}", b=f"{b.numerator}/{b.denominator}")
    return text, [num(a - b)]


@fam
def fam_fraction_multiply(rng: random.Random) -> Made:
    a = F(rng.randint(1, 8), rng.randint(3, 9))
    b = F(rng.randint(2, 11), rng.randint(3, 12))
    if a.denominator == 1 or b.denominator == 1 or (a * b).denominator == 1:
        return None
    text = pick(
        rng, ["{a} × {b} = ?", "what's {a} of {b}", "multiply {a} by {b}, simplified"]
    ).format(a=f"{a.numerator}/{a.denominator}", b=f"{b.numerator}/{b.denominator}")
    return text, [num(a * b)]


@fam
def fam_fraction_divide(rng: random.Random) -> Made:
    a = F(rng.randint(1, 9), rng.randint(2, 10))
    b = F(rng.randint(1, 9), rng.randint(2, 10))
    if a.denominator == 1 or b.denominator == 1 or a == b:
        return None
    text = pick(
        rng, ["{a} ÷ {b}", "what is {a} divided by {b}?", "({a}) / ({b}) in lowest terms"]
    ).format(a=f"{a.numerator}/{a.denominator}", b=f"{b.numerator}/{b.denominator}")
    return text, [num(a / b)]


@fam
def fam_mixed_numbers(rng: random.Random) -> Made:
    w1, w2 = rng.randint(1, 5), rng.randint(1, 4)
    f1, f2 = F(rng.randint(1, 3), 4), F(rng.choice([1, 2, 3]), rng.choice([2, 8]))
    if f1.denominator == 1 or f2.denominator == 1 or f1 == f2 or f2 > 1:
        return None
    tot = w1 + f1 + w2 + f2
    whole, rest = divmod(tot, 1)
    forms = num(tot)
    if rest:
        forms.append(f"{whole} {rest.numerator}/{rest.denominator}")
        forms.append(f"{whole} and {rest.numerator}/{rest.denominator}")
    s1, s2 = f"{w1} {f1.numerator}/{f1.denominator}", f"{w2} {f2.numerator}/{f2.denominator}"
    text = pick(
        rng,
        [
            "{a} + {b} = ?",
            "I have {a} cups of flour and add {b} cups more — how many cups total?",
            "add the mixed numbers {a} and {b}",
        ],
    ).format(a=s1, b=s2)
    return text, [forms]


@fam
def fam_fraction_to_decimal(rng: random.Random) -> Made:
    v = F(rng.randint(1, 39), rng.choice([8, 16, 20, 25, 40, 32]))
    if v.denominator < 8 or v >= 1:
        return None
    text = pick(
        rng, ["write {f} as a decimal", "{f} as a decimal?", "convert {f} to decimal form"]
    ).format(f=f"{v.numerator}/{v.denominator}")
    return text, [num(v, fraction=False)]


@fam
def fam_decimal_to_fraction(rng: random.Random) -> Made:
    v = F(rng.randint(1, 199), rng.choice([8, 40, 125, 16, 25, 200]))
    if v >= 1 or v.denominator < 8:
        return None
    text = pick(
        rng,
        [
            "what's {d} as a fraction in lowest terms?",
            "convert {d} to a simplified fraction",
            "{d} = ?/? (simplest fraction)",
        ],
    ).format(d=dec(v))
    return text, [[f"{v.numerator}/{v.denominator}"]]


@fam
def fam_percent_of(rng: random.Random) -> Made:
    p = rng.choice([F(x, 2) for x in range(5, 120)])
    n = rng.randint(4, 200) * 4
    v = p / 100 * n
    text = pick(
        rng, ["what's {p}% of {n}?", "{p} percent of {n}", "calculate {p}% of {n} pls"]
    ).format(p=dec(p), n=n)
    return text, [num(v, fraction=False) or rnd(v, 2)]


@fam
def fam_percent_change(rng: random.Random) -> Made:
    old = rng.randint(20, 400)
    new = old + rng.choice([-1, 1]) * rng.randint(2, old // 2)
    ch = F(new - old, old) * 100
    word_ = "increase" if new > old else "decrease"
    text = pick(
        rng,
        [
            "It went from {o} to {n}. What's the percentage {w}? round to 1 decimal place",
            "percent change from {o} to {n}? (1 dp)",
            "my rent was {o} and now it's {n}, by what percent did it {v}? one decimal please",
        ],
    ).format(o=old, n=new, w=word_, v="go up" if new > old else "go down")
    base = rnd(abs(ch), 1)
    return text, [[f"{b}%" for b in base] + [f"{b} percent" for b in base]]


@fam
def fam_reverse_percent(rng: random.Random) -> Made:
    p = rng.choice([10, 15, 20, 25, 30, 40, 35, 12, 60])
    orig = F(rng.randint(8, 160) * 5, 1) if p != 12 else F(rng.randint(10, 90) * 25)
    sale = orig * (100 - p) / 100
    if (sale * 100).denominator != 1:
        return None
    text = pick(
        rng,
        [
            "After a {p}% discount a jacket costs ${s}. What was the original price?",
            "sale price {s} after {p}% off — original price?",
            "I paid {s} euros with {p} percent off. what was it before the discount?",
        ],
    ).format(p=p, s=dec(sale) if sale.denominator == 1 else f"{float(sale):.2f}")
    return text, [money(orig)]


@fam
def fam_what_percent(rng: random.Random) -> Made:
    whole = rng.choice([20, 25, 40, 50, 80, 125, 200, 250, 400, 64, 160])
    part = rng.randint(1, whole - 1)
    v = F(part, whole) * 100
    name = pick(rng, NAMES)
    text = pick(
        rng,
        [
            "what percent of {w} is {p}?",
            "{p} out of {w} as a percentage?",
            "{n} got {p} out of {w} on a test. What percentage is that?",
        ],
    ).format(w=whole, p=part, n=name)
    return text, [pct(v)]


@fam
def fam_successive_discounts(rng: random.Random) -> Made:
    a, b = rng.choice([10, 15, 20, 25, 30, 40, 50]), rng.choice([5, 10, 15, 20, 25])
    price = rng.randint(12, 300) * 2
    final = F(price) * (100 - a) / 100 * (100 - b) / 100
    text = pick(
        rng,
        [
            "A ${p} item is {a}% off, and then there's an extra {b}% off the reduced "
            "price. Final price?",
            "{a}% off and then a further {b}% off the sale price, on something that was "
            "{p} dollars. what do I pay?",
            "original price {p}. first discount {a}%, then {b}% off the discounted "
            "price. how much now? (to the cent)",
        ],
    ).format(p=price, a=a, b=b)
    return text, [money(final)]


@fam
def fam_overall_percent_change(rng: random.Random) -> Made:
    a, b = rng.choice([10, 20, 25, 30, 40, 50]), rng.choice([10, 20, 25, 30, 40, 50])
    net = (F(100 + a, 100) * F(100 - b, 100) - 1) * 100
    if net == 0:
        return None
    text = pick(
        rng,
        [
            "A share price rises {a}% one month and falls {b}% the next. Overall "
            "percentage change?",
            "up {a} percent, then down {b} percent — what's the net % change from the start?",
            "if something increases by {a}% and then decreases by {b}%, what's the total "
            "percent change?",
        ],
    ).format(a=a, b=b)
    return text, [pct(abs(net)) + [f"-{p}" for p in pct(abs(net)) if net < 0]]


@fam
def fam_ratio_split(rng: random.Random) -> Made:
    parts = [rng.randint(1, 7) for _ in range(rng.choice([2, 3]))]
    if len(set(parts)) < len(parts) or math.gcd(*parts) != 1:
        return None
    k = rng.randint(5, 60)
    total = sum(parts) * k
    names = rng.sample(NAMES, len(parts))
    ratio = ":".join(map(str, parts))
    text = pick(
        rng,
        [
            "Split {t} in the ratio {r} between {n}. How much does each get?",
            "{n} share ${t} in the ratio {r}. what's each share?",
            "divide {t} in the ratio {r} ({n}, in that order)",
        ],
    ).format(t=total, r=ratio, n=", ".join(names[:-1]) + " and " + names[-1])
    return text, [num(p * k) for p in parts]


@fam
def fam_ratio_simplify(rng: random.Random) -> Made:
    a, b = rng.randint(1, 15), rng.randint(1, 15)
    from math import gcd

    if gcd(a, b) != 1 or a == b:
        return None
    k = rng.randint(3, 24)
    text = pick(
        rng,
        [
            "simplify the ratio {x}:{y}",
            "what's {x}:{y} in simplest form?",
            "reduce {x} to {y} to its lowest terms ratio",
        ],
    ).format(x=a * k, y=b * k)
    return text, [[f"{a}:{b}", f"{a} : {b}", f"{a} to {b}"]]


@fam
def fam_direct_proportion(rng: random.Random) -> Made:
    n1 = rng.randint(3, 9)
    unit = F(rng.randint(45, 499), 100)
    n2 = rng.randint(10, 30)
    thing = pick(rng, ["notebooks", "croissants", "bus tickets", "candles", "cans of paint"])
    text = pick(
        rng,
        [
            "If {a} {t} cost ${c}, how much do {b} cost?",
            "{a} {t} = {c} dollars. price for {b}?",
            "paid {c} for {a} {t}, what would {b} of them cost at the same price",
        ],
    ).format(a=n1, b=n2, t=thing, c=f"{float(unit * n1):.2f}")
    return text, [money(unit * n2)]


@fam
def fam_inverse_proportion(rng: random.Random) -> Made:
    w1 = rng.randint(3, 12)
    d1 = rng.randint(4, 30)
    opts = [x for x in range(2, 25) if (w1 * d1) % x == 0 and x != w1]
    if not opts:
        return None
    w2 = rng.choice(opts)
    v = F(w1 * d1, w2)
    text = pick(
        rng,
        [
            "{a} workers can build a wall in {d} days. How many days would {b} workers "
            "take at the same rate?",
            "if {a} people take {d} hours to clean the hall, how long for {b} people?",
            "{a} pumps empty a tank in {d} minutes. how many minutes with {b} pumps?",
        ],
    ).format(a=w1, d=d1, b=w2)
    return text, [num(v)]


@fam
def fam_recipe_scale(rng: random.Random) -> Made:
    s1 = rng.choice([2, 4, 6, 8])
    s2 = rng.choice([x for x in (3, 5, 10, 12, 9, 15, 7) if x != s1])
    g = rng.randint(6, 60) * 25
    v = F(g * s2, s1)
    ing = pick(rng, ["flour", "sugar", "rice", "pasta", "butter"])
    text = pick(
        rng,
        [
            "recipe for {a} uses {g} g of {i}. how much {i} for {b} people?",
            "My recipe serves {a} and needs {g}g {i}. I'm cooking for {b} — how many grams?",
            "scale {g} grams of {i} from {a} servings to {b} servings",
        ],
    ).format(a=s1, b=s2, g=g, i=ing)
    if (v * 10).denominator != 1:
        return None
    return text, [num(v, fraction=False)]


@fam
def fam_map_scale(rng: random.Random) -> Made:
    scale = rng.choice([10000, 25000, 50000, 20000, 100000])
    cm = F(rng.randint(12, 180), 10)
    km = cm * scale / 100000
    text = pick(
        rng,
        [
            "On a 1:{s} map two towns are {c} cm apart. How far is that in real life, in km?",
            "map scale 1:{s}, measured {c} cm. distance in kilometres?",
            "1 : {s} scale map, {c}cm on the map = how many km",
        ],
    ).format(s=scale, c=dec(cm))
    return text, [num(km, fraction=False)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_fraction_add, fam_fraction_subtract, fam_fraction_multiply, fam_fraction_divide,
    fam_mixed_numbers, fam_fraction_to_decimal, fam_decimal_to_fraction, fam_percent_of,
    fam_percent_change, fam_reverse_percent, fam_what_percent, fam_successive_discounts,
    fam_overall_percent_change, fam_ratio_split, fam_ratio_simplify, fam_direct_proportion,
    fam_inverse_proportion, fam_recipe_scale, fam_map_scale)]
