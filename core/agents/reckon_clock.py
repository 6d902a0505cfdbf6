"""Lengths of time written in hours, minutes and seconds: added up, turned into one unit or
split into whole larger units, and a time per trip over a week or a year.

- durations added up: "add up 0h 47m, 0h 8m and 2h 50m" → 3h 45m; "1 hr 20 min + 45 min +
  2 hours, total?" → 4h 5m;
- a duration in one unit: "how many seconds in 9 h 30 min 30 s?" → 34,230 seconds;
  "2 hours 15 minutes in minutes" → 135 minutes;
- a count of a small unit in whole larger ones: "how many weeks is 369 days?" → 52 weeks
  and 5 days; "200 minutes in hours and minutes" → 3 hours 20 minutes;
- a time per trip over days, weeks and years: "26 min each way, 3 days a week, 48 weeks a
  year - how many hours a year?" → 124.8 hours.

The text is expanded and lower-cased; each kind needs its ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d+(?:\.\d+)?)"
H = r"(?:h|hr|hrs|hours?)"
M = r"(?:m|min|mins|minutes?)"
S = r"(?:s|sec|secs|seconds?)"
# "2h 50m", "1 hr 20 min", "45 min", "3 hours", "9 h 30 min 30 s", "1h30"
SPAN = _c(rf"(?<![\d:.])(?:{NUM}\s*{H}\b\s*(?:and\s+)?)?(?:(?<![\d.]){NUM}\s*{M}\b\s*(?:and\s+)?)?"
          rf"(?:(?<![\d.]){NUM}\s*{S}\b)?|(?<![\d:.])(\d+)\s*h\s*(\d{{2}})\b(?!\s*{M})")
SUM_ASK = _c(r"\badd\s+(?:up|together|them|these|those)\b|^\W*(?:please\s+)?add\b|\bsum\b|\btotal"
             r"\b|"
             r"\baltogether\b|\bin\s+all\b|\bcombined\b|\bhow\s+(?:long|much\s+time)\b|\+|\bplus\b")
UNIT_ASK = _c(r"\bhow\s+many\s+(seconds|minutes|hours|days)\b|^\W*(seconds|minutes|hours)\s+in\b|"
              r"\b(?:in|into|to|as)\s+(seconds|minutes|hours)\s*(?:\?|$|\.)|\bconvert\b[^?]*\bto\s+(seconds|minutes|hours)\b")
SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def _spans(text: str) -> list[tuple[re.Match[str], int]]:
    """Each written duration with its length in seconds."""
    found = []
    for m in SPAN.finditer(text):
        if not m.group(0).strip():
            continue
        if not m.group(1) and not m.group(4) and re.search(r"\d\s*(?:m|s)$", m.group(0).strip()):
            return []  # "40 m", "30 s" alone: metres or a plain letter, no duration
        if m.group(4):
            seconds = int(m.group(4)) * 3600 + int(m.group(5)) * 60
        else:
            h, mi, s = (Fraction(g) if g else Fraction(0) for g in m.group(1, 2, 3))
            total = h * 3600 + mi * 60 + s
            if total.denominator != 1:
                return []
            seconds = int(total)
        found.append((m, seconds))
    return found


def _said(seconds: int, short: bool = False) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if short:
        return " ".join([f"{h}h"] + ([f"{m}m"] if m or not s else []) + ([f"{s}s"] if s else []))
    parts = [(h, "hour"), (m, "minute"), (s, "second")]
    words = [f"{n} {name}{'s' if n != 1 else ''}" for n, name in parts if n]
    return " ".join(words) or "0 minutes"


def durations_added(text: str) -> Reckoned | None:
    """Two or more durations in hours and minutes (and seconds) added up."""
    if not SUM_ASK.search(text) or re.search(r"\d:\d\d", text) or UNIT_ASK.search(text):
        return None
    spans = _spans(text)
    if len(spans) < 2 or any(m.group(0).strip() and re.match(r"\s*(?:a|per|each|every)\s+(?:day|"
                                                            r"week)", text[m.end():])
                             for m, _ in spans):
        return None
    covered = sum(len(m.group(0).strip()) for m, _ in spans)
    numbers = len(re.findall(r"\d+(?:\.\d+)?", text))
    inside = sum(len(re.findall(r"\d+(?:\.\d+)?", m.group(0))) for m, _ in spans)
    if numbers != inside or not covered:
        return None  # every number is part of a duration
    total = sum(s for _, s in spans)
    h, rest = divmod(total, 3600)
    clock = f"{h}:{rest // 60:02d}" + (f":{rest % 60:02d}" if rest % 60 else "")
    shown = f"{_said(total, short=True)} ({_said(total)}, {clock})"
    basis = " + ".join(re.sub(r"\s+and$", "", m.group(0).strip()) for m, _ in spans)
    return Reckoned("total time", Fraction(total, 3600), "hours", basis, text=shown)


def duration_in_unit(text: str) -> Reckoned | None:
    """A duration of mixed units in the one unit asked ("seconds in 9 h 30 min 30 s")."""
    ask = UNIT_ASK.search(text)
    if ask is None or len(UNIT_ASK.findall(text)) > 1 or re.search(r"\d:\d\d|\d\s*(?:am|pm)"
                                                                   r"\b", text) \
            or re.search(r"\band\s+(?:minutes|seconds|hours|days)\b|\beach\s+way\b|"
                                r"\b(?:a|per)\s+(?:day|week|month|year)\b", text):
        return None
    spans = [(m, s) for m, s in _spans(text)]
    if len(spans) != 1:
        return None
    span, seconds = spans[0]
    parts = sum(bool(g) for g in span.group(1, 2, 3)) + 2 * bool(span.group(4))
    if parts < 2 or not span.group(3):
        return None  # one unit to another, or hours and minutes, is a conversion (units)
    unit = next(g for g in ask.groups() if g).lower()
    value = Fraction(seconds, SECONDS[unit])
    return Reckoned(f"in {unit}", value, unit, f"{span.group(0).strip()} = {_said(seconds)}",
                    text=f"{show(value)} {unit}")


SMALL = {"day": ("week", 7), "minute": ("hour", 60), "second": ("minute", 60),
         "month": ("year", 12), "hour": ("day", 24)}
SPLIT_ASK = _c(r"\bhow\s+many\s+(weeks|hours|minutes|years|days)\b|\bin\s+(weeks|hours|minutes|ye"
               r"ars|"
               r"days)\b|\b(weeks|hours|minutes|years|days)\s+and\s+(?:days|minutes|seconds|months|"
               r"hours)\b")
COUNT = _c(r"(?<![\d.:])(\d{1,3}(?:,\d{3})+|\d+)\s*(days?|minutes?|mins?|seconds?|secs?|months?|"
           r"hours?|hrs?)\b")


def whole_and_rest(text: str) -> Reckoned | None:
    """A count of days (minutes, seconds, months, hours) as whole weeks (hours, minutes,
    years, days) and what is left."""
    ask = SPLIT_ASK.search(text)
    counts = list(COUNT.finditer(text))
    if ask is None or len(counts) != 1 or re.search(r"\d\s*(?:h|hr|hrs|hours?|weeks?|years?)\b",
                                                    text[:counts[0].start()]):
        return None
    word = counts[0].group(2).lower().rstrip("s")
    small = {"min": "minute", "sec": "second", "hr": "hour"}.get(word, word)
    big, size = SMALL.get(small, ("", 0))
    asked = next(g for g in ask.groups() if g).lower().rstrip("s")
    if asked != big:
        return None
    count = counts[0]
    a, b = sorted((count.start(), ask.start()))
    if re.search(r"[.?!;]\s", text[a:b]):
        return None  # "83 days until the wedding. How many weeks and days is that?": the units
    tied = re.search(rf"\bhow\s+many\s+{big}s\s+(?:is|are|in|make|makes|does)\s+(?:that\s+)?$",
                     text[:count.start()]) or re.match(
        rf"[\s,:\-–—]*(?:long\s+)?(?:is|are|in|into|to|as|=)?\s*(?:how\s+many\s+|how\s+long\s+is"
        rf"\s+that\s+"
        rf"in\s+|that\s+in\s+)?{big}s\b", text[count.end():]) or re.search(
        rf"\b{big}s\s+and\s+{small}s\b", text)
    if not tied or re.search(r"\bevery\s+$", text[:count.start()]) or re.search(
            r"\b(?:and|then|also)\s+(?:what|when|how|which)\b", text[ask.end():]):
        return None  # "… in hours and minutes, and what time do we land?": two asks
    number = int(count.group(1).replace(",", ""))
    whole, rest = divmod(number, size)
    shown = f"{whole} {big}{'s' if whole != 1 else ''} and {rest} {small}{'s' if rest != 1 else ''}"
    basis = f"{number:,} ÷ {size} = {whole} remainder {rest}"
    return Reckoned(f"in {big}s", Fraction(number, size), f"{big}s", basis,
                    text=f"{shown} ({show(Fraction(number, size))} {big}s)")


EACH_TRIP = _c(rf"(?<![\d.]){NUM}\s*(min(?:ute)?s?|hours?|hrs?|h)\b\s*(?:each\s+way|one\s+way|a\s"
               rf"+way|"
               rf"(?:a|per|each)\s+(?:trip|journey|leg)|each|every\s+time)?")
EACH_WAY = _c(r"\b(?:each|one|a)\s+way\b")
TIMES_WEEK = _c(rf"(?<![\d.]){NUM}\s*(?:days?|times|shifts?|sessions?|trips?)\s*(?:a|per|each|eve"
                rf"ry|/"
                rf"|in\s+a)\s*week\b")
WEEKS_YEAR = _c(rf"(?<![\d.]){NUM}\s*(?:working\s+|work\s+)?weeks?\s*(?:a|per|each|every|in\s+a|/"
                rf"|of\s+"
                rf"the)\s*year\b|\b(?:for|over)\s+{NUM}\s*(?:working\s+)?weeks\b")
TOTAL_ASK = _c(r"\bhow\s+(?:many|much)\s+(hours|minutes|days|time)\b|\bin\s+(hours|minutes|days)\b")


def trips_over_year(text: str) -> Reckoned | None:
    """A time per trip (both ways), days a week and weeks a year → the time in the unit
    asked."""
    trip, week, ask = EACH_TRIP.search(text), TIMES_WEEK.search(text), TOTAL_ASK.search(text)
    if trip is None or week is None or ask is None or trip.start() > week.start():
        return None
    weeks = WEEKS_YEAR.search(text)
    unit = next((g for g in ask.groups() if g), "hours").lower()
    unit = "hours" if unit == "time" else unit
    minutes = Fraction(trip.group(1)) * (60 if trip.group(2).lower().startswith("h") else 1)
    ways = 2 if EACH_WAY.search(text) else 1
    days = Fraction(week.group(1))
    count_weeks = Fraction(weeks.group(1) or weeks.group(2)) if weeks else None
    if count_weeks is None and not re.search(r"\b(?:a|per|each)\s+week\b[^.?!]*\?", text):
        return None
    total = minutes * ways * days * (count_weeks or 1)
    value = total / {"hours": 60, "minutes": 1, "days": 60 * 24}[unit]
    basis = f"{trip.group(1)} {trip.group(2)}" + (" × 2 ways" if ways == 2 else "") + \
        f" × {show(days)} a week" + (f" × {show(count_weeks)} weeks" if count_weeks else "")
    span = " a year" if weeks is not None and re.search(r"\byear\b", weeks.group(0)) else \
        " a week" if count_weeks is None else ""
    return Reckoned("total time", value, unit, basis, text=f"{show(value)} {unit}{span}")


KINDS = (durations_added, duration_in_unit, whole_and_rest, trips_over_year)
