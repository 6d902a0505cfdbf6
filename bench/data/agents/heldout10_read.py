"""Round 10 (``Z_o_*``, dev now), part one: questions about photographed till receipts drawn
via :func:`image_recipe` — totals, shares of a total, single lines and the shop."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout10_data import Tie, dec, retry
from bench.data.agents.helpers import Family, Item, fresh, image_recipe, item

WORDS = ["zero", "one", "two", "three", "four", "five", "six"]


def cents(price: float) -> Fraction:
    return Fraction(round(price * 100), 100)


def receipt(rng: random.Random) -> tuple[dict[str, Any], list[tuple[str, Fraction]], Fraction]:
    """A receipt recipe, its lines with exact prices (all different) and its exact total."""
    while True:
        recipe, _ = image_recipe(rng, "receipt")
        lines = [(name, cents(price)) for name, price in recipe["items"]]
        if len({price for _, price in lines}) == len(lines):
            return recipe, lines, sum((price for _, price in lines), Fraction(0))


# --- the whole receipt ------------------------------------------------------------------

def z_o_damage(rng: random.Random) -> Item:  # slang for the total
    recipe, _, total = receipt(rng)
    return item("Z_o_damage", "ocr", "ok what's the damage on this one", [dec(total)],
                image=recipe)


def z_o_claim_form(rng: random.Random) -> Item:  # an expense claim, formal
    recipe, _, total = receipt(rng)
    return item("Z_o_claim_form", "ocr", "Work reimburses me for this. Which amount should I "
                "enter on the claim form?", [dec(total)], image=recipe)


def z_o_card_forgot(rng: random.Random) -> Item:  # paid by card without looking
    recipe, _, total = receipt(rng)
    return item("Z_o_card_forgot", "ocr", "tapped my card without looking 🙈 how much did this "
                "come to?", [dec(total)], image=recipe)


def z_o_total_pls(rng: random.Random) -> Item:  # terse
    recipe, _, total = receipt(rng)
    return item("Z_o_total_pls", "ocr", "receipt total pls", [dec(total)], image=recipe)


def z_o_bottom_line(rng: random.Random) -> Item:  # asks for the bottom line
    recipe, _, total = receipt(rng)
    return item("Z_o_bottom_line", "ocr", "Can you read me the bottom line of this receipt - the "
                "amount I actually paid?", [dec(total)], image=recipe)


def z_o_half_share(rng: random.Random) -> Item:  # half of the total, two flatmates
    recipe, _, total = receipt(rng)
    return item("Z_o_half_share", "ocr", "me and my flatmate split the shopping 50/50. what's my "
                "half of this receipt?", [dec(total / 2)], image=recipe)


def z_o_three_way(rng: random.Random) -> Item:  # a third of the total
    recipe, _, total = receipt(rng)
    return item("Z_o_three_way", "ocr", "There were three of us on this lunch, if we split it "
                "evenly how much does each person owe?", [dec(total / 3)], image=recipe)


def z_o_budget_left(rng: random.Random) -> Item:  # spent and left from a budget, two parts
    recipe, _, total = receipt(rng)
    if total >= 50:
        raise Tie
    return item("Z_o_budget_left", "ocr", "I gave myself $50 for this shop. How much did it cost "
                "and how much have I got left?", [dec(total), dec(50 - total)], image=recipe)


# --- single lines -----------------------------------------------------------------------

def z_o_charged_for(rng: random.Random) -> Item:  # the price of one named line
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("Z_o_charged_for", "ocr", f"how much did they charge me for the {name.lower()}?",
                [dec(price)], image=recipe)


def z_o_price_check(rng: random.Random) -> Item:  # comparing with a shelf price
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("Z_o_price_check", "ocr", f"The shelf said something different - what price is "
                f"the {name} on this receipt?", [dec(price)], image=recipe)


def z_o_minus_line(rng: random.Random) -> Item:  # total without one line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return item("Z_o_minus_line", "ocr", f"the {name.lower()} was for my neighbour, she's paying "
                "me back. what's the receipt come to without it?", [dec(total - price)],
                image=recipe)


def z_o_pair_sum(rng: random.Random) -> Item:  # two lines added together
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return item("Z_o_pair_sum", "ocr", f"What did the {a.lower()} and the {b.lower()} cost "
                "together?", [dec(pa + pb)], image=recipe)


def z_o_price_gap(rng: random.Random) -> Item:  # how much dearer one line is
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return item("Z_o_price_gap", "ocr", f"how much more did the {a.lower()} cost than the "
                f"{b.lower()}?", [dec(pa - pb)], image=recipe)


def z_o_biggest_line(rng: random.Random) -> Item:  # the name of the dearest line
    recipe, lines, _ = receipt(rng)
    name = max(lines, key=lambda line: line[1])[0]
    return item("Z_o_biggest_line", "ocr", "What was the biggest single expense on this "
                "receipt?", [[name]], image=recipe)


def z_o_lowest_price(rng: random.Random) -> Item:  # the smallest price printed
    recipe, lines, _ = receipt(rng)
    price = min(price for _, price in lines)
    return item("Z_o_lowest_price", "ocr", "whats the lowest price on this receipt",
                [dec(price)], image=recipe)


def z_o_how_many_things(rng: random.Random) -> Item:  # count of lines
    recipe, lines, _ = receipt(rng)
    n = len(lines)
    return item("Z_o_how_many_things", "ocr", "How many things did I buy, going by this?",
                [[str(n), WORDS[n]]], image=recipe)


def z_o_item_names(rng: random.Random) -> Item:  # every line's name, one part each
    recipe, lines, _ = receipt(rng)
    return item("Z_o_item_names", "ocr", "Just the item names from this receipt please, no "
                "prices", [[name] for name, _ in lines], image=recipe)


# --- the shop ---------------------------------------------------------------------------

def z_o_place_name(rng: random.Random) -> Item:  # the shop's name
    recipe, _, _ = receipt(rng)
    return item("Z_o_place_name", "ocr", "What's the name of the place on this receipt? Want "
                "to leave them a review", [[recipe["shop"]]], image=recipe)


def z_o_which_store(rng: random.Random) -> Item:  # terse
    recipe, _, _ = receipt(rng)
    return item("Z_o_which_store", "ocr", "which store?", [[recipe["shop"]]], image=recipe)


def z_o_who_and_how_much(rng: random.Random) -> Item:  # shop and total, two parts
    recipe, _, total = receipt(rng)
    return item("Z_o_who_and_how_much", "ocr", "who's this receipt from and what did it cost me "
                "in the end?", [[recipe["shop"]], dec(total)], image=recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    z_o_damage, z_o_claim_form, z_o_card_forgot, z_o_total_pls, z_o_bottom_line,
    z_o_half_share, z_o_three_way, z_o_budget_left, z_o_charged_for, z_o_price_check,
    z_o_minus_line, z_o_pair_sum, z_o_price_gap, z_o_biggest_line, z_o_lowest_price,
    z_o_how_many_things, z_o_item_names, z_o_place_name, z_o_which_store,
    z_o_who_and_how_much)]
