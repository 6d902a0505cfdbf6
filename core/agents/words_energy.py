"""The energy an appliance uses from its power and the time it runs, and what that costs
when a price per kWh is given and the cost is asked.

"a 60 W bulb on for 5 hours, how many kWh?" → 0.3 kWh; "a 2 kW heater runs 3 hours a day
for 30 days: energy used?" → 180 kWh; "… at 0.28 a kWh, what does it cost?" → 180 kWh,
costing 50.40.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

POWER = _c(rf"{NUM}\s*(w|watts?|kw|kilowatts?)\b(?![\s-]*(?:h|hrs?|hours?)\b)")
HOURS = _c(rf"{NUM}\s*(hours?|hrs?|h|minutes?|mins?)\b(?!\s*(?:a|per|each|every)\s+"
           rf"(?:day|week|night))")
DAILY = _c(rf"{NUM}\s*(?:(?:peak|full|sun|of|sunshine|use|running)\s+){{0,2}}(hours?|hrs?|h|"
           rf"minutes?|mins?)\s*(?:(?:of\s+)?(?:sun|sunshine|use)\s+)?(?:a|per|each|every)\s+(day|night)\b")
DAYS = _c(rf"\b(?:for|over|across|in|per|a|each|every)\s+(?:a\s+)?(?:{NUM}[\s-]*)?(days?|weeks?|"
          rf"months?|years?)\b|(?<![\w.])(\d+)[\s-]*(days?|weeks?)\b(?!\s+(?:a|per)\b)")
ENERGY_ASK = _c(r"\bkwh\b|\bkilowatt[- ]hours?\b|\bwatt[- ]hours?\b|\bhow\s+much\s+(?:energy|"
                r"electricity|power)\b|\benergy\s+(?:use|used|usage|consumption)\b|\b(?:cost|price)\b")
PRICE = _c(rf"([$€£¥])?\s?{NUM}\s*(p|c|cents?|pence)?\s*(?:a|per|/|for\s+(?:a|each|every)|each)\s*"
           rf"(?:kwh|kilowatt[- ]hours?|unit)\b")
COST_ASK = _c(r"\bcost\w*\b(?!\s*(?:is|of|at|per|was)?\s*[$€£¥]?\s*\d)|\bhow\s+much\s+(?:money|"
              r"will\s+(?:it|that|this)\s+cost|does\s+(?:it|that)\s+cost)|\bspend\b|\bpay\b")
SPAN_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


CHARGE = _c(rf"{NUM}\s*(mah|ah)\b")
VOLTS = _c(rf"{NUM}\s*(?:v|volts?)\b")
WH_ASK = _c(r"\bwh\b|\bwatt[- ]?hours?\b")


def battery_energy(text: str) -> Trip | None:
    """"a 10000 mAh power bank at 3.7 V: how many Wh?" → 37 Wh (charge × voltage)."""
    charge, volts = CHARGE.search(text), VOLTS.search(text)
    if charge is None or volts is None or WH_ASK.search(text) is None:
        return None
    amp_hours = _f(charge.group(1)) / (1000 if charge.group(2).lower() == "mah" else 1)
    wh = amp_hours * _f(volts.group(1))
    if wh <= 0:
        return None
    return Trip("energy", wh, "Wh", f"{_show(wh)} Wh",
                f"{charge.group(0)} × {volts.group(0)} = {_show(amp_hours)} Ah × "
                f"{volts.group(1)} V")


def energy_use(text: str) -> Trip | None:
    """kWh from a power and a running time (and the cost, when priced and asked)."""
    if (stored := battery_energy(text)) is not None:
        return stored
    power = POWER.search(text)
    if power is None or ENERGY_ASK.search(text) is None:
        return None
    watts = _f(power.group(1)) * (1000 if power.group(2).lower().startswith("k") else 1)
    daily = DAILY.search(text)
    if daily is not None:
        hours = _f(daily.group(1)) / (60 if daily.group(2).lower().startswith("m") else 1)
        span = DAYS.search(text, daily.end()) or DAYS.search(text, 0, daily.start())
        days = Fraction(1)
        if span is not None:
            count, unit = (span.group(1), span.group(2)) if span.group(2) else (span.group(3),
                                                                              span.group(4))
            days = (_f(count) if count else Fraction(1)) * SPAN_DAYS[unit.lower().rstrip("s")]
        said = f"{daily.group(0)} × {_show(days)} days"
        hours *= days
    else:
        runs = [m for m in HOURS.finditer(text) if not power.start() <= m.start() < power.end()]
        if len(runs) != 1:
            return None
        hours = _f(runs[0].group(1)) / (60 if runs[0].group(2).lower().startswith("m") else 1)
        said = runs[0].group(0)
    kwh = watts * hours / 1000
    if kwh <= 0:
        return None
    shown = f"{_show(kwh)} kWh"
    price = PRICE.search(text)
    if price is not None and COST_ASK.search(text):
        each = _f(price.group(2)) / (100 if price.group(3) else 1)
        sign = price.group(1) or ""
        shown += f", costing {sign}{float(round(kwh * each, 2)):,.2f}"
    elif price is None and not re.search(r"kwh|kilowatt|watt[- ]hour|energy|electricity|power",
                                         text):
        return None  # a cost asked with no price: nothing to work out here
    return Trip("energy used", kwh, "kWh", shown, f"{power.group(0)} × {said}")
