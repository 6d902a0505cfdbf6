"""Round 14 (``N_o_*``, dev now), images part one: shared image helpers, then questions about
photographed till receipts — totals, tips, splits, change, tax and budgets."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout14_data import Tie, num, pct, retry
from bench.data.agents.helpers import Family, Item, fresh, image_recipe, item

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
Lines = list[tuple[str, Fraction]]


def receipt(rng: random.Random) -> tuple[dict[str, Any], Lines, Fraction]:
    """A receipt recipe, its lines with exact prices (all different) and its exact total."""
    while True:
        recipe, _ = image_recipe(rng, "receipt")
        lines = [(name, Fraction(round(price * 100), 100)) for name, price in recipe["items"]]
        if len({price for _, price in lines}) == len(lines):
            return recipe, lines, sum((price for _, price in lines), Fraction(0))


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    """A sign recipe (font and phone-photo damage drawn as usual) showing ``words``."""
    recipe, _ = image_recipe(rng, "sign")
    return {**recipe, "words": words}


def screen(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    """A screenshot recipe with its own title and rows."""
    recipe, _ = image_recipe(rng, "screenshot")
    return {**recipe, "title": title, "rows": rows}


def count(n: int, noun: str) -> list[str]:
    return [str(n), WORDS[n], f"{n} {noun}", f"{WORDS[n]} {noun}"]


def ocr(name: str, text: str, required: list[list[str]], recipe: dict[str, Any]) -> Item:
    return item(name, "ocr", text, required, image=recipe)


# --- the total, and what follows from it -----------------------------------------------

def n_o_damage(rng: random.Random) -> Item:  # slangy question about the total
    recipe, _, total = receipt(rng)
    return ocr("N_o_damage", "whats the damage on this one", [num(total)], recipe)


def n_o_expenses(rng: random.Random) -> Item:  # total for an expense claim
    recipe, _, total = receipt(rng)
    return ocr("N_o_expenses", "I'm filling in an expense claim for this receipt — what "
               "amount do I put down?", [num(total)], recipe)


def n_o_tip_eighteen(rng: random.Random) -> Item:  # total with an 18% tip
    recipe, _, total = receipt(rng)
    return ocr("N_o_tip_eighteen", "If I leave an 18% tip on top of this, what's the total I"
               " pay?", [num(total * Fraction(118, 100))], recipe)


def n_o_tip_only(rng: random.Random) -> Item:  # just the tip amount
    recipe, _, total = receipt(rng)
    return ocr("N_o_tip_only", "how much is a 20 percent tip on this bill? just the tip",
               [num(total / 5)], recipe)


def n_o_split_three(rng: random.Random) -> Item:  # a third each
    recipe, _, total = receipt(rng)
    return ocr("N_o_split_three", "Three of us shared this. What does each person owe if we "
               "split it equally?", [num(total / 3)], recipe)


def n_o_split_two_tip(rng: random.Random) -> Item:  # half of the total plus 10%
    recipe, _, total = receipt(rng)
    return ocr("N_o_split_two_tip", "me and my sister are going halves on this and adding "
               "10% for the staff. how much do we each pay?",
               [num(total * Fraction(110, 100) / 2)], recipe)


def n_o_change_fifty(rng: random.Random) -> Item:  # change from $50
    recipe, _, total = receipt(rng)
    if total >= 50:
        raise Tie
    return ocr("N_o_change_fifty", "I handed over a $50 note for this. What change should I "
               "have got?", [num(50 - total)], recipe)


def n_o_change_twenty(rng: random.Random) -> Item:  # change from $20, when it covers it
    recipe, _, total = receipt(rng)
    if total >= 20:
        raise Tie
    return ocr("N_o_change_twenty", "paid with a twenty. change?", [num(20 - total)], recipe)


def n_o_gst_included(rng: random.Random) -> Item:  # 15% tax contained in the total
    recipe, _, total = receipt(rng)
    return ocr("N_o_gst_included", "These prices include 15% GST. How much GST did I pay "
               "in total?", [num(total * 15 / 115)], recipe)


def n_o_sales_tax_add(rng: random.Random) -> Item:  # 8% sales tax on top
    recipe, _, total = receipt(rng)
    return ocr("N_o_sales_tax_add", "The prices on this are before 8% sales tax. What's the "
               "total once tax is added?", [num(total * Fraction(108, 100))], recipe)


def n_o_missed_coupon(rng: random.Random) -> Item:  # what 10% off would have come to
    recipe, _, total = receipt(rng)
    return ocr("N_o_missed_coupon", "ugh they forgot my 10% off voucher. what should this "
               "have come to?", [num(total * Fraction(9, 10))], recipe)


def n_o_budget_left(rng: random.Random) -> Item:  # weekly budget minus this shop
    recipe, _, total = receipt(rng)
    if total >= 80:
        raise Tie
    return ocr("N_o_budget_left", "My food budget for the week is $80. After this shop, how "
               "much have I got left?", [num(80 - total)], recipe)


def n_o_coupon_five(rng: random.Random) -> Item:  # total minus a flat $5 coupon
    recipe, _, total = receipt(rng)
    if total <= 5:
        raise Tie
    return ocr("N_o_coupon_five", "I've got a $5 off coupon I can use on this. What will I "
               "pay after it?", [num(total - 5)], recipe)


def n_o_every_weekday(rng: random.Random) -> Item:  # 20 working days of the same purchase
    recipe, _, total = receipt(rng)
    return ocr("N_o_every_weekday", "I buy exactly this every workday. Over a month of 20 "
               "workdays what does that cost me?", [num(total * 20)], recipe)


def n_o_yearly(rng: random.Random) -> Item:  # the same shop every week for a year
    recipe, _, total = receipt(rng)
    return ocr("N_o_yearly", "if i got this same shop every week for a year (52 weeks), how "
               "much would i spend?", [num(total * 52)], recipe)


def n_o_euros(rng: random.Random) -> Item:  # total converted at a given rate
    recipe, _, total = receipt(rng)
    return ocr("N_o_euros", "My card charges in euros. At 1 dollar = 0.92 euros, what's this "
               "receipt's total in euros?", [num(total * Fraction(92, 100))], recipe)


def n_o_pounds(rng: random.Random) -> Item:  # total converted at another given rate
    recipe, _, total = receipt(rng)
    return ocr("N_o_pounds", "Holiday receipt. Using 0.79 GBP per USD, what did this cost me "
               "in pounds?", [num(total * Fraction(79, 100))], recipe)


def n_o_round_up(rng: random.Random) -> Item:  # round-up donation to the next dollar
    recipe, _, total = receipt(rng)
    gift = math.ceil(total) - total
    if gift == 0:
        raise Tie
    return ocr("N_o_round_up", "The till asked if I wanted to round up to the next whole "
               "dollar for charity. How much would the donation be?", [num(gift)], recipe)


def n_o_points(rng: random.Random) -> Item:  # one loyalty point per whole dollar
    recipe, _, total = receipt(rng)
    p = math.floor(total)
    return ocr("N_o_points", "This shop gives one loyalty point per whole dollar spent. How "
               "many points should I get for this receipt?", [[str(p), f"{p} points"]], recipe)


def n_o_partner_half(rng: random.Random) -> Item:  # what a partner owes for half
    recipe, _, total = receipt(rng)
    return ocr("N_o_partner_half", "my partner said they'd cover half of this. how much do "
               "they owe me?", [num(total / 2)], recipe)


def n_o_four_tip(rng: random.Random) -> Item:  # four people, 15% tip, per head
    recipe, _, total = receipt(rng)
    return ocr("N_o_four_tip", "Dinner for four. Add a 15% tip and split it evenly — what's "
               "each share?", [num(total * Fraction(115, 100) / 4)], recipe)


def n_o_grand_total(rng: random.Random) -> Item:  # formal, reimbursement form
    recipe, _, total = receipt(rng)
    return ocr("N_o_grand_total", "For the reimbursement form I need the grand total shown on"
               " the attached receipt, please.", [num(total)], recipe)


def n_o_avg_price(rng: random.Random) -> Item:  # mean price per line
    recipe, lines, total = receipt(rng)
    return ocr("N_o_avg_price", "on average, how much did each thing on this receipt cost?",
               [num(total / len(lines))], recipe)


def n_o_over_budget(rng: random.Random) -> Item:  # how far over a small budget
    recipe, _, total = receipt(rng)
    if total <= 15:
        raise Tie
    return ocr("N_o_over_budget", "I told myself I'd spend no more than $15 here. By how "
               "much did I go over?", [num(total - 15)], recipe)


def n_o_store_and_total(rng: random.Random) -> Item:  # two-part: shop and total
    recipe, _, total = receipt(rng)
    return ocr("N_o_store_and_total", "For my records: which store is this receipt from and what "
               "was the total?", [[recipe["shop"]], num(total)], recipe)


def n_o_per_item_pct(rng: random.Random) -> Item:  # the priciest line's share of the bill
    recipe, lines, total = receipt(rng)
    top = max(price for _, price in lines)
    return ocr("N_o_per_item_pct", "What percentage of this receipt went on the most "
               "expensive item?", [pct(num(top / total * 100))], recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_o_damage, n_o_expenses, n_o_tip_eighteen, n_o_tip_only, n_o_split_three,
    n_o_split_two_tip, n_o_change_fifty, n_o_change_twenty, n_o_gst_included,
    n_o_sales_tax_add, n_o_missed_coupon, n_o_budget_left, n_o_coupon_five,
    n_o_every_weekday, n_o_yearly, n_o_euros, n_o_pounds, n_o_round_up, n_o_points,
    n_o_partner_half, n_o_four_tip, n_o_grand_total, n_o_avg_price, n_o_over_budget,
    n_o_store_and_total, n_o_per_item_pct)]
