"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 7: more receipt
questions (totals, lines, tips, splits, change, discounts)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_read import (
    Made,
    family,
    money,
    name,
    number,
    receipt,
    tie,
    total,
    word,
)
from bench.data.agents.helpers import Family


@family
def sales_tax(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="school", cur="$")
    rate = rng.choice(
        [Fraction(6), Fraction(7), Fraction(8), Fraction(35, 4), Fraction(13, 2), Fraction(19, 4)]
    )
    value = Fraction(total(lines)) * (100 + rate) / 10000
    if tie(value):
        return None
    shown = f"{float(rate):g}"
    return (
        f"these prices are before tax. sales tax here is {shown}%. what do I actually pay "
        "for everything incl. tax? round to the cent",
        [money(value)],
        recipe,
    )


@family
def vat_out(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="£")
    value = Fraction(total(lines), 120)
    if tie(value):
        return None
    return (
        "For my expenses I need the amount excluding VAT. The total on this receipt "
        "includes 20% VAT. What's the net amount before VAT, to the penny?",
        [money(value)],
        recipe,
    )


@family
def shop_name(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, count=(2, 3))
    return (
        rng.choice(["Which shop is this receipt from?", "what store's receipt is this?"]),
        [name(recipe["shop"])],
        recipe,
    )


@family
def euro_to_dollar(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="€")
    rate = Fraction(rng.randint(105, 125), 100)
    value = Fraction(total(lines), 100) * rate
    if tie(value):
        return None
    return (
        f"Got this receipt on holiday. If 1 euro = {float(rate):.2f} US dollars, what did I "
        "spend in dollars? Round to the cent.",
        [money(value)],
        recipe,
    )


@family
def budget_left(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="food", count=(3, 5), high=1500)
    budget = rng.choice([60, 75, 80, 100])
    return (
        f"My weekly grocery budget is {cur}{budget}. After this shop, how much of it is left?",
        [money(budget * 100 - total(lines), True)],
        recipe,
    )


@family
def two_more(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    good, cents = rng.choice(lines)
    return (
        f"if I go back and grab 2 more {good.lower()} at the same price, what will I have "
        "spent altogether including this receipt?",
        [money(total(lines) + 2 * cents, True)],
        recipe,
    )


@family
def my_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    return (
        f"My flatmate paid for this. Only the {a.lower()} and the {b.lower()} were mine. "
        "How much do I owe her?",
        [money(ca + cb, True)],
        recipe,
    )


@family
def loyalty_points(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), high=4000)
    per = rng.choice([1, 2, 5])
    whole = total(lines) // 100
    value = whole * per
    return (
        f"The store gives {per} point{'s' if per > 1 else ''} for every whole {word(cur)[:-1]} "
        "spent (cents/pence don't count). How many points should this receipt earn me?",
        [list(dict.fromkeys([str(value), f"{value:,}"]))],
        recipe,
    )


@family
def cashback(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5), high=5000)
    pct = rng.choice([1, 2, 3, 5])
    value = Fraction(total(lines) * pct, 10000)
    if tie(value):
        return None
    return (
        f"My card gives {pct}% cash back. How much cash back do I get on this purchase, "
        "rounded to the nearest cent?",
        [money(value)],
        recipe,
    )


@family
def yearly(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe", count=(2, 3), high=900)
    weeks = rng.choice([4, 12, 26, 52])
    return (
        f"I buy exactly this every week. What does it cost me over {weeks} weeks?",
        [money(total(lines) * weeks, True)],
        recipe,
    )


@family
def price_range(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    cents = [c for _, c in lines]
    return (
        "Whats the difference between the priciest and the cheapest item on here?",
        [money(max(cents) - min(cents), True)],
        recipe,
    )


@family
def over_ten(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=200, high=2000)
    n = sum(c > 1000 for _, c in lines)
    if any(950 <= c <= 1050 for _, c in lines) or n == 0:
        return None
    return (
        f"How many of the items on this receipt cost more than {cur}10?",
        [[str(n), ["one", "two", "three", "four", "five"][n - 1]]],
        recipe,
    )


@family
def second_priciest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    good = sorted(lines, key=lambda line: -line[1])[1][0]
    return ("Which item was the second most expensive one on this receipt?", [name(good)], recipe)


@family
def share_of_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 4))
    good, cents = rng.choice(lines)
    value = Fraction(100 * cents, total(lines))
    if tie(value, 1):
        return None
    return (
        f"What percentage of the total did the {good.lower()} make up? One decimal place please.",
        [[t + "%" for t in number(value, 1)] + number(value, 1)],
        recipe,
    )


@family
def tip_round_up(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="cafe", count=(3, 5))
    value = Fraction(total(lines) * 115, 10000)
    if value.denominator == 1:
        return None
    up = math.ceil(value)
    return (
        "I want to tip 15% on this and then round the whole thing up to the next whole "
        f"{word(cur)[:-1]}. What do I pay?",
        [money(up)],
        recipe,
    )


@family
def coupon(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=800, high=2500)
    off = rng.choice([5, 10])
    threshold = rng.choice([20, 25, 30])
    if total(lines) < threshold * 100 + 100:
        return None
    return (
        f"I have a coupon for {cur}{off} off any order over {cur}{threshold}. Would this order "
        "qualify, and what would I pay with the coupon?",
        [money(total(lines) - off * 100, True)],
        recipe,
    )


@family
def bogo_cheapest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    cheap = min(c for _, c in lines)
    return (
        "There was a deal where the cheapest item is free but the till didn't apply it. "
        "What should I have paid?",
        [money(total(lines) - cheap, True)],
        recipe,
    )


@family
def tip_then_split(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe", count=(3, 5))
    pct, people = rng.choice([15, 18, 20]), rng.randint(2, 5)
    value = Fraction(total(lines) * (100 + pct), 10000 * people)
    if tie(value):
        return None
    return (
        f"add {pct}% tip to this bill and split it {people} ways. how much each? (round to cents)",
        [money(value)],
        recipe,
    )


@family
def work_hours(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=500, high=2500)
    wage = rng.choice([12, 14, 15, 16, 18, 20])
    value = Fraction(total(lines), 100 * wage)
    if tie(value, 1):
        return None
    return (
        f"I earn {cur}{wage} an hour. How many hours did I have to work to pay for this shop? "
        "Give it to one decimal.",
        [number(value, 1)],
        recipe,
    )


@family
def cheaper_elsewhere(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=600)
    good, cents = rng.choice(lines)
    other = cents - rng.randint(30, 300)
    return (
        f"The shop across the road sells the {good.lower()} for {cur}{other / 100:.2f}. How much "
        "would I have saved buying it there instead?",
        [money(cents - other, True)],
        recipe,
    )


@family
def first_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    return (
        "What's the first item listed on this receipt and how much was it?",
        [name(lines[0][0]), money(lines[0][1], True)],
        recipe,
    )


@family
def last_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    return ("how much was the last item before the total?", [money(lines[-1][1], True)], recipe)


@family
def over_budget(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 5), low=800, high=2500)
    budget = rng.choice([30, 40, 50])
    if total(lines) <= budget * 100:
        return None
    return (
        f"I told myself I'd spend no more than {cur}{budget} at this shop. By how much did I "
        "go over?",
        [money(total(lines) - budget * 100, True)],
        recipe,
    )


@family
def both_items_pct(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    good, cents = rng.choice(lines)
    pct = rng.choice([10, 20, 25, 50])
    value = Fraction(total(lines)) - Fraction(cents * pct, 100)
    if tie(value / 100):
        return None
    return (
        f"Oh wait, the {good.lower()} was supposed to be {pct}% off. Whats the corrected "
        "total? round to the cent",
        [money(value / 100)],
        recipe,
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        sales_tax,
        vat_out,
        shop_name,
        euro_to_dollar,
        budget_left,
        two_more,
        my_share,
        loyalty_points,
        cashback,
        yearly,
        price_range,
        over_ten,
        second_priciest,
        share_of_total,
        tip_round_up,
        coupon,
        bogo_cheapest,
        tip_then_split,
        work_hours,
        cheaper_elsewhere,
        first_line,
        last_line,
        over_budget,
        both_items_pct,
    )
]
