"""Speed, distance and time in words, any way round: the time a trip takes at a speed, or
the distance covered in a time; the time between two clock times.

"I drove 150 km at 60 km/h, how long did it take?" → 2.5 hours (2 h 30 min); "how far do I
get in 45 minutes at 12 mph?" → 9 miles. Units of length convert exactly (a mile is
1.609344 km); the answer is in the speed's units unless the question names others. An
average speed from a distance and a time stays with the maths word problems.
"""

from __future__ import annotations

import re
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
TIME = _c(rf"{NUM}\s*(?:({HOUR})|({MINUTE})|({SECOND}))\b(?:\s*(?:and\s+)?{NUM}\s*(?:{MINUTE})\b)?")
TIME_ASK = _c(r"\bhow\s+(?:long|much\s+time|many\s+(?:hours|minutes|mins|seconds))\b|"
              r"\bwhat\s+time\s+will\b|\btravel\s+time\b|\bjourney\s+time\b|\btime\s+(?:will\s+it|"
              r"does\s+it|did\s+it)\s+take\b")
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
            return f"{_show(hours)} hours"
        return f"{_show(hours)} hours ({whole} h {minutes} min)"
    if seconds >= 60:
        return f"{_show(seconds / 60)} minutes"
    return f"{_show(seconds)} seconds"


CLOCK = _c(r"\b(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?(?![\d.])|\b(\d{1,2})\s*(am|pm|a\.m\.|"
           r"p\.m\.)(?!\w)|\b(noon|midday|midnight)\b")
SPAN_ASK = _c(r"\bhow\s+(?:long|many\s+(?:hours|minutes)|much\s+time)\b|\bduration\b|"
              r"\btime\s+(?:between|difference)\b|\belapsed\b")


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a clock time ("9:15", "5:30pm", "7 am", "noon")."""
    if m.group(6):
        return 0 if m.group(6).lower() == "midnight" else 12 * 60
    hour = int(m.group(1) or m.group(4))
    minute = int(m.group(2) or 0)
    half = (m.group(3) or m.group(5) or "").replace(".", "").lower()
    if hour > 24 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    return hour % 24 * 60 + minute


def between_times(text: str) -> Trip | None:
    """"from 9:15 to 17:45, how long?" → 8 h 30 min; past midnight counts on."""
    if not SPAN_ASK.search(text):
        return None
    clocks = list(CLOCK.finditer(text))
    if len(clocks) != 2 or not re.search(r"\b(?:to|until|till|and|through)\b|[-–]",
                                         text[clocks[0].end():clocks[1].start()]):
        return None
    start, end = _minutes(clocks[0]), _minutes(clocks[1])
    if start is None or end is None:
        return None
    minutes = (end - start) % (24 * 60)
    hours, rest = divmod(minutes, 60)
    shown = f"{hours} h {rest} min" if rest else f"{hours} h"
    value = Fraction(minutes, 60)
    return Trip("time between", value, "hours", f"{shown} ({_show(value)} hours)",
                f"{clocks[0].group(0).strip()} → {clocks[1].group(0).strip()}")


ARRIVE_ASK = _c(r"\b(?:when|what\s+time)\b[^?]*\b(?:arriv\w*|get\s+(?:in|there|back|home)|land\w*|"
                r"finish\w*|end\w*|done|ready|over|out|back)\b|\b(?:arrival|finish|end|landing)\s+"
                r"time\b")
LEAVE_ASK = _c(r"\b(?:when|what\s+time)\b[^?]*\b(?:leave|set\s+off|start|go|head\s+out|depart)\b")


def clock_after(text: str) -> Trip | None:
    """"leaves at 14:35, the trip takes 2 h 50 min — when does it arrive?" → 17:25; "I
    need to be there by 9:00 and it's a 45 minute drive, when should I leave?" → 08:15."""
    clocks = list(CLOCK.finditer(text))
    times = [m for m in TIME.finditer(text) if not any(
        c.start() <= m.start() < c.end() for c in clocks)]
    if len(clocks) != 1 or len(times) != 1:
        return None
    later = ARRIVE_ASK.search(text) is not None
    if not later and LEAVE_ASK.search(text) is None:
        return None
    start = _minutes(clocks[0])
    span = times[0]
    minutes = _f(span.group(1)) * (60 if span.group(2) else 1 if span.group(3) else
                                   Fraction(1, 60))
    if span.group(5):
        minutes += _f(span.group(5))
    if start is None or minutes <= 0 or minutes.denominator != 1:
        return None
    end = (start + int(minutes) * (1 if later else -1)) % (24 * 60)
    shown = f"{end // 60:02d}:{end % 60:02d}"
    sign = "+" if later else "−"
    return Trip("time" if later else "leave at", Fraction(end, 60), "time", shown,
                f"{clocks[0].group(0).strip()} {sign} {span.group(0).strip()}")


def travel(text: str) -> Trip | None:
    """The time or distance a travel question asks for (text expanded, lower-cased)."""
    speed = SPEED.search(text)
    if speed is None:
        from core.agents.words_periods import per_period

        return between_times(text) or clock_after(text) or fuel_use(text) or pace(text) or \
            per_period(text) or at_rate(text)
    inside = (speed.start(), speed.end())
    rate = _f(speed.group(1))
    length_key, time_key, _ = _speed_units(speed)
    per_second = rate * METRES[length_key] / SECONDS[time_key]  # metres a second
    if per_second <= 0:
        return None
    lengths = [m for m in LENGTH.finditer(text) if not inside[0] <= m.start() < inside[1]]
    times = [m for m in TIME.finditer(text) if not inside[0] <= m.start() < inside[1]]
    if TIME_ASK.search(text) and len(lengths) == 1:
        metres = _f(lengths[0].group(1)) * METRES[_length_key(lengths[0])]
        seconds = metres / per_second
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


# --- fuel economy and the fuel a trip needs -------------------------------------------------------

FUEL_DIST = _c(rf"{NUM}\s*({KM}|{MI})\b(?!\s*(?:per|/|to\s+the|an?\s+(?:l|litre|liter|gallon)))")
FUEL_VOL = _c(rf"{NUM}\s*(l|ltrs?|litres?|liters?|gallons?|gal)\b(?!\s*(?:per|/|every|for\s+"
              rf"each)\s*100)")
ECONOMY_ASK = _c(r"\bhow\s+many\s+(?:km|kilomet\w+|miles?)\s+(?:per|to\s+the|a|an|on\s+a|from\s+"
                 r"a)\s+(?:l|litre|liter|gallon)\b|\bmpg\b|\bmiles\s+per\s+gallon\b|\bkm\s*/\s*l\b|\bkm\s+"
                 r"per\s+lit\w+|\bl\s*/\s*100|\blit\w+\s+per\s+100\b|\bfuel\s+(?:economy|"
                 r"consumption|efficiency)\b|\bconsumption\b")
FUEL_ASK = _c(r"\bhow\s+(?:many|much)\s+(l\b|litres|liters|gallons|fuel|petrol|gas|diesel)")
GALLON_L = Fraction("3.785411784")


def fuel_use(text: str) -> Trip | None:
    """Fuel economy from a distance and the fuel used ("180 km on 12 litres, km per
    litre?"), or the fuel a trip needs at a stated consumption."""
    from core.agents.rates_words import KM_PER_L, MPG, PER_100, PRICE_PER, PRICE_SAID

    use = PER_100.search(text) or KM_PER_L.search(text) or MPG.search(text)
    dists = [m for m in FUEL_DIST.finditer(text) if use is None or not
             use.start() <= m.start() < use.end()]
    if len(dists) != 1:
        return None
    distance, miles = _f(dists[0].group(1)), dists[0].group(2).lower().startswith("mi")
    km = distance * METRES["mi"] / 1000 if miles else distance
    priced = PRICE_PER.search(text) or PRICE_SAID.search(text)
    if use is not None and (ask := FUEL_ASK.search(text)) and priced is None:
        rate = _f(next(g for g in use.groups() if g))
        if rate <= 0:
            return None
        if use.re is PER_100:
            litres, basis = km * rate / 100, f"{_show(km)} km × {use.group(0)}"
        elif use.re is KM_PER_L:
            litres, basis = km / rate, f"{_show(km)} km ÷ {use.group(0)}"
        else:
            litres = (km * 1000 / METRES["mi"]) / rate * GALLON_L
            basis = f"{dists[0].group(0)} ÷ {use.group(0)}"
        named = ask.group(1).lower()  # the unit asked for, else the consumption's own
        if named.startswith("gal") or (use.re is MPG and not named.startswith("l")):
            basis += "" if use.re is MPG else " ÷ 3.785411784 L per gallon"
            return Trip("fuel needed", litres / GALLON_L, "gallons",
                        f"{_show(litres / GALLON_L)} gallons", basis)
        basis += " × 3.785411784 L per gallon" if use.re is MPG else ""
        return Trip("fuel needed", litres, "litres", f"{_show(litres)} litres", basis)
    vols = list(FUEL_VOL.finditer(text))
    if use is not None or not ECONOMY_ASK.search(text) or len(vols) != 1:
        return None
    volume = _f(vols[0].group(1))
    litres = volume * GALLON_L if vols[0].group(2).lower().startswith("gal") else volume
    if volume <= 0 or distance <= 0:
        return None
    asked = ECONOMY_ASK.search(text)
    said = asked.group(0).lower() if asked is not None else ""
    if "mpg" in said or "gallon" in said or (miles and "100" not in said and "km" not in said):
        value = (km * 1000 / METRES["mi"]) / (litres / GALLON_L)
        return Trip("fuel economy", value, "mpg", f"{_show(value)} mpg",
                    f"{dists[0].group(0)} ÷ {vols[0].group(0)}")
    if "100" in said or ("km" not in said and "per" not in said):
        value = litres / km * 100
        return Trip("fuel consumption", value, "L/100 km", f"{_show(value)} L/100 km",
                    f"{vols[0].group(0)} ÷ {dists[0].group(0)} × 100")
    value = km / litres
    return Trip("fuel economy", value, "km/L", f"{_show(value)} km per litre",
                f"{dists[0].group(0)} ÷ {vols[0].group(0)}")


# --- running pace ---------------------------------------------------------------------------------

PACE_ASK = _c(rf"\bpace\b|\b(?:minutes?|mins?)\s+(?:per|a|each|every|/)\s*({KM}|mile|mi)\b|"
              rf"\b(?:per|a|each|every)\s+({KM}|mile)\b.*\bhow\s+long\b|\bhow\s+long\b.*\b(?:per|"
              rf"a|each|every)\s+({KM}|mile)\b")


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
    if len(lengths) != 1 or len(times) != 1:
        return None
    key = _length_key(lengths[0])
    per_unit = re.search(rf"\b(?:per|a|each|every|/)\s*({KM}|mile|mi)\b", text)
    named = next((g for g in ask.groups() if g), per_unit.group(1) if per_unit else "")
    per = "mi" if named.startswith("mi") else "km" if named else key if key in ("km", "mi") \
        else "km"
    seconds = _f(times[0].group(1)) * SECONDS["h" if times[0].group(2) else
                                               "min" if times[0].group(3) else "s"]
    if times[0].group(5):
        seconds += _f(times[0].group(5)) * 60
    units = _f(lengths[0].group(1)) * METRES[key] / METRES[per]
    if units <= 0 or seconds <= 0:
        return None
    each = seconds / units
    whole = int(each // 60)
    rest = round(each - whole * 60)
    if rest == 60:
        whole, rest = whole + 1, 0
    label = "mile" if per == "mi" else "km"
    return Trip("pace", each / 60, f"min/{label}", f"{whole}:{rest:02d} per {label} "
                f"({_show(each / 60)} min/{label})", f"{times[0].group(0)} ÷ {lengths[0].group(0)}")


# --- an amount at a steady rate over a time -------------------------------------------------------

PERIOD_S = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
RATE_PER = _c(rf"{NUM}\s*([a-z]+)\s*(?:per|an|a|/|each|every)\s*(second|sec|minute|"
              rf"min|hour|hr|h|day|week)\b")
SPAN_OF = _c(rf"{NUM}\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\b(?:in|for|"
             rf"over)\s+(?:a|an|one)\s+(second|minute|hour|day|week)\b")
AMOUNT_ASK = _c(r"\bhow\s+(?:many|much)\b")
PERIOD_KEY = {"sec": "second", "min": "minute", "hr": "hour", "h": "hour"}


def _period(word: str) -> int:
    key = word.lower().rstrip("s") if word.lower() not in ("hrs", "mins", "secs") else word[:-1]
    return PERIOD_S[PERIOD_KEY.get(key, key)]


def at_rate(text: str) -> Trip | None:
    """"I burn 300 kcal an hour cycling, how many in 45 minutes?" → 225 kcal; "how long to
    burn 500 kcal at 300 kcal per hour?" → 1.67 hours."""
    rate = RATE_PER.search(text)
    if rate is None or re.search(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|bucks|km|miles?|mph|"
                                 r"metres?|meters?)\b", rate.group(0)):
        return None  # money and speeds have their own kinds
    unit = rate.group(2).strip()
    per_second = _f(rate.group(1)) / _period(rate.group(3))
    if per_second <= 0:
        return None
    spans = [m for m in SPAN_OF.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if AMOUNT_ASK.search(text) and not TIME_ASK.search(text) and len(spans) == 1:
        span = spans[0]
        seconds = (_f(span.group(1)) if span.group(1) else 1) * _period(span.group(2) or
                                                                        span.group(3))
        value = per_second * seconds
        return Trip("total", value, unit, f"{_show(value)} {unit}",
                    f"{rate.group(0)} × {span.group(0).strip()}")
    stem = re.escape(unit[:-1] if unit.endswith("s") else unit)
    wanted = re.search(rf"{NUM}[\s-]*{stem}s?\b", text[:rate.start()] + " " + text[rate.end():])
    if TIME_ASK.search(text) and wanted is not None:
        seconds = _f(wanted.group(1)) / per_second
        return Trip("time", seconds / 3600, "hours", _duration(seconds),
                    f"{wanted.group(0)} ÷ {rate.group(0)}")
    return None
