"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 7: everyday money
(discounts, tax, tips, interest, savings, wages, budgets), percentage and ratio word problems.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, dp, fam, ints, money
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]


def cents(rng: random.Random, lo: int, hi: int) -> Fr:
    return Fr(rng.randint(lo * 100, hi * 100), 100)


def m(x: Fr) -> str:
    return f"{float(x):.2f}"


@fam
def discount_price(rng: random.Random) -> Made:
    p, d, c = cents(rng, 10, 400), ch(rng, [10, 15, 20, 25, 30, 35, 40, 50, 60, 70]), ch(rng, CUR)
    t = ch(
        rng,
        [
            "{c}{p} shoes, {d}% off. what do I pay?",
            "how much is a {c}{p} coat with a {d} percent discount",
            "sale: {d}% off everything. my basket is {c}{p} — new total?",
        ],
    )
    return t.format(c=c, p=m(p), d=d), [money(p * (100 - d) / 100)]


@fam
def sales_tax(rng: random.Random) -> Made:
    p = cents(rng, 5, 900)
    r = ch(rng, [Fr(6), Fr(7), Fr(825, 100), Fr(875, 100), Fr(5), Fr(13), Fr(65, 10), Fr(9)])
    t = ch(
        rng,
        [
            "${p} before tax, sales tax is {r}%. total?",
            "what's ${p} plus {r}% tax",
            "price {p}, tax rate {r} percent — what's the final price, rounded to the cent",
        ],
    )
    return t.format(p=m(p), r=f"{float(r):g}"), [money(p * (100 + r) / 100)]


@fam
def tip_split(rng: random.Random) -> Made:
    bill, tip, n = cents(rng, 30, 400), ch(rng, [10, 12, 15, 18, 20, 22, 25]), rng.randint(2, 8)
    val = bill * (100 + tip) / 100 / n
    t = ch(
        rng,
        [
            "dinner bill is ${b}, we want to tip {t}% and split it {n} ways. how much each?",
            "bill {b}, add {t}% tip, divide between {n} of us — per person?",
            "{n} friends, check comes to ${b}. with a {t} percent tip what does each pay",
        ],
    )
    # rounding the total with tip to the cent before splitting is just as reasonable
    with_tip = Fr(math.floor(bill * (100 + tip) + Fr(1, 2)), 100)
    return t.format(b=m(bill), t=tip, n=n), [list(dict.fromkeys(money(val) + money(with_tip / n)))]


@fam
def vat_inside(rng: random.Random) -> Made:
    p = cents(rng, 10, 2000)
    r = ch(rng, [20, 21, 19, 10, 23, 5, 15, 25])
    vat = p * r / (100 + r)
    t = ch(
        rng,
        [
            "I paid £{p} including {r}% VAT. how much of that is VAT?",
            "price incl. {r}% VAT is €{p}. what's the VAT amount?",
            "{p} gross with {r}% vat included — net price before VAT?",
        ],
    )
    q = t.format(p=m(p), r=r)
    return q, [money(p - vat if "net" in q else vat)]


@fam
def simple_interest(rng: random.Random) -> Made:
    p, r, y = (
        rng.randint(5, 200) * 100,
        ch(rng, [2, 3, 4, 5, Fr(7, 2), Fr(9, 2), 6]),
        rng.randint(2, 10),
    )
    val = p * Fr(r) * y / 100
    t = ch(
        rng,
        [
            "simple interest on ${p} at {r}% a year for {y} years?",
            "I lend {p} at {r}% simple interest for {y} years. how much interest?",
        ],
    )
    return t.format(p=p, r=f"{float(r):g}", y=y), [money(val)]


@fam
def compound_annual(rng: random.Random) -> Made:
    p, r, y = (
        rng.randint(5, 200) * 100,
        ch(rng, [2, 3, 4, 5, Fr(7, 2), Fr(9, 2), 6, 7]),
        rng.randint(2, 15),
    )
    val = p * (1 + Fr(r) / 100) ** y
    t = ch(
        rng,
        [
            "${p} invested at {r}% compounded annually. value after {y} years?",
            "if I put {p} in a savings account at {r}% per year compound interest, what's "
            "it worth in {y} years",
        ],
    )
    return t.format(p=p, r=f"{float(r):g}", y=y), [money(val)]


@fam
def compound_monthly(rng: random.Random) -> Made:
    p, r, y = rng.randint(5, 200) * 100, ch(rng, [3, 4, 5, 6, Fr(9, 2), 12]), rng.randint(1, 10)
    val = p * (1 + Fr(r) / 1200) ** (12 * y)
    return (
        f"${p} at {float(r):g}% annual interest compounded monthly — balance after {y} "
        f"year{'s' if y > 1 else ''}?"
    ), [money(val)]


@fam
def savings_months(rng: random.Random) -> Made:
    goal, per = rng.randint(5, 200) * 50, rng.randint(3, 40) * 10
    have = rng.randint(0, 10) * 25
    need = goal - have
    if need <= per or need % per == 0:
        raise Again
    n = math.ceil(need / per)
    t = ch(
        rng,
        [
            "I want to save ${g} for a trip. I've got ${h} already and can put away ${p} a "
            "month. "
            "how many months until I have enough?",
            "goal {g}, saved {h}, saving {p} per month — months needed?",
        ],
    )
    return t.format(g=goal, h=have, p=per), [ints(n)]


@fam
def overtime_pay(rng: random.Random) -> Made:
    rate, hours = cents(rng, 12, 45), rng.randint(41, 58)
    limit = ch(rng, [37, 38, 40])
    mult = ch(rng, [Fr(3, 2), Fr(2)])
    val = rate * limit + rate * mult * (hours - limit)
    ms = "time and a half" if mult == Fr(3, 2) else "double time"
    t = (
        "I make ${r}/hour, and anything past {l} hours a week is {m}. I worked {h} hours "
        "this week. gross pay?"
    )
    return t.format(r=m(rate), l=limit, m=ms, h=hours), [money(val)]


@fam
def salary_hourly(rng: random.Random) -> Made:
    sal, hrs = rng.randint(25, 150) * 1000, ch(rng, [35, 37.5, 40])
    val = Fr(sal) / (52 * Fr(hrs))
    t = ch(
        rng,
        [
            "salary is ${s} a year, {h} hours a week, 52 weeks. what's that per hour?",
            "what hourly rate is {s} per year at {h} hrs/week (52 weeks)",
        ],
    )
    return t.format(s=f"{sal:,}", h=f"{hrs:g}"), [money(val)]


@fam
def budget_left(rng: random.Random) -> Made:
    inc = rng.randint(18, 60) * 100
    items = {
        "rent": rng.randint(6, 20) * 50,
        "groceries": rng.randint(150, 600),
        "transport": rng.randint(40, 250),
        "phone": rng.randint(15, 80),
        "utilities": rng.randint(60, 250),
    }
    keys = rng.sample(sorted(items), rng.randint(3, 5))
    left = inc - sum(items[k] for k in keys)
    if left <= 0:
        raise Again
    lst = ", ".join(f"{k} {items[k]}" for k in keys)
    t = ch(
        rng,
        [
            "I take home {i} a month. spending: {l}. what's left?",
            "monthly income ${i}; expenses — {l}. how much remains?",
        ],
    )
    return t.format(i=inc, l=lst), [ints(left)]


@fam
def unit_price_gap(rng: random.Random) -> Made:
    g1, g2 = ch(rng, [250, 300, 400, 500]), ch(rng, [750, 1000, 1200, 1500])
    p1, p2 = cents(rng, 1, 6), cents(rng, 3, 14)
    u1, u2 = p1 * 100 / g1, p2 * 100 / g2
    if abs(u1 - u2) < Fr(1, 100):
        raise Again
    what = "small" if u1 < u2 else "big"
    t = (
        "a {a} g pack costs ${p} and a {b} g pack costs ${q}. price per 100 g of the cheaper one, "
        "and how much cheaper per 100 g is it? (to the cent)"
    )
    _ = what
    return t.format(a=g1, p=m(p1), b=g2, q=m(p2)), [money(min(u1, u2)), money(abs(u1 - u2))]


@fam
def reverse_percent(rng: random.Random) -> Made:
    p = ch(rng, [10, 15, 20, 25, 30, 40])
    orig = rng.randint(8, 120) * 4
    sale = orig * Fr(100 - p, 100)
    t = ch(
        rng,
        [
            "after a {p}% discount a jacket costs ${s}. what was the original price?",
            "sale price is {s} after {p}% off, what was it before",
            "I paid {s} with {p} percent off — full price?",
        ],
    )
    return t.format(p=p, s=", ".join(money(sale)[1:2]) or money(sale)[0]), [
        money(orig) + ints(orig)
    ]


@fam
def successive_percent(rng: random.Random) -> Made:
    a, b = rng.randint(5, 40), rng.randint(5, 40)
    up = ch(rng, [True, False])
    f = (1 + Fr(a, 100)) * (1 - Fr(b, 100)) if up else (1 - Fr(a, 100)) * (1 + Fr(b, 100))
    val = (f - 1) * 100
    if val == 0:
        raise Again
    if up:
        t = (
            f"a stock rises {a}% and then falls {b}%. overall percent change? "
            "(2 dp, negative if down)"
        )
    else:
        t = (
            f"price drops {a}% then goes up {b}% — net percentage change to 2 decimals? "
            "(minus sign if it's a fall)"
        )
    return t, [dp(val, 2)]


@fam
def ratio_split(rng: random.Random) -> Made:
    parts = [rng.randint(1, 7) for _ in range(rng.randint(2, 3))]
    if len(set(parts)) < len(parts):
        raise Again
    total = sum(parts) * rng.randint(5, 80)
    big = total * max(parts) // sum(parts)
    r = ":".join(map(str, parts))
    t = ch(
        rng,
        [
            "split ${t} in the ratio {r} — how much is the biggest share?",
            "divide {t} in the ratio {r}. largest part?",
            "{t} sweets shared {r}, how many does the one with the most get",
        ],
    )
    return t.format(t=total, r=r), [ints(big)]


@fam
def ratio_simplify(rng: random.Random) -> Made:
    a, b = rng.randint(1, 12), rng.randint(1, 12)
    if math.gcd(a, b) != 1 or a == b:
        raise Again
    k = rng.randint(3, 15)
    t = ch(
        rng,
        [
            "simplify the ratio {x}:{y}",
            "{x}:{y} in simplest form?",
            "write {x} to {y} as a ratio in lowest terms",
        ],
    )
    return t.format(x=a * k, y=b * k), [[f"{a}:{b}", f"{a} : {b}"]]


@fam
def recipe_scale(rng: random.Random) -> Made:
    s1 = rng.choice([2, 4, 6, 8])
    s2 = rng.choice([3, 5, 6, 10, 12, 9])
    if s1 == s2:
        raise Again
    g = rng.randint(6, 60) * 10
    val = Fr(g * s2, s1)
    if (val * 10).denominator != 1:
        raise Again
    ing = ch(rng, ["flour", "sugar", "butter", "rice", "oats"])
    t = ch(
        rng,
        [
            "a recipe for {a} people uses {g} g of {i}. how much for {b} people?",
            "recipe serves {a}, needs {g}g {i}; scaling to {b} servings, how many grams?",
            "if {g} grams of {i} makes enough for {a}, how much do I need for {b}",
        ],
    )
    return t.format(a=s1, b=s2, g=g, i=ing), [
        dp(val, 1, keep=False) if val.denominator != 1 else ints(val)
    ]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        discount_price,
        sales_tax,
        tip_split,
        vat_inside,
        simple_interest,
        compound_annual,
        compound_monthly,
        savings_months,
        overtime_pay,
        salary_hourly,
        budget_left,
        unit_price_gap,
        reverse_percent,
        successive_percent,
        ratio_split,
        ratio_simplify,
        recipe_scale,
    )
]
