"""One item of a receipt worked with a figure the person gives.

- its price elsewhere ("the bagel is $1.00 cheaper down the road, what would it cost
  there?", "saw the bread online for $14.86, how much would I have saved?");
- selling it on ("I'm selling the tea on for $12.94, what's my profit?");
- its price per unit, per kilo or per 100 g ("the bagels were a pack of 3, per bagel?", "the
  cheese came to 2 kg, price per kg?", "a 250 g pack, price per 100 g?");
- its price before a tax included in it ("the coffee before the 20% VAT that's included").
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, cents, named_items
from core.agents.patterns import ci

Answer = tuple[str, float | None]
PRICE = r"[$€£]\s?(?P<v>\d+(?:\.\d+)?)|(?P<w>\d+(?:\.\d+)?)\s*(?:dollars?|euros?|pounds?|bucks)\b"
CUES = ci(r"\b(?:cheaper|dearer|more\s+expensive|less|sav\w+|sell\w*|sold|profit|margin|make|"
          r"mark\w*|"
          r"per|each|a\s+piece|apiece|vat|gst|tax)\b")
ELSEWHERE = ci(rf"(?:{PRICE})\s+(?P<dir>cheaper|less|dearer|more(?:\s+expensive)?|pricier)\s+"
               r"(?:at|in|on|online|from|elsewhere|down|over|there|across)")
THERE_ASK = ci(r"\b(?:there|elsewhere|at\s+that\s+(?:shop|place|store|market))\b")
SEEN_FOR = ci(rf"\b(?:for|at|only|just|priced\s+at|selling\s+(?:it\s+)?for)\s+(?:{PRICE})")
SAVED = ci(r"\bsav(?:e|ed|ing)\b|\bcheaper\s+by\b")
SELL = ci(rf"\b(?:sell\w*|resell\w*|sold|flip\w*)\b[^.?!]{{0,40}}?\bfor\s+(?:{PRICE})")
PROFIT = ci(r"\b(?:profit|margin|make|made|earn|gain)\b")
PACK = ci(r"\b(?:pack|box|bag|bunch|set|packet|multipack|bundle)\s+of\s+(?P<n>\d+)\b|\b(?P<n2>\d+)"
          r"[-\s](?:pack|piece|count)\b")
PER_UNIT = ci(r"\bper\s+(?:unit|item|piece|one|each)\b|\beach\s+one\b|\bapiece\b|\ba\s+piece\b|"
              r"\bfor\s+(?:each|one)\b|\bper\s+[a-z]+\b(?!\s*\d)")
WEIGHT = ci(r"\b(?P<q>\d+(?:\.\d+)?)\s*(?P<u>kg|kilos?|kilograms?|g|grams?|lbs?|pounds?\s+"
            r"(?:in\s+)?weight|l|litres?|liters?|ml)\b(?!\s*(?:per|a|an)\b)")
PER_WEIGHT = ci(r"\bper\s+(?P<q>\d+(?:\.\d+)?)?\s*(?P<u>kg|kilos?|kilograms?|g|grams?|lbs?|"
                r"l|litres?|liters?|ml)\b|\ba\s+(?P<u2>kilo|kg|litre|liter|pound|lb)\b")
GRAMS = {"kg": 1000, "kilo": 1000, "kilos": 1000, "kilogram": 1000, "kilograms": 1000, "g": 1,
         "gram": 1, "grams": 1, "l": 1000, "litre": 1000, "litres": 1000, "liter": 1000,
         "liters": 1000, "ml": 1, "lb": 453.59237, "lbs": 453.59237, "pound": 453.59237}
INSIDE = ci(r"\b(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:vat|gst|tax|sales\s+tax)\b[^.?!]{0,40}?\b(?:"
            r"includ\w*|inside|in\s+(?:its|the)\s+price|built\s+in)\b|\b(?:includ\w*|inclusive\s+of|"
            r"with)\s+(?P<p2>\d+(?:\.\d+)?)\s*%\s*(?:vat|gst|tax)\b")
MARKUP = ci(r"\b(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:mark[-\s]?up|margin\s+on\s+top)\b|\bmark\w*\s+"
            r"(?:it\s+|them\s+)?up\s+(?:by\s+)?(?P<p2>\d+(?:\.\d+)?)\s*%")
BEFORE = ci(r"\b(?:before|without|excluding|ex\.?|net\s+of|minus|less)\s+(?:the\s+)?(?:\d+"
            r"(?:\.\d+)?\s*%\s*)?(?:vat|gst|tax|sales\s+tax)\b|\bnet\b|\bpre[-\s]?(?:vat|tax)\b")


def _price(found: re.Match[str]) -> Fraction:
    return Fraction(found.group("v") or found.group("w"))


def _grams(unit: str) -> float | None:
    unit = unit.lower().split()[0]
    return GRAMS.get(unit) or GRAMS.get(unit.rstrip("s"))


def item_asks(question: str, facts: Facts) -> list[Answer]:
    """The figure asked of the one item named, or nothing."""
    if not CUES.search(question) or not facts.items:
        return []
    named = named_items(question, facts)
    if len(named) != 1:
        return []
    name, raw = named[0]
    price = Fraction(str(raw))

    money = facts.amount

    if (other := ELSEWHERE.search(question)) is not None and THERE_ASK.search(question):
        gap = _price(other)
        there = price - gap if other.group("dir").lower() in ("cheaper", "less") else price + gap
        return [(f"The {name} ({money(price)}) would cost **{money(there)}** there.",
                 float(cents(there)))]
    if (sold := SELL.search(question)) is not None and PROFIT.search(question):
        profit = _price(sold) - price
        return [(f"Selling the {name} ({money(price)}) for {money(_price(sold))} makes "
                 f"**{money(profit)}** profit.", float(cents(profit)))]
    if (seen := SEEN_FOR.search(question)) is not None and SAVED.search(question):
        saved = price - _price(seen)
        return [(f"The {name} cost {money(price)} here; at {money(_price(seen))} you'd have "
                 f"saved **{money(saved)}**.", float(cents(saved)))]
    if (markup := MARKUP.search(question)) is not None:
        rate = Fraction(markup.group("p") or markup.group("p2"))
        charge = price * (1 + rate / 100)
        return [(f"The {name} ({money(price)}) with a {rate}% markup sells at "
                 f"**{money(charge)}**.", float(cents(charge)))]
    if (inside := INSIDE.search(question)) is not None and BEFORE.search(question):
        rate = Fraction(inside.group("p") or inside.group("p2"))
        net = price / (1 + rate / 100)
        return [(f"The {name} ({money(price)}) without the {rate}% included is "
                 f"**{money(net)}** (the tax in it: {money(price - net)}).", float(cents(net)))]
    if (pack := PACK.search(question)) is not None and PER_UNIT.search(question):
        count = int(pack.group("n") or pack.group("n2"))
        if count > 0:
            each = price / count
            return [(f"The {name} ({money(price)}) for {count} is **{money(each)}** each.",
                     float(cents(each)))]
    weight, per = WEIGHT.search(question), PER_WEIGHT.search(question)
    if weight is not None and per is not None:
        have = _grams(weight.group("u"))
        unit = per.group("u") or per.group("u2")
        size = _grams(unit)
        if have and size and float(weight.group("q")) > 0:
            amount = Fraction(per.group("q") or 1) * Fraction(str(size))
            value = price * amount / (Fraction(weight.group("q")) * Fraction(str(have)))
            said = f"{per.group('q') or ''} {unit}".strip()
            return [(f"The {name} ({money(price)} for {weight.group(0).strip()}) is "
                     f"**{money(value)}** per {said}.", float(cents(value)))]
    return []
