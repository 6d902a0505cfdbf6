"""Times and durations an image gives, worked into the span a question asks for.

- how long from one of the image's clock times to the next ("Departs 09:56 / Arrives 10:45",
  "Physics 8:00 - 8:55", "HIGH 10:40 / LOW 16:43"), less a time-zone shift the question
  gives ("2 hours ahead"), less an unpaid break, and paid at a rate (the question's "$16 an
  hour" or the image's "$2.50 per started hour");
- how long from a time the question gives ("it's 2:49", "we'll get there at 4:40 pm") to the
  image's time ("BACK AT 3:30", "LAST ENTRY 6:30 PM");
- what is left of a duration ("Length: 1:11:00 / Played: 0:32:00"), how far one falls short
  of a duration the question gives ("short of 8 hours"), and a daily duration over a week.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import WORD_COUNTS, Answer, clocks, money, plain
from core.tools.units import CURRENCY_WORDS

HOW_LONG = ci(r"\bhow\s+(?:long|many\s+(?:more\s+)?(?:minutes|mins|hours|hrs))\b|\blayover\b|"
              r"\bduration\b|\bhow\s+much\s+time\b|\blength\s+of\b|\bwait(?:ing)?\s+time\b|"
              r"\b(?:minutes|mins)\s+(?:left|to\s+go|to\s+wait|until|till)\b")
PAY = ci(r"\b(?:earn\w*|paid|pay|cost|charge|owe|price|how\s+much|make|made|wages?|get)\b")
ZONE = ci(r"\b(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six)\s*(?:hours?|hrs?|h)\s+"
          r"(?P<way>ahead|behind|later|earlier)\b")
RATE = ci(r"[$€£]\s?(?P<v>\d+(?:\.\d+)?)\s*(?:an?|per|/|each)\s*(?P<started>started\s+|"
          r"part\s+)?(?:hour|hr|h)\b")
Q_TIME = ci(r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?(?![\w:%])(?!\.\d)")
NOW = ci(r"\b(?:it'?s|it\s+is|now|at|get\s+(?:there|here|in)\s+at|arrive\s+at|leave\s+at|"
         r"till|until|from)\s*$")
BREAK = ci(r"\b(?:break|lunch|unpaid|pause)\b")
HMS = re.compile(r"\b(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})\b")
HM = ci(r"(?<![\d:])(?:(?P<h>\d+)\s*h(?:rs?|ours?)?\s*)?(?P<m>\d+)\s*m(?:in(?:ute)?s?)?\b|"
        r"(?<![\d:])(?P<h2>\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b")
LEFT = ci(r"\b(?:left|remain\w*|to\s+go|still)\b")
SHORT = ci(r"\b(?:short\s+of|less\s+than|under|below|off|from|behind)\s+(?:my\s+|the\s+|a\s+)?"
           r"(?:target\s+of\s+|goal\s+of\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b")
WEEK = ci(r"\b(?:a|per|each|one|the|every|in\s+a|over\s+a)\s+week\b|\bweekly\b|\b7\s+days\b")


def _said(minutes: int) -> str:
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    if hours and not rest:
        return f"{sign}{hours} hour{'s' if hours != 1 else ''}"
    return f"{sign}{hours} h {rest} min" if hours else f"{sign}{rest} min"


def _clock(minutes: int, half: bool) -> str:
    hour, minute = divmod(minutes % 1440, 60)
    if half:
        return f"{hour % 12 or 12}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
    return f"{hour:02d}:{minute:02d}"


def _forward(start: int, end: int, halves: bool) -> int:
    """Minutes from ``start`` to ``end``, the next time round the clock when it is earlier
    (half a day when either was written without am/pm)."""
    diff = end - start
    while diff < 0:
        diff += 1440 if halves else 720
    return diff


def _times(text: str) -> list[tuple[str, int, bool]]:
    return clocks(HMS.sub(" ", text))


def _question_time(question: str) -> tuple[int, bool] | None:
    for found in Q_TIME.finditer(question):
        if not (found.group("m") or found.group("ap")) or not NOW.search(
                question[:found.start()]):
            continue
        hour, minute = int(found.group("h")), int(found.group("m") or 0)
        half = (found.group("ap") or "").lower()
        if half.startswith("p") and hour < 12:
            hour += 12
        elif half.startswith("a") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return hour * 60 + minute, bool(half)
    return None


def until_time(question: str, text: str) -> list[Answer]:
    """From the time the question gives to the image's time, in minutes."""
    if not HOW_LONG.search(question) and not re.search(r"\bminutes?\b", question, re.I):
        return []
    now = _question_time(question)
    times = _times(text)
    if now is None or not times:
        return []
    named = [t for t in times if t[0] and any(re.search(rf"\b{re.escape(w)}", question, re.I)
                                              for w in t[0].split() if len(w) > 3)]
    _, then, half = (named or times)[0]
    if now[1] != half:  # "4:40 pm" against "6:30" (or the other way): read on one clock
        now = (now[0] % 720, False)
        then %= 720
    minutes = _forward(now[0], then, now[1] and half)
    return [(f"That is **{minutes} minutes** ({_said(minutes)}: from {_clock(now[0], now[1])} "
             f"to {_clock(then, half)}).", float(minutes))]


def _break(text: str) -> int:
    for line in text.splitlines():
        if BREAK.search(line) and (found := HM.search(line)) is not None:
            if found.group("h2"):
                return int(Fraction(found.group("h2")) * 60)
            return int(found.group("h") or 0) * 60 + int(found.group("m"))
    return 0


def span(question: str, text: str) -> list[Answer]:
    """From the image's first clock time to its next, and what that time is paid."""
    times = _times(text)
    if len(times) < 2 or _question_time(question) is not None or not (HOW_LONG.search(
            question) or ((RATE.search(question) or RATE.search(text)) and PAY.search(question))):
        return []
    (_, start, half_a), (_, end, half_b) = times[0], times[1]
    minutes = _forward(start, end, half_a and half_b)
    how = f"{_clock(start, half_a)} to {_clock(end, half_b)}"
    if (zone := ZONE.search(question)) is not None:
        shift = int(Fraction(WORD_COUNTS.get(zone.group("n").lower(), zone.group("n"))) * 60)
        ahead = zone.group("way").lower() in ("ahead", "later")
        minutes += -shift if ahead else shift
        how += f", {'less' if ahead else 'plus'} the {_said(shift)} time difference"
    if (rest := _break(text)) and minutes > rest:
        minutes -= rest
        how += f", less a {rest} min break"
    out: list[Answer] = [(f"That is **{minutes} minutes** ({_said(minutes)}; {how}).",
                          float(minutes))]
    rate = RATE.search(question) or RATE.search(text)
    if rate is not None and PAY.search(question):
        hours = Fraction(minutes, 60)
        if rate.group("started") or re.search(r"\bstarted\b|\bpart\s+of\s+an\s+hour\b",
                                               question + text, re.I):
            hours = Fraction(math.ceil(hours))
        currency = CURRENCY_WORDS[rate.group(0).strip()[0]]
        paid = hours * Fraction(rate.group("v"))
        out.insert(0, (f"That comes to **{money(paid, currency)}** ({plain(hours)} h × "
                       f"{money(Fraction(rate.group('v')), currency)}).", float(paid)))
    return out


def _lengths(text: str) -> list[int]:
    out = []
    for line in text.splitlines():
        if (full := HMS.search(line)) is not None:
            out.append(int(full.group("h")) * 60 + int(full.group("m")) + round(
                int(full.group("s")) / 60))
        elif not clocks(line) and (part := HM.search(line)) is not None:
            if part.group("h2"):
                out.append(int(Fraction(part.group("h2")) * 60))
            else:
                out.append(int(part.group("h") or 0) * 60 + int(part.group("m")))
    return out


def durations(question: str, text: str) -> list[Answer]:
    """What is left of a duration, how far one falls short of the question's, or a daily
    one over a week."""
    lengths = _lengths(text)
    if not lengths:
        return []
    if (short := SHORT.search(question)) is not None:
        goal = int(Fraction(short.group("n")) * 60)
        gap = goal - lengths[0]
        return [(f"That is **{gap} minutes** short ({_said(gap)}: {_said(goal)} − "
                 f"{_said(lengths[0])}).", float(gap))]
    if len(lengths) >= 2 and LEFT.search(question) and not RATE.search(question):
        whole, done = max(lengths[:2]), min(lengths[:2])
        return [(f"**{whole - done} minutes** left ({_said(whole - done)}: {_said(whole)} − "
                 f"{_said(done)}).", float(whole - done))]
    if WEEK.search(question) and re.search(r"\b(?:daily|a\s+day|per\s+day|each\s+day)\b", text,
                                           re.I):
        week = lengths[0] * 7
        return [(f"That is **{week} minutes** a week ({_said(week)}: 7 × {_said(lengths[0])}).",
                 float(week))]
    return []


def clock_answers(question: str, text: str) -> list[Answer]:
    """The first of the spans above the question asks for, or nothing."""
    for kind in (until_time, span, durations):
        if found := kind(question, text):
            return found
    return []
