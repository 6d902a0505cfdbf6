"""Times worked out from a sign's opening hours and a time the person gives.

- how long until they close or open, from the time it is now ("it's 2:50pm, how long have I
  got before they close?", "It is 14:20 — how much time is left until closing?", "got here
  at 7:10am, how long till they open?");
- how far past closing a time is ("I can't get there before 5:50pm. How long after closing
  is that?");
- a time an hour or some minutes after opening or before closing ("an hour after they open",
  "30 minutes before they close");
- the hours open in a week ("Monday to Friday", "six days a week") and the minutes open a day.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci
from core.agents.vision_sign import _clock, _span

Answer = tuple[str, float | None]
CUES = ci(r"\b(?:it'?s|it\s+is|now|right\s+now|before|after|till|until|til|left|week|minutes|"
          r"mins|how\s+long|how\s+much\s+time)\b")
NOW = ci(r"\b(?:it'?s|it\s+is|now\s+(?:it'?s|it\s+is)|time\s+is|got\s+here\s+at|arriv\w+\s+at|"
         r"i'?m\s+(?:here|there)\s+at|currently|clock\s+(?:says|reads|shows)|now|(?:get|got|"
         r"reach|be)\s+(?:there|here)\s+at|(?:the\s+)?time\s+now\s+is)\s+(?:now\s+|already\s+|only\s+)?(?P<h>\d{1,2})"
         r"(?:[:.](?P<m>\d{2}))?\s*(?P<p>[ap]\.?m\.?)?(?!\s*(?:%|[$€£]|days?|hours?|mins?))"
         r"(?![\w:])")
AT = ci(r"\b(?:before|after|at|by|until|till|around)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*"
        r"(?P<p>[ap]\.?m\.?)?(?![\w:])")
HOW_LONG = ci(r"\bhow\s+(?:long|much\s+time|many\s+(?:minutes|mins|hours))\b|\btime\s+(?:left|"
              r"remaining)\b|\bhow\s+(?:late|far\s+past)\b|\b(?:minutes|mins|hours)\s+(?:left|"
              r"remaining|to\s+go|to\s+wait)\b|\bwait(?:ing)?\s+time\b")
TO_CLOSE = ci(r"\b(?:clos\w*|shut\w*|closing\s+time)\b")
TO_OPEN = ci(r"\b(?:open|opens|opening|unlock\w*|doors?\s+open)\b")
AFTER_CLOSE = ci(r"\b(?:after|past|beyond|later\s+than)\s+(?:they\s+)?(?:the\s+)?(?:clos\w*|"
                 r"shut\w*)")
OFFSET = ci(r"\b(?P<n>an?|one|two|three|half\s+an|\d+(?:\.\d+)?)\s+(?P<u>hours?|minutes?|mins?)"
            r"\s+(?P<dir>after|before|past|ahead\s+of|prior\s+to)\s+(?:they\s+|it\s+|the\s+"
            r"(?:shop|place|store)\s+)?(?P<what>open\w*|clos\w*|shut\w*)")
WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7}
DAYS = ci(r"\b(?P<n>\d|one|two|three|four|five|six|seven)\s+days?\s+(?:a|per|each|every)\s+"
          r"week\b|\b(?P<range>mon(?:day)?\s*(?:to|-|–|through|thru|till|until)\s*(?P<last>"
          r"fri|sat|sun)\w*)\b|\b(?P<wk>weekdays|every\s+weekday|working\s+days)\b|\b(?P<all>"
          r"every\s+day|daily|all\s+week)\b")
PER_WEEK = ci(r"\b(?:a|per|each|in\s+a|every)\s+week\b|\bweekly\b")
BREAK_ASK = ci(r"\b(?:not\s+counting|excluding|exclude|without|minus|less|leaving\s+out|take\s+"
               r"(?:off|out)|apart\s+from|except|discount\w*|net\s+of|after)\b[^.?!]{0,25}?\b(?:"
               r"lunch|break|closed|closure|pause|siesta)\b")
BREAK_LINE = ci(r"\b(?:closed|lunch|break|pause|siesta)\b")
MINUTES_DAY = ci(r"\bhow\s+many\s+minutes\b[^?]*\b(?:open|a\s+day|per\s+day|each\s+day|daily)\b")


def _closed(text: str, start: float, end: float) -> float | None:
    """The hours of the one break the sign gives inside its opening hours ("CLOSED
    12:00-13:00", "LUNCH 1 - 2PM"), or None."""
    found = []
    for line in text.splitlines():
        if not BREAK_LINE.search(line) or (hit := _span(line)) is None:
            continue
        begin = hit[1] + 12 if hit[1] < start <= hit[1] + 12 else hit[1]  # "1 - 1:30PM"
        if start <= begin < hit[2] <= end:
            found.append(hit[2] - begin)
    return found[0] if len(found) == 1 else None


def _minutes(value: float) -> int:
    return round(value * 60)


def _span_said(minutes: int) -> str:
    hours, rest = divmod(abs(minutes), 60)
    parts = ([f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []) + (
        [f"{rest} minutes"] if rest or not hours else [])
    return f"**{' '.join(parts)}** ({abs(minutes)} minutes)"


def _time_said(hours: float, bold: bool = True) -> str:
    total = round(hours * 60) % (24 * 60)
    hour, minute = divmod(total, 60)
    half = "AM" if hour < 12 else "PM"
    clock = f"{hour % 12 or 12}" + (f":{minute:02d}" if minute else "") + half
    return f"{'**' if bold else ''}{clock}{'**' if bold else ''} ({hour:02d}:{minute:02d})"


def _when(found: re.Match[str], start: float, end: float) -> float:
    when = _clock(found.group("h"), found.group("m"), found.group("p"))
    if not found.group("p") and not found.group("h").startswith("0") and int(
            found.group("h")) < 12 and when < start and when + 12 <= end:
        when += 12  # "it's 3:10" at a shop open 9 to 5: the afternoon
    return when


def _count(word: str) -> float:
    word = word.lower()
    if word.startswith("half"):
        return 0.5
    return float(word) if word[0].isdigit() else float(WORDS.get(word, 1))


def _days(question: str) -> int | None:
    found = DAYS.search(question)
    if found is None:
        return None
    if found.group("n"):
        word = found.group("n").lower()
        return int(word) if word.isdigit() else WORDS[word]
    if found.group("range"):
        return {"fri": 5, "sat": 6, "sun": 7}[found.group("last").lower()[:3]]
    return 5 if found.group("wk") else 7


def sign_times(question: str, text: str) -> list[Answer]:
    """The time or the length of time asked against the sign's hours (nothing when none)."""
    if not (CUES.search(question) or BREAK_ASK.search(question)) or (found := _span(
            text)) is None:
        return []
    said, start, end = found
    if not re.search(r"[:.]\d|[ap]\.?m", said.group(0), re.I) and not re.search(
            r"\b(?:open\w*|hours|daily|clos\w*)\b", text, re.I):
        return []  # "Zone 1-2" is no opening hours
    length = end - start
    if (offset := OFFSET.search(question)) is not None:
        size = _count(offset.group("n")) * (1 if offset.group("u").lower().startswith("h")
                                            else 1 / 60)
        opening = offset.group("what").lower().startswith("open")
        base = start if opening else end
        later = offset.group("dir").lower() in ("after", "past")
        when = base + size if later else base - size
        return [(f"That is {_time_said(when)}: {offset.group(0)} (they are open "
                 f"{_time_said(start, False)} to {_time_said(end, False)}).", None)]
    if BREAK_ASK.search(question) and (closed := _closed(text, start, end)) is not None:
        open_for = _minutes(length - closed)
        return [(f"They are open {_span_said(open_for)} a day ({_time_said(start, False)} to "
                 f"{_time_said(end, False)}, less {_minutes(closed)} minutes closed).",
                 float(open_for))]
    if MINUTES_DAY.search(question):
        minutes = _minutes(length)
        return [(f"They are open **{minutes} minutes** a day ({_time_said(start, False)} to "
                 f"{_time_said(end, False)}).", float(minutes))]
    if (days := _days(question)) is not None and PER_WEEK.search(question) and re.search(
            r"\bhours?\b", question, re.I):
        weekly = length * days
        shown = f"{weekly:g}"
        return [(f"{length:g} hours a day × {days} days is **{shown} hours** a week.", weekly)]
    now = NOW.search(question)
    if now is None and AFTER_CLOSE.search(question):
        now = AT.search(question)
    if now is None or not (HOW_LONG.search(question) or AFTER_CLOSE.search(question)):
        return []
    when = _when(now, start, end)
    if AFTER_CLOSE.search(question) and when >= end:
        late = _minutes(when - end)
        return [(f"That is {_span_said(late)} after they close at {_time_said(end, False)}.",
                 float(late))]
    opening = (TO_OPEN.search(question) or when < start) and not TO_CLOSE.search(question)
    # before they open, a wait with no word of closing is the wait for opening
    target = start if opening else end
    if when > target:
        word = "opened" if opening else "closed"
        return [(f"They {word} at {_time_said(target)}, "
                 f"{_span_said(_minutes(when - target))} before that.", None)]
    gap = _minutes(target - when)
    word = "open" if opening else "close"
    return [(f"They {word} at {_time_said(target)}: from {_time_said(when, False)} that is "
             f"{_span_said(gap)}.", float(gap))]
