"""A sum grown by a rate compounded at a stated frequency, or a charge on a growing balance.

- "$10,000 at 5% APR compounded monthly, balance after 7 years?" → 10,000 × (1 + 5%/12)^84;
- "4% compounded continuously for 16 years" → × e^(0.04 × 16);
- "quarterly", "daily", "weekly", "twice a year" compounding likewise;
- a charge on a growing balance: "a $820 bill with a 5% late fee each month it's unpaid, owed
  after 2 months?" → 820 × 1.05².

Only a single sum with no repayments or regular deposits; the text is expanded and
lower-cased.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
RATE = _c(rf"{NUM}\s*(?:%|percent\b|per\s*cent\b)")
FREQUENCY = ((r"continuous(?:ly)?", 0), (r"monthly|every\s+month|each\s+month|a\s+month", 12),
             (r"quarterly|every\s+quarter|each\s+quarter", 4),
             (r"daily|every\s+day|each\s+day", 365),
             (r"weekly|every\s+week|each\s+week", 52),
             (r"half[\s-]?yearly|semi[\s-]?annually|twice\s+a\s+year|every\s+6\s+months", 2),
             (r"annually|yearly|every\s+year|each\s+year|once\s+a\s+year", 1))
COMPOUNDED = _c(r"\bcompound(?:ed|ing|s)?\s+(" + "|".join(f for f, _ in FREQUENCY) + r")\b|\b("
                + "|".join(f for f, _ in FREQUENCY) + r")\s+compound(?:ed|ing)?\b")
CHARGE = _c(rf"{NUM}\s*(?:%|percent\b|per\s*cent\b)\s*(?:late\s+)?(?:fee|charge|interest|"
            rf"penalty)\s+(?:is\s+)?(?:charged\s+|added\s+|applied\s+)?(?:each|every|a|per)\s+(month|week|day|year)")
GROWING = _c(r"\b(?:growing|new|whole|running|current|unpaid)\s+balance\b|\bcompound\w*\b|"
             r"\bon\s+top\s+of\s+(?:the\s+)?(?:last|previous)\b")
SPAN = _c(rf"\b(?:after|for|in|over|within)\s+(?:another\s+)?{NUM}\s+(years?|months?|weeks?|"
          rf"days?)\b")
ASK = _c(r"\b(?:balance|value|worth|owed?|owing|how\s+much|what|total|grow|end\s+up|have)\b")
NOT_HERE = _c(r"\b(?:repay\w*|payments?|instal(?:l)?ments?|mortgage\s+payment|deposit(?:s|ing)?\s+"
              r"(?:each|every|a)|contribut\w*|add(?:ing)?\s+\d|save\s+\d|how\s+(?:many|long)|"
              r"double|triple|rate\s+of\s+72|put(?:ting)?|(?:end|start|beginning)\s+of\s+(?:each|"
              r"every))\b")
PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 365}



def _frequency(said: str) -> int:
    return next(n for pattern, n in FREQUENCY if re.fullmatch(pattern, said))


def compounded(text: str) -> Reckoned | None:
    """A single sum after compounding, or after a charge on the growing balance."""
    if NOT_HERE.search(text) or not ASK.search(text) or text.count("?") > 1:
        return None
    rates, span = list(RATE.finditer(text)), SPAN.search(text)
    if len(rates) != 1 or span is None:
        return None
    rate = rates[0]
    charge, freq = CHARGE.search(text), COMPOUNDED.search(text)
    used = [rate.span(), span.span()]
    amounts = [m for m in re.finditer(NUM, text) if not any(a <= m.start() < b for a, b in used)]
    if len(amounts) != 1:
        return None
    start = _f(amounts[0].group(1))
    r = _f(rate.group(1)) / 100
    length, unit = _f(span.group(1)), span.group(2).rstrip("s")
    sign = sign_of(text)
    if charge is not None and GROWING.search(text) and freq is None:
        period = charge.group(2)
        if unit != period or length.denominator != 1:
            return None
        value = start * (1 + r) ** int(length)
        basis = f"{show(start)} × (1 + {rate.group(1)}%)^{int(length)}"
        return Reckoned("owed", value, SIGNS.get(sign, ""), basis, text=money(value, sign))
    if freq is None:
        return None
    times = _frequency(re.sub(r"\s+", " ", freq.group(1) or freq.group(2)))
    years = length / PER_YEAR[unit]
    if times == 0:
        grown = float(start) * math.exp(float(r) * float(years))
        value = Fraction(Decimal(repr(grown)))
        basis = f"{show(start)} × e^({rate.group(1)}% × {show(years)})"
    else:
        periods = years * times
        if periods.denominator != 1:
            return None
        value = start * (1 + r / times) ** int(periods)
        basis = f"{show(start)} × (1 + {rate.group(1)}% ÷ {times})^{int(periods)}"
    return Reckoned("balance", value, SIGNS.get(sign, ""), basis, text=money(value, sign))


def compounded_once(text: str) -> Reckoned | None:
    """:func:`compounded`, left to the maths word-problem reader when it reads it the same."""
    found = compounded(text)
    if found is None or re.search(r"\bapr\b|\bloan\b|\bborrow", text):
        return found  # the loan reader would take it for a repayment
    from core.agents.money_roles import worded_value

    worded = worded_value(text)
    return None if worded is not None and round(worded, 2) == round(found.value, 2) else found


KINDS = (compounded_once,)
