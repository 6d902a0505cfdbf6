"""An image's dated lines, picked or worked out against the question.

- the first or the last of several dated lines ("which book is due back first, and when?",
  "earliest due date on my loans", "which one renews last?");
- a charge per day from a due date to the "today" the question states ("Late fee £0.20 per
  day", "fine if I bring it back today, August 6?");
- a date moved on by the period the image gives ("Purchased 2026-02-05 / Warranty 1 year":
  when it runs out).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.agents.patterns import ci
from core.agents.vision_dates import _found, _make, _today, image_dates
from core.agents.vision_screen import Answer, money
from core.agents.vision_table import table

FIRST = ci(r"\b(?:first|earliest|soonest|next|nearest)\b")
LAST = ci(r"\b(?:last|latest|furthest|final)\b")
WHICH = ci(r"\b(?:which|what)\b")
PER_DAY = ci(r"(?:\bper|/|\ba|\beach)\s*day\b|\bdaily\b")
FINE = ci(r"\b(?:fine|fee|owe|charge\w*|cost|pay|late)\b")
PERIOD = ci(r"(?P<n>\d{1,2}|one|two|three|four|five)\s*[-\s]?(?P<u>years?|yrs?|months?|weeks?|"
            r"days?)\b")
ENDS = ci(r"\b(?:end\w*|expir\w*|run\w*\s+out|last\s+day|until|till|valid|cover\w*|when)\b")
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def dated_rows(question: str, text: str) -> list[Answer]:
    """The first of the sums above the question asks of the image's dates, or []."""
    return _first_or_last(question, text) or _late_fee(question, text) or _moved_on(
        question, text)


def _dates(text: str) -> list[tuple[str, date]]:
    found = image_dates(text)
    year = next((y for _, _, _, y in found if y), None)
    out = []
    for label, month, day, own in found:
        made = _make(month, day, own or year or 0) if (own or year) else None
        if made is not None:
            out.append((re.sub(r"\s+", " ", label).strip(), made))
    return out


def _first_or_last(question: str, text: str) -> list[Answer]:
    first, last = bool(FIRST.search(question)), bool(LAST.search(question))
    if first == last or not WHICH.search(question):
        return []
    dated = _dates(text)
    if len(dated) < 3:
        return []
    pick = (min if first else max)(dated, key=lambda d: d[1])
    if sum(1 for _, day in dated if day == pick[1]) > 1:
        return []  # a tie names no one line
    name = re.sub(r"\b(?:due|on|by|until|renews?|expires?|ends?)\s*$", "", pick[0]).strip()
    if not name:
        return []
    return [(f"**{name.title()}** — **{pick[1].isoformat()}** ({pick[1].day} "
             f"{pick[1].strftime('%B')} {pick[1].year}).", None)]


def _late_fee(question: str, text: str) -> list[Answer]:
    if not FINE.search(question):
        return []
    dated = _dates(text)
    rates = [r for r in table(text) if r.currency]
    lines = text.splitlines()
    per_day = [r for r in rates if r.line < len(lines) and PER_DAY.search(lines[r.line])]
    said = _found(question) if re.search(r"\b(?:today|now)\b", question, re.I) else None
    today = _today(question) or (said[:3] if said else None)
    if len(dated) != 1 or len(per_day) != 1 or today is None:
        return []
    due = dated[0][1]
    now = _make(today[0], today[1], today[2] or due.year)
    if now is None or now <= due:
        return []
    days = (now - due).days
    fee = per_day[0].value * days
    return [(f"That is **{money(fee, per_day[0].currency)}** ({days} days late × "
             f"{money(per_day[0].value, per_day[0].currency)}).", float(fee))]


def _moved_on(question: str, text: str) -> list[Answer]:
    if not ENDS.search(question) or PERIOD.search(question):
        return []
    dated = _dates(text)
    periods = [m for line in text.splitlines() if (m := PERIOD.search(line)) and not
               re.search(r"\d{4}-\d{2}-\d{2}", line)]
    if len(dated) != 1 or len(periods) != 1:
        return []
    word = periods[0].group("n").lower()
    count = int(word) if word.isdigit() else COUNTS[word]
    unit = periods[0].group("u").lower()[0]
    start = dated[0][1]
    if unit == "y":
        end = _make(start.month, start.day, start.year + count)
    elif unit == "m":
        months = start.month - 1 + count
        end = _make(months % 12 + 1, start.day, start.year + months // 12)
    else:
        end = start + timedelta(days=count * (7 if unit == "w" else 1))
    if end is None:
        return []
    return [(f"It runs to **{end.isoformat()}** ({end.day} {end.strftime('%B')} {end.year}; "
             f"{start.isoformat()} + {count} {periods[0].group('u').lower()}).", None)]
