"""How much a measured amount went up or down, in the unit it was given.

"went from 114 kg to 99.8 kg, how much did I lose?" → 14.2 kg; "I was 12.5 stone and now
I'm 11.9 stone - how much have I lost?" → 0.6 stone; "the tank had 42 litres, now 17.5
litres. how much was used?" → 24.5 litres. Both amounts need the same unit (a later part
may convert the answer: "… and how many pounds is that?"); a percentage change between two
amounts is :mod:`core.agents.money_words`. Percentage changes one after another compound:
"rose 10% on Monday, then fell 10% on Tuesday - the overall change?" → −1% (1.1 × 0.9). The
text is expanded and lower-cased.
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


# --- percentage changes one after another --------------------------------------------------

PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
STEP = _c(rf"\b(?:(rose|rises|risen|rise|grew|grows|grown|gained|gains|increased|increases|"
          rf"went\s+up|goes\s+up|gone\s+up|up|jumped|climbed|added)|(fell|falls|fallen|fall|dropped|"
          rf"drops|drop|"
          rf"lost|loses|decreased|decreases|went\s+down|goes\s+down|gone\s+down|down|shrank|"
          rf"declined|slipped|cut|lose))\s+(?:by\s+|another\s+)?{PCT}|{PCT}\s+(?:(rise|increase|gain|"
          rf"jump|raise|growth|up)|(fall|drop|decrease|loss|cut|decline|down))\b|\b(?:and|then)\s+"
          rf"(?:another\s+|a\s+further\s+|by\s+)?{PCT}(?!\s*(?:off|of)\b)")
OVERALL = _c(r"\b(?:overall|net|total|in\s+total|altogether|combined|end\s+result|all\s+told|"
             r"in\s+the\s+end|from\s+the\s+start|compared\s+(?:to|with)\s+(?:the\s+)?start)\b|"
             r"\bwhat\s+(?:is|was)\s+the\s+(?:percent(?:age)?\s+)?change\b")


def successive_change(text: str) -> Reckoned | None:
    """Two or more percentage rises and falls in turn as one overall percentage change."""
    if not OVERALL.search(text):
        return None
    steps = list(STEP.finditer(text))
    if not 2 <= len(steps) <= 8 or steps[0].group(7):
        return None
    if re.search(r"[$€£¥]|\d\s*(?:kg|km|lb|dollars?|euros?|pounds?)\b", text):
        return None  # an amount that changes: the price and money readers
    factor, said, up = Fraction(1), [], True
    for m in steps:  # "and 15%" goes the way of the step before it
        up = bool(m.group(1) or m.group(5)) if not m.group(7) else up
        rate = Fraction(m.group(3) or m.group(4) or m.group(7))
        if not up and rate > 100:
            return None
        factor *= 1 + rate / 100 if up else 1 - rate / 100
        said.append(f"{'+' if up else '−'}{show(rate)}%")
    change = (factor - 1) * 100
    word = "increase" if change > 0 else "decrease" if change < 0 else "change"
    sign = "-" if change < 0 else "+" if change > 0 else ""
    basis = " then ".join(said) + f": × {show(factor)} overall"
    return Reckoned("overall change", change, "%", basis,
                    text=f"{sign}{show(abs(change))}% (a {show(abs(change))}% {word})")
