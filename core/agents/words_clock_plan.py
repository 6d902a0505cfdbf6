"""Clock times worked out from several pieces: the time left until (or since) another time
of day, the wait still needed before a dose may be repeated, and a time of day moved by a
duration made of parts (minutes per kilogram times the weight, a count of 90-minute sleep
cycles, a resting or falling-asleep time added).

"it's 7:00am, my train is at 7:40am. how long have I got?" → 40 minutes; "last dose 14:10,
it's 18:40 now, how long ago?" → 4 h 30 min; "took one at 11:30, it's 12:00 now, 4 hours
between doses: how long must I wait?" → 3 h 30 min; "in at 11:45, 50 minutes per kg, 4.5 kg,
then 15 minutes resting: when can we eat?" → 15:45; "alarm 5:30am, 4 cycles of 90 minutes
and 15 minutes to fall asleep: bedtime?" → 23:15; "timer of 4h 45m set at 12:00pm, when
does it go off?" → 16:45; "every 4 hours at most, last one 3:15pm, earliest next?" → 19:15.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_clock import CLOCK, DAY, _minutes, clock
from core.agents.words_travel import Trip, _show

N = r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half\s+an?)"
WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10}
UNIT = r"(h|hrs?|hours?|mins?|minutes?)"
SPAN = _c(rf"(?<![\d:.])(\d+)\s*(?:h|hrs?|hours?)\s*(?:and\s+)?(\d+)\s*(?:m|mins?|minutes?)\b|"
          rf"(?<![\d:.])\b{N}[\s-]*{UNIT}\b")
PER_WEIGHT = _c(rf"(\d+(?:\.\d+)?)\s*{UNIT}\s*(?:per|a|an|each|/|for\s+(?:each|every))\s*"
                r"(?:(?:half\s+)?(?:kg|kilo|kilogram|lb|pound|500\s*g|450\s*g))\b"
                r"(?:\s*(?:plus|\+|and)\s*(\d+)\s*(?:m|mins?|minutes?)\b)?")
WEIGHT = _c(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:kg|kilos?|kilograms?|lbs?|pounds?)\b(?!\s*/)")
CYCLES = _c(r"(\d+|two|three|four|five|six|seven)\s+(?:full\s+|complete\s+|whole\s+)?"
            r"(\d+)[\s-]*(?:m|mins?|minutes?)\s+(?:sleep\s+)?cycles?|"
            r"(\d+|two|three|four|five|six|seven)\s+(?:full\s+|complete\s+)?(?:sleep\s+)?"
            r"cycles?\s+(?:of\s+)?(\d+)\s*(?:m|mins?|minutes?)\b")
NOW = _c(r"\b(?:it'?s|it\s+is|now(?:\s+it'?s)?|current(?:ly)?|the\s+time\s+is)\s*(?:now\s+)?$|"
         r"^\s*(?:now|right\s+now)\b")
LEFT_ASK = _c(r"\bhow\s+(?:long|much\s+(?:longer|more\s+time|time))\b|\bhow\s+many\s+(?:more\s+)?"
              r"(?:minutes|hours|mins)\b|\btime\s+(?:left|remaining)\b")
AGO = _c(r"\b(?:ago|since|elapsed|passed|gone\s+by)\b")
WAIT = _c(r"\b(?:wait|still|left|remaining|more|longer|until|till|before\s+i\s+can)\b")
GAP = _c(r"\b(?:at\s+least|every|minimum(?:\s+of)?|no\s+(?:more\s+often|sooner)\s+than"
         r"(?:\s+every)?|leave|apart|between|gap\s+of)\b")
WHEN_ASK = _c(r"\b(?:when|what\s+time|which\s+time|earliest|latest|by\s+when|what\s+o'?clock)\b")
BACK = _c(r"\b(?:alarm|wake|waking|get\s+up|up\s+at|be\s+(?:there|at\s+work|in)|need\s+to\s+(?:be|"
          r"leave|arrive)|must\s+be|by\s+\d|go\s+to\s+bed|bed\s*time|fall\s+asleep|leave|set\s+off|"
          r"start)\b")
FORWARD = _c(r"\b(?:goes?\s+in|put\s+in|in\s+at|starts?\s+at|started|set|from|begin|begins|"
             r"went|go(?:es)?\s+off|ready|done|finish\w*|eat|served?|out|end|ring|due|next|"
             r"another|again|earliest|after)\b")


def _count(word: str) -> Fraction:
    word = word.lower()
    if word.startswith("half"):
        return Fraction(1, 2)
    return Fraction(WORDS[word]) if word in WORDS else Fraction(word)


def _span_minutes(m: re.Match[str]) -> Fraction:
    if m.group(1):
        return Fraction(int(m.group(1)) * 60 + int(m.group(2)))
    value = _count(m.group(3))
    return value * 60 if m.group(4).lower().startswith("h") else value


def _parts(text: str, used: list[tuple[int, int]],
           every: bool = False) -> tuple[Fraction, list[str]] | None:
    """The minutes of all the durations named (rates per weight and cycles worked out)."""
    total, said = Fraction(0), []
    for rate in PER_WEIGHT.finditer(text):
        weights = [w for w in WEIGHT.finditer(text)
                   if not rate.start() <= w.start() < rate.end()]
        if len(weights) != 1:
            return None
        per = Fraction(rate.group(1)) * (60 if rate.group(2).lower().startswith("h") else 1)
        minutes = per * Fraction(weights[0].group(1)) + Fraction(rate.group(3) or 0)
        total += minutes
        said.append(f"{rate.group(0).strip()} × {weights[0].group(0).strip()}")
        used += [(rate.start(), rate.end()), (weights[0].start(), weights[0].end())]
    for cycle in CYCLES.finditer(text):
        count = _count(cycle.group(1) or cycle.group(3))
        each = Fraction(cycle.group(2) or cycle.group(4))
        total += count * each
        said.append(f"{_show(count)} × {_show(each)} min")
        used.append((cycle.start(), cycle.end()))
    for span in SPAN.finditer(text):
        if any(a <= span.start() < b for a, b in used):
            continue
        before = text[max(0, span.start() - 12):span.start()]
        if re.search(r"\b(?:every|each|per|a|an)\s*$", before) and not span.group(1) and not (
                every and re.search(r"\bevery\s*$", before)):
            continue
        total += _span_minutes(span)
        said.append(span.group(0).strip())
        used.append((span.start(), span.end()))
    return (total, said) if said else None


def _length(minutes: Fraction) -> str:
    whole = int(minutes)
    hours, rest = divmod(whole, 60)
    if not hours:
        return f"{_show(minutes)} minutes"
    if not rest:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours} hours {rest} minutes ({hours} h {rest} min, {_show(minutes / 60)} hours)"


def _now(text: str, clocks: list[re.Match[str]]) -> int | None:
    """Which of two clock times is the time now ("it's 12:00", "18:40 now")."""
    return next((i for i, c in enumerate(clocks) if NOW.search(text[max(0, c.start() - 16):
                                                                  c.start()]) or
                 re.match(r"\s*now\b", text[c.end():])), None)


def clock_wait(text: str) -> Trip | None:
    """"took one at 11:30, it's 12:00 now, 4 hours between doses: how long must I wait?" →
    3 h 30 min: the earlier time plus the gap, less the time now."""
    clocks = [c for c in CLOCK.finditer(text) if _minutes(c) is not None]
    if len(clocks) != 2 or not LEFT_ASK.search(text) or not WAIT.search(text) or \
            not GAP.search(text) or (now := _now(text, clocks)) is None:
        return None
    parts = _parts(text, [(c.start(), c.end()) for c in clocks], every=True)
    if parts is None:
        return None
    at = [int(_minutes(c) or 0) for c in clocks]
    then = 1 - now
    left = (at[then] + parts[0] - at[now]) % DAY
    return Trip("still to wait", left / 60, "hours", _length(left),
                f"{clocks[then].group(0).strip()} + {' + '.join(parts[1])} − "
                f"{clocks[now].group(0).strip()}")


def has_parts(text: str) -> bool:
    """A duration made of parts: minutes per kilogram, or a count of cycles."""
    return PER_WEIGHT.search(text) is not None or CYCLES.search(text) is not None


def clock_left(text: str) -> Trip | None:
    """Two clock times, one of them the time now, and the time left or since asked."""
    clocks = [c for c in CLOCK.finditer(text) if _minutes(c) is not None]
    if len(clocks) != 2 or not LEFT_ASK.search(text) or _now(text, clocks) is None:
        return None
    return clock_plan(text)


def clock_plan(text: str) -> Trip | None:
    """The time left until or since another clock time, or a time of day moved by a
    duration made of parts."""
    clocks = [c for c in CLOCK.finditer(text) if _minutes(c) is not None]
    if not clocks or len(clocks) > 2:
        return None
    parts = _parts(text, [(c.start(), c.end()) for c in clocks])
    at = [int(_minutes(c) or 0) for c in clocks]
    if len(clocks) == 2 and LEFT_ASK.search(text) and parts is None:
        now = _now(text, clocks)
        first, second = (1, 0) if now == 1 and not AGO.search(text) else (0, 1)
        if now == 0 and AGO.search(text):
            first, second = 1, 0
        minutes = Fraction((at[second] - at[first]) % DAY)
        return Trip("time between", minutes / 60, "hours", _length(minutes),
                    f"{clocks[first].group(0).strip()} → {clocks[second].group(0).strip()}")
    if parts is None and re.search(r"\b(?:another|again|earliest|repeat|next\s+one)\b", text) and \
            re.search(r"\b(?:last|took|taken|had|previous|gave)\b", text) and \
            not re.search(r"\b(?:ones|doses|times|two|three)\b", text):  # one more dose
        parts = _parts(text, [(c.start(), c.end()) for c in clocks], every=True)
    if len(clocks) != 1 or parts is None or not WHEN_ASK.search(text):
        return None
    back = BACK.search(text) is not None and re.search(
        r"\b(?:when|what\s+time)\s+(?:should|do|must|shall|can|will)\s+(?:i|we)\s+(?:go\s+to\s+"
        r"bed|sleep|leave|set\s+off|start|head\s+off|get\s+up|wake|go)\b(?!\s+off)|\bbed\s*time\b|"
        r"\blatest\b", text) is not None
    if not back and FORWARD.search(text) is None:
        return None
    way = -1 if back else 1
    moved = at[0] + way * parts[0]
    if moved.denominator != 1:
        return None
    shown = clock(int(moved))
    if moved >= DAY:
        shown = shown[:-1] + ", the next day)"
    elif moved < 0:
        shown = shown[:-1] + (", the night before)" if moved % DAY >= 18 * 60 else
                              ", the day before)")
    sign = "+" if way > 0 else "−"
    return Trip("time", Fraction(int(moved) % DAY, 60), "time", shown,
                f"{clocks[0].group(0).strip()} {sign} ({' + '.join(parts[1])})")
