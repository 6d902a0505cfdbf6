"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 1: questions on
photographed till receipts (totals, lines, tips, splits, change, discounts)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, half_cent, item

Made = tuple[str, list[list[str]], dict[str, Any]] | None
Line = tuple[str, int]

SHOPS = {
    "food": ["Green Grocer", "Metro Market", "Fresh Farm", "Quick Stop", "Harbor Deli"],
    "home": ["Oak Hardware", "Fix It Depot", "Handy Home"],
    "cafe": ["Corner Cafe", "Blue Bakery", "Bean Scene", "Morning Cup"],
    "school": ["Paper Trail", "City Books", "Office Hub"],
    "pet": ["Pet Palace", "Happy Paws", "Furry Friends"],
}
GOODS = {
    "food": [
        "Coffee",
        "Bagel",
        "Apples",
        "Bread",
        "Milk",
        "Tea",
        "Cheese",
        "Pasta",
        "Eggs",
        "Bananas",
        "Yogurt",
        "Butter",
        "Rice",
        "Tomatoes",
        "Chicken",
        "Orange Juice",
        "Cereal",
        "Carrots",
        "Onions",
        "Olive Oil",
        "Salmon",
        "Honey",
    ],
    "home": [
        "Hammer",
        "Screws",
        "Paint Brush",
        "Light Bulb",
        "Tape",
        "Batteries",
        "Glue",
        "Sandpaper",
        "Drill Bits",
        "Extension Cord",
        "Gloves",
        "Wood Stain",
    ],
    "cafe": [
        "Latte",
        "Espresso",
        "Croissant",
        "Muffin",
        "Cappuccino",
        "Hot Chocolate",
        "Scone",
        "Sandwich",
        "Iced Tea",
        "Brownie",
        "Smoothie",
        "Cookie",
    ],
    "school": [
        "Notebook",
        "Pens",
        "Stapler",
        "Folder",
        "Highlighters",
        "Ruler",
        "Calculator",
        "Backpack",
        "Printer Paper",
        "Markers",
        "Scissors",
        "Glue Stick",
    ],
    "pet": [
        "Dog Food",
        "Cat Litter",
        "Chew Toy",
        "Fish Flakes",
        "Leash",
        "Bird Seed",
        "Cat Treats",
        "Pet Shampoo",
        "Dog Bed",
        "Collar",
    ],
}
CURRENCIES = ["$", "€", "£"]


def degrade(rng: random.Random) -> dict[str, Any]:
    return {
        "angle": round(rng.uniform(-4, 4), 1),
        "blur": round(rng.uniform(0.3, 0.8), 2),
        "noise": rng.choice([10, 20]),
        "quality": 60,
        "seed": rng.randrange(10**6),
    }


def receipt(
    rng: random.Random,
    count: tuple[int, int] = (3, 5),
    low: int = 50,
    high: int = 2500,
    kind: str = "",
    cur: str = "",
) -> tuple[dict[str, Any], list[Line], str]:
    """A receipt recipe with distinct goods and distinct prices (in cents)."""
    kind = kind or rng.choice(sorted(GOODS))
    cur = cur or rng.choice(CURRENCIES)
    names = rng.sample(GOODS[kind], rng.randint(*count))
    cents = rng.sample(range(low, high), len(names))
    lines = list(zip(names, cents, strict=True))
    recipe = {
        "kind": "receipt",
        "shop": rng.choice(SHOPS[kind]),
        "items": [(n, c / 100) for n, c in lines],
        "font": rng.randrange(4),
        "currency": cur,
        "degrade": degrade(rng),
    }
    return recipe, lines, cur


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {
        "kind": "screenshot",
        "title": title,
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }


class Tie(ValueError):
    """Raised when a value sits exactly halfway between two roundings; the draw is redone."""


def money(value: Fraction | int | float, cents: bool = False) -> list[str]:
    """Accepted forms of an amount (given in units, or in cents with cents=True)."""
    value = Fraction(value) / (100 if cents else 1)
    if (value * 200).denominator == 1 and (value * 100).denominator != 1:
        raise Tie(value)
    rounded = Fraction(round(value * 100), 100)
    two = f"{float(rounded):.2f}"
    out = [two, f"{float(rounded):,.2f}"]
    if rounded.denominator == 1:
        out += [str(int(rounded)), f"{int(rounded):,}"]
    elif (rounded * 10).denominator == 1:
        out += [two[:-1], f"{float(rounded):,.1f}"]
    return list(dict.fromkeys(out))


def number(value: Fraction | int, places: int = 0) -> list[str]:
    """A value rounded to `places` decimals, with and without thousands commas."""
    scaled = Fraction(value) * 10**places
    if (scaled * 2).denominator == 1 and scaled.denominator != 1:
        raise Tie(value)
    rounded = round(Fraction(value), places)
    text = f"{float(rounded):.{places}f}"
    out = [text, f"{float(rounded):,.{places}f}"]
    if rounded.denominator == 1:
        out += [str(int(rounded)), f"{int(rounded):,}"]
    return list(dict.fromkeys(out))


def tie(value: Fraction, places: int = 2) -> bool:
    """True when rounding to `places` decimals would be a tie or very close to one."""
    scaled = value * 10**places
    frac = scaled - math.floor(scaled)
    return abs(frac - Fraction(1, 2)) < Fraction(1, 100)


def name(text: str) -> list[str]:
    return [text.lower()]


def family(make: Callable[[random.Random], Made]) -> Family:
    label = f"M_o_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            try:
                made = make(rng)
            except Tie:
                continue
            if made is not None:
                text, required, recipe = made
                return item(label, "ocr", text, required, image=recipe)

    return fresh(draw)


def total(lines: list[Line]) -> int:
    return sum(c for _, c in lines)


def word(cur: str) -> str:
    return {"$": "dollars", "€": "euros", "£": "pounds"}[cur]


@family
def total_plain(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(
        [
            "whats the total on this receipt?",
            "How much did I spend here in total?",
            "can you read me the total from this receipt pls",
            "What was the grand total on this till slip?",
        ]
    )
    return text, [money(total(lines), True)], recipe


@family
def tip_percent(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe")
    pct = rng.choice([10, 12, 15, 18, 20, 22, 25])
    value = Fraction(total(lines) * (100 + pct), 10000)
    if half_cent(value):
        return None
    return (
        f"We want to leave a {pct}% tip on this bill. What's the total including the tip? "
        "Round to the cent.",
        [money(value)],
        recipe,
    )


@family
def split_people(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    people = rng.randint(2, 6)
    value = Fraction(total(lines), 100 * people)
    if tie(value):
        return None
    words = ["two", "three", "four", "five", "six"][people - 2]
    return (
        f"there were {words} of us, we're splitting this receipt evenly. how much does each "
        "person owe (to the nearest cent)?",
        [money(value)],
        recipe,
    )


@family
def change_note(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(2, 4), high=1800)
    note = 50 if total(lines) < 5000 else 100
    return (
        f"I paid for this with a {cur}{note} note. How much change should I have gotten back?",
        [money(note * 100 - total(lines), True)],
        recipe,
    )


@family
def line_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    good, cents = rng.choice(lines)
    text = rng.choice(
        [
            f"How much did the {good.lower()} cost on this receipt?",
            f"what did they charge me for {good.lower()}?",
            f"Can you check the price of the {good} on this one?",
        ]
    )
    return text, [money(cents, True)], recipe


@family
def priciest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    good = max(lines, key=lambda line: line[1])[0]
    return ("Which item on this receipt was the most expensive?", [name(good)], recipe)


@family
def cheapest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    good = min(lines, key=lambda line: line[1])[0]
    return ("what was the cheapest thing I bought here", [name(good)], recipe)


@family
def count_lines(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(2, 5))
    n = len(lines)
    return (
        "How many different items are listed on this receipt (not counting the total)?",
        [[str(n), ["two", "three", "four", "five"][n - 2]]],
        recipe,
    )


@family
def average_item(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    value = Fraction(total(lines), 100 * len(lines))
    if tie(value):
        return None
    return (
        "What's the average price per item on this receipt? Round to 2 decimal places.",
        [money(value)],
        recipe,
    )


@family
def difference_two(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    (a, ca), (b, cb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return (
        f"How much more expensive was the {a.lower()} than the {b.lower()}?",
        [money(ca - cb, True)],
        recipe,
    )


@family
def percent_off(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="home")
    pct = rng.choice([10, 15, 20, 25, 30, 40])
    value = Fraction(total(lines) * (100 - pct), 10000)
    if half_cent(value):
        return None
    return (
        f"The cashier forgot my {pct}% member discount on this whole receipt. What should "
        "the total have been after the discount? (nearest cent)",
        [money(value)],
        recipe,
    )


@family
def without_one(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    good, cents = rng.choice(lines)
    return (
        f"I'm returning the {good.lower()}. What would this receipt total if I hadn't bought it?",
        [money(total(lines) - cents, True)],
        recipe,
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        total_plain,
        tip_percent,
        split_people,
        change_note,
        line_price,
        priciest,
        cheapest,
        count_lines,
        average_item,
        difference_two,
        percent_off,
        without_one,
    )
]
