"""The rounding a request asks for: "2 dp", "1 decimal", "one decimal place", "to 3 decimal
places", "nearest whole degree", "to the nearest integer", "in whole pounds", "(rounded)", "to the
cent". "To the nearest inch" or "cm" is not read: it rounds a part of a height in feet and
inches."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

PLACES = re.compile(
    r"\b(\d)\s*(?:decimal\s+places?|decimals?|dp|d\.p\.?|places)(?![a-z])|\bto\s+(\d)\s+"
    r"(?:decimal|places)|(?P<whole>\bnearest\s+(?:whole(?:\s+[a-z]+)?|integer|degree|unit|"
    r"(?:whole\s+)?(?:number|degree|percent|minute|second|gram|kilo|calorie|beat|day|"
    r"hour|mile|km|kilometre|metre|meter|litre|liter|ml|mg|kg|g|psi|bar)s?)\b|"
    r"\bwhole\s+(?:number|pounds?|lbs|kilos?|kg|grams?|minutes?|seconds?|hours?|days?|miles?|"
    r"km|kilomet(?:re|er)s?|met(?:re|er)s?|lit(?:re|er)s?|ml|calories|kcal|kj|steps|beats|bpm|"
    r"percent|degrees?|cm|mm|feet|inches|units?)\b|\(\s*rounded\s*\)|\brounded\s*\?)|"
    r"(?P<cent>\bto\s+the\s+(?:nearest\s+)?"
    r"(?:cent|penny)\b)", re.I)


# the places said with a digit at the end, which no reader counts as a quantity: "2 dp",
# "(1 decimal)", "round to 2 decimal places", "rounded to the nearest cent"
SAID = re.compile(
    r"[(,;]?\s*\b(?:(?:and\s+)?round(?:ed|ing)?\s+(?:it\s+|that\s+|off\s+)?(?:to\s+)?)?"
    r"(?:\b\d\s*(?:decimal\s+places?|decimals?|dp|d\.p\.?)(?![a-z])|to\s+(?:the\s+)?nearest\s+"
    r"(?:cent|penny)\b)\s*\)?(?=\s*[?.!]?\s*$)", re.I)


def without_places(text: str) -> str:
    """``text`` without the decimal places it asks for ("cost? 2 dp" → "cost?"), so that
    their digit is not read as one of the quantities."""
    return SAID.sub(" ", text) if SAID.search(text) else text


def asked_places(text: str) -> int | None:
    """The decimal places asked for (0 for a whole number), or None."""
    found = PLACES.search(text)
    if found is None:
        return None
    if found.group("cent"):
        return 2
    if found.group("whole"):
        return 0
    return int(found.group(1) or found.group(2))


def rounded(value: Fraction, places: int) -> str:
    """``value`` to ``places`` decimals, half up, with thousands unseparated: "221.8"."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return format(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
