"""A due date from the first day of the last period (Naegele: 280 days, or the weeks the
message gives) or from the day of conception (266 days).

"last period started 3 January 2026, when am I due?" → 10 October 2026 (2026-10-10).
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY_FIRST = _c(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(\d{{4}})\b")
MONTH_FIRST = _c(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
ISO = _c(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
DUE_ASK = _c(r"\bdue\s+date\b|\bwhen\s+(?:am\s+i|is\s+(?:she|the\s+baby))\s+due\b|\bedd\b|"
             r"\bestimated\s+(?:date\s+of\s+)?delivery\b")
LMP = _c(r"\b(?:last\s+(?:menstrual\s+)?period|lmp)\b")
CONCEIVED = _c(r"\bconce(?:ived|ption)\b")
WEEKS = _c(r"\b(\d{2})\s*weeks?\b")


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return next(n for name, n in MONTHS.items() if name.startswith(word[:3]))


def _date(text: str) -> date | None:
    try:
        if m := DAY_FIRST.search(text):
            return date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        if m := MONTH_FIRST.search(text):
            return date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if m := ISO.search(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None


def due_date(text: str) -> Trip | None:
    """The due date from the last period or conception, shown in words and ISO form."""
    if DUE_ASK.search(text) is None:
        return None
    start = _date(text)
    if start is None:
        return None
    if CONCEIVED.search(text) and not LMP.search(text):
        days, said = 266, "conception + 266 days"
    else:
        weeks = WEEKS.search(text)
        count = int(weeks.group(1)) if weeks and 36 <= int(weeks.group(1)) <= 42 else 40
        days, said = count * 7, f"first day of the last period + {count} weeks"
    due = start + timedelta(days=days)
    shown = f"{due.day} {due.strftime('%B')} {due.year} ({due.isoformat()})"
    return Trip("due date", Fraction(due.toordinal()), "date", shown, said)
