"""Polygons by name and arrangements of a word's letters.

- a polygon named ("hexagon", "a 9-sided polygon", "a polygon with 15 sides"): the sum of its
  interior angles, each interior or exterior angle of the regular one, its diagonals;
- the ways to arrange the letters of a word, repeated letters counted once ("BANANA": 60).

The text is already expanded and lower-cased; each needs its kind's words.
"""

from __future__ import annotations

import re
from collections import Counter

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

SIDES = {"triangle": 3, "quadrilateral": 4, "square": 4, "rectangle": 4, "pentagon": 5,
         "hexagon": 6, "heptagon": 7, "septagon": 7, "octagon": 8, "nonagon": 9, "enneagon": 9,
         "decagon": 10, "hendecagon": 11, "undecagon": 11, "dodecagon": 12, "icosagon": 20}
NAMED = _c(r"\b(" + "|".join(SIDES) + r")s?\b")
N_SIDED = _c(r"\b(\d+)[-\s]?(?:sided|gon)\b|\bpolygon\s+(?:with|of|that\s+has|having)\s+(\d+)\s+"
             r"(?:sides|edges|vertices|corners)\b|\b(\d+)\s+(?:sides|edges)\b")
ANGLE_SUM = _c(r"\b(?:sum|total|add\s+up)\b[^.?!]{0,30}\b(?:interior|inside|internal)?\s*angles?\b|"
               r"\bangles?\b[^.?!]{0,40}\b(?:add\s+up|sum|total)")
EACH = _c(r"\b(?:each|one|every|single|an?)\s+(?:(?P<ext>exterior|external|outside)|interior|"
          r"inside|internal)?\s*angle\b|\b(?P<ext2>exterior|external)\s+angle\b|\bangle\s+(?:at|in)"
          r"\s+each\s+(?:corner|vertex)\b")
SIDES_ASK = _c(r"\b(?:how\s+many\s+(?:sides|edges|corners|vertices)|(?:number|no\.?)\s+of\s+"
               r"(?:sides|edges)|what\s+(?:kind\s+of\s+|type\s+of\s+)?polygon|sides\s*\?)")
_ANGLE = r"(?:(?P<ext>exterior|external|outside|outer|turning)|interior|inside|internal|inner)"
ANGLE_IS = _c(rf"\b{_ANGLE}\s+angles?\b[^.?!\d]{{0,40}}?(?P<v>\d+(?:\.\d+)?)\s*"
              rf"(?:°|degrees?|deg\b)|"
              rf"(?P<v2>\d+(?:\.\d+)?)\s*(?:°|degrees?|deg\b)\s*(?:for\s+|as\s+)?(?:the\s+|its\s+|"
              rf"each\s+|an?\s+)?(?:(?P<ext2>exterior|external|outside|outer|turning)|interior|inside|"
              rf"internal|inner)\s+angles?\b")
DIAGONALS = _c(r"\bdiagonals\b")
ASK = _c(r"\?|\b(?:how|what|find|work\s+out|calculate|give|tell)\b|^\W*(?:each|the|sum)\b")
ARRANGE = _c(r"\b(?:arrange\w*|rearrange\w*|permutations?|orderings?|anagrams?|distinct\s+ways\s+"
             r"to\s+(?:write|order|spell))\b[^.?!]*?\bletters?\s+(?:of|in)\s+(?:the\s+)?(?:word\s+)?"
             r"[\"'“‘]?([a-z]{2,14})\b|\banagrams?\s+(?:of|does|can\s+(?:you|i)\s+make\s+(?:from|"
             r"with))\s+(?:the\s+)?(?:word\s+)?[\"'“‘]?([a-z]{2,14})\b|\bletters\s+(?:of|in)\s+(?:the\s+)?"
             r"(?:word\s+)?[\"'“‘]?([a-z]{2,14})\b[^.?!]*?\b(?:arranged|rearranged|ordered|permuted)")


def _polygon(text: str) -> Kind | None:
    if not ASK.search(text):
        return None
    sized = N_SIDED.search(text)
    named = NAMED.search(text)
    n = int(next(g for g in sized.groups() if g)) if sized else SIDES[named.group(1)] if named \
        else 0
    if not 3 <= n <= 1000:
        return None
    if DIAGONALS.search(text):
        return Kind("evaluate", f"{n}*({n} - 3)/2", named="diagonals")
    if ANGLE_SUM.search(text):
        return Kind("evaluate", f"({n} - 2)*180", unit="°", named="sum of the interior angles")
    if (each := EACH.search(text)) is not None and (named is not None or sized is not None) and (
            "regular" in text or "each" in each.group(0) or "every" in each.group(0)):
        if each.group("ext") or each.group("ext2"):
            return Kind("evaluate", f"360/{n}", unit="°", named="each exterior angle")
        return Kind("evaluate", f"({n} - 2)*180/{n}", unit="°", named="each interior angle")
    return None


def _sides(text: str) -> Kind | None:
    """"a regular polygon's exterior angles are 72°, how many sides?" → 360/72 = 5; from an
    interior angle, 360/(180 - angle); only a whole number of sides is answered."""
    if SIDES_ASK.search(text) is None or (angle := ANGLE_IS.search(text)) is None:
        return None
    shown = angle.group("v") or angle.group("v2")
    value = float(shown)
    outside = (angle.group("ext") or angle.group("ext2")) is not None
    turn = value if outside else 180 - value
    if not 0 < turn < 180 or not (360 / turn).is_integer() or 360 / turn < 3:
        return None
    return Kind("evaluate", f"360/{shown}" if outside else f"360/(180 - {shown})",
                named=f"number of sides (360° ÷ {shown}°)" if outside else
                f"number of sides (360° ÷ (180° − {shown}°))")


def _arrangements(text: str) -> Kind | None:
    if (m := ARRANGE.search(text)) is None:
        return None
    word = (m.group(1) or m.group(2) or m.group(3)).lower()
    if word in ("the", "word", "a", "an", "this", "that"):
        return None
    repeats = [c for c in Counter(word).values() if c > 1]
    below = "*".join(f"factorial({c})" for c in repeats)
    return Kind("evaluate", f"factorial({len(word)})" + (f"/({below})" if below else ""),
                named=f"arrangements of {word.upper()}")


def polygon_or_letters(text: str) -> Kind | None:
    """A polygon's angles or diagonals, or a word's letter arrangements, or None."""
    if not re.search(r"[a-z]", text):
        return None
    return first_found((_arrangements, _sides, _polygon), text)
