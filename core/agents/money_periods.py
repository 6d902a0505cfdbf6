"""Regular amounts (several of them, or so much for each of several people) over a longer
stretch of time.

- a list of amounts a month over a year: "my monthly subscriptions are 5.32, 18.46 and
  4.53, what do they cost me over a year?" → (5.32 + 18.46 + 4.53) × 12 = 339.72;
- so much each for a number of people a week, over weeks: "2 kids, 3.00 each a week,
  what's that over a year of 52 weeks?" → 2 × 3.00 × 52 = 312.00; "4 of us pay 12 each a
  month for the streaming plan, what's that in 6 months?".

The text is expanded and lower-cased; each kind needs its period words and its ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
CASH = _c(rf"(?<![\d.:/])[$€£¥]?\s?{NUM}(?!\s*%)(?!\s*(?:percent|per\s*cent|weeks?|months?|years?"
          rf"|days?|"
          rf"kids|children|people|persons|of\s+us|times|x\b|kw|w|kwh|h|hours?|hrs?|mins?|minutes?"
          rf"|km|"
          rf"mi|miles|kg|g|l|ml|litres?|liters?|gb|mb|m|cm|steps|pages|calories|kcal)\b)")
MONEY = _c(r"[$€£¥]|\b(?:costs?|pay|paid|spend|spent|bills?|subscriptions?|price|pocket\s+money|"
           r"allowance|fees?|rent|sav(?:e|es|ing)|earn\w*|dollars?|euros?|pounds?|bucks|quid|"
           r"memberships?|plans?)\b|\d\.\d\d\b")
PERIOD = r"(day|week|fortnight|month|quarter|year)"
ADVERB = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
          "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year"}
GIVEN = _c(rf"\b(daily|weekly|fortnightly|monthly|quarterly|yearly|annual)\s+(?:\w+\s+){{0,2}}"
           rf"(?:are|is|come\s+to|total|cost|of|:)|(?:a|per|each|every|/)\s*{PERIOD}\b")
OVER = _c(rf"\b(?:over|in|for|across|during)\s+(?:a|one|the|1)\s+{PERIOD}\b(?:\s+of\s+{NUM}\s+"
          rf"{PERIOD}s)?|\b(?:over|in|for|across|during)\s+(?:the\s+next\s+)?{NUM}\s+{PERIOD}s?\b|"
          rf"\b(?:a|per|each|every)\s+{PERIOD}\s*\?|\b(yearly|annual|annually)\s+(?:cost|total|"
          rf"spend|bill)\b")
PEOPLE = _c(r"\b(\d+)\s+(?:kids|children|people|persons|of\s+us|grandchildren|members|users|"
            r"staff|employees|students|dogs|cats|pets|cars|phones)\b")
TIMES_A_WEEK = _c(r"\b(\d+)\s+(?:days?|times|mornings|evenings|nights|shifts|sessions|lessons)\s+"
                  r"(?:a|per|"
                  r"each|every)\s+week\b")
EACH = _c(r"\beach\b|\bapiece\b|\bper\s+(?:kid|child|person|head)\b")
ASK = _c(r"\bhow\s+much\b|\bwhat(?:'s|\s+is|\s+do|\s+does|\s+will|\s+would)?\b|\btotal\b|\bcost\b")
DAYS = {"day": Fraction(1), "week": Fraction(7), "fortnight": Fraction(14),
        "month": Fraction(365, 12), "quarter": Fraction(365, 4), "year": Fraction(365)}
# "how much can I spend per day over 11 days?": a share asked, no amount a day given
SPEND_ASK = _c(r"\b(?:can|could|should|may|do)\s+(?:i|we|you)\s+(?:spend|use|afford|have|"
               r"budget)\s*$")
IN_YEAR = {"day": 365, "week": 52, "fortnight": 26, "month": 12, "quarter": 4, "year": 1}


def _times(per: str, over: re.Match[str]) -> tuple[Fraction, str] | None:
    """How many of the period ``per`` are in the stretch asked about, and how it is said."""
    if over.group(2):  # "a year of 52 weeks"
        count, unit = _f(over.group(2)), over.group(3).lower()
        return (count, f"{show(count)} {unit}s") if unit == per else None
    if over.group(1) or over.group(6) or over.group(7):
        whole = (over.group(1) or over.group(6) or "year").lower()
        if whole in ("yearly", "annual", "annually"):
            whole = "year"
        if whole == per:
            return Fraction(1), f"1 {per}"
        if whole == "year":
            return Fraction(IN_YEAR[per]), f"{IN_YEAR[per]} {per}s"
        if per in ("day", "week") and whole in ("week", "fortnight"):
            return DAYS[whole] / DAYS[per], f"a {whole}"
        if whole == "month" and per == "week":
            return Fraction(52, 12), "52 ÷ 12 weeks"
        return None
    count, unit = _f(over.group(4)), over.group(5).lower()
    if unit == per:
        return count, f"{show(count)} {unit}s"
    if unit == "year":
        return count * IN_YEAR[per], f"{show(count)} years"
    if (per == "month" and unit == "week") or (per == "week" and unit == "month"):
        return None
    factor = DAYS[unit] / DAYS[per]
    return (count * factor, f"{show(count)} {unit}s") if factor.denominator == 1 else None


def regular_over_time(text: str) -> Reckoned | None:
    """Amounts a period (summed, or times a number of people each) over a longer stretch."""
    # "what's that a year (52 weeks)?"
    text = re.sub(r"\b(?:a|per|each|every)\s+year\s*\(\s*(\d+)\s+weeks\s*\)",
                  r"over a year of \1 weeks", text)
    given, over = GIVEN.search(text), OVER.search(text)
    if given is None or over is None or not ASK.search(text) or over.start() < given.start() \
            or not MONEY.search(text) or re.search(r"\d\s*(?:%|percent\b|per\s*cent\b)", text):
        return None
    per = (ADVERB.get((given.group(1) or "").lower()) or given.group(2) or "").lower()
    if not per or SPEND_ASK.search(text[:given.start()]):
        return None
    people = PEOPLE.search(text) or TIMES_A_WEEK.search(text)
    skip = [over.span()] + ([people.span()] if people else [])
    amounts = [m for m in CASH.finditer(text) if not any(a <= m.start(1) < b for a, b in skip)]
    if not amounts or len(amounts) > 20:
        return None
    times = _times(per, over)
    if times is None or times[0] <= 1:
        return None
    each = sum((_f(m.group(1)) for m in amounts), Fraction(0))
    heads = Fraction(1)
    if people is not None and (EACH.search(text) or people.re is TIMES_A_WEEK):
        if len(amounts) != 1:
            return None
        heads = _f(people.group(1))
    elif len(amounts) < 2:
        return None  # one amount a period over another: money_reckon.pay_periods
    value = each * heads * times[0]
    sign = sign_of(text)
    listed = " + ".join(show(_f(m.group(1))) for m in amounts)
    basis = (f"({listed})" if len(amounts) > 1 else listed) + \
        (f" × {show(heads)}{'' if people is not None and people.re is TIMES_A_WEEK else ' each'}"
         if heads != 1 else "") + f" a {per} × {times[1]}"
    return Reckoned("total", value, SIGNS.get(sign, ""), basis, text=money(value, sign))


KINDS = (regular_over_time,)
