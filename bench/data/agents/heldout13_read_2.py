"""Round 13 (``K_o_*``, dev now), part two: receipts again, this time about single lines —
prices, the dearest and cheapest item, differences, shares, lists and the shop."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_data import Made, Tie, num, pct, register
from bench.data.agents.heldout13_read import WORDS, img, receipt
from bench.data.agents.helpers import Family

REG: list[Family] = []
fam = register(REG, "ocr")


@fam
def k_o_item_price(rng: random.Random) -> Made:  # one line, lower case
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return f"what did the {name.lower()} cost me?", [num(price)], img(recipe)


@fam
def k_o_item_charged(rng: random.Random) -> Made:  # one line, formal
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return (f"Could you tell me what I was charged for {name} on this receipt?",
            [num(price)], img(recipe))


@fam
def k_o_item_three(rng: random.Random) -> Made:  # three of one line
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return (f"If I get the {name.lower()} three times over next week, what's that at this "
            "price?", [num(price * 3)], img(recipe))


@fam
def k_o_returning(rng: random.Random) -> Made:  # total after a refund
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return (f"taking the {name.lower()} back for a refund. how much did the rest cost me?",
            [num(total - price)], img(recipe))


@fam
def k_o_pair_sum(rng: random.Random) -> Made:  # two lines added up
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return (f"My flatmate owes me for the {a.lower()} and the {b.lower()}. How much is that?",
            [num(pa + pb)], img(recipe))


@fam
def k_o_pair_diff(rng: random.Random) -> Made:  # how much more one line cost
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return (f"How much more did the {a} cost than the {b}?", [num(pa - pb)], img(recipe))


@fam
def k_o_dearest_name(rng: random.Random) -> Made:  # name of the priciest line
    recipe, lines, _ = receipt(rng)
    return ("What was the priciest thing I bought here?",
            [[max(lines, key=lambda line: line[1])[0]]], img(recipe))


@fam
def k_o_cheapest_name(rng: random.Random) -> Made:  # name of the cheapest line
    recipe, lines, _ = receipt(rng)
    return ("which item cost the least?", [[min(lines, key=lambda line: line[1])[0]]],
            img(recipe))


@fam
def k_o_dearest_price(rng: random.Random) -> Made:  # the top price itself
    recipe, lines, _ = receipt(rng)
    return ("What's the most I paid for any one item on this?",
            [num(max(price for _, price in lines))], img(recipe))


@fam
def k_o_cheapest_price(rng: random.Random) -> Made:  # the lowest price itself
    recipe, lines, _ = receipt(rng)
    return ("Lowest price on the receipt?", [num(min(price for _, price in lines))],
            img(recipe))


@fam
def k_o_price_gap(rng: random.Random) -> Made:  # dearest minus cheapest
    recipe, lines, _ = receipt(rng)
    prices = [price for _, price in lines]
    return ("What's the difference between the most expensive and the cheapest item here?",
            [num(max(prices) - min(prices))], img(recipe))


@fam
def k_o_list_bought(rng: random.Random) -> Made:  # every line's name
    recipe, lines, _ = receipt(rng)
    return ("Can you list the items on this receipt for my shopping app?",
            [[name] for name, _ in lines], img(recipe))


@fam
def k_o_list_prices(rng: random.Random) -> Made:  # every line's price
    recipe, lines, _ = receipt(rng)
    return ("write out each item with its price please",
            [[name] for name, _ in lines] + [num(price) for _, price in lines], img(recipe))


@fam
def k_o_which_shop(rng: random.Random) -> Made:  # shop name, terse
    recipe, _, _ = receipt(rng)
    return "what store is this receipt from?", [[recipe["shop"]]], img(recipe)


@fam
def k_o_shop_total(rng: random.Random) -> Made:  # shop and total, two parts
    recipe, _, total = receipt(rng)
    return ("For my records: the name of the shop and the total amount, please.",
            [[recipe["shop"]], num(total)], img(recipe))


@fam
def k_o_item_share(rng: random.Random) -> Made:  # one line's share of the bill
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return (f"What fraction of the bill went on the {name.lower()}? As a percentage.",
            [pct(num(price / total * 100))], img(recipe))


@fam
def k_o_top_share(rng: random.Random) -> Made:  # the dearest line's share
    recipe, lines, total = receipt(rng)
    top = max(price for _, price in lines)
    return ("What percent of the total was the single most expensive item?",
            [pct(num(top / total * 100))], img(recipe))


@fam
def k_o_first_line(rng: random.Random) -> Made:  # the first line and its price
    recipe, lines, _ = receipt(rng)
    name, price = lines[0]
    return ("What's the first item listed on the receipt, and how much was it?",
            [[name], num(price)], img(recipe))


@fam
def k_o_last_line(rng: random.Random) -> Made:  # the last line's name
    recipe, lines, _ = receipt(rng)
    return ("what's the last item printed before the total?", [[lines[-1][0]]], img(recipe))


@fam
def k_o_over_ten(rng: random.Random) -> Made:  # lines above ten dollars
    recipe, lines, _ = receipt(rng)
    over = [name for name, price in lines if price > 10]
    if not over or len(over) == len(lines):
        raise Tie
    return ("Which items on here cost more than ten dollars each?", [[n] for n in over],
            img(recipe))


@fam
def k_o_skip_cheapest(rng: random.Random) -> Made:  # total without the cheapest line
    recipe, lines, total = receipt(rng)
    return ("If I hadn't bought the cheapest thing on this receipt, what would I have spent?",
            [num(total - min(price for _, price in lines))], img(recipe))


@fam
def k_o_item_discount(rng: random.Random) -> Made:  # one line at a quarter off
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return (f"The {name.lower()} was supposed to be 25% off but I was charged full price. What "
            "should it have cost?", [num(price * 3 / 4)], img(recipe))


@fam
def k_o_count_and_priciest(rng: random.Random) -> Made:  # count plus name, two parts
    recipe, lines, _ = receipt(rng)
    n = len(lines)
    return ("How many items are on this, and which was the most expensive?",
            [[str(n), WORDS[n]], [max(lines, key=lambda line: line[1])[0]]], img(recipe))


@fam
def k_o_shop_where(rng: random.Random) -> Made:  # chatty, which shop
    recipe, _, _ = receipt(rng)
    return ("found this in the car — any idea where I bought this stuff?",
            [[recipe["shop"]]], img(recipe))


@fam
def k_o_item_half(rng: random.Random) -> Made:  # half of one line
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return (f"We're sharing the {name.lower()}, so I'll pay half of it. What's half?",
            [num(price / 2)], img(recipe))


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
