"""Calendar days in health and family questions: days between two dates ("born 2007-04-26,
how many days old on 2026-11-27?" → 7,155 days), weeks and days to go ("today 2026-07-10,
due 2026-10-13" → 13 weeks and 4 days), days ago as weeks pregnant ("176 days ago" → 25
weeks and 1 day, 25+1), and the last day of a pack taken so many a day ("56 from September 12,
2026, 1 a day" → 2026-11-06).
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE = _c(rf"\b(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})\b|\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
          rf"(\d{{4}})\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(\d{{4}})\b")


def _month(word: str) -> int:
    word = word.lower()[:3]
    return next(i + 1 for i, name in enumerate(MONTHS) if name.startswith(word))


def _date(m: re.Match[str]) -> date | None:
    try:
        if m.group(1):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4):
            return date(int(m.group(6)), _month(m.group(4)), int(m.group(5)))
        return date(int(m.group(9)), _month(m.group(8)), int(m.group(7)))
    except ValueError:
        return None


def _shown(day: date) -> str:
    return f"{day.isoformat()} ({day.day} {MONTHS[day.month - 1].title()} {day.year})"


def _weeks(days: int) -> str:
    weeks, rest = divmod(days, 7)
    if not rest:
        return f"{weeks} weeks"
    return f"{weeks} weeks and {rest} day{'s' if rest != 1 else ''} ({weeks}+{rest})"


DAYS_ASK = _c(r"\bhow\s+many\s+days\b|\bdays\s+old\b|\bin\s+days\b|\bdays\s+(?:between|from|"
              r"alive|since|until|till)\b|\b(?:count|number\s+of)\s+(?:the\s+)?days\b")
WEEKS_ASK = _c(r"\bweeks\s+(?:and|\+|&)\s+days\b|\bhow\s+many\s+weeks\b|\bweeks\s+pregnant\b|"
               r"\bhow\s+far\s+along\b")


def between_dates(text: str) -> Trip | None:
    """Days (or weeks and days) from one date to another."""
    dates = [d for m in DATE.finditer(text) if (d := _date(m)) is not None]
    if len(dates) != 2:
        return None
    days = abs((dates[1] - dates[0]).days)
    if WEEKS_ASK.search(text):
        return Trip("time", Fraction(days, 7), "weeks", _weeks(days),
                    f"{dates[0].isoformat()} to {dates[1].isoformat()}: {days} days")
    if DAYS_ASK.search(text):
        return Trip("days", Fraction(days), "days", f"{days:,} days",
                    f"{dates[0].isoformat()} to {dates[1].isoformat()}")
    return None


AGO = _c(rf"{NUM}\s+days\s+ago\b")


def weeks_pregnant(text: str) -> Trip | None:
    """Days since the last period told in weeks and days. Not yet tried by
    :func:`calendar_days`: a request that ends "… does that make me?" is planned as a result
    and its conversion, whose first half has nothing to answer."""
    ago = AGO.search(text)
    if ago is None or not re.search(r"\bpregnan|\bgestation|\bweeks\s+and\s+days\b", text):
        return None
    days = int(_f(ago.group(1)))
    return Trip("weeks pregnant", Fraction(days, 7), "weeks", _weeks(days),
                f"{days} days ÷ 7")


PACK = _c(rf"\b(?:pack|box|bottle|supply|strip|course)\s+of\s+{NUM}|{NUM}\s+(?:tablets|pills|"
          r"capsules|doses)\b")
PER_DAY = _c(rf"\b(?:taking|take|takes|use|using)\s+{NUM}\s+(?:\w+\s+)?(?:a|per|each)\s+day\b|"
             rf"{NUM}\s+(?:tablets?|pills?|capsules?)?\s*(?:a|per|each)\s+day\b")
LAST_ASK = _c(r"\blast\s+(?:day|dose)\b|\brun\s+out\b|\bwhen\s+(?:will|do)\s+(?:i|it|they)\s+"
              r"(?:run|finish)\b|\bwhat\s+date\b")


def last_day(text: str) -> Trip | None:
    """The last day of a pack started on a date and taken so many a day."""
    pack, daily, ask = PACK.search(text), PER_DAY.search(text), LAST_ASK.search(text)
    dates = [d for m in DATE.finditer(text) if (d := _date(m)) is not None]
    if pack is None or daily is None or ask is None or len(dates) != 1:
        return None
    count = _f(pack.group(1) or pack.group(2))
    each = _f(daily.group(1) or daily.group(2))
    if each <= 0:
        return None
    days = math.ceil(count / each)
    end = dates[0] + timedelta(days=days - 1)
    return Trip("last day", Fraction(days), "date", _shown(end),
                f"{dates[0].isoformat()} + {days} days − 1 ({_f(pack.group(1) or pack.group(2))}"
                f" ÷ {each} a day)")


SPAN = _c(r"(?<![\d.,])(\d{1,3})\s*(days?|weeks?|wks?)\b(?:\s+and\s+(\d{1,2})\s*days?\b)?")
FORWARD = _c(r"^\s*(?:after|later|on|past|from|after\s+(?:the|my|your|her)\b)|^\s*pregnant\b|"
             r"(?:\+|\bafter|\bin|\bhit|\breach|\bbe|\bat|\bplus|\badd)\s*$")
BACKWARD = _c(r"^\s*(?:before|earlier|prior)\b|(?:\bminus|\bsubtract|[-−])\s*$")
DATE_ASK = _c(r"\b(?:what|which)\s+(?:date|day)\b|\bdate\s*(?:\?|$|will|would|is|do|does|did)|"
              r"\bwhen\s+(?:is|will|would|do|does|should|can|am)\b|\bdate\s+(?:when|of)\b")


def date_after(text: str) -> Trip | None:
    """The date so many days or weeks after (or before) the one date given: "first dose
    2026-03-24, booster after 6 weeks - which date?", "LMP 9 June 2026 + 14 days = conception
    date?", "on what date will I be 16 weeks pregnant?" (weeks from the last period)."""
    if DATE_ASK.search(text) is None:
        return None
    dates = [(m, d) for m in DATE.finditer(text) if (d := _date(m)) is not None]
    spans = [m for m in SPAN.finditer(text) if not any(
        d.start() <= m.start() < d.end() for d, _ in dates)]
    if len(dates) != 1 or len(spans) != 1:
        return None
    span = spans[0]
    days = int(span.group(1)) * (7 if span.group(2).startswith("w") else 1)
    days += int(span.group(3) or 0)
    before, after = text[max(0, span.start() - 12):span.start()], text[span.end():span.end() + 24]
    back = BACKWARD.search(after) or BACKWARD.search(before)
    if back is None and not (FORWARD.search(after) or FORWARD.search(before)):
        return None
    start = dates[0][1]
    end = start - timedelta(days=days) if back else start + timedelta(days=days)
    sign = "−" if back else "+"
    return Trip("date", Fraction(days), "date", _shown(end),
                f"{start.isoformat()} {sign} {days} days")


def calendar_days(text: str) -> Trip | None:
    """Any of the readers above."""
    return last_day(text) or between_dates(text) or date_after(text)
