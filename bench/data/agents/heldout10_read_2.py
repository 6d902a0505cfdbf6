"""Round 10 (``Z_o_*``, dev now), part two: photographed signs and order screenshots drawn via
:func:`image_recipe`, read back or asked about."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, image_recipe, item

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]


def sign(rng: random.Random, family: str, text: str) -> Item:
    recipe, words = image_recipe(rng, "sign")
    return item(family, "ocr", text, [[w] for w in words], image=recipe)


def nth(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def spelled(day: str) -> list[str]:
    """An ISO date with the ways a reply may write it out."""
    year, month, dom = day.split("-")
    name, d = MONTHS[int(month) - 1], int(dom)
    return [day, f"{d} {name} {year}", f"{name} {d}, {year}", f"{name} {d} {year}",
            f"{nth(d)} {name} {year}", f"{nth(d)} of {name} {year}", f"{name} {nth(d)}, {year}"]


def shot(rng: random.Random) -> tuple[dict[str, Any], str, str]:
    recipe, (day,) = image_recipe(rng, "screenshot")
    return recipe, day, str(recipe["rows"][0].split("#")[1])


# --- signs ------------------------------------------------------------------------------

def z_o_sign_that(rng: random.Random) -> Item:  # very short
    return sign(rng, "Z_o_sign_that", "what does that say")


def z_o_sign_glasses(rng: random.Random) -> Item:  # forgot glasses
    return sign(rng, "Z_o_sign_glasses", "left my glasses at home and can't make this sign out. "
                "what does it read?")


def z_o_sign_verbatim(rng: random.Random) -> Item:  # exact wording wanted
    return sign(rng, "Z_o_sign_verbatim", "Could you give me the words on this sign exactly as "
                "they're written?")


def z_o_sign_at_work(rng: random.Random) -> Item:  # a photo from a building at work
    return sign(rng, "Z_o_sign_at_work", "someone stuck this up at work this morning, what's it "
                "say?")


def z_o_sign_text_please(rng: random.Random) -> Item:  # request for the text alone
    return sign(rng, "Z_o_sign_text_please", "Text from this image please.")


def z_o_sign_for_son(rng: random.Random) -> Item:  # reading for someone else
    return sign(rng, "Z_o_sign_for_son", "My son is asking what this sign says and I can't "
                "zoom in on my phone, can you tell us?")


def z_o_sign_far_away(rng: random.Random) -> Item:  # photographed from a distance
    return sign(rng, "Z_o_sign_far_away", "took this from across the road. can you read what's "
                "on the board?")


# --- order screenshots ------------------------------------------------------------------

def z_o_shot_when(rng: random.Random) -> Item:  # the order date, casual
    recipe, day, _ = shot(rng)
    return item("Z_o_shot_when", "ocr", "when did i order this again?", [spelled(day)],
                image=recipe)


def z_o_shot_date_formal(rng: random.Random) -> Item:  # the order date, formal
    recipe, day, _ = shot(rng)
    return item("Z_o_shot_date_formal", "ocr", "Could you read the order date off this "
                "screenshot for me?", [spelled(day)], image=recipe)


def z_o_shot_month(rng: random.Random) -> Item:  # only the month
    recipe, day, _ = shot(rng)
    return item("Z_o_shot_month", "ocr", "which month was this order from?",
                [[MONTHS[int(day.split("-")[1]) - 1]]], image=recipe)


def z_o_shot_number(rng: random.Random) -> Item:  # terse
    recipe, _, number = shot(rng)
    return item("Z_o_shot_number", "ocr", "order no.?", [[number]], image=recipe)


def z_o_shot_courier(rng: random.Random) -> Item:  # a courier asks for the reference
    recipe, _, number = shot(rng)
    return item("Z_o_shot_courier", "ocr", "The courier wants my order reference. Can you find "
                "it on this screenshot?", [[number]], image=recipe)


def z_o_shot_status(rng: random.Random) -> Item:  # the status line
    recipe, _, _ = shot(rng)
    return item("Z_o_shot_status", "ocr", "what status is this order showing?", [["shipped"]],
                image=recipe)


def z_o_shot_screen_name(rng: random.Random) -> Item:  # the page heading
    recipe, _, _ = shot(rng)
    return item("Z_o_shot_screen_name", "ocr", "What's the title of this page in the app?",
                [[recipe["title"]]], image=recipe)


def z_o_shot_number_status(rng: random.Random) -> Item:  # two facts, one part each
    recipe, _, number = shot(rng)
    return item("Z_o_shot_number_status", "ocr", "Can you tell me the order number in this "
                "screenshot and where it's at (status)?", [[number], ["shipped"]], image=recipe)


def z_o_shot_all(rng: random.Random) -> Item:  # number, date and status
    recipe, day, number = shot(rng)
    return item("Z_o_shot_all", "ocr", "pls pull the order details out of this for my records: "
                "number, date, status", [[number], spelled(day), ["shipped"]], image=recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(make), 8) for make in (
    z_o_sign_that, z_o_sign_glasses, z_o_sign_verbatim, z_o_sign_at_work, z_o_sign_text_please,
    z_o_sign_for_son, z_o_sign_far_away, z_o_shot_when, z_o_shot_date_formal, z_o_shot_month,
    z_o_shot_number, z_o_shot_courier, z_o_shot_status, z_o_shot_screen_name,
    z_o_shot_number_status, z_o_shot_all)]
