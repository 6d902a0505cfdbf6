"""Round 13 (``K_o_*``, dev now), part five: more receipts (tax inside the total, gift
cards, the two cheapest lines), one-word signs and working-day arithmetic on order dates."""

from __future__ import annotations

import random
from datetime import date, timedelta
from fractions import Fraction

from bench.data.agents.heldout13_data import Made, Tie, num, register
from bench.data.agents.heldout13_read import img, receipt
from bench.data.agents.heldout13_read_3 import lines, sign
from bench.data.agents.heldout13_read_4 import MONTHS, count, day_forms, shot
from bench.data.agents.helpers import Family

REG: list[Family] = []
fam = register(REG, "ocr")


@fam
def k_o_tax_inside(rng: random.Random) -> Made:  # 8% tax already in the total
    recipe, _, total = receipt(rng)
    return ("This total already includes 8% tax. How much of it is the tax?",
            [num(total * Fraction(8, 108))], img(recipe))


@fam
def k_o_gift_card(rng: random.Random) -> Made:  # a gift card covers part
    recipe, _, total = receipt(rng)
    if total <= 25:
        raise Tie
    return ("I used a $25 gift card on this. How much did I have to pay on top?",
            [num(total - 25)], img(recipe))


@fam
def k_o_two_cheapest(rng: random.Random) -> Made:  # sum of the two lowest lines
    recipe, lines_, _ = receipt(rng)
    if len(lines_) < 3:
        raise Tie
    low = sorted(price for _, price in lines_)[:2]
    return ("What do the two cheapest items on here add up to?", [num(sum(low))],
            img(recipe))


@fam
def k_o_avg_without_top(rng: random.Random) -> Made:  # mean of the rest
    recipe, lines_, total = receipt(rng)
    if len(lines_) < 3:
        raise Tie
    top = max(price for _, price in lines_)
    return ("Leaving out the most expensive item, what's the average price of the others?",
            [num((total - top) / (len(lines_) - 1))], img(recipe))


@fam
def k_o_under_five(rng: random.Random) -> Made:  # lines below five dollars
    recipe, lines_, _ = receipt(rng)
    under = [name for name, price in lines_ if price < 5]
    if not under or len(under) == len(lines_):
        raise Tie
    return ("which of these were under 5 bucks?", [[n] for n in under], img(recipe))


@fam
def k_o_shop_priciest(rng: random.Random) -> Made:  # shop and dearest line
    recipe, lines_, _ = receipt(rng)
    return ("Which shop was this, and what was the most expensive thing I got there?",
            [[recipe["shop"]], [max(lines_, key=lambda line: line[1])[0]]], img(recipe))


@fam
def k_o_total_check(rng: random.Random) -> Made:  # add the lines up independently
    recipe, _, total = receipt(rng)
    return ("Can you add up the item prices yourself and tell me what they come to? I want "
            "to make sure the till got it right.", [num(total)], img(recipe))


@fam
def k_o_sign_single_word(rng: random.Random) -> Made:  # one-line signs
    while True:
        recipe, words = sign(rng)
        if len(words) == 1:
            return "What's the one thing this sign says?", lines(words), img(recipe)


@fam
def k_o_sign_read_aloud(rng: random.Random) -> Made:  # to be read aloud
    recipe, words = sign(rng)
    return ("Read this sign out to me word for word.", lines(words), img(recipe))


@fam
def k_o_shot_working_days(rng: random.Random) -> Made:  # three working days on
    recipe, _, d = shot(rng)
    if d.weekday() >= 5:
        raise Tie
    out, left = d, 3
    while left:
        out += timedelta(days=1)
        if out.weekday() < 5:
            left -= 1
    return ("The courier delivers 3 working days (Mon–Fri) after the order date. Which date "
            "is that?", [day_forms(out)], img(recipe))


@fam
def k_o_shot_days_to_date(rng: random.Random) -> Made:  # days from order to 26 November
    recipe, _, d = shot(rng)
    return ("How many days passed between this order and 26 November 2026?",
            [count((date(2026, 11, 26) - d).days)], img(recipe))


@fam
def k_o_shot_next_month(rng: random.Random) -> Made:  # the month after the order
    recipe, _, d = shot(rng)
    return ("My payment plan starts the month after I ordered. Which month is that?",
            [[MONTHS[d.month % 12]]], img(recipe))


@fam
def k_o_shot_order_and_weekday(rng: random.Random) -> Made:  # number plus weekday
    recipe, number, d = shot(rng)
    return ("order number, and what weekday it was placed on?",
            [[number], [d.strftime("%A")]], img(recipe))


@fam
def k_o_shot_status_word(rng: random.Random) -> Made:  # status in one word
    recipe, _, _ = shot(rng)
    return "one word: what status does it show?", [["shipped"]], img(recipe)


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
