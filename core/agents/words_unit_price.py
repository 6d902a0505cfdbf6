"""A price per one unit told per another of the same kind: "cheese at £36.03 per kg — how
much per pound?" → £16.34 per lb; "diesel is £1.51/L, what is that per US gallon?" → £5.72;
"$4.99/lb in per kg?" → $11.00; "carpet €25 a square metre, per square yard?" → €20.90.

The factors are exact (international pound, US and imperial gallons); a gallon or a pint
with no country named is the US one unless the text is British (UK, imperial or pounds
sterling)."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip

NUM = r"(\d[\d,]*(?:\.\d+)?|\.\d+)"
UNIT = (r"(?:(us|uk|imperial|american|british)\s+)?(kgs?|kilo(?:gram)?s?|g|grams?|100\s*g|lbs?|"
        r"pounds?|oz|ounces?|stones?|l|ltr|litres?|liters?|ml|gal(?:lon)?s?|pints?|pt|quarts?|"
        r"fl\.?\s*oz|m|metres?|meters?|cm|km|ft|foot|feet|yards?|yd|inch(?:es)?|miles?|m²|m2|"
        r"sq\.?\s*m|square\s+met(?:re|er)s?|sq\.?\s*ft|ft²|square\s+(?:foot|feet)|sq\.?\s*yd|"
        r"square\s+yards?|acres?|hectares?|ha)\b")
SIGN = r"([$€£¥])"
PRICE = _c(rf"{SIGN}\s*{NUM}\s*(?:per|/|a|an|each)\s*{UNIT}|{NUM}\s*{SIGN}\s*(?:per|/|a|an)\s*"
           rf"{UNIT}")
ASKED = _c(rf"\b(?:per|a|an|/|each|for\s+(?:a|one|1|each))\s*{UNIT}(?=\s*(?:\?|$|[.,;)]|"
           rf"instead|then|please|here|there))")
BRITISH = _c(r"\b(?:uk|imperial|british)\b|£")

MASS = {"kg": Fraction(1), "g": Fraction(1, 1000), "100 g": Fraction(1, 10),
        "lb": Fraction("0.45359237"), "oz": Fraction("0.028349523125"),
        "stone": Fraction("6.35029318")}
VOLUME = {"l": Fraction(1), "ml": Fraction(1, 1000), "us gal": Fraction("3.785411784"),
          "uk gal": Fraction("4.54609"), "us pt": Fraction("0.473176473"),
          "uk pt": Fraction("0.56826125"), "us qt": Fraction("0.946352946"),
          "uk qt": Fraction("1.1365225"), "us fl oz": Fraction("0.0295735295625"),
          "uk fl oz": Fraction("0.0284130625")}
LENGTH = {"m": Fraction(1), "cm": Fraction(1, 100), "km": Fraction(1000),
          "ft": Fraction("0.3048"), "yd": Fraction("0.9144"), "in": Fraction("0.0254"),
          "mile": Fraction("1609.344")}
AREA = {"m²": Fraction(1), "ft²": Fraction("0.09290304"), "yd²": Fraction("0.83612736"),
        "acre": Fraction("4046.8564224"), "ha": Fraction(10000)}
KINDS = (MASS, VOLUME, LENGTH, AREA)
SIMPLE = {"kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg",
          "kilograms": "kg", "g": "g", "gram": "g", "grams": "g", "lb": "lb", "lbs": "lb",
          "pound": "lb", "pounds": "lb", "oz": "oz", "ounce": "oz", "ounces": "oz",
          "stone": "stone", "stones": "stone", "l": "l", "ltr": "l", "litre": "l",
          "litres": "l", "liter": "l", "liters": "l", "ml": "ml", "m": "m", "metre": "m",
          "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "km": "km", "ft": "ft",
          "foot": "ft", "feet": "ft", "yard": "yd", "yards": "yd", "yd": "yd",
          "inch": "in", "inches": "in", "mile": "mile", "miles": "mile"}


def _key(word: str, country: str | None, british: bool) -> str | None:
    """The table key of a unit word ("pounds" → "lb", "gallon" → "us gal")."""
    w = re.sub(r"\s+", " ", word.lower().replace(".", ""))
    place = "uk" if (country or "").lower() in ("uk", "imperial", "british") or (
        not country and british) else "us"
    if w.startswith("acre"):
        return "acre"
    if w.startswith("hectare") or w == "ha":
        return "ha"
    if w.startswith(("sq", "square")) or w in ("m²", "m2", "ft²"):
        return "yd²" if "y" in w else "ft²" if "f" in w else "m²"
    if w in SIMPLE:
        return SIMPLE[w]
    if w.replace(" ", "") == "100g":
        return "100 g"
    if w.startswith("gal"):
        return f"{place} gal"
    if w.startswith(("pint", "pt")):
        return f"{place} pt"
    if w.startswith("quart"):
        return f"{place} qt"
    if w.startswith("fl"):
        return f"{place} fl oz"
    return None


def _size(key: str) -> tuple[int, Fraction] | None:
    return next(((n, table[key]) for n, table in enumerate(KINDS) if key in table), None)


def unit_price(text: str) -> Trip | None:
    """The price per the unit asked, from a price per another unit (text expanded,
    lower-cased)."""
    if not re.search(r"[$€£¥]", text):
        return None
    price = PRICE.search(text)
    if price is None:
        return None
    sign, amount, country, word = (price.group(1), price.group(2), price.group(3),
                                   price.group(4)) if price.group(1) else (
        price.group(6), price.group(5), price.group(7), price.group(8))
    british = BRITISH.search(text) is not None
    source = _key(word, country, british)
    asked = next((m for m in ASKED.finditer(text, price.end())), None)
    if source is None or asked is None:
        return None
    target = _key(asked.group(2), asked.group(1), british)
    if target is None or target == source:
        return None
    first, second = _size(source), _size(target)
    if first is None or second is None or first[0] != second[0]:
        return None
    value = Fraction(amount.replace(",", "")) * second[1] / first[1]
    shown = f"{sign}{float(round(value, 2)):,.2f} per {target}"
    factor = f"{float(second[1] / first[1]):.6g}"
    return Trip("price", value, "money", shown,
                f"{sign}{amount} per {source} × {factor} {source} in a {target}")
