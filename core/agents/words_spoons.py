"""Amounts measured out in portions, shared, batched, spaced and paced.

"17 g of sugar at 4 g per teaspoon: how many teaspoons?" → 4.25 teaspoons; "7.5 ml, how many
5 ml spoons?" → 1.5 spoons; "1000 g of pasta between 8 of us, grams each?" → 125 g; "60 ml of
gin a drink for 29 people, how many litres?" → 1.74 L; "12 hour drive, a stop every 2 hours"
→ 5 stops; "a 1.1 m row, a plant every 40 cm from one end" → 3 plants; "112 copies of 4 pages
at 25 ppm" → 17.92 minutes; "705 pages, on page 88, 26 days" → 24 pages a day.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

UNIT = r"(g|grams?|kg|mg|ml|l|litres?|liters?)"
SIZE = {"g": Fraction(1), "kg": Fraction(1000), "mg": Fraction(1, 1000), "ml": Fraction(1),
        "l": Fraction(1000)}


def _key(unit: str) -> str:
    unit = unit.lower()
    return "kg" if unit == "kg" else "mg" if unit == "mg" else "ml" if unit == "ml" else \
        "l" if unit.startswith("l") else "g"


def _many(word: str) -> str:
    return word if word.endswith("s") else word + "s"


PER_THING = _c(rf"{NUM}\s*{UNIT}\s+(?:[a-z]+\s+)?(?:per|a|an|each|in\s+a|to\s+a)\s+([a-z]+)|"
               rf"{NUM}\s*{UNIT}\s+(spoons?|teaspoons?|tablespoons?|scoops?|cups?|glasses?|bottles?|doses?|"
               r"sachets?|mugs?|jars?|portions?|servings?|bags?|tubs?)")
AMOUNT = _c(rf"{NUM}\s*{UNIT}\b")
HOW_MANY = _c(r"\bhow\s+many\s+(full\s+|whole\s+|complete\s+)?(?:\d+(?:\.\d+)?\s*(?:ml|g)\s+)?"
              r"([a-z]+)")
ONE = {"loaves": "loaf", "loaf": "loaf", "glasses": "glass", "batches": "batch", "boxes": "box"}


def in_portions(text: str) -> Trip | None:
    """An amount told in portions of a stated size."""
    ask = HOW_MANY.search(text)
    if ask is None:
        return None
    noun = ask.group(2)
    if re.fullmatch(r"(?:day|week|month|year|hour|minute|night)s?", noun):
        return None  # "350 g per day, how many whole days?": a supply (words_supplies)
    one = ONE.get(noun, noun.rstrip("s"))

    def thing_of(m: re.Match[str]) -> str:
        return m.group(3) or m.group(6)

    per = next((m for m in PER_THING.finditer(text) if one == ONE.get(
        thing_of(m), thing_of(m).rstrip("s")) or one in thing_of(m)), None)
    if per is None:
        return None
    size, unit, thing = (per.group(1), per.group(2), per.group(3)) if per.group(1) else (
        per.group(4), per.group(5), per.group(6))
    if per.group(6) and not ask.group(1) and not re.match(r"(?:tea|table)?spoon|scoop|dose", thing):
        return None  # "how many 30 g servings in 1 kg?": whole servings, the maths reader's
    amounts = [m for m in AMOUNT.finditer(text) if not per.start() <= m.start() < per.end()
               and not ask.start() <= m.start() < ask.end()]
    if len(amounts) != 1 or _f(size) <= 0 or (_key(amounts[0].group(2)) in ("ml", "l")) != (
            _key(unit) in ("ml", "l")):
        return None
    whole = _f(amounts[0].group(1)) * SIZE[_key(amounts[0].group(2))]
    value = whole / (_f(size) * SIZE[_key(unit)])
    basis = f"{amounts[0].group(0)} ÷ {size} {unit}"
    if ask.group(1):  # "how many full mugs": whole ones only
        full = math.floor(value)
        return Trip(noun, Fraction(full), noun, f"{full} {noun}" + (
            f" ({_show(value)} exactly)" if full != value else ""), basis)
    return Trip(_many(noun), value, _many(noun), f"{_show(value)} {_many(noun)}", basis)


SHARED = _c(rf"{NUM}\s*{UNIT}\b[^.?]*?\b(?:between|among|amongst|across|shared\s+by)\s+"
            rf"(?:the\s+)?{NUM}\s*"
            r"(?:of\s+us|people|guests|kids|children|friends|plates|portions|servings|bowls)?")
EACH_ASK = _c(r"\beach\b|\ba\s+(?:head|person)\b|\bper\s+(?:person|head|portion|serving)\b")


def shared_each(text: str) -> Trip | None:
    """An amount shared equally: each share, in the amount's unit."""
    m = SHARED.search(text)
    if m is None or EACH_ASK.search(text) is None or _f(m.group(3)) <= 0:
        return None
    value = _f(m.group(1)) / _f(m.group(3))
    return Trip("each", value, m.group(2), f"{_show(value)} {m.group(2)} each",
                f"{m.group(1)} {m.group(2)} ÷ {m.group(3)}")


BATCH = _c(rf"{NUM}\s*(ml|g)\b[^.?]*?\bfor\s+{NUM}\s+(?:people|guests|drinks|servings|portions)")
IN_LARGE = _c(r"\bhow\s+many\s+(litres?|liters?|l|kg|kilos?|kilograms?)\b|\bin\s+(litres?|liters?|"
              r"kg|kilos?)\b")


def batch_total(text: str) -> Trip | None:
    """A portion times the people it is made for, in the larger unit asked."""
    m, ask = BATCH.search(text), IN_LARGE.search(text)
    if m is None or ask is None:
        return None
    total = _f(m.group(1)) * _f(m.group(3)) / 1000
    unit = "L" if m.group(2).lower() == "ml" else "kg"
    return Trip("total", total, unit, f"{_show(total)} {unit}",
                f"{m.group(1)} {m.group(2)} × {m.group(3)} ÷ 1000")


DRIVE = _c(rf"{NUM}[\s-]*(?:hours?|hrs?|h)\s+(?:drive|driving|journey|trip|ride)\b")
STOP = _c(rf"\bstop\w*\s+every\s+{NUM}\s*(?:hours?|hrs?|h)\b")


def stops_on_the_way(text: str) -> Trip | None:
    """Stops made every so many hours on a drive (none at the end)."""
    drive, stop = DRIVE.search(text), STOP.search(text)
    if drive is None or stop is None or not re.search(r"\bhow\s+many\s+(?:stops|breaks)\b",
                                                      text):
        return None
    every = _f(stop.group(1))
    if every <= 0:
        return None
    count = math.ceil(_f(drive.group(1)) / every) - 1
    return Trip("stops", Fraction(count), "stops", f"{count} stops",
                f"{drive.group(1)} h ÷ {stop.group(1)} h, none at the end")


ROW = _c(rf"{NUM}\s*(m|cm|metres?|meters?)\b")
EVERY_LEN = _c(rf"\bevery\s+{NUM}\s*(cm|m|metres?|meters?)\b")


def along_a_row(text: str) -> Trip | None:
    """Things set every so far along a row, the first at one end."""
    every = EVERY_LEN.search(text)
    if every is None or not re.search(r"\b(?:one|1|the|either)\s+end\b|\bat\s+the\s+start\b",
                                      text) or not re.search(r"\bhow\s+many\b", text):
        return None
    rows = [m for m in ROW.finditer(text) if not every.start() <= m.start() < every.end()]
    noun = re.search(r"\bhow\s+many\s+([a-z]+)", text)
    if len(rows) != 1 or noun is None:
        return None

    def metres(value: str, unit: str) -> Fraction:
        return _f(value) / (100 if unit.lower() == "cm" else 1)

    gap = metres(every.group(1), every.group(2))
    if gap <= 0:
        return None
    count = math.floor(metres(rows[0].group(1), rows[0].group(2)) / gap) + 1
    return Trip(noun.group(1), Fraction(count), noun.group(1), f"{count} {noun.group(1)}",
                f"{rows[0].group(0)} ÷ {every.group(1)} {every.group(2)}, + 1 at the start")


PRINT = _c(rf"{NUM}\s+copies\s+of\s+(?:an?\s+)?{NUM}[\s-]*pages?\b[^.?]*?\b{NUM}\s*(?:ppm|pages?\s+"
           r"(?:per|a)\s+minute)")


def print_time(text: str) -> Trip | None:
    m = PRINT.search(text)
    if m is None or _f(m.group(3)) <= 0:
        return None
    minutes = _f(m.group(1)) * _f(m.group(2)) / _f(m.group(3))
    return Trip("time", minutes, "minutes", f"{_show(minutes)} minutes",
                f"{m.group(1)} × {m.group(2)} pages ÷ {m.group(3)} a minute")


BOOK = _c(rf"{NUM}\s+pages\b[^.?]*?\b(?:on|at|up\s+to|read)\s+page\s+{NUM}[^.?]*?\b{NUM}\s+days")


def pages_a_day(text: str) -> Trip | None:
    m = BOOK.search(text)
    if m is None or _f(m.group(3)) <= 0:
        return None
    left = _f(m.group(1)) - _f(m.group(2))
    exact = left / _f(m.group(3))
    whole = math.ceil(exact)
    return Trip("pages a day", Fraction(whole), "pages a day",
                f"{whole} pages a day ({_show(exact)} exactly, rounded up)",
                f"({m.group(1)} − {m.group(2).rstrip(',')}) ÷ {m.group(3)} days")


def portions_and_paces(text: str) -> Trip | None:
    """Any of the readers above."""
    return in_portions(text) or batch_total(text) or shared_each(text) or \
        stops_on_the_way(text) or along_a_row(text) or print_time(text) or pages_a_day(text)
