"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 8: more receipt
questions (shares, medians, budgets, return windows, drinks only)."""

from __future__ import annotations

import datetime as dt
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
)
from bench.data.agents.helpers import Family


@family
def pet_monthly(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="pet", count=(2, 4))
    eaten = [
        line
        for line in lines
        if line[0] in ("Dog Food", "Cat Litter", "Cat Treats", "Bird Seed", "Fish Flakes")
    ]
    if not eaten:
        return None
    good, cents = rng.choice(eaten)
    bags = rng.randint(2, 4)
    return (
        f"The {good.lower()} lasts about a week, so I buy {bags} more this month at the same "
        "price. How much will the extra ones cost?",
        [money(cents * bags, True)],
        recipe,
    )


@family
def half_each_extra(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    good, cents = rng.choice(lines)
    rest = Fraction(total(lines) - cents, 200)
    value = rest + Fraction(cents, 100)
    if tie(rest):
        return None
    return (
        f"Me and my partner split this receipt 50/50 except the {good.lower()}, which was "
        "only mine. How much is my part? Round to the cent if needed.",
        [money(value)],
        recipe,
    )


@family
def drinks_only(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe", count=(4, 5))
    drinks = ("Latte", "Espresso", "Cappuccino", "Hot Chocolate", "Iced Tea", "Smoothie")
    had = [c for g, c in lines if g in drinks]
    if not had or len(had) == len(lines):
        return None
    return (
        "I only had the drinks on this bill, my friend had all the food. "
        "How much were the drinks together?",
        [money(sum(had), True)],
        recipe,
    )


@family
def median_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    if len(lines) == 4:
        return None
    middle = sorted(c for _, c in lines)[len(lines) // 2]
    return (
        "Out of curiosity, what's the median item price on this receipt?",
        [money(middle, True)],
        recipe,
    )


@family
def budget_percent(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="food", count=(3, 5))
    budget = rng.choice([60, 80, 100, 120, 150])
    value = Fraction(total(lines), budget)
    if tie(value, 1):
        return None
    return (
        f"What percent of my {cur}{budget} weekly food budget did this one shop eat up? "
        "one decimal",
        [[f"{t}%" for t in number(value, 1)] + number(value, 1)],
        recipe,
    )


@family
def return_days_left(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="home", count=(2, 4))
    window = rng.choice([14, 28, 30])
    bought = dt.date(2026, 3, 14)
    gap = rng.randint(2, window - 1)
    today = bought + dt.timedelta(days=gap)
    left = window - gap
    good = rng.choice(lines)[0]
    return (
        f"Today is {today.strftime('%B')} {today.day}, 2026. The last day to return things is "
        f"{window} days after the purchase date printed on the receipt. How many days from "
        f"today until that last day, for the {good.lower()}?",
        [[f"{left} days", f"{left}days", f"{left} more days"]],
        recipe,
    )


@family
def cheapest_and_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="school", count=(3, 5))
    good, cents = min(lines, key=lambda line: line[1])
    return (
        "for my kid's school supplies: which item was cheapest and what did it cost?",
        [name(good), money(cents, True)],
        recipe,
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        pet_monthly,
        half_each_extra,
        drinks_only,
        median_price,
        budget_percent,
        return_days_left,
        cheapest_and_price,
    )
]
