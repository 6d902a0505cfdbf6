"""Pay and income reckoned from the role of each amount.

- net pay from the gross less several deductions: "gross pay 2,791, they take 22% tax and
  8% pension (both off the gross), net?" → 1,953.70; "… then 5% of what is left" takes a
  share of the rest; a flat amount ("and 120 for the union") comes off too;
- dividends over a period: "702 shares paying 0.41 per share every quarter, how much a
  year?" → 1,151.28.

One deduction alone is left to :mod:`core.agents.money_tax`. Amounts of money are shown to
the cent with the question's currency; the text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, SIGNS, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
# --- net pay ---------------------------------------------------------------------------------

GROSS_AFTER = _c(rf"{AMOUNT}\s+(?:a\s+year\s+|a\s+month\s+|annual\s+|yearly\s+|monthly\s+|"
                 rf"gross\s+)?(?:salary|pay(?:check|cheque)?|wages?|income)\b")
GROSS = _c(rf"\b(?:gross(?:\s+(?:pay|salary|income|wages?|earnings))?|salary|pay(?:check|cheque)?|"
           rf"wages?|income|earn(?:s|ed|ing)?|make|making|paid|payslip\s+says)\s+(?:is\s+|was\s+|of\s+"
           rf"|:\s*|about\s+)?{AMOUNT}(?!\s*(?:%|percent))")
DEDUCTION = (r"(?:income\s+)?tax(?:es)?|pension|national\s+insurance|ni|social\s+security|medicare|"
             r"health(?:\s+insurance)?|insurance|union(?:\s+dues)?|dues|401\s?k|super(?:annuation)?|"
             r"student\s+loan|retirement|benefits|deductions?|contributions?|fica|kiwisaver|cpp|ei")
TAKEN = _c(rf"{PCT}\s*(?:in\s+|for\s+|of\s+(?:it\s+|that\s+)?(?:for|to|in)\s+|goes\s+(?:to|on)\s+)?"
           rf"(?:the\s+|a\s+|my\s+)?({DEDUCTION})\b|\b({DEDUCTION})\s+(?:is\s+|are\s+|of\s+|at\s+|"
           rf"takes?\s+|took\s+|=\s*|:\s*)?{PCT}")
REST = _c(r"\b(?:of\s+(?:what(?:\s+is|'s)?\s+left|the\s+rest|the\s+remainder|the\s+remaining|"
          r"what\s+remains)|(?:on|from)\s+(?:what(?:\s+is|'s)?\s+left|the\s+rest|the\s+remainder)|"
          r"after\s+(?:the\s+)?tax)\b")
FLAT = _c(rf"{AMOUNT}\s*(?:a\s+month\s+|a\s+week\s+)?(?:(?:for|in|to|on)\s+(?:the\s+|my\s+)?)?"
          rf"({DEDUCTION})\b|\b({DEDUCTION})\s+(?:is\s+|of\s+|costs?\s+|:\s*)?{AMOUNT}"
          rf"(?!\s*(?:%|percent))")
NET_ASK = _c(r"\bnet\b|\btake[- ]home\b|\bafter\s+(?:all\s+)?(?:the\s+)?(?:tax|deductions|"
             r"those|that|them|both)\b|\b(?:left|keep|remain\w*)\b|\bin\s+(?:my\s+)?(?:pocket|"
             r"hand|account)\b|\bactually\s+(?:get|receive|take)\b|\bwhat\s+(?:do|will|would)\s+i\s+"
             r"(?:get|receive|take)\b")


def net_pay(text: str) -> Reckoned | None:
    """The gross less two or more deductions (shares of the gross, of the rest, or flat)."""
    gross = GROSS.search(text) or GROSS_AFTER.search(text)
    if not NET_ASK.search(text) or gross is None:
        return None
    shares = [m for m in TAKEN.finditer(text) if not gross.start() <= m.start() < gross.end()]
    flats = [m for m in FLAT.finditer(text) if m.start() > gross.end() - 1 and not any(
        a <= m.start() < b for a, b in (s.span() for s in shares))]
    flats = [m for m in flats if re.match(r"\d", (m.group(2) if m.group(2) else m.group(7)) or "")]
    if len(shares) + len(flats) < 2 or len(shares) > 8 or any(
            re.search(r"\b(?:rise|raise|increase|bonus)\b", text[m.end():m.end() + 12])
            for m in shares):
        return None
    start = Fraction(gross.group(2).replace(",", ""))
    value, shown = start, []
    for m in sorted(shares, key=lambda x: x.start()):
        pct = Fraction(m.group(1) or m.group(4))
        name = (m.group(2) or m.group(3)).strip()
        base = value if REST.search(text[m.end():m.end() + 40]) else start
        value -= base * pct / 100
        shown.append(f"{show(pct)}% {name}" + (" of the rest" if base is not start else ""))
    sign = sign_of(text)
    for m in flats:
        amount = Fraction((m.group(2) or m.group(7)).replace(",", ""))
        value -= amount
        shown.append(f"{money(amount, sign)} {(m.group(4) or m.group(5)).strip()}")
    if value < 0:
        return None
    basis = f"{money(start, sign)} less " + ", ".join(shown)
    return Reckoned("net pay", value, SIGNS.get(sign, ""), basis, text=money(value, sign))


# --- dividends over a period -----------------------------------------------------------------

HELD = _c(r"\b(\d[\d,]*)\s+(?:shares|units|stocks)\b")
PER_SHARE = _c(rf"{AMOUNT}\s*(?:(?:in\s+)?dividends?\s+)?(?:per|a|an|each|/|for\s+each)\s+"
               rf"(?:share|unit|stock)\b")
EVERY = _c(r"\b(?:every|each|per|a|an)\s+(quarter|month|year|week|half[- ]year|six\s+months)\b|"
           r"\b(twice\s+a\s+year|four\s+times\s+a\s+year|2\s+times\s+a\s+year|4\s+times\s+a\s+year)\b|"
           r"\b(quarterly|monthly|yearly|annually|weekly|half[- ]yearly|semi[- ]annually)\b")
OVER = _c(r"\b(?:over|in|for|per|a|each|every)\s+(?:a|the|one|whole|full)?\s*(year|quarter|month|"
          r"half[- ]year)\b|\b(?:over|in|for)\s+(\d+)\s+(years?|quarters?|months?)\b|"
          r"\b(annual(?:ly)?|yearly|a\s+year)\b")
A_YEAR = {"quarter": 4, "month": 12, "year": 1, "week": 52, "half-year": 2, "half year": 2,
          "six months": 2, "quarterly": 4, "monthly": 12, "yearly": 1, "annually": 1,
          "weekly": 52, "half-yearly": 2, "half yearly": 2, "semi-annually": 2,
          "semi annually": 2}
DIVIDEND = _c(r"\bdividends?\b|\bpay(?:s|ing|out)?\b|\bpaid\b|\byield\b|\bdistribution\b")


def dividends(text: str) -> Reckoned | None:
    """Shares held × the dividend per share, scaled from the period paid to the one asked."""
    if not DIVIDEND.search(text) or (held := HELD.search(text)) is None:
        return None
    rate = PER_SHARE.search(text)
    every = EVERY.search(text, rate.end()) if rate is not None else None
    if rate is None or every is None:
        return None
    asked = next((m for m in OVER.finditer(text, every.end())), None)
    if asked is None:
        return None
    said = (every.group(1) or every.group(2) or every.group(3)).lower()
    paid = 2 if said.startswith(("twice", "2")) else 4 if said.startswith(("four", "4")) else \
        A_YEAR[said]
    if asked.group(1):
        want, count = A_YEAR[asked.group(1).lower()], Fraction(1)
    elif asked.group(2):
        want, count = A_YEAR[asked.group(3).lower().rstrip("s")], Fraction(asked.group(2))
    else:
        want, count = 1, Fraction(1)
    times = Fraction(paid, want) * count
    if times.denominator != 1 and want != 1:
        return None
    shares = Fraction(held.group(1).replace(",", ""))
    each = Fraction(rate.group(2).replace(",", ""))
    sign = sign_of(text)
    value = shares * each * times
    basis = f"{show(shares)} shares × {money(each, sign)} × {show(times)} payments"
    return Reckoned("dividends", value, SIGNS.get(sign, ""), basis, text=money(value, sign))


# --- savings after a number of periods, and spending per period ------------------------------

EVERY_SAVED = _c(rf"\b(?:sav(?:e|es|ing)|put(?:ting)?\s+(?:away|aside|by|in)|deposit(?:ing)?|"
                 rf"add(?:ing)?)\s+(?:away\s+|aside\s+)?{AMOUNT}\s*(?:a|per|each|every|/)\s*(week|month|year|day)\b")
START = _c(rf"\b(?:start(?:ing)?\s+(?:with|from|at)|already\s+(?:have|got|saved)|have\s+already"
           rf"(?:\s+got|\s+saved)?|saved\s+up|on\s+top\s+of)\s+{AMOUNT}")
AFTER = _c(r"\b(?:after|in|over|for|within)\s+(\d+)\s+(weeks?|months?|years?|days?)\b")
HAVE_ASK = _c(r"\bhow\s+much\s+(?:will|would|do|should|have|has|did)\s+(?:i|we|you|they|he|she)\s+"
              r"(?:have|end\s+up\s+with|have\s+saved|save|saved|put\s+(?:away|aside|by))\b|"
              r"\b(?:total|altogether)\b")
WITH_INTEREST = _c(r"\d\s*(?:%|percent|per\s*cent)")
# "1 in week 1 and 5 more every week after that": each period's saving goes up by a step
FIRST_STEP = _c(rf"\b(?:sav(?:e|es|ing)|put(?:ting)?\s+(?:away|aside|by|in)|deposit(?:ing)?|"
                rf"start(?:ing)?\s+(?:with|at))\s+{AMOUNT}\s+(?:in|the|on)\s+(?:the\s+)?(?:first\s+"
                rf"(week|month|day|year)|(week|month|day|year)\s+(?:1|one))\b[^.?!]*?\b{AMOUNT}\s+more\s+"
                rf"(?:each|every|a|per)\s+(?:week|month|day|year)")
SPENT_OVER = _c(rf"\b(?:spent|spend|paid|used|went\s+through|cost(?:s)?(?:\s+me)?)\s+{AMOUNT}\s+"
                rf"(?:\w+\s+){{0,3}}?(?:over|in|across|during|for)\s+(?:the\s+(?:last|past)\s+)?(\d+)\s+(days?|weeks?|months?)\b")
PER_ASK = _c(r"\b(?:per|a|each|every)\s+(day|week|month)\b|\b(daily|weekly|monthly)\b")


def savings_total(text: str) -> Reckoned | None:
    """What regular saving (on top of a start) comes to after a number of periods."""
    if not HAVE_ASK.search(text) or WITH_INTEREST.search(text):
        return None  # with interest: money_growth
    if (step_up := FIRST_STEP.search(text)) is not None:
        return _rising_savings(text, step_up)
    if (every := EVERY_SAVED.search(text)) is None:
        return None
    after = next((m for m in AFTER.finditer(text) if not every.start() <= m.start() < every.end()),
                 None)
    if after is None or after.group(2).rstrip("s") != every.group(4):
        return None
    start = START.search(text)
    step = Fraction(every.group(2).replace(",", ""))
    have = Fraction(start.group(2).replace(",", "")) if start is not None else Fraction(0)
    count = int(after.group(1))
    value = have + step * count
    sign = sign_of(text)
    basis = (f"{show(have)} + " if have else "") + f"{show(step)} × {count} = {show(value)}"
    return Reckoned("saved", value, SIGNS.get(sign, ""), basis, text=money(value, sign))


def _rising_savings(text: str, found: re.Match[str]) -> Reckoned | None:
    """A first saving and a rise each period after it, summed over the periods asked."""
    unit = found.group(4) or found.group(5)
    after = next((m for m in AFTER.finditer(text, found.end())
                  if m.group(2).rstrip("s") == unit), None)
    if after is None:
        return None
    first, rise = Fraction(found.group(2).replace(",", "")), Fraction(
        found.group(7).replace(",", ""))
    count = int(after.group(1))
    last = first + rise * (count - 1)
    value = (first + last) * count / 2
    sign = sign_of(text)
    basis = (f"{count} {unit}s from {show(first)} up to {show(last)} ({show(rise)} more each "
             f"{unit}): ({show(first)} + {show(last)}) × {count} ÷ 2")
    return Reckoned("saved", value, SIGNS.get(sign, ""), basis, text=money(value, sign))


def spent_per_period(text: str) -> Reckoned | None:
    """An amount spent over a number of days (weeks, months) as an average per one of them."""
    if (spent := SPENT_OVER.search(text)) is None or (per := PER_ASK.search(text, spent.end())) \
            is None:
        return None
    asked = per.group(1) or {"daily": "day", "weekly": "week", "monthly": "month"}[per.group(2)]
    unit = spent.group(5).rstrip("s")
    days = {"day": 1, "week": 7}
    count = Fraction(spent.group(4))
    if unit != asked and not (unit in days and asked in days):
        return None
    periods = count * days[unit] / days[asked] if unit != asked else count
    if periods <= 0:
        return None
    total = Fraction(spent.group(2).replace(",", ""))
    value = total / periods
    sign = sign_of(text)
    return Reckoned(f"per {asked}", value, SIGNS.get(sign, ""),
                    f"{show(total)} ÷ {show(periods)} {asked}s = {show(value)}",
                    text=f"{money(value, sign)} a {asked}")


KINDS = (net_pay, dividends, savings_total, spent_per_period)
