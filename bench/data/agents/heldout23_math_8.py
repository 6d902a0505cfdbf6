"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 8: more money word problems
(pay, loans, prices, growth, shares)."""

from __future__ import annotations

import math
from fractions import Fraction as F

from bench.data.agents.heldout23_math import NAMES, fam, fmt2, num, pct, rnd
from bench.data.agents.helpers import Family


@fam
def budget_left(rng):
    income = rng.randint(25, 70) * 100
    rent = rng.randint(30, 45)
    food, other = rng.randint(10, 20), rng.randint(10, 25)
    v = F(income * (100 - rent - food - other), 100)
    return (
        f"take-home is ${income:,}/month. rent is {rent}% of it, food {food}%, everything else "
        f"{other}%. "
        f"how many dollars are left for savings?"
    ), [num(v)]


@fam
def commission(rng):
    base, rate, sales = (
        rng.randint(15, 30) * 100,
        rng.choice([3, 4, 5, 6, 8, 10]),
        rng.randint(10, 90) * 1000,
    )
    v = base + F(rate * sales, 100)
    return (
        f"base pay ${base:,} a month plus {rate}% commission on sales. sold ${sales:,} worth this "
        "month — total pay?"
    ), [num(v)]


@fam
def bill_split_uneven(rng):
    items = [F(rng.randint(900, 3200), 100) for _ in range(3)]
    shared = F(rng.randint(600, 2000), 100)
    n = rng.sample(NAMES, 3)
    v = items[0] + shared / 3
    return (
        f"{n[0]}'s meal was ${fmt2(items[0])}, {n[1]}'s ${fmt2(items[1])}, {n[2]}'s "
        f"${fmt2(items[2])}. we shared "
        f"a ${fmt2(shared)} starter three ways. how much does {n[0]} owe (own meal + a third of "
        "the starter)?"
    ), [num(v)]


@fam
def unit_price_shop(rng):
    n, price = rng.randint(3, 12), F(rng.randint(150, 900), 100)
    k = rng.randint(2, 9)
    if k == n:
        return None
    return (f"{n} cans of beans cost ${fmt2(price * n)}. how much would {k} cans cost?"), [
        num(price * k)
    ]


@fam
def buy_two_get_one(rng):
    price, qty = F(rng.randint(199, 899), 100), rng.randint(4, 14)
    paid = qty - qty // 3
    return (
        f"store has 3 for the price of 2 on shampoo (${fmt2(price)} each). buying {qty} bottles, "
        "what's the total?"
    ), [num(price * paid)]


@fam
def loan_total_repaid(rng):
    monthly, months = F(rng.randint(15000, 60000), 100), rng.choice([24, 36, 48, 60])
    borrowed = rng.randint(5, 20) * 1000
    v = monthly * months - borrowed
    if v <= 0:
        return None
    return (
        f"borrowed ${borrowed:,} for a car, paying ${fmt2(monthly)} a month for {months} months. "
        f"how much interest do I pay in total?"
    ), [num(v)]


@fam
def hourly_from_salary(rng):
    salary, hours = rng.randint(30, 120) * 1000, rng.choice([35, 37, 40, 38])
    v = F(salary, hours * 52)
    return (
        f"job offer is ${salary:,}/yr at {hours} hrs/week. what's that per hour, assuming 52 "
        "weeks? (2 dp)"
    ), [num(v)]


@fam
def markup_price(rng):
    cost, markup = F(rng.randint(400, 9000), 100), rng.choice([25, 30, 40, 50, 60, 80, 100])
    return (
        f"I sell candles. each costs me ${fmt2(cost)} to make and I mark up {markup}%. selling "
        "price?"
    ), [num(cost * (100 + markup) / 100)]


@fam
def profit_margin(rng):
    cost, sell = rng.randint(20, 200), rng.randint(25, 400)
    if sell <= cost:
        return None
    v = F(sell - cost, sell) * 100
    return (
        f"bought a bike for ${cost}, sold it for ${sell}. profit as a % of the selling price? (2 "
        "dp)"
    ), [pct(v)]


@fam
def rent_share_by_room(rng):
    rent = rng.randint(15, 40) * 100
    sizes = [rng.randint(9, 20) for _ in range(3)]
    n = rng.sample(NAMES, 3)
    v = F(rent * sizes[1], sum(sizes))
    return (
        f"3 of us split ${rent:,} rent in proportion to bedroom size: {n[0]} {sizes[0]} m², "
        f"{n[1]} {sizes[1]} m², "
        f"{n[2]} {sizes[2]} m². what's {n[1]}'s share?"
    ), [num(v)]


@fam
def gym_plan_breakeven(rng):
    fee_a, per_a = rng.randint(20, 60), rng.randint(1, 4)
    per_b = per_a + rng.randint(3, 10)
    if fee_a % (per_b - per_a):
        return None
    v = fee_a // (per_b - per_a)
    return (
        f"gym A: ${fee_a}/month + ${per_a} per visit. gym B: no monthly fee, ${per_b} per visit. "
        f"at how many visits a month do they cost the same?"
    ), [num(v, 0)]


@fam
def phone_bill(rng):
    base, gb_price, gb = (
        F(rng.randint(1500, 4000), 100),
        F(rng.randint(200, 1000), 100),
        rng.randint(1, 9),
    )
    return (
        f"my phone plan is ${fmt2(base)} a month plus ${fmt2(gb_price)} per extra GB. used {gb} "
        "extra GB. bill?"
    ), [num(base + gb_price * gb)]


@fam
def net_pay_tax(rng):
    gross, tax, ni = (
        rng.randint(2000, 6000),
        rng.choice([20, 22, 25, 30]),
        rng.choice([5, 6, 8, 10]),
    )
    v = F(gross * (100 - tax - ni), 100)
    return (
        f"gross monthly pay ${gross:,}. {tax}% goes to income tax and {ni}% to social security, "
        "both on gross. "
        f"take-home?"
    ), [num(v)]


@fam
def inflation_cost(rng):
    price, rate, years = rng.randint(2, 60) * 10, rng.choice([2, 3, 4, 5]), rng.randint(2, 10)
    return (
        f"at {rate}% inflation per year, what will something that costs ${price} today cost in "
        f"{years} years? "
        f"(compound, nearest cent)"
    ), [num(price * F(100 + rate, 100) ** years)]


@fam
def depreciation(rng):
    price, rate, years = rng.randint(15, 60) * 1000, rng.choice([10, 12, 15, 20]), rng.randint(2, 6)
    value = F(price)
    for _ in range(years):
        value = rnd(value * F(100 - rate, 100), 2)
    if value != rnd(price * F(100 - rate, 100) ** years, 2):
        return None  # rounding each year's value to the cent would differ
    return (
        f"new car ${price:,}, loses {rate}% of its value each year. value after {years} years? "
        "(to the cent)"
    ), [num(price * F(100 - rate, 100) ** years)]


@fam
def ratio_scale_up(rng):
    a, b = rng.randint(2, 5), rng.randint(3, 9)
    if a == b or math.gcd(a, b) != 1:
        return None
    k = rng.randint(3, 25)
    return (f"boys to girls at the club is {a}:{b}. there are {b * k} girls. how many boys?"), [
        num(a * k, 0)
    ]


@fam
def paint_coverage(rng):
    area, cover = rng.randint(30, 200), rng.choice([10, 12, 14, 16])
    coats, can = rng.choice([1, 2]), rng.choice([F(5, 2), 4, 5])
    litres = F(area * coats, cover)
    cans = -(-litres // F(can))
    return (
        f"walls total {area} m², painting {coats} coat{'s' if coats > 1 else ''}. paint covers "
        f"{cover} m² per litre "
        f"and comes in {float(can):g} L cans. how many cans do I need to buy?"
    ), [num(cans, 0)]


@fam
def per_person_with_payer(rng):
    total, n = F(rng.randint(6000, 40000), 100), rng.randint(3, 9)
    return (
        f"booked a cabin for ${fmt2(total)}. there are {n} of us including me and we split it "
        "evenly — what does "
        f"each person pay? (to the cent)"
    ), [num(total / n)]


@fam
def cashback_percent(rng):
    spend, rate = rng.randint(300, 4000), rng.choice([F(1), F(15, 10), F(2), F(3), F(5, 4)])
    return (
        f"credit card gives {float(rate):g}% cashback. spent ${spend:,} this month, how much "
        "cashback?"
    ), [num(spend * rate / 100)]


@fam
def fractional_share(rng):
    total = rng.randint(12, 90) * 60
    a, b = rng.choice([F(1, 3), F(1, 4), F(2, 5), F(1, 6)]), rng.choice([F(1, 2), F(1, 3), F(1, 5)])
    v = total * (1 - a) * b
    return (
        f"won ${total:,}. gave {a} to my mum, then gave {b} of what was left to my sister. "
        f"how much did my sister get?"
    ), [num(v)]


@fam
def price_per_kg(rng):
    g, price = rng.choice([250, 300, 400, 450, 750, 150]), F(rng.randint(150, 1200), 100)
    return (f"a {g} g bag of coffee costs £{fmt2(price)}. what's that per kg?"), [
        num(price * 1000 / g)
    ]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        budget_left,
        commission,
        bill_split_uneven,
        unit_price_shop,
        buy_two_get_one,
        loan_total_repaid,
        hourly_from_salary,
        markup_price,
        profit_margin,
        rent_share_by_room,
        gym_plan_breakeven,
        phone_bill,
        net_pay_tax,
        inflation_cost,
        depreciation,
        ratio_scale_up,
        paint_coverage,
        per_person_with_payer,
        cashback_percent,
        fractional_share,
        price_per_kg,
    )
]
