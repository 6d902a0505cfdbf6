"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 2: ratios, proportion and
everyday money (discounts, tax, tips, bills, interest, wages, budgets)."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout23_math import NAMES, fam, fmt2, num, pick, rnd
from bench.data.agents.helpers import Family


@fam
def split_ratio(rng):
    a, b = rng.randint(1, 7), rng.randint(1, 7)
    if a == b:
        return None
    total = (a + b) * rng.randint(5, 60)
    n1, n2 = rng.sample(NAMES, 2)
    return (f"{n1} and {n2} split ${total} in the ratio {a}:{b}. how much does {n2} get?"), [
        num(F(total * b, a + b))
    ]


@fam
def three_way_ratio(rng):
    r = [rng.randint(1, 6) for _ in range(3)]
    unit = rng.randint(4, 30)
    total = sum(r) * unit
    return (
        f"mixing concrete: cement, sand and gravel in ratio {r[0]}:{r[1]}:{r[2]}. for {total} kg "
        "total, "
        f"how many kg of gravel?"
    ), [num(r[2] * unit, 0)]


@fam
def map_scale(rng):
    scale = rng.choice([25000, 50000, 10000, 20000, 100000])
    cm = F(rng.randint(15, 180), 10)
    v = cm * scale / 100000
    return (
        pick(
            rng,
            f"map scale is 1:{scale}. two towns are {float(cm)} cm apart on the map. real "
            "distance in km?",
            f"on a 1:{scale} map a trail measures {float(cm)}cm — how long is it in km",
        )
    ), [num(v, 3)]


@fam
def workers_days(rng):
    w1, d1 = rng.randint(3, 12), rng.randint(4, 20)
    w2 = rng.randint(2, 15)
    if w1 == w2 or (w1 * d1) % w2:
        return None
    return (
        f"{w1} painters take {d1} days to paint a building. at the same rate, how many days for "
        f"{w2} painters?"
    ), [num(w1 * d1 // w2, 0)]


@fam
def recipe_servings(rng):
    grams, s1, s2 = rng.randint(150, 600), rng.choice([4, 6, 8]), rng.choice([3, 5, 10, 12, 2])
    v = F(grams * s2, s1)
    return (
        f"recipe serves {s1} and calls for {grams} g flour. I'm cooking for {s2} — how much "
        "flour? (grams, 1 dp)"
    ), [num(v, 1)]


@fam
def exchange_rate(rng):
    rate = F(rng.randint(105, 135), 100)
    eur = rng.randint(40, 900)
    return (
        pick(
            rng,
            f"how many dollars is {eur} euros if 1 EUR = {float(rate)} USD?",
            f"converting €{eur} to USD at {float(rate)} dollars per euro, what do I get?",
        )
    ), [num(eur * rate)]


@fam
def exchange_back(rng):
    rate = F(rng.randint(78, 92), 100)
    usd = rng.randint(50, 700)
    return (
        f"1 USD = {float(rate)} GBP. I've got £{usd}, how many USD is that? round to the cent"
    ), [num(usd / rate)]


@fam
def best_buy(rng):
    s1, s2 = rng.choice([(500, 750), (330, 500), (250, 400), (1000, 1500)])
    p1, p2 = F(rng.randint(150, 500), 100), F(rng.randint(200, 700), 100)
    u1, u2 = p1 / s1 * 100, p2 / s2 * 100
    if abs(u1 - u2) < F(1, 100):
        return None
    return (
        f"cereal: {s1} g box for ${fmt2(p1)} or {s2} g box for ${fmt2(p2)}. what's the price per "
        "100 g of the "
        f"cheaper-per-gram one? (nearest cent)"
    ), [num(min(u1, u2))]


@fam
def discount_price(rng):
    price = F(rng.randint(2000, 25000), 100)
    off = rng.choice([15, 20, 25, 30, 35, 40, 12, 18])
    return (
        pick(
            rng,
            f"shoes are ${fmt2(price)} with {off}% off. what do I pay?",
            f"{off}% off a ${fmt2(price)} coat, final price? (to the cent)",
        )
    ), [num(price * (100 - off) / 100)]


@fam
def discount_then_tax(rng):
    price = rng.randint(20, 400)
    off, tax = rng.choice([10, 20, 25, 30]), F(rng.choice([5, 6, 7, 8, 825, 875, 650]), 1)
    tax = tax / 100 if tax > 10 else tax
    v = F(price) * (100 - off) / 100 * (100 + tax) / 100
    return (
        f"a ${price} blender is {off}% off, and then {float(tax):g}% sales tax is added on the "
        "discounted price. "
        f"total at the till?"
    ), [num(v)]


@fam
def double_discount(rng):
    price = rng.randint(30, 300)
    a, b = rng.choice([10, 20, 30, 40, 50]), rng.choice([10, 15, 20, 25])
    v = F(price) * (100 - a) / 100 * (100 - b) / 100
    return (
        f"sale: {a}% off, plus an extra {b}% off the already-reduced price at checkout. item was "
        f"${price}. "
        f"what do I pay?"
    ), [num(v)]


@fam
def tip_split(rng):
    bill = F(rng.randint(4000, 25000), 100)
    tip, people = rng.choice([15, 18, 20, 22]), rng.randint(2, 8)
    v = bill * (100 + tip) / 100 / people
    if rnd((bill + rnd(bill * tip / 100, 2)) / people, 2) != rnd(v, 2):
        return None  # rounding the tip to the cent first would change the share
    return (
        pick(
            rng,
            f"dinner bill ${fmt2(bill)}, we're adding {tip}% tip and splitting evenly between "
            f"{people} of us. "
            f"how much each?",
            f"{people} ppl, bill is {fmt2(bill)}, {tip} percent tip on top, split equally — each "
            "pays?",
        )
    ), [num(v)]


@fam
def tip_amount(rng):
    bill = F(rng.randint(1500, 15000), 100)
    tip = rng.choice([15, 18, 20, 12, 10])
    return (f"what's a {tip}% tip on ${fmt2(bill)}?"), [num(bill * tip / 100)]


@fam
def vat_inside(rng):
    gross = F(rng.randint(1200, 60000), 100)
    vat = rng.choice([20, 21, 19, 23, 10])
    return (
        f"receipt says €{fmt2(gross)} including {vat}% VAT. how much of that is the VAT itself?"
    ), [num(gross - gross * 100 / (100 + vat))]


@fam
def simple_interest(rng):
    p, r, t = rng.randint(10, 200) * 100, F(rng.randint(20, 90), 10), rng.randint(2, 10)
    return (
        f"simple interest on ${p:,} at {float(r)}% a year for {t} years — how much interest?"
    ), [num(p * r * t / 100)]


@fam
def compound_interest(rng):
    p, r, t = (
        rng.randint(10, 100) * 100,
        rng.choice([2, 3, 4, 5, 6, F(35, 10), F(45, 10)]),
        rng.randint(2, 8),
    )
    v = p * (1 + F(r) / 100) ** t
    bal = F(p)
    for _ in range(t):
        bal = rnd(bal * (1 + F(r) / 100), 2)
    if bal != rnd(v, 2):
        return None  # a bank rounding each year's balance to the cent would differ
    return (
        f"I put ${p:,} in savings at {float(r):g}% compounded yearly. balance after {t} years? "
        "(to the cent)"
    ), [num(v)]


@fam
def monthly_compound(rng):
    p, r, y = rng.randint(20, 150) * 100, rng.choice([3, 4, 5, 6]), rng.randint(1, 5)
    v = p * (1 + F(r, 1200)) ** (12 * y)
    bal = F(p)
    for _ in range(12 * y):
        bal = rnd(bal * (1 + F(r, 1200)), 2)
    if bal != rnd(v, 2):
        return None  # a bank rounding each month's balance to the cent would differ
    return (
        f"${p} at {r}% annual interest compounded monthly, what's it worth after {y} years? 2 "
        "decimals pls"
    ), [num(v)]


@fam
def hourly_overtime(rng):
    rate = F(rng.randint(1500, 3500), 100)
    hours = rng.randint(41, 55)
    v = 40 * rate + (hours - 40) * rate * F(3, 2)
    if (rate * F(3, 2) * 100).denominator != 1:
        return None  # an overtime rate in part cents could be rounded first
    return (
        f"I make ${fmt2(rate)}/hr, and anything over 40 hours a week is paid time and a half. "
        f"worked {hours} hours "
        f"this week. gross pay?"
    ), [num(v)]


@fam
def salary_per_pay(rng):
    salary = rng.randint(35, 140) * 1000 + rng.choice([0, 500])
    k, label = rng.choice(
        [(26, "every two weeks (26 pays a year)"), (12, "monthly"), (52, "weekly")]
    )
    return (f"salary is ${salary:,} a year, paid {label}. how much is each gross paycheck?"), [
        num(F(salary, k))
    ]


@fam
def annual_from_hourly(rng):
    rate, hours = F(rng.randint(1400, 4500), 100), rng.choice([35, 37.5, 40, 20, 30])
    v = rate * F(str(hours)) * 52
    return (
        f"if I earn ${fmt2(rate)} an hour and work {hours:g} hours a week, 52 weeks a year, "
        "what's that per year?"
    ), [num(v)]


@fam
def savings_months(rng):
    goal, have, per = (
        rng.randint(10, 80) * 100,
        rng.randint(0, 9) * 100,
        rng.choice([150, 200, 250, 300, 350, 400]),
    )
    if have >= goal:
        return None
    months = -(-(goal - have) // per)
    return (
        f"saving for a ${goal:,} trip. I've got ${have} already and can put away ${per} a month. "
        f"how many months until I have enough? (whole months)"
    ), [num(months, 0)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        split_ratio,
        three_way_ratio,
        map_scale,
        workers_days,
        recipe_servings,
        exchange_rate,
        exchange_back,
        best_buy,
        discount_price,
        discount_then_tax,
        double_discount,
        tip_split,
        tip_amount,
        vat_inside,
        simple_interest,
        compound_interest,
        monthly_compound,
        hourly_overtime,
        salary_per_pay,
        annual_from_hourly,
        savings_months,
    )
]
