"""Clock times worked out from a schedule: the last of N doses a set time apart, how many
doses fit between a first and a latest time, and a landing time in local time (the flight's
duration and the time difference both applied).

"4 doses, 6 hours apart, the first at 07:00 — when's the last?" → 01:00 the next day; "a
dose every 6 hours from 8am, none after 10pm: how many doses?" → 3; "departs 09:10, flies 3 h
20 min, destination 1 hour behind: local arrival?" → 11:30.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_clock import CLOCK, _minutes, clock
from core.agents.words_travel import Trip

DAY = 24 * 60
COUNT = _c(r"\b(\d+)\s+(?:doses?|tablets?|pills?|capsules?|injections?|times)\b|"
           r"\b(twice|three\s+times|four\s+times)\b")
# "2 tablets every 4 hours, 4 times a day": the doses are the times, not the tablets
TIMES = _c(r"\b(\d+)\s+times\s+(?:a|per|each)\s+day\b|\b(twice|three\s+times|four\s+times)\s+"
           r"(?:a|per|each)\s+day\b")
GAP = _c(r"\b(?:every|each)\s+(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b|\b(\d+(?:\.\d+)?)\s*(?:hours?|"
         r"hrs?|h)\s+(?:apart|between|in\s+between)\b")
OTHERS_ASK = _c(r"\b(?:second|third|fourth)\s+(?:and|&)\b|\bother\s+(?:two|three|ones|doses)\b|"
                r"\b(?:the\s+)?rest\b|\bnext\s+(?:ones|two|three|doses)\b|\bremaining\s+(?:ones|"
                r"doses)\b|\bwhen\s+are\s+the\b")
LAST_ASK = _c(r"\b(?:last|final)\b(?:\s+(?:one|dose|tablet|pill|capsule|injection)\b)?")
HOW_MANY_DOSES = _c(r"\bhow\s+many\s+(?:doses|tablets|pills|capsules|times|injections)\b")
DURATION = _c(r"\b(?:takes?|lasts?|flight\s+(?:is|of)|flies|flying|duration\s+(?:is|of)|is\s+a|"
              r"for)\s+(?:about\s+|around\s+)?(\d{1,2})\s*(?:h(?:ours?|rs?)?|:)\s*(?:and\s+)?"
              r"(\d{1,2})?\s*(?:m(?:in(?:ute)?s?)?)?(?!\s*(?:ahead|behind|later|earlier))")
SHIFT = _c(r"\b(\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(ahead|behind|later|earlier)\b")
LOCAL_ASK = _c(r"\blocal\s+time\b|\btheir\s+time\b|\btime\s+(?:there|at\s+the\s+destination)\b|"
               r"\bwhen\b[^?]*\b(?:land|arrive)\b[^?]*\blocal\b")


ZONE_ASK = _c(r"\bwhat\s+time\s+(?:is\s+it|will\s+it\s+be|would\s+it\s+be|is\s+that)\s+"
              r"(?:in|at|over|there|for)\b|\bwhat\s+time\s+(?:there|in\s+[a-z]+)\b|\b(?:local|"
              r"their)\s+time\b|\bwhat\s+time\s+(?:does|do|will|would)\b[^?]*\b(?:there|it\s+be)\b")


def clock_schedule(text: str) -> Trip | None:
    return last_dose(text) or doses_between(text) or landing_local(text) or other_zone(text)


def other_zone(text: str) -> Trip | None:
    """"It's 3pm here and New York is 5 hours behind — what time is it there?" → 10:00."""
    clocks = list(CLOCK.finditer(text))
    shifts = list(SHIFT.finditer(text))
    if len(clocks) != 1 or len(shifts) != 1 or DURATION.search(text) or not ZONE_ASK.search(
            text) or re.search(r"\b(?:land|arriv|flight|fly|flies|takes?)\w*\b", text):
        return None
    start = _minutes(clocks[0])
    difference = Fraction(shifts[0].group(1)) * 60
    if start is None or difference.denominator != 1:
        return None
    ahead = shifts[0].group(2).lower() in ("ahead", "later")
    if re.search(r"\b(?:we|i)\s*(?:'re|are|am)\s+$", text[:shifts[0].start()]):
        ahead = not ahead  # "we're 5 hours behind them": they are ahead
    moved = start + (1 if ahead else -1) * int(difference)
    shown = clock(moved % DAY)
    if moved >= DAY:
        shown = shown[:-1] + ", the next day)"
    elif moved < 0:
        shown = shown[:-1] + ", the day before)"
    return Trip("time there", Fraction(moved % DAY, 60), "time", shown,
                f"{clocks[0].group(0).strip()} {'+' if ahead else '−'} {shifts[0].group(1)} h")


def _gap_minutes(text: str) -> int | None:
    gap = GAP.search(text)
    if gap is None:
        return None
    hours = Fraction(gap.group(1) or gap.group(2))
    minutes = hours * 60
    return int(minutes) if minutes.denominator == 1 and minutes > 0 else None


def _shown(moved: int) -> str:
    shown = clock(moved % DAY)
    return shown[:-1] + ", the next day)" if moved >= DAY else shown


def last_dose(text: str) -> Trip | None:
    """The time of the last of N doses a fixed gap apart from the first."""
    clocks = list(CLOCK.finditer(text))
    count, gap = TIMES.search(text) or COUNT.search(text), _gap_minutes(text)
    others = OTHERS_ASK.search(text) is not None and count is not None and not re.search(
        r"\bnext\s+$", text[:count.start()])  # "the next 2 doses" counts the ones asked
    if len(clocks) != 1 or count is None or gap is None or not (
            LAST_ASK.search(text) or others) or not re.search(r"\b(?:when|what\s+time)", text):
        return None
    words = {"twice": 2, "three times": 3, "four times": 4}
    doses = int(count.group(1)) if count.group(1) else words[re.sub(r"\s+", " ",
                                                                    count.group(2).lower())]
    start = _minutes(clocks[0])
    if start is None or not 2 <= doses <= 24:
        return None
    moved = start + (doses - 1) * gap
    if others:  # "when are the second and third?": every time after the first
        times = [_shown(start + k * gap) for k in range(1, doses)]
        return Trip("next doses", Fraction(moved % DAY, 60), "time", " and ".join(times),
                    f"{clocks[0].group(0).strip()} + {gap // 60} h each" if gap % 60 == 0 else
                    f"{clocks[0].group(0).strip()} + {gap} min each")
    return Trip("last dose", Fraction(moved % DAY, 60), "time", _shown(moved),
                f"{clocks[0].group(0).strip()} + {doses - 1} × {gap // 60} h"
                if gap % 60 == 0 else f"{clocks[0].group(0).strip()} + {doses - 1} × {gap} min")


def doses_between(text: str) -> Trip | None:
    """Doses a fixed gap apart from a first time up to a latest time (both counted)."""
    clocks = list(CLOCK.finditer(text))
    gap = _gap_minutes(text)
    if len(clocks) != 2 or gap is None or not HOW_MANY_DOSES.search(text):
        return None
    start, end = _minutes(clocks[0]), _minutes(clocks[1])
    if start is None or end is None:
        return None
    span = (end - start) % DAY
    doses = span // gap + 1
    return Trip("doses", Fraction(doses), "doses", f"{doses} doses",
                f"{clocks[0].group(0).strip()} to {clocks[1].group(0).strip()}, every "
                f"{_plain(gap)}")


def _plain(minutes: int) -> str:
    return f"{minutes // 60} hours" if minutes % 60 == 0 else f"{minutes} minutes"


def landing_local(text: str) -> Trip | None:
    """The local time of arrival: departure + flight time ± the time difference."""
    clocks = [c for c in CLOCK.finditer(text) if not DURATION.search(text[max(
        c.start() - 12, 0):c.end()])]
    duration, shift = DURATION.search(text), SHIFT.search(text)
    if len(clocks) != 1 or duration is None or shift is None or not (
            LOCAL_ASK.search(text) or re.search(r"\b(?:land|arrive)\w*\b", text)):
        return None
    start = _minutes(clocks[0])
    flight = int(duration.group(1)) * 60 + int(duration.group(2) or 0)
    difference = Fraction(shift.group(1)) * 60
    if start is None or difference.denominator != 1 or not 0 < flight < 24 * 60:
        return None
    way = 1 if shift.group(2).lower() in ("ahead", "later") else -1
    moved = start + flight + way * int(difference)
    sign = "+" if way > 0 else "−"
    return Trip("local time", Fraction(moved % DAY, 60), "time", _shown(moved),
                f"{clocks[0].group(0).strip()} + {duration.group(1)} h "
                f"{int(duration.group(2) or 0)} min {sign} {shift.group(1)} h")
