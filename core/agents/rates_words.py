"""Rates in word problems: the fuel cost of a trip and growth or decline at a steady rate.

- the fuel cost of a trip: litres per 100 km, km per litre or miles per gallon, with a
  price per litre or gallon ("600 km, 15 km per litre, petrol 1.80 a litre" →
  ``(600) / 15 * 1.80``);
- growth or decline over whole periods ("a car worth 20,000 depreciates 15% per year,
  value after 3 years?" → ``20000 * (1 - 15/100)^3``).

The text is already expanded and lower-cased; each kind needs its own cue words.
"""

from __future__ import annotations

import re

from core.agents.money_words import MONEY, NUM, PCT, Priced, plain_amounts
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

# --- fuel cost ---------------------------------------------------------------------------------

KM = r"(?:km|kms|kilomet(?:er|re)s?)"
MI = r"(?:miles?|mi)"
LITRE = r"(?:l|ltrs?|litres?|liters?)"
GALLON = r"(?:gallons?|gal)"
PER_100 = _c(rf"{NUM}\s*{LITRE}\s*(?:per|/|every|for\s+(?:each|every)|each|a)\s*100\s*{KM}|"
             rf"{NUM}\s*{LITRE}\s*/\s*100\s*{KM}")
KM_PER_L = _c(rf"{NUM}\s*{KM}\s*(?:per|/|to\s+the|a|an|on\s+a|from\s+a)\s*{LITRE}\b")
MPG = _c(rf"{NUM}\s*(?:mpg|{MI}\s*(?:per|/|to\s+the|a|on\s+a)\s*{GALLON})\b")
DIST = _c(rf"{NUM}\s*({KM}|{MI})\b(?!\s*(?:per|/|to\s+the|an?\s+(?:l|litre|liter|gallon)))")
PRICE_PER = _c(rf"{MONEY}\s*(?:a|an|per|/|for\s+(?:a|one|each|every)|each|every)\s*({LITRE}|"
               rf"{GALLON})\b")
PRICE_SAID = _c(rf"\b(?:fuel|petrol|gas|diesel|gasoline)\s+(?:is|costs?|at|price\s+(?:is|of))"
                rf"\s+{MONEY}")
GALLON_L = "3.785411784"
MILE_KM = "1.609344"


def _fuel(text: str) -> Priced | None:
    price = PRICE_PER.search(text) or PRICE_SAID.search(text)
    if price is None or not re.search(r"\b(?:cost|spend|pay|how\s+much|price|budget)\b", text):
        return None
    use = PER_100.search(text) or KM_PER_L.search(text) or MPG.search(text)
    if use is None:
        return None
    trips = [m for m in DIST.finditer(text) if not use.start() <= m.start() < use.end()]
    if not trips:
        return None
    distance, unit = _n(trips[0].group(1)), trips[0].group(2)
    km = distance if unit.startswith("k") else f"{distance} * {MILE_KM}"
    miles = distance if not unit.startswith("k") else f"{distance} / {MILE_KM}"
    consumption = _n(use.group(1) or use.group(2)) if use.re is PER_100 else _n(use.group(1))
    cost = _n(price.group(1))
    per_gallon = price.re is PRICE_PER and price.group(2).lower().startswith("gal")
    if use.re is MPG:
        fuel = f"({miles}) / {consumption}"
        return Priced(f"{fuel} * {cost}" if per_gallon else f"{fuel} * {GALLON_L} * {cost}", True)
    fuel = f"({km}) * {consumption} / 100" if use.re is PER_100 else f"({km}) / {consumption}"
    return Priced(f"{fuel} / {GALLON_L} * {cost}" if per_gallon else f"{fuel} * {cost}", True)


# --- growth or decline at a steady rate ---------------------------------------------------------

STEADY = _c(rf"\b(gr[eo]ws?|growing|increases?|increasing|rises?|rising|goes\s+up|appreciates?|"
            rf"shrinks?|shrinking|decreases?|decreasing|falls?|falling|drops?|dropping|declines?|"
            rf"declining|depreciates?|depreciating|loses?|losing)\s+(?:by\s+|at\s+)?(?:about\s+)?"
            rf"{PCT}\s*(?:a|per|each|every)\s+(year|month|week|day)\b|\b{PCT}\s+(?:annual|yearly|"
            rf"a\s+year)\s+(growth|decline|depreciation|increase|decrease)\b")
PERIODS = _c(rf"\b(?:in|after|over|for|within)\s+{NUM}\s*(years?|months?|weeks?|days?)\b")


def _growth(text: str) -> Priced | None:
    """"1.2 million, growing 2% a year: in 3 years?" → ``1200000 * (1 + 2/100)^3``."""
    steady = STEADY.search(text)
    span = PERIODS.search(text)
    if steady is None or span is None or re.search(r"\binterest\b", text):
        return None
    rate = steady.group(2) or steady.group(4)
    unit = (steady.group(3) or "year")[:3]
    if not span.group(2).startswith(unit[:3]):
        return None  # "2% a year … in 18 months": not a whole number of periods
    falling = re.match(r"shr|dec|fal|dro|dep|los", steady.group(1) or steady.group(5) or "")
    start = plain_amounts(text, [(steady.start(), steady.end()), (span.start(), span.end())])
    if not start or float(_n(span.group(1))) > 200:
        return None
    sign = "-" if falling else "+"
    money = bool(re.search(r"[$€£¥]|\b(?:worth|value|price|cost|salary|savings)\b", text))
    return Priced(f"{_n(start[0].group(1))} * (1 {sign} {_n(rate)}/100)^{_n(span.group(1))}",
                  money)


def rated(text: str) -> Priced | None:
    """The calculation a rate word problem asks for, or None."""
    if len(text) > 600:
        return None
    return _fuel(text) or _growth(text)
