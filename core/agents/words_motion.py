"""Two movers and a speed needed, in words, any way round:

- meeting: "two trains 300 km apart head toward each other at 80 and 70 km/h; when do they
  meet?" → 2 hours (the distance over the sum of the speeds);
- catching up: "a bus leaves at 50 km/h, 30 minutes later a car follows at 80 km/h; how long
  until it catches up?" → 50 minutes after the car sets off (the head start over the
  difference of the speeds);
- a speed needed: "286 km to go and 50 minutes to get there, what speed do I need?" →
  343.2 km/h;
- the time at a speed asked tersely: "171 nautical miles at 18 knots, hours under way?".
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import (
    LENGTH,
    METRES,
    SECONDS,
    SPEED,
    TIME,
    Trip,
    _duration,
    _f,
    _length_key,
    _show,
    _speed_units,
)

MEET = _c(r"\btowards?\s+(?:each\s+other|one\s+another)\b|\bmeet(?:s|ing)?\b|\bcross\s+paths\b|"
          r"\bhead(?:ing)?\s+(?:at|for)\s+each\s+other\b|\bpass\s+each\s+other\b")
CATCH = _c(r"\bcatch(?:es|ing)?\s+up\b|\bcatch(?:es)?\s+(?:it|him|her|them|the\s+\w+)\b|"
           r"\bovertak\w+\b|\breach(?:es)?\s+(?:it|him|her|them|the\s+first)\b")
HEAD_START = _c(r"\b(?:later|after(?:wards)?|behind)\b")
SINCE_FIRST = _c(r"\bafter\s+the\s+first\s+(?:\w+\s+)?(?:left|set\s+off|started|departed)\b")
NEEDED = _c(r"\b(?:need(?:ed)?|required|have\s+to|has\s+to|must|to\s+make\s+it|to\s+get\s+there|"
            r"in\s+time|to\s+arrive)\b")
SPEED_ASK = _c(r"\bspeed\b|\bhow\s+fast\b|\bvelocity\b|\b(?:km/h|kph|mph)\s*\?")
TERSE_TIME = _c(r"\b(?:hours?|hrs?|minutes?|mins?|time)\s+(?:under\s*way|at\s+sea|sailing|"
                r"driving|riding|on\s+the\s+(?:road|water|bike)|needed|required|taken|en\s+route)\b|"
                r"\b(?:hours?|hrs?)\s*\?|\bhow\s+long\b|\bduration\b")


def _per_second(m: re.Match[str]) -> Fraction:
    length_key, time_key, _ = _speed_units(m)
    return _f(m.group(1)) * METRES[length_key] / SECONDS[time_key]


def _seconds(m: re.Match[str]) -> Fraction:
    seconds = _f(m.group(1)) * SECONDS["h" if m.group(2) else "min" if m.group(3) else "s"]
    if m.group(5):
        seconds += _f(m.group(5)) * 60
    return seconds


def _outside(found: list[re.Match[str]], spans: list[re.Match[str]]) -> list[re.Match[str]]:
    return [m for m in found if not any(s.start() <= m.start() < s.end() for s in spans)]


def _time_trip(seconds: Fraction, basis: str) -> Trip:
    return Trip("time", seconds / 3600, "hours", _duration(seconds), basis)


def motion(text: str) -> Trip | None:
    """The time to meet or catch up, the speed needed, or a time asked tersely."""
    speeds = list(SPEED.finditer(text))
    lengths = _outside(list(LENGTH.finditer(text)), speeds)
    times = _outside(list(TIME.finditer(text)), speeds)
    if len(speeds) == 2 and MEET.search(text) and len(lengths) == 1:
        closing = _per_second(speeds[0]) + _per_second(speeds[1])
        metres = _f(lengths[0].group(1)) * METRES[_length_key(lengths[0])]
        if closing > 0 and metres > 0:
            return _time_trip(metres / closing, f"{lengths[0].group(0)} ÷ ({speeds[0].group(0)}"
                                                f" + {speeds[1].group(0)})")
    if len(speeds) == 2 and CATCH.search(text) and times:
        start = next((t for t in times if HEAD_START.match(text, t.end(), t.end() + 12)
                      or re.match(r"\W*\w*\W*(?:later|after|behind)", text[t.end():])), None)
        slow, fast = _per_second(speeds[0]), _per_second(speeds[1])
        if start is not None and fast > slow > 0:
            ahead = _seconds(start)
            seconds = slow * ahead / (fast - slow)
            basis = (f"{speeds[0].group(0)} × {start.group(0)} ÷ ({speeds[1].group(0)} − "
                     f"{speeds[0].group(0)})")
            if SINCE_FIRST.search(text):
                seconds += ahead
            return _time_trip(seconds, basis)
    if not speeds and len(lengths) == 1 and len(times) == 1 and SPEED_ASK.search(text) and (
            NEEDED.search(text) and not times[0].group(2)):
        return _speed_needed(text, lengths[0], times[0])
    if len(speeds) == 1 and len(lengths) == 1 and TERSE_TIME.search(text) and not times:
        metres = _f(lengths[0].group(1)) * METRES[_length_key(lengths[0])]
        per_second = _per_second(speeds[0])
        if per_second > 0 and metres > 0:
            return _time_trip(metres / per_second,
                              f"{lengths[0].group(0)} ÷ {speeds[0].group(0)}")
    return None


def _speed_needed(text: str, length: re.Match[str], time: re.Match[str]) -> Trip | None:
    metres, seconds = _f(length.group(1)) * METRES[_length_key(length)], _seconds(time)
    if metres <= 0 or seconds <= 0:
        return None
    key = _length_key(length)
    if re.search(r"\bmph\b|\bmiles\s+(?:per|an)\s+hour\b", text) or (
            key == "mi" and not re.search(r"\bkm/h\b|\bkph\b", text)):
        value, label = metres / METRES["mi"] / seconds * 3600, "mph"
    elif re.search(r"\bm/s\b|\bmet(?:re|er)s\s+per\s+second\b", text):
        value, label = metres / seconds, "m/s"
    else:
        value, label = metres / 1000 / seconds * 3600, "km/h"
    return Trip("speed needed", value, label, f"{_show(value)} {label}",
                f"{length.group(0)} ÷ {time.group(0)}")
