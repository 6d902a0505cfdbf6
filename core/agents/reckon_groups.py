"""Totals and averages over groups told as "so many of so much".

- a combined average: "class A has 10 students averaging 94, class B 16 averaging 75" →
  (10 × 94 + 16 × 75) ÷ 26 = 1070/13 ≈ 82.31;
- a training volume: "4 sets of 11 at 60 kg and 4 sets of 12 at 24 kg" → 3,792 kg;
- slots in a stretch of the day: "15-minute appointments from 9:00 to 12:30" → 14;
- a running time: "21 videos of 6 minutes each plus a 48-minute intro" → 2 h 54 min.

Exact fractions; the text is expanded and lower-cased.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.money_reckon import _f
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show
from core.agents.reckon_per import single

NUM = r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.]*\d)"


# --- a combined average -------------------------------------------------------------------------

GROUP = _c(rf"(?<![\d.])(\d[\d,]*)\s+(?:[a-z'-]+\s+){{0,2}}?(?:averag(?:ing|e|ed)|with\s+"
           rf"(?:an?\s+)?(?:average|mean)(?:\s+(?:score|mark|of))?|mean(?:\s+of)?)\s*(?:of\s+|score\s+of\s+|=\s*|"
           rf":\s*)?{NUM}|\b(?:average|mean)\s+(?:of\s+)?{NUM}\s+(?:for|across|over|from)\s+(\d[\d,]*)"
           rf"\b")
COMBINED = _c(r"\b(?:combined|overall|total|whole|joint|together|everyone'?s?|all\s+(?:of\s+"
              r"(?:them|the)\s+)?\w*|pooled|merged|both\s+\w+)\b[^.?!]{0,30}\b(?:average|mean)\b|"
              r"\b(?:average|mean)\b[^.?!]{0,30}\b(?:combined|overall|together|altogether|for\s+"
              r"(?:everyone|all|both))\b")


def combined_average(text: str) -> Reckoned | None:
    """The average of groups together, each group's average weighted by its size."""
    if not single(text):
        return None
    if not COMBINED.search(text):
        return None
    groups = [(_f(m.group(1)), _f(m.group(2))) if m.group(1) else (_f(m.group(4)),
                                                                    _f(m.group(3)))
              for m in GROUP.finditer(text)]
    if len(groups) < 2:
        return None
    people = sum((n for n, _ in groups), Fraction(0))
    if people <= 0:
        return None
    mean = sum((n * a for n, a in groups), Fraction(0)) / people
    basis = "(" + " + ".join(f"{show(n)} × {show(a)}" for n, a in groups) + f") ÷ {show(people)}"
    shown = f"{mean}" if mean.denominator == 1 else f"{mean} ≈ {show(mean)}"
    return Reckoned("combined average", mean, "", basis, text=shown)


# --- a training volume --------------------------------------------------------------------------

SETS = _c(rf"{NUM}\s*(?:sets?\s+(?:of\s+)?|x\s*|×\s*){NUM}\s*(?:reps?\s+|repetitions\s+)?(?:at|@|"
          rf"with|of|x|×)\s*{NUM}\s*(kg|kgs|kilos?|lbs?|pounds?)\b")
VOLUME_ASK = _c(r"\b(?:volume|tonnage|total\s+(?:weight|load)|how\s+much\s+(?:weight|did\s+i\s+"
                r"lift)|lifted|in\s+total)\b")


def training_volume(text: str) -> Reckoned | None:
    """Sets × reps × weight, summed over the exercises told."""
    if not single(text):
        return None
    if not VOLUME_ASK.search(text):
        return None
    found = list(SETS.finditer(text))
    if not found:
        return None
    units = {m.group(4).lower().startswith(("l", "p")) for m in found}
    if len(units) != 1:
        return None
    unit = "lb" if units.pop() else "kg"
    total = sum((_f(m.group(1)) * _f(m.group(2)) * _f(m.group(3)) for m in found), Fraction(0))
    basis = " + ".join(f"{m.group(1)} × {m.group(2)} × {m.group(3)}" for m in found)
    return Reckoned("volume", total, unit, basis)


# --- slots in a stretch of the day ---------------------------------------------------------------

CLOCK = r"(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
STRETCH = _c(rf"\b(?:from|between)\s+{CLOCK}\s*(?:to|until|till|and|-|–)\s*{CLOCK}")
SLOT = _c(r"(\d+(?:\.\d+)?)[\s-]*(minutes?|mins?|hours?|hrs?|h)\b[\s-]*(?:long\s+)?"
          r"(?:[a-z]+\s+){0,2}?(?:appointments?|slots?|sessions?|meetings?|lessons?|classes|class|calls?|interviews?|"
          r"visits?|consultations?|tours?|games?|rounds?|turns?|bookings?|treatments?)|"
          r"(?:appointments?|slots?|sessions?|meetings?|lessons?|calls?|interviews?|visits?|"
          r"tours?)\s+(?:of|last(?:ing)?|are|take|taking)\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|"
          r"hours?|hrs?|h)\b")
FIT_ASK = _c(r"\bhow\s+many\b[^.?!]*\b(?:fit|can|could|are\s+there|is\s+there|possible|available|"
             r"book|schedule|squeeze|get\s+in|slots?)\b")


def _minutes(hour: str, minute: str | None, half: str | None) -> int:
    h = int(hour) % 12 if half else int(hour)
    if half and half.lower().startswith("p"):
        h += 12
    return h * 60 + int(minute or 0)


def slots_in_span(text: str) -> Reckoned | None:
    """How many slots of a length fit between two clock times (whole ones)."""
    if not single(text):
        return None
    span, slot = STRETCH.search(text), SLOT.search(text)
    if span is None or slot is None or not FIT_ASK.search(text):
        return None
    start = _minutes(span.group(1), span.group(2), span.group(3))
    end = _minutes(span.group(4), span.group(5), span.group(6))
    if end <= start and not span.group(6) and int(span.group(4)) < 12:
        end += 12 * 60  # "from 9 to 1": the afternoon
    if end <= start:
        return None
    length = _f(slot.group(1) or slot.group(3))
    unit = (slot.group(2) or slot.group(4)).lower()
    size = length * (60 if unit.startswith("h") else 1)
    if size <= 0:
        return None
    count = int((end - start) // size)
    spare = (end - start) - count * size
    note = f" ({show(spare)} minutes over)" if spare else ""
    return Reckoned("slots", Fraction(count), "", f"{end - start} minutes ÷ {show(size)} minutes"
                    + note, text=f"{count}")


# --- a running time ----------------------------------------------------------------------------

TIMED = _c(rf"{NUM}\s+(?:[a-z'-]+\s+){{1,3}}?(?:of|at|lasting|each\s+(?:of|lasting))\s+{NUM}\s*"
           rf"(minutes?|mins?|seconds?|secs?|hours?|hrs?)\b(?:\s+each)?|{NUM}\s*[x×]\s*{NUM}\s*"
           rf"(minutes?|mins?|seconds?|secs?)\b")
SINGLE = _c(rf"\b(?:a|an|one|plus|and|with)\s+(?:extra\s+)?{NUM}[\s-]*(minutes?|mins?|seconds?|"
            rf"secs?|hours?|hrs?)\b")
LENGTH_ASK = _c(r"\bhow\s+long\b|\b(?:total|running|overall)\s+(?:time|length|duration)\b|\bin\s+"
                r"hours\s+and\s+minutes\b|\bhow\s+many\s+(?:hours|minutes)\b")
SECONDS = {"h": 3600, "m": 60, "s": 1}


def running_time(text: str) -> Reckoned | None:
    """Several items of a length each plus single pieces, as hours and minutes."""
    if not single(text):
        return None
    if not LENGTH_ASK.search(text):
        return None
    groups = list(TIMED.finditer(text))
    if not groups:
        return None
    seconds = Fraction(0)
    parts = []
    for m in groups:
        count, each, unit = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (
            m.group(4), m.group(5), m.group(6))
        seconds += _f(count) * _f(each) * SECONDS[unit[0].lower()]
        parts.append(f"{count} × {each} {unit}")
    for m in SINGLE.finditer(text):
        if any(g.start() <= m.start() < g.end() for g in groups):
            continue
        seconds += _f(m.group(1)) * SECONDS[m.group(2)[0].lower()]
        parts.append(f"{m.group(1)} {m.group(2)}")
    minutes = seconds / 60
    hours, rest = divmod(minutes, 60)
    said = f"{int(hours)} hour{'s' if hours != 1 else ''} {show(rest)} minute" \
           f"{'s' if rest != 1 else ''}" if hours else f"{show(rest)} minutes"
    return Reckoned("running time", minutes, "minutes", " + ".join(parts),
                    text=f"{said} ({show(minutes)} minutes)")


KINDS = (combined_average, training_volume, slots_in_span, running_time)
