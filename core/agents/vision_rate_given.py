"""A figure the image shows priced at the rate the question gives ("At 0.24 per kWh, what
does this month's usage cost?" over "Usage this month: 825 kWh"), and a stay from a clock
time the question gives limited by a sign ("parked at 11:55am" under "3 HOURS PARKING")."""

from __future__ import annotations

from fractions import Fraction

from core.agents.asks_receipt_rate import at_stated_rate, stated_rate
from core.agents.patterns import ci
from core.agents.vision_screen import Answer, figures, plain

# "at 0.24 per kWh", "pays €0.45 per mile", "£0.30/km": a rate (a bare figure only after "at")
RATE = ci(r"(?:\bat\s+(?P<s>[$€£])?|(?P<s2>[$€£]))\s?(?P<v>\d+(?:\.\d+)?)\s*(?P<c>p|c|cents?|"
          r"pence)?\s*(?:per|a|/|for\s+each|each)\s*(?P<u>kwh|litres?|liters?|l|kg|km|miles?|mi|"
          r"gb|minutes?|mins?|units?|m3|therms?)\b")
COST = ci(r"\b(?:cost|costs|price|pay|bill|charge|come\s+to|how\s+much|claim|reimburs\w*|"
          r"expense|owed?|earn)\b")
UNITS = {"litre": "l", "litres": "l", "liter": "l", "liters": "l", "miles": "mile",
         "mile": "mile", "mi": "mile", "minutes": "min", "minute": "min", "mins": "min",
         "units": "unit"}
STAY = ci(r"\b(?:max(?:imum)?\s+stay\s+)?(?P<n>\d+)\s*(?:hours?|hrs?|h)\s+(?:parking|max(?:imum)?|"
          r"stay|limit)\b|\bmax(?:imum)?\s+stay\s+(?P<m>\d+)\s*(?:hours?|hrs?|h)\b")
PARKED = ci(r"\b(?:parked|arrived|got\s+here|left\s+the\s+car)\s+(?:here\s+)?at\s+(?P<h>\d{1,2})"
            r"(?:[:.](?P<mm>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?")
LEAVE = ci(r"\b(?:move|leave|back|out|gone|by\s+when|latest|until\s+when|what\s+time)\b")


def _unit(word: str) -> str:
    word = word.lower()
    return UNITS.get(word, word)


def priced_at_given_rate(question: str, text: str) -> list[Answer]:
    """The one figure in the rate's unit times the rate, or []."""
    rate = RATE.search(question)
    if rate is None or not COST.search(question):
        return []
    unit = _unit(rate.group("u"))
    shown = [f for f in figures(text) if _unit(f.unit) == unit]
    if len(shown) != 1:
        return []
    per = Fraction(rate.group("v")) / (100 if rate.group("c") else 1)
    cost = shown[0].value * per
    sign = rate.group("s") or rate.group("s2") or ""
    return [(f"That costs **{sign}{float(cost):.2f}** ({plain(shown[0].value)} {rate.group('u')}"
             f" × {plain(per)}).", float(round(cost, 2)))]


def amount_at_stated_rate(question: str, text: str) -> list[Answer]:
    """The one amount of money the image shows ("USD balance $1,560.39") converted at the
    exchange rate the question states ("at 1 USD = 148 JPY"), or []."""
    if stated_rate(question) is None:
        return []
    amounts = {(f.value, f.currency) for f in figures(text) if f.currency}
    if len(amounts) != 1:
        return []
    value, currency = amounts.pop()
    found = at_stated_rate(question, float(value), currency)
    return [found] if found is not None else []


def leave_by(question: str, text: str) -> list[Answer]:
    """The clock time a sign's longest stay runs out from the time parked, or []."""
    parked, stay = PARKED.search(question), [m for m in STAY.finditer(text)]
    if parked is None or len(stay) != 1 or not LEAVE.search(question[parked.end():] + " " +
                                                            question[:parked.start()]):
        return []
    hour, half = int(parked.group("h")), (parked.group("half") or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    if half.startswith("a") and hour == 12:
        hour = 0
    start = hour * 60 + int(parked.group("mm") or 0)
    end = (start + int(stay[0].group("n") or stay[0].group("m")) * 60) % (24 * 60)
    h, m = divmod(end, 60)
    twelve = f"{h % 12 or 12}:{m:02d}{'pm' if h >= 12 else 'am'}"
    return [(f"Move the car by **{h:02d}:{m:02d}** ({twelve}).", None)]


__all__ = ["amount_at_stated_rate", "leave_by", "priced_at_given_rate"]
