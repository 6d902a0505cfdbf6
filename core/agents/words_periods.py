"""An amount per period asked for another period, in the unit it was given.

"I sleep 6.5 hours a night, how many hours a week is that?" → 45.5 hours; "we use 3
litres of milk a week, how much per year?" → 156 litres; "I drive 25 km each way to work
5 days a week, how many km a week?" → 250 km. A day (or a night) is 24 hours, a week 7
days, a fortnight 14, a year 365 days, 52 weeks or 12 months; a month is no whole number
of days or weeks, so those are not mixed. Money has its own kind (prices).
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.words_travel import NUM, Trip, _f, _show

PERIODS = r"(hour|day|night|week|fortnight|month|year)"
RATE = re.compile(rf"{NUM}\s*((?:[a-z]+\s+){{0,2}}?[a-z]+)\s+(?:each\s+way\s+)?(?:a|an|per|"
                  rf"each|every|/)\s*{PERIODS}\b", re.I)
ASK = re.compile(rf"\bhow\s+(?:many|much)\b(?:\s+[a-z]+){{0,3}}?\s+(?:in\s+)?(?:a|an|one|per|"
                 rf"each|every|the)\s+{PERIODS}\b|\b(?:a|per)\s+{PERIODS}\s+is\s+that\b", re.I)
ADVERB = re.compile(r"\b(?:how\s+(?:many|much)\b[^?]*\b(weekly|monthly|yearly|annually|daily)\b)",
                    re.I)
DAYS_A_WEEK = re.compile(r"\b([1-7])\s+(?:days|nights|times)\s+(?:a|per|each|every)\s+week\b", re.I)
EACH_WAY = re.compile(r"\beach\s+way\b|\bthere\s+and\s+back\b|\bboth\s+ways\b", re.I)
WAY_AMOUNT = re.compile(rf"{NUM}\s*([a-z]+)\s+(?:each\s+way|there\s+and\s+back|both\s+ways)\b",
                        re.I)
MONEY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|bucks|quid|pence|cents?)\b", re.I)
TIME_UNIT = re.compile(r"\b(second|minute|hour)s?\b", re.I)
MINUTES = {"second": Fraction(1, 60), "minute": Fraction(1), "hour": Fraction(60)}
DAYS = {"day": Fraction(1), "night": Fraction(1), "week": Fraction(7),
        "fortnight": Fraction(14), "year": Fraction(365), "hour": Fraction(1, 24)}
YEARLY = {"month": 12, "week": 52, "day": 365, "night": 365, "fortnight": 26}
ADVERBS = {"weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
           "daily": "day"}


def _factor(given: str, asked: str) -> Fraction | None:
    """How many ``given`` periods make one ``asked`` period, or None when they do not mix."""
    if given == asked:
        return Fraction(1)
    if asked == "year" and given in YEARLY:
        return Fraction(YEARLY[given])
    if given == "year" and asked in YEARLY:
        return Fraction(1, YEARLY[asked])
    if "month" in (given, asked):
        return None
    return DAYS[asked] / DAYS[given]


def per_period(text: str) -> Trip | None:
    """The amount over the period the question asks for (text lower-cased), or None."""
    ask = ASK.search(text)
    adverb = ADVERB.search(text) if ask is None else None
    if ask is None and adverb is None:
        return None
    asked = (ADVERBS[adverb.group(1).lower()] if adverb is not None else
             next(g for g in ask.groups() if g) if ask is not None else "").lower()
    rates = [m for m in RATE.finditer(text) if (ask is None or m.start() < ask.start()
             or m.start() >= ask.end()) and not DAYS_A_WEEK.match(text, m.start())]
    days = DAYS_A_WEEK.search(text)
    way = WAY_AMOUNT.search(text)
    if not rates and days is not None and way is not None:
        value, unit, given = way.group(1), way.group(2).strip(), "day"  # a commute
        basis = f"{way.group(0)}"
    elif len(rates) == 1 and not MONEY.search(rates[0].group(0)):
        rate = rates[0]
        value, unit, given = rate.group(1), rate.group(2).strip(), rate.group(3).lower()
        basis = f"{rate.group(0)}"
    else:
        return None
    if given == asked:
        return None  # nothing to work out
    factor = _factor(given, asked)
    if factor is None:
        return None
    if EACH_WAY.search(text):
        factor *= 2
        basis += " × 2 (each way)"
    if days is not None and given in ("day", "night") and asked in ("week", "year"):
        factor = factor / 7 * int(days.group(1))  # only the days it happens
        basis += f", {days.group(0)}"
    total = _f(value) * factor
    if total <= 0:
        return None
    asked_unit = TIME_UNIT.search(ask.group(0)) if ask is not None else None
    given_unit = TIME_UNIT.fullmatch(unit)
    shown_in = ""
    if asked_unit is not None and given_unit is not None and \
            asked_unit.group(1).lower() != given_unit.group(1).lower():
        minutes = total * MINUTES[given_unit.group(1).lower()]  # "40 minutes … how many hours?"
        unit = asked_unit.group(0)
        total = minutes / MINUTES[asked_unit.group(1).lower()]
        shown_in = f", in {unit}"
    return Trip("total", total, unit, f"{_show(total)} {unit} a {asked}",
                f"{basis} → a {asked} (× {_show(factor)}){shown_in}")
