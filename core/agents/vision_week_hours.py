"""A sign's opening hours by weekday ("MON-FRI 9:00-17:00", "SAT 10:00-12:00", "SUN CLOSED",
"CLOSED SUNDAYS"), worked against the question: the hours open on the day named, the hours
open in a week, the day (or days) it is closed."""

from __future__ import annotations

import re

from core.agents.patterns import ci
from core.agents.vision_screen import Answer

NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
OPEN_LINE = ci(rf"^(?P<a>{_DAY})(?:\s*(?:-|–|to)\s*(?P<b>{_DAY}))?:?\s+(?P<o>{_TIME})\s*(?:-|–|"
               rf"to)\s*(?P<c>{_TIME})$")
CLOSED_LINE = ci(rf"^(?P<a>{_DAY})(?:\s*(?:-|–|&|and)\s*(?P<b>{_DAY}))?:?\s+closed$|^closed\s+"
                 rf"(?:on\s+)?(?P<c>{_DAY})(?:\s*(?:&|and|,)\s*(?P<d>{_DAY}))?$")
WEEK = ci(r"\b(?:a|per|each|every|in\s+a|the\s+whole|over\s+a)\s+week\b|\bweekly\b")
HOURS = ci(r"\bhow\s+(?:many\s+hours|long)\b|\bhours?\b")
WHICH_CLOSED = ci(r"\b(?:which|what)\s+(?:day|days|weekday)\b[^.?!]*\bclosed\b|\bclosed\s+on\s+"
                  r"(?:which|what)\b|\bwhen\s+(?:is|are)\s+(?:it|they|this\s+\w+)\s+closed\b")
DAY_ASKED = ci(rf"\b(?:on\s+(?:a\s+)?|for\s+(?:a\s+)?)?(?P<d>{_DAY})s?\b")


def _index(word: str) -> int:
    return [n[:3].lower() for n in NAMES].index(word[:3].lower())


def _days(a: str, b: str | None) -> list[int]:
    first = _index(a)
    last = _index(b) if b else first
    return list(range(first, last + 1)) if last >= first else []


def _minutes(said: str) -> int | None:
    hit = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", said.strip(), re.I)
    if hit is None:
        return None
    hour, minute, half = int(hit.group(1)), int(hit.group(2) or 0), (hit.group(3) or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    if half.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + minute if hour <= 24 and minute < 60 else None


def week_of(text: str) -> tuple[dict[int, int], set[int]] | None:
    """Minutes open per weekday and the days closed, or None without a day's hours."""
    open_for: dict[int, int] = {}
    closed: set[int] = set()
    for line in _paired([" ".join(raw.split()) for raw in text.splitlines()]):
        if (hit := OPEN_LINE.match(line)) is not None:
            start, end = _minutes(hit.group("o")), _minutes(hit.group("c"))
            if start is None or end is None or end <= start:
                return None
            for day in _days(hit.group("a"), hit.group("b")):
                open_for[day] = end - start
        elif (shut := CLOSED_LINE.match(line)) is not None:
            if shut.group("a"):
                closed.update(_days(shut.group("a"), shut.group("b")))
            else:
                closed.update(_index(d) for d in (shut.group("c"), shut.group("d")) if d)
    return (open_for, closed) if open_for or closed else None


DAYS_ONLY = ci(rf"^(?P<a>{_DAY})\s*(?:-|–|to)\s*(?P<b>{_DAY})$")
TIMES_ONLY = ci(rf"^{_TIME}\s*(?:-|–|to)\s*{_TIME}$")
RESTRICTION = ci(r"\b(?:no\s+(?:parking|stopping|waiting|entry)|loading|clearway|restricted|"
                 r"permit\s+holders|bus\s+lane)\b")


def _paired(lines: list[str]) -> list[str]:
    """Lines, with a lone day range and a lone time range on their own lines ("8AM - 4PM"
    over "MON-SAT") read as one line of hours."""
    days = [line for line in lines if DAYS_ONLY.match(line)]
    times = [line for line in lines if TIMES_ONLY.match(line)]
    if len(days) == 1 and len(times) == 1:
        return [*lines, f"{days[0]} {times[0]}"]
    return lines


def _spoken(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} hours" if not rest else f"{hours} h {rest} min ({minutes} minutes)"


def week_hours(question: str, text: str) -> list[Answer]:
    """The hours open on the day asked or over the week, or the day it is closed."""
    week = week_of(text)
    if week is None:
        return []
    open_for, closed = week
    if WHICH_CLOSED.search(question) and closed:
        return [(f"It is closed on **{' and '.join(NAMES[d] for d in sorted(closed))}**.", None)]
    if not HOURS.search(question) or not open_for:
        return []
    if WEEK.search(question):
        restriction = bool(RESTRICTION.search(text))
        if len(open_for) + len(closed - set(open_for)) != 7 and not restriction:
            return []  # a day whose hours the sign does not give
        total = sum(open_for.values())
        if restriction:  # a restriction covers only the days it names
            return [(f"It applies **{_spoken(total)}** a week.", total / 60)]
        return [(f"It is open **{_spoken(total)}** a week.", total / 60)]
    asked = {_index(m.group("d")) for m in DAY_ASKED.finditer(question)}
    if len(asked) != 1:
        return []
    day = asked.pop()
    if day in closed:
        return [(f"It is closed on {NAMES[day]}s: **0 hours**.", 0.0)]
    if day not in open_for:
        return []
    return [(f"On {NAMES[day]} it is open **{_spoken(open_for[day])}**.", open_for[day] / 60)]
