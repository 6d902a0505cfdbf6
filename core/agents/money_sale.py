"""A price with a percentage (or several) taken off, every figure asked answered.

- the price after a discount, with the saving: "the coat is $510 and it's 60% off, what
  will I pay?" → $204.00 (saving $306.00);
- the saving and the new price both asked: "20 percent off something that's 271 euros -
  how much do I save and what's the new price?" → saving €54.20, new price €216.80;
- a further discount on the sale price: "£265, 30% off, then another 10% off at the till
  - the sale price and what I paid?" → £185.50, then £166.95.

The price before a discount is a word problem (:mod:`core.agents.wordproblems`).

Money is shown to the cent, with the plain working beside it. The text is expanded and
lower-cased; a kind needs its cue words and an ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, SIGNS, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
OFF = _c(rf"{PCT}\s*(?:off|discount|reduction|markdown|cheaper)\b|\b(?:discount(?:ed)?|reduced|"
         rf"marked\s+down|knocked\s+down|slashed|cut|another|extra|further|additional)\s+(?:of\s+|"
         rf"by\s+)?{PCT}")
ANOTHER = _c(r"\b(?:another|further|extra|additional|more|then|on\s+top|again|second)\b")
SAVE_ASK = _c(r"\bhow\s+much\s+(?:do|did|will|would|can|could)\s+(?:i|we|you)\s+save\b|\bsaving\b|"
              r"\bsave\b|\bhow\s+much\s+(?:is\s+)?(?:the\s+)?(?:discount|off)\b|\bdiscount\s+"
              r"(?:amount|itself|worth)\b|\bhow\s+much\s+(?:money\s+)?off\b")
PRICE_ASK = _c(r"\b(?:new|sale|final|reduced|discounted|end|actual)\s+(?:price|cost|total)\b|"
               r"\bwhat\s+(?:do|did|will|would|should|must)\s+(?:i|we|you)\s+(?:actually\s+|end\s+"
               r"up\s+)?pay(?:ing)?\b|\bhow\s+much\s+(?:do|did|will|would|should)\s+(?:i|we|you)\s+"
               r"(?:actually\s+|end\s+up\s+)?pay(?:ing)?\b|\b(?:cost|price|pay)\s+now\b|\bhow\s+much\s+(?:is|does)\s+it\s+"
               r"(?:cost\s+)?now\b|\bwhat\s+(?:is|does)\s+it\s+(?:cost\s+)?now\b|\bafter\s+(?:the\s+)?"
               r"discount\b")
SALE_PRICE = _c(r"\bsale\s+price\b|\bafter\s+the\s+first\b|\bprice\s+after\s+\d")
ORIGINAL = _c(r"\b(?:original(?:ly)?|full|normal|usual|regular|old|list)\s+(?:price|cost)?\b|"
              r"\bbefore\s+(?:the\s+)?(?:sale|discount|reduction)\b|\b(?:what|how\s+much)\s+(?:was|did)\s+it\s+"
              r"(?:cost\s+)?(?:originally|before|at\s+first)\b")


def _price(text: str, skip: list[tuple[int, int]]) -> re.Match[str] | None:
    amounts = [m for m in re.finditer(AMOUNT, text) if not any(a <= m.start(2) < b
               for a, b in skip) and not re.match(r"\s*(?:%|percent|per\s*cent)", text[m.end():])]
    return amounts[0] if len(amounts) == 1 else None


def sale_price(text: str) -> Reckoned | None:
    """The price after one or more discounts, with the saving when asked."""
    offs = [m for m in OFF.finditer(text)]
    if not offs or len(offs) > 3:
        return None
    if ORIGINAL.search(text) and not PRICE_ASK.search(text):
        return None  # the price before a discount is the word problems' (prices stay bare)
    save, pay = SAVE_ASK.search(text), PRICE_ASK.search(text)
    if save is None and pay is None:
        return None
    if re.search(r"\b(?:tax|vat|tip|gst|fee|service|delivery|shipping|coupon|voucher)\b", text):
        return None  # more than a discount: the price readers work it through
    price = _price(text, [m.span() for m in offs])
    if price is None:
        return None
    start = Fraction(price.group(2).replace(",", ""))
    sign = sign_of(text)
    rates = [Fraction(m.group(1) or m.group(2)) for m in offs]
    if any(not 0 < r <= 100 for r in rates):
        return None
    if len(rates) > 1 and not ANOTHER.search(text, offs[0].end()):
        return None
    values, value = [], start
    for rate in rates:
        value = value * (1 - rate / 100)
        values.append(value)
    basis = f"{show(start)}" + "".join(f" × (1 − {show(r)}%)" for r in rates) + \
        f" = {show(value)}"
    saved = start - value
    if len(values) > 1:
        steps = [f"{money(values[0], sign)} after {show(rates[0])}% off"] + [
            f"{money(v, sign)} after a further {show(r)}% off"
            for v, r in zip(values[1:], rates[1:], strict=True)]
        shown = ", then ".join(steps) + f" (saving {money(saved, sign)} in all)"
    elif save is not None and pay is not None:
        first = "saving" if save.start() < pay.start() else "price"
        parts = {"saving": f"you save {money(saved, sign)}",
                 "price": f"new price {money(value, sign)}"}
        shown = f"{parts[first]}; {parts['price' if first == 'saving' else 'saving']}"
    elif save is not None:
        shown = f"you save {money(saved, sign)} (new price {money(value, sign)})"
    else:
        shown = f"{money(value, sign)} (saving {money(saved, sign)})"
    return Reckoned("after the discount", value, SIGNS.get(sign, ""), basis, text=shown)


KINDS = (sale_price,)
