"""An amount given per so much of something, for another quantity of it: "380 kcal per
100 g, a 30 g serving — how many calories?" → 114 kcal; "a 330 ml can, 10.6 g of sugar per
100 ml: how much sugar?" → 34.98 g; "25 g protein per 100 g, I ate 250 g" → 62.5 g. The two
quantities of the base may be in different units of one kind (g and kg, ml and litres).
Money per amount stays with the price readers.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_dimasks import PERCENT
from core.agents.words_travel import NUM, Trip, _f, _show

WHAT = r"(kcal|calories|cals?|kj|kilojoules?|g|grams?|mg|milligrams?|mcg|µg|ml|iu|units?)"
BASE = r"(g|grams?|kg|kilos?|kilograms?|ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|oz|ounces?)"
RATE = _c(rf"{NUM}\s*{WHAT}\b(?:\s+(?:of\s+)?(?!per\b|in\b|for\b|every\b|each\b)([a-z]+)\b)?"
          rf"(?:\s*/\s*|\s+(?:per|in\s+(?:each|every)|in|for\s+(?:each|every)|every|each)\s+)"
          rf"(?:(?:a|one)\s+)?(?:{NUM}\s*)?{BASE}\b")
AMOUNT = _c(rf"{NUM}\s*-?\s*{BASE}\b")
ASK = _c(r"\bhow\s+(?:many|much)\b|\bwhat(?:'s|\s+is|\s+are)?\s+the\s+(?:total|amount)\b|"
         r"\bin\s+total\b|\bwhat\s+does\s+that\s+come\s+to\b")
SIZE = {"g": Fraction(1), "kg": Fraction(1000), "oz": Fraction("28.349523125"),
        "ml": Fraction(1), "l": Fraction(1000)}
KIND = {"g": "mass", "kg": "mass", "oz": "mass", "ml": "volume", "l": "volume"}
NAMES = {"calories": "kcal", "calorie": "kcal", "cal": "kcal", "cals": "kcal",
         "kilojoule": "kJ", "kilojoules": "kJ", "kj": "kJ", "gram": "g", "grams": "g",
         "milligram": "mg", "milligrams": "mg", "unit": "units"}


def _key(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith("k"):
        return "kg"
    if unit.startswith("o"):
        return "oz"
    if unit.startswith(("ml", "milli")):
        return "ml"
    if unit.startswith("l"):
        return "l"
    return "g"


def per_amount(text: str) -> Trip | None:
    """The amount in a quantity of something whose content per unit is given (text
    expanded, lower-cased), or None."""
    if ASK.search(text) is None or re.search(r"[$€£¥]", text) or PERCENT.search(text):
        return None  # "what percent of my calories …" is a share (words_dimensions)
    rate = RATE.search(text)
    if rate is None:
        return None
    others = [m for m in AMOUNT.finditer(text) if not rate.start() <= m.start() < rate.end()]
    base = _key(rate.group(5))
    others = [m for m in others if KIND[_key(m.group(2))] == KIND[base]]
    if len(others) != 1:
        return None
    per = _f(rate.group(4)) if rate.group(4) else Fraction(1)
    eaten = _f(others[0].group(1)) * SIZE[_key(others[0].group(2))]
    size = per * SIZE[base]
    if size <= 0 or eaten <= 0:
        return None
    from core.agents.words_totals import wider

    if wider(text, 2):  # "1 kcal per kg per km, 76 kg, 10.1 km": all three are used there
        return None
    value = _f(rate.group(1)) * eaten / size
    unit = NAMES.get(rate.group(2).lower(), rate.group(2).lower())
    thing = f" of {rate.group(3)}" if rate.group(3) else ""
    name = rate.group(3) or ("energy" if unit in ("kcal", "kJ") else "amount")
    return Trip(name, value, unit + thing, f"{_show(value)} {unit}{thing}",
                f"{rate.group(0)} × {others[0].group(0).strip()}")
