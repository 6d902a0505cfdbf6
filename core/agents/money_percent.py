"""A percentage put on, taken off or taken of an amount of money, shown in its currency.

"€577 plus 21% VAT = ?" → €698.17; "and €577 minus 21%?" → €455.83; "£80 with 12.5%
service added" → £90.00; "20% off $45?" → $36.00. A share of an amount ("a 15% tip on
$128.45") is a word problem (:mod:`core.agents.wordproblems`), shown in its currency too.
Only an amount with its currency named answers here (a bare number is a plain
calculation); one amount and one percentage, and an ask. The text is expanded and
lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
CASH = _c(rf"(?<![\d:.])([$€£¥])\s?{NUM}|{NUM}\s*(dollars?|euros?|pounds?|usd|eur|gbp|bucks|"
          rf"quid)\b")
PCT = _c(rf"{NUM}\s*(?:%|percent\b|per\s*cent\b)")
WHAT = r"(?:vat|gst|hst|sales\s+tax|tax|tip|service(?:\s+charge)?|gratuity|fee|commission|" \
       r"surcharge|markup|mark-up|interest|deposit|discount|cashback)"
ON = _c(rf"^\s*(?:{WHAT}\s+)?(?:added\s+)?(?:on|of|for)\s+(?:an?\s+|the\s+|my\s+)?$")
UP = _c(r"(?:\bplus|\bwith|\badd(?:ed|ing)?|\+|\bafter\s+adding|\bput\s+on|"
        r"\bmark(?:ed)?\s+up\s+by|\bup\s+by|\braised?\s+by|\bincreased?\s+by)\s*(?:an?\s+)?$")
DOWN = _c(r"(?:\bminus|\bless|\bwithout|\bexcluding|\bexcl\.?|-|−|\btake\s+off|\btaking\s+off|"
          r"\bknock\s+off|\bdown\s+by|\bcut\s+by|\breduced\s+by|\bdiscounted\s+by|\bafter)\s*"
          r"(?:an?\s+|the\s+)?$")
OFF_AFTER = _c(r"^\s*(?:off|discount|less|cheaper|reduction)\b")
ASK = _c(r"=\s*\?|\?|\bwhat\b|\bhow\s+much\b|\bcalculate\b|\bwork\s+out\b")
OTHER = _c(r"\b(?:split|share|each|per\s+(?:person|head)|ways|before|originally|original|"
           r"pre-?sale|gross|net|includes|included|inclusive|including|incl|inc|year|month|week|compound|interest|"
           r"rate|loan|save|saving|profit|changed?|convert|into|in\s+(?:euros?|dollars?|pounds?))\b")


def percent_on_money(text: str) -> Reckoned | None:
    if not ASK.search(text) or OTHER.search(text) or len(re.findall(
            r"\bwhat|\bhow\s+much|\?", text)) > 2:
        return None
    cash, pcts = list(CASH.finditer(text)), list(PCT.finditer(text))
    if len(cash) != 1 or len(pcts) != 1:
        return None
    amount, pct = cash[0], pcts[0]
    sign = sign_of(text)
    value = Fraction((amount.group(2) or amount.group(3)).replace(",", ""))
    rate = Fraction(pct.group(1).replace(",", ""))
    before, after = text[:pct.start()], text[pct.end():]
    if pct.start() > amount.end():  # "€577 plus 21% VAT", "$45 minus 20%"
        between = text[amount.end():pct.start()]
        if UP.search(between) and not OFF_AFTER.match(after):
            result, how = value * (1 + rate / 100), "+"
        elif DOWN.search(between) or OFF_AFTER.match(after):
            result, how = value * (1 - rate / 100), "−"
        else:
            return None
    elif OFF_AFTER.match(after) and re.fullmatch(r"\s*(?:off|discount)\s+(?:on\s+|of\s+)?"
                                                  r"(?:an?\s+|the\s+)?", text[pct.end():
                                                                              amount.start()]):
        result, how = value * (1 - rate / 100), "−"
    else:
        return None
    if (rate > 100 and how == "−") or not sign or re.search(r"\d", before[:max(0, min(
            pct.start(), amount.start()))]):
        return None
    said = amount.group(2) or amount.group(3)
    factor = 1 + rate / 100 if how == "+" else 1 - rate / 100
    basis = f"{said} {how} {show(rate)}% = {said} × {show(factor)}"
    return Reckoned("amount", result, "", basis, text=money(result, sign))


KINDS = (percent_on_money,)
