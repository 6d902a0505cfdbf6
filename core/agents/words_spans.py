"""Lengths of time from a playback speed and from a shift: "a 122-minute audiobook at 1.25x,
how long?" → 1 h 38 min (97.6 minutes); "in at 10:00am, out at 3:30pm, 30 min unpaid break,
hours worked?" → 5 hours."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_clock import CLOCK, _minutes
from core.agents.words_travel import Trip, _f, _show

SPAN = _c(r"(?<![\d:.])(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(?:and\s+)?(\d+)\s*"
          r"(?:m|mins?|minutes?)\b|(?<![\d:.])(\d+(?:\.\d+)?)[\s-]*(h|hrs?|hours?|m|mins?|minutes?)\b(?![/-])")
FACTOR = _c(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:x|×)(?:\s+(?:speed|playback|faster))?\b|"
            r"\b(?:at|on)\s+(\d+(?:\.\d+)?)\s+(?:times\s+)?speed\b|\bspeed\s+(?:of\s+)?(\d+(?:\.\d+)?)"
            r"\s*(?:x|×)?")
PLAYBACK = _c(r"\b(?:speed|playback|audiobook|podcast|video|episode|lecture|chapter|film|movie|"
              r"recording|listen|watch)\w*\b")
LONG_ASK = _c(r"\bhow\s+long\b|\bhow\s+(?:many|much)\s+(?:time|minutes|hours)\b|\btakes?\b.*\?|"
              r"\bduration\b|\bwhat\s+time\b")
BREAK = _c(r"\b(?:unpaid\s+|lunch\s+|meal\s+)?(?:break|lunch)\b")
SHIFT_ASK = _c(r"\bhours\b|\bhow\s+long\b|\btime\s+(?:worked|sheet)|\btimesheet\b|\bworked\b")


def _minutes_of(m: re.Match[str]) -> Fraction:
    if m.group(1):
        return Fraction(m.group(1)) * 60 + int(m.group(2))
    value = Fraction(m.group(3))
    return value * 60 if m.group(4).lower().startswith("h") else value


def _hours_and_minutes(minutes: Fraction) -> str:
    whole = int(minutes + Fraction(1, 2))
    if whole < 60:
        return f"{_show(minutes)} minutes" + (f" (about {whole} minutes)" if whole != minutes
                                              else "")
    hours = f"{whole // 60} hour{'s' if whole >= 120 else ''}"
    return (f"{whole // 60} h {whole % 60} min ({hours} {whole % 60} minutes; "
            f"{_show(minutes)} minutes)")


def playback(text: str) -> Trip | None:
    """A recording's length at a faster (or slower) playback speed."""
    factor = FACTOR.search(text)
    if factor is None or PLAYBACK.search(text) is None or LONG_ASK.search(text) is None:
        return None
    spans = list(SPAN.finditer(text))
    if len(spans) != 1:
        return None
    speed = _f(next(g for g in factor.groups() if g))
    if not Fraction(1, 4) <= speed <= 4:
        return None
    minutes = _minutes_of(spans[0]) / speed
    return Trip("time", minutes / 60, "hours", _hours_and_minutes(minutes),
                f"{spans[0].group(0).strip()} ÷ {_show(speed)}")


def shift_hours(text: str) -> Trip | None:
    """Hours worked between a clock-in and a clock-out time, less an unpaid break."""
    clocks = list(CLOCK.finditer(text))
    if len(clocks) != 2 or SHIFT_ASK.search(text) is None:
        return None
    start, end = _minutes(clocks[0]), _minutes(clocks[1])
    if start is None or end is None:
        return None
    spans = [m for m in SPAN.finditer(text) if not any(
        c.start() <= m.start() < c.end() for c in clocks)]
    breaks = [m for m in spans if BREAK.search(text[m.end():m.end() + 20])
              or BREAK.search(text[max(0, m.start() - 25):m.start()])]
    if len(spans) != len(breaks) or (not breaks and not re.search(r"\bdecimal\b", text)):
        return None
    length = (end - start) % (24 * 60) - sum((_minutes_of(m) for m in breaks), Fraction(0))
    if length <= 0:
        return None
    hours = length / 60
    shown = f"{_show(hours)} hours" + (f" ({int(length) // 60} h {int(length) % 60} min)"
                                       if length % 60 else "")
    said = f"{clocks[1].group(0).strip()} − {clocks[0].group(0).strip()}" + "".join(
        f" − {m.group(0).strip()}" for m in breaks)
    return Trip("hours worked", hours, "hours", shown, said)
