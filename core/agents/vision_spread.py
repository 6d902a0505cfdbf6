"""A listed amount over a period, and what is left of an allowance spread over the days.

- a monthly line the question names, over a year or a week ("if I cancel Disney+, how much
  do I save in a year?", "yearly saving from dropping the gym");
- what is left of an allowance read "X of Y" per day until it resets ("how many GB a day
  can I use until it resets?").
"""

from __future__ import annotations

import re

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money, plain
from core.agents.vision_table import Row, bind, table, term_row

YEAR = ci(r"\b(?:a|per|each|every|in\s+a|over\s+a|the)\s+year\b|\byearly\b|\bannual(?:ly)?\b|"
          r"\b12\s+months\b")
DROP = ci(r"\b(?:cancel\w*|drop\w*|stop\w*|ditch\w*|get\s+rid\s+of|cut\w*|quit\w*|without|"
          r"unsubscrib\w*|end\w*)\b")
SAVE = ci(r"\bsav(?:e|es|ed|ing|ings)\b|\bhow\s+much\b")
PER_DAY = ci(r"\b(?:a|per|each|every)\s+day\b|\bdaily\b|\bday\s+by\s+day\b")
UNTIL = ci(r"\b(?:until|till|before|to)\s+(?:it\s+|the\s+|my\s+)?(?:reset|renew|end|run)\w*\b|"
           r"\bleft\b|\bremaining\b|\bspare\b")


def yearly_saving(question: str, text: str) -> list[Answer]:
    """A monthly line the question drops, over a year."""
    if not (YEAR.search(question) and DROP.search(question) and SAVE.search(question)):
        return []
    rows = [r for r in table(text) if r.currency]
    if len(rows) < 2:
        return []
    named = _named_row(question, rows)
    if named is None:
        return []
    yearly = named.value * 12
    return [(f"That saves **{money(yearly, named.currency)}** a year ("
             f"{money(named.value, named.currency)} × 12).", float(yearly))]


def _named_row(question: str, rows: list[Row]) -> Row | None:
    found = {id(row): row for word in re.findall(r"[a-z][a-z+]*", question.lower())
             if len(word.strip("+")) >= 3 and (row := bind([word.strip("+")], rows)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def left_per_day(question: str, text: str) -> list[Answer]:
    """What is left of an allowance per day over the days the image gives."""
    if not (PER_DAY.search(question) and UNTIL.search(question)):
        return []
    rows = table(text)
    days = [r for r in rows if r.unit == "days"]
    units = {r.unit for r in rows if r.unit and r.unit != "days"}
    asked = [u for u in units if re.search(rf"\b{re.escape(u)}\b", question, re.I)]
    left = term_row(["left", *asked], rows) if asked else term_row(["left"], rows)
    if len(days) != 1 or left is None or not days[0].value:
        return []
    each = left.value / days[0].value
    unit = left.unit.upper() if left.unit in ("gb", "mb") else left.unit
    shown = money(each, left.currency) if left.currency else f"{plain(each)} {unit}".strip()
    return [(f"That is **{shown}** a day ({plain(left.value)} left ÷ {plain(days[0].value)} "
             f"days).", float(each))]



RETURNS = ci(r"(?<![\w.])(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
             r"return\s+(?:trips?|journeys?|tickets?|fares?)\b")
ONE_WAY = ci(r"\b(?:each\s+way|one[-\s]way|single)\b")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def return_trips(question: str, text: str) -> list[Answer]:
    """Return trips at a one-way fare: each return is the fare both ways."""
    asked = RETURNS.search(question)
    if asked is None or not ONE_WAY.search(question):
        return []
    fares = [r for r in table(text) if r.currency]
    if len(fares) != 1:
        return []
    count = int(asked.group("n")) if asked.group("n").isdigit() else COUNTS[
        asked.group("n").lower()]
    total = fares[0].value * 2 * count
    return [(f"That comes to **{money(total, fares[0].currency)}** ({count} × 2 × "
             f"{money(fares[0].value, fares[0].currency)}).", float(total))]


SERVES = ci(r"\b(?:serves|servings?|portions?|makes|for|people|persons?)\b")
FOR_COUNT = ci(r"\bfor\s+(?P<n>\d{1,3})(?:\s+(?:servings?|portions?|people|persons?|guests?|"
               r"of\s+us))?\b|(?P<m>\d{1,3})\s+(?:servings?|portions?|people|persons?|guests?)\b")


def recipe_scaled(question: str, text: str) -> list[Answer]:
    """A recipe's ingredient the question names, scaled from the servings the image gives
    to the servings asked."""
    rows = table(text)
    serves = [r for r in rows if not r.currency and SERVES.search(" ".join(r.label)) and
              not r.unit and r.value == int(r.value) and r.value > 0]
    wanted = FOR_COUNT.search(question)
    if len(serves) != 1 or wanted is None:
        return []
    target = int(wanted.group("n") or wanted.group("m"))
    named = _named_row(question, [r for r in rows if r is not serves[0] and r.unit])
    if named is None or target == serves[0].value:
        return []
    value = named.value * target / serves[0].value
    return [(f"For {target}: **{plain(value)} {named.unit}** of {' '.join(named.label)} "
             f"({plain(named.value)} {named.unit} × {target} ÷ {plain(serves[0].value)}).",
             float(value))]
