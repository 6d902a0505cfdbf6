"""Round 13 (``K_o_*``, dev now), part one: questions about photographed till receipts
drawn via :func:`image_recipe` — the total, tips, tax, splitting, change and discounts."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout13_data import Made, Tie, change, num, pct, register
from bench.data.agents.helpers import Family, image_recipe

WORDS = ["zero", "one", "two", "three", "four", "five", "six"]
Lines = list[tuple[str, Fraction]]


def receipt(rng: random.Random) -> tuple[dict[str, Any], Lines, Fraction]:
    """A receipt recipe, its lines with exact prices (all different) and its exact total."""
    while True:
        recipe, _ = image_recipe(rng, "receipt")
        lines = [(name, Fraction(round(price * 100), 100)) for name, price in recipe["items"]]
        if len({price for _, price in lines}) == len(lines):
            return recipe, lines, sum((price for _, price in lines), Fraction(0))


def img(recipe: dict[str, Any]) -> dict[str, Any]:
    return {"image": recipe}


REG: list[Family] = []
fam = register(REG, "ocr")


@fam
def k_o_total_terse(rng: random.Random) -> Made:  # one word
    recipe, _, total = receipt(rng)
    return "total?", [num(total)], img(recipe)


@fam
def k_o_total_expenses(rng: random.Random) -> Made:  # logging an expense claim
    recipe, _, total = receipt(rng)
    return ("Need to log this for my expense claim. What's the grand total on the receipt?",
            [num(total)], img(recipe))


@fam
def k_o_total_lost_email(rng: random.Random) -> Made:  # chatty, lower case
    recipe, _, total = receipt(rng)
    return ("ugh deleted the email version by accident, can u read the amount off this pic "
            "instead", [num(total)], img(recipe))


@fam
def k_o_tip_eighteen(rng: random.Random) -> Made:  # total with an 18% tip on top
    recipe, _, total = receipt(rng)
    return ("If I leave an 18% tip, what's the total I pay?",
            [num(total * Fraction(118, 100))], img(recipe))


@fam
def k_o_tip_only(rng: random.Random) -> Made:  # just the 20% tip
    recipe, _, total = receipt(rng)
    return ("how much is a 20% tip on this bill? just the tip amount",
            [num(total / 5)], img(recipe))


@fam
def k_o_split_three(rng: random.Random) -> Made:  # a third each
    recipe, _, total = receipt(rng)
    return ("Three of us had this. Split it evenly — how much does each person owe?",
            [num(total / 3)], img(recipe))


@fam
def k_o_split_two_tip(rng: random.Random) -> Made:  # add 10% then halve
    recipe, _, total = receipt(rng)
    return ("me and my sister are splitting this 50/50 after adding a 10% tip. what's my half?",
            [num(total * Fraction(110, 100) / 2)], img(recipe))


@fam
def k_o_change_fifty(rng: random.Random) -> Made:  # change from a fifty
    recipe, _, total = receipt(rng)
    if total >= 50:
        raise Tie
    return ("I handed over a $50 note for this. What change should I have received?",
            [num(50 - total)], img(recipe))


@fam
def k_o_change_twenty(rng: random.Random) -> Made:  # change from a twenty, terse
    recipe, _, total = receipt(rng)
    if total >= 20:
        raise Tie
    return ("paid with a twenty — change?", [num(20 - total)], img(recipe))


@fam
def k_o_sales_tax(rng: random.Random) -> Made:  # 8% tax added on top
    recipe, _, total = receipt(rng)
    return ("These prices don't include the 8% sales tax. What will the final amount be once "
            "tax is added?", [num(total * Fraction(108, 100))], img(recipe))


@fam
def k_o_net_of_vat(rng: random.Random) -> Made:  # amount before 20% VAT
    recipe, _, total = receipt(rng)
    return ("The total includes VAT at 20%. What's the net amount before VAT?",
            [num(total / Fraction(6, 5))], img(recipe))


@fam
def k_o_member_discount(rng: random.Random) -> Made:  # 10% off the total
    recipe, _, total = receipt(rng)
    return ("Forgot to show my loyalty card — it gives 10% off. What would I have paid with "
            "it?", [num(total * Fraction(9, 10))], img(recipe))


@fam
def k_o_coupon(rng: random.Random) -> Made:  # a flat five off
    recipe, _, total = receipt(rng)
    if total <= 5:
        raise Tie
    return ("I have a coupon for $5 off. What does this come to after the coupon?",
            [num(total - 5)], img(recipe))


@fam
def k_o_cashback(rng: random.Random) -> Made:  # 2% card cash back
    recipe, _, total = receipt(rng)
    return ("My card gives 2% cash back. How much do I get back on this purchase?",
            [num(total * Fraction(2, 100))], img(recipe))


@fam
def k_o_points(rng: random.Random) -> Made:  # a point per whole dollar
    recipe, _, total = receipt(rng)
    return ("The store gives one reward point per whole dollar spent. How many points did this "
            "earn me?", [[str(math.floor(total))]], img(recipe))


@fam
def k_o_gst(rng: random.Random) -> Made:  # 5% tax amount
    recipe, _, total = receipt(rng)
    return ("what would 5% GST on this total be?", [num(total / 20)], img(recipe))


@fam
def k_o_service_charge(rng: random.Random) -> Made:  # 12.5% service charge included
    recipe, _, total = receipt(rng)
    return ("They're adding a 12.5% service charge on top of this. What's the total "
            "with the service charge?", [num(total * Fraction(1125, 1000))], img(recipe))


@fam
def k_o_four_with_tip(rng: random.Random) -> Made:  # 15% tip, four ways
    recipe, _, total = receipt(rng)
    return ("Add 15% for the tip and split between 4 people. Per person?",
            [num(total * Fraction(115, 100) / 4)], img(recipe))


@fam
def k_o_budget(rng: random.Random) -> Made:  # left of a budget
    recipe, _, total = receipt(rng)
    budget = rng.choice([40, 60, 80])
    return (f"I'd set aside ${budget} for this shop. How much of that is left after this "
            "receipt?", [change(num(budget - total))], img(recipe))


@fam
def k_o_nearest_dollar(rng: random.Random) -> Made:  # rounded to a whole dollar
    recipe, _, total = receipt(rng)
    if total % 1 == Fraction(1, 2):
        raise Tie
    return ("roughly how much was this, to the nearest dollar?",
            [[str(round(total))]], img(recipe))


@fam
def k_o_every_week(rng: random.Random) -> Made:  # weekly shop over a year
    recipe, _, total = receipt(rng)
    return ("This is my usual weekly shop. What does it add up to over a year (52 weeks)?",
            [num(total * 52)], img(recipe))


@fam
def k_o_tip_pct_given(rng: random.Random) -> Made:  # what % a rounded-up payment tips
    recipe, _, total = receipt(rng)
    paid = math.ceil(total / 5) * 5 + 5
    return (f"I paid ${paid} in total and told them to keep the rest as a tip. What percentage "
            "tip is that?", [pct(num((paid - total) / total * 100))], img(recipe))


@fam
def k_o_average_line(rng: random.Random) -> Made:  # mean item price
    recipe, lines, total = receipt(rng)
    return ("On average, how much did each item on this receipt cost?",
            [num(total / len(lines))], img(recipe))


@fam
def k_o_two_receipts_week(rng: random.Random) -> Made:  # twice a week for four weeks
    recipe, _, total = receipt(rng)
    return ("I end up buying this same lot twice a week. How much is that over 4 weeks?",
            [num(total * 8)], img(recipe))


@fam
def k_o_count_words(rng: random.Random) -> Made:  # number of lines bought
    recipe, lines, _ = receipt(rng)
    return ("how many things did i buy?", [[str(len(lines)), WORDS[len(lines)]]], img(recipe))


@fam
def k_o_split_five(rng: random.Random) -> Made:  # five ways, chatty
    recipe, _, total = receipt(rng)
    return ("team lunch, 5 of us, splitting equally. how much each?", [num(total / 5)],
            img(recipe))


@fam
def k_o_delivery_fee(rng: random.Random) -> Made:  # a delivery fee on top
    recipe, _, total = receipt(rng)
    fee = rng.choice([Fraction(399, 100), Fraction(499, 100), Fraction(599, 100)])
    return (f"They charge ${float(fee):.2f} for delivery on top of what's on this receipt. "
            "What's the total with delivery?", [num(total + fee)], img(recipe))


@fam
def k_o_round_up(rng: random.Random) -> Made:  # round up to the next dollar for charity
    recipe, _, total = receipt(rng)
    if total.denominator == 1:
        raise Tie
    return ("The till asked if I wanted to round up to the next whole dollar for charity. "
            "How much would the donation be?", [num(math.ceil(total) - total)], img(recipe))


@fam
def k_o_tip_quarter_pair(rng: random.Random) -> Made:  # 25% tip, two people
    recipe, _, total = receipt(rng)
    return ("Great service so we're tipping 25%. With the tip, what do each of the two of us "
            "pay?", [num(total * Fraction(125, 100) / 2)], img(recipe))


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
