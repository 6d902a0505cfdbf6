"""Sums people ask of a receipt, worked from its facts (:mod:`core.agents.asks_receipt_facts`).

Each kind is found by what it asks, in the many ways people say it:

- the tax inside a total ("prices include 20% VAT, how much of that is VAT?") and the total
  before it ("this includes 8% sales tax, what was it before tax?", "net of VAT?");
- a tip alone ("how much should I tip at 20%?", "what's a 15% tip on this?");
- a fraction or a multiple of the total ("half of this?", "a third each", "double it");
- the total rounded ("to the nearest dollar", "roughly, in whole euros");
- one item's share of the bill ("what percentage of this was the cheese?");
- items added ("Apples + Cheese", "the tea and the milk together");
- the total once an item goes back ("I'm returning the coffee", "refund the tea");
- an item bought several times ("three of the notebook instead of one", "4 coffees");
- the spread between the dearest and the cheapest item;
- the items themselves ("what did I buy? just list them").

Exact money: amounts are worked as fractions and shown to the cent.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, named_items
from core.agents.patterns import ci
from core.agents.vision_headline import rounds_the_bill
from core.agents.wording import expand

Answer = tuple[str, float | None]
PERCENT = r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
INCLUDED = ci(rf"\b(?:includ\w*|incl\.?|inclusive\s+of|inc\.?|contain\w*)\s+"
              rf"(?:an?\s+|the\s+)?(?:{PERCENT}\s+(?:of\s+)?(?P<tax>vat|gst|hst|sales\s+tax|tax)\b|"
              rf"(?P<tax3>vat|gst|hst|sales\s+tax|tax)\s+(?:at|of)\s+{PERCENT})|"
              rf"\b(?:vat|gst|hst|sales\s+tax|tax)\s+(?:is\s+|was\s+|at\s+|of\s+)?{PERCENT}\s*"
              rf"(?:is\s+|was\s+)?(?:included|inclusive|incl\b)|"
              rf"{PERCENT}\s+(?P<tax2>vat|gst|hst|sales\s+tax|tax)\s+(?:is\s+|was\s+)?"
              rf"(?:included|in\s+(?:it|there|that|the\s+(?:price|total)))")
TAX_PART = ci(r"\bhow\s+much\s+(?:of\s+(?:it|this|that|the\s+\w+)\s+)?(?:is|was|goes\s+(?:on|to)"
              r"|went\s+(?:on|to))\s+(?:the\s+)?(?:vat|gst|hst|tax)\b|\b(?:vat|gst|hst|tax)\s+"
              r"(?:amount|part|portion|component|element|bit|paid|content)\b|\bhow\s+much\s+"
              r"(?:vat|gst|hst|tax)\b|\b(?:amount|part|portion|share)\s+of\s+(?:the\s+)?"
              r"(?:vat|gst|hst|tax)\b|\bwhat\s+(?:is|was|'s)\s+the\s+(?:vat|gst|hst|tax)\b")
BEFORE_TAX = ci(r"\bbefore\s+(?:the\s+)?(?:vat|gst|hst|tax|taxes)\b|\b(?:pre|ex)[-\s]?"
                r"(?:vat|gst|tax)\b|\b(?:without|excluding|excl\.?|minus|less|net\s+of|"
                r"not\s+counting|taking\s+out)\s+(?:the\s+)?(?:vat|gst|hst|tax|taxes)\b|"
                r"\bnet\s+(?:price|amount|total)\b")
TIP = ci(rf"\b(?:tip|gratuity|service)\b[^.?!]*?{PERCENT}|{PERCENT}\s+(?:tip|gratuity|"
         rf"service)\b|\b(?:tip|tipping|leave)\b[^.?!]*?{PERCENT}")
TIP_ONLY = ci(r"\bhow\s+much\s+(?:should|would|do|must|will|is|'s)\s+(?:i|we|the)?\s*"
              r"(?:tip|leave|the\s+tip|gratuity)\b|\b(?:what|how\s+much)\s+(?:is|'s|would\s+be)\s+"
              r"(?:an?\s+|the\s+)?(?:\d+(?:\.\d+)?\s*%\s+)?(?:tip|gratuity)\b|\btip\s+(?:amount|"
              r"alone|only|itself)\b|\bjust\s+the\s+tip\b")
WITH_ALL = ci(r"\b(?:altogether|all\s+together|in\s+total|total\s+(?:with|including|incl)|"
              r"(?:what|how\s+much)\s+(?:do|will|would|should)\s+(?:i|we)\s+pay\b|"
              r"with\s+the\s+tip|all\s+in|grand\s+total|overall)\b")
FRACTION = ci(r"\b(?:(?P<half>half|halves)|(?P<third>a\s+third|one\s+third|thirds)|"
              r"(?P<quarter>a\s+quarter|one\s+quarter|quarters|a\s+fourth)|(?P<double>double|"
              r"twice|two\s+times)|(?P<triple>triple|treble|three\s+times))\b")
ROUNDED = ci(r"\bto\s+the\s+nearest\s+(?:whole\s+)?(?:dollar|euro|pound|buck|quid|unit|"
             r"whole\s+number|integer|one)\b|\bround(?:ed)?\s+(?:it\s+|that\s+|this\s+)?"
             r"(?:off\s+)?(?:to\s+(?:a\s+)?whole|to\s+the\s+nearest)|\bin\s+whole\s+"
             r"(?:dollars|euros|pounds|numbers)\b|\bnearest\s+(?:dollar|euro|pound)\b")
SHARE = ci(r"\b(?:what|which)\s+(?:percent(?:age)?|%|share|proportion|fraction|part|portion)(?!\w)|"
           r"\bin\s+percent\b|\bas\s+a\s+%|"
           r"\bas\s+a\s+(?:percent(?:age)?|share|proportion)\b|\bhow\s+much\s+of\s+(?:the\s+)?"
           r"(?:total|bill|receipt)\b[^?]*\b(?:percent|%)|\bpercent(?:age)?\s+of\s+(?:the\s+|this\s+|my\s+)"
           r"?(?:total|bill|receipt|shop\w*|spend)\b")
ADDED = ci(r"\+|\b(?:together|combined|added|add\s+(?:up|together)|plus|in\s+total|sum|both|"
           r"how\s+much\s+(?:is|was|are|were|did)\s+(?:that|those|these|they|the\s+two)|"
           r"for\s+(?:the\s+)?(?:two|both|those|them))\b")
RETURNED = ci(r"\b(?:(?:took|take|taking|takes|brought|bring\w*|sent|send\w*)\s+(?:the\s+|my\s+|"
              r"those\s+|that\s+)?[a-z]+(?:\s+[a-z]+)?\s+back|return\w*|refund\w*|send\w*\s+back|sent\s+back|tak\w+\s+back|took\s+back|"
              r"bring\w*\s+back|brought\s+back|put\w*\s+back|remov\w*|drop\w*|cancel\w*|"
              r"without|excluding|except|minus|less|leave\s+out|left\s+out|didn'?t\s+(?:buy|"
              r"get|want)|hadn'?t\s+(?:bought|got))\b")
TIMES = ci(r"\b(?P<n>\d+)\s+(?:(?:lots?|packs?|portions?|servings?|helpings?|rounds?|units?)\s+"
           r"of\s+(?:the\s+|my\s+)?|of\s+(?:the|my|those|these)\s+|x\s+|more\s+)?"
           r"(?P<what>[a-z][a-z' ]*?)\b|\b(?P<w>twice|double|triple)\b")
SPREAD = ci(r"\b(?:most|dearest|priciest|highest|biggest)\b.{0,40}\b(?:least|cheapest|lowest|"
            r"smallest)\b|\b(?:least|cheapest|lowest|smallest)\b.{0,40}\b(?:most|dearest|"
            r"priciest|highest|biggest)\b|\bprice\s+(?:range|spread)\b|\brange\s+of\s+prices\b")
SPREAD_ASK = ci(r"\b(?:difference|gap|spread|range|how\s+much\s+more|between)\b")
LIST = ci(r"\b(?:list|name\s+(?:the|all|every|each)\s+(?:items|things|products)|itemi[sz]e|"
          r"read\s+(?:me\s+|out\s+)?(?:each|every|all)\b|(?:each|every|all)\s+(?:the\s+)?"
          r"(?:items?|things?|lines?|products?)\b[^?.!]*\bprices?\b|"
          r"what\s+(?:did|do|have)\s+(?:i|we)\s+(?:buy|bought|get|"
          r"got|order|ordered|purchase\w*|pick\w*\s+up)|what\s+(?:i|we)\s+(?:bought|got|ordered|"
          r"purchased|paid\s+for|picked\s+up)\b|what\s+(?:items|things|products|"
          r"goods|stuff)\b|which\s+(?:items|things|products)\b|what(?:'s|\s+is|\s+was)\s+"
          r"(?:on|in)\s+(?:it|this|the\s+(?:receipt|bill|list))|what\s+(?:was|were)\s+"
          r"(?:bought|purchased))")


def _cents(value: Fraction) -> float:
    return float((Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP))


def _f(value: float) -> Fraction:
    return Fraction(str(value))


def _pct(found: re.Match[str]) -> Fraction:
    return Fraction(re.findall(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", found.group(0),
                               re.I)[0])


def tax_asks(question: str, facts: Facts, total: float) -> list[Answer]:
    included = INCLUDED.search(question)
    if included is None:
        return []
    rate = _pct(included)
    tax = (included.group("tax") or included.group("tax2") or included.group("tax3") or re.match(
        r"\w+", included.group(0)).group(0)).upper()  # type: ignore[union-attr]
    tax = tax if tax in ("VAT", "GST", "HST", "TAX", "SALES") else "TAX"
    tax = "sales tax" if tax.startswith("SALES") else ("tax" if tax == "TAX" else tax)
    net = _f(total) / (1 + rate / 100)
    out: list[Answer] = []
    if TAX_PART.search(question):
        part = _cents(_f(total) - net)
        out.append((f"The {tax} in {facts.money(total)} at {rate}% is **{facts.money(part)}** "
                    f"({total:.2f} − {total:.2f} ÷ {float(1 + rate / 100):g}).", part))
    if BEFORE_TAX.search(question) or not out:
        before = _cents(net)
        out.append((f"Before the {rate}% {tax} it was **{facts.money(before)}** "
                    f"({total:.2f} ÷ {float(1 + rate / 100):g}).", before))
    return out


def tip_asks(question: str, facts: Facts, total: float) -> list[Answer]:
    tip = TIP.search(question)
    if tip is None or not (TIP_ONLY.search(question) or WITH_ALL.search(question)):
        return []
    rate = _pct(tip)
    amount = _cents(_f(total) * rate / 100)
    tip_shown = facts.money(amount)
    out: list[Answer] = [(f"A {rate}% tip on {facts.money(total)} is **{tip_shown}**.", amount)]
    if WITH_ALL.search(question):
        whole = _cents(_f(total) * (1 + rate / 100))
        out.append((f"With the tip it comes to **{facts.money(whole)}** ({total:.2f} + "
                    f"{amount:.2f}).", whole))
    return out


def share_asks(question: str, facts: Facts, total: float) -> list[Answer]:
    named = named_items(question, facts)
    if not SHARE.search(question) or len(named) != 1 or total <= 0:
        return []
    name, value = named[0]
    share = _cents(_f(value) * 100 / _f(total))
    return [(f"The {name} ({value:.2f}) is **{share:.2f}%** of the total ({total:.2f}).", share)]


def item_asks(question: str, facts: Facts, total: float) -> list[Answer]:
    named = named_items(question, facts)
    said = expand(question)
    if not named:
        return []
    if len(named) == 1 and (times := _times(said, named[0][0])) is not None:
        name, value = named[0]
        cost = _cents(_f(value) * times)
        more = re.search(rf"\b{times}\s+(?:more|extra|another)\b|\b(?:another|more)\s+{times}\b",
                         said, re.I)
        if more is not None:  # "2 more bagels": on top of the bill
            whole = _cents(_f(total) + _f(value) * times)
            return [(f"{times} more × {name} at {value:.2f} is {cost:.2f}; the bill would be "
                     f"**{facts.money(whole)}** ({total:.2f} + {cost:.2f}).", whole)]
        if WHOLE_BILL.search(said):  # "if I'd bought the pasta twice, the total?"
            whole = _cents(_f(total) + _f(value) * (times - 1))
            return [(f"With {times} × {name} instead of one the total would be "
                     f"**{facts.money(whole)}** ({total:.2f} + {times - 1} × {value:.2f}); "
                     f"the {name} alone {cost:.2f}.", whole)]
        return [(f"{times} × {name} at {value:.2f} is **{facts.money(cost)}**.", cost)]
    if len(named) == 1 and RETURNED.search(question):
        name, value = named[0]
        rest = _cents(_f(total) - _f(value))
        return [(f"Without the {name} ({value:.2f}) it comes to **{facts.money(rest)}** "
                 f"({total:.2f} − {value:.2f}).", rest)]
    if len(named) >= 2 and ADDED.search(question) and not RETURNED.search(question):
        whole = _cents(sum((_f(v) for _, v in named), Fraction(0)))
        listed = " + ".join(f"{n} {v:.2f}" for n, v in named)
        return [(f"Together they come to **{facts.money(whole)}** ({listed}).", whole)]
    return []


def _times(said: str, name: str) -> int | None:
    """How many of an item the question buys: "three of the notebook", "4 coffees",
    "twice the tea" (a percentage or a price is no count)."""
    for found in TIMES.finditer(said):
        if found.group("w"):
            return {"twice": 2, "double": 2, "triple": 3}[found.group("w").lower()]
        what = found.group("what").lower()
        after = said[found.end():found.end() + 2]
        if 1 < int(found.group("n")) <= 100 and not after.startswith("%") and (
                name.lower()[:4] in what or re.match(r"(?:of\s+(?:the|my|those)|x|times)\b",
                                                     what) is not None):
            return int(found.group("n"))
    return None


WHOLE_BILL = ci(r"\b(?:the\s+(?:total|bill|receipt)|altogether|in\s+all|overall|whole\s+"
                r"(?:bill|shop|thing)|(?:it|the\s+bill|the\s+shop)\s+(?:have\s+)?(?:come|came)\s+to)\b")
PERCENT_OF = ci(rf"(?P<pct>{PERCENT})\s+of\s+(?:this|it|that|the\s+(?:total|bill|receipt|lot))\b")


def whole_asks(question: str, facts: Facts, total: float) -> list[Answer]:
    out: list[Answer] = []
    if (part := PERCENT_OF.search(question)) is not None:
        rate = _pct(part)
        value = _cents(_f(total) * rate / 100)
        out.append((f"{rate}% of {facts.money(total)} is **{facts.money(value)}**.", value))
    fraction = FRACTION.search(question)
    if fraction is not None and not named_items(question, facts):
        kind = next(k for k, v in fraction.groupdict().items() if v)
        factor = {"half": Fraction(1, 2), "third": Fraction(1, 3), "quarter": Fraction(1, 4),
                  "double": Fraction(2), "triple": Fraction(3)}[kind]
        exact = _f(total) * factor
        word = {"half": "Half", "third": "A third", "quarter": "A quarter",
                "double": "Double", "triple": "Three times"}[kind]
        shown = f"{_cents(exact):.2f}" + (f" (exactly {float(exact):g})" if _f(_cents(exact))
                                           != exact else "")
        out.append((f"{word} of {facts.money(total)} is **{shown}**.", float(exact)))
    if ROUNDED.search(question) and not rounds_the_bill(question):  # not a round-up gift
        whole = int(Decimal(str(total)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
        out.append((f"The total {facts.money(total)} is about **{whole}** to the nearest "
                    "whole unit.", float(whole)))
    return out


def spread_asks(question: str, facts: Facts) -> list[Answer]:
    if len(facts.items) < 2 or not (SPREAD.search(question) and SPREAD_ASK.search(question)):
        return []
    dear = max(facts.items, key=lambda item: item[1])
    cheap = min(facts.items, key=lambda item: item[1])
    gap = _cents(_f(dear[1]) - _f(cheap[1]))
    return [(f"The dearest item ({dear[0]}, {dear[1]:.2f}) costs **{facts.money(gap)}** more "
             f"than the cheapest ({cheap[0]}, {cheap[1]:.2f}).", gap)]


def list_asks(question: str, facts: Facts) -> list[Answer]:
    if not facts.items or not LIST.search(question):
        return []
    listed = ", ".join(f"**{name}** ({value:.2f})" for name, value in facts.items)
    total = f"; the total is **{facts.money(facts.whole)}**" if facts.whole is not None else ""
    return [(f"The {len(facts.items)} items: {listed}{total}.", None)]


def receipt_sums(question: str, facts: Facts) -> list[Answer]:
    """Every sum the question asks of the receipt, worked from its facts."""
    total = facts.whole
    out = spread_asks(question, facts) + list_asks(question, facts)
    if total is None:
        return out
    for kind in (tax_asks, tip_asks, share_asks, item_asks):
        if (found := kind(question, facts, total)):
            return found + out
    return whole_asks(question, facts, total) + out
