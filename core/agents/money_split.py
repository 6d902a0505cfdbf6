"""Sharing out, and counting back from a total: one person paying more than the others,
whole things cut into pieces shared out, and how many of two kinds a total came from.

- one pays so much more than each of the others: "4 of us chip in for a 398 gift, Sam pays
  17 more than each of the other 3, what do the others pay?" → 95.25 each (Sam 112.25);
- pieces each: "9 pizzas cut into 10 slices each, 6 of us, how many slices each?" → 15;
- how many of each of two kinds: "adult tickets 13, child tickets 6, we sold 493 tickets and
  took 4,526, how many of each?" → 224 adult and 269 child.

The text is expanded and lower-cased; each kind needs its cue words and its ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
CASH = rf"[$€£¥]?\s?{NUM}"
PEOPLE = _c(r"\b(\d+)\s+(?:of\s+us|of\s+them|people|persons|friends|kids|children|guests|players|"
            r"colleagues|siblings|flatmates|housemates)\b|\b(?:between|among|amongst|by|for|share"
            r"d\s+"
            r"(?:by|between|among))\s+(\d+)\b(?!\s*(?:%|\.\d))|\bthere\s+(?:are|were)\s+(\d+)\s+o"
            r"f\s+us\b")
EXTRA = _c(rf"\b([a-z]+)\s+(?:is\s+|will\s+be\s+|'s\s+)?(?:pay(?:ing|s)?|paid|put(?:ting|s)?\s+in|"
           rf"chip(?:ping|s)?\s+in|giv(?:es|ing)|contribut\w+|cover(?:ing|s)?)\s+{CASH}\s+(more|l"
           rf"ess|"
           rf"extra)\b")
OTHERS_ASK = _c(r"\b(?:the\s+)?(?:other|rest|others|everyone\s+else)\b[^.?!]*\b(?:pay|each|owe|"
                r"put\s+in|give)\b|\bwhat\s+(?:do|does|will|should)\s+(?:each|everyone|the\s+rest"
                r")\b|"
                r"\beach\b")


def one_pays_more(text: str) -> Reckoned | None:
    """A total shared so that one person pays a set amount more (or less) than the others."""
    extra, people = EXTRA.search(text), PEOPLE.search(text)
    if extra is None or people is None or not OTHERS_ASK.search(text, extra.end()):
        return None
    count = int(next(g for g in people.groups() if g))
    skip = [extra.span(), people.span()]
    totals = [m for m in re.finditer(CASH, text) if not any(a <= m.start(1) < b for a, b in skip)
              and not re.match(r"\s*(?:of\s+us|people|others|other|more|less|each)\b",
                               text[m.end():])
              and not re.search(r"\b(?:other|the)\s+$", text[:m.start(1)])]
    if len(totals) != 1 or not 1 < count < 100:
        return None
    total, more = Fraction(totals[0].group(1).replace(",", "")), Fraction(
        extra.group(2).replace(",", ""))
    sign_more = extra.group(3).lower() != "less"
    each = (total - more) / count if sign_more else (total + more) / count
    them = each + more if sign_more else each - more
    if each <= 0 or them < 0:
        return None
    who = extra.group(1).capitalize() + " pays" if extra.group(1) not in ("i", "me") else "you pay"
    sign = sign_of(text)
    way = "−" if sign_more else "+"
    basis = f"({money(total, sign)} {way} {money(more, sign)}) ÷ {count}"
    return Reckoned("each of the others", each, SIGNS.get(sign, ""), basis,
                    text=f"the others pay {money(each, sign)} each; {who} {money(them, sign)}")


def _one(word: str) -> str:
    """"slices" → "slice", "berries" → "berry", "boxes" → "box"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


WHOLES = _c(r"(?<![\d.])(\d+)\s+([a-z]+)\s+(?:\w+\s+)?(?:cut|sliced|divided|split|broken)?\s*"
            r"(?:into|in|with|of|each\s+with|containing|having)\s+(\d+)\s+([a-z]+)\b"
            r"(?:\s+each)?")
PIECES_ASK = _c(r"\bhow\s+many\s+([a-z]+)\s+(?:does\s+|do\s+|will\s+|would\s+|can\s+)?"
                r"(?:each|every|per)\b|\bhow\s+many\s+([a-z]+)\b[^.?!]*\b(?:each|per\s+person|"
                r"apiece)\b")


def pieces_each(text: str) -> Reckoned | None:
    """Whole things cut into pieces, shared out equally: the pieces each one gets."""
    whole, ask, people = WHOLES.search(text), PIECES_ASK.search(text), PEOPLE.search(text)
    if whole is None or ask is None or people is None:
        return None
    piece = _one((ask.group(1) or ask.group(2)).lower())
    if piece != _one(whole.group(4).lower()):
        return None
    count = int(next(g for g in people.groups() if g))
    if count <= 0 or (people.start() < whole.end() and people.start() >= whole.start()):
        return None
    pieces = int(whole.group(1)) * int(whole.group(3))
    each, spare = divmod(pieces, count)
    name = (piece[:-1] + "ies" if piece.endswith("y") else piece + (
        "es" if piece.endswith(("ch", "sh", "x")) else "s"))
    basis = f"{whole.group(1)} × {whole.group(3)} = {pieces} {name} ÷ {count}"
    shown = f"{each} {name if each != 1 else piece} each" + (f", with {spare} left over"
                                                            if spare else "")
    return Reckoned(f"{name} each", Fraction(each), name, basis, text=shown)


KIND_PRICE = _c(rf"\b([a-z]+)(?:'s|')?\s+(?:(?:tickets?|seats?|passes?|meals?|entries|entry)\s*"
                rf"(?:are|is|costs?|at|for|:|=|were)?|(?:are|is|cost|costs?|at|for|:|=|were)|(?=\s*[$€£¥]))\s*{CASH}\b"
                rf"(?!\s*(?:tickets|people|seats))")
SOLD_COUNT = _c(r"\b(?:sold|bought|booked|issued|ordered|there\s+(?:were|are))\s+(\d[\d,]*)\s+"
                r"(?:tickets?|seats?|passes?|meals?|items?|in\s+total|altogether)|\b(\d[\d,]*)\s+"
                r"(?:tickets?|seats?|people|items?)\s+(?:were\s+)?(?:sold|bought|in\s+total)\b")
TAKEN = _c(rf"\b(?:took|taken|made|raised|collected|earned|came\s+to|(?:brought|bringing|brings?)"
           rf"\s+in|grossed|total(?:led|s)?|"
           rf"takings(?:\s+(?:were|of|was|came\s+to)|\s*:)?|revenue\s+(?:was|of)|income\s+(?:was|of))\s+(?:in\s+)?{CASH}")
EACH_KIND_ASK = _c(r"\bhow\s+many\b[^.?!]*\b(?:and\s+how\s+many|of\s+each|each\s+kind|each\s+type"
                   r")\b|"
                   r"\bhow\s+many\s+(?:of\s+each|\w+\s+tickets)\b")


def two_kinds_count(text: str) -> Reckoned | None:
    """How many of each of two prices make a count and a total taken."""
    if not EACH_KIND_ASK.search(text):
        return None
    sold, taken = SOLD_COUNT.search(text), TAKEN.search(text)
    if sold is None or taken is None:
        return None
    skip = [sold.span(), taken.span()]
    kinds = [m for m in KIND_PRICE.finditer(text) if not any(a <= m.start(2) < b for a, b in skip)
             and m.group(1) not in ("we", "i", "they", "and", "tickets", "the")]
    if len(kinds) != 2:
        return None
    (a_name, a_price), (b_name, b_price) = ((m.group(1), Fraction(m.group(2).replace(",", "")))
                                            for m in kinds)
    count = Fraction((sold.group(1) or sold.group(2)).replace(",", ""))
    total = Fraction(taken.group(1).replace(",", ""))
    if a_price == b_price:
        return None
    first = (total - b_price * count) / (a_price - b_price)
    second = count - first
    if first < 0 or second < 0 or first.denominator != 1:
        return None
    sign = sign_of(text)
    basis = (f"{a_name} + {b_name} = {show(count)}; {show(a_price)} × {a_name} + {show(b_price)} × "
             f"{b_name} = {show(total)}")
    return Reckoned(a_name, first, "", basis,
                    text=f"{show(first)} {a_name} and {show(second)} {b_name} "
                         f"({show(first)} × {money(a_price, sign)} + {show(second)} × "
                         f"{money(b_price, sign)} = {money(total, sign)})")


KINDS = (one_pays_more, pieces_each, two_kinds_count)
