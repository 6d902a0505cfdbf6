"""Two ways to pay that a screenshot or a sign offers, compared over what the question asks.

"Monthly: €26.99/month" against "Annual: €316.88/year" ("how much do I save over a year by
paying annually?"): each price over the same period (the one asked, else the longer one),
and the gap between them. "Pay now: €2,208.00" against "Or 6 x €434.24 a month" ("how much
more do I pay with the monthly option?"): the instalments added up against the one payment.
Sums are exact (fractions) and rounded once, when shown.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import ASKED_PERIOD, PERIODS, Answer, Figure, money

COMPARE = ci(r"\b(?:save|saving|savings|cheaper|dearer|difference|differ|extra|more\s+expensive|"
             r"less\s+expensive)\b|\bhow\s+much\s+(?:more|less)\b")
OWN_PERIOD = re.compile(r"(?:/|\bper\b|\ba\b|\beach\b|\bevery\b)\s*(month|mo|week|wk|year|yr|"
                        r"day)\b|\b(monthly|weekly|yearly|annual(?:ly)?|daily)\b", re.I)
TIMES = re.compile(r"\b(?P<n>\d{1,3})\s*(?:x|×|payments?\s+of|instal(?:l)?ments?\s+of)\s*"
                   r"[$€£¥]?\s*$", re.I)
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
UNITS = {"mo": "month", "wk": "week", "yr": "year", "monthly": "month", "weekly": "week",
         "yearly": "year", "annual": "year", "annually": "year", "daily": "day"}


def _option(price: Figure, line: str) -> tuple[str, Fraction, str] | None:
    """How a price is paid: ("period", value, unit), ("times", count, "") or ("once", …)."""
    shown = line.lower()
    before = shown[:_at(price, shown)]
    if (times := TIMES.search(before)) is not None:
        return "times", Fraction(int(times.group("n"))), ""
    if (own := OWN_PERIOD.search(shown)) is not None:
        word = (own.group(1) or own.group(2)).lower()
        return "period", Fraction(1), UNITS.get(word, word)
    return "once", Fraction(1), ""


def _at(price: Figure, line: str) -> int:
    """Where the price's number starts on its line."""
    return next((m.start() for m in DIGITS.finditer(line)
                 if Fraction(m.group(0).replace(",", "")) == price.value), len(line))


def plans_compared(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """The gap between two ways of paying the image offers, over the period asked."""
    if not COMPARE.search(question):
        return []
    lines = text.splitlines()
    cash = [f for f in found if f.currency]
    options = [(price, way) for price in cash
               if (way := _option(price, lines[price.line] if price.line < len(lines) else ""))]
    if len(options) != 2 or len({p.currency for p, _ in options}) != 1:
        return []
    kinds = {way[0] for _, way in options}
    periods = {way[2] for _, way in options if way[0] == "period"}
    if kinds == {"period"} and len(periods) == 2:
        named = [(m.group("u") or m.group("o")).lower() for m in ASKED_PERIOD.finditer(question)
                 if m.group("u") or m.group("o")]  # "per month"; "the yearly plan" names one
        wanted = named[0] if named else min(periods, key=lambda u: PERIODS[u])
        costs = [(p, p.value * PERIODS[way[2]] / PERIODS[wanted], way[2]) for p, way in options]
        how = " against ".join(f"{money(p.value, p.currency)} a {unit}" + (
            f" = {money(cost, p.currency)}" if unit != wanted else "") for p, cost, unit in costs)
        per = f" a {wanted}"
    elif kinds == {"times", "once"}:
        costs = [(p, p.value * way[1], way[0]) for p, way in options]
        how = " against ".join(f"{money(p.value, p.currency)}" if kind == "once" else
                               f"{money(p.value, p.currency)} × "
                               f"{plain_count(cost / p.value)} = {money(cost, p.currency)}"
                               for p, cost, kind in costs)
        per = ""
    else:
        return []
    gap = abs(costs[0][1] - costs[1][1])
    currency = costs[0][0].currency
    return [(f"The difference is **{money(gap, currency)}**{per} ({how}).", float(gap))]


def plain_count(value: Fraction) -> str:
    return str(int(value)) if value == int(value) else str(float(value))
