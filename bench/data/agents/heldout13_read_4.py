"""Round 13 (``K_o_*``, dev now), part four: screenshots of an order page drawn via
:func:`image_recipe` — the order number, its date and status, and date arithmetic on them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.data.agents.heldout13_data import Made, register
from bench.data.agents.heldout13_read import img
from bench.data.agents.helpers import Family, image_recipe

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def shot(rng: random.Random) -> tuple[dict[str, Any], str, date]:
    """A screenshot recipe, its order number and its order date."""
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    return recipe, number, date.fromisoformat(recipe["rows"][1].split(": ")[1])


def day_forms(d: date) -> list[str]:
    m = MONTHS[d.month - 1]
    return [d.isoformat(), f"{d.day} {m}", f"{m} {d.day}", f"{d.day} {m[:3]}",
            f"{m[:3]} {d.day}", f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}"]


def count(n: int) -> list[str]:
    return [str(n)]


REG: list[Family] = []
fam = register(REG, "ocr")


@fam
def k_o_shot_number(rng: random.Random) -> Made:  # order number, plain
    recipe, number, _ = shot(rng)
    return "What's my order number?", [[number]], img(recipe)


@fam
def k_o_shot_support(rng: random.Random) -> Made:  # for a support chat
    recipe, number, _ = shot(rng)
    return ("support is asking for the order ID, can you pull it off this screenshot",
            [[number]], img(recipe))


@fam
def k_o_shot_date(rng: random.Random) -> Made:  # when it was ordered
    recipe, _, d = shot(rng)
    return "When did I place this order?", [day_forms(d)], img(recipe)


@fam
def k_o_shot_status(rng: random.Random) -> Made:  # status, formal
    recipe, _, _ = shot(rng)
    return ("What is the current status of the order in this screenshot?", [["shipped"]],
            img(recipe))


@fam
def k_o_shot_dispatched(rng: random.Random) -> Made:  # has it gone out
    recipe, _, _ = shot(rng)
    return "has this gone out yet or is it still being packed?", [["shipped"]], img(recipe)


@fam
def k_o_shot_weekday(rng: random.Random) -> Made:  # day of the week of the order
    recipe, _, d = shot(rng)
    return ("What day of the week did I order this on?", [[d.strftime("%A")]], img(recipe))


@fam
def k_o_shot_month(rng: random.Random) -> Made:  # month of the order
    recipe, _, d = shot(rng)
    return "which month was this ordered in?", [[MONTHS[d.month - 1]]], img(recipe)


@fam
def k_o_shot_days_until(rng: random.Random) -> Made:  # days from the order to a date
    recipe, _, d = shot(rng)
    target = date(2026, 10, 1)
    return ("How many days are there between the order date and the 1st of October 2026?",
            [count((target - d).days)], img(recipe))


@fam
def k_o_shot_arrival(rng: random.Random) -> Made:  # order date plus a week
    recipe, _, d = shot(rng)
    return ("Delivery takes 7 days from the order date. When should it arrive?",
            [day_forms(d + timedelta(days=7))], img(recipe))


@fam
def k_o_shot_returns(rng: random.Random) -> Made:  # thirty-day return window
    recipe, _, d = shot(rng)
    return ("I have 30 days from the order date to send it back. What's the last day I can "
            "return it?", [day_forms(d + timedelta(days=30))], img(recipe))


@fam
def k_o_shot_number_date(rng: random.Random) -> Made:  # two parts: number and date
    recipe, number, d = shot(rng)
    return ("Give me the order number and the order date from this.",
            [[number], day_forms(d)], img(recipe))


@fam
def k_o_shot_title(rng: random.Random) -> Made:  # the page heading
    recipe, _, _ = shot(rng)
    return "What's the heading at the top of this screen?", [["My orders"]], img(recipe)


@fam
def k_o_shot_quarter(rng: random.Random) -> Made:  # quarter of the year
    recipe, _, d = shot(rng)
    q = (d.month - 1) // 3 + 1
    names = ["first", "second", "third"]
    return ("Which quarter of the year was this order in? (for my tax return)",
            [[f"Q{q}", f"{names[q - 1]} quarter", f"quarter {q}"]], img(recipe))


@fam
def k_o_shot_since_new_year(rng: random.Random) -> Made:  # days after 1 January
    recipe, _, d = shot(rng)
    return ("how many days after new year's day 2026 did i order this?",
            [count((d - date(2026, 1, 1)).days)], img(recipe))


@fam
def k_o_shot_number_status(rng: random.Random) -> Made:  # number and status
    recipe, number, _ = shot(rng)
    return ("What's the order number and where is it up to?", [[number], ["shipped"]],
            img(recipe))


@fam
def k_o_shot_uk_format(rng: random.Random) -> Made:  # the date as DD/MM/YYYY
    recipe, _, d = shot(rng)
    return ("Write the order date as DD/MM/YYYY for the claim form.",
            [[f"{d.day:02d}/{d.month:02d}/{d.year}"]], img(recipe))


@fam
def k_o_shot_us_format(rng: random.Random) -> Made:  # the date as MM/DD/YYYY
    recipe, _, d = shot(rng)
    return ("the form wants the purchase date in US format (month/day/year). what do I put?",
            [[f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}"]],
            img(recipe))


@fam
def k_o_shot_in_words(rng: random.Random) -> Made:  # date written in words
    recipe, _, d = shot(rng)
    m = MONTHS[d.month - 1]
    th = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return ("Spell out the order date in words, like you would in a letter.",
            [[f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}", f"{m} {d.day} {d.year}",
              f"{d.day}{th} {m}", f"{m} {d.day}{th}"]], img(recipe))


@fam
def k_o_shot_christmas(rng: random.Random) -> Made:  # days from the order to Christmas
    recipe, _, d = shot(rng)
    return ("How many days before Christmas Day 2026 was this ordered?",
            [count((date(2026, 12, 25) - d).days)], img(recipe))


@fam
def k_o_shot_two_weeks(rng: random.Random) -> Made:  # two weeks on
    recipe, _, d = shot(rng)
    return ("what's the date two weeks after this order was placed?",
            [day_forms(d + timedelta(days=14))], img(recipe))


@fam
def k_o_shot_birthday(rng: random.Random) -> Made:  # days until a birthday
    recipe, _, d = shot(rng)
    return ("It's a present for a birthday on the 30th of September 2026. How many days before "
            "the birthday did I order it?", [count((date(2026, 9, 30) - d).days)], img(recipe))


@fam
def k_o_shot_all(rng: random.Random) -> Made:  # everything the screen shows
    recipe, number, d = shot(rng)
    return ("What info is in this screenshot? Give me all the details.",
            [[number], day_forms(d), ["shipped"]], img(recipe))


@fam
def k_o_shot_date_weekday(rng: random.Random) -> Made:  # date plus weekday
    recipe, _, d = shot(rng)
    return ("when was this ordered — the date, and which day of the week was that?",
            [day_forms(d), [d.strftime("%A")]], img(recipe))


@fam
def k_o_shot_weekend(rng: random.Random) -> Made:  # weekday name, chatty
    recipe, _, d = shot(rng)
    return ("pretty sure I ordered this on a weekend but can't remember. which day was it?",
            [[d.strftime("%A")]], img(recipe))


@fam
def k_o_shot_copy_id(rng: random.Random) -> Made:  # copy the number only
    recipe, number, _ = shot(rng)
    return ("Just copy the order # off this, digits only.", [[number]], img(recipe))


@fam
def k_o_shot_weeks_ago(rng: random.Random) -> Made:  # whole weeks to a date
    recipe, _, d = shot(rng)
    days = (date(2026, 11, 1) - d).days
    return ("How many full weeks passed between the order date and 1 November 2026?",
            [count(days // 7)], img(recipe))


@fam
def k_o_shot_late(rng: random.Random) -> Made:  # expected in ten days
    recipe, _, d = shot(rng)
    return ("They said to expect it within 10 days of ordering. What's the latest date it "
            "should turn up?", [day_forms(d + timedelta(days=10))], img(recipe))


@fam
def k_o_shot_year_day(rng: random.Random) -> Made:  # day of the year
    recipe, _, d = shot(rng)
    return ("Which day of the year (1–365) is the order date?",
            [count(d.timetuple().tm_yday)], img(recipe))


@fam
def k_o_shot_month_year(rng: random.Random) -> Made:  # month and year together
    recipe, _, d = shot(rng)
    m = MONTHS[d.month - 1]
    return ("Month and year of this order?", [[f"{m} {d.year}", f"{m[:3]} {d.year}"]],
            img(recipe))


@fam
def k_o_shot_halloween(rng: random.Random) -> Made:  # days until a costume is needed
    recipe, _, d = shot(rng)
    return ("I ordered a costume for Halloween (31 October 2026). How many days ahead of "
            "Halloween did I order it?", [count((date(2026, 10, 31) - d).days)], img(recipe))


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
