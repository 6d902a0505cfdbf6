"""Times of day worked from several durations, a schedule, a time zone or a paid span.

"flight at 17:55, be at the airport 2h30 before, the drive is 75 minutes: when do I leave?"
→ 14:10; "takes 7 hours and I want it done at 17:15: when do I switch it on?" → 10:15; "train
at 13:46, 4 km to walk at 5 km/h, 10 minutes spare: latest time to leave?" → 12:48; "100 mL
started at 17:39 at 50 mL/hr: what time does it finish?" → 19:39; "every 45 minutes from
06:30, I arrive at 13:34: next one?" → 14:00; "19:00 UTC−7 on UTC?" → 02:00 (the next day);
"18:00 to 00:00 at 20 an hour" → 120.00; "2.00 per started hour, 08:44 to 13:08" → 10.00.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_clock import CLOCK, DAY, _minutes, clock
from core.agents.words_travel import NUM, Trip, _f, _show

HM = _c(r"(?<![\d:.])(\d+)\s*h(?:ours?|rs?)?\s*(?:and\s+)?([0-5]?\d)\s*(?:m(?:in(?:ute)?s?)?)?\b"
        r"(?!\s*(?:km|mi|m\b))|(?<![\d:.])(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|min)\b")
TRIP = _c(rf"{NUM}\s*(km|kilomet\w+|miles?|mi|m|metres?|meters?)\b(?!\s*/|\s+(?:per|an|a)\s+h)")
SPEED = _c(rf"{NUM}\s*(km/h|kph|kmh|mph|km\s+an\s+hour|miles\s+an\s+hour|km\s+per\s+hour|"
           r"miles\s+per\s+hour)")
VOLUME = _c(rf"{NUM}\s*(ml|l|litres?|liters?)\b(?!\s*/|\s+(?:per|an|a)\s+h)")
FLOW = _c(rf"{NUM}\s*(ml|l)\s*(?:/\s*h(?:r|our)?|per\s+hour|an\s+hour|a\s+hour)\b")
EARLIER_ASK = _c(r"\b(?:when|what\s+time)\s+(?:do|should|must|shall|would|can|will|to)\s+"
                 r"(?:i|we|you)?\s*(?:need\s+to\s+|have\s+to\s+)?(?:leave|set\s+off|head\s+out|go|start|switch|turn|"
                 r"put|begin|get\s+up|wake|set\s+out)|\blatest\s+(?:time\s+)?(?:to\s+|i\s+can\s+|we\s+"
                 r"can\s+)?(?:leave|set\s+off|start|go)|\b(?:start|departure|leaving)\s+time\b")
LATER_ASK = _c(r"\b(?:when|what\s+time)\s+(?:does|will|would|is)\s+(?:it|the\s+\w+|that)\s+"
               r"(?:finish|end|be\s+(?:done|finished|over|empty)|run\s+out|complete|stop)|\b(?:finish|end)"
               r"(?:ing)?\s+time\b")


# "90 minute sleep cycles", "45 minutes per kg": a duration that is one of several parts
PARTS = _c(r"\s+(?:[a-z]+\s+)?(?:cycles?|sessions?|laps?|episodes?|rounds?|sets?|classes|lessons?|"
           r"blocks?|slots?|intervals?)\b|[\s-]*(?:\w+\s+)?(?:per|each|a|an|every)\b")


def _hours(m: re.Match[str]) -> Fraction:
    if m.group(1):
        return _f(m.group(1)) + _f(m.group(2)) / 60
    value = _f(m.group(3))
    return value if m.group(4).lower().startswith("h") else value / 60


def _metres(value: str, unit: str) -> Fraction:
    unit = unit.lower()
    size = Fraction(1000) if unit.startswith("k") else Fraction("1609.344") if unit.startswith(
        "mi") else Fraction(1)
    return _f(value) * size


def _moved(start: int, minutes: Fraction, later: bool, said: str) -> Trip:
    moved = start + (round(minutes) if later else -round(minutes))
    shown = clock(moved)
    if not 0 <= moved < DAY:
        shown = shown[:-1] + (", the next day)" if moved >= DAY else ", the day before)")
    return Trip("finishes at" if later else "leave at", Fraction(moved % DAY, 60), "time", shown,
                said)


def clock_shift(text: str) -> Trip | None:
    """One time of day moved back (a start or leaving time) or on (a finish) by every
    duration the text gives, travel and infusion times worked out."""
    later = LATER_ASK.search(text) is not None
    if not later and EARLIER_ASK.search(text) is None:
        return None
    clocks = list(CLOCK.finditer(text))
    if len(clocks) != 1 or (start := _minutes(clocks[0])) is None or re.search(
            r"\d-(?:minute|min|hour|hr)", text):  # "five 90-minute cycles": words_clock_plan
        return None
    taken = [(clocks[0].start(), clocks[0].end())]
    minutes, parts = Fraction(0), []
    speed, flow = SPEED.search(text), FLOW.search(text)
    if speed is not None:
        trip = next((m for m in TRIP.finditer(text)
                     if not speed.start() <= m.start() < speed.end()), None)
        if trip is None:
            return None
        per_hour = _metres(speed.group(1), speed.group(2))
        minutes += _metres(trip.group(1), trip.group(2)) / per_hour * 60
        parts.append(f"{trip.group(0)} at {speed.group(0)}")
        taken += [(speed.start(), speed.end()), (trip.start(), trip.end())]
    if flow is not None and later:
        volume = next((m for m in VOLUME.finditer(text)
                       if not flow.start() <= m.start() < flow.end()), None)
        if volume is None or _f(flow.group(1)) <= 0:
            return None
        scale = Fraction(1000) if volume.group(2).lower().startswith("l") else Fraction(1)
        rate = _f(flow.group(1)) * (1000 if flow.group(2).lower() == "l" else 1)
        minutes += _f(volume.group(1)) * scale / rate * 60
        parts.append(f"{volume.group(0)} at {flow.group(0)}")
        taken += [(flow.start(), flow.end()), (volume.start(), volume.end())]
    for m in HM.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if re.search(r"\d\s+(?:[a-z]+\s+)?$|\d\s*$", text[:m.start()]) or \
                PARTS.match(text, m.end()):
            return None  # "five 90-minute cycles", "45 minutes per kg": durations made of parts
        minutes += _hours(m) * 60
        parts.append(m.group(0).strip())
    if not parts or minutes <= 0:
        return None
    said = f"{clocks[0].group(0).strip()} {'+' if later else '−'} " + " − ".join(parts) \
        if not later else f"{clocks[0].group(0).strip()} + " + " + ".join(parts)
    return _moved(start, minutes, later, said)


EVERY = _c(r"\bevery\s+(\d+)\s*(minutes?|mins?|hours?|hrs?|h)\b")
NEXT_ASK = _c(r"\bnext\s+(?:one|ferry|bus|train|boat|tram|departure|service|shuttle|show|"
              r"screening|tour)\b|\bwhen\s+(?:is|will)\s+the\s+next\b|\bnext\b.*\?")


def next_departure(text: str) -> Trip | None:
    """The first departure of a regular schedule at or after a time of day."""
    every, ask = EVERY.search(text), NEXT_ASK.search(text)
    clocks = list(CLOCK.finditer(text))
    if every is None or ask is None or len(clocks) != 2 or re.search(
            r"\bhow\s+(?:long|much\s+time|many\s+(?:hours|minutes))\b|\blast\s+(?:dose|one|took)\b",
            text):
        return None  # "last dose 07:15, every 12 hours: how long until the next?" is a wait
    first, now = _minutes(clocks[0]), _minutes(clocks[1])
    gap = int(every.group(1)) * (60 if every.group(2).lower().startswith("h") else 1)
    if first is None or now is None or gap <= 0:
        return None
    if re.search(r"\b(?:arrive|get|reach|come|am|at)\b[^.]*$", text[:clocks[0].start()]) and \
            re.search(r"\bstart|\bfrom\b|\bfirst\b", text[clocks[0].end():clocks[1].start()]):
        first, now = now, first  # "I get there at 13:34; they run every 45 min from 06:30"
    steps = max(0, math.ceil((now - first) / gap))
    moved = first + steps * gap
    return Trip("next one", Fraction(moved % DAY, 60), "time", clock(moved),
                f"{clock(first).split(' ')[0]} + {steps} × {gap} min")


ZONE = _c(r"\b(?:utc|gmt)\s*([+\-−–])\s*(\d{1,2})(?::?([0-5]\d))?\b|\b(?:utc|gmt)\b")


def zone_time(text: str) -> Trip | None:
    """A time of day in one UTC offset told in another ("19:00 UTC−7 … on UTC?")."""
    clocks = list(CLOCK.finditer(text))
    zones = list(ZONE.finditer(text))
    if len(clocks) != 1 or len(zones) != 2 or (start := _minutes(clocks[0])) is None:
        return None

    def offset(m: re.Match[str]) -> int:
        if not m.group(1):
            return 0
        size = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return -size if m.group(1) in "-−–" else size

    given = min(zones, key=lambda z: abs(z.start() - clocks[0].end()))
    other = zones[1] if given is zones[0] else zones[0]
    moved = start - offset(given) + offset(other)
    shown = clock(moved)
    if not 0 <= moved < DAY:
        shown = shown[:-1] + (", the next day)" if moved >= DAY else ", the day before)")
    return Trip("time there", Fraction(moved % DAY, 60), "time", shown,
                f"{clocks[0].group(0).strip()} {given.group(0)} → {other.group(0)}")


RATE = _c(rf"(?:[$€£¥]\s*)?{NUM}\s*(?:[$€£¥]|dollars?|euros?|pounds?)?\s*(?:an|a|per|/)\s*"
          r"(started\s+|begun\s+|part\s+|or\s+part\s+of\s+an?\s+)?(hour|hr|h)\b")
PAY_ASK = _c(r"\bhow\s+much\b|\bowe\b|\bpay\b|\bcost\b|\bcharge\b|\bfee\b|\btotal\b")


def clock_span_cost(text: str) -> Trip | None:
    """A rate an hour over the span between two times of day (past midnight too); "per
    started hour" rounds the hours up."""
    rate = RATE.search(text)
    if rate is None or PAY_ASK.search(text) is None:
        return None
    clocks = [c for c in CLOCK.finditer(text) if not rate.start() <= c.start() < rate.end()]
    if len(clocks) != 2:
        return None
    a, b = _minutes(clocks[0]), _minutes(clocks[1])
    if a is None or b is None:
        return None
    span = (b - a) % DAY or DAY
    hours = Fraction(span, 60)
    started = bool(rate.group(2)) or re.search(r"\bor\s+part\b|\bpart\s+thereof\b", text)
    billed = Fraction(math.ceil(hours)) if started else hours
    cost = billed * _f(rate.group(1))
    sign = next((s for s in "$€£¥" if s in text), "")
    shown = f"{sign}{float(cost):,.2f}"
    return Trip("to pay", cost, "money", shown,
                f"{_show(billed)} hours{' (started hours)' if started else ''} × {rate.group(1)}")


def clock_kinds(text: str) -> Trip | None:
    """Any of the times of day or paid spans above."""
    return clock_shift(text) or next_departure(text) or zone_time(text) or clock_span_cost(text)
