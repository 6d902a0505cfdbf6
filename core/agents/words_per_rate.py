"""An amount from a stated "so much of one per so much of another", either way round:
"1.5 cups of water per cup of rice, water for 2.5 cups of rice?" → 3.75 cups; "1 unit per 8 g
of carbs, the meal has 20 g" → 2.5 units; "40 IU per mcg: 2,500 IU in micrograms?" → 62.5 mcg;
"2 scoops per 200 ml, how many scoops for 500 ml?" → 5 scoops.

The rate's two sides are told apart by their units or, with the same unit on both sides, by
the thing named after it ("cups of water" per "cup of rice").
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _f, _show

N = r"(\d[\d,]*(?:\.\d+)?|\.\d+)"
UNIT = (r"(cups?|g|grams?|mg|milligrams?|mcg|µg|micrograms?|iu|units?|ml|millilit(?:er|re)s?|"
        r"tbsps?|tablespoons?|tsps?|teaspoons?|scoops?|drops?|tablets?|capsules?|servings?|"
        r"portions?|sachets?|pumps?|shots?|oz|ounces?)")
THING = r"(?:\s+(?:of\s+)?(?!per\b|for\b|a\b|an\b|each\b|every\b|to\b|is\b|and\b)([a-z]+))?"
RATE = _c(rf"(?:{N}\s*)?{UNIT}\b{THING}\s*(?:per|for\s+(?:each|every)|/|to\s+(?:each|every|one)|"
          rf"in\s+(?:each|every)|=|every|each)\s*(?:a\s+|an\s+|one\s+|each\s+|every\s+)?"
          rf"(?:{N}\s*)?{UNIT}\b{THING}")
AMOUNT = _c(rf"(?<![\d.]){N}\s*{UNIT}\b{THING}")
PER_BODY_KG = _c(r"\s*(?:per|/|a|each|for\s+each)\s*(?:kg|kilo(?:gram)?s?)\b(?:\s*/\s*day\b)?")
BODY_KG = _c(rf"(?<![\d.]){N}\s*(?:kg|kilo(?:gram)?s?)\b")
ASK = _c(r"\bhow\s+(?:much|many)\b|\?|\bwhat\s+(?:amount|dose|volume)\b|\bin\s+[a-zµ]+\s*$")
SAME = {"cup": "cup", "g": "g", "gram": "g", "mg": "mg", "milligram": "mg", "mcg": "mcg",
        "µg": "mcg", "microgram": "mcg", "iu": "iu", "unit": "unit", "ml": "ml",
        "milliliter": "ml", "millilitre": "ml", "tbsp": "tbsp", "tablespoon": "tbsp",
        "tsp": "tsp", "teaspoon": "tsp", "oz": "oz", "ounce": "oz"}
SHOWN = {"cup": "cups", "unit": "units", "iu": "IU", "tbsp": "tbsp", "tsp": "tsp", "oz": "oz"}


def _key(unit: str) -> str:
    unit = unit.lower()
    bare = unit[:-1] if unit.endswith("s") and unit not in ("mcg",) else unit
    return SAME.get(bare, SAME.get(unit, bare))


def _thing(word: str | None) -> str:
    return (word or "").lower().rstrip("s")


def _label(key: str, value: Fraction) -> str:
    if key in SHOWN:
        return SHOWN[key] if value != 1 or key in ("iu", "tbsp", "tsp", "oz") else key
    if key in ("g", "mg", "mcg", "ml"):
        return key
    return key + ("s" if value != 1 else "")


def per_rate(text: str) -> Trip | None:
    """The other side of a stated rate for an amount of one side."""
    if not ASK.search(text):
        return None
    for rate in RATE.finditer(text):
        a, b = _f(rate.group(1) or "1"), _f(rate.group(4) or "1")
        ua, ub = _key(rate.group(2)), _key(rate.group(5))
        ta, tb = _thing(rate.group(3)), _thing(rate.group(6))
        if a <= 0 or b <= 0 or (ua == ub and (not ta or not tb or ta == tb)):
            continue
        for amount in AMOUNT.finditer(text):
            if rate.start() <= amount.start() < rate.end():
                continue
            key, thing = _key(amount.group(2)), _thing(amount.group(3))
            value = _f(amount.group(1))
            shown = amount.group(0).strip()
            if PER_BODY_KG.match(text, amount.end(2)):  # "12 mg per kg": times the body weight
                weights = [w for w in BODY_KG.finditer(text)
                           if not amount.start() <= w.start() <= amount.end(2) + 12]
                if len(weights) != 1:
                    return None
                value *= _f(weights[0].group(1))
                shown = f"{shown} per kg × {weights[0].group(1)} kg"
            if key == ub and (ua != ub or thing == tb):
                worked, unit, name = value * a / b, ua, ta
            elif key == ua and (ua != ub or thing == ta):
                worked, unit, name = value * b / a, ub, tb
            else:
                continue
            label = _label(unit, worked)
            if re.search(rf"\bhow\s+(?:much|many)\s+{re.escape(amount.group(2))}\b", text):
                continue  # the amount's own unit asked: a different question
            return Trip(name or unit, worked, label, f"{_show(worked)} {label}",
                        f"{shown} at {rate.group(0).strip()}")
    return None
