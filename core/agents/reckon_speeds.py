"""The time saved (or lost) covering a distance at one speed instead of another.

"How many minutes do I save driving 16 km at 110 km/h instead of 90?" → 16 ÷ 90 − 16 ÷ 110
hours = 1.94 minutes; "walking 5 km at 6 km/h rather than 4 km/h, how much quicker?"; "30
miles at 60 mph vs 45 mph". The text is expanded and lower-cased; the ask names the saving.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d+(?:\.\d+)?)"
SPEED = r"(?:\s*(km/h|kph|km\s+an\s+hour|km\s+per\s+hour|mph|miles\s+(?:an|per)\s+hour))?"
DISTANCE = _c(rf"(?<![\d.]){NUM}\s*(km|kilomet(?:er|re)s?|miles?|mi)\b(?!\s*(?:/|an?\s+hour|per\s+"
              rf"hour))")
PAIR = _c(rf"\bat\s+{NUM}{SPEED}\s+(?:instead\s+of|rather\s+than|compared\s+(?:to|with)|vs\.?|"
          rf"versus|not|over)\s+(?:at\s+)?{NUM}{SPEED}")
SAVE_ASK = _c(r"\bsave[sd]?\b|\bsaving\b|\bquicker\b|\bfaster\b|\bless\s+time\b|\bdifference\b|"
              r"\bshorter\b|\blonger\b|\bslower\b|\bextra\s+time\b|\blose\b")
UNIT_ASK = _c(r"\b(minutes|mins|seconds|secs|hours)\b")


def time_saved(text: str) -> Reckoned | None:
    """Minutes saved covering a distance at a faster speed than another."""
    pair, ask = PAIR.search(text), SAVE_ASK.search(text)
    if pair is None or ask is None:
        return None
    distances = [m for m in DISTANCE.finditer(text) if not pair.start() <= m.start() < pair.end()]
    if len(distances) != 1:
        return None
    distance = Fraction(distances[0].group(1))
    fast, slow = Fraction(pair.group(1)), Fraction(pair.group(3))
    if fast <= 0 or slow <= 0 or fast == slow:
        return None
    hours = abs(distance / slow - distance / fast)
    said = UNIT_ASK.search(text)
    unit = {"mins": "minutes", "secs": "seconds"}.get(said.group(1), said.group(1)) if said \
        else "minutes"
    value = hours * {"minutes": 60, "seconds": 3600, "hours": 1}[unit]
    way = "saved" if fast > slow else "lost"
    basis = (f"{show(distance)} ÷ {show(slow)} − {show(distance)} ÷ {show(fast)} = "
             f"{show(hours)} hours")
    return Reckoned(f"time {way}", value, unit, basis, text=f"{show(value)} {unit} {way}")


# --- two movers closing a gap ------------------------------------------------------------------

APART = _c(rf"(?<![\d.]){NUM}\s*(km|kilomet(?:er|re)s?|miles?|mi|m|metres?|meters?)\s+apart\b|\b"
           rf"apart\s+(?:by\s+)?{NUM}\s*(km|miles?|mi|m)\b")
TOWARDS = _c(r"\btowards?\s+(?:each\s+other|one\s+another)|\b(?:head(?:ing)?|driv\w*|walk\w*|"
             r"mov\w*|set\s+off|leave|start)\b[^.?!]*\bto\s+meet\b|\bclosing\s+(?:speed|in)\b")
SPEEDS = _c(rf"\bat\s+{NUM}\s*(?:km/h|kph|mph|m/s)?\s*(?:and|&|,)\s*{NUM}\s*(km/h|kph|mph|m/s|km\s+"
            rf"(?:an|per)\s+hour|miles\s+(?:an|per)\s+hour)")
MEET_ASK = _c(r"\bhow\s+long\b|\bwhen\b|\bhow\s+many\s+(?:hours|minutes)\b|\bwhat\s+time\b")


def closing_time(text: str) -> Reckoned | None:
    """The time two movers heading towards each other take to meet."""
    apart, speeds = APART.search(text), SPEEDS.search(text)
    if apart is None or speeds is None or not TOWARDS.search(text) or not MEET_ASK.search(text):
        return None
    gap = Fraction(apart.group(1) or apart.group(3))
    closing = Fraction(speeds.group(1)) + Fraction(speeds.group(2))
    if closing <= 0 or speeds.group(3).lower() == "m/s":
        return None
    hours = gap / closing
    whole = int(hours)
    minutes = round((hours - whole) * 60)
    if minutes == 60:
        whole, minutes = whole + 1, 0
    said = f"{whole} hour{'s' if whole != 1 else ''} {minutes} minutes" if whole else \
        f"{minutes} minutes"
    shown = f"{said} ({show(hours)} hours)"
    return Reckoned("time to meet", hours, "hours",
                    f"{show(gap)} ÷ ({speeds.group(1)} + {speeds.group(2)}) = {show(gap)} ÷ "
                    f"{show(closing)}", text=shown)


KINDS = (time_saved, closing_time)
