"""Whole packs for a crowd, and what they cost: "hosting 13 people, 3 slices each, a pizza
has 8 slices - how many pizzas, and at $18.70 each what's the bill?" → 5 pizzas, $93.50.

People × portions each, divided by the portions in one pack (a pizza, a box, a pack, a
bottle), rounded up to whole packs; the price of each pack gives the bill when it is
asked. The text is expanded and lower-cased; the kind needs a "how many" ask.
"""

from __future__ import annotations

import math
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, SIGNS, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

PEOPLE = _c(r"\b(\d+)\s+(?:people|guests|kids|children|adults|persons|friends|of\s+us|players|"
            r"students|pupils|colleagues|attendees|visitors)\b|\b(?:hosting|feeding|for|party\s+of|"
            r"group\s+of|serving|expecting|inviting|invited)\s+(\d+)\b(?!\s*(?:%|\.\d|[$€£¥]))")
EACH = _c(r"\beach\s+(?:one\s+)?(?:eats|drinks|has|needs|gets|uses|takes|wants|will\s+(?:eat|"
          r"drink|have|need))\s+(?:about\s+|around\s+|roughly\s+|maybe\s+)?(\d+(?:\.\d+)?)\s+([a-z]+)|"
          r"\b(\d+(?:\.\d+)?)\s+([a-z]+)\s+(?:of\s+[a-z]+\s+)?(?:each|per\s+(?:person|head|guest|"
          r"kid|child)|a\s+(?:head|person|guest)|apiece|for\s+(?:each|every)\s+(?:person|guest|one))\b")
PACK = (_c(r"\b(?:(?:a|an|each|one|every|per|the)\s+)?([a-z]+)\s+(?:has|have|contains|holds|"
           r"gives|makes|is|comes\s+with|cut\s+into|serves|=)\s+(\d+)\s+([a-z]+)"),
        _c(r"\b(\d+)\s+([a-z]+)\s+(?:a|per|to\s+a|in\s+a|in\s+each|each|for\s+each)\s+([a-z]+)\b"),
        _c(r"\b([a-z]+?)(?:es|s)?\s+(?:of|with)\s+(\d+)\s+([a-z]+)"),
        _c(r"\b(?:come|comes|sold|packed|packs?)\s+(?:in\s+)?(\d+)\s+(?:to\s+a|per|a|in\s+a|in\s+each)\s+"
           r"([a-z]+)"),
        _c(r"\b(packs?|box(?:es)?|bags?|cases?|trays?|crates?|cartons?|bundles?|tubs?|packets?|"
           r"tins?|jars?|bottles?|rolls?)\s+of\s+(\d+)\b(?!\s*(?:%|[a-z]+\s+(?:each|per)))"))
COUNT_ASK = _c(r"\bhow\s+many\s+([a-z]+)")
PRICE = _c(rf"(?:\bat|\bcost(?:s|ing)?|\bpriced\s+at|\bfor)\s+{AMOUNT}\s*(?:each|a\s+\w+|per\s+\w+|"
           rf"apiece)?|{AMOUNT}\s*(?:each|apiece|a\s+(?:pizza|box|pack|bottle|bag|tray|case)|per\s+"
           rf"(?:pizza|box|pack|bottle|bag|tray|case))\b")
BILL_ASK = _c(r"\b(?:bill|cost|total|spend|pay|price|how\s+much)\b")


def _one(word: str) -> str:
    return word[:-2] if word.endswith(("xes", "ches", "shes")) else word.rstrip("s")


def _same(a: str, b: str) -> bool:
    return _one(a.lower()) == _one(b.lower())


def packs_needed(text: str) -> Reckoned | None:
    """Whole packs for people eating a number of portions each, and the bill if asked."""
    if (ask := COUNT_ASK.search(text)) is None or (people := PEOPLE.search(text)) is None:
        return None
    each = EACH.search(text)
    if each is None:
        return None
    amount, portion, pack_word = each.group(1) or each.group(3), each.group(2) or each.group(4), \
        ask.group(1)
    size = None
    for index, pattern in enumerate(PACK):
        for m in pattern.finditer(text):
            if index == 0:
                pack, count, unit = m.group(1), m.group(2), m.group(3)
            elif index == 1:
                count, unit, pack = m.group(1), m.group(2), m.group(3)
            elif index == 3:
                count, unit, pack = m.group(1), portion, m.group(2)
            elif index == 4:
                pack, count, unit = m.group(1), m.group(2), portion
            else:
                pack, count, unit = m.group(1), m.group(2), m.group(3)
            if _same(unit, portion) and _same(pack, pack_word):
                size = Fraction(count)
                break
        if size is not None:
            break
    if size is None or size <= 0:
        return None
    crowd = int(people.group(1) or people.group(2))
    wanted = crowd * Fraction(amount)
    packs = math.ceil(wanted / size)
    noun = _one(pack_word) if packs == 1 else pack_word
    basis = (f"{crowd} × {show(Fraction(amount))} = {show(wanted)} {portion} ÷ "
             f"{show(size)} a {_one(pack_word)} = {show(wanted / size)}, rounded up to {packs}")
    price = next((m for m in PRICE.finditer(text, ask.end())), None) or next(
        (m for m in PRICE.finditer(text)), None)
    if price is None or not BILL_ASK.search(text, ask.end()):
        return Reckoned(pack_word, Fraction(packs), pack_word, basis, text=f"{packs} {noun}")
    number = price.group(2) or price.group(5)
    cost = Fraction(number.replace(",", ""))
    bill = cost * packs
    sign = sign_of(text)
    basis += f"; {packs} × {show(cost)} = {show(bill)}"
    return Reckoned(pack_word, Fraction(packs), SIGNS.get(sign, ""), basis,
                    text=f"{packs} {noun}; the bill {money(bill, sign)}")


KINDS = (packs_needed,)
