"""A duration asked in clock parts ("in hours and minutes", "h and min", "h:mm:ss", "hours,
minutes and seconds") shown so, whatever unit the calculation worked in: "**47 h 7 min**
(2,827 minutes)", "**20:44:49** (20 h 44 min 49 s)". Minutes are rounded to the nearest
minute (seconds to the nearest second when seconds are asked)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from core.agents.base import AgentResult
from core.agents.patterns import ci as _c

_H = r"(?:hours?|hrs?|h)"
_M = r"(?:minutes?|mins?|m)"
_S = r"(?:seconds?|secs?|s)"
# "in hours and minutes", "(h and min)", "hours & mins", "h:mm", "hh:mm:ss"
HM = _c(rf"\b{_H}\s*(?:,|and|&|\+)\s*{_M}\b(?:\s*(?:,|and|&)\s*(?P<s>{_S})\b)?|"
        r"\bh{1,2}:mm(?P<ss>:ss)?\b")
SECONDS = {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "min": 60, "mins": 60,
           "minute": 60, "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600,
           "hours": 3600, "day": 86400, "days": 86400}


def clock_parts_asked(question: str) -> tuple[int, int] | None:
    """Where ``question`` asks a duration in clock parts, or None."""
    found = HM.search(question)
    return None if found is None else found.span()


def with_seconds(question: str) -> bool:
    found = HM.search(question)
    return found is not None and bool(found.group("s") or found.group("ss"))


def in_clock_parts(question: str, result: AgentResult) -> AgentResult:
    """``result`` (an amount of time in the unit it names) shown in the clock parts asked."""
    unit = result.currency.strip().lower()
    if not result.ok or result.amount is None or unit not in SECONDS or (
            clock_parts_asked(question) is None):
        return result
    seconds = Decimal(repr(result.amount)) * SECONDS[unit]
    if seconds < 0 or seconds > 10**9:
        return result
    if with_seconds(question):
        whole = int(seconds.quantize(Decimal(1), rounding=ROUND_HALF_UP))
        hours, rest = divmod(whole, 3600)
        minutes, secs = divmod(rest, 60)
        shown = f"{hours}:{minutes:02d}:{secs:02d}"
        note = f"{hours} h {minutes} min {secs} s"
    else:
        whole = int((seconds / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        hours, minutes = divmod(whole, 60)
        shown = f"{hours} h {minutes} min"
        note = f"{whole:,} minutes"
    bold = re.search(r"\*\*[^*\n]+\*\*", result.text)
    if bold is None:
        return result
    text = f"{result.text[:bold.start()]}**{shown}** ({note}){result.text[bold.end():]}"
    return replace(result, text=text)
