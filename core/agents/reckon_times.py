"""Lengths of time reckoned from words: a shift, a list of durations, a daily habit.

- a shift from its start and end clock times, less a break: "clocked in at 06:58, out at
  17:03, how long was my shift?" → 10 hours 5 minutes (10:05); across midnight too;
- durations added up: "songs are 4:00, 3:23 and 4:19, how long is the playlist?" → 11
  minutes 42 seconds (11:42); "laps of 1:32, 1:35 and 1:29, total?";
- time a day (or a week) over a number of days or weeks: "40 minutes a day, how many
  hours over 30 days?" → 20 hours.

The text is expanded and lower-cased; each kind needs its cue words and an ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show
from core.agents.words_clock import clock_minutes

CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
START = _c(rf"\b(?:clock(?:ed|s)?\s+(?:in|on)|sign(?:ed|s)?\s+in|log(?:ged|s)?\s+in|"
           rf"start(?:ed|s|ing)?|"
           rf"work(?:ed)?|"
           rf"beg[ai]n(?:s|ning)?|on\s+shift|arrived?|got\s+(?:in|to\s+work)|shift\s+(?:starts|"
           rf"started|begins|began|is|was|runs|ran|from)|shift(?=\s+\d)|(?:shift|hours)\s+(?:is|a"
           rf"re|"
           rf"was|were)\s+from)\s+(?:work\s+|my\s+shift\s+|the\s+shift\s+)?(?:at\s+|from\s+|"
           rf"(?=\d))(?:about\s+)?{CLOCK}")
END = _c(rf"\b(?:clock(?:ed|s)?\s+(?:out|off)|sign(?:ed|s)?\s+out|log(?:ged|s)?\s+out|out|"
         rf"finish(?:ed|es|"
         rf"ing)?|end(?:ed|s|ing)?|left|leave|stop(?:ped|s)?|knock(?:ed)?\s+off|off|until|till|to|"
         rf"done)\s+(?:work\s+)?(?:at|by)?\s*{CLOCK}")
SHIFT_ASK = _c(r"\bhow\s+(?:long|many\s+(?:paid\s+|working\s+)?hours|much\s+time)\b|\blength\b|"
               r"\bhours\s+(?:did|do|have|will)\b|\bduration\b|\bhours\s+worked\b|\bpaid\s+hours\b")
WORKED = _c(r"\bshift\b|\bwork(?:ed|ing)?\b|\bclock(?:ed)?\s+(?:in|out|on|off)\b|"
            r"\bon\s+the\s+job\b")
BREAK = _c(r"\b(\d+)\s*(?:-\s*)?(?:min(?:ute)?s?|m)\s+(?:unpaid\s+|lunch\s+|meal\s+|paid\s+)?"
           r"(?:break|lunch)\b|"
           r"\b(?:break|lunch)\s+(?:of|for|was|is)\s+(\d+)\s*min")


def _hours_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    said = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if rest or not hours:
        said.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(said)


def shift_length(text: str) -> Reckoned | None:
    """The time worked between a start and an end clock time, less any break."""
    if not SHIFT_ASK.search(text) or not WORKED.search(text):
        return None
    start = START.search(text)
    if start is None:
        return None
    end = next((m for m in END.finditer(text, start.end())), None)
    if end is None or (not start.group(2) and not start.group(3)) or (
            not end.group(2) and not end.group(3)):
        return None
    begin = clock_minutes(start.group(1), start.group(2), start.group(3))
    finish = clock_minutes(end.group(1), end.group(2), end.group(3))
    if begin is None or finish is None:
        return None
    minutes = (finish - begin) % (24 * 60)
    pause = BREAK.search(text)
    if pause is None and re.search(r"\bfrom\s*$", text[:start.start(1)]):
        return None  # "from 9:15 to 17:45": the time between two clock times (words_clock)
    less = int(pause.group(1) or pause.group(2)) if pause is not None else 0
    if minutes == 0 or less >= minutes:
        return None
    worked = minutes - less
    hours, rest = divmod(worked, 60)
    basis = f"from {_said(start)} to {_said(end)}" + (" (past midnight)" if finish < begin else "")
    if less:
        basis += f", less a {less}-minute break"
    decimal = f", {show(Fraction(worked, 60))} hours" if rest else ""
    shown = f"{_hours_minutes(worked)} ({hours}:{rest:02d}{decimal})"
    return Reckoned("time worked", Fraction(worked, 60), "hours", basis, text=shown)


def _said(m: re.Match[str]) -> str:
    return f"{m.group(1)}{':' + m.group(2) if m.group(2) else ''}{m.group(3) or ''}"


# --- durations added up ------------------------------------------------------------------

DURATION = _c(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?![\d:]|\s*(?:am|pm|a\.m|p\.m|h\b|"
              r"o'?clock))")
THINGS = _c(r"\b(?:songs?|tracks?|playlist|album|laps?|splits?|videos?|episodes?|clips?|podcasts?|"
            r"durations?|times|runs?|legs?|sets?|pieces?|movements?|scenes?|segments?|rounds?|"
            r"chapters?|lectures?|talks?|calls?|recordings?|intervals?)\b")
SUM_ASK = _c(r"\bhow\s+long\b|\btotal\b|\baltogether\b|\bin\s+all\b|\bcombined\b|\badd\s+(?:up|"
             r"them|these|those)\b|\bsum\b|\blength\b|\bduration\b|\brunning\s+time\b|\bhow\s+muc"
             r"h\s+"
             r"time\b")
CLOCK_WORDS = _c(r"\b(?:am|pm|o'?clock|time\s+is\s+it|what\s+time|when)\b")
AT_CLOCK = _c(r"\b(?:at|from|until|till|by|before|after)\s+$")


def durations_sum(text: str) -> Reckoned | None:
    """Durations written m:ss (or h:mm:ss) added up."""
    added = re.search(r"\d:[0-5]\d\s*(?:\+|plus|and)\s*\d{1,2}:[0-5]\d", text) is not None and \
        re.search(r"\b(?:what|how\s+much|add|sum|total)\b|[=?]", text) is not None
    if not (added or (SUM_ASK.search(text) and THINGS.search(text))) or CLOCK_WORDS.search(text):
        return None
    if re.search(r"\bbetween\s+\d{1,2}:\d\d\s+and\b|\bfrom\s+\d{1,2}:\d\d\s+(?:to|until|till)"
                 r"\b", text):
        return None  # the time between two clock times (words_clock)
    found = [m for m in DURATION.finditer(text) if not AT_CLOCK.search(text[:m.start()])]
    if len(found) < 2 or len(found) > 60 or len(found) != len(list(DURATION.finditer(text))):
        return None
    hours = all(m.group(3) for m in found)
    seconds = 0
    for m in found:
        a, b, c = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        seconds += a * 3600 + b * 60 + c if hours else a * 60 + b
    if any(m.group(3) for m in found) and not hours:
        return None  # m:ss beside h:mm:ss: read neither
    h, rest = divmod(seconds, 3600)
    mins, secs = divmod(rest, 60)
    said = ([f"{h} hour{'s' if h != 1 else ''}"] if h else []) + (
        [f"{mins} minute{'s' if mins != 1 else ''}"] if mins or h else []) + (
        [f"{secs} second{'s' if secs != 1 else ''}"] if secs or not (h or mins) else [])
    clock = f"{h}:{mins:02d}:{secs:02d}" if h else f"{mins}:{secs:02d}"
    basis = " + ".join(d.group(0) for d in found)
    if not THINGS.search(text):  # "4:30 + 2:45": hours or minutes, the sum reads the same
        return Reckoned("sum", Fraction(seconds, 60), "minutes", basis,
                        text=f"{clock} (as h:mm or m:ss)")
    return Reckoned("total time", Fraction(seconds, 60), "minutes", basis,
                    text=f"{' '.join(said)} ({clock})")


# --- time a day over a number of days -----------------------------------------------------

NUM = r"(\d+(?:\.\d+)?)"
EVERY = _c(rf"\b{NUM}\s*(min(?:ute)?s?|hours?|hrs?|h)\b\s+(?:of\s+\w+\s+)?(?:a|an|per|each|every|/)"
           rf"\s*(day|night|week|session|weekday)\b")
OVER = _c(rf"\b(?:over|in|for|across|during|after|within)\s+(?:the\s+next\s+|a\s+)?{NUM}[\s-]*"
          rf"(days?|nights?|weeks?|sessions?|weekdays?)\b|\b(?:over|in|for|across)\s+(?:a|one|the"
          rf")\s+"
          rf"(week|fortnight|year|month)\b")
UNIT_ASK = _c(r"\bhow\s+many\s+(hours|minutes|days)\b|\bin\s+(hours|minutes|days)\b|"
              r"\b(hours|minutes)\s+(?:in\s+)?total\b")
DAYS_IN = {"day": 1, "night": 1, "weekday": 1, "session": 1, "week": 7, "fortnight": 14,
           "year": 365}


def habit_total(text: str) -> Reckoned | None:
    """Minutes or hours a day (or week, or session) over a number of them, in the unit asked."""
    every, over, ask = EVERY.search(text), OVER.search(text), UNIT_ASK.search(text)
    if every is None or over is None or ask is None or (over.start() < every.end() - 1 and (
            over.start() > every.start())):
        return None
    amount = Fraction(every.group(1))
    per = every.group(3).lower()
    count = Fraction(over.group(1)) if over.group(1) else Fraction(1)
    span = (over.group(2) or over.group(3)).lower().rstrip("s")
    if span == per:
        times = count
    elif per in DAYS_IN and span in DAYS_IN and per not in ("session",) and span != "session":
        times = count * DAYS_IN[span] / DAYS_IN[per]
        if times.denominator != 1:
            return None
    else:
        return None
    minutes = amount * (60 if every.group(2).lower().startswith("h") else 1) * times
    unit = next(g for g in ask.groups() if g).lower()
    value = minutes / {"hours": 60, "minutes": 1, "days": 60 * 24}[unit]
    shown = f"{show(value)} {unit}"
    if unit == "hours" and value.denominator != 1 and (minutes.denominator == 1):
        shown += f" ({_hours_minutes(int(minutes))})"
    basis = (f"{every.group(1)} {every.group(2)} × {show(times)} {per}s")
    return Reckoned("total", value, unit, basis, text=shown)


KINDS = (shift_length, durations_sum, habit_total)
