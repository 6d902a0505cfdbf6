"""Money earned (or given back) from a rate and what was done.

- pay per piece: "paid 1.18 per delivery and did 306 this week, earnings?" → 361.08;
- cashback or a reward rate: "my card gives 5% cashback, I spent 978.66" → 48.93;
- shifts at an hourly rate: "5 shifts of 4 hours at 14.90 an hour" → 298; "9 staff each
  doing 33 hours at 15.53 an hour, weekly wage bill?" → 4,612.41;
- a base plus commission: "base of 2660 a month plus 4% commission on sales, sold 30,582" →
  3,883.28.

Overtime is read in :mod:`core.agents.money_words`.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

import re

from core.agents.money_reckon import NUM, _f
from core.agents.money_result import money_result
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

CUR = r"[$€£¥]?\s?"
EARN_ASK = _c(r"\b(?:earn\w*|make|made|making|pay|paid|income|take\s+home|gross|wages?|how\s+"
              r"much|total|bill|cost|what\s+did\s+i\s+get|get)\b[^.!]*\?|\b(?:earnings|pay|wages?|"
              r"income|total|gross(?:\s+pay)?|bill)\s*\?")


# --- pay per piece -------------------------------------------------------------------------------

PIECE = _c(rf"\b(?:paid|pays?|get|gets|earn|earns|make|makes|receive|receives)\s+(?:me\s+)?"
           rf"(?:about\s+)?{CUR}{NUM}\s*(?:per|a|an|for\s+(?:each|every)|each|/)\s*([a-z]+)\b")
PIECES = _c(r"(?<![\d.,$€£])(\d[\d,]*)\b")


def piece_pay(text: str) -> Reckoned | None:
    """A rate per piece times the pieces done."""
    rate = PIECE.search(text)
    if rate is None or not EARN_ASK.search(text):
        return None
    unit = rate.group(2).lower()
    if unit in ("hour", "hr", "day", "week", "month", "year", "shift", "annum", "share"):
        return None
    did = re.compile(rf"\b(?:did|done|do|made|delivered|sold|completed|finished|packed|picked|"
                     rf"sewed|wrote|had)\s+(?:about\s+)?(\d[\d,]*)\b|(?<![\d.,$€£])(\d[\d,]*)\s+"
                     rf"{re.escape(unit.rstrip('s'))}(?:s|es)?\b")
    count = next((m for m in did.finditer(text, rate.end())), None) or next(
        (m for m in did.finditer(text) if m.end() <= rate.start()), None)
    if count is None:
        return None
    pieces = _f(count.group(1) or count.group(2))
    each = _f(rate.group(1))
    return money_result("earnings", pieces * each, text,
                        f"{show(pieces)} × {show(each)} per {unit}")


# --- cashback -------------------------------------------------------------------------------

BACK = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s+(?:cash\s*back|cash\s+rewards?|rewards?|back|"
          rf"points|rebate)\b|\b(?:cash\s*back|rebate|rewards?)\s+(?:of|is|rate\s+(?:of|is))\s+"
          rf"{NUM}\s*(?:%|percent|per\s*cent)")
SPENT = _c(rf"\b(?:spen[dt]|spending|charged|put|paid|purchases?\s+of|bought)\s+(?:about\s+|"
           rf"around\s+)?{CUR}{NUM}")


def cashback(text: str) -> Reckoned | None:
    """A percentage back on what was spent."""
    back = BACK.search(text)
    if back is None or (spent := SPENT.search(text)) is None or ("?" not in text and not \
            re.search(r"\bhow\s+much\b", text)):
        return None
    share = _f(back.group(1) or back.group(2))
    amount = _f(spent.group(1))
    return money_result("cashback", amount * share / 100, text, f"{show(amount)} × {show(share)}%")


# --- shifts at an hourly rate -------------------------------------------------------------------

HOURLY = _c(rf"{CUR}{NUM}\s*(?:an?|per|/|each)\s*(?:hour|hr|h)\b|\b(?:at|on|earn|earns|paid|get)\s+"
            rf"{CUR}{NUM}\s*(?:hourly|ph|p/h)\b")
SHIFTS = _c(rf"(?<![\d.,$€£])(\d+(?:\.\d+)?)\s+(?:shifts?|days?|sessions?)\s+of\s+(?:about\s+)?"
            rf"{NUM}\s*(?:hours?|hrs?|h)\b|(?<![\d.,$€£])(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s*"
            rf"(?:shifts?|days?)\b[^.?!]{{0,20}}?\b(\d+)\s+(?:times|of\s+them)\b")
STAFF = _c(r"(?<![\d.,$€£])(\d+)\s+(?:staff|workers|employees|people|cleaners|waiters|carers|"
           r"nurses|guards|staff\s+members|contractors|helpers|temps)\b")
STAFF_HOURS = _c(rf"\b(?:each|every\s+one|all)\s+(?:doing|working|does|works|on|for|putting\s+"
                 rf"in)\s+(?:about\s+)?{NUM}\s*(?:hours?|hrs?|h)\b")


def shifts_pay(text: str) -> Reckoned | None:
    """Shifts (or staff) times hours times an hourly rate."""
    rate = HOURLY.search(text)
    if rate is None or (not EARN_ASK.search(text) and not re.search(r"\bwage\s+bill\b", text)):
        return None
    each = _f(rate.group(1) or rate.group(2))
    if (shifts := SHIFTS.search(text)) is not None:
        if shifts.group(1):
            count, hours = _f(shifts.group(1)), _f(shifts.group(2))
        else:
            count, hours = _f(shifts.group(4)), _f(shifts.group(3))
        return money_result("pay", count * hours * each, text,
                            f"{show(count)} × {show(hours)} hours × {show(each)} an hour")
    staff, worked = STAFF.search(text), STAFF_HOURS.search(text)
    if staff is None or worked is None:
        return None
    count, hours = _f(staff.group(1)), _f(worked.group(1))
    return money_result("wage bill", count * hours * each, text,
                        f"{show(count)} staff × {show(hours)} hours × {show(each)} an hour")


# --- a base plus commission ---------------------------------------------------------------------

COMMISSION = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s+(?:commission|of\s+(?:my\s+|the\s+)?sales)|"
                rf"\bcommission\s+(?:of|is|at|rate\s+(?:of|is))\s+{NUM}\s*(?:%|percent|per\s*cent)")
BASE = _c(rf"\b(?:base|basic|retainer|salary|fixed|guaranteed)(?:\s+(?:pay|salary|wage|rate))?\s+"
          rf"(?:of|is|was|:)?\s*{CUR}{NUM}|{CUR}{NUM}\s+(?:a\s+month\s+|per\s+month\s+|a\s+week"
          rf"\s+)?"
          rf"(?:base|basic|retainer|salary)\b")
SALES = _c(rf"\b(?:sold|sales\s+(?:of|were|was|are|is|came\s+to|totall?ing|totall?ed|:)|sell|"
           rf"brought\s+in)\s+(?:about\s+)?{CUR}{NUM}")


def base_commission(text: str) -> Reckoned | None:
    """A base pay plus a percentage of sales."""
    share = COMMISSION.search(text)
    if share is None or (base := BASE.search(text)) is None or (sold := SALES.search(text)) is None:
        return None
    rate, fixed, sales = _f(share.group(1) or share.group(2)), _f(base.group(1) or base.group(2)), \
        _f(sold.group(1))
    total = fixed + sales * rate / 100
    return money_result("total pay", total, text,
                        f"{show(fixed)} + {show(sales)} × {show(rate)}% = {show(fixed)} + "
                        f"{show(sales * rate / 100)}")


KINDS = (base_commission, shifts_pay, cashback, piece_pay)
