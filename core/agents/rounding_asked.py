"""An answer shown to the precision the question asks for (about an image or listed data).

"One decimal.", "(1 dp)", "to 2 decimal places", "nearest whole degree", "nearest pound",
"round it", "to the cent": the figures worked out (from an image's text or listed data) are
rounded (half up) to that many places once the answer is written. A figure read as it stands
(the receipt's total) keeps its cents when another figure is the one worked out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from core.agents.base import AgentResult
from core.agents.patterns import ci

COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "a": 1, "a single": 1}
PLACES = ci(r"\b(?P<n>\d|one|two|three|four|a\s+single|a)\s*(?:-\s*)?(?:decimal(?:\s+places?|s)?|"
            r"dp|d\.p\.|places?\s+of\s+decimals?)(?![a-z])")
CENTS = ci(r"\b(?:to\s+the|nearest)\s+(?:cent|penny|pence)\b|\bround(?:ed)?\s+to\s+(?:the\s+)?"
           r"cents?\b|\bin\s+cents\s+precision\b")
TENTH = ci(r"\bnearest\s+tenth\b")
WHOLE = ci(r"\bnearest\s+(?:whole\s+)?(?!tenth|hundredth|cent\b|penny|pence|decimal)[a-z%]+|"
           r"\bround(?:ed)?\s+(?:it|that|this|up|down|off)?\s*(?:to\s+(?:a|the)\s+whole\b|"
           r"(?=[.?!]|$))|\b(?:whole|round)\s+(?:number|figure|degrees?|%|percent)\b|"
           r"\bno\s+decimals\b")
BOLD = re.compile(r"\*\*(?P<sign>[−+-])?(?P<n>\d[\d,]*\.\d+)(?P<rest>[^*]*)\*\*")
READ_LINE = re.compile(r"^\s*The\s+(?:total|subtotal|date)\b", re.I)


def places_asked(question: str) -> int | None:
    """The decimal places the question asks for, or None when it names none."""
    if (found := PLACES.search(question)) is not None:
        word = re.sub(r"\s+", " ", found.group("n").lower())
        return int(word) if word.isdigit() else COUNT_WORDS[word]
    if CENTS.search(question):
        return 2
    if TENTH.search(question):
        return 1
    if WHOLE.search(question):
        return 0
    return None


def rounded_figure(number: str, places: int, exact: float | None) -> str | None:
    """``number`` (as shown) to ``places`` decimals, half up, from the exact figure when the
    shown one is that figure cut short; None when it already has that many."""
    shown = number.replace(",", "")
    decimals = len(shown.split(".")[1])
    if decimals < places:
        return shown + "0" * (places - decimals)  # "3.4" asked to 2 places: 3.40
    if decimals == places:
        return None
    try:
        value = Decimal(shown)
        if exact is not None and abs(Decimal(repr(exact)) - value) < Decimal(1).scaleb(
                -decimals) / 2:
            value = Decimal(repr(exact))  # the exact figure, not the shown one, is rounded
    except InvalidOperation:
        return None
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def as_asked(question: str, result: AgentResult) -> AgentResult:
    """``result`` with its worked figures rounded to the places the question asks for."""
    if not result.ok or "**" not in result.text or (places := places_asked(question)) is None:
        return result
    lines = result.text.split("\n")
    worked = [i for i, line in enumerate(lines) if "**" in line and not READ_LINE.match(line)]
    changed = False
    for index in worked or range(len(lines)):
        def swap(found: re.Match[str]) -> str:
            nonlocal changed
            exact = result.amount if result.amount is not None and abs(result.amount) > 0 else None
            value = rounded_figure(found.group("n"), places, exact)
            if value is None:
                return found.group(0)
            changed = True
            return f"**{found.group('sign') or ''}{value}{found.group('rest')}**"
        lines[index] = BOLD.sub(swap, lines[index])
    return replace(result, text="\n".join(lines)) if changed else result
