"""Round 12 (``P_o_*``, dev now), part one: photographed till receipts drawn via
:func:`image_recipe` — the total and what people do with it, single lines, the shop."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout12_data import Tie, counted, num, pct, retry
from bench.data.agents.helpers import Family, Item, fresh, image_recipe, item

Lines = list[tuple[str, Fraction]]


def receipt(rng: random.Random) -> tuple[dict[str, Any], Lines, Fraction]:
    """A receipt recipe, its lines with exact prices (all different) and its exact total."""
    while True:
        recipe, _ = image_recipe(rng, "receipt")
        lines = [(name, Fraction(round(price * 100), 100)) for name, price in recipe["items"]]
        if len({price for _, price in lines}) == len(lines):
            return recipe, lines, sum((price for _, price in lines), Fraction(0))


def money(value: Fraction) -> list[str]:
    """An amount to the cent; the two-decimal form first."""
    forms = num(value)
    two = [f for f in forms if "." in f and len(f.split(".")[1]) == 2]
    return list(dict.fromkeys(two + forms))


def ocr(family: str, text: str, recipe: dict[str, Any], required: list[list[str]]) -> Item:
    return item(family, "ocr", text, required, image=recipe)


# --- the total -------------------------------------------------------------------------

def p_o_total_plain(rng: random.Random) -> Item:  # plain question, lower case
    recipe, _, total = receipt(rng)
    return ocr("P_o_total_plain", "what's the total on here?", recipe, [money(total)])


def p_o_total_typo(rng: random.Random) -> Item:  # hurried, with typos
    recipe, _, total = receipt(rng)
    return ocr("P_o_total_typo", "wats the totl on this recipt", recipe, [money(total)])


def p_o_expense_claim(rng: random.Random) -> Item:  # formal, for an expense claim
    recipe, _, total = receipt(rng)
    return ocr("P_o_expense_claim", "I need the grand total from this receipt for my expense "
               "claim, please.", recipe, [money(total)])


def p_o_owe_mum(rng: random.Random) -> Item:  # the total framed as a debt
    recipe, _, total = receipt(rng)
    return ocr("P_o_owe_mum", "Mum paid for this shop for me. How much do I need to pay her "
               "back?", recipe, [money(total)])


def p_o_tip_twenty(rng: random.Random) -> Item:  # total plus a 20% tip
    recipe, _, total = receipt(rng)
    return ocr("P_o_tip_twenty", "If I leave a 20% tip on this, what's the total I pay?",
               recipe, [money(total * Fraction(6, 5))])


def p_o_tip_amount(rng: random.Random) -> Item:  # only the tip, 18%
    recipe, _, total = receipt(rng)
    return ocr("P_o_tip_amount", "how much is an 18% tip on this bill? just the tip", recipe,
               [money(total * Fraction(18, 100))])


def p_o_split_three(rng: random.Random) -> Item:  # a third each
    recipe, _, total = receipt(rng)
    return ocr("P_o_split_three", "Three of us are sharing this bill equally. How much does "
               "each of us pay?", recipe, [money(total / 3)])


def p_o_half(rng: random.Random) -> Item:  # half, terse
    recipe, _, total = receipt(rng)
    return ocr("P_o_half", "half of this receipt?", recipe, [money(total / 2)])


def p_o_change_fifty(rng: random.Random) -> Item:  # change from $50
    recipe, _, total = receipt(rng)
    if total >= 50:
        raise Tie
    return ocr("P_o_change_fifty", "I handed over a $50 note for this. What change should I "
               "have got?", recipe, [money(50 - total)])


def p_o_change_two_twenties(rng: random.Random) -> Item:  # change from two $20 notes
    recipe, _, total = receipt(rng)
    if total >= 40:
        raise Tie
    return ocr("P_o_change_two_twenties", "paid with two twenties, how much change do i get "
               "back?", recipe, [money(40 - total)])


def p_o_sales_tax(rng: random.Random) -> Item:  # 8% sales tax added on top
    recipe, _, total = receipt(rng)
    return ocr("P_o_sales_tax", "These prices are before sales tax. With 8% tax added, what "
               "does the receipt come to?", recipe, [money(total * Fraction(108, 100))])


def p_o_gst_included(rng: random.Random) -> Item:  # 10% GST included in the total
    recipe, _, total = receipt(rng)
    return ocr("P_o_gst_included", "The total includes 10% GST. How much of it is GST?",
               recipe, [money(total / 11)])


def p_o_member_discount(rng: random.Random) -> Item:  # 10% off the total
    recipe, _, total = receipt(rng)
    return ocr("P_o_member_discount", "I forgot to show my member card — it gives 10% off. "
               "What should I have paid?", recipe, [money(total * Fraction(9, 10))])


def p_o_budget_left(rng: random.Random) -> Item:  # what is left of $100
    recipe, _, total = receipt(rng)
    if total >= 100:
        raise Tie
    return ocr("P_o_budget_left", "My food budget for the week was $100 and this is the only "
               "shop so far. How much do I have left?", recipe, [money(100 - total)])


def p_o_yearly(rng: random.Random) -> Item:  # weekly shop over a year
    recipe, _, total = receipt(rng)
    return ocr("P_o_yearly", "I buy exactly this every week. What's that over a year (52 "
               "weeks)?", recipe, [money(total * 52)])


def p_o_workdays(rng: random.Random) -> Item:  # every weekday for four weeks
    recipe, _, total = receipt(rng)
    return ocr("P_o_workdays", "this is my lunch order and I get the same thing every weekday. "
               "what does that cost me over 4 weeks?", recipe, [money(total * 20)])


def p_o_double(rng: random.Random) -> Item:  # two identical shops
    recipe, _, total = receipt(rng)
    return ocr("P_o_double", "My flatmate bought exactly the same things as on this receipt. "
               "What did the two of us spend combined?", recipe, [money(total * 2)])


def p_o_round_up(rng: random.Random) -> Item:  # amount added by rounding up to a dollar
    recipe, _, total = receipt(rng)
    extra = math.ceil(total) - total
    if not extra:
        raise Tie
    return ocr("P_o_round_up", "The till asked if I'd round up to the next whole dollar for "
               "charity. How much would that add?", recipe, [money(extra)])


def p_o_points(rng: random.Random) -> Item:  # one point per whole dollar
    recipe, _, total = receipt(rng)
    return ocr("P_o_points", "I earn 1 loyalty point for every whole dollar spent. How many "
               "points should this receipt give me?", recipe,
               [counted(math.floor(total), ["points"])])


def p_o_four_tip(rng: random.Random) -> Item:  # 10% tip then split four ways
    recipe, _, total = receipt(rng)
    return ocr("P_o_four_tip", "Add 10% for the service and split it between 4 people — "
               "what's each share?", recipe, [money(total * Fraction(11, 10) / 4)])


def p_o_average_price(rng: random.Random) -> Item:  # mean line price
    recipe, lines, total = receipt(rng)
    return ocr("P_o_average_price", "On average, what did each item on this receipt cost?",
               recipe, [money(total / len(lines))])


# --- single lines ----------------------------------------------------------------------

def p_o_line_price(rng: random.Random) -> Item:  # one line, lower case name
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    verb = "were" if name.endswith("s") else "was"
    return ocr("P_o_line_price", f"how much {verb} the {name.lower()} on this?", recipe,
               [money(price)])


def p_o_line_terse(rng: random.Random) -> Item:  # one line, terse, name as printed
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("P_o_line_terse", f"price of {name}?", recipe, [money(price)])


def p_o_refund(rng: random.Random) -> Item:  # total after returning one line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("P_o_refund", f"I'm taking the {name.lower()} back to the shop for a refund. "
               "What will I have actually spent after that?", recipe, [money(total - price)])


def p_o_friend_rest(rng: random.Random) -> Item:  # the rest of the bill for a friend
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    verb = "were" if name.endswith("s") else "was"
    return ocr("P_o_friend_rest", f"Only the {name.lower()} {verb} mine, my friend is paying for "
               "everything else. What's my friend's part?", recipe, [money(total - price)])


def p_o_pair_sum(rng: random.Random) -> Item:  # two named lines together
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return ocr("P_o_pair_sum", f"What did the {a.lower()} and the {b.lower()} cost together?",
               recipe, [money(pa + pb)])


def p_o_two_of_one(rng: random.Random) -> Item:  # total with one line doubled
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("P_o_two_of_one", f"If I'd bought the {name.lower()} twice, what would the "
               "total have been?", recipe, [money(total + price)])


def p_o_line_pct(rng: random.Random) -> Item:  # one line's share of the total
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("P_o_line_pct", f"What share of the total was the {name.lower()}, in percent?",
               recipe, [pct(price / total * 100)])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    p_o_total_plain, p_o_total_typo, p_o_expense_claim, p_o_owe_mum, p_o_tip_twenty,
    p_o_tip_amount, p_o_split_three, p_o_half, p_o_change_fifty, p_o_change_two_twenties,
    p_o_sales_tax, p_o_gst_included, p_o_member_discount, p_o_budget_left, p_o_yearly,
    p_o_workdays, p_o_double, p_o_round_up, p_o_points, p_o_four_tip, p_o_average_price,
    p_o_line_price, p_o_line_terse, p_o_refund, p_o_friend_rest, p_o_pair_sum,
    p_o_two_of_one, p_o_line_pct)]
