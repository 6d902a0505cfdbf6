"""Round 11 (``Q_m_*``, dev now) multi-part families on images : a receipt with a conversion
or arithmetic on its total or items, a sign or a screenshot with a second question."""

from __future__ import annotations

import random
from datetime import date

from bench.data.agents.heldout11_multi_common import (
    F,
    Item,
    at,
    cash,
    convert,
    forms,
    image_recipe,
    multi,
    receipt,
    tie,
)
from bench.data.agents.helpers import Family


def _usd(x: F) -> list[str]:
    return list(dict.fromkeys([*forms(x), *cash(x, "USD")]))


def q_m_receipt_to_euros(rng: random.Random) -> Item:  # receipt total, then in euros
    recipe, total, _ = receipt(rng)
    eur = convert(total, "USD", "EUR")
    if tie(eur):
        return q_m_receipt_to_euros(rng)
    return multi("Q_m_receipt_to_euros", "whats the total on this and how much is that in "
                 "euros?", [at(total), cash(eur, "EUR")], image=recipe)


def q_m_receipt_to_pounds(rng: random.Random) -> Item:  # receipt total in pounds sterling
    recipe, total, _ = receipt(rng)
    gbp = convert(total, "USD", "GBP")
    if tie(gbp):
        return q_m_receipt_to_pounds(rng)
    return multi("Q_m_receipt_to_pounds", "Got this receipt on a trip to the States. What did "
                 "I spend, and what's that in GBP?", [at(total), cash(gbp, "GBP")], image=recipe)


def q_m_receipt_three_ways(rng: random.Random) -> Item:  # split a receipt between three
    recipe, total, _ = receipt(rng)
    share = total / 3
    if tie(share):
        return q_m_receipt_three_ways(rng)
    return multi("Q_m_receipt_three_ways", "three of us are splitting this bill - total and "
                 "each person's share?", [at(total), _usd(share)], image=recipe)


def q_m_receipt_tip(rng: random.Random) -> Item:  # a tip on the receipt's total
    recipe, total, _ = receipt(rng)
    pct = rng.choice([15, 18, 20])
    tip = total * pct / 100
    if tie(tip) or tie(total + tip):
        return q_m_receipt_tip(rng)
    return multi("Q_m_receipt_tip", f"If I leave a {pct}% tip on this receipt, how much is the "
                 "tip and what do I pay altogether?", [_usd(tip), _usd(total + tip)],
                 image=recipe)


def q_m_receipt_first_item(rng: random.Random) -> Item:  # an item's price, then four of it
    recipe, _, items = receipt(rng)
    name, price = items[0]
    return multi("Q_m_receipt_first_item", f"how much was the {name.lower()} on this receipt? "
                 "and what would 4 of them cost", [_usd(price), _usd(4 * price)], image=recipe)


def q_m_receipt_sales_tax(rng: random.Random) -> Item:  # total plus sales tax
    recipe, total, _ = receipt(rng)
    pct = rng.choice([5, 6, 7, 8, 9])
    with_tax = total * (100 + pct) / 100
    if tie(with_tax):
        return q_m_receipt_sales_tax(rng)
    return multi("Q_m_receipt_sales_tax", f"total on this receipt? then add {pct}% sales tax "
                 "to it", [at(total), _usd(with_tax)], image=recipe)


def q_m_receipt_change(rng: random.Random) -> Item:  # change from a banknote
    recipe, total, _ = receipt(rng)
    note = 50 if total < 50 else 100
    return multi("Q_m_receipt_change", f"I paid for this with a ${note} bill. What was the "
                 "total and how much change should I have got?",
                 [at(total), _usd(note - total)], image=recipe)


def q_m_receipt_dearest(rng: random.Random) -> Item:  # the most expensive line, and the total
    recipe, total, items = receipt(rng)
    name, price = max(items, key=lambda pair: pair[1])
    if sum(1 for _, p in items if p == price) > 1:
        return q_m_receipt_dearest(rng)
    return multi("Q_m_receipt_dearest", "what's the priciest thing on here, and the total?",
                 [[name, name.lower()], at(total)], image=recipe)


def q_m_receipt_weekly(rng: random.Random) -> Item:  # a receipt repeated every week of a year
    recipe, total, _ = receipt(rng)
    return multi("Q_m_receipt_weekly", "I buy exactly this every week. total here? and what "
                 "does it add up to over 52 weeks?", [at(total), _usd(52 * total)], image=recipe)


def q_m_receipt_budget(rng: random.Random) -> Item:  # how far under or over a budget
    recipe, total, _ = receipt(rng)
    budget = rng.choice([40, 60, 80, 100])
    return multi("Q_m_receipt_budget", f"my budget was ${budget}. what does this receipt come "
                 "to and how much do I have left?", [at(total), _usd(budget - total)],
                 image=recipe) if total < budget else q_m_receipt_budget(rng)


def q_m_sign_and_sum(rng: random.Random) -> Item:  # read a sign, and a product
    recipe, words = image_recipe(rng, "sign")
    a, b = rng.randint(12, 49), rng.randint(12, 49)
    return multi("Q_m_sign_and_sum", f"what does this sign say? also quick one, {a} x {b}",
                 [[words[0]], [str(a * b), f"{a * b:,}"]], image=recipe)


def q_m_sign_meaning_time(rng: random.Random) -> Item:  # read a sign, then a time conversion
    recipe, words = image_recipe(rng, "sign")
    hours = rng.randint(2, 9)
    return multi("Q_m_sign_meaning_time", f"Can you read me this sign? And how many minutes "
                 f"are in {hours} and a half hours?", [[words[0]], [str(hours * 60 + 30)]],
                 image=recipe)


def q_m_order_date_gap(rng: random.Random) -> Item:  # a screenshot's date, then days since
    recipe, answers = image_recipe(rng, "screenshot")
    day = date.fromisoformat(answers[0])
    gap = (day - date(2026, 1, 1)).days
    return multi("Q_m_order_date_gap", "when was this order placed? and how many days is that "
                 "after new year's day 2026?", [answers, [str(gap)]], image=recipe)


def q_m_order_number_double(rng: random.Random) -> Item:  # a screenshot's order status and date
    recipe, answers = image_recipe(rng, "screenshot")
    return multi("Q_m_order_number_double", "whats the status of this order and what date "
                 "does it show", [["shipped", "Shipped"], answers], image=recipe)


IMAGE: list[Family] = [
    q_m_receipt_to_euros, q_m_receipt_to_pounds, q_m_receipt_three_ways, q_m_receipt_tip,
    q_m_receipt_first_item, q_m_receipt_sales_tax, q_m_receipt_change, q_m_receipt_dearest,
    q_m_receipt_weekly, q_m_receipt_budget, q_m_sign_and_sum, q_m_sign_meaning_time,
    q_m_order_date_gap, q_m_order_number_double,
]
