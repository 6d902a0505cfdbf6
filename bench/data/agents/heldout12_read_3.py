"""Round 12 (``P_o_*``, dev now), part three: screenshots of an order page drawn via
:func:`image_recipe` — the order number, its date and status, and dates worked out from it."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.data.agents.heldout12_data import MONTHS, counted, retry
from bench.data.agents.heldout12_read import ocr
from bench.data.agents.helpers import Family, Item, fresh, image_recipe

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def shot(rng: random.Random) -> tuple[dict[str, Any], str, dt.date]:
    """A screenshot recipe, its order number (digits) and its order date."""
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    day = dt.date.fromisoformat(recipe["rows"][1].split(": ")[1])
    return recipe, number, day


def ordinal(n: int) -> str:
    tail = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def dates(day: dt.date) -> list[str]:
    """A date as ISO and as people write it out (14 March 2026, March 14, 2026…)."""
    month, y = MONTHS[day.month - 1], day.year
    out = [day.isoformat()]
    for d in (str(day.day), ordinal(day.day)):
        out += [f"{d} {month} {y}", f"{d} of {month} {y}", f"{month} {d}, {y}",
                f"{month} {d} {y}"]
    return out


def p_o_ss_order_no(rng: random.Random) -> Item:  # plain, lower case
    recipe, number, _ = shot(rng)
    return ocr("P_o_ss_order_no", "whats my order number?", recipe, [[f"#{number}", number]])


def p_o_ss_support(rng: random.Random) -> Item:  # for a support form
    recipe, number, _ = shot(rng)
    return ocr("P_o_ss_support", "Customer support is asking for my order number. Can you get "
               "it off this screenshot?", recipe, [[f"#{number}", number]])


def p_o_ss_when(rng: random.Random) -> Item:  # the order date
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_when", "When did I place this order?", recipe, [dates(day)])


def p_o_ss_status(rng: random.Random) -> Item:  # the status line
    recipe, _, _ = shot(rng)
    return ocr("P_o_ss_status", "what's the current status of the order in this screenshot",
               recipe, [["shipped"]])


def p_o_ss_month(rng: random.Random) -> Item:  # month name of the order date
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_month", "Which month did I order this in?", recipe,
               [[MONTHS[day.month - 1]]])


def p_o_ss_weekday(rng: random.Random) -> Item:  # weekday of the order date
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_weekday", "what day of the week was this order placed on?", recipe,
               [[WEEKDAYS[day.weekday()]]])


def p_o_ss_quarter(rng: random.Random) -> Item:  # quarter of the year
    recipe, _, day = shot(rng)
    q = (day.month - 1) // 3 + 1
    word = ["first", "second", "third", "fourth"][q - 1]
    return ocr("P_o_ss_quarter", "Accounting question: which quarter of the year does this "
               "order fall in?", recipe, [[f"Q{q}", f"{word} quarter", f"quarter {q}"]])


def p_o_ss_days_since(rng: random.Random) -> Item:  # days from the order to a given today
    recipe, _, day = shot(rng)
    today = dt.date(2026, 11, 30)
    return ocr("P_o_ss_days_since", "It's 30 November 2026 today. How many days ago did I "
               "place this order?", recipe, [counted((today - day).days, ["days"])])


def p_o_ss_weeks_since(rng: random.Random) -> Item:  # whole weeks since the order
    recipe, _, day = shot(rng)
    weeks = (dt.date(2026, 10, 1) - day).days // 7
    nouns = ["week", "full week"] if weeks == 1 else ["weeks", "full weeks"]
    return ocr("P_o_ss_weeks_since", "if today is 1 October 2026, how many full weeks ago did "
               "i order this?", recipe, [counted(weeks, nouns)])


def p_o_ss_arrival(rng: random.Random) -> Item:  # order date plus 7 days
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_arrival", "Delivery takes 7 days from the order date. When should it "
               "arrive?", recipe, [dates(day + dt.timedelta(days=7))])


def p_o_ss_return(rng: random.Random) -> Item:  # order date plus 30 days
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_return", "The shop takes returns up to 30 days after the order date. "
               "What's the last day I can send it back?", recipe,
               [dates(day + dt.timedelta(days=30))])


def p_o_ss_warranty(rng: random.Random) -> Item:  # one year after the order date
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_warranty", "There's a one-year warranty counted from the order date "
               "on here. On what date does it run out?", recipe,
               [dates(day.replace(year=day.year + 1))])


def p_o_ss_christmas(rng: random.Random) -> Item:  # days until a fixed date
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_christmas", "How many days were there between the order date and "
               "Christmas Day 2026?", recipe,
               [counted((dt.date(2026, 12, 25) - day).days, ["days"])])


def p_o_ss_ddmm(rng: random.Random) -> Item:  # day/month/year
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_ddmm", "Can you give me the order date as DD/MM/YYYY? It's for a "
               "form.", recipe, [[day.strftime("%d/%m/%Y")]])


def p_o_ss_us(rng: random.Random) -> Item:  # month/day/year
    recipe, _, day = shot(rng)
    return ocr("P_o_ss_us", "write the order date in US style, mm/dd/yyyy", recipe,
               [[day.strftime("%m/%d/%Y")]])


def p_o_ss_heading(rng: random.Random) -> Item:  # the page title
    recipe, _, _ = shot(rng)
    return ocr("P_o_ss_heading", "What's the heading at the top of this screen?", recipe,
               [[recipe["title"]]])


def p_o_ss_number_date(rng: random.Random) -> Item:  # number and date, two parts
    recipe, number, day = shot(rng)
    return ocr("P_o_ss_number_date", "From this screenshot: order number and order date?",
               recipe, [[f"#{number}", number], dates(day)])


def p_o_ss_everything(rng: random.Random) -> Item:  # every field, three parts
    recipe, number, day = shot(rng)
    return ocr("P_o_ss_everything", "Read me all the order details on this page please.",
               recipe, [[f"#{number}", number], dates(day), ["shipped"]])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    p_o_ss_order_no, p_o_ss_support, p_o_ss_when, p_o_ss_status, p_o_ss_month,
    p_o_ss_weekday, p_o_ss_quarter, p_o_ss_days_since, p_o_ss_weeks_since, p_o_ss_arrival,
    p_o_ss_return, p_o_ss_warranty, p_o_ss_christmas, p_o_ss_ddmm, p_o_ss_us,
    p_o_ss_heading, p_o_ss_number_date, p_o_ss_everything)]
