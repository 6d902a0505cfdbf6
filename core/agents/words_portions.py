"""How many portions an amount makes, the units of the two sides reconciled.

"a 2 litre bottle split into 250 ml glasses, how many glasses?" → floor(2000 / 250) = 8;
"how many 30 g servings in a 1 kg bag?", "a 5 m rope cut into 40 cm pieces — how many
pieces?". Both amounts are read with the units lexicon and brought to one base unit with
exact factors; the count is whole portions (what is left over is no portion), or the
containers needed for all of it (rounded up: "we need 18 litres, a tin holds 2.5"). A question
whose "how many" names a unit is a conversion, not this.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.quantities import mentions, prepare, quantities
from core.tools.unitnames import readings

# exact factors to one base unit per kind: millilitres, grams, millimetres
_VOLUME = {"milliliter": "1", "centiliter": "10", "deciliter": "100", "liter": "1000",
           "fluid_ounce": "29.5735295625", "cup": "236.5882365", "pint": "473.176473",
           "gallon": "3785.411784", "teaspoon": "4.92892159375",
           "tablespoon": "14.78676478125", "cubic_centimeter": "1"}
_MASS = {"milligram": "1/1000", "gram": "1", "kilogram": "1000", "ounce": "28.349523125",
         "pound": "453.59237"}
_LENGTH = {"millimeter": "1", "centimeter": "10", "meter": "1000", "kilometer": "1000000",
           "inch": "25.4", "foot": "304.8", "yard": "914.4"}
BASE: dict[str, tuple[str, Fraction]] = {
    name: (kind, Fraction(factor)) for kind, table in
    (("volume", _VOLUME), ("mass", _MASS), ("length", _LENGTH)) for name, factor in table.items()}
ASK = re.compile(r"\bhow\s+many\s+(?:\d[\d.,]*\s*[a-z]+\s+|(?:full|whole|separate|individual)\s+)?"
                 r"([a-z]+)\b"
                 r"(?!\s+(?:more|less|fewer|bigger|smaller|times|longer|heavier)\b)", re.I)
SHARED = re.compile(r"\b(?:split|cut|divided?|into|each|per|portions?|servings?|pour\w*|fill\w*|"
                    r"holds?|contains?|takes?|fits?|"
                    r"out\s+of|from|in\s+(?:a|an|one|the|this|that|my))\b", re.I)
# "we need 18 litres and a tin holds 2.5": enough containers for all of it, rounded up
NEEDED = re.compile(r"\b(?:need|needs|needed|require[sd]?|enough|to\s+(?:fill|cover|hold|carry|"
                    r"store|fit|pack|make))\b", re.I)
NOT_PORTION = re.compile(r"\b(?:times?|people|persons|days?|weeks?|months?|years?|hours?|"
                         r"minutes?|seconds?)\b", re.I)


def _number(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else \
        f"{value.numerator}/{value.denominator}"


def portions(text: str) -> str | None:
    """``floor(total / portion)`` in one base unit, or None when the text asks something
    else."""
    ask = ASK.search(text)
    if ask is None or NOT_PORTION.fullmatch(ask.group(1)):
        return None  # "how many days …": a duration
    word = re.escape(ask.group(1).rstrip("s"))
    if readings(ask.group(1)) and not re.search(rf"\d\s*[a-z]+\s+{word}s?\b", text, re.I):
        return None  # "how many ml …": a conversion, unless "330 ml cups" names containers
    if not SHARED.search(text) and not re.match(r"how\s+many\s+\d", ask.group(0), re.I):
        return None  # "3 kg of flour and 2 kg of sugar, how many cakes?": nothing shared out
    prepared = prepare(text)
    amounts = quantities(prepared, mentions(prepared))
    sides = []
    for amount in amounts:
        for unit in amount.mention.units:
            if (known := BASE.get(unit.pint)) is not None:
                sides.append((known[0], Fraction(str(amount.value)) * known[1],
                              amount.value, unit.pint))
                break
    if len(sides) != 2 or sides[0][0] != sides[1][0]:
        return None
    total, each = sorted(sides, key=lambda s: s[1], reverse=True)
    if each[1] <= 0 or total[1] == each[1]:
        return None
    whole = f"{_number(Fraction(str(total[2])))} * {_number(BASE[total[3]][1])}"
    part = f"{_number(Fraction(str(each[2])))} * {_number(BASE[each[3]][1])}"
    rounding = "ceiling" if NEEDED.search(text) else "floor"
    return f"{rounding}(({whole}) / ({part}))"
