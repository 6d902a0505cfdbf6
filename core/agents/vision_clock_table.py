"""An image's clock times as labelled rows, and the span or the moved time a question names
by those labels.

"Boarding 18:30", "CHECK-IN FROM 14:00", "07:15  Call Mum", "Woke up 06:10": each time is
one row labelled by the words of its line. The question's words bind to the rows (the same
word, a stem or an everyday synonym: "land" for "Arrives", "admission" for "ENTRY", "wake"
for "Woke up"):

- two rows named: the time from the first named to the second ("gap between doors and show",
  "from departure to arrival", "bedtime and wake time"), past midnight when the second is
  earlier, over the nights the question gives ("staying 3 nights": check-in to check-out);
- one row named and a time the question gives ("it's 16:54", "now 14:09"): the time until it;
- a duration the question gives ("delayed 120 minutes", "leaves 50 min late", "hold tables
  for 15 minutes") and the row asked about (or the image's one time): the moved time.

An answer needs every row it uses bound to one time.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci
from core.agents.vision_screen import CLOCK, Answer, figures
from core.agents.vision_table import same_word

SYNONYMS = {"land": "arrive", "landing": "arrive", "lands": "arrive", "arrival": "arrive",
            "arrives": "arrive", "arriving": "arrive", "leave": "depart", "leaves": "depart",
            "leaving": "depart", "departure": "depart", "departs": "depart", "admission": "entry",
            "admissions": "entry", "enter": "entry", "wake": "woke", "waking": "woke",
            "woke": "woke", "awake": "woke", "bed": "bedtime", "asleep": "bedtime",
            "sleep": "bedtime", "gates": "gate",
            "doors": "door", "kickoff": "kick"}
GENERIC = frozenset("time times start starts started from to the a an of between and until till "
                    "how long is it what when much gap in total on this my our at by up get "
                    "minutes hours mins hrs there do does we i you can new".split())
NIGHTS = ci(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+nights?\b")
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
NOW = ci(r"\b(?:it'?s|it\s+is|now(?:\s+it'?s)?|currently|time\s+is)\s*(?P<h>\d{1,2})[:.]"
         r"(?P<m>\d{2})\s*(?P<ap>[ap]\.?m\.?)?(?![\d:])")
SHIFT = ci(r"\b(?P<n>\d{1,3})\s*(?P<u>min(?:ute)?s?|hours?|hrs?|h)\b")
MOVED = ci(r"\b(?:delay\w*|late|later|hold|held|grace|extra|push\w*)\b")
ASKS_WHEN = ci(r"\bwhat\s+time\b|\bwhen\b|\blatest\b|\bnew\s+\w+\s+time\b|\btime\s+(?:will|do|"
               r"does|would)\b")
ASKS_AT = ci(r"\bwhat\s+time\s+(?:does|do|is|will|did)\b|\bwhen\s+(?:does|do|is|will|did)\b")
ASKS_SPAN = ci(r"\bhow\s+(?:long|many\s+(?:hours|minutes|mins|hrs))\b|\bgap\b|\btime\s+(?:from|"
               r"between|left|until|till|to)\b|\bhow\s+much\s+(?:time|sleep)\b|\bduration\b|"
               r"\b(?:hours|minutes)\s+(?:between|from|until|till|left)\b|\btravel\s+time\b|"
               r"\bhow\s+long\b")
Row = tuple[tuple[str, ...], int]


def _minutes(found: re.Match[str]) -> int | None:
    got = found.groupdict()
    hour = int(got.get("h") or got.get("h2") or 0)
    minute = int(got.get("m") or 0)
    half = (got.get("ap") or got.get("ap2") or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def clock_rows(text: str) -> list[Row]:
    """Each clock time of the image with the words of its line."""
    rows: list[Row] = []
    for line in text.splitlines():
        found = list(CLOCK.finditer(line))
        if len(found) != 1:
            continue  # "OPEN 10:00 - 16:30": a range, not one labelled time
        minutes = _minutes(found[0])
        words = tuple(w for w in re.findall(r"[a-z]+", _joined(line)) if w not in ("am", "pm"))
        if minutes is not None and words:
            rows.append((words, minutes))
    return rows


def _named(word: str, label: tuple[str, ...]) -> bool:
    said = SYNONYMS.get(word, word)
    return any(same_word(said, SYNONYMS.get(own, own)) for own in label)


def _mentions(question: str, rows: list[Row]) -> list[int]:
    """The rows the question names, in the order it names them (each row once)."""
    order: list[int] = []
    for word in re.findall(r"[a-z]+", _joined(question)):
        if word in GENERIC or len(word) < 3:
            continue
        hits = [i for i, (label, _) in enumerate(rows) if _named(word, label)]
        if len(hits) == 1 and hits[0] not in order:
            order.append(hits[0])
    return order


CHECK = re.compile(r"\bcheck[-\s]?(in|out)\b", re.I)


def _joined(text: str) -> str:
    """"CHECK-IN", "check in" → "checkin": one word, not "check" in both."""
    return CHECK.sub(lambda m: f"check{m.group(1).lower()}", text.lower())


def _said(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} hour{'s' if hours > 1 else ''}" + (f" {rest} min" if rest else "")


def _clock(minutes: int) -> str:
    hour, minute = divmod(minutes % (24 * 60), 60)
    return f"{hour:02d}:{minute:02d}"


def clock_table(question: str, text: str) -> list[Answer]:
    """The span between the rows the question names, the time until one, or one moved."""
    rows = clock_rows(text)
    if not rows:
        return _after_given(question, text)
    named = _mentions(question, rows)
    shift = SHIFT.search(question)
    if ASKS_WHEN.search(question) and shift and MOVED.search(question) and not NOW.search(
            question):
        row = rows[named[-1]] if named else rows[0] if len(rows) == 1 else None
        if row is None:
            return []
        step = int(shift.group("n")) * (1 if shift.group("u").lower().startswith("m") else 60)
        moved = row[1] + step
        return [(f"That is **{_clock(moved)}** ({_clock(row[1])} + {step} minutes).", None)]
    now = NOW.search(question)
    if not ASKS_SPAN.search(question):
        if ASKS_AT.search(question) and len(named) == 1 and now is None and not shift:
            label, at = rows[named[0]]
            return [(f"**{_clock(at)}** ({' '.join(label)} {_clock(at)}).", None)]
        return []
    if now is not None and len(named) == 1:
        start = _minutes(now)
        if start is None:
            return []
        gap = (rows[named[0]][1] - start) % (24 * 60)
        return [(f"That is **{gap} minutes** ({_said(gap)}; {_clock(start)} to "
                 f"{_clock(rows[named[0]][1])}).", float(gap))]
    if now is None and len(named) == 2:
        first, second = rows[named[0]][1], rows[named[1]][1]
        nights = NIGHTS.search(question)
        if nights is not None:
            count = int(nights.group("n")) if nights.group("n").isdigit() else COUNTS[
                nights.group("n").lower()]
            gap = count * 24 * 60 + second - first
        else:
            gap = (second - first) % (24 * 60)
        if gap <= 0:
            return []
        return [(f"That is **{gap} minutes** ({_said(gap)}; {_clock(first)} to "
                 f"{_clock(second)}{f', {nights.group(0)}' if nights else ''}).", float(gap))]
    return []


GIVEN = ci(r"(?<![\d:])(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ap>[ap]\.?m\.?)?(?![\d:])")


def _after_given(question: str, text: str) -> list[Answer]:
    """The question's time moved by the one duration the image gives ("MAX STAY 2 HOURS",
    "arrived 13:35, what's the latest I can stay?")."""
    given = GIVEN.search(question)
    if given is None or not ASKS_WHEN.search(question):
        return []
    spans = [f for f in figures(text) if f.unit in ("h", "min")]
    start = _minutes(given)
    if len(spans) != 1 or start is None:
        return []
    step = int(spans[0].value * (60 if spans[0].unit == "h" else 1))
    return [(f"That is **{_clock(start + step)}** ({_clock(start)} + {_said(step)}).", None)]
