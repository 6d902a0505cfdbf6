"""A time of day moved forward by a run of durations, read by their roles:

- several in a row: "mixed at 2:40pm, rise 2 h, prove 1 h, bake 35 min — out when?" → 6:15 pm;
- a count of the same: "5 interviews of 50 min each from 8:30am" → 12:40 pm, with a gap
  between them counted once fewer ("5 min gap between them" → 1:00 pm); "4 sleep cycles of
  90 minutes";
- a time zone crossed: "leaves 8:30pm, 6h 50m flight, destination 5 hours ahead" → 8:20 am
  there;
- a single hyphenated span: "stopped eating at 9:45pm for an 18-hour fast" → 3:45 pm.

Only a start time is moved forward here; a deadline worked back ("be there by 9", "alarm at
6") stays with :mod:`core.agents.words_clock`.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_clock import CLOCK, DAY, _minutes, clock
from core.agents.words_travel import Trip

COUNT = r"(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "twelve": 12}
SPAN = _c(r"(?<![\d:.])(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(?:and\s+)?(\d+)\s*"
          r"(?:m|mins?|minutes?|(?=[\s.,;]))\b|(?<![\d:.])(\d+(?:\.\d+)?)([\s-]*)(h|hrs?|hours?|m|mins?|minutes?)\b(?![/-])")
ZONE = _c(r"^\s*(?:\w+\s+){0,2}?(ahead|behind|later|earlier)\b")
GAP = _c(r"^\s*(?:of\s+)?(?:gaps?|breaks?|pauses?|changeovers?|intervals?|rests?|buffers?)\b"
         r"(?:\s+\w+){0,3}\s+(?:between|in\s+between)\b|^\s*(?:between|in\s+between)\b")
GAP_BEFORE = _c(r"\b(?:gaps?|breaks?|pauses?|changeovers?|intervals?)\s+(?:of\s+)?$")
TIMES_BEFORE = _c(rf"\b{COUNT}\s+(?:[a-z]+\s+){{0,3}}?(?:of|lasting|at|taking|x|×)\s+"
                  rf"(?:about\s+)?$|"
                  rf"\b{COUNT}\s*[x×]\s*$|(?<![\d:.])\b{COUNT}\s+$")
TIMES_AFTER = _c(rf"^\s*(?:each|apiece|a\s+(?:piece|go|time))?\s*[x×]\s*{COUNT}\b")
ASKED = _c(r"\b(?:when|what\s+time|which\s+time|what\s+o'?clock)\b|\b(?:alarm|arrival|finish|"
           r"end|ready|done|out)\s*(?:time)?\s*\?|\bat\s*\?|\btime\s+(?:there|locally)\b|"
           r"\blocal\s+(?:arrival\s+)?time\b")
BACK_ASK = _c(r"\b(?:when|what\s+time)\b[^.?!]*\b(?:go\s+to\s+(?:bed|sleep)|bed|leave|set\s+off|"
              r"start|begin|put\s+\w+\s+in)\b|\bbed\s*time\b")
DEADLINE = _c(r"\b(?:by|alarm|wake|woken|get\s+up|up|be\s+(?:there|in|at\s+\w+)|arrive|due|"
              r"must|need\s+to\s+be|"
              r"deadline|latest)\b[^.,;]{0,12}$")
DOSES = _c(r"\b\d+\s+doses\b|\b(?:\d+|three|four|five|six)\s+times\s+(?:a|per|each)\s+day\b|"
           r"\b(?:remaining|other|next)\s+(?:doses?|ones?)\b|\b(?:final|last)\s+doses?\b|"
           r"\b(?:\d+|two|three|four|five|six)\s+[a-z]+\s+\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|"
           r"mins?)\s+apart\b")
SKIP = _c(r"\bevery\b|\bper\s+(?:kg|kilo|lb|pound)\b|\bago\b|\bearlier\b|\bbefore\b")


def _count(word: str) -> int:
    return WORDS.get(word.lower()) or int(word)


def _minutes_of(m: re.Match[str]) -> Fraction:
    if m.group(1):
        return Fraction(m.group(1)) * 60 + int(m.group(2))
    value = Fraction(m.group(3))
    return value * 60 if m.group(5).lower().startswith("h") else value


def clock_sequence(text: str) -> Trip | None:
    """The time of day after the durations the text lines up (see the module doc)."""
    clocks = list(CLOCK.finditer(text))
    if DOSES.search(text):
        return None  # a dose schedule (words_doses_clock)
    if len(clocks) != 1 or not ASKED.search(text) or SKIP.search(text) or BACK_ASK.search(text):
        return None
    if DEADLINE.search(text[:clocks[0].start()]):
        return None
    start = _minutes(clocks[0])
    if start is None:
        return None
    spans = [m for m in SPAN.finditer(text)
             if not clocks[0].start() <= m.start() < clocks[0].end()]
    if not spans:
        return None
    total, said, count, gaps, special = Fraction(0), [], 0, [], False
    for span in spans:
        minutes = _minutes_of(span)
        after, before = text[span.end():span.end() + 40], text[max(0, span.start() - 40):
                                                              span.start()]
        if (zone := ZONE.match(after)) is not None:
            sign = 1 if zone.group(1).lower() in ("ahead", "later") else -1
            total += sign * minutes
            said.append(f"{'+' if sign > 0 else '−'} {span.group(0).strip()} (time zone)")
            special = True
        elif GAP.match(after) or GAP_BEFORE.search(before):
            gaps.append((minutes, span.group(0).strip()))
            special = True
        elif (times := TIMES_BEFORE.search(before) or TIMES_AFTER.match(after)) is not None:
            count = _count(next(g for g in times.groups() if g))
            total += count * minutes
            said.append(f"{count} × {span.group(0).strip()}")
            special = True
        else:
            total += minutes
            said.append(span.group(0).strip())
            special = special or "-" in (span.group(4) or "") or re.match(
                r"\s*(?:apart|later|after\b)", after) is not None
    for minutes, shown in gaps:
        between = max(count - 1, 1)
        total += between * minutes
        said.append(f"{between} × {shown} between")
    if not (special or len(spans) >= 2) or total <= 0 or total.denominator != 1:
        return None
    moved = start + int(total)
    shown = clock(moved % DAY)
    if moved >= DAY:
        shown = shown[:-1] + ", the next day)"
    return Trip("time", Fraction(moved % DAY, 60), "time", shown,
                (f"{clocks[0].group(0).strip()} + " + " + ".join(said)).replace(
                    "+ + ", "+ ").replace("+ − ", "− "))
