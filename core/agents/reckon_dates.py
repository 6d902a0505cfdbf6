"""Days between calendar dates said in words: "it's 24 April 2027 today, how many days
until 23 August?" → 121 days; "how many days from 3 March 2026 to 10 May 2026?" → 68.

A date without a year after one with a year is the next such day on or after it. The text
is expanded and lower-cased.
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
DATE = _c(rf"\b{DAY}\s+(?:of\s+)?{MONTH}\.?(?:,?\s+(\d{{4}}))?|\b{MONTH}\.?\s+{DAY}\b"
          rf"(?:,?\s+(\d{{4}}))?")
DAYS_ASK = _c(r"\bhow\s+many\s+(days|weeks)\b|\bdays?\s+(?:until|till|to\s+go|left)\b")


def _read(m: re.Match[str]) -> tuple[int, int, int | None]:
    if m.group(2):
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        day, month, year = m.group(5), m.group(4), m.group(6)
    return int(day), MONTHS.index(month[:3]) + 1, int(year) if year else None


def days_between(text: str) -> Reckoned | None:
    if (ask := DAYS_ASK.search(text)) is None:
        return None
    said = [_read(m) for m in DATE.finditer(text)]
    if len(said) != 2:
        return None
    (d1, m1, y1), (d2, m2, y2) = said
    year = y1 or y2
    if year is None:
        return None
    try:
        first = date(y1 or year, m1, d1)
        second = date(y2 or year, m2, d2)
        if y2 is None and second < first:
            second = date(year + 1, m2, d2)
    except ValueError:
        return None
    days = abs((second - first).days)
    basis = f"{first.isoformat()} → {second.isoformat()}"
    if ask.group(1) == "weeks":
        weeks, rest = divmod(days, 7)
        extra = f" and {rest} day{'s' * (rest != 1)}" if rest else ""
        return Reckoned("weeks", Fraction(days, 7), "weeks", basis,
                        text=f"{weeks} weeks{extra} ({days} days)")
    return Reckoned("days", Fraction(days), "days", basis, text=f"{days} days")


KINDS = (days_between,)
