"""Paces and lengths of time told as a runner or a clock would.

"14.3 km/h as a pace per km?" → 4:12 per km; "10.3 mph, pace per mile?" → 5:50 per mile;
"swam 1500 m in 33:53, average per 100 m?" → 2:16 per 100 m; "ran 15 km in 103:00, pace per
km?" → 6:52 per km (minutes past 59 read as minutes); "20,220 seconds in hours and
minutes?" → 5 hours 37 minutes (5:37:00).
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

METRES = {"km": Fraction(1000), "mi": Fraction("1609.344"), "m": Fraction(1),
          "yd": Fraction("0.9144")}
SPEED = _c(rf"{NUM}\s*(km/h|kph|kmh|km\s+(?:per|an|a)\s+hour|mph|miles?\s+(?:per|an|a)\s+hour)")
PER = _c(r"\bper\s+(?:(\d+)\s*)?(km|kilomet\w+|miles?|mi|m|metres?|meters?|yards?|yd)\b|"
         r"\b(?:a|each|every)\s+(km|kilomet\w+|mile)\b|\bmin(?:ute)?s?\s*/\s*(km|mi(?:le)?)\b")
PACE_ASK = _c(r"\bpace\b|\bsplits?\b|\baverage\s+per\b|\bper\s+(?:\d+\s*)?(?:km|kilomet\w+|miles?|"
              r"m|metres?|meters?|yards?)\b\s*\??\s*$|\bmin(?:ute)?s?\s+per\b|\bmin(?:ute)?s?\s*/")
DONE = _c(rf"{NUM}\s*(km|kilomet\w+|miles?|mi|m|metres?|meters?|yards?|yd)\s+in\s+(?:(\d+):)?"
          r"(\d+):([0-5]\d)\b")


def _key(unit: str) -> str:
    unit = unit.lower()
    return "km" if unit.startswith("k") else "mi" if unit.startswith("mi") else "yd" if \
        unit.startswith("y") else "m"


def _round(value: Fraction) -> int:
    return int(value + Fraction(1, 2))  # halves up, as a stopwatch reads


def _clock(seconds: Fraction) -> str:
    whole = _round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def _per(text: str) -> tuple[Fraction, str] | None:
    m = PER.search(text)
    if m is None:
        return None
    count = _f(m.group(1)) if m.group(1) else Fraction(1)
    unit = _key(m.group(2) or m.group(3) or m.group(4))
    label = f"{m.group(1)} {unit}" if m.group(1) else {"mi": "mile"}.get(unit, unit)
    return count * METRES[unit], label


def pace(text: str) -> Trip | None:
    """The time for one km, mile or stretch, from a speed or a distance done in a time."""
    if PACE_ASK.search(text) is None or (per := _per(text)) is None:
        return None
    stretch, label = per
    speed, done = SPEED.search(text), DONE.search(text)
    if speed is not None and done is None:
        rate = _f(speed.group(1)) * METRES["mi" if "mi" in speed.group(2).lower() or
                                          speed.group(2).lower() == "mph" else "km"] / 3600
        if rate <= 0:
            return None
        seconds = stretch / rate
        basis = f"{_show(stretch)} m ÷ {speed.group(0)}"
    elif done is not None and speed is None:
        total = _f(done.group(3)) * 3600 + _f(done.group(4)) * 60 + _f(done.group(5)) \
            if done.group(3) else _f(done.group(4)) * 60 + _f(done.group(5))
        metres = _f(done.group(1)) * METRES[_key(done.group(2))]
        if metres <= 0 or metres < stretch / 100:
            return None
        seconds = total * stretch / metres
        basis = f"{_clock(total)} ÷ {done.group(1)} {done.group(2)} × {_show(stretch)} m"
    else:
        return None
    whole = _round(seconds)
    shown = f"{_clock(seconds)} per {label} ({whole // 60} min {whole % 60} s)"
    return Trip("pace", seconds / 60, "min", shown, basis)


SECONDS = _c(rf"{NUM}\s*(seconds?|secs?|s|minutes?|mins?)\b")
HM_ASK = _c(r"\bhours?\s+and\s+minutes\b|\bh\s*(?:and\s+)?m(?:in)?\b|\bhh:mm\b|\bminutes\s+and\s+"
            r"seconds\b")


def in_hours_and_minutes(text: str) -> Trip | None:
    """A number of seconds or minutes told in hours and minutes (or minutes and seconds). Not
    tried among the first readers: "… how many hours and minutes is that?" is planned as a
    result and its conversion, and the units agent answers it whole."""
    if HM_ASK.search(text) is None:
        return None
    amounts = list(SECONDS.finditer(text))
    if len(amounts) != 1:
        return None
    value = _f(amounts[0].group(1))
    seconds = value * (60 if amounts[0].group(2).lower().startswith("m") else 1)
    if re.search(r"\bminutes\s+and\s+seconds\b", text):
        whole = round(seconds)
        minutes, secs = divmod(whole, 60)
        return Trip("time", seconds / 60, "minutes",
                    f"{minutes} minutes {secs} seconds ({minutes}:{secs:02d})",
                    f"{amounts[0].group(0)} ÷ 60")
    whole = round(seconds / 60)
    hours, minutes = divmod(whole, 60)
    rest = round(seconds) - whole * 60
    exact = f"{hours}:{minutes:02d}:{max(rest, 0):02d}"
    return Trip("time", seconds / 3600, "hours",
                f"{hours} hours {minutes} minutes ({exact})", f"{amounts[0].group(0)} in hours")
