"""Round 13 (``K_o_*``, dev now), part three: photographed signs drawn via
:func:`image_recipe` — reading them out, and practical questions each sign answers."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout13_data import Made, register
from bench.data.agents.heldout13_read import WORDS, img
from bench.data.agents.helpers import Family, image_recipe

OPENS = ["9AM", "9 AM", "9 a.m.", "9am", "9:00", "09:00"]
CLOSES = ["5PM", "5 PM", "5 p.m.", "5pm", "17:00"]


def sign(rng: random.Random, first: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """A sign recipe (whose first line is ``first`` when given) and its lines."""
    while True:
        recipe, words = image_recipe(rng, "sign")
        if first is None or words[0] == first:
            return recipe, words


HOURS = ["9AM TO 5PM", "9 AM TO 5 PM", "9am-5pm", "9AM - 5PM", "9 AM - 5 PM", "9am\u20135pm",
         "9 am \u2013 5 pm", "9:00 to 17:00", "9:00\u201317:00", "9:00-17:00"]


def lines(words: list[str]) -> list[list[str]]:
    """One part per line of the sign; the opening hours in the ways people write them."""
    return [HOURS if w == HOURS[0] else [w] for w in words]


REG: list[Family] = []
fam = register(REG, "ocr")


@fam
def k_o_sign_read(rng: random.Random) -> Made:  # plain request to read it
    recipe, words = sign(rng)
    return "Can you read this sign for me?", lines(words), img(recipe)


@fam
def k_o_sign_type_out(rng: random.Random) -> Made:  # exact transcription
    recipe, words = sign(rng)
    return ("type out exactly what's written on this, caps and all", lines(words), img(recipe))


@fam
def k_o_sign_eyesight(rng: random.Random) -> Made:  # low vision, polite
    recipe, words = sign(rng)
    return ("My eyesight isn't great and this is too far away. What does the sign say?",
            lines(words), img(recipe))


@fam
def k_o_sign_snapped(rng: random.Random) -> Made:  # terse, photo taken in passing
    recipe, words = sign(rng)
    return "snapped this on the way past, what's it say", lines(words), img(recipe)


@fam
def k_o_sign_transcribe(rng: random.Random) -> Made:  # one word
    recipe, words = sign(rng)
    return "transcribe pls", lines(words), img(recipe)


@fam
def k_o_sign_top_line(rng: random.Random) -> Made:  # the top line only
    recipe, words = sign(rng)
    return "What's the top line of text on this sign?", [[words[0]]], img(recipe)


@fam
def k_o_sign_line_count(rng: random.Random) -> Made:  # how many lines of text
    recipe, words = sign(rng)
    n = len(words)
    return ("How many lines of text does this sign have?", [[str(n), WORDS[n]]], img(recipe))


@fam
def k_o_sign_second_line(rng: random.Random) -> Made:  # the lower line of a two-line sign
    while True:
        recipe, words = sign(rng)
        if len(words) == 2:
            return ("what does the smaller second line underneath say?", lines(words)[1:],
                    img(recipe))


@fam
def k_o_sign_platform(rng: random.Random) -> Made:  # train platform
    recipe, _ = sign(rng, "PLATFORM 4")
    return ("Saw this at the station — which platform is it pointing me to?",
            [["PLATFORM 4", "platform four"]], img(recipe))


@fam
def k_o_sign_platform_number(rng: random.Random) -> Made:  # platform number only
    recipe, _ = sign(rng, "PLATFORM 4")
    return "What number is on this sign?", [["4", "four"]], img(recipe)


@fam
def k_o_sign_library_floor(rng: random.Random) -> Made:  # which floor the library is on
    recipe, _ = sign(rng, "LIBRARY")
    return ("Which level do I need for the library, going by this sign?",
            [["FLOOR 2", "2nd floor", "second floor", "floor two"]], img(recipe))


@fam
def k_o_sign_library_where(rng: random.Random) -> Made:  # what the sign points to
    recipe, _ = sign(rng, "LIBRARY")
    return "what's this sign for, what place does it name?", [["LIBRARY"]], img(recipe)


@fam
def k_o_sign_hours(rng: random.Random) -> Made:  # opening and closing time
    recipe, _ = sign(rng, "OPEN")
    return ("What are their hours, according to the sign on the door?", [OPENS, CLOSES],
            img(recipe))


@fam
def k_o_sign_closing(rng: random.Random) -> Made:  # closing time only
    recipe, _ = sign(rng, "OPEN")
    return "what time do they close?", [CLOSES], img(recipe)


@fam
def k_o_sign_opening(rng: random.Random) -> Made:  # opening time only
    recipe, _ = sign(rng, "OPEN")
    return ("I want to get there the minute they start. What time is that on this sign?",
            [OPENS], img(recipe))


@fam
def k_o_sign_hours_long(rng: random.Random) -> Made:  # length of the working day
    recipe, _ = sign(rng, "OPEN")
    return ("How many hours a day are they open, going by the times on this?",
            [["8", "eight"]], img(recipe))


@fam
def k_o_sign_parking(rng: random.Random) -> Made:  # may I leave the car here
    recipe, _ = sign(rng, "NO PARKING")
    return ("Can I leave my car here for ten minutes? There's a sign.",
            [["NO PARKING", "not allowed", "can't park", "cannot park", "not permitted"]],
            img(recipe))


@fam
def k_o_sign_exit(rng: random.Random) -> Made:  # sign over a door
    recipe, _ = sign(rng, "EXIT")
    return ("What's the word on the sign over that door?", [["EXIT"]], img(recipe))


@fam
def k_o_sign_wet(rng: random.Random) -> Made:  # yellow warning sign
    recipe, _ = sign(rng, "WET FLOOR")
    return ("There's a yellow sign in the hallway. What's it warning about?",
            [["WET FLOOR", "wet"]], img(recipe))


@fam
def k_o_sign_staff(rng: random.Random) -> Made:  # may customers go in
    recipe, _ = sign(rng, "STAFF ONLY")
    return ("Am I allowed through this door as a customer? Here's the sign on it.",
            [["STAFF ONLY", "staff"]], img(recipe))


@fam
def k_o_sign_push(rng: random.Random) -> Made:  # push or the other way
    recipe, _ = sign(rng, "PULL")
    return ("Do I push this door? There's a sign on it.", [["PULL"]], img(recipe))


@fam
def k_o_sign_lower_case(rng: random.Random) -> Made:  # read it, write it in lower case
    recipe, words = sign(rng)
    return ("what does this say? write it in lower case",
            [[v.lower() for v in part] for part in lines(words)], img(recipe))


@fam
def k_o_sign_for_message(rng: random.Random) -> Made:  # copy for a group chat
    recipe, words = sign(rng)
    return ("Copy the text off this sign so I can paste it in the group chat.", lines(words),
            img(recipe))


@fam
def k_o_sign_meaning(rng: random.Random) -> Made:  # what the sign says, then what it means
    recipe, words = sign(rng)
    return ("What's written here, and what does it mean for me?", lines(words), img(recipe))


@fam
def k_o_sign_first_word(rng: random.Random) -> Made:  # the very first word
    recipe, words = sign(rng)
    return "First word on this sign?", [[words[0].split()[0]]], img(recipe)


@fam
def k_o_sign_floor_number(rng: random.Random) -> Made:  # floor number of the library
    recipe, _ = sign(rng, "LIBRARY")
    return "what number floor does this sign say?", [["2", "two", "second"]], img(recipe)


@fam
def k_o_sign_way_out(rng: random.Random) -> Made:  # is this the way out
    recipe, _ = sign(rng, "EXIT")
    return ("Is this the way out of the building? What does the sign say?", [["EXIT"]],
            img(recipe))


@fam
def k_o_sign_kid_asks(rng: random.Random) -> Made:  # reading for a child
    recipe, words = sign(rng)
    return ("my son keeps asking what this sign says and I don't have my glasses, help",
            lines(words), img(recipe))


@fam
def k_o_sign_shut(rng: random.Random) -> Made:  # can I make it before closing
    recipe, _ = sign(rng, "OPEN")
    return ("Will I make it if I get there after work? What time do they shut?", [CLOSES],
            img(recipe))


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
