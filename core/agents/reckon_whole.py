"""Whole things a count or a time needs, rounded up, and an age from a year of birth.

- whole containers for a number of things: "eggs come in boxes of 10, I need 266 - how many
  boxes?" → 27 boxes; "a minibus seats 14, how many minibuses for 60 people?" → 5;
  "tiles are sold 12 to a pack, I need 150 tiles, how many packs?" → 13;
- a charge per started period: "parking is 3.01 per hour or part of an hour, I stayed 4 h
  26 min" → 5 hours charged, 15.05; "2.50 for each 30 minutes or part thereof";
- an age from a year of birth: "born in 1947, how old will I be in 2066?" → 119; the year
  of birth from an age turned in a year.

The text is expanded and lower-cased; each kind needs its cue words and an ask.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.money_reckon import money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d)"
AMOUNT = r"[$€£¥]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.]*\d)"
BOXES = (r"box(?:es)?|packs?|packets?|bags?|cartons?|crates?|cases?|bottles?|tins?|cans?|"
         r"rolls?|trays?|buses|bus|minibus(?:es)?|cars?|vans?|taxis?|cabs?|tables?|trips?|loads?|"
         r"tubs?|jars?|sacks?|containers?|bundles?|sets?|sheets?|boats?|rows?|teams?|groups?|"
         r"shelves|shelf|pages?|pallets?|trolleys?|batches?|dozens?|pots?|tanks?|barrels?|cups?")
LIMIT = _c(r"\bcan\s+(?:i|we|you|he|she|they)\b|\bwithin\b|\bat\s+most\b|\bfull\b|"
           r"\bmax(?:imum)?\b|\bafford\b|\bfit\b|\bup\s+to\b|\blimit\b|\bno\s+more\s+than\b")
HOW_MANY = _c(rf"\bhow\s+many\s+(?:\w+\s+)?({BOXES})\b")


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def _one(word: str) -> str:
    """"boxes" → "box", "buses" → "bus", "shelves" → "shelf"."""
    for plural, single in (("shelves", "shelf"), ("buses", "bus"), ("minibuses", "minibus"),
                           ("boxes", "box"), ("batches", "batch")):
        if word == plural:
            return single
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _many(one: str, count: int) -> str:
    """"box" → "boxes" (the count is not one)."""
    if count == 1:
        return one
    return one + ("es" if one.endswith(("x", "s", "ch")) else "s") if one != "shelf" else "shelves"


def containers(text: str) -> Reckoned | None:
    """Whole containers for a count: the size of one and the count needed, rounded up."""
    if (ask := HOW_MANY.search(text)) is None or LIMIT.search(text):
        return None  # "how many full cups can I have within 300 mg": rounded down, elsewhere
    box = _one(ask.group(1).lower())
    name = rf"(?:{re.escape(box)}|{re.escape(_many(box, 2))})"
    sizes = re.finditer(rf"\b{name}\s+(?:of|with|holding|containing|each\s+(?:of|with))\s+{NUM}|"
                     rf"{NUM}\s+(?:\w+\s+)?(?:per|a|an|to\s+an?|in\s+(?:an?|each|every|one))\s+"
                     rf"{name}\b|\b{name}\s+(?:\w+\s+){{0,2}}(?:holds?|has|have|takes?|contains?|"
                     rf"fits?|seats?|carries|carry|sleeps?|serves?|makes?|covers?|is|are)\s+"
                     rf"(?:up\s+to\s+|only\s+|just\s+)?{NUM}\b|\b(?:each|every|one|a)\s+{name}\s+"
                     rf"(?:\w+\s+){{0,2}}(?:of\s+)?{NUM}\b|\b{name}\s+of\s+(?:\w+\s+)?{NUM}\b",
                     text)
    # "how many cups is 900 ml": the asked noun's own words give no size of one
    size = next((m for m in sizes if not ask.start() <= m.start() < ask.end()), None)
    if size is None:
        return None
    per = next(g for g in size.groups() if g is not None)
    others = [m for m in re.finditer(NUM, text)
              if not size.start() <= m.start() < size.end() and not ask.start() <= m.start()
              < ask.end() and not re.match(r"\s*(?:%|percent|per\s*cent)", text[m.end():])
              and not re.search(r"[$€£¥]\s?$|\d\.$", text[:m.start()])
              and not re.match(r"\.\d", text[m.end():])]
    if len(others) != 1 or _f(per) == 0:
        return None
    need = _f(others[0].group(1))
    count = math.ceil(need / _f(per))
    spare = count * _f(per) - need
    note = f" ({show(spare)} spare)" if spare else ""
    basis = f"{show(need)} ÷ {per} = {show(need / _f(per))}, rounded up to whole {_many(box, 2)}"
    return Reckoned(_many(box, 2), Fraction(count), "", basis,
                    text=f"{count} {_many(box, count)}{note}")


# --- a charge per started period ------------------------------------------------------------

STARTED = _c(rf"{AMOUNT}\s*(?:an?|per|for\s+(?:each|every|an?)|each|every|/)\s*(?:(\d+)\s*)?"
             rf"(hour|hr|h|minutes?|mins?|day)s?\s*(?:\(\s*)?(?:or\s+(?:any\s+)?part|or\s+"
             rf"(?:a\s+)?fraction|started|or\s+part\s+thereof|part\s+(?:or\s+)?(?:whole|full))|"
             rf"{AMOUNT}\s*(?:per|for\s+(?:each|every|an?)|each|every|an?)\s+(?:started|begun|"
             rf"commenced|part(?:ial)?)\s+(?:(\d+)\s*)?(hour|hr|h|minutes?|mins?|day)")
SPAN = _c(r"(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b(?:\s*(?:and\s+)?(\d+)\s*(?:m|mins?|minutes?)\b)?|"
          r"(\d+)\s*(?:m|mins?|minutes?)\b")


def started_periods(text: str) -> Reckoned | None:
    """A charge for each period begun: whole periods rounded up, times the rate."""
    if (rate := STARTED.search(text)) is None:
        return None
    price = rate.group(1) or rate.group(4)
    size = Fraction(rate.group(2) or rate.group(5) or 1)
    unit = (rate.group(3) or rate.group(6)).lower()
    spans = [m for m in SPAN.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if len(spans) != 1 or unit == "day":
        return None
    span = spans[0]
    minutes = (_f(span.group(1)) * 60 + _f(span.group(2) or "0")) if span.group(1) else \
        _f(span.group(3))
    period = size * 60 if unit.startswith("h") else size
    if period == 0 or minutes == 0:
        return None
    count = math.ceil(minutes / period)
    cost = _f(price) * count
    sign = sign_of(text)
    word = "hour" if unit.startswith("h") else "minutes"
    each = f"{show(size)}-{word.rstrip('s')} periods" if size != 1 else f"{word}s"
    basis = f"{show(minutes)} minutes = {count} {each} begun, × {price}"
    return Reckoned("charge", cost, "", basis,
                    text=f"{money(cost, sign)} ({count} {each} begun × {price})")


# --- an age from a year of birth -------------------------------------------------------------

BORN = _c(r"\bborn\s+(?:in\s+|on\s+[^,.?]*?)?((?:19|20)\d\d)\b")
IN_YEAR = _c(r"\b(?:in|by|during|come|at\s+the\s+end\s+of)\s+((?:19|20|21)\d\d)\b")
AGE_ASK = _c(r"\bhow\s+old\b|\b(?:what|which)\s+age\b|\bage\s+(?:in|by)\b|\bturn(?:s|ing)?\s+"
             r"what\b|\bwhat\s+(?:will|would|do|does)\s+(?:i|he|she|they|you)\s+turn\b")


def age_from_birth(text: str) -> Reckoned | None:
    if (born := BORN.search(text)) is None or not AGE_ASK.search(text):
        return None
    years = [m for m in IN_YEAR.finditer(text) if m.start(1) != born.start(1)]
    if len(years) != 1:
        return None
    age = int(years[0].group(1)) - int(born.group(1))
    if not 0 <= age <= 150:
        return None
    basis = f"{years[0].group(1)} − {born.group(1)} (on the birthday that year)"
    return Reckoned("age", Fraction(age), "", basis, text=f"{age} years old")


KINDS = (age_from_birth, started_periods, containers)
