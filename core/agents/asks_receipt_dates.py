"""Dates and order details asked of an image (:mod:`core.agents.asks_receipt_facts`).

- the weekday of its date ("what day of the week was this ordered?", "was it a Monday?");
- a date some time after or before it ("returns within 30 days of the order date: the last
  day?", "delivery takes a week, when does it arrive?", "two weeks before that?");
- the days from another date to it ("how many days after new year's day 2026 is that?");
- the order number, its status and the page's heading, each when asked.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from core.agents.asks_receipt_facts import Facts, read_date
from core.agents.patterns import ci
from core.agents.wording import expand

Answer = tuple[str, float | None]
WEEKDAY = ci(r"\b(?:what|which)\s+day\s+of\s+(?:the\s+)?week\b|\bweekday\b|\bwhat\s+day\s+"
             r"(?:was|is|did|were)\b(?![^?]*\b(?:date|last|latest|deadline|arrive|come|turn\s+up"
             r"|get\s+here|due)\b)|\b(?:was|is)\s+(?:it|that|this)\s+(?:a|on\s+a)\s+"
             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
SPAN = ci(r"\b(?P<n>\d+|an?|one)\s*[- ]?(?P<w>(?:working|business|week)[- ]?)?"
          r"(?:calendar\s+|full\s+|clear\s+)?(?P<u>days?|weeks?|fortnights?|months?|years?)\b")
AFTER_CUE = ci(r"\b(?:within|after|from|later|takes?|took|allow|give|in|returns?|window|"
               r"until|till|by|deliver\w*|arriv\w*|turn\s+up|ship\w*|expire\w*|valid|"
               r"guarantee\w*|warranty|due|deadline|last\s+day)\b")
BEFORE_CUE = ci(r"\b(?:before|earlier|prior\s+to|ago)\b")
SINCE = ci(r"\bhow\s+(?:many\s+)?(?:days|weeks|long)\b[^?]*\b(?:after|since|from|before|"
           r"until|till|between)\b")
NEW_YEAR = ci(r"\bnew\s+year'?s?(?:\s+day)?(?:\s+(?P<y>\d{4}))?\b|\b(?:1st\s+of\s+january|"
              r"january\s+1(?:st)?|1\s+january)(?:,?\s+(?P<y2>\d{4}))?\b")
ORDER_ASK = ci(r"\border\s+(?:no\b|number|num|#|id|ref)|\b(?:reference|ref)\b|\border\s*#")
STATUS_ASK = ci(r"\bstatus\b|\b(?:has|is)\s+(?:it|this|my\s+order)\s+(?:been\s+)?"
                r"(?:shipped|sent|delivered|dispatched)\b")
DETAILS = ci(r"\b(?:details|everything|all\s+(?:the\s+)?(?:info\w*|details|useful)|"
             r"summar\w*|key\s+(?:facts|info\w*))\b")
HEADING_ASK = ci(r"\b(?:heading|title|header|top\s+of\s+(?:the|this)\s+(?:screen|page))\b")


def _shown(day: date) -> str:
    return f"**{day.isoformat()}** ({calendar.day_name[day.weekday()]}, {day.day} " \
           f"{calendar.month_name[day.month]} {day.year})"


def _moved(day: date, count: int, unit: str, back: bool, working: bool = False) -> date:
    sign = -1 if back else 1
    if working and unit.startswith("day"):  # weekends skipped
        while count:
            day += timedelta(days=sign)
            count -= day.weekday() < 5
        return day
    if unit.startswith(("month", "year")):
        month = day.month - 1 + sign * count * (12 if unit.startswith("year") else 1)
        year, month = day.year + month // 12, month % 12 + 1
        return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    days = count * {"d": 1, "w": 7, "f": 14}[unit[0]]
    return day + timedelta(days=sign * days)


def date_asks(question: str, facts: Facts) -> list[Answer]:
    day = facts.date
    if day is None:
        return []
    said = expand(question)
    out: list[Answer] = []
    span = SPAN.search(said)
    if span is not None and not SINCE.search(said) and (AFTER_CUE.search(said) or
                                                        BEFORE_CUE.search(said)):
        count = 1 if span.group("n").lower() in ("a", "an", "one") else int(span.group("n"))
        back = bool(BEFORE_CUE.search(said)) and not AFTER_CUE.search(
            said[span.end():span.end() + 30])
        working = bool(span.group("w"))
        moved = _moved(day, count, span.group("u").lower(), back, working)
        word = span.group("u").lower().rstrip("s")
        unit = f"{'working ' if working else ''}{word}{'s' if count != 1 else ''}"
        out.append((f"{count} {unit} {'before' if back else 'after'} "
                    f"{day.isoformat()} is {_shown(moved)}.", None))
    elif SINCE.search(said) or re.search(r"\bhow\s+many\s+days\b|\bhow\s+long\s+ago\b", said,
                                         re.I):
        other = read_date(said) if read_date(said) != day else None
        new_year = NEW_YEAR.search(said)
        if other is None and new_year is not None:
            other = date(int(new_year.group("y") or new_year.group("y2") or day.year), 1, 1)
        if other is not None:
            gap = (day - other).days
            out.append((f"The date on it, {day.isoformat()}, is **{abs(gap)} days** "
                        f"{'after' if gap >= 0 else 'before'} {other.isoformat()}.",
                        float(abs(gap))))
    if WEEKDAY.search(said):
        out.append((f"{day.isoformat()} was a **{calendar.day_name[day.weekday()]}**.", None))
    return out


def order_asks(question: str, facts: Facts) -> list[Answer]:
    """The order number, status and heading, each when asked ("order number and the date",
    "everything useful: order no, date, status"); the date is read with the other readings."""
    out: list[Answer] = []
    every = bool(DETAILS.search(question)) and bool(facts.order)
    if facts.order and (ORDER_ASK.search(question) or every):
        out.append((f"Order number: **{facts.order}**", None))
    if every and facts.date:
        out.append((f"Date: {_shown(facts.date)}", None))
    if facts.status and (STATUS_ASK.search(question) or every):
        out.append((f"Status: **{facts.status}**", None))
    if facts.heading and HEADING_ASK.search(question):
        out.append((f"The heading is **{facts.heading}**.", None))
    return out
