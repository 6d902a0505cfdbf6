"""An amount shared in proportion to what each put in, or after one person's own item.

- in proportion to income: "I earn 41000 and my partner earns 49000; we split the 1659
  bills in proportion to income — my part?" → 1659 × 41000 ÷ 90000 = 755.77;
- by hours worked: "tip jar has 1160, split by hours. I worked 18, the other two worked 17
  and 21. my share?" → 1160 × 18 ÷ 56 = 372.86;
- the rest shared after one person's own item: "the bill is 372.72; Sam's wine was 30 and
  just for him, the rest is shared equally by all 7 of us" → (372.72 − 30) ÷ 7 = 48.96 each
  (Sam 78.96).

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import NUM, SIGNS, _f, money, sign_of
from core.agents.money_result import money_result
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

CUR = r"[$€£¥]?\s?"
MY_ASK = _c(r"\b(?:my|i)\s+(?:part|share|portion|cut|bit|contribution|pay|owe|put\s+in)\b|\bwhat\s+"
            r"(?:do|should|would)\s+i\s+(?:pay|get|owe|put\s+in|contribute)\b|\bhow\s+much\s+(?:do|"
            r"should|would|will)\s+i\s+(?:pay|get|owe|put\s+in|contribute)\b")


# --- in proportion to income -----------------------------------------------------------------

PROPORTION = _c(r"\b(?:in\s+proportion\s+to|proportional(?:ly)?\s+to|proportionally|pro[\s-]+rata|"
                r"according\s+to|relative\s+to|in\s+line\s+with|by)\s+(?:our\s+|their\s+|the\s+)?"
                r"(?:incomes?|salar(?:y|ies)|earnings|pay|wages?)\b|\bproportionally\b")
MINE = _c(rf"\bi\s+(?:earn|make|take\s+home|get|bring\s+in)\s+(?:about\s+)?{CUR}{NUM}|\bmy\s+"
          rf"(?:income|salary|pay|earnings)\s+(?:is|was|of|:)?\s*{CUR}{NUM}")
THEIRS = _c(rf"\b(?:partner|wife|husband|spouse|flatmate|roommate|housemate|he|she|they|"
            rf"boyfriend|girlfriend|other\s+half)\s+(?:earns|makes|takes\s+home|gets|brings\s+in|"
            rf"is\s+on)\s+(?:about\s+)?{CUR}{NUM}|\b(?:partner|wife|husband|spouse)'?s?\s+"
            rf"(?:income|"
            rf"salary|pay|earnings)\s+(?:is|was|of|:)?\s*{CUR}{NUM}")
SHARED = _c(rf"\b(?:split|share|divide|pay|cover)\s+(?:the\s+|our\s+)?(?:[a-z]+"
            rf"\s+){{0,2}}?{CUR}{NUM}"
            rf"|{CUR}{NUM}\s+(?:a\s+month\s+|monthly\s+|of\s+)?(?:[a-z]+\s+)?(?:bills?|rent|costs?|"
            rf"expenses|mortgage)\b")


def income_share(text: str) -> Reckoned | None:
    """My part of a shared cost split in proportion to two incomes."""
    if not PROPORTION.search(text) or not MY_ASK.search(text):
        return None
    mine, theirs = MINE.search(text), THEIRS.search(text)
    if mine is None or theirs is None:
        return None
    used = (mine.span(), theirs.span())
    shared = next((m for m in SHARED.finditer(text)
                   if not any(a <= m.start() < b for a, b in used)), None)
    if shared is None:
        return None
    own, other = _f(mine.group(1) or mine.group(2)), _f(theirs.group(1) or theirs.group(2))
    amount = _f(shared.group(1) or shared.group(2))
    if own + other <= 0:
        return None
    part = amount * own / (own + other)
    return money_result("your share", part, text, f"{show(amount)} × {show(own)} ÷ ({show(own)} + "
                        f"{show(other)})", f" (your partner {money(amount - part, sign_of(text))})")


# --- by hours worked --------------------------------------------------------------------------

BY_HOURS = _c(r"\b(?:split|shared|divided|share|divide|split\s+up)\s+(?:by|according\s+to|in\s+"
              r"proportion\s+to|based\s+on)\s+(?:the\s+)?(?:hours|time|shifts|days)\b|\bby"
              r"\s+hours\s+"
              r"worked\b")
POT = _c(rf"\b(?:jar|pot|pool|kitty|tips?|bonus|total|pile)\s+(?:has|had|holds?|is|was|of|came\s+"
         rf"to|comes\s+to|contains?|:)?\s*{CUR}{NUM}")
I_WORKED = _c(rf"\bi\s+(?:worked|did|put\s+in|was\s+there\s+(?:for\s+)?)\s+{NUM}")
OTHERS = _c(r"\bothers?\b[^.?!;]*?\b(?:worked|did|put\s+in)\s+([\d.,\sand&]+)")


def hours_share(text: str) -> Reckoned | None:
    """My share of a pot split by the hours each worked."""
    if not BY_HOURS.search(text) or (not MY_ASK.search(text) and "my share" not in text):
        return None
    pot, mine, others = POT.search(text), I_WORKED.search(text), OTHERS.search(text)
    if pot is None or mine is None or others is None:
        return None
    theirs = [_f(n) for n in re.findall(r"\d+(?:\.\d+)?", others.group(1))]
    own = _f(mine.group(1))
    total = own + sum(theirs, Fraction(0))
    if not theirs or total <= 0:
        return None
    amount = _f(pot.group(1))
    return money_result("your share", amount * own / total, text,
                        f"{show(amount)} × {show(own)} ÷ {show(total)} hours")


# --- the rest shared after one person's own item ----------------------------------------------

BILL = _c(rf"\b(?:bill|total|check|tab|meal|dinner)\s+(?:is|was|came\s+to|comes\s+to|of|:)\s*{CUR}"
          rf"{NUM}")
OWN = _c(rf"\b([a-z]+)'s\s+(?:[a-z]+\s+){{0,2}}?(?:was|is|came\s+to|cost)\s+{CUR}{NUM}\b[^.;?!]*?"
         rf"\b(?:just|only|all)\s+for\s+(?:him|her|them|themselves|himself|herself)\b")
REST = _c(r"\b(?:the\s+)?(?:rest|remainder|remaining|balance)\b[^.?!]*?\b(?:shared|split|divided)\b"
          r"[^.?!]*?(?:\ball\s+)?(\d+)\s+(?:of\s+us|people|ways|of\s+them|friends)")


def rest_after_own(text: str) -> Reckoned | None:
    """Each person's part of a bill once one person's own item is taken out."""
    own, rest, bill = OWN.search(text), REST.search(text), BILL.search(text)
    if own is None or rest is None or bill is None or ("?" not in text and "each" not in text):
        return None
    count = int(rest.group(1))
    total, item = _f(bill.group(1)), _f(own.group(2))
    if count <= 0 or item > total:
        return None
    each = (total - item) / count
    sign = sign_of(text)
    return money_result("each", each, text, f"({show(total)} − {show(item)}) ÷ {count}",
                        f" each ({own.group(1).title()} pays {money(each + item, sign)})")


# --- split by size ----------------------------------------------------------------------------

BY_SIZE = _c(r"\b(?:split|share|divide|pay)\w*\s+(?:it\s+|the\s+rent\s+|the\s+cost\s+)?(?:by|"
             r"according\s+to|in\s+proportion\s+to|based\s+on|proportionally\s+to)\s+(?:the\s+"
             r"|our\s+)?"
             r"(?:room\s+)?(?:size|area|floor\s+area|square\s+(?:metres|meters|feet|footage))")
TOTAL = _c(rf"\b(?:rent|bill|cost|total|deposit)\s+(?:is|was|of|comes\s+to|:)?\s*{CUR}{NUM}")
SIZE = r"(?:m²|m2|sq\s*m|sqm|square\s+met(?:er|re)s|ft²|sq\s*ft|square\s+feet)"
MY_SIZE = _c(rf"\bmy\s+(?:room|bedroom|space|part|office)\s+(?:is|was|measures|:)\s*{NUM}\s*{SIZE}")
OTHER_SIZE = _c(rf"\b(?:flatmate|roommate|housemate|partner|sister|brother|friend|other)(?:'s"
                rf"|s')?\s+"
                rf"(?:room\s+|one\s+)?(?:is|was|measures|:)\s*{NUM}\s*{SIZE}")


def size_shares(text: str) -> Reckoned | None:
    """A rent or bill split by the size of each person's room."""
    if not BY_SIZE.search(text) or (total := TOTAL.search(text)) is None:
        return None
    mine, theirs = MY_SIZE.search(text), OTHER_SIZE.search(text)
    if mine is None or theirs is None:
        return None
    own, other, amount = _f(mine.group(1)), _f(theirs.group(1)), _f(total.group(1))
    if own + other <= 0:
        return None
    part = amount * own / (own + other)
    sign = sign_of(text)
    return Reckoned("your share", part, SIGNS.get(sign, ""),
                    f"{show(amount)} × {show(own)} ÷ ({show(own)} + {show(other)})",
                    text=f"you {money(part, sign)}; the other {money(amount - part, sign)}")


KINDS = (income_share, hours_share, rest_after_own, size_shares)
