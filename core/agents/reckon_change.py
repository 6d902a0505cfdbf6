"""How much a measured amount went up or down, in the unit it was given.

"went from 114 kg to 99.8 kg, how much did I lose?" → 14.2 kg; "I was 12.5 stone and now
I'm 11.9 stone - how much have I lost?" → 0.6 stone; "the tank had 42 litres, now 17.5
litres. how much was used?" → 24.5 litres. Both amounts need the same unit (a later part
may convert the answer: "… and how many pounds is that?"); a percentage change is
:mod:`core.agents.money_words`. The text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.]*\d)"
UNITS = {"kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"),
         "g": ("g", "gram", "grams"), "lb": ("lb", "lbs", "pound", "pounds"),
         "stone": ("st", "stone", "stones"), "km": ("km", "kilometre", "kilometres",
                                                    "kilometer", "kilometers"),
         "m": ("m", "metre", "metres", "meter", "meters"),
         "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
         "miles": ("mi", "mile", "miles"), "ft": ("ft", "foot", "feet"),
         "in": ("in", "inch", "inches"), "litres": ("l", "litre", "litres", "liter", "liters"),
         "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters")}
NAME = {word: unit for unit, words in UNITS.items() for word in words}
UNIT = "|".join(sorted(NAME, key=len, reverse=True))
MEASURE = _c(rf"(?<![\d./]){NUM}\s*({UNIT})\b(?!\s*(?:/|per\b|an?\s+(?:hour|day|week)))")
DOWN = _c(r"\b(?:lose|lost|losing|drop(?:ped)?|fall|fell|fallen|shed|down|less|lighter|shorter|"
          r"used|use|burn(?:ed|t)?|decrease[ds]?|shrank|shrunk|go\s+down|went\s+down|"
          r"spent|empt\w+)\b")
UP = _c(r"\b(?:gain(?:ed)?|put\s+on|grew|grow|grown|up|more|heavier|taller|longer|rise|rose|"
        r"increase[ds]?|go\s+up|went\s+up|add(?:ed)?)\b")
ASK = _c(r"\bhow\s+(?:much|many(?:\s+\w+)?)\s+(?:\w+\s+){0,4}?(?:did|have|has|had|is|was|will|"
         r"do|does)?\s*(?:i|we|you|he|she|it|they)?\s*(?:lose|lost|gain(?:ed)?|put\s+on|drop(?:ped)?"
         r"|fall|fell|shed|grow|grew|grown|use|used|burn(?:ed|t)?|go\s+(?:up|down)|gone\s+(?:up|"
         r"down)|change[ds]?|rise|rose|increase[ds]?|decrease[ds]?|shr[ai]nk|less|more|lighter|"
         r"heavier|taller|shorter|longer)\b|\b(?:what(?:\s+is|'s)?|find)\s+(?:the\s+)?(?:difference|"
         r"change|loss|gain|drop|weight\s+loss)\b")
PERCENT = _c(r"%|\bpercent|\bper\s*cent")


def measured_change(text: str) -> Reckoned | None:
    """The difference between two amounts in one unit, when a change is asked."""
    if (ask := ASK.search(text)) is None or PERCENT.search(text):
        return None
    found = [m for m in MEASURE.finditer(text) if not ask.start() <= m.start() < ask.end()]
    if len(found) != 2:
        return None
    units = {NAME[m.group(2).lower()] for m in found}
    if len(units) != 1:
        return None
    unit = units.pop()
    first, second = (Fraction(m.group(1).replace(",", "")) for m in found)
    change = second - first
    word = ask.group(0)
    name = ("used" if re.search(r"\bus(?:e|ed)\b", word) else "grew" if re.search(
        r"\bgr[eo]w|\btaller\b", word) else "lost" if DOWN.search(word) else "gained" if
        UP.search(word) else "difference")
    plain = unit if unit != "litres" or abs(change) != 1 else "litre"
    high, low = max(first, second), min(first, second)
    basis = f"{show(high)} {unit} − {show(low)} {unit}"
    return Reckoned(name, abs(change), plain, basis)
