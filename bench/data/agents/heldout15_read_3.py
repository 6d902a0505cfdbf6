"""Round 15 (``J_o_*``, dev now), OCR part three: photographed signs and app screenshots
drawn via :func:`image_recipe` — reading a sign out, the one fact a sign gives, and an order
screen's number, date and status put to use (weekdays, deadlines, date formats)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.data.agents.heldout15_data import Tie, retry
from bench.data.agents.heldout15_read import count, o
from bench.data.agents.helpers import Family, Item, fresh, image_recipe

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
OPEN_FORMS = ["9AM", "9 AM", "9:00 AM", "09:00"]
CLOSE_FORMS = ["5PM", "5 PM", "5:00 PM", "17:00"]


def sign(rng: random.Random, only: list[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    """A sign recipe and its lines; ``only`` keeps drawing until the first line is one of them."""
    while True:
        recipe, words = image_recipe(rng, "sign")
        if only is None or words[0] in only:
            return recipe, words


def lines(words: list[str]) -> list[list[str]]:
    return [[line] for line in words]


def screen(rng: random.Random) -> tuple[dict[str, Any], str, dt.date, str]:
    """A screenshot recipe, its order number (digits), order date and status."""
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    day = dt.date.fromisoformat(recipe["rows"][1].split(": ")[1])
    return recipe, number, day, recipe["rows"][2].split(": ")[1]


def dates(day: dt.date) -> list[str]:
    """A date the ways a reply may write it; all-number forms only when the day exceeds 12,
    so that day/month and month/day cannot be confused."""
    m, n, y = MONTH_NAMES[day.month - 1], day.day, day.year
    out = [day.isoformat(), f"{n} {m} {y}", f"{m} {n}, {y}", f"{m} {n} {y}",
           f"{n} {m[:3]} {y}", f"{m[:3]} {n}, {y}", f"{n}{suffix(n)} {m} {y}",
           f"{m} {n}{suffix(n)}, {y}"]
    if n > 12:
        out += [f"{n:02d}/{day.month:02d}/{y}", f"{day.month:02d}/{n:02d}/{y}",
                f"{day.month}/{n}/{y}", f"{n}/{day.month}/{y}"]
    return out


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# --- reading a sign out -----------------------------------------------------------------

def j_o_sign_say(rng: random.Random) -> Item:  # plain question
    recipe, words = sign(rng)
    return o("J_o_sign_say", "What does this sign say?", lines(words), recipe)


def j_o_sign_far(rng: random.Random) -> Item:  # too far away to read
    recipe, words = sign(rng)
    return o("J_o_sign_far", "can't make it out from where I'm standing, can you read this "
             "sign for me", lines(words), recipe)


def j_o_sign_exact(rng: random.Random) -> Item:  # exact transcription
    recipe, words = sign(rng)
    return o("J_o_sign_exact", "Transcribe the text on this sign exactly, please.", lines(words),
             recipe)


def j_o_sign_glasses(rng: random.Random) -> Item:  # forgot glasses
    recipe, words = sign(rng)
    return o("J_o_sign_glasses", "left my glasses at home 🙈 what's written on this?",
             lines(words), recipe)


def j_o_sign_notice(rng: random.Random) -> Item:  # a notice, terse
    recipe, words = sign(rng)
    return o("J_o_sign_notice", "what's this notice?", lines(words), recipe)


def j_o_sign_copy(rng: random.Random) -> Item:  # copy the words as text
    recipe, words = sign(rng)
    return o("J_o_sign_copy", "Copy the words off this photo as plain text.", lines(words),
             recipe)


def j_o_sign_blind(rng: random.Random) -> Item:  # screen-reader user
    recipe, words = sign(rng)
    return o("J_o_sign_blind", "I'm visually impaired and took a photo of a sign near me. "
             "Could you tell me what it says?", lines(words), recipe)


def j_o_sign_first_word(rng: random.Random) -> Item:  # the first word only
    recipe, words = sign(rng)
    return o("J_o_sign_first_word", "What's the first word on the sign?",
             [[words[0].split()[0]]], recipe)


def j_o_sign_word_count(rng: random.Random) -> Item:  # how many words (signs without digits)
    recipe, words = sign(rng, ["NO PARKING", "EXIT", "WET FLOOR", "STAFF ONLY", "PULL"])
    return o("J_o_sign_word_count", "how many words are on this sign?",
             [count(len(" ".join(words).split()))], recipe)


def j_o_sign_letters(rng: random.Random) -> Item:  # letters, not counting spaces
    recipe, words = sign(rng, ["NO PARKING", "EXIT", "WET FLOOR", "STAFF ONLY", "PULL"])
    n = sum(ch.isalpha() for ch in "".join(words))
    return o("J_o_sign_letters", "For a puzzle: how many letters are on this sign, not "
             "counting spaces?", [[str(n)]], recipe)


# --- the one fact a sign gives ----------------------------------------------------------

def j_o_platform(rng: random.Random) -> Item:  # platform number
    recipe, _ = sign(rng, ["PLATFORM 4"])
    return o("J_o_platform", "Which platform is this sign for? My train leaves soon.",
             [["4", "four"]], recipe)


def j_o_platform_casual(rng: random.Random) -> Item:  # platform, casual
    recipe, _ = sign(rng, ["PLATFORM 4"])
    return o("J_o_platform_casual", "what platform number is on that?", [["4", "four"]],
             recipe)


def j_o_opens_at(rng: random.Random) -> Item:  # opening time
    recipe, _ = sign(rng, ["OPEN"])
    return o("J_o_opens_at", "What time do they open, according to the sign?", [OPEN_FORMS],
             recipe)


def j_o_closes_at(rng: random.Random) -> Item:  # closing time
    recipe, _ = sign(rng, ["OPEN"])
    return o("J_o_closes_at", "til what time are they open today? the sign is in the photo",
             [CLOSE_FORMS], recipe)


def j_o_hours_both(rng: random.Random) -> Item:  # opening and closing time
    recipe, _ = sign(rng, ["OPEN"])
    return o("J_o_hours_both", "From the sign on the door, what are the opening hours (from "
             "when until when)?", [OPEN_FORMS, CLOSE_FORMS], recipe)


def j_o_hours_length(rng: random.Random) -> Item:  # how many hours a day they are open
    recipe, _ = sign(rng, ["OPEN"])
    return o("J_o_hours_length", "How many hours a day is this place open, going by the "
             "sign?", [["8", "eight"]], recipe)


def j_o_library_floor(rng: random.Random) -> Item:  # which floor
    recipe, _ = sign(rng, ["LIBRARY"])
    return o("J_o_library_floor", "Which floor do I need for the library?",
             [["2", "second", "two"]], recipe)


def j_o_door_sticker(rng: random.Random) -> Item:  # what the door sticker says to do
    recipe, _ = sign(rng, ["PULL"])
    return o("J_o_door_sticker", "What does the sticker on this door tell me to do?",
             [["PULL"]], recipe)


def j_o_car_here(rng: random.Random) -> Item:  # parking sign
    recipe, _ = sign(rng, ["NO PARKING"])
    return o("J_o_car_here", "Can I leave my car here? What does the sign say?",
             [["NO PARKING"]], recipe)


def j_o_yellow_warning(rng: random.Random) -> Item:  # wet floor warning
    recipe, _ = sign(rng, ["WET FLOOR"])
    return o("J_o_yellow_warning", "what's the yellow sign in the corridor warning about?",
             [["WET FLOOR"]], recipe)


def j_o_door_allowed(rng: random.Random) -> Item:  # staff only
    recipe, _ = sign(rng, ["STAFF ONLY"])
    return o("J_o_door_allowed", "Am I allowed through this door? Read me the sign on it.",
             [["STAFF ONLY"]], recipe)


def j_o_green_sign(rng: random.Random) -> Item:  # exit sign
    recipe, _ = sign(rng, ["EXIT"])
    return o("J_o_green_sign", "What's the sign above the door at the end of the hall?",
             [["EXIT"]], recipe)


# --- an order screen --------------------------------------------------------------------

def j_o_order_when(rng: random.Random) -> Item:  # order date
    recipe, _, day, _ = screen(rng)
    return o("J_o_order_when", "When did I place this order?", [dates(day)], recipe)


def j_o_order_number(rng: random.Random) -> Item:  # order number
    recipe, number, _, _ = screen(rng)
    return o("J_o_order_number", "can you grab the order number from this screenshot",
             [[number, f"#{number}"]], recipe)


def j_o_order_status(rng: random.Random) -> Item:  # status
    recipe, _, _, status = screen(rng)
    return o("J_o_order_status", "What status does the app show for my order?", [[status]],
             recipe)


def j_o_order_weekday(rng: random.Random) -> Item:  # weekday of the order date
    recipe, _, day, _ = screen(rng)
    return o("J_o_order_weekday", "What day of the week did I order this on?",
             [[day.strftime("%A")]], recipe)


def j_o_order_month(rng: random.Random) -> Item:  # month of the order
    recipe, _, day, _ = screen(rng)
    return o("J_o_order_month", "which month was this ordered in?",
             [[MONTH_NAMES[day.month - 1]]], recipe)


def j_o_days_ago(rng: random.Random) -> Item:  # days between the order and a given today
    recipe, _, day, _ = screen(rng)
    k = (dt.date(2026, 12, 1) - day).days
    return o("J_o_days_ago", "It's 1 December 2026 today. How many days ago did I place "
             "this order?", [[str(k)]], recipe)


def j_o_return_by(rng: random.Random) -> Item:  # 30-day return deadline
    recipe, _, day, _ = screen(rng)
    return o("J_o_return_by", "I can return things up to 30 days after the order date. "
             "What's the last day I can send this back?", [dates(day + dt.timedelta(30))],
             recipe)


def j_o_warranty(rng: random.Random) -> Item:  # register within two weeks
    recipe, _, day, _ = screen(rng)
    return o("J_o_warranty", "the warranty has to be registered within 14 days of "
             "ordering. what's my deadline?", [dates(day + dt.timedelta(14))], recipe)


def j_o_support(rng: random.Random) -> Item:  # order number and date for support
    recipe, number, day, _ = screen(rng)
    return o("J_o_support", "Customer service is asking for the order number and the order "
             "date — can you read both off this screenshot?", [[number], dates(day)], recipe)


def j_o_all_rows(rng: random.Random) -> Item:  # everything on the screen
    recipe, number, day, status = screen(rng)
    return o("J_o_all_rows", "Tell me everything this order screen shows: number, date and "
             "status.", [[number], dates(day), [status]], recipe)


def j_o_screen_title(rng: random.Random) -> Item:  # the heading
    recipe, _, _, _ = screen(rng)
    return o("J_o_screen_title", "What's the heading at the top of this screen?",
             [[recipe["title"]]], recipe)


def j_o_us_date(rng: random.Random) -> Item:  # the date in US order
    recipe, _, day, _ = screen(rng)
    return o("J_o_us_date", "Write the order date the American way, month/day/year.",
             [[f"{day.month:02d}/{day.day:02d}/{day.year}", f"{day.month}/{day.day}/{day.year}"]],
             recipe)


def j_o_uk_date(rng: random.Random) -> Item:  # the date as dd/mm/yyyy
    recipe, _, day, _ = screen(rng)
    return o("J_o_uk_date", "I need the order date as dd/mm/yyyy for a form.",
             [[f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day}/{day.month}/{day.year}"]],
             recipe)


def j_o_quarter(rng: random.Random) -> Item:  # which quarter of the year
    recipe, _, day, _ = screen(rng)
    q = (day.month - 1) // 3 + 1
    names = ["first", "second", "third", "fourth"]
    return o("J_o_quarter", "Which quarter of the year does this order fall in? (for my "
             "tax records)", [[f"Q{q}", f"{names[q - 1]} quarter"]], recipe)


def j_o_weekend(rng: random.Random) -> Item:  # weekend or working week
    recipe, _, day, _ = screen(rng)
    answers = ["weekend"] if day.weekday() >= 5 else ["weekday", day.strftime("%A")]
    return o("J_o_weekend", "Did I order this on a Saturday or Sunday, or during the working "
             "week?", [answers], recipe)


def j_o_arrival(rng: random.Random) -> Item:  # five working days after the order date
    recipe, _, day, _ = screen(rng)
    arrive, left = day, 5
    while left:
        arrive += dt.timedelta(1)
        left -= arrive.weekday() < 5
    return o("J_o_arrival", "Delivery takes 5 working days after the order date (weekends "
             "don't count). When should it arrive?", [dates(arrive)], recipe)


def j_o_days_before(rng: random.Random) -> Item:  # days from the order to a birthday
    recipe, _, day, _ = screen(rng)
    k = (dt.date(2026, 10, 10) - day).days
    if k <= 0:
        raise Tie
    return o("J_o_days_before", "Is this going to make it for a birthday on 10 October 2026? "
             "How many days before the birthday did I order it?", [[str(k)]], recipe)


def j_o_order_number_and_status(rng: random.Random) -> Item:  # two parts
    recipe, number, _, status = screen(rng)
    return o("J_o_order_number_and_status", "order number + status from this pls",
             [[number], [status]], recipe)


# --- a few more ---------------------------------------------------------------------------

def j_o_sign_caps(rng: random.Random) -> Item:  # shouting user
    recipe, words = sign(rng)
    return o("J_o_sign_caps", "WHAT DOES THIS SAY", lines(words), recipe)


def j_o_sign_line_count(rng: random.Random) -> Item:  # lines of text on a sign
    recipe, words = sign(rng)
    return o("J_o_sign_line_count", "How many lines of text are on this sign?",
             [count(len(words))], recipe)


def j_o_new_year(rng: random.Random) -> Item:  # days since 1 January
    recipe, _, day, _ = screen(rng)
    k = (day - dt.date(day.year, 1, 1)).days
    return o("J_o_new_year", "How many days after New Year's Day was this order placed?",
             [[str(k)]], recipe)


def j_o_iso_week(rng: random.Random) -> Item:  # ISO week number of the order date
    recipe, _, day, _ = screen(rng)
    week = day.isocalendar()[1]
    return o("J_o_iso_week", "Our timesheets go by ISO week number. Which week was this "
             "order placed in?", [[f"week {week}", f"W{week}", f"W{week:02d}", str(week)]],
             recipe)


def j_o_reorder_monthly(rng: random.Random) -> Item:  # same day next month
    recipe, _, day, _ = screen(rng)
    nxt = day.replace(month=day.month + 1)
    return o("J_o_reorder_monthly", "I reorder this on the same date every month. When's the "
             "next one due after this order?", [dates(nxt)], recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    j_o_sign_say, j_o_sign_far, j_o_sign_exact, j_o_sign_glasses, j_o_sign_notice,
    j_o_sign_copy, j_o_sign_blind, j_o_sign_first_word, j_o_sign_word_count,
    j_o_sign_letters, j_o_platform, j_o_platform_casual, j_o_opens_at, j_o_closes_at,
    j_o_hours_both, j_o_hours_length, j_o_library_floor, j_o_door_sticker, j_o_car_here,
    j_o_yellow_warning, j_o_door_allowed, j_o_green_sign, j_o_order_when, j_o_order_number,
    j_o_order_status, j_o_order_weekday, j_o_order_month, j_o_days_ago, j_o_return_by,
    j_o_warranty, j_o_support, j_o_all_rows, j_o_screen_title, j_o_us_date, j_o_uk_date,
    j_o_quarter, j_o_weekend, j_o_arrival, j_o_days_before, j_o_order_number_and_status,
    j_o_sign_caps, j_o_sign_line_count, j_o_new_year, j_o_iso_week, j_o_reorder_monthly)]
