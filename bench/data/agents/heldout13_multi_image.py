"""Round 13 (``K_m_*``, dev now): a photo of a receipt, sign or screenshot, plus arithmetic,
a conversion or another question in the same message."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_multi_common import (
    F,
    Made,
    at,
    cash,
    convert,
    dp12,
    image_recipe,
    need,
    num,
    ok2,
    r2,
    receipt,
    register,
    root,
    tie,
    two_roots,
    unit,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
fam = register(FAMILIES)


def usd(x: F) -> list[str]:
    return cash(x, "USD")


@fam
def receipt_in_euros(r: random.Random) -> Made:  # receipt total, then euros
    recipe, total, _ = receipt(r)
    eur = convert(total, "USD", "EUR")
    ok2(eur)
    return ("how much is this receipt and what would that be in euros", [at(total),
                                                                         cash(r2(eur), "EUR")],
            {"image": recipe})


@fam
def receipt_in_pounds(r: random.Random) -> Made:  # receipt total, then pounds sterling
    recipe, total, _ = receipt(r)
    gbp = convert(total, "USD", "GBP")
    ok2(gbp)
    return ("Just got back from the US - what did I pay here, and what's it in GBP?",
            [at(total), cash(r2(gbp), "GBP")], {"image": recipe})


@fam
def receipt_tip(r: random.Random) -> Made:  # receipt total plus a tip
    recipe, total, _ = receipt(r)
    pct = r.choice([10, 12, 15, 18, 20, 22, 25])
    tip = total * pct / 100
    ok2(tip, total + tip)
    return (f"whats the total on this and if i leave {pct}% tip how much is the tip and what do "
            "i pay altogether", [at(total), num(r2(tip)), num(r2(total + tip))],
            {"image": recipe})


@fam
def receipt_split(r: random.Random) -> Made:  # receipt total split among friends
    recipe, total, _ = receipt(r)
    n = r.choice([2, 3, 4, 5, 6])
    each = total / n
    ok2(each)
    return (f"There were {n} of us at the table. Total on the receipt and what does each person "
            "owe?", [at(total), num(r2(each))], {"image": recipe})


@fam
def receipt_priciest(r: random.Random) -> Made:  # the dearest item and the total
    recipe, total, goods = receipt(r)
    top = max(goods, key=lambda g: g[1])
    need(sorted(p for _, p in goods)[-2] != top[1])
    return ("which thing on this receipt cost the most, and what was the total?",
            [[top[0], top[0].lower()], at(total)], {"image": recipe})


@fam
def receipt_cheapest_price(r: random.Random) -> Made:  # the cheapest item's price and the total
    recipe, total, goods = receipt(r)
    low = min(p for _, p in goods)
    need(sorted(p for _, p in goods)[1] != low)
    return ("receipt attached - cheapest item price? grand total?", [num(low), at(total)],
            {"image": recipe})


@fam
def receipt_change(r: random.Random) -> Made:  # total and the change from a note
    recipe, total, _ = receipt(r)
    note = 50 if total < 50 else 100
    need(total < note)
    return (f"I handed over a ${note} bill. What was the total here and how much change should "
            "I have got?", [at(total), num(note - total)], {"image": recipe})


@fam
def receipt_tax(r: random.Random) -> Made:  # total plus sales tax
    recipe, total, _ = receipt(r)
    tax = r.choice([5, 6, 7, 8, 9, 10])
    final = total * (100 + tax) / 100
    ok2(final)
    return (f"total on this receipt? they forgot to add {tax}% sales tax, what should it have "
            "been?", [at(total), num(r2(final))], {"image": recipe})


@fam
def receipt_average_item(r: random.Random) -> Made:  # total and the mean price per item
    recipe, total, goods = receipt(r)
    mean = total / len(goods)
    ok2(mean)
    return ("How many items are on this receipt, what's the total, and the average price per "
            "item?", [num(len(goods)), at(total), num(r2(mean))], {"image": recipe})


@fam
def receipt_twice(r: random.Random) -> Made:  # the same shop twice a week: weekly spend
    recipe, total, _ = receipt(r)
    k = r.choice([2, 3, 4, 5])
    return (f"this is my usual shop and I do it {k} times a month. what's the receipt total and "
            "what am I spending a month?", [at(total), num(total * k)], {"image": recipe})


@fam
def receipt_coupon(r: random.Random) -> Made:  # total minus a coupon percentage
    recipe, total, _ = receipt(r)
    off = r.choice([10, 15, 20, 25, 30])
    left = total * (100 - off) / 100
    ok2(left)
    return (f"if my {off}% off coupon had worked, what would I have paid instead of the total "
            "on this? give me the original total too", [at(total), num(r2(left))],
            {"image": recipe})


@fam
def receipt_item_euros(r: random.Random) -> Made:  # one line's price in euros, and the total
    recipe, total, goods = receipt(r)
    name, price = r.choice(goods)
    eur = convert(price, "USD", "EUR")
    ok2(eur)
    return (f"how much was the {name.lower()} on this receipt in euros? and the full total in "
            "dollars", [cash(r2(eur), "EUR"), at(total)], {"image": recipe})


@fam
def receipt_budget_left(r: random.Random) -> Made:  # spent, and what's left of a budget
    recipe, total, _ = receipt(r)
    budget = r.choice([60, 75, 80, 100, 120, 150])
    need(total < budget)
    return (f"weekly food budget is ${budget}. how much did this receipt come to and how much "
            "have i got left?", [at(total), num(budget - total)], {"image": recipe})


@fam
def receipt_without_item(r: random.Random) -> Made:  # total, and the total without one line
    recipe, total, goods = receipt(r)
    name, price = r.choice(goods)
    return (f"What's the total on this receipt, and what would it be without the "
            f"{name.lower()}?", [at(total), num(total - price)], {"image": recipe})


@fam
def receipt_points(r: random.Random) -> Made:  # loyalty points per dollar on the total
    recipe, total, _ = receipt(r)
    per = r.choice([2, 3, 5, 10])
    pts = int(total) * per
    return (f"the store gives {per} points per whole dollar spent. total here? how many points "
            "did i earn?", [at(total), num(pts)], {"image": recipe})


@fam
def receipt_yen_free(r: random.Random) -> Made:  # total in euros and in pounds
    recipe, total, _ = receipt(r)
    eur, gbp = convert(total, "USD", "EUR"), convert(total, "USD", "GBP")
    ok2(eur, gbp)
    return ("convert the total on this receipt into both euros and pounds please",
            [cash(r2(eur), "EUR"), cash(r2(gbp), "GBP")], {"image": recipe})


@fam
def receipt_and_sum(r: random.Random) -> Made:  # receipt total and an unrelated sum
    recipe, total, _ = receipt(r)
    a, b = r.randint(100, 999), r.randint(10, 99)
    return (f"two things: what's the total on this receipt, and what's {a} x {b}?",
            [at(total), num(a * b)], {"image": recipe})


@fam
def receipt_items_listed(r: random.Random) -> Made:  # list the goods and the total
    recipe, total, goods = receipt(r)
    return ("can you read me what I bought on this receipt and the total?",
            [*([g, g.lower()] for g, _ in goods), at(total)], {"image": recipe})


@fam
def receipt_per_day(r: random.Random) -> Made:  # a week's groceries: per day
    recipe, total, _ = receipt(r)
    d = total / 7
    ok2(d)
    return ("this shop has to last the week. total? and how much a day does that work out to?",
            [at(total), num(r2(d))], {"image": recipe})


@fam
def sign_and_maths(r: random.Random) -> Made:  # what a sign says, and a quick sum
    recipe, words = image_recipe(r, "sign")
    a, b = r.randint(12, 99), r.randint(12, 99)
    return (f"what does this sign say? also quick one: {a}*{b}",
            [*([w] for w in words), num(a * b)], {"image": recipe})


@fam
def sign_and_solve(r: random.Random) -> Made:  # read a sign, then solve an equation
    recipe, words = image_recipe(r, "sign")
    a, b, p = two_roots(r)
    return (f"Read me the words on this sign, then solve {p} = 0.",
            [*([w] for w in words), root(a), root(b)], {"image": recipe})


@fam
def sign_and_convert(r: random.Random) -> Made:  # read a sign, convert a distance
    recipe, words = image_recipe(r, "sign")
    miles = r.randint(2, 80)
    km = F(miles) * F(1609344, 1000000)
    ok2(km)
    return (f"saw this sign on my walk, what does it say? and how far is {miles} miles in km?",
            [*([w] for w in words), unit(r2(km), "km", "kilometres", "kilometers")],
            {"image": recipe})


@fam
def sign_and_percent(r: random.Random) -> Made:  # read a sign, then a percentage
    recipe, words = image_recipe(r, "sign")
    n, p = r.randint(20, 400), r.choice([5, 15, 35, 45, 65])
    v = F(n * p, 100)
    return (f"Photo attached. 1) what's written on it 2) {p}% of {n}",
            [*([w] for w in words), num(v)], {"image": recipe})


@fam
def screenshot_date_and_sum(r: random.Random) -> Made:  # date from an order screenshot, a sum
    recipe, answer = image_recipe(r, "screenshot")
    a, b = r.randint(100, 900), r.randint(100, 900)
    return (f"which date is on this order screenshot? and {a} + {b}?",
            [answer, num(a + b)], {"image": recipe})


@fam
def screenshot_order_number(r: random.Random) -> Made:  # order number and date
    recipe, answer = image_recipe(r, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    return ("what's the order number and the date in this screenshot",
            [[number], answer], {"image": recipe})


@fam
def screenshot_status_and_date(r: random.Random) -> Made:  # status and date of an order
    recipe, answer = image_recipe(r, "screenshot")
    return ("whats the status of my order in this pic and what date does it show?",
            [["shipped"], answer], {"image": recipe})


@fam
def receipt_and_bmi(r: random.Random) -> Made:  # a receipt total plus a BMI
    recipe, total, _ = receipt(r)
    kg, cm = r.randint(50, 110), r.randint(150, 195)
    bmi = F(kg * 10000, cm * cm)
    need(not tie(bmi, 1))
    ok2(bmi)
    return (f"total on this receipt, and separately my BMI: {kg} kg, {cm} cm",
            [at(total), dp12(bmi)], {"image": recipe})


@fam
def receipt_double_items(r: random.Random) -> Made:  # total if every item were bought twice
    recipe, total, goods = receipt(r)
    return ("if I bought two of everything on this receipt what would it come to? and how many "
            "different things did I get?", [num(2 * total), num(len(goods))], {"image": recipe})


@fam
def receipt_share_percent(r: random.Random) -> Made:  # the biggest line as a share of the total
    recipe, total, goods = receipt(r)
    name, price = max(goods, key=lambda g: g[1])
    share = price * 100 / total
    ok2(share)
    need(sorted(p for _, p in goods)[-2] != price)
    return ("what's the most expensive line on this receipt and what percent of the total is "
            "it?", [[name, name.lower()], [f"{v}%" for v in num(r2(share))]], {"image": recipe})


@fam
def receipt_hours_of_work(r: random.Random) -> Made:  # total, and hours at a wage to pay it
    recipe, total, _ = receipt(r)
    wage = r.choice([10, 12, 15, 16, 20])
    hrs = total / wage
    ok2(hrs)
    return (f"I earn ${wage}/hour. How much is on this receipt and how many hours of work is "
            "that?", [at(total), unit(r2(hrs), "hours", "h", "hrs")], {"image": recipe})


@fam
def receipt_usd_line(r: random.Random) -> Made:  # total stated with the currency, plus euros
    recipe, total, _ = receipt(r)
    eur = convert(total, "USD", "EUR")
    ok2(eur)
    return ("total in dollars + euros pls 🙏", [usd(total), cash(r2(eur), "EUR")],
            {"image": recipe})
