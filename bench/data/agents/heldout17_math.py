"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part 1: shared helpers,
percentages, discounts, tips and everyday money arithmetic."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fmt, fresh, item

Made = tuple[str, list[list[str]]] | None


def family(make: Callable[[random.Random], Made]) -> Family:
    name = f"M_a_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            if made is not None:
                return item(name, "math", made[0], made[1])
    draw.__name__ = make.__name__
    return fresh(draw)


def money(value: float | Fraction) -> list[str]:
    v = float(value)
    out = [f"{v:.2f}", f"{v:,.2f}", fmt(v), f"{float(fmt(v)):,}".removesuffix(".0")]
    if 0 < v < 1:
        out += [f"{round(v * 100)} cents", f"{round(v * 100)}¢"]
    return list(dict.fromkeys(out))


def pct(value: float, places: int = 1) -> list[str]:
    text = f"{value:.{places}f}" if places else str(round(value))
    if places and float(text) == round(value):
        text = f"{value:.{places}f}"
    return [f"{text}%", f"{text} %", f"{text} percent"]


def num(value: float | Fraction, places: int = 2) -> list[str]:
    v = float(value)
    text = f"{v:.{places}f}".rstrip("0").rstrip(".") if places else str(round(v))
    out = [text]
    if abs(v) >= 1000:
        whole, _, frac = text.partition(".")
        out.append(f"{int(whole):,}" + (f".{frac}" if frac else ""))
    return out


def frac(value: Fraction) -> list[str]:
    out = [f"{value.numerator}/{value.denominator}" if value.denominator != 1 else str(value)]
    if value.denominator != 1 and (value * 10**6).denominator == 1:
        out.append(f"{float(value):.6f}".rstrip("0"))
    return out


def cents(value: Fraction) -> bool:
    """True when a money value rounds cleanly to two decimals (no half-cent tie)."""
    return not ((value * 200).denominator == 1 and (value * 100).denominator != 1)


def near_tie(value: float, places: int) -> bool:
    scaled = value * 10**places
    return abs(scaled - int(scaled) - 0.5) < 0.02


def r2(value: Fraction) -> float:
    return round(float(value) + 1e-12, 2)


def one(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


@family
def shirt_sale(rng: random.Random) -> Made:
    price, off = rng.randint(18, 120), rng.choice([10, 15, 20, 25, 30, 35, 40])
    pay = Fraction(price * (100 - off), 100)
    return (one(rng, f"shirt is ${price}, {off}% off. what do i pay",
                f"A jacket I like costs ${price} and it's {off}% off this weekend. How much "
                "will it cost me?",
                f"How much is a ${price} item after a {off} percent discount?"), [money(pay)])


@family
def tip_split(rng: random.Random) -> Made:
    bill = Fraction(rng.randint(4000, 25000), 100)
    tip, people = rng.choice([15, 18, 20, 22]), rng.randint(2, 6)
    each = bill * (100 + tip) / 100 / people
    if near_tie(float(each), 2):
        return None
    return (f"dinner bill came to ${float(bill):.2f}. we're adding a {tip}% tip and splitting "
            f"it evenly between {people} of us. how much does each person pay (to the cent)?",
            [money(r2(each))])


@family
def percent_of(rng: random.Random) -> Made:
    p, n = rng.choice([12, 15, 35, 45, 65, 85, 8, 4]), rng.randint(20, 400) * 5
    return (one(rng, f"what's {p}% of {n}", f"Quick one: {p} percent of {n}?",
                f"calculate {p}% of {n} please"), [num(Fraction(p * n, 100))])


@family
def what_percent(rng: random.Random) -> Made:
    total = rng.choice([40, 50, 80, 25, 20, 200, 160])
    part = rng.randint(1, total - 1)
    value = Fraction(part * 100, total)
    if (value * 10).denominator != 1:
        return None
    return (f"I got {part} out of {total} on my test. What percentage is that?",
            [[f"{fmt(float(value))}%", f"{fmt(float(value))} %", f"{fmt(float(value))} percent"]])


@family
def percent_change(rng: random.Random) -> Made:
    old = rng.randint(20, 400)
    new = rng.randint(20, 400)
    if old == new:
        return None
    change = (new - old) / old * 100
    if near_tie(abs(change), 1):
        return None
    word = "increase" if new > old else "decrease"
    return (f"Our electricity bill went from ${old} to ${new}. What's the percentage change? "
            "Round to one decimal place.",
            [[f"{abs(change):.1f}%", f"{abs(change):.1f} %", f"{abs(change):.1f} percent"],
             [word, "up" if new > old else "down", "rise" if new > old else "drop",
              "more" if new > old else "less", "higher" if new > old else "lower",
              f"+{abs(change):.1f}" if new > old else f"-{abs(change):.1f}",
              f"{abs(change):.1f}% {word}", f"{abs(change):.1f}% {word}"]])


@family
def reverse_percent(rng: random.Random) -> Made:
    orig, off = rng.randint(10, 90) * 4, rng.choice([20, 25, 40, 50, 10])
    sale = Fraction(orig * (100 - off), 100)
    return (f"I paid ${fmt(float(sale))} for a blender that was {off}% off. What was the "
            "original price?", [money(orig)])


@family
def sales_tax(rng: random.Random) -> Made:
    price = Fraction(rng.randint(500, 30000), 100)
    tax = rng.choice([Fraction(6), Fraction(7), Fraction(825, 100), Fraction(65, 10),
                      Fraction(5)])
    total = price * (100 + tax) / 100
    if not cents(total) or near_tie(float(total), 2):
        return None
    return (f"how much is ${float(price):.2f} with {fmt(float(tax))}% sales tax added? "
            "round to the nearest cent", [money(r2(total))])


@family
def change_due(rng: random.Random) -> Made:
    items = [Fraction(rng.randint(99, 1299), 100) for _ in range(rng.randint(2, 4))]
    total = sum(items, Fraction(0))
    note = 20 if total < 20 else (50 if total < 50 else 100)
    listed = ", ".join(f"${float(x):.2f}" for x in items)
    return (f"At the shop I bought things costing {listed} and paid with a ${note} bill. "
            "How much change should I get?", [money(note - total)])


@family
def unit_price_better(rng: random.Random) -> Made:
    a_n, b_n = rng.choice([(6, 10), (8, 12), (4, 6), (12, 20), (10, 24)])
    a_p = Fraction(rng.randint(250, 900), 100)
    b_p = Fraction(rng.randint(250, 1500), 100)
    ua, ub = a_p / a_n, b_p / b_n
    if abs(ua - ub) < Fraction(1, 100):
        return None
    cheaper = min(ua, ub)
    if near_tie(float(cheaper), 2):
        return None
    return (f"Which is cheaper per can: a {a_n}-pack for ${float(a_p):.2f} or a {b_n}-pack "
            f"for ${float(b_p):.2f}? And what does a can cost in the cheaper one, to the cent?",
            [money(r2(cheaper))])


@family
def simple_interest(rng: random.Random) -> Made:
    p, r, t = rng.randint(10, 200) * 100, rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 8)
    return (f"Simple interest on ${p:,} at {r}% a year for {t} years — how much interest is "
            "that in total?", [money(p * r * t / 100)])


@family
def compound_interest(rng: random.Random) -> Made:
    p, r, t = rng.randint(10, 100) * 100, rng.choice([3, 4, 5, 6, 7]), rng.randint(2, 10)
    value = Fraction(p) * Fraction(100 + r, 100) ** t
    if near_tie(float(value), 2):
        return None
    return (f"If I put ${p:,} in a savings account paying {r}% interest compounded yearly, "
            f"how much will be in there after {t} years? (no more deposits, round to cents)",
            [money(r2(value))])


@family
def hourly_pay(rng: random.Random) -> Made:
    rate = Fraction(rng.randint(1500, 3500), 100)
    hours, over = rng.randint(36, 40), rng.randint(2, 12)
    pay = rate * hours + rate * Fraction(3, 2) * over
    if not cents(pay):
        return None
    return (f"I make ${float(rate):.2f}/hr. Worked {hours + over} hours this week and my "
            f"contract pays time and a half for anything over {hours}. What's my gross pay "
            "(to the cent)?", [money(r2(pay))])


@family
def salary_monthly(rng: random.Random) -> Made:
    annual = rng.randint(30, 120) * 1000 + rng.choice([0, 500])
    m = Fraction(annual, 12)
    if near_tie(float(m), 2):
        return None
    return (f"If my salary is ${annual:,} a year, how much is that per month before tax? "
            "Round to the cent.", [money(r2(m))])


@family
def raise_percent(rng: random.Random) -> Made:
    wage = Fraction(rng.randint(1600, 3000), 100)
    pct = rng.choice([3, 4, 5, 2.5, 6])
    new = wage * (100 + Fraction(str(pct))) / 100
    if not cents(new) or near_tie(float(new), 2):
        return None
    return (f"Getting a {pct}% raise on my ${float(wage):.2f} hourly wage. New hourly rate?",
            [money(r2(new))])


@family
def successive_discounts(rng: random.Random) -> Made:
    a, b = rng.choice([10, 20, 25, 30, 50]), rng.choice([10, 15, 20])
    total = 100 - (100 - a) * (100 - b) / 100
    return (f"store has {a}% off everything and then an extra {b}% off at the register. "
            "what's the total discount as a single percentage?",
            [[f"{fmt(total)}%", f"{fmt(total)} %", f"{fmt(total)} percent"]])


@family
def markup_price(rng: random.Random) -> Made:
    cost, markup = rng.randint(4, 60), rng.choice([25, 40, 60, 80, 150])
    price = Fraction(cost * (100 + markup), 100)
    return (f"I make candles for ${cost} each in materials. If I want a markup of {markup}%, "
            "what should I sell them for?", [money(price)])


@family
def profit_margin(rng: random.Random) -> Made:
    cost = rng.randint(10, 80)
    price = cost + rng.randint(2, 60)
    margin = (price - cost) / price * 100
    if near_tie(margin, 1):
        return None
    return (f"Selling price ${price}, cost to me ${cost}. What's my profit margin as a % of the "
            "selling price, to 1 decimal?", [[f"{margin:.1f}%", f"{margin:.1f} %",
                                             f"{margin:.1f} percent"]])


@family
def budget_left(rng: random.Random) -> Made:
    income = rng.randint(25, 60) * 100
    rent, food, other = rng.randint(8, 20) * 50, rng.randint(200, 700), rng.randint(100, 600)
    left = income - rent - food - other
    return (f"Monthly take-home {income}. Rent {rent}, groceries about {food}, other bills "
            f"{other}. How much is left over each month?", [num(left, 0)])


@family
def savings_weeks(rng: random.Random) -> Made:
    goal, per = rng.randint(30, 200) * 10, rng.choice([25, 30, 40, 45, 60, 75])
    have = rng.randint(0, goal // 3)
    weeks = -(-(goal - have) // per)
    return (f"Saving up for a ${goal} bike. I've got ${have} already and can put away ${per} "
            "a week. How many weeks until I can afford it?",
            [[str(weeks)]])


@family
def coins_total(rng: random.Random) -> Made:
    q, d, n, p = (rng.randint(0, 40) for _ in range(4))
    total = Fraction(25 * q + 10 * d + 5 * n + p, 100)
    return (f"counting my coin jar: {q} quarters, {d} dimes, {n} nickels and {p} pennies. "
            "how much is that in dollars?", [money(total)])


@family
def bulk_order(rng: random.Random) -> Made:
    each = Fraction(rng.randint(150, 1200), 100)
    qty, ship = rng.randint(12, 80), Fraction(rng.randint(500, 2500), 100)
    total = each * qty + ship
    return (f"Ordering {qty} mugs at ${float(each):.2f} each plus a flat ${float(ship):.2f} "
            "shipping. Total?", [money(total)])


@family
def split_uneven(rng: random.Random) -> Made:
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    if a == b:
        return None
    total = (a + b) * rng.randint(20, 300)
    share = total * a // (a + b)
    return (f"Two of us bought a ${total} lottery ticket pool, I put in {a} parts and my "
            f"brother {b} parts. If we split ${total} winnings in that ratio, how much do I get?",
            [money(share)])


@family
def gas_trip_cost(rng: random.Random) -> Made:
    miles, mpg = rng.randint(120, 900), rng.choice([22, 25, 28, 30, 32, 35, 40])
    price = Fraction(rng.randint(289, 489), 100)
    cost = Fraction(miles, mpg) * price
    if near_tie(float(cost), 2):
        return None
    return (f"road trip is {miles} miles, car gets {mpg} mpg, gas is ${float(price):.2f} a "
            "gallon. how much will gas cost, to the cent?", [money(r2(cost))])


@family
def phone_plan_compare(rng: random.Random) -> Made:
    fa, pa = rng.randint(10, 30), Fraction(rng.randint(5, 15), 100)
    fb, pb = fa + rng.randint(5, 25), Fraction(rng.randint(1, 4), 100)
    mins = (fb - fa) / (pa - pb)
    if mins.denominator != 1:
        return None
    return (f"Plan A: ${fa}/month plus ${float(pa):.2f} per minute. Plan B: ${fb}/month plus "
            f"${float(pb):.2f} per minute. At how many minutes a month do they cost the same?",
            [num(mins, 0)])


@family
def commission(rng: random.Random) -> Made:
    base, rate, sales = rng.randint(15, 30) * 100, rng.choice([3, 4, 5, 6, 8]), \
        rng.randint(10, 90) * 1000
    return (f"My base pay is ${base:,} a month plus {rate}% commission on sales. I sold "
            f"${sales:,} this month. Total pay?", [money(base + sales * rate / 100)])


@family
def price_per_kg(rng: random.Random) -> Made:
    grams = rng.choice([250, 400, 500, 750, 150, 200])
    price = Fraction(rng.randint(150, 900), 100)
    per = price * 1000 / grams
    if near_tie(float(per), 2):
        return None
    return (f"a {grams} g bag of coffee beans is ${float(price):.2f}. what's that per kg?",
            [money(r2(per))])


@family
def vat_inclusive(rng: random.Random) -> Made:
    gross = Fraction(rng.randint(1200, 60000), 100)
    net = gross / Fraction(120, 100)
    if near_tie(float(net), 2):
        return None
    return (f"Invoice total is {float(gross):.2f} including 20% VAT. What's the amount before "
            "VAT? Round to 2 decimal places.", [money(r2(net))])


@family
def loan_flat_payment(rng: random.Random) -> Made:
    p, rate, years = rng.randint(20, 100) * 100, rng.choice([4, 5, 6, 8]), rng.randint(2, 5)
    monthly = Fraction(p) * (1 + Fraction(rate * years, 100)) / (12 * years)
    if near_tie(float(monthly), 2):
        return None
    return (f"A dealer offers ${p:,} at {rate}% flat (simple) interest per year over {years} "
            "years, paid in equal monthly instalments. What's each monthly payment to the "
            "cent?", [money(r2(monthly))])


@family
def restaurant_total(rng: random.Random) -> Made:
    mains = [rng.randint(12, 30) for _ in range(rng.randint(2, 4))]
    drinks = rng.randint(1, 6)
    dp = rng.choice([3, 4, 5, 6])
    sub = sum(mains) + drinks * dp
    return (f"We ordered {len(mains)} mains at ${', $'.join(map(str, mains))} and {drinks} "
            f"drinks at ${dp} each. Add a {rng.choice([20])}% tip on the lot — what's the "
            "total?", [money(Fraction(sub * 120, 100))])


@family
def tax_bracket(rng: random.Random) -> Made:
    income = rng.randint(15, 90) * 1000
    tax = min(income, 10000) * 0 + max(0, min(income, 40000) - 10000) * 0.2 \
        + max(0, income - 40000) * 0.4
    return (f"Suppose tax is 0% on the first $10,000, 20% on income between $10,000 and "
            f"$40,000, and 40% on everything above $40,000. How much tax on ${income:,}?",
            [money(tax)])


@family
def percent_more_than(rng: random.Random) -> Made:
    a = rng.randint(20, 200)
    b = a + rng.randint(1, 100)
    pct = (b - a) / a * 100
    if near_tie(pct, 1):
        return None
    return (f"{b} is what percent more than {a}? one decimal please",
            [[f"{pct:.1f}%", f"{pct:.1f} %", f"{pct:.1f} percent"]])


@family
def subscription_yearly(rng: random.Random) -> Made:
    monthly = Fraction(rng.randint(499, 2499), 100)
    yearly = Fraction(rng.randint(40, 250))
    save = monthly * 12 - yearly
    if save <= 0:
        return None
    return (f"Streaming service: ${float(monthly):.2f} monthly or ${yearly} for a year up "
            "front. How much do I save in a year by paying annually?", [money(save)])


@family
def inflation_prices(rng: random.Random) -> Made:
    price, rate, years = rng.randint(2, 40), rng.choice([2, 3, 4, 5]), rng.randint(3, 10)
    future = Fraction(price) * Fraction(100 + rate, 100) ** years
    if near_tie(float(future), 2):
        return None
    return (f"If something costs ${price} today and prices rise {rate}% every year, what will it "
            f"cost in {years} years? Round to cents.", [money(r2(future))])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    shirt_sale, tip_split, percent_of, what_percent, percent_change, reverse_percent, sales_tax,
    change_due, unit_price_better, simple_interest, compound_interest, hourly_pay,
    salary_monthly, raise_percent, successive_discounts, markup_price, profit_margin,
    budget_left, savings_weeks, coins_total, bulk_order, split_uneven, gas_trip_cost,
    phone_plan_compare, commission, price_per_kg, vat_inclusive, loan_flat_payment,
    restaurant_total, tax_bracket, percent_more_than, subscription_yearly, inflation_prices)]
