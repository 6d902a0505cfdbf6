"""A total amount split by a mixing ratio, every part asked at once.

"need 3 litres of paint mixed 2:3 white to blue. how much of each?" → white 1.2 L, blue
1.8 L; "mix paint 3:2, I need 10 litres, how much of each" → 6 L and 4 L; three parts
("cement, sand and gravel 1:2:3, 12 kg in all, how much of each?") work the same way. The
sides are named when the text names them ("white to blue", "sand and cement"). One side
asked alone is left to :mod:`core.agents.words_ratio`.

The text is expanded and lower-cased; the reader needs a ratio, an amount with its unit and
an ask for each part.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

RATIO = _c(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)(?:\s*:\s*(\d+(?:\.\d+)?))?(?![\d:])")
EACH_ASK = _c(r"\b(?:how\s+(?:much|many)|what\s+(?:amount|quantity|volume|weight))\b[^.?!]{0,30}?"
              r"\b(?:of\s+)?(?:each|both|every\s+(?:one|part))\b|\beach\s+(?:part|one|side|"
              r"colou?r|ingredient|component)\b[^.?!]{0,20}\?|\bsplit\s+(?:it\s+)?(?:up\s+)?into\s+"
              r"(?:the\s+)?parts\b")
UNIT = (r"(ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|g|grams?|kg|kilo(?:gram)?s?|cups?|oz|ounces?|"
        r"gallons?|gal|pints?|quarts?|tonnes?|tons?|lbs?|pounds?|buckets?|scoops?|parts?)")
AMOUNT = _c(rf"(?<![\d.:])(\d+(?:\.\d+)?)\s*{UNIT}\b")
NAMES = _c(r"\b([a-z]+)\s*(?:,\s*([a-z]+)\s*,?\s*)?(?:to|and|&|/|with|:)\s+([a-z]+)\b")
SHORT = {"millilitre": "ml", "milliliter": "ml", "litre": "L", "liter": "L", "l": "L",
         "gram": "g", "kilogram": "kg", "kilo": "kg", "ounce": "oz", "gal": "gallons",
         "lb": "lb", "pound": "lb"}
NOT_NAMES = frozenset(("of", "the", "a", "an", "is", "in", "at", "by", "ratio", "mix", "mixed",
                       "mixing", "parts", "part", "need", "make", "it", "them", "want", "i", "we",
                       "and", "to", "with", "litres", "liters", "ml", "kg", "g", "each",
                       "total", "all"))


def _unit(word: str) -> str:
    key = word.lower()
    if key.endswith("s") and key not in ("gallons", "lbs"):
        key = key[:-1]
    return SHORT.get(key, key)


def mix_parts(text: str) -> Reckoned | None:
    """Each part of a total split by a ratio, when each is asked."""
    if ":" not in text or (ask := EACH_ASK.search(text)) is None:
        return None
    ratio = RATIO.search(text)
    if ratio is None:
        return None
    parts = [Fraction(g) for g in ratio.groups() if g is not None]
    if any(p <= 0 for p in parts):
        return None
    total = next((m for m in AMOUNT.finditer(text) if m.group(2).lower() not in ("part", "parts")
                  and not ratio.start() <= m.start() < ratio.end()), None)
    if total is None or total.start() > ask.end():
        return None
    amount, unit = Fraction(total.group(1)), _unit(total.group(2))
    whole = sum(parts, Fraction(0))
    values = [amount * p / whole for p in parts]
    names = _names(text, ratio, len(parts))
    shown = [f"{name + ' ' if name else ''}{show(v)} {unit}" for name, v in zip(names, values,
                                                                           strict=True)]
    basis = (f"{show(amount)} {unit} ÷ {show(whole)} parts "
             f"({':'.join(show(p) for p in parts)}) = {show(amount / whole)} {unit} a part")
    return Reckoned("each part", values[0], unit, basis, text="; ".join(shown))


def _names(text: str, ratio: re.Match[str], count: int) -> list[str]:
    """The sides' names from "white to blue" or "cement, sand and gravel" near the ratio."""
    window = text[max(0, ratio.start() - 60):ratio.end() + 40]
    for found in NAMES.finditer(window):
        names = [g for g in found.groups() if g is not None]
        if len(names) == count and not any(n in NOT_NAMES or n.isdigit() for n in names):
            return names
    return [""] * count


KINDS = (mix_parts,)
