"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 2: receipt photos with
sums, splits, tips and currency conversion at a stated rate."""
# ruff: noqa: E501

from __future__ import annotations

import math

from bench.data.agents.heldout20_multi import (
    F,
    Redraw,
    dec,
    fam,
    money,
    num,
    pct,
    pick,
    receipt,
    split,
)
from bench.data.agents.helpers import Family

GROCER = (["Milk", "Eggs", "Bread", "Apples", "Bananas", "Cheese", "Rice", "Pasta", "Butter",
           "Yogurt", "Coffee", "Tomatoes", "Chicken", "Cereal"],
          ["Fresh Mart", "Daily Grocer", "Corner Store", "Food Hall"])
CAFE = (["Latte", "Espresso", "Muffin", "Croissant", "Tea", "Bagel", "Sandwich", "Cookie",
         "Soup", "Smoothie", "Cake Slice"], ["Bean There", "Cafe Luna", "Daily Grind"])
DIY = (["Screws", "Paint", "Brush Set", "Tape", "Sandpaper", "Hinges", "Glue", "Drill Bits",
        "Light Bulbs", "Gloves"], ["Hammer Time", "Fix It Store", "Tool Depot"])
PHARM = (["Vitamins", "Plasters", "Shampoo", "Sun Cream", "Toothpaste", "Tissues",
          "Hand Soap", "Lip Balm"], ["Care Chemist", "Well Pharmacy", "Health Plus"])
DINER = (["Burger", "Fries", "Pizza", "Salad", "Milkshake", "Wings", "Tacos", "Nachos",
          "Cola", "Pancakes", "Noodles"], ["Rosie's Diner", "Taco Spot", "Pizza Corner"])
KINDS = [GROCER, CAFE, DIY, PHARM, DINER]


def total(lines):
    return sum((p for _, p in lines), F(0))


def rec(rng, kind=None, cur="$", count=(2, 4), low=90, high=2400):
    goods, shops = kind or rng.choice(KINDS)
    return receipt(rng, goods, shops, count, low, high, cur)


@fam
def receipt_total_in_euros(rng):
    recipe, lines = rec(rng)
    rate = F(rng.choice(["0.92", "0.91", "0.93", "0.86", "0.95"]))
    t = total(lines)
    text = pick(rng, f"whats the total on this receipt, and what is it in euros? 1 USD = {dec(rate)} EUR",
                f"Can you read the total off this receipt and convert it to euros at {dec(rate)} EUR per dollar?",
                f"How much did I spend here in dollars, and in EUR at a rate of 1 USD = {dec(rate)} EUR?")
    return text, [money(t), money(t * rate)], {"image": recipe}


@fam
def receipt_tip_then_split(rng):
    recipe, lines = rec(rng, DINER, count=(3, 5))
    tip, people = rng.choice([10, 15, 18, 20]), rng.randint(2, 6)
    t = total(lines)
    text = pick(rng, f"dinner receipt attached. add a {tip}% tip and split between {people} of us — what's the total with tip and each share?",
                f"Here's our bill. With a {tip} percent tip on top, what's the grand total, and how much does each of the {people} people pay?",
                f"total w/ {tip}% tip? and per person if {people} of us share it equally")
    return text, [money(t * (100 + tip) / 100), split(t * (100 + tip) / 100, people)], {"image": recipe}


@fam
def receipt_change_from_note(rng):
    recipe, lines = rec(rng, GROCER, count=(2, 4), high=1800)
    t = total(lines)
    note = next(n for n in (20, 50, 100) if n > t)
    paid = pick(rng, f"a ${note} bill", f"{note} dollars", f"a {note}")
    text = pick(rng, f"What's the total on this receipt and how much change should I get from {paid}?",
                f"I paid with {paid} — what did it come to and what's my change?")
    return text, [money(t), money(note - t)], {"image": recipe}


@fam
def receipt_add_sales_tax(rng):
    recipe, lines = rec(rng, DIY)
    tax = F(rng.choice(["6", "7", "8.25", "8.875", "9.5", "5.5"]))
    t = total(lines)
    text = pick(rng, f"The prices on this receipt are before tax. What's the subtotal, and the total after {dec(tax)}% sales tax?",
                f"subtotal on this pls, then add {dec(tax)}% sales tax — what do I actually pay?")
    return text, [money(t), money(t * (100 + tax) / 100)], {"image": recipe}


@fam
def receipt_vat_inside(rng):
    recipe, lines = rec(rng, PHARM, cur="£")
    vat = rng.choice([20, 5])
    t = total(lines)
    text = pick(rng, f"What's the total on this receipt, and how much of it is VAT at {vat}%? (the prices include VAT)",
                f"Prices here already include {vat}% VAT. Read me the total and work out the VAT part of it.")
    return text, [money(t), money(t * vat / (100 + vat))], {"image": recipe}


@fam
def receipt_dearest_in_pounds(rng):
    recipe, lines = rec(rng, count=(3, 4))
    rate = F(rng.choice(["0.79", "0.78", "0.80", "0.76"]))
    name, price = max(lines, key=lambda x: x[1])
    text = pick(rng, f"Which item on this receipt was the most expensive, and what's its price in pounds at 1 USD = {dec(rate)} GBP?",
                f"priciest thing on the receipt? convert it to GBP ({dec(rate)} GBP per USD)")
    return text, [[name, name.lower()], money(price * rate)], {"image": recipe}


@fam
def receipt_coupon_then_split(rng):
    recipe, lines = rec(rng, GROCER, count=(3, 4))
    off, people = rng.choice([10, 15, 20, 25]), rng.randint(2, 4)
    t = total(lines)
    after = t * (100 - off) / 100
    text = pick(rng, f"I've got a {off}% off coupon for this whole receipt. What do I pay after it, and what's that split {people} ways?",
                f"with {off}% off the total on this receipt, what's the new total and each of {people} flatmates' share?")
    return text, [money(after), split(after, people)], {"image": recipe}


@fam
def receipt_budget_left(rng):
    recipe, lines = rec(rng, GROCER, count=(3, 4))
    t = total(lines)
    budget = rng.randrange(int(t) + 10, int(t) + 120, 5)
    weekly = pick(rng, "weekly", "monthly")
    text = pick(rng, f"My {weekly} food budget is ${budget}. What did this shop cost and how much budget is left?",
                f"how much is this receipt and what's left of my ${budget} {weekly} budget after it?")
    return text, [money(t), money(budget - t)], {"image": recipe}


@fam
def receipt_share_of_item(rng):
    recipe, lines = rec(rng, CAFE, count=(3, 4))
    name, price = rng.choice(lines)
    t = total(lines)
    text = pick(rng, f"What's the total on this cafe receipt, and what percent of it was the {name}? (1 decimal)",
                f"read the total and tell me the {name.lower()}'s share of the bill in %, one decimal place")
    return text, [money(t), pct(price / t * 100, 1)], {"image": recipe}


@fam
def receipt_every_weekday(rng):
    recipe, lines = rec(rng, CAFE, count=(2, 3), high=900)
    days = rng.choice([20, 21, 22])
    t = total(lines)
    text = pick(rng, f"This is my usual coffee order. What does it cost, and what would it come to if I bought it on {days} workdays this month?",
                f"total of this receipt? and if I get the same thing {days} times a month, the monthly cost?")
    return text, [money(t), money(t * days)], {"image": recipe}


@fam
def receipt_euro_to_dollars(rng):
    recipe, lines = rec(rng, cur="€")
    rate = F(rng.choice(["1.08", "1.09", "1.1", "1.12", "1.17"]))
    t = total(lines)
    text = pick(rng, f"Receipt from my trip — total in euros, and in US dollars at 1 EUR = {dec(rate)} USD?",
                f"how much was this in EUR and what's that in USD (rate {dec(rate)} dollars per euro)")
    return text, [money(t), money(t * rate)], {"image": recipe}


@fam
def receipt_yen_whole(rng):
    recipe, lines = rec(rng)
    rate = rng.choice([148, 150, 152, 155, 157])
    t = total(lines)
    y = t * rate
    if y.denominator != 1 and abs(y - math.floor(y) - F(1, 2)) < F(1, 100):
        raise Redraw
    text = pick(rng, f"total on this receipt? and in yen at 1 USD = {dec(rate)} JPY, to the nearest yen",
                f"What does this receipt add up to, and what's that in Japanese yen ({dec(rate)} yen to the dollar, whole yen)?")
    return text, [money(t), num(y, 0)], {"image": recipe}


@fam
def receipt_return_item(rng):
    recipe, lines = rec(rng, DIY, count=(3, 4))
    name, price = rng.choice(lines)
    t = total(lines)
    text = pick(rng, f"I'm returning the {name} from this receipt. What was the original total, and what's my spend after the refund?",
                f"original total here? If I take back the {name.lower()}, how much did I really spend?")
    return text, [money(t), money(t - price)], {"image": recipe}


@fam
def receipt_cheap_vs_dear(rng):
    recipe, lines = rec(rng, PHARM, count=(3, 4))
    hi = max(p for _, p in lines)
    lo = min(p for _, p in lines)
    text = pick(rng, "On this receipt, what's the cheapest item's price, and how much more did the dearest item cost than it?",
                "cheapest thing on here costs what? and the difference between the most and least expensive items?")
    return text, [money(lo), money(hi - lo)], {"image": recipe}


@fam
def receipt_average_item(rng):
    recipe, lines = rec(rng, GROCER, count=(3, 5))
    t = total(lines)
    text = pick(rng, "How many items are on this receipt and what's the average price per item? (2 dp)",
                "count the items on this receipt and give me the mean price")
    n = len(lines)
    words = ["zero", "one", "two", "three", "four", "five", "six"]
    return text, [[f"{n} items", f"{n} item", f"{words[n]} items"], money(t / n)], {"image": recipe}


@fam
def receipt_points_and_total(rng):
    recipe, lines = rec(rng, count=(3, 4))
    per = rng.choice([1, 2, 5, 10])
    t = total(lines)
    pts = math.floor(t) * per
    text = pick(rng, f"The store gives {per} loyalty point{'s' if per > 1 else ''} per whole dollar spent (cents don't count). Total on this receipt, and how many points do I earn?",
                f"what's the total, and the points I get at {per} pt per full dollar?")
    return text, [money(t), [f"{pts} points", f"{pts} pts", f"{pts} loyalty points"]], {"image": recipe}


@fam
def receipt_pounds_to_euros_split(rng):
    recipe, lines = rec(rng, DINER, cur="£", count=(3, 4))
    rate = F(rng.choice(["1.15", "1.16", "1.17", "1.18"]))
    people = rng.randint(2, 4)
    t = total(lines)
    text = pick(rng, f"Pub bill in pounds. What's the total in euros at £1 = €{dec(rate)}, and what does each of us pay in euros if {people} split it?",
                f"convert this receipt's total to EUR (1 GBP = {dec(rate)} EUR), then divide by {people}")
    return text, [money(t * rate), split(t * rate, people)], {"image": recipe}


@fam
def receipt_double_order(rng):
    recipe, lines = rec(rng, CAFE, count=(2, 3), high=1200)
    name, price = rng.choice(lines)
    extra = rng.randint(2, 4)
    t = total(lines)
    text = pick(rng, f"What did this order come to? If I add {extra} more {name}s at the same price, what's the new total?",
                f"total here, and then the total if we'd had {extra} extra {name.lower()}s")
    return text, [money(t), money(t + extra * price)], {"image": recipe}


@fam
def receipt_cashback_card(rng):
    recipe, lines = rec(rng, DIY, count=(2, 4))
    back = F(rng.choice(["1.5", "2", "3", "5"]))
    t = total(lines)
    text = pick(rng, f"My card gives {dec(back)}% cashback. How much was this receipt and how much cashback do I get (to the cent)?",
                f"receipt total + what {dec(back)}% cash back on it is")
    return text, [money(t), money(t * back / 100)], {"image": recipe}


@fam
def receipt_half_price_item(rng):
    recipe, lines = rec(rng, GROCER, count=(3, 4))
    name, price = rng.choice(lines)
    t = total(lines)
    text = pick(rng, f"The {name} on this receipt should have been half price. What's the printed total and what should it have been?",
                f"total shown? and the correct total if the {name.lower()} had been charged at 50% off")
    return text, [money(t), money(t - price / 2)], {"image": recipe}


@fam
def receipt_per_person_inclusive(rng):
    recipe, lines = rec(rng, DINER, count=(3, 5))
    friends = rng.randint(2, 5)
    t = total(lines)
    text = pick(rng, f"I went out with {friends} friends and we're splitting this bill evenly between all of us, me included. Total, and each share?",
                f"me + {friends} mates split this receipt equally. what's the total and what does each person owe?")
    return text, [money(t), money(t / (friends + 1))], {"image": recipe}


@fam
def receipt_items_over(rng):
    recipe, lines = rec(rng, count=(3, 5), low=150, high=1500)
    cut = rng.choice([5, 8, 10])
    over = [p for _, p in lines if p > cut]
    if len(over) < 2 or len(over) == len(lines):
        raise Redraw
    text = pick(rng, f"How many items on this receipt cost more than ${cut}, and what do those items add up to?",
                f"which lines here are over {cut} dollars — how many, and their combined price?")
    n = len(over)
    return text, [[f"{n} items", f"{n} of them", f"{n} item", f"{n} lines"], money(sum(over))], {"image": recipe}


@fam
def receipt_budget_percent(rng):
    recipe, lines = rec(rng, GROCER, count=(3, 5))
    t = total(lines)
    budget = rng.randrange(int(t) + 20, int(t) + 300, 10)
    text = pick(rng, f"Total on this receipt, and what percentage of my ${budget} weekly budget did it use (1 dp)?",
                f"what did I spend here and what share of a {budget} dollar budget is that, in % to one decimal")
    return text, [money(t), pct(t * 100 / budget, 1)], {"image": recipe}


@fam
def receipt_member_then_tax(rng):
    recipe, lines = rec(rng, DIY, count=(2, 4))
    off, tax = rng.choice([5, 10, 15]), rng.choice([6, 7, 8, 10])
    t = total(lines)
    after = t * (100 - off) / 100
    text = pick(rng, f"Members get {off}% off the subtotal on this receipt, and then {tax}% sales tax is added. What's the discounted subtotal and the final amount?",
                f"take {off}% member discount off this receipt first, then add {tax}% tax — subtotal after discount and final price?")
    return text, [money(after), money(after * (100 + tax) / 100) + money(F(round(after * 100), 100) * (100 + tax) / 100)], {"image": recipe}


@fam
def receipt_my_item_vs_rest(rng):
    recipe, lines = rec(rng, CAFE, count=(3, 4))
    name, price = rng.choice(lines)
    t = total(lines)
    text = pick(rng, f"I only had the {name}; my friend had everything else on this receipt. What do I owe, and what does my friend owe?",
                f"split by what we ordered: I had the {name.lower()}, they had the rest. my share and theirs?")
    return text, [money(price), money(t - price)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_total_in_euros, receipt_tip_then_split, receipt_change_from_note,
    receipt_add_sales_tax, receipt_vat_inside, receipt_dearest_in_pounds,
    receipt_coupon_then_split, receipt_budget_left, receipt_share_of_item,
    receipt_every_weekday, receipt_euro_to_dollars, receipt_yen_whole, receipt_return_item,
    receipt_cheap_vs_dear, receipt_average_item, receipt_points_and_total,
    receipt_pounds_to_euros_split, receipt_double_order, receipt_cashback_card,
    receipt_half_price_item, receipt_per_person_inclusive, receipt_items_over,
    receipt_budget_percent, receipt_member_then_tax, receipt_my_item_vs_rest)]
