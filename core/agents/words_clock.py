"""Clock times in words: the time between two clock times, and the clock time a duration
after (or before) another.

"from 9:15 to 17:45, how long?" → 8 h 30 min ("… how many minutes?" → 510 minutes);
"leaves at 14:35, the trip takes 2 h 50 min — when does it arrive?" → 17:25; "last dose at
20:00, the next is due 12 hours later, what time is that?" → 08:00 the next day; "what time
is it 6 hours after 10pm?", "in 9 hours", "5 hours before 3am". A time is shown on the
24-hour clock and the 12-hour clock.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import TIME, Trip, _f, _show

CLOCK = _c(r"\b(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?(?!\d|\.\d)|"
           r"\b(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)(?!\w)|\b(noon|midday|midnight)\b")
IN_MINUTES = _c(r"\bhow\s+many\s+min(?:ute)?s\b|\bin\s+min(?:ute)?s\b")
SPAN_ASK = _c(r"\bhow\s+(?:long|many\s+(?:hours|minutes)|much\s+time)\b|\bduration\b|"
              r"\btime\s+(?:between|difference)\b|\belapsed\b")
DAY = 24 * 60


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a clock time ("9:15", "5:30pm", "7 am", "noon")."""
    if m.group(6):
        return 0 if m.group(6).lower() == "midnight" else 12 * 60
    return clock_minutes(m.group(1) or m.group(4), m.group(2), m.group(3) or m.group(5))


def clock_minutes(hour: str, minute: str | None, half: str | None) -> int | None:
    """Minutes after midnight of an hour, its minutes and am/pm ("5", "30", "p.m."), or
    None when they are no time of day."""
    h, m = int(hour), int(minute or 0)
    half = (half or "").replace(".", "").lower()
    if h > 24 or m > 59 or (half and not 1 <= h <= 12):
        return None
    if half == "pm" and h < 12:
        h += 12
    if half == "am" and h == 12:
        h = 0
    return h % 24 * 60 + m


def clock(minutes: int) -> str:
    """"08:00 (8:00 am)": a time of day on both clocks."""
    minutes %= DAY
    hour, minute = divmod(minutes, 60)
    half = "am" if hour < 12 else "pm"
    return f"{hour:02d}:{minute:02d} ({(hour % 12) or 12}:{minute:02d} {half})"


def between_times(text: str) -> Trip | None:
    """"from 9:15 to 17:45, how long?" → 8 h 30 min, or 510 minutes when minutes are asked;
    past midnight counts on (a wait still to run between two times: words_clock_plan)."""
    from core.agents.words_clock_plan import clock_left, clock_wait

    if (wait := clock_wait(text) or clock_left(text)) is not None:
        return wait
    if not SPAN_ASK.search(text):
        return None
    clocks = list(CLOCK.finditer(text))
    if len(clocks) != 2 or not re.search(r"\b(?:to|until|till|and|through)\b|[-–]",
                                         text[clocks[0].end():clocks[1].start()]):
        return None
    start, end = _minutes(clocks[0]), _minutes(clocks[1])
    if start is None or end is None:
        return None
    minutes = (end - start) % DAY
    hours, rest = divmod(minutes, 60)
    shown = f"{hours} h {rest} min" if rest else f"{hours} h"
    value = Fraction(minutes, 60)
    basis = f"{clocks[0].group(0).strip()} → {clocks[1].group(0).strip()}"
    if IN_MINUTES.search(text):  # asked in minutes: lead with them
        return Trip("time between", Fraction(minutes), "minutes", f"{minutes} minutes ({shown})",
                    basis)
    return Trip("time between", value, "hours", f"{shown} ({_show(value)} hours)", basis)


ARRIVE_ASK = _c(r"\b(?:when|what\s+time)\b[^?]*\b(?:arriv\w*|get\s+(?:in|there|back|home)|land\w*|"
                r"finish\w*|end\w*|done|ready|over|out|back)\b|\b(?:arrival|finish|end|landing)\s+"
                r"time\b|\barrival\s*(?:\(|\?|at\b|$)|\beta\b|\bget\s+in\s+at\b")
LEAVE_ASK = _c(r"\b(?:when|what\s+time)\b[^?]*\b(?:leave|set\s+off|start|go(?!\s+off)|head\s+out|"
               r"depart)\b")
# "what time is that?", "when is it due?", "what time will it be?": a time of day asked
CLOCK_ASK = _c(r"\b(?:what|which)\s+time\b|\bwhen\b|\bwhat\s+(?:hour|o'?clock)\b|"
               r"\btime\s+(?:will\s+it\s+be|is\s+(?:that|it))\b")
# the words beside the duration say which way it runs
LATER = _c(r"\s*(?:later|apart\b|after(?:wards)?|on(?:wards)?\b|past\b|from\s+(?:then|that|there|"
           r"now|it)\b|from\b|beyond\b)")
EARLIER = _c(r"\s*(?:before(?!\s+(?:the\s+(?:next|second|following)|next|another|taking|giving|"
             r"having|a\s+(?:second|further|repeat)|(?:she|he|they|i|you|we)\s+(?:can|may)))|"
             r"earlier|ago|prior|back\b|sooner)")
# "wait 4 hours before the next", "leave at least 6 hours": the duration runs on from the time
IN_SPAN = _c(r"\b(?:in|within)\s+(?:another\s+|a\s+further\s+|an\s+extra\s+)?$|\b(?:add|plus|"
             r"another)\s+$|\b(?:wait|waiting|leave|allow|give\s+it)\s+(?:at\s+least\s+|for\s+|"
             r"a\s+(?:full|good)\s+)?$")


SLEEP_ASK = _c(r"\b(?:asleep|fall\s+asleep|go\s+to\s+(?:bed|sleep)|bed\s*time|in\s+bed|"
               r"sleep\s+by|turn\s+in|lights\s+out)\b")
WAKE = _c(r"\b(?:alarm|wake|waking|woken|get\s+up|getting\s+up|up\s+at)\b")


def _direction(text: str, span: re.Match[str]) -> int:
    """+1 for a duration after the clock time, −1 for one before it, 0 when unsaid."""
    if SLEEP_ASK.search(text) and WAKE.search(text):  # bedtime from the alarm: earlier
        return -1
    if ARRIVE_ASK.search(text):
        return 1
    if LEAVE_ASK.search(text):
        return -1
    if not CLOCK_ASK.search(text):
        return 0
    if LATER.match(text, span.end()) or IN_SPAN.search(text[:span.start()]):
        return 1
    if EARLIER.match(text, span.end()):
        return -1
    return 0


def clock_after(text: str) -> Trip | None:
    """A time of day a duration after or before another; then the time left until or since
    another time and a time moved by a duration made of parts (words_clock_plan)."""
    from core.agents.words_clock_plan import clock_plan, has_parts

    if has_parts(text) and (planned := clock_plan(text)) is not None:
        return planned
    return _clock_after(text) or clock_plan(text)


def _clock_after(text: str) -> Trip | None:
    """"leaves at 14:35, the trip takes 2 h 50 min — when does it arrive?" → 17:25; "I
    need to be there by 9:00 and it's a 45 minute drive, when should I leave?" → 08:15;
    "last dose at 19:00, the next is due 8 hours later: what time?" → 03:00."""
    from core.agents.words_doses_clock import clock_schedule

    if (scheduled := clock_schedule(text)) is not None:
        return scheduled
    clocks = list(CLOCK.finditer(text))
    times = [m for m in TIME.finditer(text) if not any(
        c.start() <= m.start() < c.end() for c in clocks)]
    if len(clocks) != 1 or len(times) != 1:
        return None
    span = times[0]
    if re.search(r"\b(?:every|each)\s+$", text[:span.start()]):
        return None  # "every 8 hours from 10pm": a schedule of doses, not one time
    way = _direction(text, span)
    start = _minutes(clocks[0])
    if not way or start is None:
        return None
    minutes = _f(span.group(1)) * (60 if span.group(2) else 1 if span.group(3) else
                                   Fraction(1, 60))
    if span.group(5):
        minutes += _f(span.group(5))
    if minutes <= 0 or minutes.denominator != 1:
        return None
    moved = start + int(minutes) * way
    end = moved % DAY
    shown = clock(end)
    if moved >= DAY:
        shown = shown[:-1] + ", the next day)"
    elif moved < 0:
        shown = shown[:-1] + ", the day before)"
    sign = "+" if way > 0 else "−"
    name = "leave at" if way < 0 and LEAVE_ASK.search(text) else "time"
    return Trip(name, Fraction(end, 60), "time", shown,
                f"{clocks[0].group(0).strip()} {sign} {span.group(0).strip()}")
