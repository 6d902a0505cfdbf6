"""Round 10 (``Z_m_*``, dev now) multi-part families on an image: a receipt with arithmetic
or a conversion on its total or lines, and a sign or screenshot read alongside another
question."""

from __future__ import annotations

import random

from bench.data.agents.heldout10_multi_common import (
    MILE,
    F,
    Item,
    at,
    convert,
    forms,
    image_recipe,
    money,
    multi,
    r2,
    receipt,
    root,
    tie,
    unit,
)
from bench.data.agents.helpers import Family

# --- receipts ----------------------------------------------------------------------------

def z_m_rcpt_in_euros(rng: random.Random) -> Item:  # total and the same in euros
    recipe, total, _ = receipt(rng)
    eur = convert(total, "USD", "EUR")
    if tie(eur):
        return z_m_rcpt_in_euros(rng)
    return multi("Z_m_rcpt_in_euros", "hey, what did this come to? and how much is that in "
                 "euros", [at(total), money(eur, "EUR")], image=recipe)


def z_m_rcpt_tip_split(rng: random.Random) -> Item:  # total plus a tip, shared out
    recipe, total, _ = receipt(rng)
    pct, n = rng.choice([10, 15, 20]), rng.randint(2, 6)
    tipped = total * (100 + pct) / 100
    if tie(tipped) or tie(tipped / n):
        return z_m_rcpt_tip_split(rng)
    return multi("Z_m_rcpt_tip_split", f"Dinner receipt attached. Add a {pct}% tip and split it "
                 f"{n} ways — what's the bill with tip and what does each of us owe?",
                 [forms(tipped), forms(tipped / n)], image=recipe)


def z_m_rcpt_returned(rng: random.Random) -> Item:  # a line taken back off the total
    recipe, total, goods = receipt(rng)
    name, price = rng.choice(goods)
    return multi("Z_m_rcpt_returned", f"i took the {name.lower()} back to the shop. what was "
                 "the original total and what did I actually end up paying?",
                 [at(total), forms(total - price)], image=recipe)


def z_m_rcpt_cheapest_gbp(rng: random.Random) -> Item:  # the cheapest line, in pounds
    recipe, _, goods = receipt(rng)
    name, price = min(goods, key=lambda g: g[1])
    gbp = convert(price, "USD", "GBP")
    if sum(1 for _, p in goods if p == price) > 1 or tie(gbp):
        return z_m_rcpt_cheapest_gbp(rng)
    return multi("Z_m_rcpt_cheapest_gbp", "Which was the cheapest thing I bought here, and "
                 "what would it be in GBP?", [[name], money(gbp, "GBP")], image=recipe)


def z_m_rcpt_coupon(rng: random.Random) -> Item:  # a percentage off the total
    recipe, total, _ = receipt(rng)
    pct = rng.choice([10, 15, 20, 25, 30])
    paid = total * (100 - pct) / 100
    if tie(paid):
        return z_m_rcpt_coupon(rng)
    return multi("Z_m_rcpt_coupon", f"I've got a {pct}% off coupon for this. total before and "
                 "after the discount?", [at(total), forms(paid)], image=recipe)


def z_m_rcpt_month(rng: random.Random) -> Item:  # the same shop repeated over weeks
    recipe, total, _ = receipt(rng)
    per, weeks = rng.choice([2, 3]), 4
    return multi("Z_m_rcpt_month", f"I do this exact shop {'twice' if per == 2 else 'three times'}"
                 " a week. What's one trip cost and what's that over 4 weeks?",
                 [at(total), forms(total * per * weeks)], image=recipe)


def z_m_rcpt_lines_total(rng: random.Random) -> Item:  # how many lines, and the total
    recipe, total, goods = receipt(rng)
    n = len(goods)
    return multi("Z_m_rcpt_lines_total", "how many different things are on this receipt and "
                 "what's the total", [[str(n), f"{n} items"], at(total)], image=recipe)


def z_m_rcpt_split_pounds(rng: random.Random) -> Item:  # split, then each share in pounds
    recipe, total, _ = receipt(rng)
    n = rng.randint(2, 4)
    share = r2(total / n)
    gbp = convert(share, "USD", "GBP")
    if tie(total / n) or tie(gbp) or r2(gbp) != r2(convert(total / n, "USD", "GBP")):
        return z_m_rcpt_split_pounds(rng)
    return multi("Z_m_rcpt_split_pounds", f"split this {n} ways please, and my friend wants "
                 "her share in pounds", [forms(total / n), money(gbp, "GBP")], image=recipe)


def z_m_rcpt_item_share(rng: random.Random) -> Item:  # one line as a percentage of the total
    recipe, total, goods = receipt(rng)
    name, price = rng.choice(goods)
    pct = price * 100 / total
    if tie(pct) or tie(pct, 1):
        return z_m_rcpt_item_share(rng)
    return multi("Z_m_rcpt_item_share", f"What's the total here, and what percentage of it "
                 f"was the {name.lower()}?", [at(total), [*forms(pct), *forms(pct, 1)]],
                 image=recipe)


def z_m_rcpt_euro_budget(rng: random.Random) -> Item:  # euros, then what is left of a budget
    recipe, total, _ = receipt(rng)
    eur = convert(total, "USD", "EUR")
    budget = rng.choice([60, 75, 100, 120])
    if tie(eur) or r2(budget - r2(eur)) != r2(budget - eur):
        return z_m_rcpt_euro_budget(rng)
    return multi("Z_m_rcpt_euro_budget", f"my budget for the week is €{budget}. what's this "
                 "receipt in euros and how much of the budget is left?",
                 [money(eur, "EUR"), forms(budget - eur)], image=recipe)


def z_m_rcpt_two_lines(rng: random.Random) -> Item:  # two lines added together
    recipe, _, goods = receipt(rng)
    (a, pa), (b, pb) = rng.sample(goods, 2)
    return multi("Z_m_rcpt_two_lines", f"how much did the {a.lower()} and the {b.lower()} "
                 "cost together?", [forms(pa + pb)], image=recipe)


def z_m_rcpt_hours_work(rng: random.Random) -> Item:  # the total in hours of pay
    recipe, total, _ = receipt(rng)
    wage = rng.choice([12, 15, 18, 22, 25])
    if tie(total / wage):
        return z_m_rcpt_hours_work(rng)
    return multi("Z_m_rcpt_hours_work", f"I make ${wage} an hour. how much is this receipt and "
                 "how many hours did I work to pay for it?", [at(total), forms(total / wage)],
                 image=recipe)


def z_m_rcpt_tax_gbp(rng: random.Random) -> Item:  # tax added, then in pounds
    recipe, total, _ = receipt(rng)
    pct = rng.choice([5, 7, 8, 10])
    taxed = total * (100 + pct) / 100
    gbp = convert(r2(taxed), "USD", "GBP")
    if tie(taxed) or tie(gbp) or r2(gbp) != r2(convert(taxed, "USD", "GBP")):
        return z_m_rcpt_tax_gbp(rng)
    return multi("Z_m_rcpt_tax_gbp", f"Add {pct}% tax to this receipt's total, then convert the "
                 "result to British pounds.", [forms(taxed), money(gbp, "GBP")], image=recipe)


def z_m_rcpt_change_twenty(rng: random.Random) -> Item:  # change from a note
    recipe, total, _ = receipt(rng)
    note = next(n for n in (20, 50, 100) if n > total)
    return multi("Z_m_rcpt_change_twenty", f"I handed over ${note} for this lot. total? and my "
                 "change?", [at(total), forms(note - total)], image=recipe)


def z_m_rcpt_priciest_share(rng: random.Random) -> Item:  # dearest line and what remains
    recipe, total, goods = receipt(rng)
    name, price = max(goods, key=lambda g: g[1])
    if sum(1 for _, p in goods if p == price) > 1:
        return z_m_rcpt_priciest_share(rng)
    return multi("Z_m_rcpt_priciest_share", "what's the most expensive line on this, and what "
                 "did everything else add up to?", [[name], forms(total - price)], image=recipe)


def z_m_rcpt_dollars_euros_pounds(rng: random.Random) -> Item:  # the total three ways
    recipe, total, _ = receipt(rng)
    eur, gbp = convert(total, "USD", "EUR"), convert(total, "USD", "GBP")
    if tie(eur) or tie(gbp):
        return z_m_rcpt_dollars_euros_pounds(rng)
    return multi("Z_m_rcpt_dollars_euros_pounds", "Total in dollars, euros and pounds pls",
                 [at(total), money(eur, "EUR"), money(gbp, "GBP")], image=recipe)


# --- a sign or screenshot alongside another question --------------------------------------

def z_m_sign_and_miles(rng: random.Random) -> Item:  # read a sign, convert a distance
    recipe, words = image_recipe(rng, "sign")
    mi = rng.randint(2, 40)
    if tie(mi * MILE):
        return z_m_sign_and_miles(rng)
    return multi("Z_m_sign_and_miles", f"what's written on this sign? also how far is {mi} "
                 "miles in km", [*[[w] for w in words],
                                 unit(mi * MILE, "km", "kilometres", "kilometers")],
                 image=recipe)


def z_m_sign_and_solve(rng: random.Random) -> Item:  # read a sign, solve an equation
    recipe, words = image_recipe(rng, "sign")
    a, x, b = rng.randint(2, 9), rng.randint(2, 20), rng.randint(1, 30)
    return multi("Z_m_sign_and_solve", f"Can you read the sign in the picture? And while you're "
                 f"at it, solve {a}x + {b} = {a * x + b}.", [*[[w] for w in words], root(x)],
                 image=recipe)


def z_m_sign_and_percent(rng: random.Random) -> Item:  # read a sign, a percentage
    recipe, words = image_recipe(rng, "sign")
    pct, n = rng.choice([15, 20, 35, 45, 65]), rng.randint(40, 900)
    return multi("Z_m_sign_and_percent", f"sign says what? and {pct}% of {n}?",
                 [*[[w] for w in words], forms(F(pct * n, 100))], image=recipe)


def z_m_shot_order_and_date(rng: random.Random) -> Item:  # two facts from a screenshot
    recipe, day = image_recipe(rng, "screenshot")
    number = str(recipe["rows"][0]).split("#")[1]
    return multi("Z_m_shot_order_and_date", "what's the order number in this screenshot and "
                 "when was it placed?", [[number], day], image=recipe)


def z_m_shot_date_and_product(rng: random.Random) -> Item:  # a date read, plus a product
    recipe, day = image_recipe(rng, "screenshot")
    a, b = rng.randint(14, 99), rng.randint(14, 99)
    return multi("Z_m_shot_date_and_product", f"read me the date off this order, and quickly — "
                 f"{a} times {b}?", [day, forms(F(a * b), 0)], image=recipe)


def z_m_shot_status_and_temp(rng: random.Random) -> Item:  # status read, plus a temperature
    recipe, _ = image_recipe(rng, "screenshot")
    c = rng.randint(-10, 40)
    f = F(c * 9, 5) + 32
    return multi("Z_m_shot_status_and_temp", f"what does this say the order status is? "
                 f"unrelated, but what's {c}°C in fahrenheit", [["shipped"],
                                                                unit(f, "°F", "F", "fahrenheit",
                                                                     "degrees Fahrenheit")],
                 image=recipe)


IMAGE: list[Family] = [
    z_m_rcpt_in_euros, z_m_rcpt_tip_split, z_m_rcpt_returned, z_m_rcpt_cheapest_gbp,
    z_m_rcpt_coupon, z_m_rcpt_month, z_m_rcpt_lines_total, z_m_rcpt_split_pounds,
    z_m_rcpt_item_share, z_m_rcpt_euro_budget, z_m_rcpt_two_lines, z_m_rcpt_hours_work,
    z_m_rcpt_tax_gbp, z_m_rcpt_change_twenty, z_m_rcpt_priciest_share,
    z_m_rcpt_dollars_euros_pounds, z_m_sign_and_miles, z_m_sign_and_solve,
    z_m_sign_and_percent, z_m_shot_order_and_date, z_m_shot_date_and_product,
    z_m_shot_status_and_temp,
]
