"""An area from two sides in the unit the question names, and rain collected on an area:
"Field is 253 m by 278 m, area in hectares?" → 7.03 ha; "9 ft by 13 ft in square metres" →
10.87 m²; "deck 24 ft 9 in by 13 ft, square feet?" → 321.75 sq ft; "21 mm of rain on a 56 m²
roof, litres?" → 1176 litres (a millimetre on a square metre is a litre)."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _f, _show

N = r"(\d[\d,]*(?:\.\d+)?|\.\d+)"
LEN = r"(mm|cm|m|km|ft|feet|foot|in|inch(?:es)?|yds?|yards?|metres?|meters?|miles?|mi)"
SIDE = rf"{N}\s*{LEN}?(?:\s*{N}\s*(in|inch(?:es)?|\"))?"
SIDES = _c(rf"(?<![\d.]){SIDE}\s*(?:by|x|×|\*)\s*{SIDE}\b")
METRES = {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1),
          "km": Fraction(1000), "ft": Fraction("0.3048"), "in": Fraction("0.0254"),
          "yd": Fraction("0.9144"), "mi": Fraction("1609.344")}
TARGETS = ((r"hectares?|\bha\b", "ha", Fraction(10000)), (r"acres?", "acres", Fraction(
    "4046.8564224")), (r"square\s+met(?:re|er)s?|sq\.?\s*m\b|m²|m2\b|sqm", "m²", Fraction(1)),
    (r"square\s+f(?:ee|oo)t|sq\.?\s*ft|ft²|ft2\b", "sq ft", Fraction("0.09290304")),
    (r"square\s+yards?|sq\.?\s*yds?|yd²", "sq yd", Fraction("0.83612736")),
    (r"square\s+kilomet\w+|km²|sq\.?\s*km", "km²", Fraction(1000000)),
    (r"square\s+inch(?:es)?|sq\.?\s*in\b|in²", "sq in", Fraction("0.00064516")))
AREA_ASK = _c(r"\barea\b|\bsquare\s+\w+|\bsq\.?\s*\w+|\bhectares?\b|\bacres?\b|[m²]²|\bm2\b")
PER_AREA = _c(r"(?:\bper|/|\ba|\beach|\bevery)\s*(?:m²|m2\b|sq\.?\s*(?:m|ft|yd)\b|square\s+\w+|"
              r"hectare|acre|ha\b)")
OTHER_ASK = _c(r"\bhow\s+(?:many|much)\s+(?!square|sq\b|hectares?|acres?|m²|m2\b|area)[a-z]+")
COVER = _c(r"(?:m²|m2\b|sq\.?\s*(?:m|ft)\b|square\s+\w+)\s*(?:per|a|an|/|each|every)\s+[a-z]")
RAIN = _c(rf"{N}\s*mm\s+(?:of\s+)?(?:rain|rainfall|water)\b")
SURFACE = _c(rf"{N}\s*(?:m²|m2|sq\.?\s*m|square\s+met(?:re|er)s?)")
LITRES_ASK = _c(r"\blit(?:re|er)s?\b|\bhow\s+much\s+water\b|\bl\s*\?")


def _unit(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if word in ("feet", "foot"):
        return "ft"
    if word.startswith("inch"):
        return "in"
    if word.startswith(("metre", "meter")):
        return "m"
    if word.startswith(("yd", "yard")):
        return "yd"
    if word.startswith("mile"):
        return "mi"
    return word


def _metres(value: str, unit: str, inches: str | None) -> Fraction:
    length = _f(value) * METRES[unit]
    return length + (_f(inches) * METRES["in"] if inches else 0)


def area_in_units(text: str) -> Trip | None:
    """Two sides multiplied, shown in the area unit named (else the square of the sides')."""
    sides = SIDES.search(text)
    if sides is None or AREA_ASK.search(text) is None or PER_AREA.search(text) or (
            OTHER_ASK.search(text) or COVER.search(text)):
        return None  # "35 g per m², lawn 8 m x 13 m, how many kg?": an amount per area
    first, second = _unit(sides.group(2)), _unit(sides.group(6))
    first = first or second
    if first is None or second is None or first not in METRES or second not in METRES:
        return None
    square = _metres(sides.group(1), first, sides.group(3)) * _metres(
        sides.group(5), second, sides.group(7))
    rest = text[:sides.start()] + " " + text[sides.end():]
    named = next(((label, size) for pattern, label, size in TARGETS
                  if re.search(pattern, rest, re.I)), None)
    if named is None:
        label = {"ft": "sq ft", "m": "m²", "in": "sq in", "yd": "sq yd", "km": "km²",
                 "cm": "cm²", "mm": "mm²"}.get(first)
        if label is None or first != second or not (sides.group(3) or sides.group(7)):
            return None  # a plain "4.2 m by 3.5 m, area?" stays with the maths
        named = (label, METRES[first] ** 2)
    value = square / named[1]
    return Trip("area", value, named[0], f"{_show(value)} {named[0]}",
                f"{sides.group(0).strip()} in {named[0]}")


def rain_collected(text: str) -> Trip | None:
    """Litres of rain on a surface: millimetres × square metres."""
    rain, surface = RAIN.search(text), SURFACE.search(text)
    if rain is None or surface is None or LITRES_ASK.search(text) is None:
        return None
    value = _f(rain.group(1)) * _f(surface.group(1))
    return Trip("rain collected", value, "litres", f"{_show(value)} litres",
                f"{rain.group(1)} mm × {surface.group(1)} m² (1 mm on 1 m² = 1 litre)")
