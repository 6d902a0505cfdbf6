"""Facets of an image's date and of a sign's text, each answered when asked.

- the month and year of the date ("month and year of this order?", "what month and year
  was it bought?");
- the month after or before it ("my plan starts the month after I ordered: which month?",
  "the following month?", "the month before that?");
- its day of the year ("which day of the year is it (1-365)?", "day number in the year?",
  "how many days into the year?");
- its weekday when asked loosely ("I think I ordered on a weekend, which day was it?");
- where an order is up to ("where is it up to?", "how far along is it?", "what stage?");
- a sign's first or last word and its number of lines ("first word on this sign?", "how
  many lines of text does it have?").
"""

from __future__ import annotations

import calendar
import re
from datetime import timedelta

from core.agents.asks_receipt_facts import Facts
from core.agents.asks_receipt_lines import sign_words
from core.agents.patterns import ci

Answer = tuple[str, float | None]
MONTH_YEAR = ci(r"\bmonth\s+(?:and|&|\+)\s+(?:the\s+)?year\b|\byear\s+(?:and|&|\+)\s+(?:the\s+)?"
                r"month\b")
NEXT_MONTH = ci(r"\b(?:the\s+)?(?:month\s+(?P<after>after|following|later)|(?P<next>next|"
                r"following|subsequent)\s+month|month\s+(?P<before>before|prior|earlier)|"
                r"(?P<prev>previous|preceding|prior)\s+month)\b")
YEAR_DAY = ci(r"\bday\s+(?:number\s+)?(?:of|in)\s+the\s+year\b|\bday\s+of\s+year\b|"
              r"\b(?:ordinal|julian)\s+(?:day|date)\b|\bdays?\s+into\s+the\s+year\b|"
              r"\bday\s+number\b|\b1\s*[-–]\s*36[56]\b")
LOOSE_WEEKDAY = ci(r"\b(?:which|what)\s+day\s+(?:was|is|were)\s+(?:it|that|this)\b|"
                   r"\b(?:on|at|over)\s+(?:a|the)\s+weekend\b|\bweekend\s+or\b|\b(?:was|is)\s+"
                   r"(?:it|that|this)\s+(?:a|the)\s+weekend\b|\bweek\s*day\s+or\b|"
                   r"\bwhich\s+day\s+did\b|\bsaturday\s+or\s+(?:a\s+)?sunday\b|\bworking\s+week\b|"
                   r"\b(?:work|business|working)\s*day\s+or\b|\bor\s+(?:on\s+)?(?:a\s+)?weekend\b|"
                   r"\bmid-?week\b")
ISO_WEEK = ci(r"\biso\s+week\b|\bweek\s+(?:number|no\.?|#)\b|\b(?:which|what)\s+week\s+"
              r"(?:of|in)\s+the\s+year\b|\bcalendar\s+week\b|\bweek\s+of\s+(?:the\s+)?year\b|"
              r"\b(?:which|what)\s+(?:number\s+)?week\s+(?:was|is|did)\b")
RECUR = ci(r"\b(?:every|each)\s+(?:single\s+)?(?P<u>week|fortnight|month|year)\b|"
           r"\b(?P<ly>weekly|fortnightly|monthly|yearly|annually)\b")
NEXT_DUE = ci(r"\bnext\s+(?:one|order|time|delivery|payment|renewal|date|due)\b|\bwhen(?:'s|\s+is|"
              r"\s+will)\b[^?]*\b(?:next|due|again)\b|\bdue\s+next\b")
WHERE_UP_TO = ci(r"\bwhere\s+(?:is|'s)\s+(?:it|this|that|my\s+\w+|the\s+\w+)\s+(?:up\s+to|at)\b|"
                 r"\bhow\s+far\s+(?:along|on)\b|\bwhat\s+stage\b|\bprogress\b|\bwhere\s+(?:has|"
                 r"have)\s+(?:it|they)\s+got\s+to\b|\bis\s+it\s+(?:on\s+its\s+way|coming)\b")
FIRST_WORD = ci(r"\b(?P<which>first|last|top|opening|final)\s+word\b")
LINE_COUNT = ci(r"\bhow\s+many\s+(?:separate\s+)?(?:lines|rows)\b|\bnumber\s+of\s+(?:lines|rows)\b|"
                r"\bcount\s+the\s+lines\b")


def calendar_asks(question: str, facts: Facts) -> list[Answer]:
    """The facets of the image's date the question asks."""
    day = facts.date
    if day is None:
        return []
    out: list[Answer] = []
    name = calendar.month_name[day.month]
    if MONTH_YEAR.search(question):
        out.append((f"It is dated in **{name} {day.year}** ({day.isoformat()}).", None))
    if (moved := NEXT_MONTH.search(question)) is not None:
        step = 1 if moved.group("after") or moved.group("next") else -1
        month = (day.month - 1 + step) % 12 + 1
        year = day.year + (day.month - 1 + step) // 12
        word = "after" if step == 1 else "before"
        out.append((f"The month {word} {name} {day.year} is **{calendar.month_name[month]}**, "
                    f"{year}.", None))
    if YEAR_DAY.search(question):
        number = day.timetuple().tm_yday
        out.append((f"{day.isoformat()} is day **{number}** of {day.year}.", float(number)))
    if LOOSE_WEEKDAY.search(question) and not re.search(r"\bday\s+of\s+the\s+week\b|\bweekday\b",
                                                        question, re.I):
        weekday = calendar.day_name[day.weekday()]
        end = " (a weekend)" if day.weekday() >= 5 else " (a weekday)"
        out.append((f"{day.isoformat()} was a **{weekday}**{end}.", None))
    if ISO_WEEK.search(question):
        year, week, _ = day.isocalendar()
        out.append((f"{day.isoformat()} is in ISO **week {week}** of {year} (**W{week:02d}**).",
                    float(week)))
    every = RECUR.search(question)
    if every is not None and NEXT_DUE.search(question) and not re.search(
            r"\b\d+\s+(?:days?|weeks?|months?)\b", question, re.I):
        unit = (every.group("u") or every.group("ly")).lower()
        if unit.startswith(("month", "year", "annual")):
            months = 1 if unit.startswith("month") else 12
            year = day.year + (day.month - 1 + months) // 12
            month = (day.month - 1 + months) % 12 + 1
            size = calendar.monthrange(year, month)[1]
            due = day.replace(year=year, month=month, day=min(day.day, size))
        else:
            due = day + timedelta(days=14 if unit.startswith("fortnight") else 7)
        shown = f"{due.day} {calendar.month_name[due.month]} {due.year}"
        out.append((f"The next one is due **{due.isoformat()}** ({shown}).", None))
    if facts.status and WHERE_UP_TO.search(question) and not re.search(r"\bstatus\b", question,
                                                                        re.I):
        out.append((f"Status: **{facts.status}**", None))
    return out


def sign_asks(question: str, text: str, facts: Facts) -> list[Answer]:
    """A sign's first or last word, or its number of lines of text (a receipt's lines are its
    items, counted with them)."""
    if facts.items or facts.total is not None:
        return []
    lines = [line.strip() for line in sign_words(text).splitlines() if re.search(
        r"[A-Za-z0-9]{2,}", line)]
    if not lines:
        return []
    out: list[Answer] = []
    if (which := FIRST_WORD.search(question)) is not None:
        words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'&-]*", " ".join(lines))
        if words:
            last = which.group("which").lower() in ("last", "final")
            out.append((f"The {'last' if last else 'first'} word is "
                        f"**{words[-1 if last else 0]}**.", None))
    if LINE_COUNT.search(question):
        noun = "line" if len(lines) == 1 else "lines"
        out.append((f"It has **{len(lines)} {noun}** of text: " + " / ".join(lines) + ".",
                    float(len(lines))))
    return out
