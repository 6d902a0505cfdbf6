"""Pay made of a base and a commission: "earns a base of $3600 a month plus 6% commission
on sales above $20,000. sales this month were $25,500. total pay?" → 3600 + 6% × (25,500 −
20,000); without a threshold, the commission is on all the sales ("$500 a week plus 5% of
her sales; she sold $8,000 worth").

The text is already expanded and lower-cased; a question about the pay is needed.
"""

from __future__ import annotations

from decimal import Decimal

from core.agents.money_words import Priced
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

M = r"[$€£¥]?\s?(\d[\d,]*(?:\.\d+)?)(?![\d.,]\d)\s?(k\b|thousand\b)?"
BASE = _c(rf"\b(?:base|basic|retainer|salary|wage|fixed|flat)\s*(?:pay|salary|wage|rate|amount)?\s*"
          rf"(?:of|is|=|:)?\s*{M}|{M}\s+(?:a|per|each)\s+(?:month|week|year|day)\s+(?:base|basic)?\s*"
          rf"(?:pay|salary|wage)?\s*(?:plus|\+|and)")
RATE = _c(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)\s*(?:commission|of\s+(?:all\s+)?"
          r"(?:her|his|their|my|the|your)?\s*sales)")
ABOVE = _c(rf"\b(?:above|over|beyond|exceeding|in\s+excess\s+of|past)\s+{M}")
SALES = _c(rf"\b(?:sales|sold|sells|selling)\b[^.?!\d$€£¥]{{0,30}}?(?:were|was|of|are|is|totalled|"
           rf"totaled|came\s+to|reached|=|:|worth)?\s*{M}|\bsold\s+{M}")
ASK = _c(r"\b(?:total|whole|gross|overall)?\s*(?:pay|earnings|income|salary|wage)\b[^.]*\?|"
         r"\bhow\s+much\b[^.?!]*\b(?:earn|make|paid|get)\b|\bwhat\s+(?:does|did|will)\s+\w+\s+"
         r"(?:earn|make|take\s+home)\b|\b(?:total|gross)\s+pay\b")


def _amount(number: str, scale: str | None) -> str:
    value = Decimal(_n(number)) * (1000 if scale else 1)
    return format(value.normalize(), "f")


def commission_pay(text: str) -> Priced | None:
    """A base plus a commission on sales (above a threshold, if one is given), or None."""
    if "commission" not in text and "sales" not in text:
        return None
    rate, base = RATE.search(text), BASE.search(text)
    if rate is None or base is None or not ASK.search(text):
        return None
    above = ABOVE.search(text, rate.end())
    rest = text[above.end():] if above is not None else text[rate.end():]
    sales = SALES.search(rest)
    if sales is None:
        return None
    pay = _amount(base.group(1), base.group(2)) if base.group(1) else _amount(base.group(3),
                                                                              base.group(4))
    sold = _amount(sales.group(1), sales.group(2)) if sales.group(1) else _amount(
        sales.group(3), sales.group(4))
    share = f"{rate.group(1)}/100"
    if above is not None:
        floor = _amount(above.group(1), above.group(2))
        if Decimal(sold) <= Decimal(floor):
            return Priced(pay, True)  # no sales above the threshold: the base alone
        return Priced(f"{pay} + {share} * ({sold} - {floor})", True)
    return Priced(f"{pay} + {share} * {sold}", True)
