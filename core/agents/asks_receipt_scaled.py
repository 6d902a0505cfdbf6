"""Everyday sums over a receipt's total that the question names in words.

- the total times a count ("4 times this receipt's total", "buy this exact receipt for 3
  classrooms", "twice a month for 12 months");
- a percentage of the total as an amount ("how much is a tip of 22% on this?"), or an amount
  the question gives as a percentage of the total ("what % tip was €3?");
- the tax already included in the total at the rate given ("VAT 15% included": the VAT part,
  or the net figure without it);
- what rounds the total up to the next whole unit of its currency;
- the total less one named item, shared between the people the question names ("leave out
  the bagel and divide the rest by 4");
- the total with a percentage off one named item only;
- one item's price against another's in percent ("the salad cost what % more than the
  pancakes?").

Sums are exact (fractions) and rounded once, when shown; each answer needs every figure.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.asks_receipt_money import NUMBER_WORDS
from core.agents.patterns import ci

Item = tuple[str, float, str]
Answer = tuple[str, float | None]
COUNT = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|thrice"
THE_RECEIPT = (r"(?:this|the|that|my)\s+(?:exact\s+|same\s+|whole\s+)?(?:receipt|bill|order|"
               r"total|shop|lot|basket)")
TIMES = ci(rf"(?<![\w.])(?P<n>{COUNT})\s*(?:x|×|times)\s+(?:(?:the\s+)?(?:total\s+(?:of|on|"
           rf"for)\s+)?{THE_RECEIPT}|it\b|this\b)|{THE_RECEIPT}(?:'s\s+total)?\s*(?:x|×|times)\s*"
           rf"(?P<m>{COUNT})(?![\w.])|\b(?:buy|get|order|repeat|need|do|doing|make|place|placing)"
           rf"\s+(?:this|it|the\s+same|{THE_RECEIPT})\b[^.?!]{{0,30}}?\bfor\s+(?P<k>{COUNT})\s+"
           rf"[a-z]+|\b(?:this|the)\s+(?:exact|same)\s+(?:receipt|bill|order|shop|basket)\b"
           rf"[^.?!]{{0,20}}?\bfor\s+(?P<j>{COUNT})\s+[a-z]+")
PER_PERIOD = ci(rf"(?<![\w.])(?P<n>{COUNT})\s*(?:x|×|times)?\s*(?:a|per|each|every)\s+"
                rf"(?P<p>week|month)\b")
PERIODS = ci(r"(?<![\w.])(?P<m>\d{1,3})\s+(?P<p>weeks|months)\b|\b(?P<y>year(?:ly)?|annual\w*|"
             r"a\s+year)\b")
PCT = r"(?P<r>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
WHAT = r"(?:tip|tax|vat|service(?:\s+charge)?|gratuity|discount|deposit|fee)"
PART_OF = ci(rf"\b{WHAT}\s+(?:of\s+|at\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|"
             rf"(?P<b>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+{WHAT}")
AMOUNT_ONLY = ci(rf"\bhow\s+much\s+(?:is|was|would|will|should)(?:\s+be)?\s+(?:a|the|my)\s+"
                 rf"(?:\d+(?:\.\d+)?\s*%\s+)?{WHAT}|\bwhat(?:'s|\s+is|\s+would\s+be)\s+(?:a|the|"
                 rf"my)\s+(?:\d+(?:\.\d+)?\s*%\s+)?{WHAT}\b(?!\s+rate)")
WITH_IT = ci(r"\b(?:overall|altogether|in\s+total|all\s+in|in\s+all|total|including|incl\w*|"
             r"with\s+(?:the\s+|a\s+)?(?:tip|tax|vat|service|fee))\b")
AS_PERCENT = ci(r"\bwhat\s+(?:%|percent(?:age)?|per\s+cent)(?!\w)[^.?!]*?(?:[$€£]\s?(?P<v>\d+"
                r"(?:\.\d{1,2})?)|(?P<w>\d+(?:\.\d{1,2})?)\s*(?:euros?|dollars?|pounds?|bucks|quid))")
OF_TOTAL = ci(r"\b(?:tip|gratuity|of\s+(?:the|this|my)\s+(?:bill|total|receipt)|on\s+(?:the|this|"
              r"my)\s+(?:bill|total|receipt))\b")
INCLUDED = ci(r"\b(?:includ\w*|incl\.?|inclusive|already\s+in|built\s+in|contains?)\b")
TAX_PART = ci(r"\b(?:vat|tax|gst)\s+(?:amount|part|portion|element|component|bit|figure)\b|"
              r"\b(?:amount|part|portion|much)\s+(?:of\s+)?(?:the\s+)?(?:vat|tax|gst)\b|"
              r"\bhow\s+much\s+(?:vat|tax|gst)\b|\bthe\s+(?:vat|tax|gst)\s+(?:on|in|from)\b")
NET_ASK = ci(r"\bnet\b|\bex[-\s]?(?:vat|tax)\b|\b(?:before|without|excluding|less)\s+(?:the\s+)?"
             r"(?:vat|tax)\b|\bpre[-\s]?tax\b")
ROUND_UP = ci(r"\b(?:next|nearest)\s+whole\s+(?:euro|dollar|pound|number|unit)|\bround\s+"
              r"(?:number|figure|amount)\b|\bround\s+(?:it\s+|this\s+|the\s+total\s+)?up\b")
TO_ADD = ci(r"\b(?:add|top\s+up|more|extra|make\s+(?:it|this|the\s+total)\s+up)\b")


SIGN = {"EUR": "€", "USD": "$", "GBP": "£"}


def _count(word: str) -> Fraction:
    word = word.lower()
    extra = {"twice": 2, "thrice": 3}
    return Fraction(int(word)) if word.isdigit() else Fraction(
        extra.get(word) or NUMBER_WORDS.get(word, 0))


def _money(value: Fraction, currency: str) -> str:
    cents = math.floor(abs(value) * 100 + Fraction(1, 2)) * (1 if value >= 0 else -1)
    return f"{cents / 100:.2f}{f' {currency}' if currency else ''}"


def scaled(question: str, items: list[Item], total: tuple[float, str]) -> list[Answer]:
    """The first of the sums above the question asks of the receipt, or []."""
    whole, currency = Fraction(str(total[0])), total[1]
    for worked in (_times, _per_year, _included, _as_percent, _part, _rounded_up):
        if found := worked(question, whole, currency):
            return found
    for with_items in (_rest_shared, _item_off, _more_than):
        if found := with_items(question, items, whole, currency):
            return found
    return []


def _times(question: str, whole: Fraction, currency: str) -> list[Answer]:
    asked = TIMES.search(question)
    if asked is None or PER_PERIOD.search(question):
        return []
    count = _count(asked.group("n") or asked.group("m") or asked.group("k") or asked.group("j"))
    if count < 2:
        return []
    value = whole * count
    return [(f"That comes to **{_money(value, currency)}** ({_money(whole, currency)} × "
             f"{count}).", float(value))]


def _per_year(question: str, whole: Fraction, currency: str) -> list[Answer]:
    every, over = PER_PERIOD.search(question), PERIODS.search(question)
    if every is None or over is None:
        return []
    period = every.group("p").lower()
    if over.group("y"):
        spans = Fraction(12 if period == "month" else 52)
    elif over.group("p").lower().startswith(period):
        spans = Fraction(int(over.group("m")))
    else:
        return []
    count = _count(every.group("n"))
    value = whole * count * spans
    return [(f"That comes to **{_money(value, currency)}** ({_money(whole, currency)} × "
             f"{count} × {spans}).", float(value))]


def _part(question: str, whole: Fraction, currency: str) -> list[Answer]:
    asked = PART_OF.search(question)
    if asked is None or not AMOUNT_ONLY.search(question) or INCLUDED.search(question) or \
            WITH_IT.search(question):
        return []  # "the tip, and what do I pay overall?": both are read elsewhere
    rate = Fraction(asked.group("a") or asked.group("b"))
    value = whole * rate / 100
    return [(f"That is **{_money(value, currency)}** ({rate}% of {_money(whole, currency)}).",
             float(value))]


def _as_percent(question: str, whole: Fraction, currency: str) -> list[Answer]:
    asked = AS_PERCENT.search(question)
    if asked is None or not OF_TOTAL.search(question) or not whole:
        return []
    given = Fraction(asked.group("v") or asked.group("w"))
    pct = given / whole * 100
    return [(f"{_money(given, currency)} is **{float(pct):.2f}%** of the total "
             f"{_money(whole, currency)}.", float(pct))]


def _included(question: str, whole: Fraction, currency: str) -> list[Answer]:
    rate = re.search(PCT, question, re.I)
    if rate is None or not INCLUDED.search(question):
        return []
    share = Fraction(rate.group("r"))
    net = whole * 100 / (100 + share)
    if TAX_PART.search(question) and not NET_ASK.search(question):
        return [(f"The tax included is **{_money(whole - net, currency)}** ("
                 f"{_money(whole, currency)} × {share}/{100 + share}).", float(whole - net))]
    if NET_ASK.search(question):
        return [(f"Without the tax it is **{_money(net, currency)}** ({_money(whole, currency)}"
                 f" ÷ {1 + share / 100}).", float(net))]
    return []


def _rounded_up(question: str, whole: Fraction, currency: str) -> list[Answer]:
    if not (ROUND_UP.search(question) and TO_ADD.search(question)) or re.search(
            r"%|\bpercent|\btip\b|\bthen\b", question, re.I):
        return []  # "add an 18% tip then round up": the tip comes first
    up = Fraction(math.ceil(whole))
    if up == whole:
        return []  # already whole: "the next" one is not guessed
    shown = f"{SIGN.get(currency, currency + ' ')}{_money(up - whole, '')}"  # kept to the cent
    return [(f"Add **{shown}** to make {_money(up, currency)} (the total is "
             f"{_money(whole, currency)}).", float(up - whole))]


SPLIT = ci(rf"\b(?:split|divide[sd]?|shared?|sharing)\b[^.?!]{{0,40}}?\b(?:between|among|by|"
           rf"into|with)\s+(?:the\s+)?(?P<n>{COUNT})\b|\b(?P<m>{COUNT})\s+ways\b")
REST = ci(r"\b(?:rest|remaining|remainder|leave\s+out|leaving\s+out|left\s+out|without|"
          r"excluding|except|minus|not\s+counting|apart\s+from)\b")
EACH = ci(r"\b(?:each|apiece|per\s+(?:person|head)|everyone|every\s+one)\b")
MINE = ci(r"\bhow\s+much\s+(?:do|should|will|would)\s+i\b|\bmy\s+(?:total|share|part)\b|"
          r"\bi\s+(?:owe|pay)\b")
OFF_ONE = ci(r"(?P<r>\d+(?:\.\d+)?)\s*(?:%|percent)\s+off\s+(?:just\s+|only\s+)?(?:the\s+)?"
             r"(?P<n>[a-z][a-z ]{1,30}?)(?=[,.?!;]|\s+(?:only|and|what|how|then)\b|$)")
NEW_TOTAL = ci(r"\b(?:new|whole|receipt|bill|overall)\s+total\b|\btotal\s+(?:now|then|after)\b|"
               r"\bwhat\s+(?:would|will|do)\s+i\s+pay\b")
MORE_PCT = ci(r"\b(?:the\s+)?(?P<a>[a-z][a-z ]{1,30}?)\s+(?:cost|costs|was|is|were)\s+what\s+"
              r"(?:%|percent(?:age)?)\s+(?P<way>more|less|cheaper|dearer)\s+than\s+(?:the\s+)?"
              r"(?P<b>[a-z][a-z ]{1,30}?)(?=[,.?!;]|\s+(?:in|to|one|two|rounded)\b|$)")


def _named(name: str, items: list[Item]) -> Item | None:
    said = " ".join(name.lower().split())
    found = [item for item in items if re.search(rf"\b{re.escape(item[0].lower())}s?\b", said)
             or re.sub(r"\s+", "", said) == re.sub(r"\s+", "", item[0].lower())]
    return found[0] if len(found) == 1 else None


def _rest_shared(question: str, items: list[Item], whole: Fraction,
                 currency: str) -> list[Answer]:
    split = SPLIT.search(question)
    if split is None or not REST.search(question) or not EACH.search(question) or MINE.search(
            question):
        return []
    named = [item for item in items if re.search(rf"\b{re.escape(item[0])}\b", question, re.I)]
    ways = _count(split.group("n") or split.group("m"))
    if len(named) != 1 or ways < 2:
        return []
    rest = whole - Fraction(str(named[0][1]))
    each = rest / ways
    return [(f"Each pays **{_money(each, currency)}** (({_money(whole, currency)} − "
             f"{named[0][0]} {named[0][1]:.2f}) ÷ {ways}).", float(each))]


def _item_off(question: str, items: list[Item], whole: Fraction, currency: str) -> list[Answer]:
    asked = OFF_ONE.search(question)
    if asked is None or not NEW_TOTAL.search(question) or (
            item := _named(asked.group("n"), items)) is None:
        return []
    off = Fraction(str(item[1])) * Fraction(asked.group("r")) / 100
    value = whole - off
    return [(f"The new total is **{_money(value, currency)}** ({_money(whole, currency)} − "
             f"{asked.group('r')}% of {item[0]} {item[1]:.2f}).", float(value))]


def _more_than(question: str, items: list[Item], whole: Fraction,
               currency: str) -> list[Answer]:
    asked = MORE_PCT.search(question)
    if asked is None:
        return []
    one, other = _named(asked.group("a"), items), _named(asked.group("b"), items)
    if one is None or other is None or one is other or not other[1]:
        return []
    a, b = Fraction(str(one[1])), Fraction(str(other[1]))
    pct = (a - b) / b * 100
    if asked.group("way").lower() in ("less", "cheaper"):
        pct = -pct
    return [(f"That is **{float(pct):.2f}%** ({one[0]} {one[1]:.2f} against {other[0]} "
             f"{other[1]:.2f}).", float(pct))]
