"""The figure a question takes from a receipt, and the everyday money it does with it.

A question about a receipt names one of its figures and then works on it:

- the figure: the total ("this", "the bill", "this purchase", "what's on here"), one item
  ("the bagel"), the dearest or the cheapest item ("the single most expensive thing",
  "lowest price"), a few of them ("the two cheapest items"), or everything but one ("leaving
  out the most expensive item", "if I hadn't bought the cheapest thing");
- the work: a percentage of it alone ("2% cash back, how much do I get back?", "what would
  5% GST on this be?"), a percentage off or on top ("was meant to be 25% off", "prices don't
  include the 8% sales tax"), a tax taken out of it ("includes VAT at 20%, the net?"), a flat
  amount off or on top ("a $5 coupon", "$5.99 for delivery on top"), a split ("50/50",
  "half", "4 ways"), what is left of money set aside ("I'd set aside $60"), its share of the
  total as a percentage, the average of the items it covers, or the tip a payment left ("I
  paid $85 and told them to keep the rest").

Every step works on the exact figure before it (fractions); only the answer is rounded to the
cent and shown in the receipt's currency (a percentage to two places).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, cents, named_items
from core.agents.asks_receipt_money import ROUND_UP
from core.agents.asks_receipt_sums import INCLUDED as TAX_INSIDE
from core.agents.patterns import ci

Answer = tuple[str, float | None]
DEAR = r"most\s+expensive|dearest|priciest|costliest|highest[-\s]priced|highest\s+price|biggest"
CHEAP = r"least\s+expensive|cheapest|lowest[-\s]priced|lowest\s+price|smallest|lowest"
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
SEVERAL = ci(rf"\b(?P<n>two|three|four|[234])\s+(?P<k>{DEAR}|{CHEAP})\b|"
             rf"\b(?P<k2>{DEAR}|{CHEAP})\s+(?P<n2>two|three|four|[234])\b")
LEFT_OUT = ci(rf"\b(?:leaving\s+out|leave\s+out|left\s+out|without|excluding|except(?:\s+for)?|"
              rf"apart\s+from|aside\s+from|ignoring|ignore|not\s+counting|skipping|skip|"
              rf"dropping|other\s+than|besides|if\s+(?:i|we)(?:\s+hadn'?t|\s+had\s+not|\s+didn'?t|"
              rf"\s+did\s+not|'d\s+not|\s+never)\s+(?:bought|buy|got|get|ordered|order|"
              rf"picked\s+up))\s+"
              rf"(?:the\s+|my\s+|that\s+)?(?:single\s+|one\s+)?(?P<k>{DEAR}|{CHEAP})\b")
ONE = ci(rf"\b(?P<k>{DEAR}|{CHEAP})\b")
MONEY = (r"(?:[$€£]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*"
         r"(?:dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp)\b)")
PCT = r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
# a percentage of the figure asked alone: cash back, a tax or tip amount, a deposit
PART = ci(rf"{PCT}\s*(?:of\s+(?:it|this|that)\s+)?(?:as\s+)?(?:cash\s*-?\s*back|back|rebate|"
          rf"refund|reward|points|gst|vat|hst|sales\s+tax|tax|tip|gratuity|service|commission|"
          rf"deposit|down\s+payment|fee|surcharge)\b|\b(?:cash\s*-?\s*back|gst|vat|hst|tax|tip|"
          rf"rebate|deposit)\s+(?:of|at|is|rate\s+(?:of|is))\s+{PCT}")
PART_ASK = ci(r"\b(?:get|earn|receive|make|comes?|paid|give[sn]?)\s+(?:me\s+|us\s+)?back\b|"
              r"\bback\s+to\s+(?:me|us)\b|\bhow\s+much\s+would\s+(?:the\s+|that\s+)?"
              r"(?:cash\s*-?\s*back|gst|vat|hst|tax|tip|deposit)\b|\bhow\s+much\s+(?:is|was|would\s+be|"
              r"will\s+be|'s)\s+(?:the\s+|that\s+|my\s+)?(?:cash\s*-?\s*back|gst|vat|hst|tax|tip|"
              r"rebate|deposit|fee|reward)\b|\bwhat\s+(?:would|will|is|was|'s)\s+(?:the\s+|an?\s+)?"
              r"(?:\d+(?:\.\d+)?\s*%\s+)?(?:cash\s*-?\s*back|gst|vat|hst|tax|tip|rebate|deposit|"
              r"fee)\b[^?.!]*?(?:be\b|\?|$)|\b(?:cash\s*-?\s*back|gst|vat|hst|tax|tip|deposit)\s+"
              r"(?:amount|alone|only)\b|\bhow\s+much\s+(?:cash\s*-?\s*back|gst|vat|tax|tip)\b")
NOT_INCLUDED = ci(rf"\b(?:don'?t|doesn'?t|do\s+not|does\s+not|didn'?t|aren'?t|isn'?t|not|"
                  rf"without|before|excluding|excl\.?|ex)\s+(?:yet\s+)?(?:includ\w*\s+|"
                  rf"inclusive\s+of\s+)?(?:the\s+|an?\s+|any\s+)?{PCT}\s+(?:sales\s+)?(?:tax|vat|"
                  rf"gst|hst)\b|\b(?:plus|add|adding|added|\+)\s+(?:an?\s+|the\s+)?{PCT}\s+"
                  rf"(?:sales\s+)?(?:tax|vat|gst|hst)\b|{PCT}\s+(?:sales\s+)?(?:tax|vat|gst|hst)\s+"
                  rf"(?:on\s+top|to\s+(?:be\s+)?add\w*|isn'?t\s+included|is\s+not\s+included|"
                  rf"(?:is|was|gets?)\s+added)")
INCLUDED = ci(rf"\b(?:includ\w*|incl\.?|inclusive\s+of|contain\w*)\s+(?:the\s+|an?\s+)?(?:"
              rf"(?:vat|gst|hst|sales\s+tax|tax)\s+(?:at|of)\s+{PCT}|{PCT}\s+(?:of\s+)?(?:vat|"
              rf"gst|hst|sales\s+tax|tax))")
NET_ASK = ci(r"\bnet\b|\bbefore\s+(?:the\s+)?(?:vat|gst|hst|tax)|\b(?:without|excluding|"
             r"minus|less)\s+(?:the\s+)?(?:vat|gst|hst|tax)\b|\b(?:pre|ex)[-\s]?(?:vat|gst|tax)\b")
OFF = ci(rf"{PCT}\s*(?:off|discount|reduction|cheaper)\b|\b(?:discount(?:ed)?|reduced|"
         rf"markdown|marked\s+down)\s+(?:of\s+|by\s+|at\s+)?{PCT}")
TIP_ON = ci(rf"\b(?:add\w*|plus|with|leav\w*|after|including)\s+(?:an?\s+|the\s+)?{PCT}\s+"
            rf"(?:tip|gratuity|service(?:\s+charge)?)\b|\b(?:tip|tipping)\s+(?:of\s+)?{PCT}")
COUPON = ci(rf"{MONEY}\s*(?:-\s*)?(?:off|voucher|coupon|gift\s*card|credit|discount|rebate)\b|"
            rf"\b(?:voucher|coupon|gift\s*card|credit|discount|rebate)\s+(?:of|for|worth|"
            rf"that\s+takes)\s+{MONEY}")
ON_TOP = ci(rf"{MONEY}\s*(?:for\s+|of\s+)?(?:delivery|shipping|postage|p&p|handling|service|"
            rf"booking|admin|packaging|bag|bags|fee|charge|surcharge)\b|\b(?:delivery|shipping|"
            rf"postage|handling|service|booking|admin|packaging)\s+(?:fee\s+|charge\s+|cost\s+)?"
            rf"(?:of|is|was|costs?|at|=|:)\s+{MONEY}|\b(?:plus|add|adding|and)\s+{MONEY}\s+"
            rf"(?:for|of)\b")
SET_ASIDE = ci(rf"\b(?:i|we|i'd|we'd|i\s+had|we\s+had)\s+(?:had\s+|have\s+|'d\s+)?(?:(?:gave|"
               rf"give|allowed|allow)\s+(?:myself|ourselves)|set|put|"
               rf"kept|saved|budgeted|brought|taken|took|withdrew|allowed|earmarked)\s+"
               rf"(?:aside\s+|away\s+|out\s+)?(?:only\s+|just\s+)?{MONEY}|\b(?:budget\w*|"
               rf"allowance|limit|kitty)\b[^.?!]{{0,30}}?{MONEY}|{MONEY}[^.?!]{{0,20}}?\b(?:budget|"
               rf"allowance|limit|set\s+aside|put\s+aside)\b")
LEFT_ASK = ci(r"\b(?:left|remain\w*|spare|leftover|left\s+over|still\s+(?:have|got)|over\s+"
              r"budget|under\s+budget|over\s+by|overspen\w*|(?:went|go|gone|going)\s+over)\b|"
              r"\bhow\s+(?:far|much)\s+(?:over|under)\b")
LIMIT = ci(rf"\bspend\s+(?:only\s+|just\s+|no\s+more\s+than\s+|at\s+most\s+|up\s+to\s+|"
           rf"a\s+max(?:imum)?\s+of\s+)?{MONEY}")
LASTS = ci(r"\b(?:last|do|cover|feed)\s+(?:me\s+|us\s+|the\s+family\s+)?(?:for\s+)?(?:the\s+|a\s+|"
           r"one\s+|(?P<n>\d+|two|three|four)\s+)(?:whole\s+|full\s+)?(?P<u>weeks?|days?|fortnight)\b")
PER_DAY = ci(r"\b(?:a|per|each|every)\s+day\b|\bdaily\b")
EVERY_ITEM = ci(r"\b(?P<n>two|three|four|\d+)\s+of\s+(?:everything|each\s+(?:item|thing|one)|"
                r"every\s+(?:item|thing|line)|each|them\s+all)\b|\b(?:everything|every\s+item|all\s+of\s+it)\s+"
                r"(?P<w>twice|two\s+times|three\s+times|double|doubled|tripled)\b|\b(?P<d>double|"
                r"triple)\s+(?:everything|the\s+lot|the\s+order|the\s+shop|each\s+item)\b")
OFTEN = ci(r"\b(?P<n>\d+|twice|two|three|four|five|six)\s+(?:times\s+)?(?:a|per|each|every)\s+"
           r"(?P<u>week|month|year|fortnight)\b")
PAID_TIP = ci(rf"\b(?:paid|pay|gave|handed\s+(?:over|them)?|left)\s+(?:them\s+|a\s+|an\s+)?"
              rf"{MONEY}[^.?!]*?[.?!,]?[^.?!]*?\b(?:keep|kept|rest|change|difference)\b[^.?!]*"
              rf"\btip\b")
HALF = ci(r"\b(?:half|halves|50\s*/\s*50|fifty[-\s/]fifty|split\s+(?:it\s+|this\s+|that\s+)?"
          r"(?:evenly\s+)?(?:in\s+)?two|between\s+(?:the\s+)?two\s+of\s+us|me\s+and\s+my\s+\w+\s+"
          r"(?:are\s+)?split\w*)\b")
WAYS = ci(r"\b(?:split|divided?|shar\w+)\b[^.?!]*?\b(?P<n>\d+|three|four|five|six)\s+(?:ways|"
          r"people|friends|of\s+us)\b|\b(?P<n2>three|four|five|six|\d+)\s+ways\b")
SHARE = ci(r"\b(?:what|which)\s+(?:percent(?:age)?|%|share|proportion|fraction|part|portion)(?!\w)|"
           r"\bas\s+a\s+(?:percent(?:age)?|%|share)(?!\w)|\bpercent(?:age)?\s+of\s+(?:the\s+|this\s+|"
           r"my\s+)?(?:total|bill|receipt|spend|shop)\b|\bhow\s+much\s+of\s+the\s+(?:total|bill)\b")
AVERAGE = ci(r"\b(?:on\s+)?average\b|\bmean\b|\btypical\b")
PRICE_ASK = ci(r"\bprice\b|\bcost\b|\bhow\s+much\b|\bwhat\s+(?:is|was|'s)\b|\bwhich\b|\bspent\b|"
               r"\badd\s+up\b|\bcome\s+to\b|\btogether\b|\bsum\b|\btotal\b|\?")
EXTREME_PRICE = ci(r"\b(?:lowest|highest|smallest|biggest|cheapest|top)\s+(?:price|amount|"
                   r"figure|line|cost)\b")
THE_BILL = ci(r"\b(?:to|on|onto)\s+(?:this|it|the\s+(?:bill|total|receipt))\b")
WORDS = {"three": 3, "four": 4, "five": 5, "six": 6}
COUNTS = {"one": 1, "two": 2, "twice": 2, "double": 2, "doubled": 2, "three": 3, "triple": 3,
          "tripled": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True, slots=True)
class Figure:
    value: Fraction
    said: str           # "the total", "the Bagel", "the two cheapest items"
    count: int          # how many items it covers (the average divides by it)
    whole: bool = False  # the receipt's total itself


def _number(found: re.Match[str]) -> Fraction:
    """The one amount or percentage a match read (its first filled group)."""
    return Fraction(next(v for v in found.groups() if v).replace(",", ""))


_money = _pct = _number


def figure(question: str, facts: Facts, total: Fraction) -> Figure | None:
    """The receipt's figure the question works on (None: no items to pick from)."""
    items = [(name, Fraction(str(value))) for name, value in facts.items]
    whole = Figure(total, "the total", len(items), True)
    if (found := LEFT_OUT.search(question)) is not None and len(items) >= 2:
        pick = max if re.match(DEAR, found.group("k"), re.I) else min
        name, value = pick(items, key=lambda item: item[1])
        return Figure(total - value, f"everything but the {name} ({cents(value)})",
                      len(items) - 1)
    if (found := SEVERAL.search(question)) is not None and len(items) >= 2:
        many = COUNT_WORDS[(found.group("n") or found.group("n2")).lower()]
        kind = found.group("k") or found.group("k2")
        chosen = sorted(items, key=lambda item: item[1], reverse=bool(re.match(DEAR, kind, re.I)))
        chosen = chosen[:many]
        listed = " + ".join(f"{name} {cents(value)}" for name, value in chosen)
        return Figure(sum((v for _, v in chosen), Fraction(0)), f"the {len(chosen)} "
                      f"{kind.lower()} items ({listed})", len(chosen))
    named = named_items(question, facts)
    if len(named) == 1:
        price = Fraction(str(named[0][1]))
        return Figure(price, f"the {named[0][0]} ({cents(price)})", 1)
    if (found := ONE.search(question)) is not None and items:
        pick = max if re.match(DEAR, found.group("k"), re.I) else min
        name, value = pick(items, key=lambda item: item[1])
        word = "most expensive" if pick is max else "cheapest"
        return Figure(value, f"the {word} item, {name} ({cents(value)})", 1)
    return whole


def _steps(question: str, start: Figure) -> tuple[Fraction, list[str]]:
    """The figure after the percentages, flat amounts and split the question puts on it."""
    value, said = start.value, []
    if (off := OFF.search(question)) is not None:
        value *= 1 - _pct(off) / 100
        said.append(f"{_pct(off)}% off")
    if (tax := NOT_INCLUDED.search(question)) is not None:
        value *= 1 + _pct(tax) / 100
        said.append(f"plus {_pct(tax)}% tax")
    elif (inside := INCLUDED.search(question)) is not None and NET_ASK.search(question):
        value /= 1 + _pct(inside) / 100
        said.append(f"less the {_pct(inside)}% tax inside it")
    if (coupon := COUPON.search(question)) is not None:
        value -= _money(coupon)
        said.append(f"less {cents(_money(coupon))}")
    if (extra := ON_TOP.search(question)) is not None:
        value += _money(extra)
        said.append(f"plus {cents(_money(extra))}")
    if (tip := TIP_ON.search(question)) is not None:
        value *= 1 + _pct(tip) / 100
        said.append(f"plus a {_pct(tip)}% tip")
    if (times := _repeats(question)) is not None:
        value *= times[0]
        said.append(times[1])
    if HALF.search(question) or (ways := WAYS.search(question)) is None:
        if HALF.search(question):
            value /= 2
            said.append("halved")
        return value, said
    word = (ways.group("n") or ways.group("n2")).lower()
    parts = int(word) if word.isdigit() else WORDS.get(word, 1)
    if parts > 1:
        value /= parts
        said.append(f"split {parts} ways")
    return value, said


def _part(text: str) -> re.Match[str] | None:
    """A percentage of the figure asked alone (none when the tax is inside the total: the
    tax in it is worked by :mod:`core.agents.asks_receipt_sums`)."""
    inside = (INCLUDED.search(text) or TAX_INSIDE.search(text)) and not NOT_INCLUDED.search(text)
    return PART.search(text) if PART_ASK.search(text) and not inside else None


def _repeats(question: str) -> tuple[Fraction, str] | None:
    """How many times over the figure is paid: "two of everything" (2), "I do this shop 4
    times a month ... a month?" (4), "has to last the week, how much a day?" (1/7)."""
    if (every := EVERY_ITEM.search(question)) is not None:
        word = (every.group("n") or every.group("w") or every.group("d")).lower()
        times = int(word) if word.isdigit() else COUNTS.get(word.split()[0], 2)
        return Fraction(times), f"{times} of everything"
    if (often := OFTEN.search(question)) is not None and re.search(
            rf"\b(?:a|per|each|every)\s+{often.group('u')}\b|\b{often.group('u')}ly\b",
            question[often.end():], re.I):
        word = often.group("n").lower()
        times = int(word) if word.isdigit() else COUNTS.get(word, 1)
        return Fraction(times), f"{times} times a {often.group('u').lower()}"
    if (lasts := LASTS.search(question)) is not None and PER_DAY.search(question):
        word = (lasts.group("n") or "one").lower()
        count = int(word) if word.isdigit() else COUNTS.get(word, 1)
        days = count * {"w": 7, "d": 1, "f": 14}[lasts.group("u")[0].lower()]
        return (Fraction(1, days), f"a day over {days} days") if days > 1 else None
    return None


def asks_worked_figure(text: str) -> bool:
    """Whether a message about an attached receipt asks a figure worked here (no image read)."""
    return bool(_part(text) or NOT_INCLUDED.search(text) or _repeats(text) or (
        LIMIT.search(text) and LEFT_ASK.search(text)) or (
        INCLUDED.search(text) and NET_ASK.search(text)) or COUPON.search(text) or
        ON_TOP.search(text) or (SET_ASIDE.search(text) and LEFT_ASK.search(text)) or
        PAID_TIP.search(text) or LEFT_OUT.search(text) or SEVERAL.search(text) or (
            TIP_ON.search(text) and (HALF.search(text) or THE_BILL.search(
                text))) or (OFF.search(text) and re.search(
                r"\b(?:should|supposed|meant|would)\b", text, re.I)))


def figure_asks(question: str, facts: Facts) -> list[Answer]:
    """The figure the question asks, worked from the receipt; nothing when it asks none."""
    if facts.whole is None or not (asks_worked_figure(question) or (
            (ONE.search(question) or named_items(question, facts)) and (
                SHARE.search(question) or HALF.search(question))) or EXTREME_PRICE.search(
            question)):
        return []
    total = Fraction(str(facts.whole))
    start = figure(question, facts, total)
    if start is None:
        return []
    cur = f" {facts.currency}" if facts.currency else ""
    if (paid := PAID_TIP.search(question)) is not None:
        given = _money(paid)
        tip = given - total
        if tip < 0:
            return []
        rate = tip * 100 / total
        return [(f"Paying {cents(given)} on {cents(total)}{cur} leaves a tip of "
                 f"{cents(tip)}{cur}, **{cents(rate)}%** of the bill.", float(rate))]
    budget = SET_ASIDE.search(question) or LIMIT.search(question)
    if budget is not None and LEFT_ASK.search(question):
        set_aside = _money(budget)
        left = set_aside - start.value
        word = "left" if left >= 0 else "over"
        return [(f"Of {cents(set_aside)}, after {start.said} ({cents(start.value)}) there is "
                 f"**{cents(abs(left))}{cur}** {word}.", float(cents(left)))]
    if (part := _part(question)) is not None:
        rate = _pct(part)
        amount = start.value * rate / 100
        return [(f"{rate}% of {start.said} ({cents(start.value)}{cur}) is "
                 f"**{cents(amount)}{cur}**.", float(cents(amount)))]
    if SHARE.search(question) and not start.whole and total > 0:
        share = start.value * 100 / total
        return [(f"{start.said[0].upper()}{start.said[1:]} is **{cents(share)}%** of the total "
                 f"({cents(total)}{cur}).", float(share))]
    value, steps = _steps(question, start)
    if steps and ROUND_UP.search(question):
        value = Fraction(-((-value) // 1))  # "round the whole thing up to the next dollar"
        steps.append("rounded up to the next whole unit")
    if AVERAGE.search(question) and start.count > 1 and not steps:
        mean = start.value / start.count
        return [(f"The average of {start.said}, {start.count} items, is "
                 f"**{cents(mean)}{cur}** ({cents(start.value)} ÷ {start.count}).",
                 float(cents(mean)))]
    if not steps and start.whole:
        return []
    worked = f", {', '.join(steps)}" if steps else ""
    return [(f"{start.said[0].upper()}{start.said[1:]}{worked}: **{cents(value)}{cur}**.",
             float(value))]  # exact: a conversion after it rounds only once
