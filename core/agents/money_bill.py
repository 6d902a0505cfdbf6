"""A money total read as a chain of terms, whatever the wording of each term.

The statement is cut at commas, "and", "plus" and dashes; the numbers of one piece multiply
(a count, a price each, hours a day, days: "4 hours a day for 16 days at $32.90/hour"), the
pieces add up ("19 deliveries at $8.33 each, plus $64.74 in tips"), and the words around a
piece change the running total:

- "25% off", "15% discount" take a share off everything so far; "8% tax", "10% on top", "a
  15% tip" add one;
- "split 8 ways", "between 4 of us" share out the piece they stand in, or everything so far
  when the piece has no amount of its own ("…plus a $116 cleaning fee, split 8 ways");
- "for 52 weeks", "over a year" alone multiply everything so far;
- a list of hours "9h, 3h, 4h and 5h" counts as their sum.

It answers only a money total asked for ("total?", "what did I make?", "what do I owe?",
"final price?") of a statement with a currency or a price each, and never when a number's
role is unclear (units of weight, volume or distance, dates).
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

BIGGEST = 10**9  # no bill comes to a billion
NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
ASK = _c(r"\b(?:total|in\s+total|altogether|in\s+all|final\s+(?:price|cost|bill|amount)|"
         r"what\s+(?:did|do|will|would)\s+(?:i|we)\s+(?:make|earn|get|owe|pay|take\s+home)|"
         r"how\s+much\s+(?:did|do|will|would|am|are|is)\s+(?:i|we|it|that|this)\s+(?:make|earn|get|"
         r"owe|pay|cost|come\s+to|getting\s+paid|being\s+paid|get\s+paid|take\s+home)|"
         r"what'?s?\s+(?:is\s+)?(?:that|it|this)(?=\s+(?:over|in|for|across))|(?:that|it|this)\s+"
         r"come\s+to|what\s+does\s+"
         r"(?:it|that|this)\s+come\s+to|my\s+share|what\s+do\s+i\s+owe|how\s+much\s+each)\b")
CUT = re.compile(r",(?!\d{3}\b)|;|\s+-+\s+|\s*[—–]\s*|\.\s|\band\b|\bplus\b|\bthen\b|:")
OFF = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s*(?:off|discount|reduction|cheaper|less)\b|"
         rf"\b(?:minus|less|discount\s+of|knock\s+off)\s+{NUM}\s*(?:%|percent)")
ADD = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s*(?:\w+\s+)?(?:tax|vat|gst|tip|gratuity|service|"
         rf"on\s+top|extra|more|surcharge|markup|fee|employer)")
SPLIT = _c(r"\b(?:split|shared?|divided|splitting|sharing|dividing)\b[^;.]*?\b(?:(\d+)\s+ways|"
           r"(?:between|among|amongst|by|across|into)\s+(?:the\s+)?(\d+)\b)|\b(\d+)\s+ways\b|"
           r"\b(?:between|among|amongst)\s+(?:the\s+)?(\d+)\s+(?:of\s+us|people|friends|persons|"
           r"flatmates|housemates|roommates|colleagues)\b|\b(\d+)\s+of\s+us\b")
OVER = _c(rf"\b(?:over|for|across|in)\s+(?:a\s+|the\s+(?:next\s+)?)?{NUM}\s*(weeks?|months?|years?|"
          rf"days?|nights?)\b")
HOURS_LIST = _c(r"((?:\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)?\s*,\s*)+\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)?"
                r"\s*(?:,\s*)?and\s+\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)\b)")
# numbers whose role is not a count, a price or a time: another reader's
FOREIGN = _c(r"\d\s*(?:kg|g|mg|ml|l|litres?|liters?|km|miles?|m²|m2|sq|lbs?|oz|cm|mm|kwh|gb|mb|"
             r"calories|kcal|°)\b|\d{1,2}:\d\d|\d\s*(?:am|pm)\b|\b(?:ratio|per\s*cent\s+of|of\s+the|"
             r"out\s+of)\b|%\s+of\b|\bsold\b|\bleft\b|\bremain|\bsave[sd]?\b|\bcheaper\b|\bor\b|"
             r"\bovertime\b|\btime\s+and\s+a\s+half\b|\bdouble\s+time\b|\baverage|\bmean\b|"
             r"\btypical|\broughly\b|\bbogo\b|\bbuy\s+\d+\s+get\b|\bcoins?\b|\d+p\b|\bin\s+(?:us\s+)?"
             r"(?:euros?|pounds|dollars|gbp|usd|eur|yen|celsius|fahrenheit|decimal)\b|\bchart|"
             r"\bplot|\bgraph|\beach\s+(?:night|day|week|month)\b|\bof\s+age\b|\bhow\s+many\b|"
             r"\bmin\b|\bminutes?\b|\d+\s+for\s+\d+\b|\bhalf\s+price\b|\bsecond\s+one\b|"
             r"\bshares?\b|\bquarter|\bdividend|\bratio\b|\bsubtotal\b|\binterest\b|\bloans?\b|\bmortgage\b|\bapr\b|\binvest|\bdeposit|"
             r"\bweeks?\s+off\b|\bback\b|\bchange\b|\b(?:paid|pay|paying)\s+with\b|(?:\ban?|\bper|\beach)\s+"
             r"(?:hour|week|month|year|day)\s*\??\s*$")
# a list of three or more figures is a data question
LISTED = re.compile(r"\d[\d.]*\s*[a-z€$£]*\s*[,;]\s+[$€£]?\d[\d.]*\s*[a-z€$£]*\s*(?:[,;]|and)\s+"
                    r"[$€£]?\d")
RATE_ONLY = _c(r"\b(?:each|apiece|per\s+\w+|an?\s+(?:hour|hr|night|day|week|month|ride|visit|item|"
               r"piece|unit|person|head))\b|/\s*(?:hour|hr|h|night|day)\b")
TIMED = _c(r"\b(?:an?|per|each|every)\s+(?:hour|hr|night|day|week|month|year)\b|/\s*(?:hour|hr|h|"
           r"night|day)\b|\b(?:hours?|nights?|days?|weeks?)\b")
ASKS = _c(r"\b(?:what|how|which|when|can\s+you|could\s+you)\b|\?")
MONEYISH = _c(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|bucks|quid)\b|\beach\b|\b(?:an|per|/)\s*"
              r"(?:hour|hr|night|ride|visit)\b")
UNIT_OF_TIME = {"week": 1, "month": 1, "year": 1, "day": 1, "night": 1}


def cash(value: Fraction, sign: str) -> str:
    """To the cent; a whole amount also as it is said ("$12 ($12.00)")."""
    if value.denominator == 1:
        return f"{sign}{value.numerator:,} ({money(value, sign)})"
    return money(value, sign)



def _hours_sum(text: str) -> tuple[str, str]:
    """"9h, 3h, 4h and 5h" → "21 h", with how it was found."""
    found = HOURS_LIST.search(text)
    if found is None:
        return text, ""
    values = [_f(v) for v in re.findall(r"\d+(?:\.\d+)?", found.group(1))]
    total = sum(values, Fraction(0))
    said = " + ".join(show(v) for v in values)
    return text[:found.start()] + f"{show(total)} hours" + text[found.end():], f"({said})"


def bill_total(text: str) -> Reckoned | None:
    """The total of a chain of priced terms, with discounts, additions and shares."""
    if len(text) > 300 or (ask := ASK.search(text)) is None or MONEYISH.search(text) is None:
        return None
    if FOREIGN.search(text) or re.search(r"\balso\b", text) or text.count("?") > 1 or len(
            {m.start() for m in ASKS.finditer(text) if m.group(0) != "?"}) > 1:
        return None
    head = text[:ask.start()] + " " + text[ask.end():]
    head, listed = _hours_sum(head)
    if LISTED.search(head):
        return None
    total, basis, terms, multiplied = Fraction(0), "", 0, False
    shaped = bool(listed)  # more than a plain sum of products, which the maths reader takes
    for piece in CUT.split(head):
        piece = piece.strip()
        if not piece:
            continue
        used: list[tuple[int, int]] = []
        factor = Fraction(1)
        off = OFF.search(piece)
        add = ADD.search(piece)
        split = SPLIT.search(piece)
        over = OVER.search(piece)
        for found in (off, add):
            if found is not None:
                used.append(found.span())
        if split is not None:
            used.append(split.span(next(i for i in range(1, 6) if split.group(i))))
        numbers = [m for m in re.finditer(NUM, piece)
                   if not any(a <= m.start() < b for a, b in used)]
        if off is not None:
            factor *= 1 - _f(off.group(1) or off.group(2)) / 100
        if add is not None:
            factor *= 1 + _f(add.group(1)) / 100
        if re.search(r"%|percent", piece) and off is None and add is None:
            return None  # a percentage of no known role
        ways = int(next(g for g in split.groups() if g)) if split is not None else 1
        if ways < 1:
            return None
        shaped = shaped or any(f is not None for f in (off, add, split, over)) or len(numbers) > 2 \
            or (len(numbers) > 1 and TIMED.search(piece) is not None)
        if numbers and over is not None and len(numbers) == 1 and terms:
            total, basis = total * _f(over.group(1)), f"({basis}) × {over.group(1)}"
            numbers = []
        if len(numbers) == 1 and terms and over is None and RATE_ONLY.search(piece):
            return None  # a price each whose count is said elsewhere: not this reader's
        if numbers:
            product = Fraction(1)
            for m in numbers:
                product *= _f(m.group(1))
            said = " × ".join(m.group(1) for m in numbers)
            multiplied = multiplied or len(numbers) > 1
            if ways > 1:
                product, said = product / ways, f"{said} ÷ {ways}"
            total += product * factor
            basis = f"{basis} + {said}" if basis else said
            terms += 1
            ways = 1
        if factor != 1:
            if not numbers:
                total *= factor
            basis = f"({basis}) × {show(factor)}"
        if ways > 1:
            total, basis = total / ways, f"({basis}) ÷ {ways}"
    if terms == 0 or not 0 < total < BIGGEST or (terms == 1 and not multiplied) or not shaped:
        return None  # none, or more than any bill (a table of dates read as prices)
    if listed:
        basis += f"; hours {listed}"
    sign = sign_of(text)
    return Reckoned("total", total, SIGNS.get(sign, ""), basis, text=cash(total, sign))


KINDS = (bill_total,)
