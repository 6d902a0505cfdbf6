"""Round 8 (``X_*``, dev now) for ``muse bench agents``, image questions: receipts, signs and
order screenshots (drawn from :func:`bench.data.agents.helpers.image_recipe`), answered from
the text read off the image."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from bench.data.agents.heldout8_forms import num, receipt
from bench.data.agents.helpers import Family, Item, fresh, image_recipe, item

COUNTS = {2: "two", 3: "three", 4: "four"}
HOURS = ["9AM TO 5PM", "9am to 5pm", "9 am to 5 pm", "9am-5pm", "9 AM - 5 PM", "9am - 5pm",
         "9:00 to 17:00"]


def sign(rng: random.Random, words: list[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    """A sign, redrawn until it carries `words` when they are given."""
    while True:
        recipe, drawn = image_recipe(rng, "sign")
        if words is None or drawn == words:
            return recipe, drawn


def order(rng: random.Random) -> tuple[dict[str, Any], str, str]:
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    day = recipe["rows"][1].split(": ")[1]
    return recipe, number, day


def dates(day: str) -> list[str]:
    when = date.fromisoformat(day)
    month = when.strftime("%B")
    return [day, f"{when.day} {month} {when.year}", f"{month} {when.day}, {when.year}",
            f"{month} {when.day} {when.year}"]


def x_came_to(rng: random.Random) -> Item:  # the total, asked casually
    recipe, total, _ = receipt(rng)
    return item("X_came_to", "ocr", "how much did this come to?", [num(total)], image=recipe)


def x_total_terse(rng: random.Random) -> Item:  # the total, asked in two words
    recipe, total, _ = receipt(rng)
    return item("X_total_terse", "ocr", rng.choice(["total pls", "Total??", "total amount?"]),
                [num(total)], image=recipe)


def x_which_shop(rng: random.Random) -> Item:  # the shop's name from the header
    recipe, _, _ = receipt(rng)
    return item("X_which_shop", "ocr", "which shop is this receipt from?",
                [[recipe["shop"].upper(), recipe["shop"]]], image=recipe)


def x_item_price(rng: random.Random) -> Item:  # one line's price
    recipe, _, goods = receipt(rng)
    name, price = rng.choice(goods)
    return item("X_item_price", "ocr", f"how much was the {name.lower()} on this receipt?",
                [num(price)], image=recipe)


def x_item_count(rng: random.Random) -> Item:  # how many lines were bought
    recipe, _, goods = receipt(rng)
    n = len(goods)
    return item("X_item_count", "ocr", "how many different things did I buy here?",
                [[f"{n} items", f"{COUNTS[n]} items", f"{n} things", f"{COUNTS[n]} things"]],
                image=recipe)


def x_priciest(rng: random.Random) -> Item:  # the most expensive line
    recipe, _, goods = receipt(rng)
    prices = [p for _, p in goods]
    if prices.count(max(prices)) > 1:
        return x_priciest(rng)
    name = goods[prices.index(max(prices))][0]
    return item("X_priciest", "ocr", "what was the most expensive thing I bought?",
                [[name, name.upper()]], image=recipe)


def x_cheapest(rng: random.Random) -> Item:  # the cheapest line
    recipe, _, goods = receipt(rng)
    prices = [p for _, p in goods]
    if prices.count(min(prices)) > 1:
        return x_cheapest(rng)
    name = goods[prices.index(min(prices))][0]
    return item("X_cheapest", "ocr", "which item on here was cheapest?", [[name, name.upper()]],
                image=recipe)


def x_what_bought(rng: random.Random) -> Item:  # every line's name
    recipe, _, goods = receipt(rng)
    return item("X_what_bought", "ocr", "what did I buy? just list the items",
                [[name, name.upper()] for name, _ in goods], image=recipe)


def x_shop_and_total(rng: random.Random) -> Item:  # the shop and the total together
    recipe, total, _ = receipt(rng)
    return item("X_shop_and_total", "ocr", "where was this and how much did I pay?",
                [[recipe["shop"].upper(), recipe["shop"]], num(total)], image=recipe)


def x_sign_words(rng: random.Random) -> Item:  # any sign, read out
    recipe, words = sign(rng)
    return item("X_sign_words", "ocr", "what's written on this sign?", [[w] for w in words],
                image=recipe)


def x_sign_photo(rng: random.Random) -> Item:  # any sign, asked with a little story
    recipe, words = sign(rng)
    return item("X_sign_photo", "ocr", "took this photo on my way in, my eyes aren't great - "
                "can you tell me what it says?", [[w] for w in words], image=recipe)


def x_platform(rng: random.Random) -> Item:  # the platform number on a station sign
    recipe, _ = sign(rng, ["PLATFORM 4"])
    return item("X_platform", "ocr", "which platform does this sign say?",
                [["PLATFORM 4", "platform 4"]], image=recipe)


def x_library_floor(rng: random.Random) -> Item:  # the floor on a library sign
    recipe, _ = sign(rng, ["LIBRARY", "FLOOR 2"])
    return item("X_library_floor", "ocr", "what floor is the library on according to this?",
                [["FLOOR 2", "floor 2", "2nd floor", "second floor"]], image=recipe)


def x_opening_hours(rng: random.Random) -> Item:  # the hours on an opening sign
    recipe, _ = sign(rng, ["OPEN", "9AM TO 5PM"])
    return item("X_opening_hours", "ocr", "what are the hours on this door sign?", [HOURS],
                image=recipe)


def x_order_number(rng: random.Random) -> Item:  # the order number in a screenshot
    recipe, number, _ = order(rng)
    return item("X_order_number", "ocr", "what's my order number in this screenshot?",
                [[number, f"#{number}"]], image=recipe)


def x_order_date(rng: random.Random) -> Item:  # the order's date
    recipe, _, day = order(rng)
    return item("X_order_date", "ocr", "when did I place this order?", [dates(day)],
                image=recipe)


def x_order_status(rng: random.Random) -> Item:  # the order's status
    recipe, _, _ = order(rng)
    return item("X_order_status", "ocr", "what's the status of this order?", [["shipped"]],
                image=recipe)


def x_order_all(rng: random.Random) -> Item:  # everything on the screenshot
    recipe, number, day = order(rng)
    return item("X_order_all", "ocr", "read me this screenshot - I need the order number, the "
                "date and the status", [[number, f"#{number}"], dates(day), ["shipped"]],
                image=recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(make), count) for make, count in (
    (x_came_to, 6), (x_total_terse, 6), (x_which_shop, 6), (x_item_price, 6),
    (x_item_count, 6), (x_priciest, 6), (x_cheapest, 6), (x_what_bought, 6),
    (x_shop_and_total, 6), (x_sign_words, 6), (x_sign_photo, 6), (x_platform, 5),
    (x_library_floor, 5), (x_opening_hours, 5), (x_order_number, 6), (x_order_date, 6),
    (x_order_status, 5), (x_order_all, 6))]
