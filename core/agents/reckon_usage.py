"""What a use of fuel or electricity costs: so much per 100 km over a trip at a price a
litre (or kWh), and a meter's reading from one number to another at a price a unit.

- "EV uses 15.4 kWh per 100 km, electricity is £0.40 per kWh, what does a 333 km trip cost?"
  → 333 ÷ 100 × 15.4 × 0.40 = £20.51; "car does 5.9 l/100 km, diesel is €1.95 a litre,
  1019 km - fuel cost?" → €117.24;
- "meter went from 30498 to 31075 kWh, at 24.7p per kWh what's the bill in pounds?" → 577
  kWh × £0.247 = £142.52 (pence or cents are taken as hundredths).

The text is expanded and lower-cased; each kind needs its cue words and a cost ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
AMOUNT_UNIT = r"(l|litres?|liters?|kwh|gallons?|gal)"
DISTANCE = r"(km|kilomet(?:er|re)s?|miles?|mi)"
RATE = _c(rf"{NUM}\s*{AMOUNT_UNIT}\s*(?:per|/|every|for\s+(?:each|every))\s*(?:(\d+)\s*)?"
          rf"{DISTANCE}\b")
TRIP = _c(rf"(?<![\d.]){NUM}\s*{DISTANCE}\b(?!\s*(?:per|/|an?\s+(?:hour|h)\b|each\s+way))")
PRICE = _c(rf"([$€£¥])?\s?{NUM}\s*(p|c|cents?|pence)?\s*(?:a|an|per|/|for\s+(?:a|each|every|one)|"
           rf"each)\s*"
           rf"(l|litre|liter|kwh|gallon|gal|unit|m3|m³)\b")
COST_ASK = _c(r"\bcost\w*\b|\bhow\s+much\b|\bbill\b|\bprice\b|\bspend\b|\bpay\b")
METER = _c(rf"\bfrom\s+{NUM}\s*(?:kwh|units?)?\s+to\s+{NUM}\s*(kwh|units?|m3|m³)?")


def _unit_price(price: re.Match[str]) -> Fraction:
    value = _f(price.group(2))
    return value / 100 if price.group(3) else value


def _same(a: str, b: str) -> bool:
    a, b = a.lower()[:1], b.lower()[:1]
    return a == b or {a, b} <= {"l", "u"}


def trip_energy_cost(text: str) -> Reckoned | None:
    """A use per distance, a trip's distance and a price per unit used: the trip's cost."""
    rate, price = RATE.search(text), PRICE.search(text)
    if rate is None or price is None or not COST_ASK.search(text):
        return None
    if not _same(rate.group(2), price.group(4)):
        return None
    from core.agents.wordproblems import word_problem

    if word_problem(text) is not None:
        return None  # "… per 100 km … a litre, what will it cost?": the maths word problem
    trips = [m for m in TRIP.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if len(trips) != 1:
        return None
    per = Fraction(rate.group(3) or 1)
    if rate.group(4).lower()[:1] != trips[0].group(2).lower()[:1] or per <= 0:
        return None
    distance, use = _f(trips[0].group(1)), _f(rate.group(1))
    each = _unit_price(price)
    used = distance / per * use
    cost = used * each
    sign = price.group(1) or sign_of(text) or ("£" if price.group(3) in ("p", "pence") else "")
    unit = {"kwh": "kWh", "l": "litres", "litre": "litres", "liter": "liters", "gal": "gallons",
            "gallon": "gallons"}.get(rate.group(2).lower(), rate.group(2).lower())
    said = show(_f(price.group(2))) + price.group(3) if price.group(3) else money(each, sign)
    basis = (f"{show(distance)} ÷ {show(per)} × {show(use)} {unit} = {show(used)} {unit}; × "
             f"{said}")
    return Reckoned("cost", cost, SIGNS.get(sign, ""), basis,
                    text=f"{money(cost, sign)} ({show(used)} {unit})")


def meter_cost(text: str) -> Reckoned | None:
    """A meter's reading from one number to another at a price a unit: the bill."""
    meter, price = METER.search(text), PRICE.search(text)
    if meter is None or price is None or not COST_ASK.search(text) or RATE.search(text):
        return None
    if not re.search(r"\bmeter|\breading", text):
        return None
    used = _f(meter.group(2)) - _f(meter.group(1))
    if used <= 0:
        return None
    each = _unit_price(price)
    cost = used * each
    sign = price.group(1) or sign_of(text) or ("£" if price.group(3) in ("p", "pence") else "")
    unit = (meter.group(3) or price.group(4)).lower()
    unit = "kWh" if unit == "kwh" else unit
    said = show(_f(price.group(2))) + price.group(3) if price.group(3) else money(each, sign)
    basis = (f"{show(_f(meter.group(2)))} − {show(_f(meter.group(1)))} = {show(used)} {unit}; "
             f"× {said}")
    return Reckoned("bill", cost, SIGNS.get(sign, ""), basis,
                    text=f"{money(cost, sign)} ({show(used)} {unit})")


KINDS = (trip_energy_cost, meter_cost)
