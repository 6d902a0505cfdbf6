"""Speed, distance and time in words, any way round: the time a trip takes at a speed, the
distance covered in a time, the arrival time at a speed; a pace given or worked out.
:func:`travel` is also where the other everyday measure readers are tried (clock times, fuel,
doses, volumes, cooking times, energy, totals, an amount at a steady rate).

"I drove 150 km at 60 km/h, how long did it take?" → 2.5 hours (2 h 30 min); "how far do I
get in 45 minutes at 12 mph?" → 9 miles. Units of length convert exactly (a mile is
1.609344 km); the answer is in the speed's units unless the question names others. An
average speed over a plain time stays with the maths word problems; over hours and minutes
("2h 03m", "1:52:30") it is worked out here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from core.agents.patterns import ci as _c

NUM = r"(\d[\d,]*(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
METRES = {"km": Fraction(1000), "mi": Fraction("1609.344"), "m": Fraction(1),
          "nmi": Fraction(1852)}
SECONDS = {"h": Fraction(3600), "min": Fraction(60), "s": Fraction(1)}


KM = r"km|kms|kilomet(?:er|re)s?"
MI = r"miles?|mi"
M = r"m|metres?|meters?"
HOUR = r"hours?|hrs?|h"
MINUTE = r"minutes?|mins?|min"
SECOND = r"seconds?|secs?|s"
SPEED = _c(rf"{NUM}\s*(?:(km/h|kph|kmh|km\s*/\s*hr?|(?:{KM})\s+(?:per|an|a)\s+hour)|(mph|"
           rf"(?:{MI})\s+(?:per|an|a)\s+hour)|(m/s|(?:{M})\s+(?:per|a)\s+second)|(knots?|kn|kt))\b")
LENGTH = _c(rf"{NUM}\s*(?:({KM})|({MI})|({M})|(nautical\s+miles?|nmi))\b")
TIME = _c(rf"{NUM}\s*(?:({HOUR})|({MINUTE})|({SECOND}))\b"
          rf"(?:\s*(?:and\s+)?{NUM}\s*(?:{MINUTE}|m)\b)?")
TIME_ASK = _c(r"\bhow\s+(?:long|much\s+time|many\s+(?:hours|minutes|mins|seconds))\b|"
              r"\bwhat\s+time\s+will\b|\btravel\s+time\b|\bjourney\s+time\b|\btime\s+(?:will\s+it|"
              r"does\s+it|did\s+it)\s+take\b|\b(?:finish(?:ing)?|total|race|run|completion|"
              r"arrival)\s+time\b|\bwhen\s+(?:will|would|do|should)\s+(?:i|we)\s+finish\b")
FAR_ASK = _c(rf"\bhow\s+(?:far|many\s+({KM}|{MI}|{M}))\b|\bwhat\s+distance\b|\bdistance\s+"
             r"(?:covered|travell?ed)\b|\bhow\s+much\s+distance\b")


@dataclass(frozen=True, slots=True)
class Trip:
    name: str
    value: Fraction  # hours for a time, the unit shown for a distance
    unit: str
    shown: str
    basis: str


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def _show(value: Fraction) -> str:
    return f"{float(round(value, 2)):,.2f}".rstrip("0").rstrip(".")


def _length_key(m: re.Match[str]) -> str:
    return "km" if m.group(2) else "mi" if m.group(3) else "m" if m.group(4) else "nmi"


def _speed_units(m: re.Match[str]) -> tuple[str, str, str]:
    """(length key, time key, label) of a speed."""
    if m.group(2):
        return "km", "h", "km/h"
    if m.group(3):
        return "mi", "h", "mph"
    if m.group(4):
        return "m", "s", "m/s"
    return "nmi", "h", "knots"


def _duration(seconds: Fraction) -> str:
    hours = seconds / 3600
    if hours >= 1:
        whole = int(hours)
        minutes = round((hours - whole) * 60)
        if minutes == 60:
            whole, minutes = whole + 1, 0
        if not minutes:
            return f"{_show(hours)} hour{'s' if hours != 1 else ''}"
        return f"{_show(hours)} hours ({whole} h {minutes} min)"
    if seconds >= 60:
        return f"{_show(seconds / 60)} minutes"
    return f"{_show(seconds)} seconds"


def travel(text: str) -> Trip | None:
    """The time or distance a travel question asks for (text expanded, lower-cased); the
    other everyday measure readers, then quantities combined by their units
    (:mod:`core.agents.words_dimensions`) as the late fallback."""
    from core.agents.words_dimensions import dimensions
    from core.agents.words_first import first_readers
    from core.agents.words_shown import tenths

    return tenths(first_readers(text) or _travel(text) or _unless_recipe(text, dimensions))


def _unless_recipe(text: str, late: Callable[[str], Trip | None]) -> Trip | None:
    """The late fallback, unless a recipe is being scaled: "serves 6 … I'm feeding 3, how
    many cups if a cup is 125 g?" is the recipe reader's, not a plain division of units."""
    from core.agents.words_recipe import recipe

    scaled = late(text)
    return None if scaled is not None and recipe(text) is not None else scaled


def _travel(text: str) -> Trip | None:
    speed = SPEED.search(text)
    if speed is None:
        from core.agents.health_doses import dose_amount_total, dose_count
        from core.agents.health_measures import health_measure
        from core.agents.words_clock import between_times, clock_after
        from core.agents.words_cooking import cooking_time
        from core.agents.words_dimensions import dimensions
        from core.agents.words_energy import energy_use
        from core.agents.words_fuel import economy_conversion, fuel_range, fuel_use
        from core.agents.words_per_amount import per_amount
        from core.agents.words_per_rate import per_rate
        from core.agents.words_periods import per_period
        from core.agents.words_steady import at_rate
        from core.agents.words_supplies import supply_days
        from core.agents.words_totals import repeated_total
        from core.agents.words_volume import box_volume

        return health_measure(text) or between_times(text) or clock_after(text) or \
            economy_conversion(text) or fuel_use(text) or fuel_range(text) or \
            average_speed(text) or pace_given(text) or pace(text) or \
            dose_count(text) or box_volume(text) or cooking_time(text) or \
            repeated_total(text) or per_amount(text) or dose_amount_total(text) or \
            energy_use(text) or supply_days(text) or \
            per_period(text) or _unless_recipe(text, dimensions) or at_rate(text) or per_rate(text)
    inside = (speed.start(), speed.end())
    rate = _f(speed.group(1))
    length_key, time_key, _ = _speed_units(speed)
    per_second = rate * METRES[length_key] / SECONDS[time_key]  # metres a second
    if per_second <= 0:
        return None
    lengths = [m for m in LENGTH.finditer(text) if not inside[0] <= m.start() < inside[1]]
    times = [m for m in TIME.finditer(text) if not inside[0] <= m.start() < inside[1]]
    if len(lengths) == 1 and (arrival := _arrival(text, lengths[0], per_second)) is not None:
        return arrival
    if TIME_ASK.search(text) and len(lengths) == 1:
        metres = _f(lengths[0].group(1)) * METRES[_length_key(lengths[0])]
        seconds = metres / per_second
        if re.search(r"\bhow\s+many\s+(?:minutes|mins)\b|\bin\s+minutes\b", text):
            return Trip("time", seconds / 60, "minutes", f"{_show(seconds / 60)} minutes",
                        f"{lengths[0].group(0)} ÷ {speed.group(0)}")
        return Trip("time", seconds / 3600, "hours", _duration(seconds),
                    f"{lengths[0].group(0)} ÷ {speed.group(0)}")
    if (far := FAR_ASK.search(text)) is not None and len(times) == 1:
        seconds = _f(times[0].group(1)) * SECONDS["h" if times[0].group(2) else
                                                   "min" if times[0].group(3) else "s"]
        if times[0].group(5):
            seconds += _f(times[0].group(5)) * 60
        metres = per_second * seconds
        key, unit = length_key, {"km": "km", "mi": "miles", "m": "m", "nmi": "nautical miles"}[
            length_key]
        if far.group(1):
            named = far.group(1).lower()
            key, unit = ("km", "km") if named.startswith("k") else ("mi", "miles") if \
                named.startswith("mi") else ("m", "m")
        value = metres / METRES[key]
        return Trip("distance", value, unit, f"{_show(value)} {unit}",
                    f"{speed.group(0)} × {times[0].group(0)}")
    return None


def _arrival(text: str, length: re.Match[str], per_second: Fraction) -> Trip | None:
    """"I leave at 9:15 and drive 240 km at 80 km/h, when do I arrive?" → 12:15."""
    from core.agents.words_clock import ARRIVE_ASK, CLOCK, LEAVE_ASK, _minutes, clock

    clocks = list(CLOCK.finditer(text))
    later = ARRIVE_ASK.search(text) is not None
    if len(clocks) != 1 or not (later or LEAVE_ASK.search(text)):
        return None
    start = _minutes(clocks[0])
    if start is None:
        return None
    seconds = _f(length.group(1)) * METRES[_length_key(length)] / per_second
    minutes = round(seconds / 60)
    moved = start + (minutes if later else -minutes)
    shown = clock(moved)
    if not 0 <= moved < 24 * 60:
        shown = shown[:-1] + (", the next day)" if moved > 0 else ", the day before)")
    return Trip("arrival" if later else "leave at", Fraction(moved % (24 * 60), 60), "time",
                shown, f"{clocks[0].group(0).strip()} {'+' if later else '−'} "
                f"{_duration(seconds)} ({length.group(0)} at the speed given)")


# --- an average speed over a time in hours and minutes ----------------------------------------

SPEED_ASK = _c(r"\bspeed\b|\bhow\s+fast\b|\bvelocity\b")
PER_HOUR = _c(r"\b(?:in|as)\s+(km/h|kph|kmh|km\s+per\s+hour|kilomet\w+\s+(?:per|an)\s+hour|mph|"
              r"miles\s+(?:per|an)\s+hour|m/s|met\w+\s+per\s+second)")
HMS = _c(r"\bin\s+(\d{1,2}):([0-5]\d):([0-5]\d)\b")


def average_speed(text: str) -> Trip | None:
    """"did 21.1 km in 2h 03m, average speed?" → 10.29 km/h: a time in hours and minutes (or
    h:mm:ss) that a single figure would misread; a plain time stays with the maths word
    problems."""
    if SPEED_ASK.search(text) is None or re.search(r"\bpace\b", text):
        return None
    text = re.sub(r"(?<![\d.:])(\d+)h([0-5]\d)\b", r"\1 h \2 min", text)  # "10h55"
    hms = HMS.search(text)
    times = [m for m in TIME.finditer(text) if m.group(2) and m.group(5)]
    lengths = [m for m in LENGTH.finditer(text) if (hms is None or m.end() <= hms.start())
               and not any(t.start() <= m.start() < t.end() for t in times)]
    if len(lengths) != 1 or (hms is None and len(times) != 1):
        return None
    if hms is not None:
        seconds = int(hms.group(1)) * 3600 + int(hms.group(2)) * 60 + int(hms.group(3))
        said = hms.group(0)[3:]
    else:
        seconds = int(_f(times[0].group(1)) * 3600 + _f(times[0].group(5)) * 60)
        said = times[0].group(0)
    metres = _f(lengths[0].group(1)) * METRES[_length_key(lengths[0])]
    if seconds <= 0 or metres <= 0:
        return None
    named = PER_HOUR.search(text)
    unit = named.group(1).lower() if named else ""
    key = _length_key(lengths[0])
    if unit.startswith(("mph", "miles")) or (not unit and key == "mi"):
        value, label = metres / METRES["mi"] / seconds * 3600, "mph"
    elif unit.startswith(("m/s", "met")):
        value, label = metres / seconds, "m/s"
    else:
        value, label = metres / 1000 / seconds * 3600, "km/h"
    return Trip("average speed", value, label, f"{_show(value)} {label}",
                f"{lengths[0].group(0)} ÷ {said}")


# --- a pace given: in the other unit, as a speed, or the time for a distance -------------------

PACE_GIVEN = _c(rf"(?:\b(\d{{1,2}}):([0-5]\d)(?:\s*min(?:ute)?s?)?|{NUM}\s*(?:minutes?|mins?|min))"
                rf"\s*(?:per|/|a|each|every)\s*({KM}|miles?|mi)\b")
PACE_OTHER = _c(rf"\b(?:per|/|a|each|every)\s*({KM}|miles?|mi)\b")
AS_SPEED = _c(r"\bspeed\b|\bhow\s+fast\b|\bkm/h\b|\bkph\b|\bmph\b|\b(?:km|kilomet\w+|miles)\s+"
              r"(?:per|an|a)\s+hour\b")


def _clock_pace(seconds: Fraction, label: str) -> str:
    whole = int(seconds // 60)
    rest = round(seconds - whole * 60)
    if rest == 60:
        whole, rest = whole + 1, 0
    return f"{whole}:{rest:02d} per {label} ({_show(seconds / 60)} min/{label})"


def pace_given(text: str) -> Trip | None:
    """"a 5:30 per km pace in minutes per mile?" → 8:51 per mile; "8 min/mile as a speed?"
    → 7.5 mph; "at 5:30 per km, how long for 21.1 km?" → 1 h 56 min."""
    given = PACE_GIVEN.search(text)
    if given is None:
        return None
    seconds = int(given.group(1)) * 60 + int(given.group(2)) if given.group(1) else \
        _f(given.group(3)) * 60
    key = "km" if given.group(4).lower().startswith("k") else "mi"
    if seconds <= 0:
        return None
    per_metre = Fraction(seconds) / METRES[key]
    lengths = [m for m in LENGTH.finditer(text) if not given.start() <= m.start() < given.end()]
    if TIME_ASK.search(text) and len(lengths) == 1:
        total = per_metre * _f(lengths[0].group(1)) * METRES[_length_key(lengths[0])]
        whole = round(total)
        clock = f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d} (h:mm:ss)"
        from core.agents.words_shown import with_tenth
        return Trip("time", total / 3600, "hours", f"{with_tenth(_duration(total), total, '')}"
                    f", {clock}" if whole < 3600 else f"{clock}, {_duration(total)}",
                    f"{given.group(0)} × {lengths[0].group(0)}")
    other = next((m for m in PACE_OTHER.finditer(text, given.end())
                  if m.group(1).lower().startswith("k") != (key == "km")), None)
    if AS_SPEED.search(text) or (other is None and re.search(r"\bhow\s+much\b", text)):
        mph = re.search(r"\bmph\b|\bmiles\s+(?:per|an|a)\s+hour\b", text) is not None
        unit = "mi" if mph else "km"
        value = 3600 / (per_metre * METRES[unit])
        label = "mph" if mph else "km/h"
        return Trip("speed", value, label, f"{_show(value)} {label}",
                    f"{given.group(0)} as a speed")
    if other is None:
        return None
    target = "mi" if key == "km" else "km"
    each = per_metre * METRES[target]
    label = "mile" if target == "mi" else "km"
    return Trip("pace", each / 60, f"min/{label}", _clock_pace(each, label),
                f"{given.group(0)} → per {label}")


# --- running pace ---------------------------------------------------------------------------------

PACE_ASK = _c(rf"\bpace\b|\b(?:minutes?|mins?)\s+(?:per|a|each|every|/)\s*({KM}|mile|mi)\b|"
              rf"\b(?:per|a|each|every)\s+({KM}|mile)\b.*\bhow\s+long\b|\bhow\s+long\b.*\b(?:per|"
              rf"a|each|every)\s+({KM}|mile)\b")


# "in 34:55", "in 1:52:30": a time on a stopwatch
STOPWATCH = _c(r"\b(?:in|time\s+(?:of|was)|took(?:\s+me)?|finished\s+in)\s+(\d{1,2}):(\d{2})"
               r"(?::(\d{2}))?(?![\d:])")


def _stopwatch(m: re.Match[str], metres: Fraction) -> Fraction:
    """Seconds of a stopwatch time; "34:55" is minutes and seconds unless that would be a
    pace faster than 2:30 a kilometre (then hours and minutes: "3:45" for a marathon)."""
    a, b = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return Fraction(a * 3600 + b * 60 + int(m.group(3)))
    seconds = Fraction(a * 60 + b)
    return seconds if metres <= 0 or seconds / metres * 1000 >= 150 else seconds * 60


def pace(text: str) -> Trip | None:
    """"ran 10 km in 52 minutes, what's my pace?" → 5:12 per km."""
    if (ask := PACE_ASK.search(text)) is None or SPEED.search(text):
        return None
    # a race: "a 5k in 27 minutes" (read as 5000 once expanded), "ran 10000 in 50 min"
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s*k\b", r"\1 km", text)
    text = re.sub(r"\b((?:run|ran|running|jog\w*|walk\w*|swim\w*|race\w*|did|do)\s+(?:a\s+)?)"
                  r"(\d{3,})(?=\s+in\b)", r"\1\2 m", text)
    lengths = list(LENGTH.finditer(text))
    times = list(TIME.finditer(text))
    clocked = STOPWATCH.search(text) if not times else None
    if len(lengths) != 1 or (len(times) != 1 and clocked is None):
        return None
    key = _length_key(lengths[0])
    per_unit = re.search(rf"\b(?:per|a|each|every|/)\s*({KM}|mile|mi)\b", text)
    named = next((g for g in ask.groups() if g), per_unit.group(1) if per_unit else "")
    per = "mi" if named.startswith("mi") else "km" if named else key if key in ("km", "mi") \
        else "km"
    units = _f(lengths[0].group(1)) * METRES[key] / METRES[per]
    if clocked is not None:
        seconds = _stopwatch(clocked, _f(lengths[0].group(1)) * METRES[key])
    else:
        seconds = _f(times[0].group(1)) * SECONDS["h" if times[0].group(2) else
                                                   "min" if times[0].group(3) else "s"]
        if times[0].group(5):
            seconds += _f(times[0].group(5)) * 60
    if units <= 0 or seconds <= 0:
        return None
    each = seconds / units
    whole = int(each // 60)
    rest = round(each - whole * 60)
    if rest == 60:
        whole, rest = whole + 1, 0
    label = "mile" if per == "mi" else "km"
    return Trip("pace", each / 60, f"min/{label}", f"{whole}:{rest:02d} per {label} "
                f"({_show(each / 60)} min/{label})",
                f"{clocked.group(0).split()[-1] if clocked else times[0].group(0)} ÷ "
                f"{lengths[0].group(0)}")
