"""Round 14 (``N_o_*``, dev now), images part two: single lines of a receipt (prices, names,
counts, refunds), the usual signs read out, and an order screenshot."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout14_data import MONTHS, Tie, num, pct, retry
from bench.data.agents.heldout14_read import count, ocr, receipt
from bench.data.agents.helpers import Family, Item, fresh, image_recipe


def n_o_item_price(rng: random.Random) -> Item:  # price of one named line, lower case
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("N_o_item_price", f"how much was the {name.lower()} on here?", [num(price)],
               recipe)


def n_o_item_triple(rng: random.Random) -> Item:  # three of one line
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("N_o_item_triple", f"Next time I want three lots of the {name}. Going by this "
               "receipt, what will that cost?", [num(price * 3)], recipe)


def n_o_drop_two(rng: random.Random) -> Item:  # total without two lines
    recipe, lines, total = receipt(rng)
    if len(lines) < 3:
        raise Tie
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return ocr("N_o_drop_two", f"The {a.lower()} and the {b.lower()} were for my neighbour. "
               "What did the rest of my shopping come to?", [num(total - pa - pb)], recipe)


def n_o_top_cost(rng: random.Random) -> Item:  # highest price on the receipt
    recipe, lines, _ = receipt(rng)
    return ocr("N_o_top_cost", "What did the most expensive thing on this receipt cost?",
               [num(max(p for _, p in lines))], recipe)


def n_o_low_cost(rng: random.Random) -> Item:  # lowest price on the receipt
    recipe, lines, _ = receipt(rng)
    return ocr("N_o_low_cost", "whats the lowest price on this receipt", [num(min(
        p for _, p in lines))], recipe)


def n_o_top_name(rng: random.Random) -> Item:  # which line cost most
    recipe, lines, _ = receipt(rng)
    return ocr("N_o_top_name", "Which item here set me back the most?",
               [[max(lines, key=lambda line: line[1])[0]]], recipe)


def n_o_low_name(rng: random.Random) -> Item:  # which line cost least
    recipe, lines, _ = receipt(rng)
    return ocr("N_o_low_name", "cheapest thing i got on this shop?",
               [[min(lines, key=lambda line: line[1])[0]]], recipe)


def n_o_gap_two(rng: random.Random) -> Item:  # difference between two lines
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return ocr("N_o_gap_two", f"How much more did the {a} cost than the {b}?",
               [num(pa - pb)], recipe)


def n_o_how_many(rng: random.Random) -> Item:  # number of lines
    recipe, lines, _ = receipt(rng)
    return ocr("N_o_how_many", "How many things did I buy according to this receipt?",
               [count(len(lines), "items")], recipe)


def n_o_over_five(rng: random.Random) -> Item:  # lines priced above five dollars
    recipe, lines, _ = receipt(rng)
    k = sum(1 for _, p in lines if p > 5)
    return ocr("N_o_over_five", "how many of the items on this cost more than five dollars?",
               [count(k, "items")], recipe)


def n_o_under_ten(rng: random.Random) -> Item:  # sum of the cheaper lines
    recipe, lines, _ = receipt(rng)
    cheap = [p for _, p in lines if p < 10]
    if not cheap or len(cheap) == len(lines):
        raise Tie
    return ocr("N_o_under_ten", "Add up just the items that were under ten dollars each.",
               [num(sum(cheap, Fraction(0)))], recipe)


def n_o_half_price(rng: random.Random) -> Item:  # one line should have been half price
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("N_o_half_price", f"The {name.lower()} was meant to be half price but they "
               "charged full. What should the total have been?", [num(total - price / 2)],
               recipe)


def n_o_read_items(rng: random.Random) -> Item:  # list the lines
    recipe, lines, _ = receipt(rng)
    return ocr("N_o_read_items", "can you read me the items on this receipt? my flatmate "
               "wants to know what I got", [[name] for name, _ in lines], recipe)


def n_o_store_name(rng: random.Random) -> Item:  # the shop printed at the top
    recipe, _, _ = receipt(rng)
    return ocr("N_o_store_name", "What's the name of the store on this?", [[recipe["shop"]]],
               recipe)


def n_o_line_share(rng: random.Random) -> Item:  # one line as a percent of the total
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("N_o_line_share", f"the {name.lower()} was what % of the whole bill?",
               [pct(num(price / total * 100))], recipe)


def n_o_first_line(rng: random.Random) -> Item:  # the first item printed
    recipe, lines, _ = receipt(rng)
    return ocr("N_o_first_line", "What's the first item listed on this receipt, and its "
               "price?", [[lines[0][0]], num(lines[0][1])], recipe)


def n_o_top_both(rng: random.Random) -> Item:  # priciest item with its price, two parts
    recipe, lines, _ = receipt(rng)
    name, price = max(lines, key=lambda line: line[1])
    return ocr("N_o_top_both", "Tell me the priciest item on here and how much it was.",
               [[name], num(price)], recipe)


def n_o_refund_two(rng: random.Random) -> Item:  # refund for two returned lines
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return ocr("N_o_refund_two", f"Taking the {a.lower()} and {b.lower()} back to the shop. "
               "How much should the refund be?", [num(pa + pb)], recipe)


def n_o_double_all(rng: random.Random) -> Item:  # the whole shop twice over
    recipe, _, total = receipt(rng)
    return ocr("N_o_double_all", "We've got twice as many people coming this weekend, so I'll"
               " need double of everything here. How much will that be?", [num(total * 2)],
               recipe)


# --- the usual signs and the order screenshot --------------------------------------------

def n_o_sign_eyesight(rng: random.Random) -> Item:  # read a sign aloud
    recipe, words = image_recipe(rng, "sign")
    return ocr("N_o_sign_eyesight", "My eyesight's awful without my glasses, can you read "
               "this sign out for me?", [[w] for w in words], recipe)


def n_o_sign_notice(rng: random.Random) -> Item:  # formal, what the notice says
    recipe, words = image_recipe(rng, "sign")
    return ocr("N_o_sign_notice", "What is written on this notice?", [[w] for w in words],
               recipe)


def n_o_sign_terse(rng: random.Random) -> Item:  # two-word request
    recipe, words = image_recipe(rng, "sign")
    return ocr("N_o_sign_terse", "sign says?", [[w] for w in words], recipe)


def dated(day: str) -> list[str]:
    y, m, d = (int(p) for p in day.split("-"))
    month = MONTHS[m - 1]
    return [day, f"{d} {month} {y}", f"{month} {d}, {y}", f"{d}/{m:02d}/{y}"]


def n_o_order_number(rng: random.Random) -> Item:  # the order number on a screenshot
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    return ocr("N_o_order_number", "Customer service wants my order number, it's in this "
               "screenshot somewhere — what is it?", [[number]], recipe)


def n_o_order_placed(rng: random.Random) -> Item:  # the date on a screenshot
    recipe, day = image_recipe(rng, "screenshot")
    return ocr("N_o_order_placed", "when was this order from?", [dated(day[0])], recipe)


def n_o_order_status(rng: random.Random) -> Item:  # the status line
    recipe, _ = image_recipe(rng, "screenshot")
    return ocr("N_o_order_status", "What's the current status of the order in this "
               "screenshot?", [["shipped"]], recipe)


def n_o_order_both(rng: random.Random) -> Item:  # number and date, two parts
    recipe, day = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    return ocr("N_o_order_both", "need the order number and the date from this pls",
               [[number], dated(day[0])], recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_o_item_price, n_o_item_triple, n_o_drop_two, n_o_top_cost, n_o_low_cost, n_o_top_name,
    n_o_low_name, n_o_gap_two, n_o_how_many, n_o_over_five, n_o_under_ten, n_o_half_price,
    n_o_read_items, n_o_store_name, n_o_line_share, n_o_first_line, n_o_top_both,
    n_o_refund_two, n_o_double_all, n_o_sign_eyesight, n_o_sign_notice, n_o_sign_terse,
    n_o_order_number, n_o_order_placed, n_o_order_status, n_o_order_both)]
