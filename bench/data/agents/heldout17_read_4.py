"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 4: more receipt
questions (unit prices, reverse look-ups, payment splits) and shop and street signs."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout17_read import (
    Made,
    family,
    money,
    name,
    number,
    receipt,
    sign,
    tie,
    total,
)
from bench.data.agents.helpers import Family, half_cent

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def pick(lines: list[tuple[str, int]], goods: tuple[str, ...]) -> tuple[str, int] | None:
    found = [line for line in lines if line[0] in goods]
    return found[0] if found else None


@family
def per_100g(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="food", count=(3, 5), low=200, high=1500)
    line = pick(lines, ("Cheese", "Salmon", "Chicken", "Butter", "Honey"))
    if line is None:
        return None
    grams = rng.choice([250, 300, 350, 400, 450, 500, 600, 750])
    value = Fraction(line[1], grams)
    if tie(value):
        return None
    return (
        f"The {line[0].lower()} on this receipt was a {grams} g pack. What's that per 100 g? "
        "(to the cent)",
        [money(value)],
        recipe,
    )


@family
def per_battery(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="home", count=(2, 4), low=300, high=2500)
    line = pick(lines, ("Batteries", "Screws", "Light Bulb", "Drill Bits", "Gloves"))
    if line is None:
        return None
    pack = rng.choice([4, 6, 8, 10, 12])
    value = Fraction(line[1], 100 * pack)
    if tie(value):
        return None
    unit = {
        "Batteries": "batteries",
        "Screws": "screws",
        "Light Bulb": "bulbs",
        "Drill Bits": "bits",
        "Gloves": "pairs",
    }[line[0]]
    return (
        f"the {line[0].lower()} line was a pack of {pack} {unit}. how much is that each, "
        "rounded to the cent?",
        [money(value)],
        recipe,
    )


@family
def meal_allowance(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="cafe", count=(3, 5), low=300, high=1800)
    cap = rng.choice([20, 25, 30])
    if total(lines) <= cap * 100:
        return None
    return (
        f"Work covers meals up to {cur}{cap} a day and I pay anything above that. This was my "
        "only meal today - how much comes out of my own pocket?",
        [money(total(lines) - cap * 100, True)],
        recipe,
    )


@family
def gift_card(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=700, high=2500)
    card = rng.choice([10, 15, 20, 25])
    if total(lines) <= card * 100:
        return None
    return (
        f"I used a {cur}{card} gift card on this and put the rest on my debit card. How much "
        "went on the debit card?",
        [money(total(lines) - card * 100, True)],
        recipe,
    )


@family
def gst_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="$")
    value = Fraction(total(lines), 1100)
    if tie(value):
        return None
    return (
        "Prices here include 10% GST. How much of this total is GST? Round to the cent.",
        [money(value)],
        recipe,
    )


@family
def estimate_off(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5))
    guess = round(total(lines) / 100) + rng.choice([-9, -6, -4, 3, 5, 8])
    diff = abs(total(lines) - guess * 100)
    return (
        f"I guessed this shop would come to about {cur}{guess}. How far off was I?",
        [money(diff, True)],
        recipe,
    )


@family
def increase_pct(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="food", count=(3, 5))
    before = total(lines) - rng.randint(150, 900)
    if before <= 0:
        return None
    value = Fraction(100 * (total(lines) - before), before)
    if tie(value, 1):
        return None
    return (
        f"Last week the exact same basket cost me {cur}{before / 100:.2f}. By what percentage "
        "has it gone up? 1 dp",
        [[f"{t}%" for t in number(value, 1)] + number(value, 1)],
        recipe,
    )


@family
def two_cheapest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5))
    low = sorted(c for _, c in lines)[:2]
    return (
        "what do the two cheapest things on this receipt add up to?",
        [money(sum(low), True)],
        recipe,
    )


@family
def ratio_split(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5), low=500, high=3000)
    mine, theirs = rng.choice([(60, 40), (70, 30), (2, 1), (3, 2), (55, 45)])
    value = Fraction(total(lines) * mine, 100 * (mine + theirs))
    if tie(value):
        return None
    return (
        f"My brother and I share costs {mine}:{theirs} (I pay the bigger part). What's my share "
        "of this receipt, to the cent?",
        [money(value)],
        recipe,
    )


@family
def pounds_to_euros(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="£")
    rate = Fraction(rng.randint(112, 120), 100)
    value = Fraction(total(lines), 100) * rate
    if tie(value):
        return None
    return (
        f"Convert this UK receipt's total to euros for my expense report. Rate: £1 = "
        f"€{float(rate):.2f}. Round to the cent.",
        [money(value)],
        recipe,
    )


@family
def monthly_habit(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe", count=(2, 3), low=200, high=700)
    times = rng.randint(2, 5)
    return (
        f"I get this exact order {EN[times]} times a week. What's that over a 4-week month?",
        [money(total(lines) * times * 4, True)],
        recipe,
    )


@family
def what_for_price(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5))
    good, cents = rng.choice(lines)
    return (
        f"There's a charge of {cur}{cents / 100:.2f} on this receipt - which item was that?",
        [name(good)],
        recipe,
    )


@family
def tip_as_percent(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="cafe", count=(3, 5), low=300, high=2000)
    tip = rng.choice([3, 4, 5, 6, 8, 10])
    value = Fraction(100 * tip * 100, total(lines))
    if tie(value, 1):
        return None
    return (
        f"I left a {cur}{tip} tip on top of this bill. What percentage tip was that? (one decimal)",
        [[f"{t}%" for t in number(value, 1)] + number(value, 1)],
        recipe,
    )


@family
def how_many_fit(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=150, high=1200)
    good, cents = rng.choice(lines)
    money_ = rng.choice([20, 25, 30, 40, 50])
    n = money_ * 100 // cents
    if n < 2 or money_ * 100 % cents == 0:
        return None
    return (
        f"With {cur}{money_}, how many of the {good.lower()} could I buy at the price on "
        "this receipt?",
        [[str(n)] + ([EN[n]] if n <= 10 else [])],
        recipe,
    )


@family
def above_average(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    avg = Fraction(total(lines), len(lines))
    value = Fraction(max(c for _, c in lines)) - avg
    if tie(value / 100):
        return None
    return (
        "How much more than the average item price was the most expensive item? Round to cents.",
        [money(value / 100)],
        recipe,
    )


@family
def tax_and_tip(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe", cur="$")
    tax, tip = rng.choice([6, 7, 8, 9]), rng.choice([15, 18, 20])
    value = Fraction(total(lines) * (100 + tax + tip), 10000)
    if half_cent(value):
        return None
    return (
        f"Add {tax}% tax and a {tip}% tip, both worked out on the receipt total. What's the "
        "final amount? Nearest cent.",
        [money(value)],
        recipe,
    )


@family
def cash_plus_card(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=600, high=2500)
    cash = rng.choice([5, 10, 20])
    coins = rng.choice([0, 50, 75])
    paid = cash * 100 + coins
    if total(lines) <= paid:
        return None
    shown = f"{cur}{paid / 100:.2f}"
    return (
        f"I paid {shown} in cash and the rest by card. How much was on the card?",
        [money(total(lines) - paid, True)],
        recipe,
    )


@family
def sign_spaces(rng: random.Random) -> Made:
    free = [rng.randint(0, 60) for _ in range(3)]
    words = ["SPACES FREE", *[f"LEVEL {i + 1}: {n}" for i, n in enumerate(free)]]
    t = sum(free)
    return (
        "how many parking spaces are free altogether in this car park?",
        [[str(t), f"{t} spaces"]],
        sign(rng, words),
    )


@family
def sign_combo_saving(rng: random.Random) -> Made:
    price, save = rng.randint(750, 1450), rng.choice([150, 175, 200, 225, 250, 300])
    return (
        "Going by this sign, what would the soup and the sandwich cost if I bought them "
        "separately?",
        [money(price + save, True)],
        sign(
            rng,
            [
                "TODAY'S SPECIAL",
                "SOUP + SANDWICH",
                f"${price / 100:.2f}",
                f"SAVE ${save / 100:.2f}",
            ],
        ),
    )


@family
def sign_campsite(rng: random.Random) -> Made:
    night, car = rng.randint(18, 40), rng.choice([4, 5, 6, 8])
    nights, cars = rng.randint(2, 6), rng.randint(2, 3)
    value = nights * (night + (cars - 1) * car)
    return (
        f"We're {EN[cars]} cars, staying {EN[nights]} nights on one pitch. What will the "
        "campsite charge us?",
        [money(value)],
        sign(
            rng,
            ["CAMPSITE", f"${night} PER NIGHT", "INCLUDES 1 CAR", f"EXTRA CAR ${car} PER NIGHT"],
        ),
    )


@family
def sign_last_entry(rng: random.Random) -> Made:
    hour, minute = rng.choice([4, 5, 6]), rng.choice([0, 15, 30, 45])
    arrive = (hour + 12) * 60 + minute - rng.randint(25, 140)
    ah, am = divmod(arrive, 60)
    left = (hour + 12) * 60 + minute - arrive
    return (
        f"we'll get there at {ah - 12}:{am:02d} pm. how many minutes before last entry is that?",
        [[f"{left} minutes", f"{left} min", f"{left}min"]],
        sign(rng, ["MUSEUM", f"LAST ENTRY {hour}:{minute:02d} PM"]),
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        per_100g,
        per_battery,
        meal_allowance,
        gift_card,
        gst_share,
        estimate_off,
        increase_pct,
        two_cheapest,
        ratio_split,
        pounds_to_euros,
        monthly_habit,
        what_for_price,
        tip_as_percent,
        how_many_fit,
        above_average,
        tax_and_tip,
        cash_plus_card,
        sign_spaces,
        sign_combo_saving,
        sign_campsite,
        sign_last_entry,
    )
]
