"""Everyday geometry asked in words: a road gradient in percent as an angle (and back), and
the area of a round thing by its size ("a 14 inch pizza"), or of a square tile by its side,
in the square unit asked.

"a 10% gradient in degrees?" → 5.71°; "a 12 inch pizza, how many square inches?" → 113.1
square inches; "30 cm square tiles, area in square inches?" → 139.5 square inches.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _show

GRADE = _c(r"(\d+(?:\.\d+)?)\s*%\s*(?:gradient|grade|slope|incline|hill|climb)|"
           r"\b(?:gradient|grade|slope|incline)\s+(?:of\s+)?(\d+(?:\.\d+)?)\s*%")
ANGLE = _c(r"(\d+(?:\.\d+)?)\s*(?:°|degrees?)\s*(?:slope|incline|angle|hill|ramp)?")
LENGTH = {"inch": Fraction("2.54"), "in": Fraction("2.54"), "cm": Fraction(1),
          "mm": Fraction(1, 10), "ft": Fraction("30.48"), "m": Fraction(100)}
SIZE = _c(r"(\d+(?:\.\d+)?)\s*(?:-\s*)?(inch(?:es)?|in\b|\"|cm|mm)\s*(?:diameter\s+)?"
          r"(?:round\s+)?(pizza|pie|cake|tin|pan|plate|tortilla|circle|table|one)?")
SQUARE_ASK = _c(r"\bsquare\s+(inch(?:es)?|cm|centimet(?:er|re)s?|feet|foot|ft|met(?:er|re)s?|m)\b|"
                r"\b(?:sq\.?\s*|)(in|cm|ft|m)(?:²|2)\b")
ROUND = _c(r"\b(?:pizza|pie|cake|tin|pan|tortilla|circle|round)\b")


def _unit_key(word: str) -> str:
    word = word.lower()
    if word.startswith(("inch", "in", '"')):
        return "in"
    if word.startswith(("centi", "cm")):
        return "cm"
    if word.startswith(("f",)):
        return "ft"
    if word.startswith("mm"):
        return "mm"
    return "m"


def gradient(text: str) -> Trip | None:
    """A gradient in percent as an angle, or an angle of slope as a gradient."""
    grade = GRADE.search(text)
    if grade is not None and re.search(r"\bangle\b|\bdegrees?\b|°", text):
        given = float(grade.group(1) or grade.group(2))
        angle = Fraction(math.degrees(math.atan(given / 100))).limit_denominator(10 ** 6)
        return Trip("angle", angle, "°", f"{_show(angle)}°", f"atan({given:g}%)")
    angle_m = ANGLE.search(text)
    if angle_m is not None and re.search(r"\b(?:percent|%)\s*(?:gradient|grade|slope)|\bgradient\b|"
                                         r"\bgrade\b", text) and GRADE.search(text) is None:
        degrees = float(angle_m.group(1))
        if not 0 < degrees < 90:
            return None
        share = Fraction(math.tan(math.radians(degrees)) * 100).limit_denominator(10 ** 6)
        return Trip("gradient", share, "%", f"{_show(share)}%", f"tan({degrees:g}°) × 100")
    return None


def area_by_size(text: str) -> Trip | None:
    """The area of a round thing by its diameter, or a square tile by its side, in the
    square unit the question asks."""
    ask = SQUARE_ASK.search(text)
    sizes = list(SIZE.finditer(text))
    if ask is None or len(sizes) != 1 or not re.search(r"\barea\b|\bsquare\b|\bhow\s+(?:many|much)"
                                                       r"\b", text):
        return None
    target = _unit_key(ask.group(1) or ask.group(2))
    size = Fraction(sizes[0].group(1)) * LENGTH[_unit_key(sizes[0].group(2))]  # in cm
    side = size / LENGTH[target]
    if ROUND.search(text) and not re.search(r"\bsquare\s+(?:tile|pizza|cake|tin)|\bcm\s+square\b|"
                                            r"\binch(?:es)?\s+square\b", text):
        area = Fraction(math.pi * float(side / 2) ** 2).limit_denominator(10 ** 6)
        basis = f"π × ({_show(side)} ÷ 2)²"
    elif re.search(r"\bsquare\b", text[sizes[0].end():sizes[0].end() + 12]) or re.search(
            r"\btiles?\b", text):
        area = side * side
        basis = f"{_show(side)} × {_show(side)}"
    else:
        return None
    label = {"in": "square inches", "cm": "square cm", "ft": "square feet", "m": "square metres",
             "mm": "square mm"}[target]
    return Trip("area", area, label, f"{_show(area)} {label}", basis)


def geometry(text: str) -> Trip | None:
    return gradient(text) or area_by_size(text)
