"""Prices made of a fixed part and a part per item, hour or head.

- a count at a price plus fees: "2 tickets at 45.22 plus a 4.68 service fee each and a 4.66
  order fee" → 2 × (45.22 + 4.68) + 4.66 = 104.46 (a fee "each" or "per ticket" is paid
  for every one, any other fee once); "672 per credit plus a 261 fee, I'm taking 13
  credits" → 8,997;
- the hours (days, visits …) a bill paid for: "63 for the callout plus 71 an hour, the bill
  was 276, how many hours?" → (276 − 63) ÷ 71 = 3 hours;
- the cost per person of a fixed cost and a cost per head: "venue 699 flat, catering 29.93
  per head, 78 guests, cost per person?" → (699 + 29.93 × 78) ÷ 78 = 38.89.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import NUM, SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

CUR = r"[$€£¥]?\s?"
ASKED = _c(r"\?|\b(?:how\s+much|what|total|altogether|calculate|work\s+out|tell\s+me)\b")

# --- a count at a price plus fees -------------------------------------------------------------

FEE_WORD = r"(?:fees?|charges?|surcharges?|delivery|shipping|postage)"
FEE = _c(rf"{CUR}{NUM}\s+(?:[a-z-]+\s+){{0,2}}?{FEE_WORD}\b|\b{FEE_WORD}\s+(?:of|is|was|at|:)\s*"
         rf"{CUR}{NUM}")
FEE_EACH = _c(r"\s*(?:each|apiece|a\s+piece|per\s+(?!order\b|booking\b|transaction\b|"
              r"month\b|year\b)[a-z]+|an?\s+(?:ticket|item|head|person|seat|piece|credit|night|"
              r"unit|pass|bag|box))\b")
COUNT_AT = _c(rf"(?<![\d.,])(\d+)\s+((?:[a-z'-]+\s+){{0,3}}?)(?:at|@|costing|priced\s+at|for)\s+"
              rf"{CUR}{NUM}(\s*(?:each|apiece|a\s+piece|per\s+[a-z]+|an?\s+[a-z]+))?")
PRICE_PER = _c(rf"{CUR}{NUM}\s*(?:per|an?|each|/)\s*([a-z]+)\b")
PLUS = _c(r"\b(?:plus|and|with|\+|on\s+top|also|then)\b")
TOTAL_ASK = _c(r"\btotal\b|\baltogether\b|\bin\s+all\b|\bhow\s+much\b|\bwhat\s+(?:do|will|would|"
               r"does|did|is|'s)\b[^.?!]*\b(?:pay|cost|owe|come\s+to|bill)\b|\bcost\b[^.?!]*\?|"
               r"\bbill\b[^.?!]*\?")


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _fees(text: str, skip: tuple[int, int]) -> tuple[Fraction, Fraction, list[str]] | None:
    """The fees paid for each item and those paid once, with how each was read."""
    each, once, said = Fraction(0), Fraction(0), []
    for fee in FEE.finditer(text):
        if skip[0] <= fee.start() < skip[1]:
            continue
        value = _f(fee.group(1) or fee.group(2))
        if FEE_EACH.match(text, fee.end()):
            each += value
            said.append(f"{show(value)} each")
        else:
            once += value
            said.append(f"{show(value)} once")
    return (each, once, said) if said else None


def count_plus_fees(text: str) -> Reckoned | None:
    """A number of things at a price each, plus fees per thing or once."""
    if not PLUS.search(text) or not TOTAL_ASK.search(text) or not re.search(
            r"\b(?:fees?|charges?|surcharges?|delivery|shipping|postage)\b", text):
        return None
    found = _count_at(text)
    if found is None:
        return None
    count, price, span = found
    fees = _fees(text, span)
    if fees is None or count <= 0:
        return None
    each, once, said = fees
    total = count * (price + each) + once
    sign = sign_of(text)
    basis = f"{show(count)} × ({show(price)}" + (f" + {show(each)}" if each else "") + ")" + (
        f" + {show(once)}" if once else "") + f" (fees: {', '.join(said)})"
    return Reckoned("total", total, SIGNS.get(sign, ""), basis, text=money(total, sign))


def _count_at(text: str) -> tuple[Fraction, Fraction, tuple[int, int]] | None:
    at = COUNT_AT.search(text)
    if at is not None and (at.group(3) or not re.search(r"\bfor\s*$", text[:at.start(2) + len(
            at.group(2)) + 4])) and not re.search(FEE_WORD, at.group(2) or ""):
        return Fraction(int(at.group(1))), _f(at.group(3)), at.span()
    for per in PRICE_PER.finditer(text):
        unit = _stem(per.group(2))
        if unit in ("hour", "hr", "month", "year", "week", "day", "order", "booking"):
            continue
        count = re.search(rf"(?<![\d.,$€£])(\d+)\s+(?:[a-z]+\s+)?{re.escape(unit)}s?\b", text)
        if count is not None and not per.start() <= count.start() < per.end():
            return Fraction(int(count.group(1))), _f(per.group(1)), per.span()
    return None


# --- the hours a bill paid for ------------------------------------------------------------------

UNITS = r"(hours?|hrs?|days?|nights?|visits?|sessions?|lessons?|km|miles?|weeks?|months?)"
FIXED = _c(rf"{CUR}{NUM}\s+(?:(?:for|as)\s+(?:the\s+|a\s+)?)?(?:call[\s-]?out|flat|fixed|base|"
           rf"booking|standing|set[\s-]?up|visit|service|joining|sign[\s-]?up|entry|admin|"
           rf"arrangement)(?:\s+(?:fee|charge|rate|cost))?\b|\b(?:call[\s-]?out|flat|fixed|base|"
           rf"booking|set[\s-]?up|joining|sign[\s-]?up|admin)\s+(?:fee|charge|rate|cost)\s+(?:of"
           rf"|is|"
           rf"was|:)?\s*{CUR}{NUM}")
RATE = _c(rf"{CUR}{NUM}\s*(?:an?|per|/|each|every|for\s+each)\s*{UNITS}\b")
BILL = _c(rf"\b(?:bill|total|invoice|charge[ds]?|paid|cost|came\s+to|spent|owed?)\s+(?:was|is|"
          rf"came\s+to|of|me|him|her|us|them|:|=|in\s+total|altogether)?\s*(?:was\s+|of\s+)?{CUR}"
          rf"{NUM}")
UNITS_ASK = _c(rf"\bhow\s+(?:many\s+{UNITS}|long)\b")


def units_from_bill(text: str) -> Reckoned | None:
    """The hours (or days, visits …) a bill of a fixed part and a rate paid for."""
    ask = UNITS_ASK.search(text)
    if ask is None or (fixed := FIXED.search(text)) is None:
        return None
    rate = next((m for m in RATE.finditer(text) if not fixed.start() <= m.start() < fixed.end()),
                None)
    if rate is None:
        return None
    bill = next((m for m in BILL.finditer(text) if not (
        fixed.start() <= m.start(1) < fixed.end() or rate.start() <= m.start(1) < rate.end())),
                None)
    if bill is None:
        return None
    base, each, paid = _f(fixed.group(1) or fixed.group(2)), _f(rate.group(1)), _f(bill.group(1))
    if each <= 0 or paid < base or paid == each or paid == base:
        return None
    unit = _stem(ask.group(1) or rate.group(2))
    unit = {"hr": "hour", "mile": "mile"}.get(unit, unit)
    value = (paid - base) / each
    shown = f"{show(value)} {unit}{'' if value == 1 or unit == 'km' else 's'}"
    return Reckoned(f"{unit}s", value, unit, f"({show(paid)} − {show(base)}) ÷ {show(each)} per "
                    f"{unit}", text=shown)


# --- the cost per person of a fixed cost and a cost per head -----------------------------------

HEAD = r"(?:head|person|guest|attendee|pax|plate|cover|kid|child|student|people)"
PER_HEAD = _c(rf"{CUR}{NUM}\s*(?:an?|per|/|each|for\s+each)\s*{HEAD}\b|{CUR}{NUM}\s*pp\b")
PEOPLE = _c(r"(?<![\d.,$€£])(\d+)\s+(?:guests|people|persons|attendees|kids|children|students|"
            r"members|players|diners|of\s+us|participants|delegates)\b")
HEAD_ASK = _c(rf"\b(?:per|a|each)\s+{HEAD}\b[^.!]*\?|\b(?:cost|price|spend)\s+(?:per|a|for\s+each)"
              rf"\s+{HEAD}\b|\beach\s+(?:person|guest)\b[^.!]*\b(?:pay|cost|owe|share)\b|\bwhat"
              rf"\s+does"
              rf"\s+each\b")
FLAT = _c(rf"{CUR}{NUM}\s*(?:flat|fixed|in\s+total|all\s+in|to\s+(?:hire|rent|book))\b|\b(?:costs?|"
          rf"is|hire|rent(?:al)?|fee|charges?|booking)\s+(?:of\s+|is\s+|costs?\s+)?{CUR}{NUM}"
          rf"(?!\s*(?:an?|per|/|each|for\s+each|pp)\b)")


def cost_per_head(text: str) -> Reckoned | None:
    """A fixed cost and a cost per head shared by the people who come."""
    ask = HEAD_ASK.search(text)
    if ask is None or (per := PER_HEAD.search(text)) is None:
        return None
    people = PEOPLE.search(text)
    if people is None:
        return None
    fixed = next((m for m in FLAT.finditer(text) if not per.start() <= m.start() < per.end()
                  and not people.start() <= m.start() < people.end()), None)
    if fixed is None:
        return None
    count, base, each = Fraction(int(people.group(1))), _f(fixed.group(1) or fixed.group(2)), \
        _f(per.group(1) or per.group(2))
    if count <= 0:
        return None
    total = base + each * count
    sign = sign_of(text)
    return Reckoned("per person", total / count, SIGNS.get(sign, ""),
                    f"({show(base)} + {show(each)} × {show(count)}) ÷ {show(count)} = "
                    f"{show(total)} ÷ {show(count)}",
                    text=f"{money(total / count, sign)} per person (total {money(total, sign)})")


# --- a shared trip's running cost per person -----------------------------------------------------

RIDERS = _c(r"(?<![\d.,$€£])(\d+)\s+(?:of\s+us|people|friends|colleagues|riders|passengers)"
            r"\b[^.?!]*"
            r"\b(?:car\s*pool|share|split|ride|drive|travel)\w*")
LEG = _c(rf"(?<![\d.]){NUM}\s*(km|miles?|mi)\s+(each\s+way|one\s+way|a\s+day|per\s+day|round\s+"
         rf"trip|return)")
DAYS = _c(r"\b(\d)\s+days?\s+(?:a|per|each|every)\s+week\b")
PER_DISTANCE = _c(rf"{CUR}{NUM}\s*(?:per|a|an|/|for\s+each)\s*(?:km|kilomet(?:er|re)|mile|mi)\b")
SHARE_ASK = _c(r"\b(?:each|per)\s+(?:person|one|of\s+us|head)\b|\b(?:my|each\s+person'?s?|"
               r"everyone'?s?)\s+(?:share|part|cost)\b")


def trip_share(text: str) -> Reckoned | None:
    """The running cost of a shared commute, per person per week."""
    if (ask := SHARE_ASK.search(text)) is None or (riders := RIDERS.search(text)) is None:
        return None
    leg, rate = LEG.search(text), PER_DISTANCE.search(text)
    if leg is None or rate is None or ask is None:
        return None
    distance = _f(leg.group(1)) * (2 if "way" in leg.group(3) else 1)
    days = DAYS.search(text)
    count = int(days.group(1)) if days else 1
    people = int(riders.group(1))
    if people <= 0:
        return None
    cost = distance * count * _f(rate.group(1))
    sign = sign_of(text)
    twice = " × 2" if "way" in leg.group(3) else ""
    basis = (f"{show(_f(leg.group(1)))} {leg.group(2)} {leg.group(3)}{twice} × {count} days × "
             f"{show(_f(rate.group(1)))} = {show(cost)}, ÷ {people}")
    period = " a week" if days else ""
    return Reckoned("each person's share", cost / people, SIGNS.get(sign, ""), basis,
                    text=f"{money(cost / people, sign)} each{period} (of {money(cost, sign)})")


KINDS = (count_plus_fees, units_from_bill, cost_per_head, trip_share)
