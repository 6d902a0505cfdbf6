"""Grams (or millilitres) in one of each everyday unit of mass or volume, shared by the
readers that compare, divide or total amounts: "a 10 kg bag at 410 g a day", "16 g a cup",
"£1.12 for 200 g, what's that per kilo?", "20 minutes per 500 g". A millilitre counts as a
gram's worth; a reader that must not mix them checks :data:`VOLUME`.
"""

from __future__ import annotations

from fractions import Fraction

POUND_G = Fraction("453.59237")
OUNCE_G = Fraction("28.349523125")
GRAMS: dict[str, Fraction] = {
    "mg": Fraction(1, 1000), "g": Fraction(1), "kg": Fraction(1000), "oz": OUNCE_G,
    "lb": POUND_G, "ml": Fraction(1), "cl": Fraction(10), "l": Fraction(1000)}
VOLUME = frozenset({"ml", "cl", "l"})


def unit_key(word: str) -> str:
    """The key in :data:`GRAMS` a unit word means ("kilos" → "kg", "ounces" → "oz",
    "litres" → "l"); a word it does not know counts as grams."""
    word = word.lower()
    for key, starts in (("mg", ("mg", "milligram")), ("ml", ("ml", "millil")),
                        ("cl", ("cl", "centil")), ("kg", ("k",)), ("lb", ("lb", "pound")),
                        ("oz", ("oz", "ounce")), ("l", ("l",))):
        if word.startswith(starts):
            return key
    return "g"


def grams(word: str) -> Fraction:
    """Grams (or millilitres) in one ``word``: "kg" → 1000, "lbs" → 453.59237."""
    return GRAMS[unit_key(word)]
