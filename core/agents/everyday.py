"""Everyday arithmetic in words → one expression: the kinds of question people ask about
money and marks, whatever the exact phrasing.

- the sum of listed prices: "milk 8.93, bread 4.00 and butter 7.06 - what's that
  altogether?" → ``8.93 + 4.00 + 7.06``;
- change from a note: "paid with a 20 dollar note for something that cost 18.59, how much
  change?" → ``20 - 18.59``;
- a price per unit times a quantity: "petrol is 2.04 a litre and I put in 24 litres, what
  did that cost?" → ``2.04 * 24``;
- a percentage change: "went down from 1700 to 1496, by what percent?" →
  ``(1496 - 1700) / 1700 * 100`` (shown without its sign; the wording gives the direction);
- a part of a whole as a percentage: "15 out of 20, as a percentage?" → ``15 / 20 * 100``.

The text is already expanded and lower-cased. Each kind needs its own cue words and a
question, so a sentence that merely holds numbers stays conversation. The result is still
untrusted text for the whitelist parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

AMOUNT = r"[$€£¥]?\s?(\d[\d,]*(?:\.\d+)?)(?![\d.,]\d)"


QUESTION = _c(r"\?|\b(?:what|how\s+much|how\s+many|calculate|compute|work\s+out|figure\s+out|"
              r"tell\s+me|give\s+me)\b")
ALL_TOGETHER = _c(r"\b(?:altogether|all\s+together|in\s+total|total(?:\s+cost)?|combined|"
                  r"for\s+(?:all|everything|the\s+lot)|all\s+of\s+(?:it|them|that)|"
                  r"add(?:s|ed)?\s+up(?:\s+to)?|sum\s+of\s+(?:it|them|that|those))\b")
SPENT = _c(r"\b(?:got|bought|buy|paid|spent|cost|costs|costing|priced|for|items?|shopping|"
           r"basket)\b|[$€£¥]")
OPERATOR = re.compile(r"\d\s*(?:[-+*/^×x÷]|plus|minus|times|divided|multiplied)\s*\d", re.I)
NOTE = _c(rf"\b(?:paid|pay|gave|give|handed(?:\s+over)?|hand(?:\s+over)?|used|use)\s+"
          rf"(?:with\s+|over\s+)?(?:(?:the|my)\s+\w+\s+)?(?:an?\s+|my\s+)?{AMOUNT}\s*(?:dollars?|euros?|pounds?|bucks)?"
          rf"\s*(?:note|bill)?\b")
COST = _c(rf"\b(?:cost|costs|costing|priced\s+at|came\s+to|comes\s+to|was|is|for|of)\s+(?:me\s+)?"
          rf"{AMOUNT}(?!\s*(?:%|percent|dollars?\s+note|note))")
ON_THING = _c(r"\s*(?:dollars?|euros?|pounds?|bucks)?\s+on\s+(?:the\s+|my\s+|our\s+)?[a-z]")
CHANGE = _c(r"\bchange\b|\bget\s+back\b|\bleft\s+over\b")
PER_UNIT = _c(rf"{AMOUNT}\s*(?:dollars?|euros?|pounds?|bucks)?\s*(?:a|per|each|every|/|"
              rf"for\s+(?:a|one|each))\s*([a-z]+?)s?\b")
QUANTITY = r"(\d+(?:\.\d+)?)\s*(?:{unit}s?|{unit}es)\b"
COST_ASK = _c(r"\b(?:cost|pay|paid|spend|spent|price|bill|how\s+much|total|owe|charge\w*)\b")
PCT_ASK = _c(r"\b(?:by\s+)?(?:what|which|how\s+many|how\s+much\s+of\s+a)\s+(?:percent(?:age)?|"
             r"per\s*cent|%)|\bpercent(?:age)?\s+(?:change|increase|decrease|rise|drop|fall)\b|"
             r"\bas\s+a\s+percent(?:age)?\b|\bin\s+percent(?:age)?\b|\bhow\s+many\s+percent\b|"
             r"\b(?:what|how\s+much)\s+percent")
FROM_TO = _c(rf"\bfrom\s+{AMOUNT}\s*(?:[a-z]+\s+)?to\s+{AMOUNT}")
OUT_OF = _c(rf"{AMOUNT}\s*(?:out\s+of|/|of\s+a\s+possible|from)\s*{AMOUNT}")
BUDGET = _c(rf"\b(?:had|have|budget(?:ed)?|brought|took|with|got)\s+(?:of\s+|is\s+|was\s+|"
            rf"only\s+|just\s+)?{AMOUNT}(?!\s*(?:%|percent))")
LEFT = _c(r"\b(?:left|remain\w*|left\s+over|to\s+spare)\b")
LISTED_BEFORE = re.compile(r"(?<![\d.,])(?:\d+(?:\.\d+)?\s*,\s*)+(?:\d+(?:\.\d+)?\s*,?\s+)?"
                           r"(?:and\s+)?$")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
MORE_AMOUNTS = _c(r"(?:\s*(?:,|\+|&|\band\b)\s*(?:and\s+)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?"
                  r"(?![\d.,]\d))+")
NUMBER_WITH_COMMAS = re.compile(r"\d[\d,]*(?:\.\d+)?(?![\d.,]\d)")
FLAT_FEE = _c(r"\bplus\s+(?:an?\s+)?(?:extra\s+)?[$€£]\s?(\d[\d,]*(?:\.\d+)?)(?!\s*(?:%|a\b|an\b|"
              r"per|each|every|/))")
# "how many years to pay for itself?": a count or a time asked, no price times a quantity
OTHER_ASK = _c(r"\bhow\s+long\b|\bhow\s+many\s+(?!dollars?\b|euros?\b|pounds?\b|bucks\b|"
               r"cents?\b|pence\b)[a-z]+|\b(?:years?|months?|weeks?|days?|hours?)\s+(?:to|"
               r"until|till|before)\b")
UNUSED_SHARE = _c(r"\d\s*(?:%|percent\b|per\s*cent\b)")  # "90% efficient": not in a price × amount
SKIP_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "second", "time",
                        "person", "head", "piece"})


@dataclass(frozen=True, slots=True)
class Everyday:
    expression: str
    money: bool  # answered to the cent


def everyday_expression(text: str, previous: bool = False) -> Everyday | None:
    """The expression an everyday question asks for, or None. With ``previous``, "how
    much is left" of a stated budget uses the previous result (``ANS``)."""
    if len(text) > 600 or not QUESTION.search(text):
        return None
    if previous and LEFT.search(text) and (budget := BUDGET.search(text)) is not None:
        return Everyday(f"{_n(budget.group(1))} - ANS", True)
    for kind in (_percent_change, _out_of, _change, _per_unit, sum_of_prices):
        found = kind(text)
        if found is not None:
            return found
    return None


def _percent_change(text: str) -> Everyday | None:
    if not PCT_ASK.search(text) or (span := FROM_TO.search(text)) is None:
        return None
    old, new = _n(span.group(1)), _n(span.group(2))
    if float(old) == 0:
        return None
    return Everyday(f"abs({new} - {old}) / {old} * 100", False)


def _out_of(text: str) -> Everyday | None:
    if not PCT_ASK.search(text) or (span := OUT_OF.search(text)) is None:
        return None
    part, whole = _n(span.group(1)), _n(span.group(2))
    if float(whole) == 0:
        return None
    return Everyday(f"{part} / {whole} * 100", False)


def _change(text: str) -> Everyday | None:
    if not CHANGE.search(text) or (note := NOTE.search(text)) is None:
        return None
    costs = [m for m in COST.finditer(text) if m.start() >= note.end() or m.end() <= note.start()]
    if not costs:
        return None
    spent = [_n(costs[0].group(1))]  # "things for $10.45, $1.67 and $3": every price listed
    tail = MORE_AMOUNTS.match(text, costs[0].end())
    if tail is not None:
        spent += [_n(m) for m in NUMBER_WITH_COMMAS.findall(tail.group(0))]
    paid = _n(note.group(1))
    return Everyday(f"{paid} - ({' + '.join(spent)})" if len(spent) > 1 else
                    f"{paid} - {spent[0]}", True)


def _per_unit(text: str) -> Everyday | None:
    if not COST_ASK.search(text) or OTHER_ASK.search(text) or UNUSED_SHARE.search(text):
        return None
    for rate in PER_UNIT.finditer(text):
        unit = rate.group(2)
        if unit in SKIP_UNITS or len(unit) < 2:
            continue
        pattern = QUANTITY.format(unit=re.escape(unit))
        for quantity in re.finditer(pattern, text, re.I):
            if quantity.start() != rate.start():
                amount = quantity.group(1)
                if (listed := LISTED_BEFORE.search(text[:quantity.start()])) is not None:
                    parts = [*NUMBER.findall(listed.group(0)), amount]
                    amount = f"({' + '.join(parts)})"  # "trips of 92, 152, 135 km"
                fees = [_n(m.group(1)) for m in FLAT_FEE.finditer(text)]
                return Everyday(" + ".join([f"{_n(rate.group(1))} * {amount}", *fees]), True)
    return None


def sum_of_prices(text: str) -> Everyday | None:
    """Listed prices asked for "altogether" (checked before other money wordings)."""
    if not ALL_TOGETHER.search(text) or not SPENT.search(text) or OPERATOR.search(text):
        return None
    from core.agents.prices import EACH_AT, ITEM

    counted = list(ITEM.finditer(text)) or list(EACH_AT.finditer(text))
    terms = [f"{m.group(1) or m.group(4)} * {_n(m.group(2) or m.group(5))}" if m.re is ITEM
             else f"{m.group(1)} * {_n(m.group(2))}" for m in counted]
    inside = [(m.start(), m.end()) for m in counted]
    spent_on = re.search(r"\b(?:spen[dt]|paid|pay)\b", text, re.I) is not None
    terms += [_n(m.group(1)) for m in re.finditer(AMOUNT, text)
              if (re.fullmatch(r"\d[\d,]*\.\d\d", m.group(1)) or m.group(0)[:1] in "$€£¥" or (
                  spent_on and ON_THING.match(text, m.end())))  # "spent 1,200 on rent, 300 on …"
              and not any(a <= m.start() < b for a, b in inside)]
    if len(terms) < 2 or len(terms) > 30:
        return None
    return Everyday(" + ".join(terms), True)
