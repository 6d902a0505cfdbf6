"""Round 16 (``L_o_*``, dev now), part six: more signs, order screenshots and receipts drawn
via :func:`image_recipe` — times around closing, floors, several fields of a screenshot at
once, weekdays of worked-out dates, and paying a receipt in parts."""

from __future__ import annotations

import datetime
import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_read import (
    DAYS,
    MONTHS,
    Tie,
    count,
    dates,
    families,
    money,
    pct,
    receipt,
    shot,
    sign,
)
from bench.data.agents.heldout16_read_3 import OPEN, clock12, lines, span
from bench.data.agents.helpers import Family, Item, item

WEEKS = ["", "one week", "two weeks", "three weeks", "four weeks"]

# --- signs ------------------------------------------------------------------------------


def l_o_poster_text(rng: random.Random) -> Item:  # read any sign, hurried
    recipe, words = sign(rng)
    return item("L_o_poster_text", "ocr", "snapped this in a hurry at the station, what does it "
                "say on it?", lines(words), image=recipe)


def l_o_top_line(rng: random.Random) -> Item:  # the first line of a sign
    recipe, words = sign(rng)
    return item("L_o_top_line", "ocr", "What's the top line of text on this sign?",
                [[words[0]]], image=recipe)


def l_o_after_closing(rng: random.Random) -> Item:  # arriving after closing
    recipe, _ = sign(rng, OPEN)
    late = rng.randrange(17 * 60 + 5, 19 * 60, 5)
    return item("L_o_after_closing", "ocr", f"I can't get there before {clock12(late)}. How "
                "long after closing time is that?", [span(late - 17 * 60)], image=recipe)


def l_o_hour_before_close(rng: random.Random) -> Item:  # an hour before closing
    recipe, _ = sign(rng, OPEN)
    return item("L_o_hour_before_close", "ocr", "I want to be in and out an hour before they "
                "close. What time is that?",
                [["4PM", "4 PM", "4pm", "4 pm", "4:00 pm", "4:00pm", "16:00", "4 p.m."]],
                image=recipe)


def l_o_open_minutes(rng: random.Random) -> Item:  # the opening hours in minutes
    recipe, _ = sign(rng, OPEN)
    return item("L_o_open_minutes", "ocr", "How many minutes a day are they open, going by the "
                "hours on this?", [["480"]], image=recipe)


def l_o_floors_up(rng: random.Random) -> Item:  # floors to climb from the ground floor
    recipe, _ = sign(rng, ["LIBRARY", "FLOOR 2"])
    return item("L_o_floors_up", "ocr", "I'm on the ground floor (floor 0) with a heavy bag. How "
                "many floors up do I have to go for the place on this sign?",
                [["2", "two"]], image=recipe)


# --- screenshots of an order page -------------------------------------------------------

def l_o_to_year_end(rng: random.Random) -> Item:  # days from the order to 31 December
    recipe, _, day = shot(rng)
    n = (datetime.date(day.year, 12, 31) - day).days
    return item("L_o_to_year_end", "ocr", "How many days from this order date to the 31st of "
                "December?", [[str(n), f"{n} days"]], image=recipe)


def l_o_weeks_later(rng: random.Random) -> Item:  # a date some weeks later
    recipe, _, day = shot(rng)
    k = rng.randint(1, 4)
    return item("L_o_weeks_later", "ocr", f"It's a made-to-order item and ships {WEEKS[k]} "
                "after the order date. What date is that?",
                [dates(day + datetime.timedelta(weeks=k))], image=recipe)


def l_o_arrival_weekday(rng: random.Random) -> Item:  # weekday of a delivery date
    recipe, _, day = shot(rng)
    k = rng.randint(2, 6)
    return item("L_o_arrival_weekday", "ocr", f"It's meant to arrive {k} days after I ordered. "
                "What day of the week will that be?",
                [[DAYS[(day + datetime.timedelta(days=k)).weekday()]]], image=recipe)


def l_o_everything_shot(rng: random.Random) -> Item:  # all three fields
    recipe, order, day = shot(rng)
    return item("L_o_everything_shot", "ocr", "Read out the order details for me: number, date "
                "and status.", [[order], dates(day), ["shipped"]], image=recipe)


def l_o_deadline_weekday(rng: random.Random) -> Item:  # weekday of a return deadline
    recipe, _, day = shot(rng)
    return item("L_o_deadline_weekday", "ocr", "Refunds have to be requested within 14 days of "
                "ordering. What weekday is the last day?",
                [[DAYS[(day + datetime.timedelta(days=14)).weekday()]]], image=recipe)


def l_o_status_and_date(rng: random.Random) -> Item:  # status and date, casual
    recipe, _, day = shot(rng)
    return item("L_o_status_and_date", "ocr", "whats the status on this one and when did i order "
                "it", [["shipped"], dates(day)], image=recipe)


def l_o_full_date(rng: random.Random) -> Item:  # the date with the year
    recipe, _, day = shot(rng)
    month = MONTHS[day.month - 1]
    return item("L_o_full_date", "ocr", "What's the full order date, year included? Write the "
                "month as a word.", [[f"{month} {day.day}, {day.year}", f"{day.day} {month} "
                f"{day.year}", f"{month} {day.day} {day.year}"]], image=recipe)


# --- receipts ---------------------------------------------------------------------------

def l_o_cheapest_share(rng: random.Random) -> Item:  # cheapest line as a percentage
    recipe, lines_, total = receipt(rng)
    return item("L_o_cheapest_share", "ocr", "The cheapest item — what percentage of the total "
                "is it?", [pct(min(p for _, p in lines_) / total * 100)], image=recipe)


def l_o_split_rounded(rng: random.Random) -> Item:  # split, each rounded up to whole dollars
    recipe, _, total = receipt(rng)
    n = rng.randint(2, 5)
    share = total / n
    if share.denominator == 1:
        raise Tie
    return item("L_o_split_rounded", "ocr", f"{n} of us, everyone pays in whole dollars so round "
                "each share up. How much does each person pay?", [[str(math.ceil(share))]],
                image=recipe)


def l_o_tip_rate(rng: random.Random) -> Item:  # what percentage a tip was
    recipe, _, total = receipt(rng)
    tip = rng.choice([2, 3, 4, 5, 6, 8, 10])
    return item("L_o_tip_rate", "ocr", f"I left ${tip} on top of this bill. What percent tip is "
                "that?", [pct(Fraction(tip) / total * 100)], image=recipe)


def l_o_cash_then_card(rng: random.Random) -> Item:  # part cash, rest on card
    recipe, _, total = receipt(rng)
    cash = rng.choice([5, 10, 15, 20])
    if total <= cash + 1:
        raise Tie
    return item("L_o_cash_then_card", "ocr", f"I paid ${cash} in cash and put the rest on my "
                "card. How much went on the card?", [money(total - cash)], image=recipe)


def l_o_request_each(rng: random.Random) -> Item:  # payment request to roommates
    recipe, _, total = receipt(rng)
    n = rng.choice([2, 3, 4])
    return item("L_o_request_each", "ocr", f"I paid for this and I'm splitting it evenly between "
                f"me and my {n} roommates. How much do I request from each of them?",
                [money(total / (n + 1))], image=recipe)


def l_o_count_under(rng: random.Random) -> Item:  # lines under a limit
    recipe, lines_, _ = receipt(rng)
    limit = rng.choice([5, 10, 20])
    if any(p == limit for _, p in lines_):
        raise Tie
    n = sum(1 for _, p in lines_ if p < limit)
    return item("L_o_count_under", "ocr", f"how many things on this were under ${limit}?",
                [count(n) + (["none"] if n == 0 else [])], image=recipe)


def l_o_kids_pocket(rng: random.Random) -> Item:  # one line against pocket money
    recipe, lines_, _ = receipt(rng)
    name, price = rng.choice(lines_)
    pocket = rng.choice([30, 40, 50])
    return item("L_o_kids_pocket", "ocr", f"My son paid for the {name.lower()} out of his "
                f"${pocket} pocket money. How much does he have left?", [money(pocket - price)],
                image=recipe)


def l_o_total_ex_tax_rate(rng: random.Random) -> Item:  # total before an included tax rate
    recipe, _, total = receipt(rng)
    rate = rng.choice([5, 8, 10, 15])
    return item("L_o_total_ex_tax_rate", "ocr", f"This total includes {rate}% tax. What was it "
                "before tax?", [money(total * 100 / (100 + rate))], image=recipe)


FAMILIES: list[tuple[Family, int]] = families(
    l_o_poster_text, l_o_top_line, l_o_after_closing, l_o_hour_before_close,
    l_o_open_minutes, l_o_floors_up, l_o_to_year_end, l_o_weeks_later, l_o_arrival_weekday,
    l_o_everything_shot, l_o_deadline_weekday, l_o_status_and_date, l_o_full_date,
    l_o_cheapest_share, l_o_split_rounded, l_o_tip_rate, l_o_cash_then_card,
    l_o_request_each, l_o_count_under, l_o_kids_pocket, l_o_total_ex_tax_rate)
