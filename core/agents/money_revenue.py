"""Money coming in: dividends over a year, revenue after a price change, a batch's profit and
a raffle ticket's expected value.

- dividends: "667 shares paying a quarterly dividend of 2.85 per share, a year?" → 667 ×
  2.85 × 4 = 7,603.80;
- revenue after a price rise and lost customers: "430 customers pay 35 a month; raise the
  price 10% and lose 2% of customers" → 430 × 0.98 × 35 × 1.10 = 16,223.90;
- the profit on a batch: "a batch of 18 cupcakes costs 24.10 in ingredients, sold at 3.13
  each" → 18 × 3.13 − 24.10 = 32.24;
- a raffle ticket's expected value: "ticket costs 1, 240 sold, one prize of 1857" → 1857 ÷
  240 − 1 = 6.74.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.money_reckon import NUM, SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

CUR = r"[$€£¥]?\s?"
PCT = rf"{NUM}\s*(?:%|percent|per\s*cent)"


def _result(name: str, value: Fraction, text: str, basis: str, after: str = "") -> Reckoned:
    sign = sign_of(text)
    shown = money(value, sign)
    if value < 0 and sign:  # "-2.13 USD": the minus on the figure itself
        shown = f"{money(value, '')} {SIGNS.get(sign, '')}".strip()
    return Reckoned(name, value, SIGNS.get(sign, ""), basis, text=shown + after)


# --- dividends -----------------------------------------------------------------------------------

SHARES = _c(r"(?<![\d.,$€£])(\d[\d,]*)\s+shares\b")
DIVIDEND = _c(rf"\b(quarterly|monthly|yearly|annual|half[\s-]yearly|semi[\s-]?annual)?"
              rf"\s*dividends?\s+"
              rf"(?:of|is|:)?\s*{CUR}{NUM}\s*(?:per|a|each|/)\s*share\b(?:\s*(?:an?|per|each"
              rf"|every)\s+"
              rf"(quarter|month|year|half[\s-]year))?|{CUR}{NUM}\s*(?:per|a|each|/)\s*share\s+"
              rf"(?:an?|per|"
              rf"each|every)\s+(quarter|month|year)\b")
YEAR_ASK = _c(r"\b(?:a|per|in\s+a|each|one|the|every|over\s+a)\s+(?:whole\s+|full\s+)?year\b|\b"
              r"(?:yearly|"
              r"annual(?:ly)?)\b")
PER_YEAR = {"quarterly": 4, "quarter": 4, "monthly": 12, "month": 12, "yearly": 1, "annual": 1,
            "year": 1, "half yearly": 2, "half-yearly": 2, "semiannual": 2, "semi-annual": 2,
            "semi annual": 2, "half year": 2, "half-year": 2}


def dividends(text: str) -> Reckoned | None:
    """Shares times the dividend per share times the payments a year."""
    shares, paid = SHARES.search(text), DIVIDEND.search(text)
    if shares is None or paid is None or not YEAR_ASK.search(text[paid.end():] + " " +
                                                             text[:paid.start()]):
        return None
    often = (paid.group(1) or paid.group(3) or paid.group(5) or "").lower()
    times = PER_YEAR.get(often)
    if times is None:
        return None
    count, each = _f(shares.group(1)), _f(paid.group(2) or paid.group(4))
    return _result("a year", count * each * times, text,
                   f"{show(count)} shares × {show(each)} × {times} payments a year")


# --- revenue after a price change ---------------------------------------------------------------

CUSTOMERS = _c(rf"(?<![\d.,$€£])(\d[\d,]*)\s+(?:customers|subscribers|members|clients|users|"
               rf"students|tenants)\s+(?:each\s+)?(?:pay(?:ing)?|at|on)\s+{CUR}{NUM}")
RAISE = _c(rf"\b(?:raise|increase|put\s+up|hike|bump|up)\s+(?:the\s+|my\s+|our\s+)?(?:price|fee|"
           rf"subscription|rate)?\s*(?:by\s+)?{PCT}")
LOSE = _c(rf"\b(?:lose|loses|losing|drop|lost|churn)\s+(?:about\s+)?{PCT}\s+of\b|\b(?:lose|lost)"
          rf"\s+{PCT}")
REVENUE_ASK = _c(r"\b(?:revenue|income|takings|turnover|earnings|make|bring\s+in)\b")


def price_rise_revenue(text: str) -> Reckoned | None:
    """Customers at a price, with the price raised and some customers lost."""
    who, rise, lost = CUSTOMERS.search(text), RAISE.search(text), LOSE.search(text)
    if who is None or rise is None or lost is None or not REVENUE_ASK.search(text):
        return None
    count, price = _f(who.group(1)), _f(who.group(2))
    up, down = _f(rise.group(1)), _f(lost.group(1) or lost.group(2))
    kept, new_price = count * (1 - down / 100), price * (1 + up / 100)
    return _result("new revenue", kept * new_price, text,
                   f"{show(count)} × (1 − {show(down)}%) × {show(price)} × (1 + {show(up)}%) = "
                   f"{show(kept)} × {show(new_price)}")


# --- the profit on a batch ------------------------------------------------------------------------

BATCH = _c(r"\b(?:batch|tray|lot|run|box|pack|set)\s+of\s+(\d+)\b|(?<![\d.,$€£])(\d+)\s+[a-z]+\s+"
           r"(?:cost|costs)\s+(?:me\s+)?[$€£]?\s?\d")
COSTS = _c(rf"\bcosts?\s+(?:me\s+|us\s+)?(?:about\s+)?{CUR}{NUM}(?!\s*(?:each|apiece|per|an?\s))")
SELL = _c(rf"\bsell\w*\s+(?:them\s+|it\s+|each\s+)?(?:at|for)\s+{CUR}{NUM}\s*(?:each|apiece|a"
          rf"\s+piece|"
          rf"per\s+[a-z]+|an?\s+[a-z]+)?")
PROFIT_ASK = _c(r"\bprofit\b|\bmake\s+on\b|\bhow\s+much\s+(?:do|will|would)\s+(?:i|we)\s+make\b")


def batch_profit(text: str) -> Reckoned | None:
    """The takings for a batch sold at a price each, less the batch's cost."""
    batch, cost, sell = BATCH.search(text), COSTS.search(text), SELL.search(text)
    if batch is None or cost is None or sell is None or not PROFIT_ASK.search(text):
        return None
    count, spent, each = _f(batch.group(1) or batch.group(2)), _f(cost.group(1)), _f(sell.group(1))
    value = count * each - spent
    return _result("profit" if value >= 0 else "loss", value, text,
                   f"{show(count)} × {show(each)} − {show(spent)}")


# --- a raffle ticket's expected value ------------------------------------------------------------

TICKET = _c(rf"\bticket\w*\s+(?:costs?|is|are|priced\s+at|for)\s+{CUR}{NUM}|{CUR}{NUM}\s+(?:a|per|"
            rf"each)\s+ticket\b")
SOLD = _c(r"(?<![\d.,$€£])(\d[\d,]*)\s+tickets?\s+(?:were\s+|are\s+)?(?:sold|in\s+the\s+draw|"
          r"bought|entered)\b|\bsold\s+(\d[\d,]*)\s+tickets\b")
PRIZE = _c(rf"\b(?:\d+\s+|one\s+|a\s+|single\s+)?(?:prize|jackpot)\s+(?:of|is|worth|:)?"
           rf"\s*{CUR}{NUM}|[$€£¥]"
           rf"\s?{NUM}\s+(?:cash\s+)?(?:prize|jackpot)\b")
EV_ASK = _c(r"\bexpected\s+(?:value|return|gain|winnings|profit)\b|\bon\s+average\b")


def raffle_value(text: str) -> Reckoned | None:
    """A prize over the tickets sold, less the ticket's price."""
    if not EV_ASK.search(text):
        return None
    ticket, sold, prize = TICKET.search(text), SOLD.search(text), PRIZE.search(text)
    if ticket is None or sold is None or prize is None:
        return None
    price = _f(ticket.group(1) or ticket.group(2))
    count, win = _f(sold.group(1) or sold.group(2)), _f(prize.group(1) or prize.group(2))
    if count <= 0:
        return None
    value = win / count - price
    return _result("expected value", value, text,
                   f"{show(win)} × 1/{show(count)} − {show(price)}")


KINDS = (dividends, price_rise_revenue, batch_profit, raffle_value)
