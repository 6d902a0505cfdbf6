"""Hours between two clock-time columns of an attached table, row by row: a timesheet's start
and end ("how many hours did I work this week?"), bedtimes and wake times ("how long do I
sleep on average?"). An end at or before its start is on the next day (past midnight)."""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_table import plain_name, read_table
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

CLOCK = re.compile(r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\.?)?$", re.I)
ENDS = ci(r"\b(?:end\w*|finish\w*|stop\w*|wake|woke|waking|up|out|to|until|close\w*|arriv\w*|"
          r"clock\s+out|off)\b")
STARTS = ci(r"\b(?:start\w*|begin\w*|bed\w*|sleep|slept|asleep|in|from|clock\s+in|on|open\w*|"
            r"depart\w*|left|leave)\b")
MEAN = ci(r"\b(?:average|avg|mean|typical(?:ly)?|on\s+average|per\s+(?:day|night|shift))\b")
TOTAL = ci(r"\b(?:total|altogether|in\s+all|combined|sum|how\s+many\s+hours|how\s+long)\b")


def _minutes(cell: str) -> int | None:
    found = CLOCK.match(cell.strip())
    if found is None:
        return None
    hour = int(found.group("h"))
    if (ap := (found.group("ap") or "").lower()) and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if ap == "p" else 0) if ap else hour
    return hour * 60 + int(found.group("m"))


def clock_spans(data: bytes, request: str) -> str | None:
    """The total or average hours from one clock column to the other."""
    header, rows = read_table(data)
    columns = []
    for index, name in enumerate(header):
        cells = [row[index] if index < len(row) else "" for row in rows]
        minutes = [_minutes(c) for c in cells]
        if rows and all(m is not None for m in minutes):
            columns.append((name, [m for m in minutes if m is not None]))
    if len(columns) != 2:
        return None
    first, second = columns
    if (STARTS.search(plain_name(second[0])) and not STARTS.search(plain_name(first[0]))) or (
            ENDS.search(plain_name(first[0])) and not ENDS.search(plain_name(second[0]))):
        first, second = second, first
    hours = [((b - a) % 1440 or 1440) / 60 for a, b in zip(first[1], second[1], strict=True)]
    asked = "average" if MEAN.search(request) else "total" if TOTAL.search(request) else ""
    if not asked:
        return None
    value = statistics.fmean(hours) if asked == "average" else math.fsum(hours)
    whole = round(value * 60)
    places = places_asked(request)
    shown = f"{value:.{places + 2}f}" if places is not None else (
        f"{value:.2f}".rstrip("0").rstrip("."))  # the places asked: rounded once written
    return (f"{asked} hours from {plain_name(first[0])} to {plain_name(second[0])}: "
            f"**{shown}** h (**{whole // 60}:{whole % 60:02d}**, {whole // 60} hours "
            f"{whole % 60} minutes; {len(hours)} rows)")


__all__ = ["clock_spans"]
