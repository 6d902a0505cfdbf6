"""Charges in tiers: a price per unit up to a limit and another above it, or tax bands.

- a tiered price: "water costs 1.05 per m³ for the first 15 m³ and 3.29 per m³ after that,
  I used 18 m³" → 15 × 1.05 + 3 × 3.29 = 25.62 (as many tiers as are told, "up to 100 kWh",
  "the next 200", "above that");
- tax bands: "first 12,000 tax-free, 20% up to 50,000, 40% above that. tax on 57000?" →
  38,000 × 20% + 7,000 × 40% = 10,400.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.money_reckon import NUM, SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

CUR = r"[$€£¥]?\s?"
UNIT = r"(m³|m3|cubic\s+met(?:er|re)s?|kwh|units?|litres?|liters?|gallons?|gb|minutes?|mins?|kg|" \
       r"miles?|km|hours?|texts?|therms?)"
# "1.05 per m³ for the first 15 m³", "0.30 a kWh up to 100 kWh", "3.29 per m³ after that"
TIER = _c(rf"{CUR}{NUM}\s*(?:per|a|an|/|each)\s*{UNIT}\s*(?:(?:for|on)\s+(?:the\s+)?(first|next)\s+"
          rf"{NUM}\s*{UNIT}?|up\s+to\s+{NUM}|(after\s+that|above\s+that|beyond\s+that|thereafter|"
          rf"over\s+that|for\s+the\s+rest|for\s+(?:anything|everything|any)\s+(?:more|above|over|"
          rf"beyond)(?:\s+that)?|above|over|beyond|after))")
USED = _c(rf"\b(?:used|use|using|consumed|burn(?:ed|t)?|drove|sent|need)\s+(?:about"
          rf"\s+)?{NUM}\s*{UNIT}|"
          rf"(?<![\d.]){NUM}\s*{UNIT}\s+(?:used|this\s+(?:month|quarter|year))")
BILL_ASK = _c(r"\b(?:bill|cost|charge|pay|total|how\s+much|owe)\b")


def tiered_price(text: str) -> Reckoned | None:
    """Units priced in tiers: each tier's units at its own price."""
    tiers = list(TIER.finditer(text))
    if len(tiers) < 2 or not BILL_ASK.search(text):
        return None
    used = next((m for m in USED.finditer(text)
                 if not any(t.start() <= m.start(1 if m.group(1) else 3) < t.end() for t in tiers)),
                None)
    if used is None:
        return None
    amount = _f(used.group(1) or used.group(3))
    left, floor, total, parts = amount, Fraction(0), Fraction(0), []
    for tier in tiers:
        price = _f(tier.group(1))
        if tier.group(3) == "next" or tier.group(3) == "first":
            size = _f(tier.group(4))
        elif tier.group(6):
            size = _f(tier.group(6)) - floor
        else:
            size = left  # the rest
        take = min(left, max(size, Fraction(0)))
        if take > 0:
            total += take * price
            parts.append(f"{show(take)} × {show(price)}")
        left -= take
        floor += size
        if left <= 0:
            break
    if left > 0 or not parts:
        return None
    sign = sign_of(text)
    return Reckoned("bill", total, SIGNS.get(sign, ""), " + ".join(parts),
                    text=money(total, sign))


# --- tax bands ---------------------------------------------------------------------------------

FREE = _c(rf"\bfirst\s+{CUR}{NUM}\s*(?:is\s+|are\s+)?(?:tax[\s-]*free|untaxed|free|at\s+0\s*%|"
          rf"(?:is\s+)?not\s+taxed)")
BAND = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s+(?:(?:on\s+(?:income\s+|earnings\s+)?)?(?:up"
          rf"\s+to|to|"
          rf"until|below)\s+{CUR}{NUM}|(?:on\s+(?:anything|everything|income|the\s+rest)\s+)?"
          rf"(above|over|"
          rf"beyond|after)\s+(?:that|this|{CUR}{NUM})|on\s+the\s+rest)")
TAX_ON = _c(rf"\btax\s+(?:on|for|due\s+on|payable\s+on)\s+(?:an?\s+)?(?:income\s+of\s+|salary"
            rf"\s+of\s+|"
            rf"earnings\s+of\s+)?{CUR}{NUM}|\b(?:earn|make|income\s+(?:is|of)|salary\s+(?:is"
            rf"|of))\s+"
            rf"{CUR}{NUM}[^.?!]*\btax\b")


def tax_bands(text: str) -> Reckoned | None:
    """Income taxed band by band."""
    if "tax" not in text or (asked := TAX_ON.search(text)) is None:
        return None
    bands = list(BAND.finditer(text))
    if not bands:
        return None
    income = _f(asked.group(1) or asked.group(2))
    free = FREE.search(text)
    floor = _f(free.group(1)) if free else Fraction(0)
    total, parts = Fraction(0), []
    for band in bands:
        rate = _f(band.group(1))
        top = _f(band.group(2)) if band.group(2) else None
        if top is None and band.group(4):
            floor = max(floor, _f(band.group(4)))
        taxed = (min(income, top) if top is not None else income) - floor
        if taxed > 0:
            total += taxed * rate / 100
            parts.append(f"{show(taxed)} × {show(rate)}%")
        if top is not None:
            floor = max(floor, top)
        if income <= floor:
            break
    sign = sign_of(text)
    return Reckoned("tax", total, SIGNS.get(sign, ""), " + ".join(parts) or "nothing taxed",
                    text=money(total, sign))


KINDS = (tax_bands, tiered_price)
