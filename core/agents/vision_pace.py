"""A run or a ride's summary ("Distance: 9.0 km", "Time: 0:55:57") worked into the pace per
kilometre (or mile) or the average speed the question asks."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, plain

DISTANCE = ci(r"\b(?:distance|dist)\b\s*:?\s*(?P<d>\d+(?:\.\d+)?)\s*(?P<u>km|mi|miles?)\b")
TIME = ci(r"\b(?:time|duration|moving\s+time|elapsed)\b\s*:?\s*(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):"
          r"(?P<s>\d{2})\b")
PACE = ci(r"\bpace\b|\b(?:minutes?|mins?)\s+(?:per|a|each|/)\s*(?:km|kilomet\w+|mile|mi)\b")
SPEED = ci(r"\b(?:average\s+)?speed\b|\bkm/h\b|\bmph\b")


def pace_or_speed(question: str, text: str) -> list[Answer]:
    """The pace per unit of distance or the average speed, or []."""
    far, took = DISTANCE.search(text), TIME.search(text)
    if far is None or took is None:
        return []
    distance = Fraction(far.group("d"))
    seconds = int(took.group("h") or 0) * 3600 + int(took.group("m")) * 60 + int(took.group("s"))
    unit = "km" if far.group("u").lower() == "km" else "mile"
    if distance <= 0 or seconds <= 0:
        return []
    if PACE.search(question) and not re.search(r"\bspeed\b", question, re.I):
        each = round(seconds / distance)
        minutes, rest = divmod(int(each), 60)
        return [(f"Your pace is **{minutes}:{rest:02d} per {unit}** ({minutes} min {rest} s; "
                 f"{seconds} s over {plain(distance)} {unit}).", each / 60)]
    if SPEED.search(question):
        speed = distance / Fraction(seconds, 3600)
        shown = "km/h" if unit == "km" else "mph"
        return [(f"Your average speed is **{plain(speed)} {shown}**.", float(speed))]
    return []
