"""A sign's multibuy offer set against its single price ("€4.99 EACH", "2 FOR €5.41"): what
buying on the offer saves over buying the same number one at a time."""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
EACH = ci(r"(?P<s>[$€£])\s?(?P<v>\d+(?:\.\d{1,2})?)\s*(?:each|ea\b|per\s+(?:item|one|unit))")
BUNDLE = ci(r"\b(?P<n>\d{1,2})\s*(?:for|x\s+for)\s*(?P<s>[$€£])\s?(?P<v>\d+(?:\.\d{1,2})?)")
SAVE = ci(r"\b(?:save|saving|savings|cheaper|less|difference)\b")
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10,
         "twelve": 12}
COUNT = ci(r"\b(?:buy\w*|get\w*|take|for)\s+(?P<n>\d{1,2}|two|three|four|five|six|eight|ten|"
           r"twelve)\b")


def multibuy_saving(question: str, text: str) -> list[Answer]:
    """What the offer saves on the number asked (a whole number of offers), or []."""
    each, bundle = EACH.search(text), BUNDLE.search(text)
    if each is None or bundle is None or not SAVE.search(question) or each.group(
            "s") != bundle.group("s"):
        return []
    size = int(bundle.group("n"))
    asked = COUNT.search(question)
    raw = asked.group("n").lower() if asked else str(size)
    count = WORDS[raw] if raw in WORDS else int(raw)
    if size < 2 or count % size:
        return []  # part of an offer is priced some other way
    single, offer = Fraction(each.group("v")), Fraction(bundle.group("v"))
    saved = count * single - count // size * offer
    if saved <= 0:
        return []
    currency = SYMBOLS[each.group("s")]
    return [(f"You save **{money(saved, currency)}** ({count} × {money(single, currency)} = "
             f"{money(count * single, currency)} one at a time, against "
             f"{money(count // size * offer, currency)} on the offer).", float(saved))]
