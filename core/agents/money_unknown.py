"""The price of one thing from a total, with what else the total held, and the figures
asked after it.

"4 pizzas plus a $4 delivery fee came to $36 - what did each pizza cost? and split among 6
of us?" → $8.00 a pizza, $6.00 each; "2 adult tickets and 8 child tickets cost $198, an
adult ticket is $27 - one child ticket, and 4 more?" → $18.00, $72.00 for 4 more.

Things are counted ("4 pizzas", "8 child tickets"); a price said for one of a kind ("an
adult ticket is $27") or a fee added ("plus a $4 delivery fee") comes off the total, and
what is left is shared by the one kind not priced. The text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.]*\d)"
CASH = rf"[$€£¥]\s?{NUM}|{NUM}\s*(?:dollars?|euros?|pounds?)\b"
TOTAL = _c(rf"\b(?:came\s+to|cost(?:s|ed)?(?:\s+me|\s+us)?|total(?:led|ed|s)?|(?:was|were)|"
           rf"paid|=|(?<=\w\s)for(?!\s+(?:each|every|one|an?)\b)|altogether(?:\s+(?:is|was))?)\s+"
           rf"(?:a\s+total\s+of\s+)?(?:{CASH})")
COUNTED = _c(r"(?<![$€£¥\d.,])(\d+|\ban?)\s+((?:[a-z']+\s+){0,2}?[a-z']+?)(?=\s*(?:,|\band\b|"
             r"\bplus\b|\bwith\b|\bcame\b|\bcost|\btotal|\bwere\b|\bwas\b|\bfor\b|\bat\b|$))")
FEE = _c(rf"(?:\bplus|\band|\bwith|,)\s+(?:an?\s+|the\s+)?(?:{CASH})\s+(?:[a-z]+\s+)?(?:fee|"
         rf"charge|tip|delivery|shipping|postage|booking\s+fee|service)\b")
PRICED = _c(rf"\b(?:an?|one|1|each|every|per|the)\s+((?:[a-z']+\s+){{0,2}}?[a-z']+?)\s+(?:is|"
            rf"costs?|was|=|:|at)\s+(?:{CASH})")
ASK = _c(r"\b(?:each|one|1|a\s+single|per|an?)\s+((?:[a-z']+\s+){0,2}?[a-z']+?)\b(?:\s+cost|\s+is|"
         r"\?|,|\s+and|\s+price|$)|\beach\s+((?:[a-z']+\s+){0,2}?[a-z']+?)\s+cost\b")
SPLIT = _c(r"\b(?:split|shared?|divided)\s+(?:it\s+)?(?:equally\s+|evenly\s+)?(?:among|between|"
           r"by)\s+(?:the\s+)?(\d+)\b|\b(\d+)\s+ways\b")
UNIT = _c(r"(?:g|grams?|kg|kilos?|ml|l|litres?|liters?|lbs?|oz|ounces?|m|km|miles?|cm|hours?|"
          r"minutes?|days?|weeks?|months?|years?|percent|%|kwh)\b")
MORE = _c(r"\b(\d+)\s+more\s+((?:[a-z']+\s+){0,2}?[a-z']+?)\b")


def _key(words: str) -> tuple[str, ...]:
    """"kids tickets" → ("kid", "ticket"): a phrase compared by its words without plurals."""
    return tuple(w.rstrip("s").replace("'", "") for w in words.split() if w not in ("of", "the"))


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a) and bool(b) and (a == b or a[-len(b):] == b or b[-len(a):] == a
                                     or a[:len(b)] == b or b[:len(a)] == a)


def _cash(m: re.Match[str]) -> Fraction:
    return Fraction(next(g for g in m.groups() if g and re.match(r"\d", g)).replace(",", ""))


def price_of_one(text: str) -> Reckoned | None:
    if (total := TOTAL.search(text)) is None or ("?" not in text and not re.search(
            r"\bhow\s+much\b|\bwhat\b", text)):
        return None
    head = text[:total.start()]
    kinds = [(int(m.group(1)) if m.group(1).isdigit() else 1, _key(m.group(2)), m.group(2))
             for m in COUNTED.finditer(head)]
    kinds = [k for k in kinds if k[1] and k[1][0] not in ("more", "of") and not UNIT.match(k[2])]
    if not kinds or len(kinds) > 3:
        return None
    rest = _cash(total)
    fees = [m for m in FEE.finditer(text) if m.start() < total.start()]
    for fee in fees:
        rest -= _cash(fee)
    priced = {}
    for m in PRICED.finditer(text):
        if m.start() < total.end() and not fees:
            continue
        priced[_key(m.group(1))] = _cash(m)
    unknown = []
    for count, key, words in kinds:
        price = next((p for k, p in priced.items() if _same(k, key)), None)
        if price is None:
            unknown.append((count, key, words))
        else:
            rest -= count * price
    if len(unknown) != 1 or unknown[0][0] == 0 or rest <= 0:
        return None
    if len(kinds) == 1 and unknown[0][0] == 1 and not fees:
        return None  # "a game costs $7 to play": the price of one is told, not asked
    count, key, words = unknown[0]
    asks = [m for m in ASK.finditer(text, total.end()) if _same(_key(m.group(1) or m.group(2)),
                                                                 key)]
    alone = len(kinds) == 1 and re.search(r"\b(?:each|apiece)\b", text[total.end():])
    if not asks and not alone:
        return None
    one = rest / count
    sign = sign_of(text)
    name = " ".join(key)
    parts = [f"one {name}: {money(one, sign)}"]
    if (more := MORE.search(text, total.end())) is not None and _same(_key(more.group(2)), key):
        parts.append(f"{more.group(1)} more: {money(one * int(more.group(1)), sign)}")
    if (split := SPLIT.search(text, total.end())) is not None:
        ways = int(split.group(1) or split.group(2))
        if ways >= 2:
            parts.append(f"split {ways} ways: {money(_cash(total) / ways, sign)} each")
    basis = f"({money(_cash(total), sign)} − the rest) ÷ {count} {words}"
    return Reckoned("price of one", one, "", basis, text="; ".join(parts))


KINDS = (price_of_one,)
