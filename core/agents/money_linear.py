"""Money that is a fixed part plus so much per unit, read backwards or forwards.

- how many units a bill paid for: "27 a month plus 0.05 per text, the bill was 28.60, how
  many texts?" → 32; "taxi is 2.72 to start plus 1.55 per km, I paid 19.77, how far?" → 11
  km;
- how many sales cover fixed costs: "fixed costs 4,200, each sells for 53 and costs 21 to
  make, how many to break even?" → 132 (whole units, rounded up);
- the interest in a loan repaid by equal payments: "paying 1,904 a month for 25 years on a
  429,000 mortgage, how much interest in total?" → 142,200;
- loyalty points: "1 point per 10 spent, 100 points are worth 1, I spent 1,070 - what are my
  points worth?" → 1.07.

The text is expanded and lower-cased; each kind needs its cue words and its ask.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
CASH = rf"[$€£¥]?\s?{NUM}(?:\s*(?:dollars?|euros?|pounds?|bucks|quid))?"
UNIT = r"([a-z]+?)(?:es|s)?"
PER = _c(rf"{CASH}\s*(?:(?:per|an|a|each|every|for\s+(?:each|every|an|a))\s+|/\s*)(?:extra\s+|"
         rf"additional\s+)?{UNIT}\b")
FIXED_WORDS = (r"(?:to\s+start|start(?:ing)?\s+(?:fee|charge|price)|flat\s+(?:fee|rate)|flat|"
               r"base(?:\s+"
               r"(?:fee|charge|rate|price))?|fixed(?:\s+(?:fee|charge))?|standing\s+charge|"
               r"call[\s-]out(?:\s+fee)?|booking\s+fee|plus|\+|and|then|up\s*front|upfront)")
PAID = _c(rf"\b(?:paid|pay|bill\s+(?:was|is|came\s+to|comes\s+to|of)|total\s+(?:was|is|came\s+to|"
          rf"of)|"
          rf"came\s+to|comes\s+to|charged(?:\s+me)?|cost\s+me|fare\s+(?:was|is|came\s+to)|spent|"
          rf"was\s+charged|(?:it|that)\s+(?:was|cost))\s+(?:a\s+total\s+of\s+)?{CASH}")
COUNT_ASK = _c(r"\bhow\s+(?:many|far|long|much\s+(?:data|time|electricity|water|gas))\b|\bwhat\s+"
               r"(?:distance|number)\b")
SYMBOLS = {"kwh": "kWh", "gb": "GB", "mb": "MB", "tb": "TB", "kg": "kg", "l": "litres",
           "litre": "litres", "liter": "liters", "min": "minutes", "hr": "hours", "h": "hours",
           "m3": "m³", "unit": "units"}
TIME_UNITS = frozenset({"month", "week", "year", "day", "mo", "yr", "wk"})
DISTANCE = {"km": "km", "kilometre": "km", "kilometer": "km", "mile": "miles", "mi": "miles"}


def units_from_bill(text: str) -> Reckoned | None:
    """The units a total paid for, less a fixed part: (total − fixed) ÷ price per unit."""
    ask, paid = COUNT_ASK.search(text), PAID.search(text)
    if ask is None or paid is None:
        return None
    rates = [m for m in PER.finditer(text) if m.group(2).lower() not in TIME_UNITS
             and not m.start() <= paid.start(1) < m.end()]
    if len(rates) != 1:
        return None
    rate = rates[0]
    fixed = next((m for m in re.finditer(rf"{CASH}(?:\s+(?:a|per|each)\s+(?:month|week|year|"
                                         rf"day|trip|ride|visit|call))?\s*{FIXED_WORDS}\b", text)
                  if m.end(1) <= rate.start() and not paid.start() <= m.start(1) < paid.end()),
                 None) or next((m for m in re.finditer(
                     rf"\b(?:{FIXED_WORDS}|costs?|is)\s+(?:of\s+|is\s+)?{CASH}", text)
                     if not rate.start() <= m.start(1) < rate.end()
                     and not paid.start() <= m.start(1) < paid.end()), None)
    if fixed is None:
        return None
    base, per, total = _f(fixed.group(1)), _f(rate.group(1)), _f(paid.group(1))
    if per <= 0 or total < base:
        return None
    count = (total - base) / per
    unit = rate.group(2).lower()
    unit = DISTANCE.get(unit) or SYMBOLS.get(unit) or (
        unit if count == 1 else unit + ("es" if unit.endswith(("s", "x", "ch", "sh")) else "s"))
    sign = sign_of(text)
    basis = f"({money(total, sign)} − {money(base, sign)}) ÷ {money(per, sign)}"
    return Reckoned("how many", count, unit, basis)


COST_OF = _c(r"\bwhat\s+(?:does|would|will|did)\b[^.?!]*\bcost\b|\bhow\s+much\s+(?:for|is|would|"
             r"will|does|did)\b|\bwhat(?:'s|\s+is)\s+the\s+(?:fare|bill|charge|price|cost|total)\b|"
             r"\bcost\s+of\b|"
             r"\btotal\s+(?:cost|charge|bill|fare)\b")


def bill_for_units(text: str) -> Reckoned | None:
    """A fixed part plus a price per unit, for the number of units asked about."""
    if not COST_OF.search(text) or PAID.search(text) or COUNT_ASK.search(text):
        return None
    rates = [m for m in PER.finditer(text) if m.group(2).lower() not in TIME_UNITS]
    if len(rates) != 1:
        return None
    rate = rates[0]
    unit = rate.group(2).lower()
    names = {"hour": r"hours?|hrs?|h", "hr": r"hours?|hrs?|h", "km": r"km|kilomet\w+",
             "mile": r"miles?|mi"}.get(unit, rf"{re.escape(unit)}(?:e?s)?")
    used = next((m for m in re.finditer(rf"(?<![\d.]){NUM}[\s-]*(?:{names})\b", text, re.I)
                 if not rate.start() <= m.start() < rate.end()), None)
    fixed = next((m for m in re.finditer(rf"{CASH}\s*(?:{FIXED_WORDS})\b|\b(?:{FIXED_WORDS})\s+"
                                         rf"(?:of\s+|"
                                         rf"is\s+)?{CASH}", text)
                  if not rate.start() <= (m.start(1) if m.group(1) else m.start(2)) < rate.end()
                  and (used is None or not used.start() <= (m.start(1) if m.group(1) else
                                                            m.start(2)) < used.end())), None)
    if used is None or fixed is None:
        return None
    base = _f(fixed.group(1) or fixed.group(2))
    per, count = _f(rate.group(1)), _f(used.group(1))
    total = base + per * count
    sign = sign_of(text)
    basis = f"{money(base, sign)} + {money(per, sign)} × {show(count)}"
    return Reckoned("cost", total, SIGNS.get(sign, ""), basis, text=money(total, sign))


FIXED_COSTS = _c(rf"{CASH}\s+(?:of|in)\s+(?:fixed\s+)?(?:costs|overheads)\b|\b(?:fixed\s+(?:costs"
                 rf"?|overheads?|expenses?)|overheads?|rent\s+and\s+\w+|"
                 rf"set[\s-]?up\s+costs?|start[\s-]?up\s+costs?)\s+(?:are|is|of|=|:|come\s+to|"
                 rf"total)?\s*(?:about\s+)?{CASH}")
SELLS = _c(rf"\b(?:sells?\s+(?:\w+\s+){{0,2}}?(?:for|at)|sold\s+(?:\w+\s+){{0,2}}?(?:for|at)|"
           rf"selling\s+price\s+(?:is|of)?|price\s+(?:is|of)|priced\s+at|charge|revenue\s+of|sale\s+price\s+(?:is|of)?)\s*{CASH}")
MAKES = _c(rf"\b(?:costs?|cost\s+me|spend|variable\s+cost\s+(?:is|of)?|unit\s+cost\s+(?:is|of)?|"
           rf"material\w*\s+(?:is|are|cost)?)\s*{CASH}\s*(?:each\s+|per\s+\w+\s+|a\s+\w+\s+)?"
           rf"(?:to\s+(?:make|produce|build|buy|brew|bake|print|ship)|in\s+(?:materials|parts)|"
           rf"each|per\s+(?:unit|item|one|piece))|\b(?:variable|unit|marginal)\s+cost\s+(?:is|of|"
           rf"=|:)?"
           rf"\s*{CASH}")
EVEN_ASK = _c(r"\bbreak[\s-]?even\b|\bcover\s+(?:the\s+|my\s+|our\s+)?(?:fixed\s+)?costs\b")


def break_even(text: str) -> Reckoned | None:
    """Whole units to sell before sales less their cost cover the fixed costs."""
    if not EVEN_ASK.search(text):
        return None
    fixed, sells, makes = FIXED_COSTS.search(text), SELLS.search(text), MAKES.search(text)
    if fixed is None or sells is None or makes is None:
        return None
    cost = _f(next(g for g in makes.groups() if g))
    margin = _f(sells.group(1)) - cost
    if margin <= 0:
        return None
    costs = _f(fixed.group(1) or fixed.group(2))
    exact = costs / margin
    whole = math.ceil(exact)
    sign = sign_of(text)
    basis = (f"{money(costs, sign)} ÷ ({money(_f(sells.group(1)), sign)} − {money(cost, sign)})"
             f" = {show(exact)}" + (", rounded up" if exact != whole else ""))
    return Reckoned("to break even", Fraction(whole), "units" if whole != 1 else "unit", basis,
                    text=f"{whole:,} units (each brings in {money(margin, sign)} over its cost)")


PAYMENT = _c(rf"\b(?:pay(?:ing)?|repay(?:ing)?|payments?\s+(?:of|are|is)|instal+ments?\s+(?:of|are|"
             rf"is))\s+(?:back\s+)?{CASH}\s*(?:a|per|each|every|/)\s*(month|year|week)\b")
TERM = _c(r"\b(?:for|over)\s+(\d+)\s*(years?|months?)\b")
LOAN = _c(rf"\b(?:on|of|for|borrow(?:ed|ing)?|took\s+out)\s+(?:an?\s+|the\s+|my\s+)?{CASH}\s*"
          rf"(?:\w+\s+)?(?:mortgage|loan|debt|car\s+loan|credit)|\b(?:mortgage|loan|debt|borrowed"
          rf")\s+"
          rf"(?:of|is|was|for|=|:)?\s*{CASH}")
INTEREST_ASK = _c(r"\binterest\b")


def interest_in_payments(text: str) -> Reckoned | None:
    """Equal payments over a term less the amount borrowed: the interest paid."""
    if not INTEREST_ASK.search(text) or re.search(r"\d\s*(?:%|percent)", text):
        return None
    pay, term, loan = PAYMENT.search(text), TERM.search(text), LOAN.search(text)
    if pay is None or term is None or loan is None:
        return None
    each, every = _f(pay.group(1)), pay.group(2).lower()
    length, unit = _f(term.group(1)), term.group(2).lower().rstrip("s")
    per_year = {"month": 12, "week": 52, "year": 1}[every]
    count = length * per_year if unit == "year" else length * per_year / 12
    if count.denominator != 1:
        return None
    borrowed = _f(loan.group(1) or loan.group(2))
    paid = each * count
    if paid < borrowed:
        return None
    sign = sign_of(text)
    basis = (f"{money(each, sign)} × {show(count)} payments = {money(paid, sign)}; − "
             f"{money(borrowed, sign)}")
    return Reckoned("interest", paid - borrowed, SIGNS.get(sign, ""), basis,
                    text=f"{money(paid - borrowed, sign)} (paid back {money(paid, sign)} in all)")


EARN = _c(rf"\b{NUM}\s*points?\s+(?:for|per)\s+(?:every|each)?\s*{CASH}|\b{NUM}\s*points?\s+"
          rf"(?:a|per)\s+(?:dollar|euro|pound)")
WORTH = _c(rf"\b{NUM}\s*points?\s+(?:are|is|=|equals?|get(?:s)?\s+(?:you|me)|give(?:s)?\s+(?:you|"
           rf"me)|"
           rf"(?:are\s+)?worth|can\s+be\s+(?:swapped|exchanged|redeemed)\s+for)\s*(?:worth\s+)?"
           rf"{CASH}")
SPENT = _c(rf"\b(?:spent|spend|spending|bought|paid|purchases?\s+(?:of|totalling))\s+(?:a\s+total"
           rf"\s+"
           rf"of\s+)?{CASH}")


def points_worth(text: str) -> Reckoned | None:
    """What the loyalty points earned on an amount spent are worth (whole points)."""
    earn, worth = EARN.search(text), WORTH.search(text)
    if earn is None or worth is None or not re.search(r"\bworth\b|\bhow\s+much\b|\bvalue\b", text):
        return None
    spent = next((m for m in SPENT.finditer(text) if m.start() > earn.end() or m.end()
                  < earn.start()), None)
    if spent is None:
        return None
    points_each = _f(earn.group(1) or earn.group(3))
    per_spent = _f(earn.group(2)) if earn.group(2) else Fraction(1)
    block, value = _f(worth.group(1)), _f(worth.group(2))
    if per_spent <= 0 or block <= 0:
        return None
    points = math.floor(_f(spent.group(1)) / per_spent) * points_each
    cash = points * value / block
    sign = sign_of(text)
    basis = (f"{show(points)} points ({show(_f(spent.group(1)))} ÷ {show(per_spent)} × "
             f"{show(points_each)}) × {money(value, sign)} per {show(block)} points")
    return Reckoned("points worth", cash, SIGNS.get(sign, ""), basis,
                    text=f"{money(cash, sign)} ({show(points)} points)")


KINDS = (break_even, units_from_bill, interest_in_payments, points_worth, bill_for_units)
