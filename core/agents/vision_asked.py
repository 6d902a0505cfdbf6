"""The image's one price or limit worked with the figure the question gives: what is still
needed to reach it, what it comes to for the people counted, how many goes a group needs,
and a payment times the number of payments the image shows.

"My cart is £41.50; how much more for free shipping?" over "FREE SHIPPING OVER £50",
"three of us want to go in, what's that in total?" over "ENTRY €4.50", "we're 14 people, how
many rides does it take?" over "MAX 6 PERSONS", and "how much is left to pay in total?" over
"Instalment $120.00" and "Instalments left: 7". Each needs the image to show exactly the one
figure it uses; otherwise nothing is answered.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Figure, figures, money, plain

Answer = tuple[str, float | None]
ASKED_MONEY = ci(r"(?P<s>[$€£])\s?(?P<n>\d+(?:\.\d+)?)|(?P<m>\d+(?:\.\d+)?)\s*(?:dollars?|euros?|"
                 r"pounds?|usd|eur|gbp)\b")
MORE = ci(r"\bhow\s+much\s+more\b|\bto\s+(?:reach|get\s+to|qualify|hit|unlock)\b|\bshort\s+of\b|"
          r"\bmore\s+(?:do\s+i|to)\s+(?:need|spend|add)\b|\baway\s+from\b")
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
HEADS = ci(r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+us|"
           r"people|persons|adults|guests|friends|visitors)\b|\bwe(?:'re|\s+are)\s+(?P<m>\d+|two|"
           r"three|four|five|six|seven|eight|nine|ten)\b")
TOTAL = ci(r"\b(?:in\s+total|total|altogether|all\s+together|how\s+much|cost|pay)\b")
GOES = ci(r"\bhow\s+many\s+(?:[a-z]+\s+){0,2}(?:trips|goes|rides|runs|rounds|loads|journeys|"
          r"times|turns|lifts|boats|cars)\b")
LAST = ci(r"\b(?:last|final)\b")
LIMIT = ci(r"\b(?:max(?:imum)?|up\s+to|limit|capacity|no\s+more\s+than)\b")
STILL = ci(r"\b(?:still|left\s+to|remaining|outstanding|in\s+total|total)\b")
COUNT_LABEL = ci(r"\b(?:remaining|left|to\s+go|outstanding|payments|instal+ments)\b")


def _count(word: str) -> int:
    return WORDS.get(word.lower(), 0) or int(word)


def _one_money(found: list[Figure]) -> Figure | None:
    cash = {(f.value, f.currency): f for f in found if f.currency}
    return next(iter(cash.values())) if len(cash) == 1 else None


def with_asked(question: str, text: str) -> list[Answer]:
    """The image's one figure worked with the question's own, or []."""
    found = figures(text)
    cash = _one_money(found)
    asked = ASKED_MONEY.search(question)
    if cash is not None and asked is not None and MORE.search(question):
        given = Fraction(asked.group("n") or asked.group("m"))
        if 0 <= given < cash.value:
            gap = cash.value - given
            return [(f"You need **{money(gap, cash.currency)}** more ("
                     f"{money(cash.value, cash.currency)} − {money(given, cash.currency)}).",
                     float(gap))]
        return []
    heads = HEADS.search(question)
    people = _count(heads.group("n") or heads.group("m")) if heads else 0
    if heads and GOES.search(question):
        limit = next((f for f in found if not f.currency and f.value == int(f.value) and
                      f.value > 0 and LIMIT.search(f.label)), None)
        if limit is None:
            return []
        size = int(limit.value)
        goes = -(-people // size)
        last = people - (goes - 1) * size
        out: list[Answer] = [(f"It takes **{goes} trips** ({people} people, up to {size} "
                              f"a trip).", float(goes))]
        if LAST.search(question):
            out.append((f"The last one carries **{last}**.", float(last)))
        return out
    if cash is not None and heads and TOTAL.search(question) and asked is None and \
            not re.search(r"\d", re.sub(HEADS, " ", question)):
        whole = cash.value * people
        return [(f"That is **{money(whole, cash.currency)}** ({people} × "
                 f"{money(cash.value, cash.currency)}).", float(whole))]
    counts = [f for f in found if not f.currency and not f.unit and f.value == int(f.value)
              and f.value > 1 and COUNT_LABEL.search(f.label)]
    if cash is not None and len(counts) == 1 and STILL.search(question) and asked is None and \
            not re.search(r"\d", question):
        whole = cash.value * counts[0].value
        return [(f"That is **{money(whole, cash.currency)}** ({plain(counts[0].value)} × "
                 f"{money(cash.value, cash.currency)}).", float(whole))]
    return []
