"""One count or amount as a share of another, asked by its everyday name.

- a win percentage from a record: "went 66-27", "66 wins and 27 losses" → 70.97%;
- a batting average: "63 hits in 304 at bats" → 0.207 (.207);
- a dividend yield: "pays 4.80 a year, trades at 138.13" → 3.47%;
- the price for a margin (or a markup): "costs 19.13, what price gives a 25% margin?" →
  25.51;
- a time a day as a share of the day: "2 h 4 min a day, what percentage of the day?" →
  8.61%.

The text is expanded and lower-cased; each kind needs its name in the question.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
CASH = rf"[$€£¥]?\s?{NUM}"


# --- a win percentage ---------------------------------------------------------------------

WIN_ASK = _c(r"\b(?:win(?:ning)?|victory)\s*(?:percentage|pct|%|percent|rate|ratio)|\b(?:what|"
             r"which)\s+(?:percent(?:age)?|%|share|fraction|proportion)\s+of\s+(?:the\s+|their\s+|"
             r"our\s+|its\s+|his\s+|her\s+|my\s+)?(?:games|matches|fixtures|bouts)\b[^.?!]*\b"
             r"(?:won|win)\b")
RECORD = _c(r"\b(?:record|went|go|finished|stands?\s+at|is|at|are)\s+(?:of\s+|is\s+|was\s+|at\s+)?"
            r"(\d+)\s*[-–]\s*(\d+)(?:\s*[-–]\s*(\d+))?\b")
WON = _c(r"\b(?:won|win)\s+(\d+)\b|\b(\d+)\s+(?:wins|won|victories|w)\b")
LOST = _c(r"\b(?:lost|lose)\s+(\d+)\b|\b(\d+)\s+(?:losses|lost|defeats|l)\b")
TIED = _c(r"\b(?:drew|tied)\s+(\d+)\b|\b(\d+)\s+(?:draws|ties|drawn|tied|d|t)\b")


def win_share(text: str) -> Reckoned | None:
    """Games won as a percentage of games played (a tie counts as half a win)."""
    if not WIN_ASK.search(text):
        return None
    record = RECORD.search(text)
    if record is not None:
        won, lost = _f(record.group(1)), _f(record.group(2))
        tied = _f(record.group(3)) if record.group(3) else Fraction(0)
    else:
        won_m, lost_m = WON.search(text), LOST.search(text)
        if won_m is None or lost_m is None:
            return None
        won = _f(won_m.group(1) or won_m.group(2))
        lost = _f(lost_m.group(1) or lost_m.group(2))
        tied_m = TIED.search(text)
        tied = _f(tied_m.group(1) or tied_m.group(2)) if tied_m else Fraction(0)
    played = won + lost + tied
    if played <= 0:
        return None
    share = (won + tied / 2) / played * 100
    half = " + half of " + show(tied) if tied else ""
    return Reckoned("win percentage", share, "%", f"({show(won)}{half}) ÷ {show(played)} games "
                    "× 100", text=f"{show(share)}% ({show(won)} won of {show(played)})")


# --- a batting average ----------------------------------------------------------------------

BAT_ASK = _c(r"\bbatting\s+av(?:erage|g)\b|\b(?:his|her|my|their|the)\s+average\b[^.?!]*\bat[- ]"
             r"bats?\b|\bbatting\s+average|\bba\b\s*\?")
HITS = _c(rf"{NUM}\s+(?:hits?|safeties)\b|\bhits?\s*(?:of|:|=|was|were|is)?\s*{NUM}")
AT_BATS = _c(rf"{NUM}\s+(?:official\s+)?at[- ]?bats?\b|\bat[- ]?bats?\s*(?:of|:|=|was|were|is)?\s*"
             rf"{NUM}|{NUM}\s+abs?\b")


def batting_average(text: str) -> Reckoned | None:
    """Hits ÷ at bats, to three decimals as baseball shows it."""
    if not BAT_ASK.search(text) and not re.search(r"\bat[- ]?bats?\b", text):
        return None
    if not re.search(r"\baverage|\bavg\b|\bba\b", text):
        return None
    hits, bats = HITS.search(text), AT_BATS.search(text)
    if hits is None or bats is None:
        return None
    hit = _f(next(g for g in hits.groups() if g))
    bat = _f(next(g for g in bats.groups() if g))
    if bat <= 0 or hit > bat:
        return None
    value = hit / bat
    three = f"{float(round(value, 3)):.3f}"
    short = three[1:] if three.startswith("0") else three
    return Reckoned("batting average", value, "", f"{show(hit)} hits ÷ {show(bat)} at bats",
                    text=f"{three} ({short})")


# --- a dividend yield -----------------------------------------------------------------------

YIELD_ASK = _c(r"\b(?:dividend\s+)?yield\b")
DIVIDEND = _c(rf"\bpays?\s+(?:out\s+)?(?:a\s+)?(?:dividend\s+of\s+)?{CASH}|{CASH}\s+(?:a|per|each|"
              rf"every)\s+(?:year|share|annum)\b|\bdividends?\s+(?:of|is|was|are|:)?\s*{CASH}|"
              rf"{CASH}\s+(?:in\s+)?(?:annual\s+)?dividends?\b")
PRICE = _c(rf"\b(?:trad(?:es|ing)|priced|selling|sells|price\s+(?:is|of)|costs?|valued|quoted|"
           rf"worth|at)\s+(?:at\s+|is\s+|of\s+|for\s+)?{CASH}|\bshare\s+price\s+(?:is|of|:)?\s*{CASH}")


def dividend_yield(text: str) -> Reckoned | None:
    """A year's dividend as a percentage of the share price."""
    if not YIELD_ASK.search(text) or not re.search(r"\bdividends?\b", text):
        return None
    paid = DIVIDEND.search(text)
    if paid is None:
        return None
    price = next((m for m in PRICE.finditer(text) if not paid.start() <= m.start() < paid.end()
                  and not (m.start() <= paid.start() < m.end())), None)
    if price is None:
        return None
    dividend = _f(next(g for g in paid.groups() if g))
    cost = _f(next(g for g in price.groups() if g))
    if re.search(r"\b(?:quarterly|a\s+quarter|per\s+quarter|each\s+quarter)\b", text):
        dividend *= 4
    if cost <= 0:
        return None
    share = dividend / cost * 100
    return Reckoned("dividend yield", share, "%", f"{show(dividend)} ÷ {show(cost)} × 100")


# --- the price for a margin or a markup --------------------------------------------------------

FOR_MARGIN = _c(r"\b(?:what|which)\s+(?:selling\s+|sale\s+)?price\b|\bhow\s+much\s+(?:should|do|"
                r"must|would|can)\s+(?:i|we|you)\s+(?:sell|charge|price|ask)\b|\b(?:price|sell|"
                r"charge)\s+(?:it|them|each)\s+at\s+what\b|\bwhat\s+(?:should|do)\s+(?:i|we)\s+"
                r"(?:charge|sell|price)\b|\bselling\s+price\s*\?")
TARGET = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s*(?:gross\s+|net\s+|profit\s+)?"
            rf"(margin|mark[- ]?up)|(margin|mark[- ]?up)\s+(?:of\s+)?{NUM}\s*"
            rf"(?:%|percent|per\s*cent)")
COST = _c(rf"\b(?:costs?|cost\s+price|buy|bought|pay|paid|make|made|wholesale)\b(?:\s+(?:me|us|"
          rf"is|was|of|at|for|it|them|each|price))*\s*:?\s*{CASH}|{CASH}\s+(?:to\s+(?:make|buy|"
          rf"produce)|each\s+to\s+make)\b")


def price_for_margin(text: str) -> Reckoned | None:
    """The selling price that leaves a margin on the price (cost ÷ (1 − m)) or a markup on the
    cost (cost × (1 + m))."""
    target = TARGET.search(text)
    if target is None or not FOR_MARGIN.search(text):
        return None
    cost = next((m for m in COST.finditer(text) if not target.start() <= m.start() < target.end()),
                None)
    if cost is None:
        return None
    rate = _f(target.group(1) or target.group(4)) / 100
    kind = (target.group(2) or target.group(3)).lower()
    base = _f(cost.group(1) or cost.group(2))
    sign = sign_of(text)
    on_cost = kind.startswith("mark") or re.search(r"\bmargin\s+on\s+(?:the\s+)?cost\b", text)
    if on_cost:
        price = base * (1 + rate)
        basis = f"{money(base, sign)} × (1 + {show(rate * 100)}%)"
    else:
        if rate >= 1:
            return None
        price = base / (1 - rate)
        basis = f"{money(base, sign)} ÷ (1 − {show(rate * 100)}%)"
    return Reckoned("price", price, SIGNS.get(sign, ""), basis, text=money(price, sign))


# --- a time a day as a share of the day -------------------------------------------------------

DAY_ASK = _c(r"(?:%|\bpercent(?:age)?|\bper\s*cent|\bshare|\bfraction|\bproportion)\b[^.?!]*\b"
             r"(?:of\s+(?:the|my|a|each|every)\s+(?:day|24\s*hours?|waking\s+(?:day|hours))|"
             r"of\s+(?:the|my|a|each|every)\s+week)\b")
SPAN = _c(r"(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?))?\s*(?:and\s+)?(?:(\d+(?:\.\d+)?)\s*(?:m|mins?|"
          r"minutes?))?\s+(?:a|per|each|every)\s+(day|week)\b")


def share_of_day(text: str) -> Reckoned | None:
    """A time spent a day (or a week) as a percentage of that day (or week)."""
    ask = DAY_ASK.search(text)
    if ask is None:
        return None
    span = next((m for m in SPAN.finditer(text) if m.group(1) or m.group(2)), None)
    if span is None:
        return None
    minutes = _f(span.group(1) or "0") * 60 + _f(span.group(2) or "0")
    whole = Fraction(24 * 60) * (7 if span.group(3).lower() == "week" else 1)
    if "waking" in ask.group(0).lower() or minutes <= 0 or minutes > whole:
        return None
    share = minutes / whole * 100
    return Reckoned("share of the day", share, "%",
                    f"{show(minutes)} min ÷ {show(whole)} min × 100")


KINDS = (win_share, batting_average, dividend_yield, price_for_margin, share_of_day)
