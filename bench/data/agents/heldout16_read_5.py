"""Round 16 (``L_o_*``, dev now), part five: single lines of a photographed till receipt in
everyday situations — sharing, weights and unit prices, price matching, reselling, and which
lines pass a limit."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout16_read import Tie, families, money, receipt
from bench.data.agents.heldout16_read_2 import was
from bench.data.agents.helpers import Family, Item, item


def l_o_shared_half(rng: random.Random) -> Item:  # half of one line
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_shared_half", "ocr", f"my sister and I went halves on the {name.lower()}. "
                "what's my half?", [money(price / 2)], image=recipe)


def l_o_line_plus_tax(rng: random.Random) -> Item:  # one line with tax on top
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    rate = rng.choice([5, 7, 8, 10])
    return item("L_o_line_plus_tax", "ocr", f"What's the {name} with {rate}% tax added?",
                [money(price * (100 + rate) / 100)], image=recipe)


def l_o_elsewhere(rng: random.Random) -> Item:  # cheaper at another shop
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    less = Fraction(rng.choice([25, 50, 75, 100, 150]), 100)
    if price <= less + 1:
        raise Tie
    return item("L_o_elsewhere", "ocr", f"The {name.lower()} {was(name, 'is')} "
                f"${float(less):.2f} cheaper at the market down the road. What would "
                f"{'they' if name.endswith('s') else 'it'} cost there?", [money(price - less)],
                image=recipe)


def l_o_saved_there(rng: random.Random) -> Item:  # saving against another price
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    other = Fraction(int(price * rng.choice([60, 70, 80])), 100)
    if other <= 0 or other == price:
        raise Tie
    return item("L_o_saved_there", "ocr", f"Just saw the {name.lower()} online for "
                f"${float(other):.2f}. How much would I have saved buying it there?",
                [money(price - other)], image=recipe)


def l_o_one_over(rng: random.Random) -> Item:  # the one line above a limit
    recipe, lines, _ = receipt(rng)
    limit = rng.choice([10, 15, 20])
    over = [name for name, price in lines if price > limit]
    if len(over) != 1 or any(price == limit for _, price in lines):
        raise Tie
    return item("L_o_one_over", "ocr", f"Which item on this was over ${limit}?", [over],
                image=recipe)


def l_o_list_over(rng: random.Random) -> Item:  # every line above a limit
    recipe, lines, _ = receipt(rng)
    limit = rng.choice([5, 8, 10])
    over = [name for name, price in lines if price > limit]
    if not over or any(price == limit for _, price in lines):
        raise Tie
    return item("L_o_list_over", "ocr", f"list everything that cost more than ${limit}",
                [[name] for name in over], image=recipe)


def l_o_two_cheapest(rng: random.Random) -> Item:  # the two cheapest together
    recipe, lines, _ = receipt(rng)
    if len(lines) < 3:
        raise Tie
    low = sorted(p for _, p in lines)[:2]
    return item("L_o_two_cheapest", "ocr", "What did the two cheapest things come to?",
                [money(sum(low, Fraction(0)))], image=recipe)


def l_o_rank(rng: random.Random) -> Item:  # every line, dearest first
    recipe, lines, _ = receipt(rng)
    return item("L_o_rank", "ocr", "Rank what I bought from most to least expensive.",
                [[name] for name, _ in sorted(lines, key=lambda line: -line[1])], image=recipe)


def l_o_friend_rest(rng: random.Random) -> Item:  # friend had everything but one line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_friend_rest", "ocr", f"I only had the {name.lower()}, my friend had "
                "everything else. How much does she owe me for her part?",
                [money(total - price)], image=recipe)


def l_o_per_kilo(rng: random.Random) -> Item:  # price per kilogram
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    kg = rng.choice([Fraction(1, 2), Fraction(3, 2), Fraction(2), Fraction(5, 2)])
    return item("L_o_per_kilo", "ocr", f"the {name.lower()} came to {float(kg):g} kg on the "
                "scale. what's the price per kg?", [money(price / kg)], image=recipe)


def l_o_per_100g(rng: random.Random) -> Item:  # price per 100 grams
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    grams = rng.choice([200, 250, 400, 500, 750])
    return item("L_o_per_100g", "ocr", f"The {name} {was(name)} a {grams} g pack. Price per 100 g?",
                [money(price * 100 / grams)], image=recipe)


def l_o_coffee_habit(rng: random.Random) -> Item:  # a coffee every workday
    recipe, lines, _ = receipt(rng)
    prices = dict(lines)
    if "Coffee" not in prices:
        raise Tie
    weeks = rng.choice([1, 2, 4])
    return item("L_o_coffee_habit", "ocr", f"if i buy that coffee every weekday, what's that "
                f"over {weeks} week{'s' if weeks > 1 else ''}?",
                [money(prices["Coffee"] * 5 * weeks)], image=recipe)


def l_o_notebook_claim(rng: random.Random) -> Item:  # the one work expense
    recipe, lines, _ = receipt(rng)
    prices = dict(lines)
    if "Notebook" not in prices:
        raise Tie
    return item("L_o_notebook_claim", "ocr", "Only the notebook was for work. How much can I "
                "claim back?", [money(prices["Notebook"])], image=recipe)


def l_o_student_disc(rng: random.Random) -> Item:  # discount on all but one line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_student_disc", "ocr", f"My student card takes 10% off everything except "
                f"the {name.lower()}. What would the total have been with it?",
                [money(price + (total - price) * Fraction(9, 10))], image=recipe)


def l_o_half_price_miss(rng: random.Random) -> Item:  # refund for a missed half price
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_half_price_miss", "ocr", f"the {name.lower()} {was(name)} supposed to be "
                "half price but they charged full. how much should they refund me?",
                [money(price / 2)], image=recipe)


def l_o_resell(rng: random.Random) -> Item:  # a markup for a small business
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    markup = rng.choice([20, 25, 30, 40, 50])
    return item("L_o_resell", "ocr", f"I run a little market stall. If I resell the "
                f"{name.lower()} at a {markup}% markup, what do I charge?",
                [money(price * (100 + markup) / 100)], image=recipe)


def l_o_stall_profit(rng: random.Random) -> Item:  # profit on one line
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    sell = price + Fraction(rng.randint(50, 600), 100)
    return item("L_o_stall_profit", "ocr", f"I'm selling the {name.lower()} on for "
                f"${float(sell):.2f}. What's my profit on it?", [money(sell - price)],
                image=recipe)


def l_o_third_line(rng: random.Random) -> Item:  # the third line, name and price
    recipe, lines, _ = receipt(rng)
    if len(lines) < 3:
        raise Tie
    name, price = lines[2]
    return item("L_o_third_line", "ocr", "What's the third item on the list and its price?",
                [[name], money(price)], image=recipe)


def l_o_skip_cheapest(rng: random.Random) -> Item:  # total without the cheapest line
    recipe, lines, total = receipt(rng)
    return item("L_o_skip_cheapest", "ocr", "If I'd skipped the cheapest thing, what would I "
                "have paid?", [money(total - min(p for _, p in lines))], image=recipe)


def l_o_mine_theirs(rng: random.Random) -> Item:  # own line plus half the shared rest
    recipe, lines, total = receipt(rng)
    if len(lines) < 3:
        raise Tie
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return item("L_o_mine_theirs", "ocr", f"I had the {a.lower()}, she had the {b.lower()}, and "
                "we split whatever else is on there. What's my total?",
                [money(pa + (total - pa - pb) / 2)], image=recipe)


def l_o_line_times_week(rng: random.Random) -> Item:  # one line, a few times a week
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    k = rng.choice([2, 3, 4])
    return item("L_o_line_times_week", "ocr", f"We get through the {name.lower()} {k} times a "
                "week. What does that cost us a week?", [money(price * k)], image=recipe)


def l_o_both_cheaper(rng: random.Random) -> Item:  # the two cheapest names
    recipe, lines, _ = receipt(rng)
    if len(lines) < 3:
        raise Tie
    low = sorted(lines, key=lambda line: line[1])[:2]
    return item("L_o_both_cheaper", "ocr", "which two items were the cheapest?",
                [[name] for name, _ in low], image=recipe)


FAMILIES: list[tuple[Family, int]] = families(
    l_o_shared_half, l_o_line_plus_tax, l_o_elsewhere, l_o_saved_there, l_o_one_over,
    l_o_list_over, l_o_two_cheapest, l_o_rank, l_o_friend_rest, l_o_per_kilo, l_o_per_100g,
    l_o_coffee_habit, l_o_notebook_claim, l_o_student_disc, l_o_half_price_miss, l_o_resell,
    l_o_stall_profit, l_o_third_line, l_o_skip_cheapest, l_o_mine_theirs,
    l_o_line_times_week, l_o_both_cheaper)
