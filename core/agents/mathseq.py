"""Number patterns, dice and podiums asked in words.

- a term of a listed pattern: "1, 3, 5, 7, ... what's the 27th number?", "the 10th term of
  2, 6, 18, ...", "term 50 of 4, 9, 14" (a constant step or a constant ratio);
- the sum of the first n terms of a listed pattern: "add up the first 10 terms of 1, 3, 9";
- the chance of a total with dice: "two dice, what's the probability the sum is 7?",
  "odds of rolling at least 10 with a pair of dice";
- the ways to hand out places: "12 runners, how many ways to give gold, silver and bronze?",
  "in how many ways can 1st, 2nd and 3rd be filled by 9 horses?".

The text is already expanded and lower-cased; each kind needs a question or an imperative.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise, product

from core.agents.patterns import ASKED
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

ASK = _c(ASKED)
NUM = r"-?\d+(?:\.\d+)?"
LISTED = _c(rf"(?<![\w.,])({NUM}(?:\s*,\s*{NUM}){{2,}})(?:\s*,?\s*(?:\.\.\.|…|etc\.?))?")
TERM = _c(r"\b(\d+)(?:st|nd|rd|th)\s+(?:term|number|one|value|entry|element|item)\b|"
          r"\b(?:term|number|element)\s+(?:number\s+)?(\d+)\b|\b(?:comes?|is|in\s+position)\s+"
          r"(?:the\s+)?(\d+)(?:st|nd|rd|th)?\b")
FIRST = _c(r"\b(?:sum|total|add(?:ing)?(?:\s+up)?|adding\s+together)\b[^?]*?\bfirst\s+(\d+)\s+"
           r"(?:terms|numbers|values|entries|elements)\b")


def _pattern(text: str) -> tuple[Fraction, Fraction, bool] | None:
    """(first term, step or ratio, geometric) of the one listed pattern."""
    found = LISTED.findall(text)
    if len(found) != 1:
        return None
    values = [Fraction(v) for v in re.findall(NUM, found[0])]
    steps = {b - a for a, b in pairwise(values)}
    if len(steps) == 1:
        return values[0], steps.pop(), False
    if 0 in values:
        return None
    ratios = {b / a for a, b in pairwise(values)}
    return (values[0], ratios.pop(), True) if len(ratios) == 1 else None


def _frac(value: Fraction) -> str:
    return f"({value.numerator}/{value.denominator})" if value.denominator != 1 else f"({value})"


def sequence(text: str) -> str | None:
    """The expression for a term or a sum of the first terms of a listed pattern."""
    if not (ASK.search(text) or FIRST.search(text)) or (pattern := _pattern(text)) is None:
        return None
    first, step, geometric = pattern
    a, d = _frac(first), _frac(step)
    if (total := FIRST.search(text)) is not None and 0 < (n := int(total.group(1))) <= 10000:
        if not geometric:
            return f"{n}*(2*{a} + {n - 1}*{d})/2"
        return f"{n}*{a}" if step == 1 else f"{a}*({d}^{n} - 1)/({d} - 1)"
    term = TERM.search(LISTED.sub(" ", text))
    if term is None or not 0 < (n := int(next(filter(None, term.groups())))) <= 100000:
        return None
    return f"{a}*{d}^{n - 1}" if geometric else f"{a} + {n - 1}*{d}"


# --- dice ------------------------------------------------------------------------------
DICE = _c(r"\b(?:(two|three|2|3|a\s+pair\s+of|pair\s+of)\s+(?:fair\s+|six[-\s]sided\s+|normal\s+|"
          r"regular\s+|standard\s+)*(?:dice|die|d6s?)|(a|one|1)\s+(?:fair\s+|six[-\s]sided\s+|"
          r"normal\s+|regular\s+)*(?:die|dice)|2d6|3d6)\b")
CHANCE = _c(r"\b(?:probability|chance|chances|odds|likel\w+|how\s+likely)\b")
TOTAL = _c(r"\b(?:total|sum|add\s+up\s+to|adds\s+up\s+to|score|get|getting|roll|rolling|"
           r"make|makes|come\s+to|comes\s+to)\b(?:\s+(?:is|of|to|will\s+be|being|equals?|=|a|an|"
           r"exactly))*\s+(?:(at\s+least|more\s+than|over|greater\s+than|above|higher\s+than|"
           r"less\s+than|under|below|at\s+most|or\s+more)\s+)?(\d{1,2})\b(?:\s+(or\s+more|or\s+"
           r"higher|or\s+above|or\s+less|or\s+lower|or\s+under|or\s+fewer))?")
COUNTS = {"two": 2, "2": 2, "a pair of": 2, "pair of": 2, "three": 3, "3": 3, "2d6": 2, "3d6": 3}


def dice(text: str) -> str | None:
    """The exact probability of a dice total, as ``favourable/outcomes``."""
    if not CHANCE.search(text) or (cue := DICE.search(text)) is None or not ASK.search(text):
        return None
    count = 1 if cue.group(2) else COUNTS.get(re.sub(r"\s+", " ", (cue.group(1) or
                                                                   cue.group(0)).lower()), 0)
    total = TOTAL.search(text[cue.end():]) or TOTAL.search(text[:cue.start()])
    if not count or total is None:
        return None
    target, word = int(total.group(2)), " ".join(filter(None, (total.group(1), total.group(3))))

    def fits(value: int) -> bool:
        if re.search(r"least|or more|or higher|or above", word):
            return value >= target
        if re.search(r"more|over|greater|above|higher", word):
            return value > target
        if re.search(r"most|or less|or lower|or under|or fewer", word):
            return value <= target
        return value < target if re.search(r"less|under|below", word) else value == target

    rolls = list(product(range(1, 7), repeat=count))
    return f"{sum(1 for roll in rolls if fits(sum(roll)))}/{len(rolls)}"


# --- places handed out in order ----------------------------------------------------------
PLACES = _c(r"\b(?:gold|first|1st|winner)\b(?:\s*,\s*|\s+and\s+)(?:silver|second|2nd|runner[-\s]up)"
            r"\b(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:bronze|third|3rd)\b)?(?:(?:\s*,\s*|\s*,?\s+and\s+)"
            r"(?:fourth|4th)\b)?|\b(?:top|first)\s+(three|two|four|five|[2-9])\b(?:\s+places)?\s+in\s+"
            r"order|\b(?:top|first)\s+(three|two|four|five|[2-9])\s+(?:places|positions|spots|"
            r"finish(?:ing)?\s+(?:places|positions))\b")
ENTRANTS = _c(r"(?<![\d.,])(\d{1,4})\s+(?:runners|horses|people|players|teams|athletes|"
              r"swimmers|contestants|competitors|entrants|students|finalists|cars|riders|drivers|"
              r"dogs|kids|children|participants|racers|candidates|cyclists|skiers|sprinters)\b")
HOW = _c(r"\bhow\s+many\b|\bin\s+how\s+many\b|\bnumber\s+of\s+(?:ways|orders|outcomes|"
         r"possib\w+)|\bhow\s+many\s+(?:different\s+)?(?:ways|orders|outcomes|results)")
WORD_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}


def podium(text: str) -> str | None:
    """The number of ways to hand out the named places among the entrants, in order."""
    if (places := PLACES.search(text)) is None or not HOW.search(text):
        return None
    if count := places.group(1) or places.group(2):
        k = int(count) if count.isdigit() else WORD_COUNT[count]
    else:
        k = 1 + len(re.findall(r"\b(?:silver|second|2nd|runner|bronze|third|3rd|fourth|4th)\b",
                               places.group(0)))
    entrants = ENTRANTS.findall(text)
    if len(entrants) != 1 or not 0 < k <= int(entrants[0]) <= 2000:
        return None
    return f"factorial({_n(entrants[0])}) / factorial({int(entrants[0]) - k})"


# --- circles -----------------------------------------------------------------------------
CIRCLE = _c(rf"\b(area|circumference|perimeter)\s+(?:of\s+)?(?:a|the|my|this)?\s*(?:round\s+|"
            rf"circular\s+)?(?:circle|disc|disk|table|pond|pizza|rug|garden|plate)\b[^?.]*?\b"
            rf"(radius|diameter|across)\s+(?:of\s+|is\s+|=\s*)?({NUM})\s*(mm|cm|km|m|in|inches|ft|"
            rf"feet|yd|yards|miles)?\b")
SQUARED_UNITS = {"inches": "in", "feet": "ft", "yards": "yd", "miles": "mi"}


def circle(text: str) -> tuple[str, str] | None:
    """"area of a circle with radius 1.7 cm?": the exact area or circumference, its unit."""
    if (found := CIRCLE.search(text)) is None or found.group(3).startswith("-"):
        return None
    radius = found.group(3) if found.group(2) == "radius" else f"{found.group(3)}/2"
    unit = SQUARED_UNITS.get(found.group(4) or "", found.group(4) or "")
    if found.group(1) == "area":
        return f"pi*({radius})^2", (f"{unit}²" if unit else "")
    return f"2*pi*({radius})", unit


def counted(text: str) -> tuple[str, str] | None:
    """(exact expression, unit) a pattern, dice, podium or circle question asks for."""
    if (found := sequence(text) or dice(text) or podium(text)) is not None:
        return found, ""
    return circle(text)
