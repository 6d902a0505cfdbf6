"""What follows a daily amount by body weight: extra per hour of exercise ("33 ml per kg plus
500 ml per hour of training, 81 kg, 75 minutes" → 3.3 L) and how many containers of a size it
fills ("how many 750 ml bottles?" → 2.8 bottles)."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, _f, _show

EXTRA = _c(rf"{NUM}\s*(ml|l|litres?|liters?)\s*(?:of\s+\w+\s+)?(?:per|an|a|/|for\s+(?:each|"
           r"every)|every|each)\s*(hours?|hrs?|h|30\s*min(?:ute)?s?)\b")
EXERCISE = _c(rf"{NUM}\s*(hours?|hrs?|h|minutes?|mins?)\b")
CONTAINER = _c(rf"\bhow\s+many\s+(?:full\s+)?{NUM}\s*(ml|l|litres?|liters?|oz)\s+([a-z]+)")


def with_exercise(text: str, ml: Fraction, taken: tuple[int, int]) -> tuple[Fraction, str]:
    """``ml`` plus the extra per hour of exercise the text adds, and how it was found."""
    extra = EXTRA.search(text)
    if extra is None or taken[0] <= extra.start() < taken[1]:
        return ml, ""
    per = _f(extra.group(1)) * (1000 if extra.group(2).lower().startswith("l") else 1)
    spans = [m for m in EXERCISE.finditer(text) if not extra.start() <= m.start() < extra.end()]
    if len(spans) != 1:
        return ml, ""
    hours = _f(spans[0].group(1)) / (1 if spans[0].group(2).lower().startswith("h") else 60)
    if extra.group(3).startswith("30"):
        hours *= 2
    added = per * hours
    return ml + added, f" + {extra.group(0)} × {spans[0].group(0)}"


def containers(text: str, ml: Fraction) -> tuple[Fraction, str, str] | None:
    """"how many 250 ml glasses?": (count, noun, basis) of ``ml`` in containers of that size."""
    asked = CONTAINER.search(text)
    if asked is None:
        return None
    size = _f(asked.group(1)) * (1000 if re.match(r"l", asked.group(2), re.I) else 1)
    if asked.group(2).lower() == "oz":
        size = _f(asked.group(1)) * Fraction("29.5735295625")
    if size <= 0:
        return None
    noun = asked.group(3).lower()
    return ml / size, noun, f" ÷ {asked.group(1)} {asked.group(2)} a {noun.rstrip('s')}"


def shown_count(count: Fraction, noun: str) -> str:
    return f"{_show(count)} {noun}"
