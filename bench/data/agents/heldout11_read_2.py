"""Round 11 (``Q_o_*``, dev now), part two: signs and order screenshots drawn via
:func:`image_recipe`, and a few more receipt questions (tips, tax, rounding, quantities)."""

from __future__ import annotations

import datetime
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout11_data import Tie, retry
from bench.data.agents.heldout11_read import money, receipt
from bench.data.agents.helpers import Family, Item, fresh, image_recipe, item


def sign(rng: random.Random, first: str | None = None) -> dict[str, Any]:
    """A sign recipe; with ``first``, only a sign whose first line is that word."""
    while True:
        recipe, _ = image_recipe(rng, "sign")
        if first is None or recipe["words"][0].startswith(first):
            return recipe


def screenshot(rng: random.Random) -> tuple[dict[str, Any], str, datetime.date]:
    """An order screenshot recipe, its order number and its date."""
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    return recipe, number, datetime.date.fromisoformat(recipe["rows"][1].split(": ")[1])


def dates(day: datetime.date) -> list[str]:
    """A date as ISO, day-month-year and month-day-year."""
    month = day.strftime("%B")
    return [day.isoformat(), f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
            f"{month} {day.day} {day.year}"]


def words(recipe: dict[str, Any]) -> list[list[str]]:
    return [[line] for line in recipe["words"]]


# --- signs ------------------------------------------------------------------------------

def q_o_sign_says(rng: random.Random) -> Item:  # plain question
    recipe = sign(rng)
    return item("Q_o_sign_says", "ocr", "What does this sign say?", words(recipe), image=recipe)


def q_o_sign_squint(rng: random.Random) -> Item:  # blurry photo, chatty
    recipe = sign(rng)
    return item("Q_o_sign_squint", "ocr", "can't make out the sign in this pic, my eyes aren't "
                "great. what's written on it?", words(recipe), image=recipe)


def q_o_sign_transcribe(rng: random.Random) -> Item:  # formal, exact transcription
    recipe = sign(rng)
    return item("Q_o_sign_transcribe", "ocr", "Transcribe the text on this sign exactly, "
                "please.", words(recipe), image=recipe)


def q_o_sign_terse(rng: random.Random) -> Item:  # terse
    recipe = sign(rng)
    return item("Q_o_sign_terse", "ocr", "sign text?", words(recipe), image=recipe)


def q_o_sign_door(rng: random.Random) -> Item:  # a sign on a door, for someone else
    recipe = sign(rng)
    return item("Q_o_sign_door", "ocr", "My friend sent me this photo of a sign on a door. "
                "Can you read it out for me?", words(recipe), image=recipe)


def q_o_sign_hours(rng: random.Random) -> Item:  # opening hours on a shop sign
    recipe = sign(rng, "OPEN")
    return item("Q_o_sign_hours", "ocr", "what are the opening hours on this sign?",
                [["9AM", "9 AM", "9am", "9 am", "9:00"], ["5PM", "5 PM", "5pm", "5 pm", "17:00"]],
                image=recipe)


def q_o_sign_platform(rng: random.Random) -> Item:  # a station sign
    recipe = sign(rng, "PLATFORM")
    return item("Q_o_sign_platform", "ocr", "At the station, which platform is this sign for?",
                [["4", "four"]], image=recipe)


def q_o_sign_floor(rng: random.Random) -> Item:  # a floor sign in a building
    recipe = sign(rng, "LIBRARY")
    return item("Q_o_sign_floor", "ocr", "Going by this sign, which floor do I need?",
                [["2", "two", "second"]], image=recipe)


# --- order screenshots ------------------------------------------------------------------

def q_o_order_no(rng: random.Random) -> Item:  # the order number
    recipe, number, _ = screenshot(rng)
    return item("Q_o_order_no", "ocr", "what's my order number in this screenshot?", [[number]],
                image=recipe)


def q_o_order_ref(rng: random.Random) -> Item:  # formal, for customer support
    recipe, number, _ = screenshot(rng)
    return item("Q_o_order_ref", "ocr", "Support is asking for my order reference. Could you "
                "read it off this screenshot?", [[number]], image=recipe)


def q_o_order_date(rng: random.Random) -> Item:  # when the order was placed
    recipe, _, day = screenshot(rng)
    return item("Q_o_order_date", "ocr", "When did I place this order?", [dates(day)],
                image=recipe)


def q_o_order_date_terse(rng: random.Random) -> Item:  # terse
    recipe, _, day = screenshot(rng)
    return item("Q_o_order_date_terse", "ocr", "order date?", [dates(day)], image=recipe)


def q_o_order_status(rng: random.Random) -> Item:  # the status line
    recipe, _, _ = screenshot(rng)
    return item("Q_o_order_status", "ocr", "What's the status of this order?", [["shipped"]],
                image=recipe)


def q_o_order_month(rng: random.Random) -> Item:  # the month of the order
    recipe, _, day = screenshot(rng)
    return item("Q_o_order_month", "ocr", "which month did i order this in",
                [[day.strftime("%B"), *dates(day)]], image=recipe)


def q_o_order_weekday(rng: random.Random) -> Item:  # the day of the week of the order
    recipe, _, day = screenshot(rng)
    return item("Q_o_order_weekday", "ocr", "What day of the week was this order placed on?",
                [[day.strftime("%A")]], image=recipe)


def q_o_return_by(rng: random.Random) -> Item:  # a 30-day return window from the order date
    recipe, _, day = screenshot(rng)
    return item("Q_o_return_by", "ocr", "I can return things within 30 days of the order date. "
                "What's the last day I can send this back?",
                [dates(day + datetime.timedelta(days=30))], image=recipe)


def q_o_number_and_date(rng: random.Random) -> Item:  # number and date, two parts
    recipe, number, day = screenshot(rng)
    return item("Q_o_number_and_date", "ocr", "Give me the order number and the date from this.",
                [[number], dates(day)], image=recipe)


def q_o_order_all(rng: random.Random) -> Item:  # number, date and status, three parts
    recipe, number, day = screenshot(rng)
    return item("Q_o_order_all", "ocr", "pls pull out everything useful from this screenshot: "
                "order no, date, status", [[number], dates(day), ["shipped"]], image=recipe)


def q_o_screen_title(rng: random.Random) -> Item:  # the heading of the screen
    recipe, _, _ = screenshot(rng)
    return item("Q_o_screen_title", "ocr", "What's the heading at the top of this screen?",
                [[recipe["title"]]], image=recipe)


# --- more about receipts ----------------------------------------------------------------

def q_o_tip_only(rng: random.Random) -> Item:  # the 20% tip alone
    recipe, _, total = receipt(rng)
    return item("Q_o_tip_only", "ocr", "how much should I tip on this if I go with 20%?",
                [money(total / 5)], image=recipe)


def q_o_half(rng: random.Random) -> Item:  # half of the bill, terse
    recipe, _, total = receipt(rng)
    return item("Q_o_half", "ocr", "half of this?", [money(total / 2)], image=recipe)


def q_o_nearest_dollar(rng: random.Random) -> Item:  # the total rounded to whole dollars
    recipe, _, total = receipt(rng)
    if (total * 2).denominator == 1 and total.denominator != 1:
        raise Tie
    return item("Q_o_nearest_dollar", "ocr", "Roughly what did I spend here, to the nearest "
                "dollar?", [[str(round(total))]], image=recipe)


def q_o_pre_tax(rng: random.Random) -> Item:  # the amount before an 8% sales tax
    recipe, _, total = receipt(rng)
    return item("Q_o_pre_tax", "ocr", "This total includes 8% sales tax. What was it before "
                "tax?", [money(total / Fraction(108, 100))], image=recipe)


def q_o_times_three(rng: random.Random) -> Item:  # one line bought three times
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("Q_o_times_three", "ocr", f"if I'd bought three of the {name.lower()} instead "
                "of one, what would that line have cost?", [money(price * 3)], image=recipe)


def q_o_dearest_both(rng: random.Random) -> Item:  # name and price of the dearest line
    recipe, lines, _ = receipt(rng)
    name, price = max(lines, key=lambda line: line[1])
    return item("Q_o_dearest_both", "ocr", "What was the priciest thing on this receipt and "
                "how much was it?", [[name], money(price)], image=recipe)


def q_o_price_spread(rng: random.Random) -> Item:  # dearest minus cheapest line
    recipe, lines, _ = receipt(rng)
    prices = [price for _, price in lines]
    return item("Q_o_price_spread", "ocr", "What's the difference between the most and least "
                "expensive items here?", [money(max(prices) - min(prices))], image=recipe)


def q_o_items_and_total(rng: random.Random) -> Item:  # every name plus the total
    recipe, lines, total = receipt(rng)
    return item("Q_o_items_and_total", "ocr", "List what's on this receipt and the total "
                "at the bottom.", [[name] for name, _ in lines] + [money(total)], image=recipe)


def q_o_sign_meaning(rng: random.Random) -> Item:  # a walker asking what a sign tells them
    recipe = sign(rng)
    return item("Q_o_sign_meaning", "ocr", "passed this on my walk, what's the sign telling "
                "me?", words(recipe), image=recipe)


def q_o_arrives(rng: random.Random) -> Item:  # delivery seven days after the order date
    recipe, _, day = screenshot(rng)
    return item("Q_o_arrives", "ocr", "Delivery takes a week from the order date. When "
                "should this turn up?", [dates(day + datetime.timedelta(days=7))], image=recipe)


def q_o_add_tax(rng: random.Random) -> Item:  # 7% tax added on top of the total
    recipe, _, total = receipt(rng)
    return item("Q_o_add_tax", "ocr", "Tax wasn't included on this one. What's the total with "
                "7% added?", [money(total * Fraction(107, 100))], image=recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    q_o_sign_says, q_o_sign_squint, q_o_sign_transcribe, q_o_sign_terse, q_o_sign_door,
    q_o_sign_hours, q_o_sign_platform, q_o_sign_floor, q_o_order_no, q_o_order_ref,
    q_o_order_date, q_o_order_date_terse, q_o_order_status, q_o_order_month,
    q_o_order_weekday, q_o_return_by, q_o_number_and_date, q_o_order_all, q_o_screen_title,
    q_o_tip_only, q_o_half, q_o_nearest_dollar, q_o_pre_tax, q_o_times_three,
    q_o_dearest_both, q_o_price_spread, q_o_items_and_total, q_o_sign_meaning, q_o_arrives,
    q_o_add_tax)]
