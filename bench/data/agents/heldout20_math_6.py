"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 6: everyday money: tips,
tax, VAT, interest, savings, wages, budgets, loans and prices."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import NAMES, Made, dec, fam, money, num, pct, pick, rnd
from bench.data.agents.helpers import Family

CUR = ["$", "€", "£"]


def cash(rng: random.Random, lo: int, hi: int) -> F:
    return F(rng.randint(lo * 100, hi * 100), 100)


def hm(mins: int) -> list[str]:
    h, m = divmod(mins, 60)
    hs = "hour" if h == 1 else "hours"
    if h == 0:
        return [f"{m} minutes", f"{m} min"]
    if m == 0:
        return [f"{h} {hs}", f"{h} h", f"{h}h"]
    return [
        f"{h} {hs} {m} minutes",
        f"{h} {hs} and {m} minutes",
        f"{h} h {m} min",
        f"{h}h {m}m",
        f"{h} hr {m} min",
        f"{h} hrs {m} mins",
        f"{h} {hs}, {m} minutes",
    ]


def show(v: F) -> str:
    return f"{float(v):.2f}"


@fam
def fam_tip_total(rng: random.Random) -> Made:
    bill, tip = cash(rng, 18, 260), rng.choice([10, 12, 15, 18, 20, 22, 25])
    c = rng.choice(CUR)
    text = pick(
        rng,
        [
            "Dinner came to {c}{b}. With a {t}% tip, what's the total?",
            "bill {c}{b}, adding {t}% tip — total to pay? (round to the cent)",
            "how much do I pay in total if the check is {b} and I tip {t} percent",
        ],
    ).format(c=c, b=show(bill), t=tip)
    return text, [money(bill * (100 + tip) / 100)]


@fam
def fam_split_bill(rng: random.Random) -> Made:
    bill, tip, n = cash(rng, 40, 400), rng.choice([10, 15, 18, 20]), rng.randint(3, 9)
    each = bill * (100 + tip) / 100 / n
    text = pick(
        rng,
        [
            "Our bill is ${b} and we're adding a {t}% tip, split evenly between {n} of "
            "us (me included). How much each, to the cent?",
            "{n} friends split a {b} dollar bill plus {t}% tip equally. what does each "
            "person pay (round to nearest cent)?",
        ],
    ).format(b=show(bill), t=tip, n=n)
    return text, [rnd(each, 2)]


@fam
def fam_sales_tax(rng: random.Random) -> Made:
    price, tax = (
        cash(rng, 5, 900),
        rng.choice([F(5), F(6), F(7), F(8), F(13, 2), F(35, 4), F(29, 4), F(9)]),
    )
    text = pick(
        rng,
        [
            "price is ${p} before tax, sales tax is {t}%. total? (to the cent)",
            "What's ${p} plus {t}% sales tax?",
            "a ${p} lamp with {t} percent tax added comes to how much (round to cents)",
        ],
    ).format(p=show(price), t=dec(tax))
    return text, [rnd(price * (100 + tax) / 100, 2)]


@fam
def fam_vat_inside(rng: random.Random) -> Made:
    vat = rng.choice([20, 21, 19, 23, 25, 10])
    gross = cash(rng, 12, 2400)
    part = gross * vat / (100 + vat)
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "A receipt shows {c}{g} including {v}% VAT. How much of that is VAT? (2 dp)",
                "how much VAT is inside a price of {g} if the rate is {v}%? round to the cent",
            ],
        ).format(c=rng.choice(["€", "£"]), g=show(gross), v=vat)
        return text, [rnd(part, 2)]
    text = pick(
        rng,
        [
            "{g} including {v}% VAT — what's the price before VAT? (2 dp)",
            "Price with {v}% VAT is €{g}. Net price without VAT, to the cent?",
        ],
    ).format(g=show(gross), v=vat)
    return text, [rnd(gross - part, 2)]


@fam
def fam_discount_then_tax(rng: random.Random) -> Made:
    price, d, t = (
        cash(rng, 20, 600),
        rng.choice([10, 15, 20, 25, 30, 40]),
        rng.choice([5, 6, 7, 8, 10]),
    )
    final = price * (100 - d) / 100 * (100 + t) / 100
    text = pick(
        rng,
        [
            "A ${p} jacket is {d}% off, and then {t}% sales tax is added to the "
            "discounted price. What do I pay? (to the cent)",
            "{d}% discount on {p} dollars, then {t}% tax on the sale price. final cost "
            "rounded to cents?",
        ],
    ).format(p=show(price), d=d, t=t)
    return text, [rnd(final, 2)]


@fam
def fam_simple_interest(rng: random.Random) -> Made:
    p, r, y = (
        rng.randint(5, 200) * 100,
        rng.choice([F(2), F(3), F(5, 2), F(4), F(7, 2), F(5), F(6)]),
        rng.randint(2, 10),
    )
    what = rng.choice(["interest", "total"])
    i = p * r / 100 * y
    text = pick(
        rng,
        [
            "Simple interest: ${p} at {r}% a year for {y} years. How much {w}?",
            "{p} dollars invested at {r}% simple interest per year, {y} years — {w2}?",
        ],
    ).format(
        p=p,
        r=dec(r),
        y=y,
        w="interest is earned" if what == "interest" else "is there in total at the end",
        w2="interest earned" if what == "interest" else "final balance",
    )
    return text, [money(i if what == "interest" else p + i)]


@fam
def fam_compound_interest(rng: random.Random) -> Made:
    p, r, y = (
        rng.randint(10, 500) * 100,
        rng.choice([F(2), F(3), F(5, 2), F(4), F(9, 2), F(5), F(6)]),
        rng.randint(2, 15),
    )
    monthly = rng.random() < 0.35
    val = F(p) * (1 + r / 1200) ** (12 * y) if monthly else F(p) * (1 + r / 100) ** y
    text = pick(
        rng,
        [
            "${p} at {r}% interest compounded {c} for {y} years — final amount, to the cent?",
            "I invest {p} dollars at {r}% a year, compounded {c}. What's it worth after "
            "{y} years? (2 "
            "dp)",
        ],
    ).format(p=p, r=dec(r), y=y, c="monthly" if monthly else "annually")
    return text, [rnd(val, 2)]


@fam
def fam_savings_goal(rng: random.Random) -> Made:
    goal, have, per = rng.randint(5, 150) * 100, rng.randint(0, 40) * 50, rng.randint(3, 40) * 25
    if have >= goal:
        return None
    months = math.ceil(F(goal - have, per))
    name = rng.choice(NAMES)
    item = rng.choice(["a trip", "a new laptop", "a used car", "a deposit", "a bike"])
    text = pick(
        rng,
        [
            "{n} wants ${g} for {i}, has ${h} already and saves ${p} a month. How many "
            "months until they reach it?",
            "saving for {i}: need {g}, got {h}, putting away {p} per month. how many "
            "months to get there (whole "
            "months)?",
        ],
    ).format(n=name, g=goal, h=have, p=per, i=item)
    return text, [num(months)]


@fam
def fam_overtime_pay(rng: random.Random) -> Made:
    rate, hours = F(rng.randint(1200, 4500), 100), rng.randint(41, 58)
    mult = rng.choice([F(3, 2), F(2)])
    pay = rate * 40 + rate * mult * (hours - 40)
    text = pick(
        rng,
        [
            "I earn ${r}/hour, with {m} for hours over 40 a week. I worked {h} hours "
            "this week. Gross pay?",
            "hourly wage {r}, overtime past 40 hrs paid at {m}. pay for a {h}-hour week?",
        ],
    ).format(r=show(rate), h=hours, m="time and a half" if mult == F(3, 2) else "double time")
    return text, [money(pay)]


@fam
def fam_salary_hourly(rng: random.Random) -> Made:
    sal, hrs = rng.randint(28, 140) * 1000, rng.choice([35, 37, 37.5, 38, 40, 42])
    v = F(sal) / (F(hrs) * 52)
    text = pick(
        rng,
        [
            "My salary is ${s} a year for {h} hours a week, 52 weeks a year. What's that "
            "per hour? (2 dp)",
            "{s} per year, {h}h weeks, 52 weeks — hourly rate to the cent?",
        ],
    ).format(s=f"{sal:,}", h=hrs)
    return text, [rnd(v, 2)]


@fam
def fam_budget_left(rng: random.Random) -> Made:
    inc = rng.randint(18, 80) * 100
    costs = {
        "rent": rng.randint(6, 20) * 50,
        "groceries": rng.randint(200, 700),
        "transport": rng.randint(40, 250),
        "phone": rng.randint(15, 80),
        "gym": rng.randint(20, 60),
    }
    keys = rng.sample(list(costs), rng.randint(3, 5))
    left = inc - sum(costs[k] for k in keys)
    if left <= 0:
        return None
    lst = ", ".join(f"{k} {costs[k]}" for k in keys)
    text = pick(
        rng,
        [
            "I take home ${i} a month. Expenses: {l}. How much is left?",
            "monthly income {i}; spending {l}. what remains?",
        ],
    ).format(i=inc, l=lst)
    return text, [num(left)]


@fam
def fam_loan_payment(rng: random.Random) -> Made:
    p, r, y = (
        rng.randint(5, 60) * 1000,
        rng.choice([F(3), F(4), F(9, 2), F(5), F(6), F(7), F(8)]),
        rng.choice([2, 3, 4, 5, 6]),
    )
    i = r / 1200
    n = 12 * y
    pay = float(p) * float(i) / (1 - (1 + float(i)) ** -n)
    text = pick(
        rng,
        [
            "Loan of ${p} at {r}% APR, paid monthly over {y} years (standard amortising "
            "loan). Monthly payment, to the cent?",
            "what's the monthly repayment on a {p} dollar loan, {r}% annual rate "
            "compounded monthly, {y}-year term? 2 dp",
        ],
    ).format(p=f"{p:,}", r=dec(r), y=y)
    return text, [rnd(F(pay), 2)]


@fam
def fam_commission(rng: random.Random) -> Made:
    base, pct_, sales = (
        rng.randint(15, 40) * 100,
        rng.choice([2, 3, 4, 5, 6, 8, 10]),
        rng.randint(50, 900) * 100,
    )
    thr = rng.choice([0, 10000, 20000])
    if sales <= thr:
        return None
    pay = F(base) + F(pct_, 100) * (sales - thr)
    extra = f" on sales above ${thr:,}" if thr else " on all sales"
    text = pick(
        rng,
        [
            "Base pay ${b} a month plus {c}% commission{e}. Sold ${s} this month. Total pay?",
            "{b} base + {c} percent commission{e}; sales were {s}. what do I earn this month",
        ],
    ).format(b=base, c=pct_, e=extra, s=f"{sales:,}")
    return text, [money(pay)]


@fam
def fam_currency(rng: random.Random) -> Made:
    pairs = [
        ("EUR", "USD", F(117, 100)),
        ("GBP", "EUR", F(115, 100)),
        ("USD", "JPY", F(1495, 10)),
        ("USD", "CAD", F(137, 100)),
        ("AUD", "USD", F(66, 100)),
        ("EUR", "CHF", F(94, 100)),
    ]
    a, b, rate = rng.choice(pairs)
    amt = F(rng.randint(20, 3000))
    text = pick(
        rng,
        [
            "convert {x} {a} to {b}, rate 1 {a} = {r} {b} (2 dp)",
            "how many {b} do I get for {x} {a} if 1 {a} = {r} {b}?",
            "{x} {a} in {b}? use 1 {a} = {r} {b}, round to 2 decimals",
        ],
    ).format(x=amt, a=a, b=b, r=dec(rate))
    return text, [rnd(amt * rate, 2)]


@fam
def fam_markup_margin(rng: random.Random) -> Made:
    cost = rng.randint(8, 400)
    sell = cost + rng.randint(2, cost)
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "I buy at ${c} and sell at ${s}. What's my markup percentage on cost? (1 dp)",
                "cost {c}, selling price {s} — markup as a % of cost, 1 decimal?",
            ],
        ).format(c=cost, s=sell)
        return text, [pct(F(sell - cost, cost) * 100, 1)]
    text = pick(
        rng,
        [
            "Bought for ${c}, sold for ${s}. Profit margin as a % of the selling price? (1 dp)",
            "cost {c}, price {s}. gross margin (profit ÷ price) in percent, one decimal?",
        ],
    ).format(c=cost, s=sell)
    return text, [pct(F(sell - cost, sell) * 100, 1)]


@fam
def fam_multibuy(rng: random.Random) -> Made:
    single = F(rng.randint(80, 600), 100)
    k = rng.choice([2, 3, 4])
    deal = (single * k * F(rng.randint(60, 90), 100) * 100).__floor__() / F(100)
    n = k * rng.randint(2, 6)
    saving = single * n - deal * n / k
    text = pick(
        rng,
        [
            "Yoghurts are ${s} each or {k} for ${d}. How much do I save buying {n} with "
            "the deal instead of singly?",
            "{k} for {d} or {s} each — saving on {n} items using the offer?",
        ],
    ).format(s=show(single), k=k, d=show(deal), n=n)
    return text, [money(saving)]


@fam
def fam_depreciation(rng: random.Random) -> Made:
    v, r, y = rng.randint(8, 60) * 1000, rng.choice([10, 12, 15, 18, 20, 25]), rng.randint(2, 8)
    val = F(v) * (F(100 - r, 100)) ** y
    text = pick(
        rng,
        [
            "A car bought for ${v} loses {r}% of its value each year. What's it worth "
            "after {y} years? (to the cent)",
            "{v} dollar car, depreciates {r}% per year (compounding). value after {y} years, 2 dp?",
        ],
    ).format(v=f"{v:,}", r=r, y=y)
    return text, [rnd(val, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_tip_total, fam_split_bill, fam_sales_tax, fam_vat_inside, fam_discount_then_tax,
    fam_simple_interest, fam_compound_interest, fam_savings_goal, fam_overtime_pay,
    fam_salary_hourly, fam_budget_left, fam_loan_payment, fam_commission, fam_currency,
    fam_markup_margin, fam_multibuy, fam_depreciation)]
