"""Multi-buy deals and the profit on things made and sold.

- a multi-buy: "36.85 each, buy one get one half off, I'm buying 8" → 4 pairs × (36.85 +
  18.425) = 221.10; "buy 2 get 1 free", "3 for 2", "second one 50% off", "BOGO free";
- the profit on a batch sold: "sold 54 cupcakes at 5.56, each cost 1.87 to make, stall fee
  97" → 54 × (5.56 − 1.87) − 97 = 102.26 (a loss shown as such).

Money to the cent in the question's currency. The text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
CASH = rf"[$€£¥]?\s?{NUM}"
PAY_ASK = _c(r"\bhow\s+much\b|\bwhat\b[^.?!]*\b(?:pay|cost|total|owe|spend)\b|\btotal\b|\bcost\b")


# --- a multi-buy deal -------------------------------------------------------------------------

DEAL = _c(r"\bbuy\s+(\d+)\s*,?\s*get\s+(\d+)\s+(?:(free)|(half)[\s-]*(?:off|price)|"
          r"(\d+(?:\.\d+)?)\s*(?:%|percent)\s+off)|\bbogo(?:f)?\s*(?:(free)|(half|50\s*%)\s*off)?|\b(\d+)\s+for\s+(\d+)"
          r"\b(?!\s*[$€£¥\d])|\bsecond\s+(?:one|1|item|pair|shirt)?\s*(?:is\s+)?(?:(free)|"
          r"(half)[\s-]*"
          r"(?:off|price)|(\d+(?:\.\d+)?)\s*(?:%|percent)\s+off)")
PRICE = _c(rf"(?:\b(?:are|is|at|cost|costs|priced\s+at|@)\s+|[$€£¥])(?:[$€£¥]\s?)?{NUM}(?!\s*%)"
           rf"(?:\s*(?:each|apiece|a\s+piece|per\s+\w+|an?\s+\w+))?|{CASH}\s*(?:each|apiece)\b")
BUYING = _c(r"\b(?:buy(?:ing)?|get(?:ting)?|take|taking|purchas\w*|need|want|order\w*)\s+(\d+)\b"
            r"(?!\s*(?:get|for|%))|\b(\d+)\s+of\s+them\b|\b(?:how\s+much|pay|cost|total)\s+(?:is\s+it\s+|"
            r"would\s+it\s+be\s+)?for\s+(\d+)\b(?!\s*(?:%|[$€£¥.]))")


def multi_buy(text: str) -> Reckoned | None:
    """What a number of items costs under a buy-some-get-some deal."""
    deal = DEAL.search(text)
    if deal is None or not PAY_ASK.search(text):
        return None
    g = deal.groups()
    if g[0]:  # buy a get b free / half off / p% off
        paid, cheap = int(g[0]), int(g[1])
        off = Fraction(1) if g[2] else Fraction(1, 2) if g[3] else _f(g[4]) / 100
    elif deal.group(0).lower().startswith("bogo"):
        paid, cheap = 1, 1
        off = Fraction(1, 2) if g[6] else Fraction(1)
    elif g[7]:  # 3 for 2
        paid, cheap = int(g[8]), int(g[7]) - int(g[8])
        off = Fraction(1)
    else:  # second one free / half off
        paid, cheap = 1, 1
        off = Fraction(1) if g[9] else Fraction(1, 2) if g[10] else _f(g[11]) / 100
    if paid <= 0 or cheap <= 0 or not 0 < off <= 1:
        return None
    skip = deal.span()
    price = next((m for m in PRICE.finditer(text) if not skip[0] <= m.start(1) < skip[1]), None)
    count = next((m for m in BUYING.finditer(text) if not skip[0] <= m.start() < skip[1]), None)
    if price is None or count is None:
        return None
    each = _f(price.group(1) or price.group(2))
    items = int(next(g for g in count.groups() if g))
    if not 0 < items <= 10000:
        return None
    group = paid + cheap
    groups, rest = divmod(items, group)
    one_group = paid * each + cheap * each * (1 - off)
    extra = min(rest, paid) * each + max(0, rest - paid) * each * (1 - off)
    total = groups * one_group + extra
    sign = sign_of(text)
    basis = f"{groups} × ({paid} × {money(each, sign)} + {cheap} × {money(each * (1 - off), sign)})"
    if rest:
        basis += f" + {rest} more ({money(extra, sign)})"
    return Reckoned("total", total, SIGNS.get(sign, ""), basis, text=money(total, sign))


# --- the profit on a batch sold --------------------------------------------------------------

SOLD = _c(rf"\bsold\s+(\d[\d,]*)\s+(?:[a-z'-]+\s+){{0,3}}?(?:at|for|@)\s+{CASH}(?:\s*(?:each|apiece"
          rf"|a\s+piece))?|\b(?:sell|sells|selling)\s+(\d[\d,]*)\s+(?:[a-z'-]+\s+){{0,3}}?(?:at|for|"
          rf"@)\s+{CASH}")
UNIT_COST = _c(rf"\b(?:each|every\s+one|one)\s+(?:one\s+|1\s+)?(?:cost|costs|costing)\s+"
               rf"(?:me\s+|us\s+)?{CASH}|\bcost(?:s|ing)?\s+(?:me\s+|us\s+)?{CASH}\s+(?:each|apiece|per\s+\w+|a\s+"
               rf"piece|to\s+make\s+each|each\s+to\s+make)|\b(?:unit\s+cost|cost\s+per\s+\w+|cost\s+"
               rf"to\s+make)\s+(?:is\s+|was\s+|of\s+)?{CASH}|{CASH}\s+each\s+to\s+(?:make|produce|"
               rf"buy)")
FIXED = _c(rf"\b(?:stall|pitch|table|stand|booth|entry|rental|rent|setup|set-up|venue|site|"
           rf"licen[cs]e|fixed)\s+(?:fee|cost|costs|charge|hire)?\s*(?:was|is|of|:|cost)?\s*(?:me\s+|"
           rf"us\s+)?{CASH}|{CASH}\s+(?:for\s+the\s+|in\s+)?(?:stall|pitch|table|stand|booth|"
           rf"rental|venue|fees?)\b")
PROFIT_ASK = _c(r"\b(?:profit|made|make|earn\w*|net|take\s+home|loss|clear(?:ed)?|up|down)\b[^.?!]*"
                r"(?:\?|$)|\bhow\s+much\s+(?:did|do|will)\s+(?:i|we|they|she|he)\s+(?:make|earn|clear)")


def batch_profit(text: str) -> Reckoned | None:
    """Takings less what the items cost to make and the fixed fees."""
    if not re.search(r"\bprofit|\bloss\b|\bnet\b|\bmake\s+(?:overall|in\s+total)|\bclear", text) \
            or not PROFIT_ASK.search(text):
        return None
    sold, cost = SOLD.search(text), UNIT_COST.search(text)
    if sold is None or cost is None:
        return None
    count = _f(sold.group(1) or sold.group(3))
    price = _f(sold.group(2) or sold.group(4))
    each = _f(next(g for g in cost.groups() if g))
    fixed = [m for m in FIXED.finditer(text) if not sold.start() <= m.start() < sold.end()
             and not cost.start() <= m.start() < cost.end()]
    fees = sum((_f(next(g for g in m.groups() if g)) for m in fixed), Fraction(0))
    profit = count * (price - each) - fees
    sign = sign_of(text)
    basis = f"{show(count)} × ({money(price, sign)} − {money(each, sign)})"
    if fees:
        basis += f" − {money(fees, sign)}"
    shown = money(profit, sign) if profit >= 0 else f"a loss of {money(-profit, sign)}"
    return Reckoned("profit", profit, SIGNS.get(sign, ""), basis, text=shown)


KINDS = (multi_buy, batch_profit)
