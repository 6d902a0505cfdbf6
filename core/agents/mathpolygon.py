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
    return first_found((_arrangements, _polygon), text)
