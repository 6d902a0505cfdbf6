"""Hours listed, added up and averaged, and the pay they earn.

- durations written as hours and minutes: "slept 8h06, 5h16, 8h58 … total hours and
  average per night?" → 22.33 hours (22 h 20 min), 7.44 hours a night; "7 h 30 min";
- hours worked listed with an hourly rate: "hours this week: 6.75, 4.5, 7.25 - total, and
  my pay at 26/hour?" → 18.5 hours, 481.00.

A list of plain numbers is read as hours only beside an hourly rate (numbers alone are
data to analyse). The text is expanded and lower-cased; an ask is needed.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

HM = _c(r"(?<![\d.:])(\d{1,2})\s*(?:h|hrs?|hours?)\s*(\d{1,2})\s*(?:m|mins?|minutes?)?(?![\d:])")
RATE = _c(r"(?<![\d.])[$€£¥]?\s?(\d+(?:\.\d+)?)\s*(?:/|an|a|per)\s*(?:hour|hr|h)\b|\b(?:rate|wage|"
          r"pay)\s+(?:is\s+|of\s+)?[$€£¥]?\s?(\d+(?:\.\d+)?)\s*(?:an?\s+hour|per\s+hour|/\s*h)")
HOURS_LIST = _c(r"\bhours?\b[^0-9?]{0,40}?((?:\d+(?:\.\d+)?\s*(?:,|\band\b|;|\s)\s*){1,30}"
                r"\d+(?:\.\d+)?)")
TOTAL = _c(r"\btotal\b|\bin\s+all\b|\baltogether\b|\bsum\b|\badd\s+(?:up|them)|\bhow\s+many\s+"
           r"hours\b")
AVERAGE = _c(r"\baverage\b|\bmean\b|\bper\s+(?:night|day|shift)\b|\ba\s+(?:night|day)\b")
ASK = _c(r"\?|\bhow\b|\bwhat\b|\btotal\b|\baverage\b")


def _hm(hours: Fraction) -> str:
    whole, minutes = divmod(round(hours * 60), 60)
    return f"{whole} h {minutes:02d} min"


def listed_hours(text: str) -> Reckoned | None:
    if not ASK.search(text):
        return None
    rate = RATE.search(text)
    spans = [Fraction(int(m.group(1))) + Fraction(int(m.group(2)), 60)
             for m in HM.finditer(text) if int(m.group(2)) < 60]
    if len(spans) < 2:
        spans = []
        listed = HOURS_LIST.search(text)
        if rate is None or listed is None:
            return None
        spans = [Fraction(n) for n in re.findall(r"\d+(?:\.\d+)?", listed.group(1))]
        if rate.start() < listed.end() and rate.end() > listed.start():
            return None
        if len(spans) < 2:
            return None
    total = sum(spans, Fraction(0))
    parts, basis = [], " + ".join(show(s) for s in spans)
    average = AVERAGE.search(text) is not None
    if TOTAL.search(text) or not average:
        parts.append(f"total {show(total)} hours ({_hm(total)})")
    if average:
        mean = total / len(spans)
        parts.append(f"average {show(mean)} hours ({_hm(mean)})")
        basis += f", ÷ {len(spans)}"
    if rate is not None:
        per = Fraction(rate.group(1) or rate.group(2))
        parts.append(f"pay {money(total * per, sign_of(text))} ({show(total)} h × "
                     f"{rate.group(1) or rate.group(2)})")
    return Reckoned("hours", total, "hours", basis, text="; ".join(parts))


KINDS = (listed_hours,)
