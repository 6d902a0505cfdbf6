"""Round 15 (``J_o_*``, dev now), OCR part one: photographed till receipts drawn via
:func:`image_recipe` — totals and what people do with them (tips, shares, budgets, taxes,
coupons, rates given in the message), single lines and the shop."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout15_data import Tie, num, pct, retry
from bench.data.agents.helpers import Family, Item, fresh, image_recipe, item

WORDS = ["zero", "one", "two", "three", "four", "five", "six"]
Lines = list[tuple[str, Fraction]]


def receipt(rng: random.Random) -> tuple[dict[str, Any], Lines, Fraction]:
    """A receipt recipe, its lines with exact prices (all different) and its exact total."""
    while True:
        recipe, _ = image_recipe(rng, "receipt")
        lines = [(name, Fraction(round(price * 100), 100)) for name, price in recipe["items"]]
        if len({price for _, price in lines}) == len(lines):
            return recipe, lines, sum((price for _, price in lines), Fraction(0))


def o(name: str, text: str, required: list[list[str]], recipe: dict[str, Any]) -> Item:
    return item(name, "ocr", text, required, image=recipe)


def count(n: int) -> list[str]:
    return [str(n), WORDS[n]]


# --- the total --------------------------------------------------------------------------

def j_o_total_terse(rng: random.Random) -> Item:  # one word
    recipe, _, total = receipt(rng)
    return o("J_o_total_terse", "total?", [num(total)], recipe)


def j_o_expenses(rng: random.Random) -> Item:  # expense claim form
    recipe, _, total = receipt(rng)
    return o("J_o_expenses", "filling in an expense claim for this one — what amount do I "
             "enter?", [num(total)], recipe)


def j_o_bank_match(rng: random.Random) -> Item:  # matching against a bank statement
    recipe, _, total = receipt(rng)
    return o("J_o_bank_match", "Trying to match this against my bank statement. What's the "
             "grand total on the receipt?", [num(total)], recipe)


def j_o_mum_asks(rng: random.Random) -> Item:  # errand for someone else
    recipe, _, total = receipt(rng)
    return o("J_o_mum_asks", "did the shopping for my mum, she wants to pay me back. how much "
             "do i tell her it was", [num(total)], recipe)


# --- tips, taxes and discounts ----------------------------------------------------------

def j_o_tip_18(rng: random.Random) -> Item:  # total with an 18% tip
    recipe, _, total = receipt(rng)
    return o("J_o_tip_18", "I'd like to leave 18% on top of this. What's the full amount "
             "then?", [num(total * Fraction(118, 100))], recipe)


def j_o_tip_only_10(rng: random.Random) -> Item:  # just the tip at 10%
    recipe, _, total = receipt(rng)
    return o("J_o_tip_only_10", "how much would a 10 percent tip be on this bill?",
             [num(total / 10)], recipe)


def j_o_tip_20_each(rng: random.Random) -> Item:  # 20% tip, then split between three
    recipe, _, total = receipt(rng)
    return o("J_o_tip_20_each", "Three of us, we add a 20% tip and split it equally. What "
             "does each of us owe?", [num(total * Fraction(120, 100) / 3)], recipe)


def j_o_sales_tax_8(rng: random.Random) -> Item:  # tax added on top
    recipe, _, total = receipt(rng)
    return o("J_o_sales_tax_8", "The till forgot the 8% sales tax. What should the total "
             "have been with tax?", [num(total * Fraction(108, 100))], recipe)


def j_o_gst_inside(rng: random.Random) -> Item:  # 10% GST already included
    recipe, _, total = receipt(rng)
    return o("J_o_gst_inside", "prices here include GST at 10%. how much GST did I pay?",
             [num(total / 11)], recipe)


def j_o_vat_net(rng: random.Random) -> Item:  # net amount before 20% VAT
    recipe, _, total = receipt(rng)
    return o("J_o_vat_net", "For my accounts I need the net figure: the receipt total "
             "includes VAT at 20%, so what is it excluding VAT?", [num(total / Fraction(6, 5))],
             recipe)


def j_o_coupon_10(rng: random.Random) -> Item:  # forgot a 10% coupon
    recipe, _, total = receipt(rng)
    return o("J_o_coupon_10", "ugh I forgot my 10% off coupon. what would I have paid with "
             "it?", [num(total * Fraction(9, 10))], recipe)


def j_o_staff_15(rng: random.Random) -> Item:  # staff discount
    recipe, _, total = receipt(rng)
    return o("J_o_staff_15", "With my 15% staff discount, how much would this come to?",
             [num(total * Fraction(85, 100))], recipe)


def j_o_cashback(rng: random.Random) -> Item:  # card cash back at 2%
    recipe, _, total = receipt(rng)
    return o("J_o_cashback", "My card gives 2% cashback. How much cashback do I get on this "
             "purchase?", [num(total / 50)], recipe)


def j_o_delivery(rng: random.Random) -> Item:  # adding a delivery fee
    recipe, _, total = receipt(rng)
    return o("J_o_delivery", "if i'd ordered this online with the $4.99 delivery charge, "
             "what would the total be?", [num(total + Fraction(499, 100))], recipe)


# --- shares and change ------------------------------------------------------------------

def j_o_halves(rng: random.Random) -> Item:  # flatmates halving
    recipe, _, total = receipt(rng)
    return o("J_o_halves", "me and my flatmate go halves on this, what's my half?",
             [num(total / 2)], recipe)


def j_o_three_ways(rng: random.Random) -> Item:  # three-way split
    recipe, _, total = receipt(rng)
    return o("J_o_three_ways", "Split this three ways please, how much per person?",
             [num(total / 3)], recipe)


def j_o_five_friends(rng: random.Random) -> Item:  # five friends
    recipe, _, total = receipt(rng)
    return o("J_o_five_friends", "5 friends chipping in equally for this. Each pays?",
             [num(total / 5)], recipe)


def j_o_change_50(rng: random.Random) -> Item:  # change from fifty
    recipe, _, total = receipt(rng)
    if total >= 50:
        raise Tie
    return o("J_o_change_50", "Handed over a fifty-dollar note for this. What change was I "
             "owed?", [num(50 - total)], recipe)


def j_o_gift_card(rng: random.Random) -> Item:  # gift card covers part
    recipe, _, total = receipt(rng)
    if total <= 25:
        raise Tie
    return o("J_o_gift_card", "I used a $25 gift card toward this. What did I have to pay on "
             "top?", [num(total - 25)], recipe)


def j_o_budget_left(rng: random.Random) -> Item:  # weekly budget remaining
    recipe, _, total = receipt(rng)
    budget = rng.choice([100, 120, 150])
    return o("J_o_budget_left", f"weekly grocery budget is ${budget}. after this shop how much "
             "is left?", [num(budget - total)], recipe)


def j_o_round_up(rng: random.Random) -> Item:  # round-up donation
    recipe, _, total = receipt(rng)
    gap = math.ceil(total) - total
    if gap == 0:
        raise Tie
    return o("J_o_round_up", "The till offered to round up to the next whole dollar for "
             "charity. How much would the donation be?", [num(gap)], recipe)


def j_o_points(rng: random.Random) -> Item:  # loyalty points per whole dollar
    recipe, _, total = receipt(rng)
    return o("J_o_points", "The loyalty scheme gives 1 point for every full dollar spent. "
             "How many points should this earn me?", [[str(math.floor(total))]], recipe)


def j_o_work_hours(rng: random.Random) -> Item:  # hours of work at an hourly wage
    recipe, _, total = receipt(rng)
    return o("J_o_work_hours", "I make $16 an hour. How many hours of work did this cost "
             "me?", [num(total / 16)], recipe)


# --- repeats ----------------------------------------------------------------------------

def j_o_every_week_year(rng: random.Random) -> Item:  # 52 weeks
    recipe, _, total = receipt(rng)
    return o("J_o_every_week_year", "I buy exactly this every week. What's that over a year "
             "(52 weeks)?", [num(total * 52)], recipe)


def j_o_daily_month(rng: random.Random) -> Item:  # every day for 30 days
    recipe, _, total = receipt(rng)
    return o("J_o_daily_month", "if I got this every single day for 30 days, how much would I "
             "spend?", [num(total * 30)], recipe)


def j_o_double(rng: random.Random) -> Item:  # two of everything
    recipe, _, total = receipt(rng)
    return o("J_o_double", "Next time I need twice as much of everything on here. What "
             "will that cost?", [num(total * 2)], recipe)


# --- single lines -----------------------------------------------------------------------

def j_o_price_of(rng: random.Random) -> Item:  # one item, lower case
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_price_of", f"price of the {name.lower()} on this one?", [num(price)], recipe)


def j_o_line_check(rng: random.Random) -> Item:  # checking a suspected overcharge
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_line_check", f"I think they overcharged me for the {name}. What price is "
             "printed for it?", [num(price)], recipe)


def j_o_line_times_three(rng: random.Random) -> Item:  # three of one line
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_line_times_three", f"At the price on this receipt, what would 3 lots of "
             f"{name.lower()} cost?", [num(price * 3)], recipe)


def j_o_drop_two(rng: random.Random) -> Item:  # total without two lines
    recipe, lines, total = receipt(rng)
    if len(lines) < 3:
        raise Tie
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return o("J_o_drop_two", f"take the {a.lower()} and the {b.lower()} off — what's left of "
             "the total?", [num(total - pa - pb)], recipe)


def j_o_pair_sum(rng: random.Random) -> Item:  # two named lines
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return o("J_o_pair_sum", f"My share is just the {a} and the {b}. How much do I owe?",
             [num(pa + pb)], recipe)


def j_o_ratio(rng: random.Random) -> Item:  # how many times dearer
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return o("J_o_ratio", f"How many times more did the {a.lower()} cost than the "
             f"{b.lower()}?", [num(pa / pb)], recipe)


def j_o_line_share(rng: random.Random) -> Item:  # one line as a share of the total
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_line_share", f"what % of the total went on {name.lower()}?",
             [pct(price / total * 100)], recipe)


def j_o_gap_max_min(rng: random.Random) -> Item:  # priciest minus cheapest
    recipe, lines, _ = receipt(rng)
    prices = [price for _, price in lines]
    return o("J_o_gap_max_min", "What's the difference in price between the most and least "
             "expensive things here?", [num(max(prices) - min(prices))], recipe)


def j_o_dearest_name(rng: random.Random) -> Item:  # name of the dearest line, chatty
    recipe, lines, _ = receipt(rng)
    return o("J_o_dearest_name", "which one of these blew the budget, i.e. cost the most?",
             [[max(lines, key=lambda line: line[1])[0]]], recipe)


def j_o_cheapest_price(rng: random.Random) -> Item:  # price of the cheapest line
    recipe, lines, _ = receipt(rng)
    return o("J_o_cheapest_price", "What's the lowest price on the receipt?",
             [num(min(price for _, price in lines))], recipe)


def j_o_cheap_name_price(rng: random.Random) -> Item:  # cheapest line, name and price
    recipe, lines, _ = receipt(rng)
    name, price = min(lines, key=lambda line: line[1])
    return o("J_o_cheap_name_price", "Which item was cheapest, and what did it cost?",
             [[name], num(price)], recipe)


def j_o_over_five(rng: random.Random) -> Item:  # count of lines above $5
    recipe, lines, _ = receipt(rng)
    n = sum(price > 5 for _, price in lines)
    return o("J_o_over_five", "How many of the items cost more than $5 each?", [count(n)],
             recipe)


def j_o_under_ten_sum(rng: random.Random) -> Item:  # sum of lines under $10
    recipe, lines, _ = receipt(rng)
    small = sum((price for _, price in lines if price < 10), Fraction(0))
    return o("J_o_under_ten_sum", "add up only the things that were under $10 each",
             [num(small)], recipe)


def j_o_mean_price(rng: random.Random) -> Item:  # mean line price
    recipe, lines, total = receipt(rng)
    return o("J_o_mean_price", "On average, how much did each thing on this receipt cost?",
             [num(total / len(lines))], recipe)


def j_o_first_listed(rng: random.Random) -> Item:  # first line's name
    recipe, lines, _ = receipt(rng)
    return o("J_o_first_listed", "what's the first item printed on the receipt?",
             [[lines[0][0]]], recipe)


def j_o_last_listed(rng: random.Random) -> Item:  # last line's name and price
    recipe, lines, _ = receipt(rng)
    return o("J_o_last_listed", "What was the last thing rung up, and for how much?",
             [[lines[-1][0]], num(lines[-1][1])], recipe)


def j_o_count_things(rng: random.Random) -> Item:  # number of lines, casual
    recipe, lines, _ = receipt(rng)
    return o("J_o_count_things", "how many things did i buy on this trip", [count(len(lines))],
             recipe)


# --- the shop ---------------------------------------------------------------------------

def j_o_store_name(rng: random.Random) -> Item:  # the store name
    recipe, _, _ = receipt(rng)
    return o("J_o_store_name", "What's the name of the store on this receipt?",
             [[recipe["shop"]]], recipe)


def j_o_which_place(rng: random.Random) -> Item:  # which place, chatty
    recipe, _, _ = receipt(rng)
    return o("J_o_which_place", "no idea where this receipt came from lol, can u read the "
             "shop name", [[recipe["shop"]]], recipe)


def j_o_shop_total(rng: random.Random) -> Item:  # shop and total, two parts
    recipe, _, total = receipt(rng)
    return o("J_o_shop_total", "For my spending log: shop name and amount paid?",
             [[recipe["shop"]], num(total)], recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    j_o_total_terse, j_o_expenses, j_o_bank_match, j_o_mum_asks, j_o_tip_18, j_o_tip_only_10,
    j_o_tip_20_each, j_o_sales_tax_8, j_o_gst_inside, j_o_vat_net, j_o_coupon_10,
    j_o_staff_15, j_o_cashback, j_o_delivery, j_o_halves, j_o_three_ways, j_o_five_friends,
    j_o_change_50, j_o_gift_card, j_o_budget_left, j_o_round_up, j_o_points, j_o_work_hours,
    j_o_every_week_year, j_o_daily_month, j_o_double, j_o_price_of, j_o_line_check,
    j_o_line_times_three, j_o_drop_two, j_o_pair_sum, j_o_ratio, j_o_line_share,
    j_o_gap_max_min, j_o_dearest_name, j_o_cheapest_price, j_o_cheap_name_price,
    j_o_over_five, j_o_under_ten_sum, j_o_mean_price, j_o_first_listed, j_o_last_listed,
    j_o_count_things, j_o_store_name, j_o_which_place, j_o_shop_total)]
