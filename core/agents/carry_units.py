"""Unit words as one key each, so a result "in kilograms" meets a rate "per kg".

The rate carry (:mod:`core.agents.carry_rate`) compares the unit of an earlier part's result
(a reader's unit symbol, pint's name, or the word after a bold figure) with the units a
later part's rate or factor names.
"""

from __future__ import annotations

import re

KEYS: dict[str, str] = {}
for _key, _words in {
    "kg": "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes",
    "g": "g gram grams gramme grammes gm",
    "mg": "mg milligram milligrams",
    "mcg": "mcg µg microgram micrograms",
    "lb": "lb lbs",
    "oz": "oz ounce ounces",
    "st": "stone stones",
    "km": "km kms kilometre kilometres kilometer kilometers",
    "m": "m metre metres meter meters",
    "cm": "cm centimetre centimetres centimeter centimeters",
    "mm": "mm millimetre millimetres millimeter millimeters",
    "mi": "mi mile miles",
    "in": "inch inches",
    "ft": "ft foot feet",
    "yd": "yd yard yards",
    "l": "l litre litres liter liters ltr",
    "ml": "ml millilitre millilitres milliliter milliliters",
    "gal": "gal gallon gallons",
    "cup": "cup cups",
    "tbsp": "tbsp tablespoon tablespoons",
    "tsp": "tsp teaspoon teaspoons",
    "kcal": "kcal kcals calorie calories kilocalorie kilocalories cal cals",
    "kj": "kj kilojoule kilojoules",
    "kwh": "kwh kilowatt_hour kilowatt_hours",
    "h": "h hr hrs hour hours",
    "min": "min mins minute minutes",
    "s": "s sec secs second seconds",
    "day": "day days",
    "week": "week weeks",
    "step": "step steps",
    "km/h": "km/h kmh kph kilometer_per_hour kilometre_per_hour",
    "mi/h": "mph mi/h mile_per_hour miles_per_hour",
}.items():
    for _word in _words.split():
        KEYS[_word] = _key

CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "usd": "USD", "eur": "EUR", "gbp": "GBP",
              "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR"}
DIMENSION = {"kg": "mass", "g": "mass", "mg": "mass", "mcg": "mass", "lb": "mass",
             "oz": "mass", "st": "mass", "km": "length", "m": "length", "cm": "length",
             "mm": "length", "mi": "length", "in": "length", "ft": "length", "yd": "length",
             "l": "volume", "ml": "volume", "gal": "volume", "cup": "volume",
             "tbsp": "volume", "tsp": "volume", "kcal": "energy", "kj": "energy",
             "kwh": "energy", "h": "time", "min": "time", "s": "time"}
# how many of the base unit of the dimension one unit is, for units fixed by definition
SCALE = {"kg": 1000.0, "g": 1.0, "mg": 0.001, "mcg": 1e-6, "km": 1000.0, "m": 1.0,
         "cm": 0.01, "mm": 0.001, "l": 1000.0, "ml": 1.0, "h": 3600.0, "min": 60.0,
         "s": 1.0}
SHOWN = {"kg": "kg", "g": "g", "mg": "mg", "mcg": "mcg", "lb": "lb", "oz": "oz", "st": "st",
         "km": "km", "m": "m", "cm": "cm", "mm": "mm", "mi": "miles", "in": "inches",
         "ft": "ft", "yd": "yd", "l": "litres", "ml": "ml", "gal": "gallons", "cup": "cups",
         "tbsp": "tbsp", "tsp": "tsp", "kcal": "kcal", "kj": "kJ", "kwh": "kWh", "h": "hours",
         "min": "minutes", "s": "seconds", "km/h": "km/h", "mi/h": "mph", "USD": "USD",
         "EUR": "EUR", "GBP": "GBP"}
WORD = re.compile(r"[a-zµ_/$€£]+", re.I)


def unit_key(text: str) -> str:
    """The key of the unit ``text`` starts with ("kilograms" → "kg", "cups of sugar" →
    "cup", "USD" → "USD"), or "" when it names none."""
    words = WORD.findall(text.strip().lower().replace("per_hour", "_per_hour"))
    if not words:
        return ""
    word = words[0]
    if "/" in word and word not in KEYS:  # "kcal/day", "l/min"
        top, _, per = word.partition("/")
        top, per = unit_key(top), unit_key(per)
        return f"{top}/{per}" if top and per else ""
    if word in CURRENCIES:
        return CURRENCIES[word]
    if word in KEYS:
        return KEYS[word]
    if word.endswith("s") and word[:-1] in KEYS:
        return KEYS[word[:-1]]
    return ""


def shown(key: str) -> str:
    return SHOWN.get(key, key)


def metric_factor(source: str, target: str) -> float | None:
    """How many ``target`` one ``source`` is, for two metric units of one dimension."""
    if source == target:
        return 1.0
    if source in SCALE and target in SCALE and DIMENSION.get(source) == DIMENSION.get(target):
        return SCALE[source] / SCALE[target]
    return None


__all__ = ["CURRENCIES", "metric_factor", "shown", "unit_key"]
