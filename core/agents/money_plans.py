"""Where two price plans cost the same: a fixed part and so much for each unit used.

"plan A is 5 a month plus 0.20 a minute, plan B is a flat 77. at how many minutes do they
cost the same?" → (77 − 5) ÷ (0.20 − 0) = 360 minutes; "gym one charges 30 a month and 4 a
class, the other 60 a month with classes free - after how many classes is the second
cheaper?" → 7.5, so from 8 classes. The unit is the one the question counts; the plans are
told apart by their names ("plan B", "the other", "option 2"). Exact fractions; money to the
cent. The text is expanded and lower-cased.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.money_reckon import money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
CASH = _c(rf"([$€£¥]\s?)?{NUM}(?!\s*%)")
ASK = _c(r"\bhow\s+many\s+([a-z]+)\b[^.?!]*\b(?:same|equal|break\s+even|cheaper|"
         r"better|worth\s+it|match|level|less|pays?\s+off)\b|\b(?:same|equal|break\s+even|cheaper|"
         r"better)\b[^.?!]*\bhow\s+many\s+([a-z]+)\b")
NAMED = _c(r"\b(?:plan|option|company|tariff|deal|provider|offer|gym|firm|service|contract|card|"
           r"package|number|no\.?)\s*$")
SECOND = _c(r"(?:[.;,]\s*|\s+)(?:(?:and|but|while|whereas|vs\.?|versus|or|compared\s+(?:to|with))"
            r"\s+)?(?=\b(?:plan|option|company|tariff|deal|provider|offer|gym|firm|service|"
            r"contract|card|package)\s+(?:b|2|two)\b|\bthe\s+(?:other|second)\b|\banother\b|\b(?:"
            r"a|the)\s+second\b)")
FREE = _c(r"\b(?:free|included|no\s+charge|nothing\s+(?:extra|more))\b")


def _plan(part: str, unit: str) -> tuple[Fraction, Fraction] | None:
    """A plan's fixed amount and its price for each unit."""
    fixed, rate = Fraction(0), Fraction(0)
    per = re.compile(rf"\s*(?:a|an|per|each|every|for\s+(?:each|every|a|an)|/)\s*(?:extra\s+)?"
                     rf"(?:{re.escape(unit)}|{re.escape(unit)}s|{re.escape(unit)}es)\b")
    found = False
    for m in CASH.finditer(part):
        if NAMED.search(part[:m.start()]):
            continue  # "option 1": a name, not a price
        if re.match(r"\s*(?:gb|mb|minutes|mins|texts|visits|classes|miles|km)\b", part[m.end():]):
            continue  # an allowance, not a price
        value = Fraction(m.group(2).replace(",", ""))
        if per.match(part, m.end()):
            rate += value
        else:
            fixed += value
        found = True
    return (fixed, rate) if found or FREE.search(part) else None


def _one(word: str) -> str:
    """"minutes" → "minute", "classes" → "class", "journeys" → "journey"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _many(unit: str) -> str:
    return unit + ("es" if unit.endswith(("s", "ch", "sh", "x")) else "s")


def same_cost(text: str) -> Reckoned | None:
    """The number of units at which two plans cost the same."""
    ask = ASK.search(text)
    if ask is None:
        return None
    unit = _one((ask.group(1) or ask.group(2)).lower())
    cut = SECOND.search(text)
    if cut is None or cut.start() == 0:
        return None
    first, second = _plan(text[:cut.start()], unit), _plan(text[cut.end():ask.start()], unit)
    if first is None or second is None:
        return None
    (fixed_a, rate_a), (fixed_b, rate_b) = first, second
    if rate_a == rate_b or (fixed_a == 0 and rate_a == 0) or (fixed_b == 0 and rate_b == 0):
        return None
    units = (fixed_b - fixed_a) / (rate_a - rate_b)
    if units <= 0:
        return None
    sign = sign_of(text)
    name = _many(unit)
    cost = fixed_a + rate_a * units
    basis = (f"({show(fixed_b)} − {show(fixed_a)}) ÷ ({show(rate_a)} − {show(rate_b)}) = "
             f"{show(units)} {name}")
    shown = f"{show(units)} {name} (both cost {money(cost, sign)})"
    if units.denominator != 1:
        shown = f"{show(units)} {name}, so from {math.ceil(units)} {name} on the plan with " \
                f"the lower rate is cheaper"
    return Reckoned("same cost at", units, name, basis, text=shown)


KINDS = (same_cost,)
