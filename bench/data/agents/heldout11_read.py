"""Round 11 (``Q_o_*``, dev now), part one: questions about photographed till receipts drawn
via :func:`image_recipe` — totals, tips and shares, single lines, counts and the shop."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout11_data import Tie, retry
from bench.data.agents.helpers import Family, Item, fmt, fresh, half_cent, image_recipe, item

WORDS = ["zero", "one", "two", "three", "four", "five", "six"]


def money(value: Fraction) -> list[str]:
    """An amount of money to the cent, with and without a trailing zero."""
    if half_cent(value):
        raise Tie
    text = f"{float(round(value, 2)):.2f}"
    return list(dict.fromkeys([text, fmt(float(text))]))


def receipt(rng: random.Random) -> tuple[dict[str, Any], list[tuple[str, Fraction]], Fraction]:
    """A receipt recipe, its lines with exact prices (all different) and its exact total."""
    while True:
        recipe, _ = image_recipe(rng, "receipt")
        lines = [(name, Fraction(round(price * 100), 100)) for name, price in recipe["items"]]
        if len({price for _, price in lines}) == len(lines):
            return recipe, lines, sum((price for _, price in lines), Fraction(0))


# --- the total and what follows from it -------------------------------------------------

def q_o_how_much(rng: random.Random) -> Item:  # plain question about the total
    recipe, _, total = receipt(rng)
    return item("Q_o_how_much", "ocr", "How much was this?", [money(total)], image=recipe)


def q_o_total_formal(rng: random.Random) -> Item:  # formal, for bookkeeping
    recipe, _, total = receipt(rng)
    return item("Q_o_total_formal", "ocr", "Please tell me the total amount printed on the "
                "attached receipt, I need it for my bookkeeping.", [money(total)], image=recipe)


def q_o_spent_there(rng: random.Random) -> Item:  # chatty, lower case
    recipe, _, total = receipt(rng)
    return item("Q_o_spent_there", "ocr", "found this crumpled in my coat pocket lol, how much "
                "did i spend there?", [money(total)], image=recipe)


def q_o_tip_fifteen(rng: random.Random) -> Item:  # total with a 15% tip
    recipe, _, total = receipt(rng)
    return item("Q_o_tip_fifteen", "ocr", "What would this come to if I add a 15% tip?",
                [money(total * Fraction(115, 100))], image=recipe)


def q_o_split_four(rng: random.Random) -> Item:  # a quarter of the total
    recipe, _, total = receipt(rng)
    return item("Q_o_split_four", "ocr", "4 of us are splitting this evenly — what's each "
                "person's share?", [money(total / 4)], image=recipe)


def q_o_change_hundred(rng: random.Random) -> Item:  # change from a $100 note
    recipe, _, total = receipt(rng)
    if total >= 100:
        raise Tie
    return item("Q_o_change_hundred", "ocr", "paid for this with a $100 bill. how much change "
                "should I have got back?", [money(100 - total)], image=recipe)


def q_o_vat_part(rng: random.Random) -> Item:  # the 20% VAT included in the total
    recipe, _, total = receipt(rng)
    return item("Q_o_vat_part", "ocr", "The prices on this include 20% VAT. How much of the "
                "total is VAT?", [money(total / 6)], image=recipe)


def q_o_four_weeks(rng: random.Random) -> Item:  # the same shop repeated weekly
    recipe, _, total = receipt(rng)
    return item("Q_o_four_weeks", "ocr", "I do this exact shop every week. What does it add up "
                "to over 4 weeks?", [money(total * 4)], image=recipe)


def q_o_avg_line(rng: random.Random) -> Item:  # average price per line
    recipe, lines, total = receipt(rng)
    return item("Q_o_avg_line", "ocr", "what's the average price of the items on this "
                "receipt?", [money(total / len(lines))], image=recipe)


# --- single lines -----------------------------------------------------------------------

def q_o_line_cost(rng: random.Random) -> Item:  # price of one named item
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("Q_o_line_cost", "ocr", f"what did i pay for {name.lower()}?", [money(price)],
                image=recipe)


def q_o_line_formal(rng: random.Random) -> Item:  # price of one item, capitalised as printed
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("Q_o_line_formal", "ocr", f"Could you check the price of the {name} on this "
                "receipt?", [money(price)], image=recipe)


def q_o_without_one(rng: random.Random) -> Item:  # total minus a returned item
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return item("Q_o_without_one", "ocr", f"I'm returning the {name.lower()}. What will I "
                "have spent once it's refunded?", [money(total - price)], image=recipe)


def q_o_two_lines(rng: random.Random) -> Item:  # two items added together
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return item("Q_o_two_lines", "ocr", f"{a} + {b} on this receipt, how much is that?",
                [money(pa + pb)], image=recipe)


def q_o_share_pct(rng: random.Random) -> Item:  # one line as a percentage of the total
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    forms = money(price / total * 100)
    return item("Q_o_share_pct", "ocr", f"What percentage of this bill was the "
                f"{name.lower()}?", [[f + "%" for f in forms] + [f + " %" for f in forms]],
                image=recipe)


def q_o_priciest(rng: random.Random) -> Item:  # name of the most expensive item
    recipe, lines, _ = receipt(rng)
    return item("Q_o_priciest", "ocr", "which thing on here was the most expensive?",
                [[max(lines, key=lambda line: line[1])[0]]], image=recipe)


def q_o_cheapest(rng: random.Random) -> Item:  # name of the cheapest item
    recipe, lines, _ = receipt(rng)
    return item("Q_o_cheapest", "ocr", "What was the cheapest item I bought?",
                [[min(lines, key=lambda line: line[1])[0]]], image=recipe)


def q_o_top_price(rng: random.Random) -> Item:  # the highest single price
    recipe, lines, _ = receipt(rng)
    return item("Q_o_top_price", "ocr", "highest single price on this receipt?",
                [money(max(price for _, price in lines))], image=recipe)


def q_o_line_count(rng: random.Random) -> Item:  # how many lines were bought
    recipe, lines, _ = receipt(rng)
    n = len(lines)
    return item("Q_o_line_count", "ocr", "How many different items are on this receipt?",
                [[str(n), WORDS[n]]], image=recipe)


def q_o_list_items(rng: random.Random) -> Item:  # list what was bought
    recipe, lines, _ = receipt(rng)
    return item("Q_o_list_items", "ocr", "what did I buy here? just list the things",
                [[name] for name, _ in lines], image=recipe)


# --- the shop ---------------------------------------------------------------------------

def q_o_where(rng: random.Random) -> Item:  # where the purchase was made
    recipe, _, _ = receipt(rng)
    return item("Q_o_where", "ocr", "Where did I buy this stuff?", [[recipe["shop"]]],
                image=recipe)


def q_o_shop_and_count(rng: random.Random) -> Item:  # shop and number of items, two parts
    recipe, lines, _ = receipt(rng)
    n = len(lines)
    return item("Q_o_shop_and_count", "ocr", "which shop is this from, and how many items did "
                "I get?", [[recipe["shop"]], [str(n), WORDS[n]]], image=recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    q_o_how_much, q_o_total_formal, q_o_spent_there, q_o_tip_fifteen, q_o_split_four,
    q_o_change_hundred, q_o_vat_part, q_o_four_weeks, q_o_avg_line, q_o_line_cost,
    q_o_line_formal, q_o_without_one, q_o_two_lines, q_o_share_pct, q_o_priciest,
    q_o_cheapest, q_o_top_price, q_o_line_count, q_o_list_items, q_o_where,
    q_o_shop_and_count)]
