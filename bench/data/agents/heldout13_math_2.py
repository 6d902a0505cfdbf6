"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part two: everyday money —
shopping, bills, pay, savings, loans, shares and prices."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout13_math import dec, pct, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item


def cents(rng: random.Random, low: float, high: float) -> F:
    return F(rng.randint(int(low * 100), int(high * 100)), 100)


def m(v: F) -> str:
    return f"{float(v):.2f}"


def k_basket(rng: random.Random) -> Item:  # a small shopping basket
    a, pa, b, pb = rng.randint(2, 6), cents(rng, 0.5, 6), rng.randint(2, 5), cents(rng, 0.5, 4)
    return item("K_a_basket", "math", f"I bought {a} notebooks at {m(pa)} each and {b} pens at "
                f"{m(pb)} each. How much did I spend altogether?", [dec(a * pa + b * pb)])


def k_change(rng: random.Random) -> Item:  # change from a note
    note = rng.choice([20, 50, 100])
    cost = cents(rng, note * 0.3, note - 0.5)
    return item("K_a_change", "math", f"paid with a {note} note, the bill was {m(cost)}. how much "
                "change should i get", [dec(note - cost)])


def k_split_tip(rng: random.Random) -> Item:  # a restaurant bill with a tip split evenly
    bill, tip, n = cents(rng, 40, 400), rng.choice([10, 12, 15, 18, 20]), rng.randint(2, 8)
    each = bill * (100 + tip) / 100 / n
    if tie(each):
        return k_split_tip(rng)
    return item("K_a_split_tip", "math", f"Dinner came to {m(bill)} for {n} of us. If we add a "
                f"{tip}% tip and split it evenly, what does each person pay?", [dec(each)])


def k_tip(rng: random.Random) -> Item:  # a tip on its own
    bill, tip = cents(rng, 12, 250), rng.choice([15, 18, 20, 22, 25])
    v = bill * tip / 100
    if tie(v):
        return k_tip(rng)
    return item("K_a_tip", "math", f"how much is a {tip}% tip on {m(bill)}", [dec(v)])


def k_price_per_100g(rng: random.Random) -> Item:  # unit price from a pack
    grams, price = rng.choice([250, 400, 500, 750, 1200]), cents(rng, 1, 12)
    v = price * 100 / grams
    if tie(v):
        return k_price_per_100g(rng)
    return item("K_a_price_per_100g", "math", f"A {grams} g bag costs {m(price)}. What's the price "
                "per 100 g?", [dec(v)])


def k_hourly_pay(rng: random.Random) -> Item:  # a week's pay from hours and rate
    hours, rate = F(rng.randint(30, 90), 2), cents(rng, 11, 35)
    v = hours * rate
    if tie(v):
        return k_hourly_pay(rng)
    return item("K_a_hourly_pay", "math", f"worked {float(hours):g} hours this week at "
                f"{m(rate)} an hour, what's my gross pay?", [dec(v)])


def k_overtime(rng: random.Random) -> Item:  # overtime at time and a half
    rate, extra = rng.randint(12, 30), rng.randint(2, 12)
    v = F(40 * rate) + F(extra * rate * 3, 2)
    return item("K_a_overtime", "math", f"I get {rate} an hour for the first 40 hours and time and "
                f"a half after that. I worked {40 + extra} hours. What do I earn?", [dec(v)])


def k_monthly_salary(rng: random.Random) -> Item:  # an annual salary per month
    year = rng.randint(180, 1200) * 100
    v = F(year, 12)
    if tie(v):
        return k_monthly_salary(rng)
    return item("K_a_monthly_salary", "math", f"My salary is {year:,} a year, how much is that a "
                "month before tax?", [dec(v)])


def k_raise(rng: random.Random) -> Item:  # a pay rise
    pay, p = rng.randint(1500, 5000), F(rng.choice([15, 20, 25, 30, 35, 45, 50]), 10)
    v = pay * (1 + p / 100)
    if tie(v):
        return k_raise(rng)
    return item("K_a_raise", "math", f"If I get a {float(p):g}% raise on {pay} per month what's "
                "my new monthly pay", [dec(v)])


def k_simple_interest(rng: random.Random) -> Item:  # simple interest earned
    p, r, t = rng.randint(10, 200) * 100, F(rng.randint(4, 16), 4), rng.randint(2, 10)
    v = p * r * t / 100
    if tie(v):
        return k_simple_interest(rng)
    return item("K_a_simple_interest", "math", f"Simple interest on {p} at {float(r):g}% a year "
                f"for {t} years?", [dec(v)])


def k_compound(rng: random.Random) -> Item:  # compound interest, yearly
    p, r, t = rng.randint(10, 500) * 100, rng.choice([2, 3, 4, 5, 6, 7]), rng.randint(3, 15)
    v = p * (1 + F(r, 100)) ** t
    if tie(v):
        return k_compound(rng)
    return item("K_a_compound", "math", f"if i put {p} in a savings account at {r}% compounded "
                f"annually, how much will i have after {t} years?", [dec(v)])


def k_compound_monthly(rng: random.Random) -> Item:  # compound interest, monthly
    p, r, t = rng.randint(5, 100) * 100, rng.choice([3, 4, 6, 9, 12]), rng.randint(2, 6)
    v = p * (1 + F(r, 1200)) ** (12 * t)
    if tie(v):
        return k_compound_monthly(rng)
    return item("K_a_compound_monthly", "math", f"What will {p} grow to in {t} years at {r}% "
                "annual interest compounded monthly?", [dec(v)])


def k_months_to_save(rng: random.Random) -> Item:  # months to reach a goal
    per, goal = rng.choice([75, 120, 150, 200, 250, 340]), rng.randint(10, 100) * 100
    months = -(-goal // per)
    return item("K_a_months_to_save", "math", f"I can put away {per} a month. How many months "
                f"until I have {goal:,} saved?", [whole(months)])


def k_share_value(rng: random.Random) -> Item:  # a holding's value
    n, price = rng.randint(5, 400), cents(rng, 8, 450)
    return item("K_a_share_value", "math", f"what are {n} shares worth at {m(price)} a share?",
                [dec(n * price)])


def k_share_profit(rng: random.Random) -> Item:  # profit on a sale of shares
    n, buy = rng.randint(10, 300), cents(rng, 10, 200)
    sell = buy + cents(rng, 1, 60)
    return item("K_a_share_profit", "math", f"Bought {n} shares at {m(buy)}, sold them all at "
                f"{m(sell)}. What was my profit?", [dec(n * (sell - buy))])


def k_stock_fall(rng: random.Random) -> Item:  # a fall in a share price, as a percentage
    old = rng.randint(40, 400)
    new = old - rng.randint(3, old // 2)
    v = F((old - new) * 100, old)
    if tie(v):
        return k_stock_fall(rng)
    return item("K_a_stock_fall", "math", f"the stock dropped from {old} to {new} per share — how "
                "many percent is that down?", [pct(v)])


def k_vat_add(rng: random.Random) -> Item:  # VAT added to a net price
    net, vat = cents(rng, 5, 900), rng.choice([5, 19, 20, 21])
    v = net * (100 + vat) / 100
    if tie(v):
        return k_vat_add(rng)
    return item("K_a_vat_add", "math", f"net price {m(net)}, what is it with {vat}% VAT?",
                [dec(v)])


def k_vat_remove(rng: random.Random) -> Item:  # the net price inside a gross one
    vat, net = rng.choice([19, 20, 21, 25]), cents(rng, 5, 500)
    gross = net * (100 + vat) / 100
    if gross.denominator > 100 or (gross * 100).denominator != 1:
        return k_vat_remove(rng)
    return item("K_a_vat_remove", "math", f"A price of {m(gross)} includes {vat}% VAT. How much is "
                "it without the VAT?", [dec(net)])


def k_double_discount(rng: random.Random) -> Item:  # two discounts one after the other
    price, a, b = rng.randint(20, 500), rng.choice([20, 30, 40, 50]), rng.choice([5, 10, 15, 20])
    v = F(price * (100 - a) * (100 - b), 10000)
    if tie(v):
        return k_double_discount(rng)
    return item("K_a_double_discount", "math", f"a jacket is {price}, it's {a}% off and then "
                f"there's an extra {b}% off at the till. final price?", [dec(v)])


def k_loan_payment(rng: random.Random) -> Item:  # an amortised monthly payment
    p, r, years = rng.randint(5, 60) * 1000, rng.choice([3, 4, 5, 6, 7, 8]), rng.randint(2, 7)
    i, n = r / 1200, years * 12
    v = p * i / (1 - (1 + i) ** -n)
    if tie(v, 2):
        return k_loan_payment(rng)
    return item("K_a_loan_payment", "math", f"What's the monthly payment on a {p:,} loan at {r}% "
                f"APR over {years} years?", [dec(v)])


def k_budget_left(rng: random.Random) -> Item:  # what's left of a month's pay
    pay = rng.randint(1800, 4200)
    rent, bills, food = rng.randint(600, 1400), rng.randint(90, 350), rng.randint(200, 600)
    if pay - rent - bills - food < 50:
        return k_budget_left(rng)
    return item("K_a_budget_left", "math", f"i take home {pay}/month. rent {rent}, bills {bills}, "
                f"groceries {food}. what do i have left", [dec(pay - rent - bills - food)])


def k_per_person(rng: random.Random) -> Item:  # a shared cost
    n, total = rng.randint(3, 9), cents(rng, 30, 900)
    v = total / n
    if tie(v):
        return k_per_person(rng)
    return item("K_a_per_person", "math", f"{n} of us are renting a cabin for {m(total)}. Per "
                "person?", [dec(v)])


def k_per_can(rng: random.Random) -> Item:  # the price of one item in a multipack
    n = rng.choice([6, 12, 18, 24, 30])
    each = cents(rng, 0.3, 2.5)
    return item("K_a_per_can", "math", f"a pack of {n} cans is {m(n * each)}, how much is that "
                "per can?", [dec(each)])


def k_rate_convert(rng: random.Random) -> Item:  # currency at a stated rate
    rate, amount = F(rng.randint(70, 160), 100), rng.randint(20, 3000)
    v = rate * amount
    if tie(v):
        return k_rate_convert(rng)
    return item("K_a_rate_convert", "math", f"If 1 dollar is {float(rate):g} euros, how many euros "
                f"do I get for {amount} dollars?", [dec(v)])


def k_commission(rng: random.Random) -> Item:  # a sales commission
    sales, p = rng.randint(20, 900) * 50, F(rng.choice([20, 25, 30, 45, 50, 75]), 10)
    v = sales * p / 100
    return item("K_a_commission", "math", f"My commission is {float(p):g}% of sales. I sold "
                f"{sales:,} this month — what's my commission?", [dec(v)])


def k_rent_rise(rng: random.Random) -> Item:  # a rent raised a few years running
    rent, years = rng.randint(600, 2200), rng.randint(2, 5)
    p = F(rng.choice([20, 25, 30, 35, 40]), 10)
    v = rent * (1 + p / 100) ** years
    if tie(v):
        return k_rent_rise(rng)
    return item("K_a_rent_rise", "math", f"Rent is {rent} now and goes up {float(p):g}% every "
                f"year. What will it be in {years} years?", [dec(v)])


def k_margin(rng: random.Random) -> Item:  # a profit margin
    cost = rng.randint(5, 200)
    price = cost + rng.randint(1, cost)
    v = F((price - cost) * 100, price)
    if tie(v):
        return k_margin(rng)
    return item("K_a_margin", "math", f"I buy these for {cost} and sell them for {price}. What's "
                "my profit margin as a percentage of the selling price?", [pct(v)])


def k_markup(rng: random.Random) -> Item:  # a price from a markup
    cost, p = cents(rng, 2, 300), rng.choice([25, 30, 40, 60, 80])
    v = cost * (100 + p) / 100
    if tie(v):
        return k_markup(rng)
    return item("K_a_markup", "math", f"cost price {m(cost)}, we mark up {p}%. selling price?",
                [dec(v)])


def k_coins(rng: random.Random) -> Item:  # a jar of US coins
    q, d, n, p = (rng.randint(3, 40) for _ in range(4))
    v = F(25 * q + 10 * d + 5 * n + p, 100)
    return item("K_a_coins", "math", f"I've got {q} quarters, {d} dimes, {n} nickels and {p} "
                "pennies. How much money is that in dollars?", [dec(v)])


def k_electricity(rng: random.Random) -> Item:  # running cost of an appliance
    kw, hours, days = F(rng.randint(5, 30), 10), rng.randint(2, 8), rng.randint(7, 31)
    price = F(rng.randint(12, 45), 100)
    v = kw * hours * days * price
    if tie(v):
        return k_electricity(rng)
    return item("K_a_electricity", "math", f"A {float(kw):g} kW heater runs {hours} hours a day "
                f"for {days} days. Electricity is {float(price):g} per kWh. What does it cost?",
                [dec(v)])


def k_fuel_cost(rng: random.Random) -> Item:  # fuel cost of a trip
    km, use, price = rng.randint(50, 1200), F(rng.randint(45, 95), 10), cents(rng, 1.4, 2.1)
    v = F(km) * use / 100 * price
    if tie(v):
        return k_fuel_cost(rng)
    return item("K_a_fuel_cost", "math", f"road trip of {km} km, my car does "
                f"{float(use):g} L/100km and fuel is {m(price)} a litre. fuel cost?", [dec(v)])


def k_subscription(rng: random.Random) -> Item:  # yearly cost of monthly subscriptions
    subs = [cents(rng, 3, 20) for _ in range(rng.randint(2, 4))]
    text = ", ".join(m(s) for s in subs)
    return item("K_a_subscription", "math", f"My monthly subscriptions are {text}. What do they "
                "cost me over a year?", [dec(12 * sum(subs))])


def k_cheaper_pack(rng: random.Random) -> Item:  # saving per unit between two pack sizes
    small_n, big_n = rng.choice([(6, 24), (4, 12), (10, 40), (8, 32)])
    small = cents(rng, 2, 8)
    big = small * big_n / small_n - cents(rng, 0.5, 3)
    v = small / small_n - big / big_n
    if tie(v, 3) or v <= 0 or (big * 100).denominator != 1:
        return k_cheaper_pack(rng)
    return item("K_a_cheaper_pack", "math", f"{small_n} rolls cost {m(small)} or {big_n} rolls "
                f"cost {m(big)}. How much do I save per roll with the big pack, to 3 decimals?",
                [dec(v, 3)])


def k_installments(rng: random.Random) -> Item:  # a price paid in instalments
    price, n, fee = rng.randint(200, 2500), rng.choice([3, 6, 10, 12, 24]), rng.choice([0, 5, 10])
    v = F(price * (100 + fee), 100) / n
    if tie(v):
        return k_installments(rng)
    extra = f" with a {fee}% surcharge" if fee else " interest free"
    return item("K_a_installments", "math", f"phone costs {price}, paying in {n} monthly "
                f"instalments{extra}. how much a month?", [dec(v)])


def k_hourly_from_salary(rng: random.Random) -> Item:  # hourly rate from a yearly salary
    salary, hours = rng.randint(22, 120) * 1000, rng.choice([35, 37.5, 38, 40])
    v = F(salary) / 52 / F(str(hours))
    if tie(v):
        return k_hourly_from_salary(rng)
    return item("K_a_hourly_from_salary", "math", f"I earn {salary:,} a year and work {hours:g} "
                "hours a week, 52 weeks. What's that per hour?", [dec(v)])


def k_gift_split(rng: random.Random) -> Item:  # a gift split unevenly
    total, extra = rng.randint(60, 400), rng.randint(5, 40)
    v = F(total - extra, 4)
    if tie(v):
        return k_gift_split(rng)
    return item("K_a_gift_split", "math", f"Four of us are chipping in for a {total} gift, but "
                f"Sam is paying {extra} more than each of the other three. What do the other "
                "three pay each?", [dec(v)])


def k_savings_total(rng: random.Random) -> Item:  # savings growing by a fixed amount each week
    start, step, weeks = rng.randint(1, 10), rng.randint(1, 5), rng.randint(20, 52)
    v = sum(start + step * i for i in range(weeks))
    return item("K_a_savings_total", "math", f"I save {start} in week 1 and {step} more every week "
                f"after that. How much have I saved after {weeks} weeks?", [dec(v)])


def k_break_even(rng: random.Random) -> Item:  # units needed to break even
    fixed, price = rng.randint(5, 80) * 100, rng.randint(12, 60)
    cost = rng.randint(3, price - 2)
    units = -(-fixed // (price - cost))
    return item("K_a_break_even", "math", f"Fixed costs are {fixed} per month. Each item sells for "
                f"{price} and costs {cost} to make. How many do I need to sell to break even?",
                [whole(units)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_basket, k_change, k_split_tip, k_tip, k_price_per_100g, k_hourly_pay, k_overtime,
    k_monthly_salary, k_raise, k_simple_interest, k_compound, k_compound_monthly,
    k_months_to_save, k_share_value, k_share_profit, k_stock_fall, k_vat_add, k_vat_remove,
    k_double_discount, k_loan_payment, k_budget_left, k_per_person, k_per_can, k_rate_convert,
    k_commission, k_rent_rise, k_margin, k_markup, k_coins, k_electricity, k_fuel_cost,
    k_subscription, k_cheaper_pack, k_installments, k_hourly_from_salary, k_gift_split,
    k_savings_total, k_break_even)]
