"""The last try for a calculation no reader understood: a formula the message states,
with its variables bound to the numbers given (:mod:`core.agents.reason_formula`), else the
given quantities combined to the unit asked (:mod:`core.agents.reason_combine`); the
rounding asked ("nearest whole", "one decimal", "to the cent") is kept."""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.mathcall import MathCall
from core.agents.patterns import ci as _c
from core.agents.reason_combine import combined
from core.agents.reason_formula import stated_formula
from core.agents.reason_ratio import named_ratio
from core.agents.reason_shares import share_of_share
from core.agents.reason_units import UNIT

CUE = _c(r"\?|\bhow\s+(?:many|much|long|far)\b|\bwork\s+out\b|\bcalculate\b|\bwhat\b|"
         r"\bestimate\b|\banswer\b|\bconvert\b|"
         r"[.!;,:]\s*[a-z][a-z/ ]{0,30}(?:\d[\d.,]*\s*[a-z]+\s*)?$")  # "…. litres per minute",
# "…. hours of video on 80 gb": a question whose mark went with the places asked
PLACES = _c(r"\bnearest\s+(?!(?:ten|hundred|thousand|half|quarter|cent|penny|pence|five|\d)"
            r"\w*)[a-z]+\b|\(\s*rounded\s*\)|\brounded\s*\?|\b(\d)\s*(?:decimal|dp\b|d\.\s?p\b)|\b(?:to\s+the\s+|nearest\s+)"
            r"(cent|penny)\b")
MAX_TEXT = 1500  # an everyday calculation is a few sentences; longer text is no such ask
ANSWER_IN = _c(rf"\b(?:answer|result|give\s+it|it)\s+in\s+({UNIT})")


def reasoned(text: str) -> MathCall | None:
    """The one calculation ``text`` (expanded, lower-cased) plainly asks for, or None."""
    if len(text) > MAX_TEXT or not CUE.search(text) or not re.search(r"\d", text):
        return None
    found = stated_formula(text) or named_ratio(text)
    if found is not None and (unit := ANSWER_IN.search(text)) is not None:
        found = replace(found, unit=unit.group(1))
    found = found or share_of_share(text) or combined(text)
    if found is None or found.places is not None:
        return found
    places = PLACES.search(text)
    if places is None:
        return found
    asked = 2 if places.group(2) else int(places.group(1)) if places.group(1) else 0
    return replace(found, places=asked)
