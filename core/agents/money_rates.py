"""Compound rates asked the other way round, and a month of interest on a card.

- the rate that multiplies an amount in a time: "what yearly rate doubles money in 15
  years?" → 2^(1/15) − 1 = 4.73%;
- the average (compound) rate of several yearly returns: "+14%, +10%, +7% over three
  years" → (1.14 × 1.10 × 1.07)^(1/3) − 1 = 10.30%;
- a value growing by a percentage each period, at a numbered period: "week 1 I run 38 km,
  adding 8% every week, how far in week 6?" → 38 × 1.08⁵;
- a month's interest on a balance at an APR: "2,902.27 at 17.99% APR, interest this month?"
  → 2,902.27 × 17.99% ÷ 12 = 43.51.

Roots are worked in floating point and shown to two decimals (or the places asked for). The
text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_growth import MULTIPLE, SPAN, _decimal, _places, _years
from core.agents.money_reckon import AMOUNT, SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

SIGNED_PCT = _c(r"([+−-]\s?)?(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)")
WHAT_RATE = _c(r"\b(?:what|which|find|work\s+out|calculate)\b[^.?!]{0,40}?\b(?:rate|"
               r"percent(?:age)?|return|interest|growth)\b")
AVERAGE_RATE = _c(r"\b(?:average|mean|equivalent|compound|annuali[sz]ed|cagr)\b[^.?!]{0,40}?\b(?:"
                  r"rate|return|growth|percent(?:age)?|cagr)\b|\bcagr\b")
MONTHLY = _c(r"\bcompound\w*\s+monthly|\bmonthly\s+compound")


def rate_for_multiple(text: str) -> Reckoned | None:
    """The yearly compound rate that doubles (triples, …) an amount in a number of years."""
    text = re.sub(r"\b(?:exactly|just|only|precisely)\s+(?=\d)", "", text)
    multiple, span = MULTIPLE.search(text), SPAN.search(text)
    if multiple is None or span is None or not WHAT_RATE.search(text) or \
            SIGNED_PCT.search(text) or multiple.group(2):
        return None
    word = multiple.group(1).lower()
    times = 2 if word.startswith("doubl") else 3 if word.startswith("tripl") else 4
    years = float(_years(span))
    if years <= 0:
        return None
    often = 12 if MONTHLY.search(text) else 1
    rate = (times ** (1 / (years * often)) - 1) * often * 100
    places = _places(text)
    basis = f"{times}^(1/{show(_years(span))}) − 1" if often == 1 else \
        f"12 × ({times}^(1/{show(_years(span) * 12)}) − 1)"
    return Reckoned("yearly rate", Fraction(rate).limit_denominator(10**9), "%", basis,
                    text=f"{_decimal(rate, places)}% a year")


def average_of_returns(text: str) -> Reckoned | None:
    """The compound average of several yearly percentage changes."""
    if not AVERAGE_RATE.search(text) or not re.search(r"\b(?:year|annual|yearly|annum|cagr)", text):
        return None
    found = list(SIGNED_PCT.finditer(text))
    if not 2 <= len(found) <= 30:
        return None
    factor = 1.0
    changes = []
    for m in found:
        down = (m.group(1) or "").strip() in ("-", "−") or re.match(
            r"\s*(?:down|loss|drop|fall|lower)", text[m.end():m.end() + 8]) is not None
        change = -float(m.group(2)) if down else float(m.group(2))
        changes.append(change)
        factor *= 1 + change / 100
    if factor <= 0:
        return None
    rate = (factor ** (1 / len(changes)) - 1) * 100
    places = _places(text)
    said = " × ".join(f"{1 + c / 100:g}" for c in changes)
    return Reckoned("average yearly rate", Fraction(rate).limit_denominator(10**9), "%",
                    f"({said})^(1/{len(changes)}) − 1",
                    text=f"{_decimal(rate, places)}% a year")


PERIOD = r"(day|week|month|year|session|lap|round)"
START = _c(rf"\b(?:in\s+|on\s+)?(?:{PERIOD}\s+1|the\s+first\s+{PERIOD}|{PERIOD}\s+one)\b[^.?!]*?"
           rf"(?<![\d.]){AMOUNT}(?!\s*%)")
START_AFTER = _c(rf"(?<![\d.]){AMOUNT}(?!\s*%)\s*(?:[a-z]+\s+){{0,3}}?(?:in|on|"
                 rf"during|for)\s+(?:{PERIOD}\s+1|the\s+first\s+{PERIOD}|{PERIOD}\s+one)\b")
STEP = _c(rf"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)\s*(?:more\s+|extra\s+|less\s+)?(?:"
          rf"(?:a|per|each|every)\s+{PERIOD}|(?:week|month|day|year)(?:ly)?\s+on\s+(?:week|month|"
          rf"day|year))\b|\b(?:add\w*|increas\w*|ris\w*|grow\w*|build\w*|up)\s+(?:by\s+)?"
          rf"(\d+(?:\.\d+)?)\s*(?:%|percent\b)\s+(?:a|per|each|every)\s+{PERIOD}\b")
AT = _c(rf"\b(?:in|on|by|for|at|during)\s+{PERIOD}\s+(\d+)\b|\b{PERIOD}\s+(\d+)\s*\?")
LESS = _c(r"\b(?:less|cut\w*|drop\w*|reduc\w*|decreas\w*|los\w*|fall\w*|down)\b")


def at_period(text: str) -> Reckoned | None:
    """A value that grows by a percentage each period, at a numbered period."""
    start, step = START_AFTER.search(text) or START.search(text), STEP.search(text)
    if start is None or step is None:
        return None
    asked = [m for m in AT.finditer(text) if m.start() > start.end()]
    if not asked:
        return None
    at = asked[-1]
    unit = (at.group(1) or at.group(3)).lower()
    after = start.re is START_AFTER  # "50 km in week 1": the amount before its period
    said = next((g for g in start.groups()[3:6] if g) if after else (g for g in start.groups()[:3]
                                                                       if g), "")
    if said.lower() != unit:
        return None
    n = int(at.group(2) or at.group(4))
    if not 1 <= n <= 1000:
        return None
    number = 2 if after else 5
    base = _f(start.group(number))
    rate = _f(step.group(1) or step.group(3)) / 100
    down = LESS.search(text[max(0, step.start() - 25):step.end()]) is not None
    factor = 1 - rate if down else 1 + rate
    value = base * factor ** (n - 1)
    tail = text[start.end(number):start.end(number) + 14]
    named = re.match(r"\s*(km|miles?|mi|m|kg|lbs?|minutes?|mins?|hours?|pages|reps|steps)\b",
                     tail)
    unit_said = named.group(1) if named else ""
    sign = sign_of(text)
    shown = money(value, sign) if sign else f"{show(value)} {unit_said}".strip()
    basis = f"{show(base)} × (1 {'−' if down else '+'} {show(rate * 100)}%)^{n - 1}"
    return Reckoned(f"{unit} {n}", value, SIGNS.get(sign, "") or unit_said, basis, text=shown)


APR = _c(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b)\s*(?:a\s+year\s+)?\(?\s*(?:apr|a\.p\.r\.|annual|"
         r"yearly|a\s+year|per\s+year|p\.?a\.?)\b|\bapr\s+(?:of\s+|is\s+|at\s+)?(\d+(?:\.\d+)?)\s*%")
BALANCE = _c(rf"\b(?:balance|owe|owing|debt|outstanding|carry(?:ing)?)\b(?:\s+(?:of|is|was|at|"
             rf"sits\s+at|:))?\s*{AMOUNT}|{AMOUNT}\s+(?:balance|owed|outstanding|on\s+(?:my|the|a)"
             rf"\s+(?:credit\s+)?card)")
MONTH_ASK = _c(r"\binterest\b[^.?!]*\b(?:this|a|one|per|each|next|the\s+first)\s+month\b|"
               r"\bmonth(?:'s|ly)?\s+(?:of\s+)?interest\b|\binterest\s+(?:for|in|over)\s+(?:a|one|the)\s+month\b")


def card_interest(text: str) -> Reckoned | None:
    """One month's interest on a balance: balance × APR ÷ 12."""
    apr, balance = APR.search(text), BALANCE.search(text)
    if apr is None or balance is None or not MONTH_ASK.search(text):
        return None
    rate = _f(apr.group(1) or apr.group(2))
    owed = _f(balance.group(2) or balance.group(5))
    value = owed * rate / 100 / 12
    sign = sign_of(text)
    return Reckoned("interest this month", value, SIGNS.get(sign, ""),
                    f"{money(owed, sign)} × {show(rate)}% ÷ 12", text=money(value, sign))


KINDS = (rate_for_multiple, average_of_returns, at_period, card_interest)
