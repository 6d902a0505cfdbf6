"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 13: everyday money:
currency, loans, commission, deals, margins, depreciation and bills."""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import NAMES, Again, Made, ch, dp, fam, ints, money
from bench.data.agents.heldout19_math_7 import cents, m
from bench.data.agents.helpers import Family


@fam
def currency_convert(rng: random.Random) -> Made:
    pairs = [
        ("EUR", "USD", "1 EUR = {r} USD"),
        ("GBP", "EUR", "1 GBP = {r} EUR"),
        ("USD", "JPY", "1 USD = {r} JPY"),
        ("USD", "CAD", "1 USD = {r} CAD"),
        ("AUD", "USD", "1 AUD = {r} USD"),
    ]
    a, b, rs = ch(rng, pairs)
    rate = Fr(rng.randint(60, 160), 100) if b != "JPY" else Fr(rng.randint(1400, 1600), 10)
    amt = rng.randint(15, 3000)
    t = ch(rng, ["convert {n} {a} to {b}, using {rs}", "how much is {n} {a} in {b}? rate: {rs}"])
    return t.format(n=amt, a=a, b=b, rs=rs.format(r=f"{float(rate):g}")), [money(amt * rate)]


@fam
def loan_payment(rng: random.Random) -> Made:
    p, r, y = (
        rng.randint(5, 60) * 1000,
        ch(rng, [3, 4, 5, 6, 7, Fr(9, 2), Fr(11, 2)]),
        rng.randint(2, 7),
    )
    i = float(Fr(r) / 1200)
    n = 12 * y
    pay = p * i / (1 - (1 + i) ** -n)
    if abs(pay * 100 % 1 - 0.5) < 0.05:
        raise Again
    t = ch(
        rng,
        [
            "monthly payment on a ${p} loan at {r}% APR over {y} years (monthly compounding)?",
            "car loan {p}, {r}% a year, {y} years, paid monthly — what's each payment?",
        ],
    )
    return t.format(p=f"{p:,}", r=f"{float(r):g}", y=y), [
        money(Fr(round(pay, 2)).limit_denominator(100))
    ]


@fam
def commission(rng: random.Random) -> Made:
    base, rate, thr = (
        rng.randint(15, 40) * 100,
        ch(rng, [3, 4, 5, 6, 8, 10]),
        rng.randint(5, 20) * 1000,
    )
    sales = thr + rng.randint(1, 40) * 500
    val = base + Fr(rate, 100) * (sales - thr)
    t = (
        "{n} earns a base of ${b} a month plus {r}% commission on sales above ${t}. "
        "sales this month were ${s}. total pay?"
    )
    return t.format(n=ch(rng, NAMES), b=base, r=rate, t=f"{thr:,}", s=f"{sales:,}"), [money(val)]


@fam
def three_for_two(rng: random.Random) -> Made:
    p, n = cents(rng, 1, 20), rng.randint(4, 14)
    deal = ch(rng, ["3 for 2", "buy one get one free", "second one half price"])
    if deal == "3 for 2":
        val = p * (n - n // 3)
    elif deal == "buy one get one free":
        val = p * (n - n // 2)
    else:
        val = p * (n - Fr(n // 2, 2))
    t = ch(
        rng,
        [
            "candles are ${p} each, '{d}'. what do {n} cost?",
            "offer: {d} on ${p} items. I'm buying {n}. total?",
        ],
    )
    return t.format(p=m(p), d=deal, n=n), [money(val)]


@fam
def profit_margin(rng: random.Random) -> Made:
    cost, sale = rng.randint(10, 400), rng.randint(12, 600)
    if sale <= cost:
        raise Again
    what = ch(
        rng,
        ["profit margin", "markup", "margin (profit as a share of the price)", "markup on cost"],
    )
    val = Fr(sale - cost, sale if "margin" in what else cost) * 100
    return (
        f"I buy a thing for ${cost} and sell it for ${sale}. what's my {what} as a percent (1 dp)?"
    ), [dp(val, 1)]


@fam
def depreciation(rng: random.Random) -> Made:
    v, r, y = rng.randint(8, 60) * 1000, ch(rng, [8, 10, 12, 15, 18, 20, 25]), rng.randint(2, 8)
    val = v * (1 - Fr(r, 100)) ** y
    t = ch(
        rng,
        [
            "a car bought for ${v} loses {r}% of its value each year. worth after {y} years?",
            "value {v}, depreciation {r}% per year (reducing balance). value in {y} years?",
        ],
    )
    return t.format(v=f"{v:,}", r=r, y=y), [money(val)]


@fam
def inflation(rng: random.Random) -> Made:
    p, r, y = cents(rng, 2, 80), ch(rng, [2, 3, 4, Fr(5, 2), Fr(7, 2), 5]), rng.randint(3, 20)
    val = p * (1 + Fr(r) / 100) ** y
    return (
        f"if inflation is {float(r):g}% a year, what will something that costs ${m(p)} today "
        f"cost in {y} years?"
    ), [money(val)]


@fam
def change_given(rng: random.Random) -> Made:
    items = [cents(rng, 1, 15) for _ in range(rng.randint(2, 4))]
    tot = sum(items)
    paid = ch(rng, [20, 40, 50, 100])
    if paid <= tot:
        raise Again
    note = {20: "a $20 bill", 40: "two twenties", 50: "a fifty", 100: "a hundred"}[paid]
    t = "I bought things for {l}. paid with {n}. how much change?"
    return t.format(l=", ".join("$" + m(x) for x in items), n=note), [money(paid - tot)]


@fam
def rent_by_room(rng: random.Random) -> Made:
    rent = rng.randint(12, 40) * 100
    sizes = [rng.randint(8, 25) for _ in range(3)]
    who = rng.randint(0, 2)
    val = Fr(rent * sizes[who], sum(sizes))
    names = rng.sample(NAMES, 3)
    rooms = ", ".join(f"{n} {s} m²" for n, s in zip(names, sizes, strict=True))
    return (f"we split ${rent} rent by bedroom size: {rooms}. how much does {names[who]} pay?"), [
        money(val)
    ]


@fam
def break_even(rng: random.Random) -> Made:
    fixed, price, var = rng.randint(5, 80) * 100, rng.randint(8, 60), rng.randint(2, 40)
    if var >= price or fixed % (price - var) == 0:
        raise Again
    n = math.ceil(fixed / (price - var))
    t = ch(
        rng,
        [
            "fixed costs ${f}, each unit sells for ${p} and costs ${v} to make. how many "
            "units to break even?",
            "my stall costs {f} to run, I sell mugs at {p} that cost me {v}. how many mugs "
            "before I make a profit (break even)?",
        ],
    )
    return t.format(f=fixed, p=price, v=var), [ints(n)]


@fam
def fuel_cost(rng: random.Random) -> Made:
    d = rng.randint(50, 900)
    lp100, price = Fr(rng.randint(45, 110), 10), cents(rng, 1, 2)
    val = d * lp100 / 100 * price
    return (
        f"a {d} km trip, my car uses {float(lp100):g} L/100 km and fuel is {m(price)} a litre. "
        f"fuel cost?"
    ), [money(val)]


@fam
def net_weekly(rng: random.Random) -> Made:
    rate, hrs, tax = cents(rng, 12, 40), rng.randint(15, 45), ch(rng, [10, 12, 15, 18, 20, 22, 25])
    val = rate * hrs * (100 - tax) / 100
    t = ch(
        rng,
        [
            "${r} an hour for {h} hours, {x}% taken in tax. take-home for the week?",
            "I worked {h} hrs at {r}/hr and lose {x}% to tax — net pay?",
        ],
    )
    return t.format(r=m(rate), h=hrs, x=tax), [money(val)]


@fam
def markup_price(rng: random.Random) -> Made:
    cost, mk = cents(rng, 2, 300), ch(rng, [20, 25, 30, 40, 50, 60, 80, 100, 35])
    t = ch(
        rng,
        [
            "I pay ${c} wholesale and mark up {k}%. selling price?",
            "cost {c}, {k}% markup on cost — what do I sell it for",
        ],
    )
    return t.format(c=m(cost), k=mk), [money(cost * (100 + mk) / 100)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        currency_convert,
        loan_payment,
        commission,
        three_for_two,
        profit_margin,
        depreciation,
        inflation,
        change_given,
        rent_by_room,
        break_even,
        fuel_cost,
        net_weekly,
        markup_price,
    )
]
