"""Round 9 (``Y_*``, dev now) for ``muse bench agents``: questions about images — till
receipts, signs and order screenshots drawn via :func:`image_recipe`, answered from their
text."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.helpers import Family, Item, both, fresh, image_recipe, item

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five"]


def receipt(rng: random.Random) -> tuple[dict[str, Any], list[tuple[str, float]], list[str]]:
    """A receipt recipe whose prices are all different (so "the dearest" is one line)."""
    recipe, total = image_recipe(rng, "receipt")
    prices = [price for _, price in recipe["items"]]
    if len(set(prices)) < len(prices):
        return receipt(rng)
    return recipe, list(recipe["items"]), total


def dated(day: str) -> list[str]:
    """An ISO date and the ways a reply may spell it out."""
    year, month, dom = day.split("-")
    name, d = MONTH_NAMES[int(month) - 1], int(dom)
    return [day, f"{d} {name} {year}", f"{name} {d}, {year}", f"{name} {d} {year}"]


def order_no(recipe: dict[str, Any]) -> str:
    return str(recipe["rows"][0].split("#")[1])


# --- receipt totals ---------------------------------------------------------------------

def y_o_total_terse(rng: random.Random) -> Item:  # one-word question
    recipe, _, total = receipt(rng)
    return item("Y_o_total_terse", "ocr", "total?", [total], image=recipe)


def y_o_spent_here(rng: random.Random) -> Item:  # chatty, how much was spent
    recipe, _, total = receipt(rng)
    return item("Y_o_spent_here", "ocr", "just found this in my coat pocket 😅 how much did i "
                "spend there?", [total], image=recipe)


def y_o_expense_report(rng: random.Random) -> Item:  # for an expense claim
    recipe, _, total = receipt(rng)
    return item("Y_o_expense_report", "ocr", "I need the amount from this receipt for my expense "
                "report. What does it come to?", [total], image=recipe)


def y_o_add_up(rng: random.Random) -> Item:  # "add it up"
    recipe, _, total = receipt(rng)
    return item("Y_o_add_up", "ocr", "can you add up this receipt for me", [total], image=recipe)


def y_o_grand_total(rng: random.Random) -> Item:  # asks for the printed total
    recipe, _, total = receipt(rng)
    return item("Y_o_grand_total", "ocr", "What's the grand total printed at the bottom?",
                [total], image=recipe)


def y_o_bill_owed(rng: random.Random) -> Item:  # a flatmate asking what they owe back
    recipe, _, total = receipt(rng)
    return item("Y_o_bill_owed", "ocr", "my flatmate did the shopping and sent me this. what's "
                "the full amount on it?", [total], image=recipe)


# --- receipt lines ----------------------------------------------------------------------

def y_o_item_price(rng: random.Random) -> Item:  # one line's price
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("Y_o_item_price", "ocr", f"How much was the {name.lower()} on this receipt?",
                [both(price)], image=recipe)


def y_o_what_cost(rng: random.Random) -> Item:  # terse price of one thing
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("Y_o_what_cost", "ocr", f"what did the {name.lower()} cost", [both(price)],
                image=recipe)


def y_o_two_prices(rng: random.Random) -> Item:  # two lines' prices, one part each
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return item("Y_o_two_prices", "ocr", f"Can you tell me what I paid for the {a.lower()} and "
                f"for the {b.lower()}?", [both(pa), both(pb)], image=recipe)


def y_o_dearest(rng: random.Random) -> Item:  # which line costs most
    recipe, lines, _ = receipt(rng)
    name = max(lines, key=lambda line: line[1])[0]
    return item("Y_o_dearest", "ocr", "Which item on this receipt was the most expensive?",
                [[name]], image=recipe)


def y_o_cheapest(rng: random.Random) -> Item:  # which line costs least
    recipe, lines, _ = receipt(rng)
    name = min(lines, key=lambda line: line[1])[0]
    return item("Y_o_cheapest", "ocr", "what was the cheapest thing i bought here?", [[name]],
                image=recipe)


def y_o_top_price(rng: random.Random) -> Item:  # the highest line price
    recipe, lines, _ = receipt(rng)
    price = max(price for _, price in lines)
    return item("Y_o_top_price", "ocr", "How much was the priciest thing on the receipt?",
                [both(price)], image=recipe)


def y_o_line_count(rng: random.Random) -> Item:  # how many items were bought
    recipe, lines, _ = receipt(rng)
    n = len(lines)
    return item("Y_o_line_count", "ocr", "How many different items are on this receipt?",
                [[str(n), NUMBER_WORDS[n]]], image=recipe)


# --- receipt shop -----------------------------------------------------------------------

def y_o_which_shop(rng: random.Random) -> Item:  # the shop's name
    recipe, _, _ = receipt(rng)
    return item("Y_o_which_shop", "ocr", "Which shop is this receipt from?", [[recipe["shop"]]],
                image=recipe)


def y_o_where_bought(rng: random.Random) -> Item:  # casual, where was it bought
    recipe, _, _ = receipt(rng)
    return item("Y_o_where_bought", "ocr", "where did i buy this stuff? can't remember",
                [[recipe["shop"]]], image=recipe)


def y_o_shop_and_total(rng: random.Random) -> Item:  # two facts from one receipt
    recipe, _, total = receipt(rng)
    return item("Y_o_shop_and_total", "ocr", "Whats the name of the store on this and how much "
                "was the total?", [[recipe["shop"]], total], image=recipe)


def y_o_list_items(rng: random.Random) -> Item:  # every line item, one part each
    recipe, lines, _ = receipt(rng)
    return item("Y_o_list_items", "ocr", "what did I actually buy? list the items on the receipt",
                [[name] for name, _ in lines], image=recipe)


# --- signs ------------------------------------------------------------------------------

def sign(rng: random.Random, family: str, text: str) -> Item:
    recipe, words = image_recipe(rng, "sign")
    return item(family, "ocr", text, [[w] for w in words], image=recipe)


def y_o_sign_terse(rng: random.Random) -> Item:  # two words
    return sign(rng, "Y_o_sign_terse", "what's it say")


def y_o_sign_eyes(rng: random.Random) -> Item:  # poor eyesight
    return sign(rng, "Y_o_sign_eyes", "My eyes aren't great - could you read this sign to me?")


def y_o_sign_station(rng: random.Random) -> Item:  # travelling, a photo of a sign
    return sign(rng, "Y_o_sign_station", "Took a photo of this sign in the building, what is "
                "written on it?")


def y_o_sign_transcribe(rng: random.Random) -> Item:  # formal, transcription
    return sign(rng, "Y_o_sign_transcribe", "Please transcribe the text in this image.")


def y_o_sign_blurry(rng: random.Random) -> Item:  # a blurry photo
    return sign(rng, "Y_o_sign_blurry", "sorry it's a bit blurry but can you make out the "
                "words on this?")


def y_o_sign_meaning(rng: random.Random) -> Item:  # what the sign is telling you
    return sign(rng, "Y_o_sign_meaning", "what's this notice telling me? read me the text")


# --- order screenshots ------------------------------------------------------------------

def shot(rng: random.Random) -> tuple[dict[str, Any], str]:
    recipe, (day,) = image_recipe(rng, "screenshot")
    return recipe, day


def y_o_order_date(rng: random.Random) -> Item:  # the date shown
    recipe, day = shot(rng)
    return item("Y_o_order_date", "ocr", "When was this order placed, according to the "
                "screenshot?", [dated(day)], image=recipe)


def y_o_date_terse(rng: random.Random) -> Item:  # terse date question
    recipe, day = shot(rng)
    return item("Y_o_date_terse", "ocr", "what date is on this", [dated(day)], image=recipe)


def y_o_order_number(rng: random.Random) -> Item:  # the order number
    recipe, _ = shot(rng)
    return item("Y_o_order_number", "ocr", "What's the order number in this screenshot? Support "
                "is asking for it", [[order_no(recipe)]], image=recipe)


def y_o_order_ref(rng: random.Random) -> Item:  # casual, the order reference
    recipe, _ = shot(rng)
    return item("Y_o_order_ref", "ocr", "pull the order # out of this screenshot pls",
                [[order_no(recipe)]], image=recipe)


def y_o_order_status(rng: random.Random) -> Item:  # the status line
    recipe, _ = shot(rng)
    return item("Y_o_order_status", "ocr", "Has my parcel gone out yet? What status does the app "
                "show?", [["shipped"]], image=recipe)


def y_o_page_title(rng: random.Random) -> Item:  # the title at the top
    recipe, _ = shot(rng)
    return item("Y_o_page_title", "ocr", "What's the heading at the top of this screen?",
                [[recipe["title"]]], image=recipe)


def y_o_number_and_date(rng: random.Random) -> Item:  # two facts from one screenshot
    recipe, day = shot(rng)
    return item("Y_o_number_and_date", "ocr", "from this screenshot: what's the order number and "
                "what date was it?", [[order_no(recipe)], dated(day)], image=recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(make), 6) for make in (
    y_o_total_terse, y_o_spent_here, y_o_expense_report, y_o_add_up, y_o_grand_total,
    y_o_bill_owed, y_o_item_price, y_o_what_cost, y_o_two_prices, y_o_dearest, y_o_cheapest,
    y_o_top_price, y_o_line_count, y_o_which_shop, y_o_where_bought, y_o_shop_and_total,
    y_o_sign_terse, y_o_sign_eyes, y_o_sign_station, y_o_sign_transcribe, y_o_sign_blurry,
    y_o_sign_meaning, y_o_order_date, y_o_date_terse, y_o_order_number, y_o_order_ref,
    y_o_order_status, y_o_page_title, y_o_number_and_date, y_o_list_items)]
