"""Arithmetic a question asks of a receipt's total or of the items it names, beside the
kinds :mod:`core.agents.asks_receipt_sums` works out.

- taxes, tips and service charges added to the total, each worked on the total ("prices
  are before tax, sales tax is 8%", "add 9% tax and an 18% tip");
- the total against the question's amount: how far off a guess, the change in percent
  since it cost that before, what an allowance leaves to pay ("covers up to $25");
- the total split in a ratio ("60:40, I pay the bigger part");
- how many of a named item the question's money buys;
- a named item (or the total) per piece of a pack ("a pack of 6 pairs, how much each?");
- the cheapest item free; the dearest item against the average;
- the order repeated ("four times a week over a 4-week month");
- more of a named item ("2 more at the same price"), and a pack of it against the
  receipt's price ("a box of 6 for £36.24, how much does the box save?").

Exact money: amounts are fractions, shown to the cent.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, cents, named_items
from core.agents.patterns import ci

Answer = tuple[str, float | None]
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a dozen": 12,
          "dozen": 12, "twice": 2, "once": 1, "thrice": 3}
NUM = r"\d+|a\s+dozen|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
ADDED = ci(r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:sales\s+)?(?P<w>tax|tip|vat|"
           r"gst|gratuity|service(?:\s+charge)?)\b|\b(?P<w2>tax|tip|vat|gst|gratuity|service"
           r"(?:\s+charge)?)\b(?:\s+(?:here|rate|there))?\s+(?:is|of|at|=)\s+"
           r"(?P<p2>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")
NOT_IN = ci(r"\b(?:before|excl\w*|excluding|without|not\s+includ\w*|pre)[-\s]+(?:the\s+)?"
            r"(?:sales\s+)?(?:tax|vat|gst)\b|\b(?:add|plus|on\s+top|then|put|apply|applied)\b|\btip\b|"
            r"\bon\s+(?:this|the|it|that)\b")
INCLUDED = ci(r"\b(?:prices?|total|it|this|that|amount|receipt)\s+(?:here\s+|already\s+)?"
              r"(?:includes?|including|inclusive\s+of|contains?)\b|\bincl\.?\s+\d|"
              r"\b(?:excluding|excl\.?|without|before|minus|less)\s+(?:the\s+)?(?:vat|gst|tax)\b"
              r"[^.!?]*\?|\bpre[-\s]?tax\s+(?:price|amount|total|cost|figure)\b|\b(?:tax|vat|gst)\s+(?:is\s+|was\s+)?"
              r"(?:already\s+)?included\b|\binclud\w*\s+(?:an?\s+)?\d+(?:\.\d+)?\s*%")
UNTAXED = ci(r"\b(?:before|excl\w*|excluding|without|not\s+includ\w*|pre)[-\s]+(?:the\s+)?"
             r"(?:sales\s+)?(?:tax|vat|gst)\b|\bdon'?t\s+include\b|\bnot\s+included\b")
FINAL = ci(r"\b(?:final|actually\s+pay|pay|total|altogether|all\s+in|in\s+all|incl\w*|"
           r"owe|come\s+to|end\s+up)\b")
Q_MONEY = ci(r"[$€£]\s?(?P<v>\d+(?:,\d{3})*(?:\.\d+)?)|(?P<w>\d+(?:\.\d+)?)\s*(?:dollars?|"
             r"euros?|pounds?|bucks|quid)\b")
OFF = ci(r"\bhow\s+far\s+off\b|\boff\s+by\b|\b(?:guess\w*|estimat\w*|expect\w*|thought|"
         r"reckoned)\b")
CHANGE = ci(r"\bpercent\w*|%|\bper\s*cent\b")
BEFORE = ci(r"\b(?:last|before|previous\w*|used\s+to|earlier|ago)\b")
UP_DOWN = ci(r"\b(?:up|increase\w*|rise|risen|rose|gone\s+up|more|change\w*|down|decrease\w*|"
             r"fall|fallen|drop\w*|higher|lower|cheaper|dearer)\b")
CAP = ci(r"\b(?:covers?|reimburs\w*|allowance|limit|cap)\b|\bup\s+to\s+(?:a\s+)?[$€£]?\d")
EXCESS = ci(r"\b(?:above|(?<!left\s)over|beyond|excess|pocket|extra|difference|on\s+top)\b")
REMAINS = ci(r"\b(?:left|remain\w*|still\s+have)\b")
RATIO = ci(r"(?<![\d:.])(?P<a>\d+)\s*:\s*(?P<b>\d+)(?![\d:])(?!\s*[ap]\.?m\b)")
SHARED = ci(r"\b(?:share|split|ratio|divide\w*|pay|owe|part)\b")
BIGGER = ci(r"\b(?:bigger|larger|greater|more|higher|major)\s+(?:part|share|portion|bit|"
            r"half|side)\b")
SMALLER = ci(r"\b(?:smaller|lesser|less|lower|minor)\s+(?:part|share|portion|bit|side)\b")
HOW_MANY = ci(r"\bhow\s+many\b")
PACK = ci(rf"\b(?:pack|box|bag|set|case|bundle|carton|tray)\s+of\s+(?P<n>{NUM})\b|"
          rf"\b(?P<m>{NUM})[-\s](?:pack|piece|pair)s?\b")
EACH = ci(r"\b(?:each|apiece|per\s+(?:one|item|piece|pair|unit|pack|roll|bottle|can)|"
          r"a\s+(?:piece|pair|unit)|one\s+by\s+one|singly)\b")
SAVE = ci(r"\b(?:save|saving|cheaper|difference|compared)\b")
FREE_CHEAPEST = ci(r"\bcheapest\s+(?:item|one|thing|of\s+them)?\s*(?:is|was|were|goes|"
                   r"comes|should\s+(?:be|have\s+been))?\s*(?:free|on\s+the\s+house)\b|"
                   r"\b(?:buy|get)\s+\w+\s*,?\s*get\s+(?:the\s+)?cheapest\s+free\b")
ABOVE_AVERAGE = ci(r"\b(?:more|higher|above|over)\s+than\s+the\s+(?:average|mean)\b|"
                   r"\babove\s+(?:the\s+)?(?:average|mean)\b")
TIMES = ci(rf"\b(?P<n>{NUM}|twice|once|thrice)\s*(?:times\s+)?(?:a|per|each|every)\s+"
           rf"(?P<u>week|month|day)\b")
SPAN = ci(rf"\b(?:over|for|in)\s+(?:a|the|one)?\s*(?P<n>{NUM})[-\s](?P<u>week|day)s?\b|"
          rf"\b(?:over|for|in)\s+(?P<m>{NUM})\s+(?P<u2>weeks|days|months)\b")
MORE_OF = ci(rf"\b(?P<n>{NUM})\s+more\b")
EXTRA_ONLY = ci(r"\b(?:extra|additional|new|more)\s+ones?\b|\bthose\b|\bjust\s+the\s+extra\b")


def _count(word: str) -> int:
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else COUNTS[word]


def _q_money(question: str) -> Fraction | None:
    found = Q_MONEY.search(question)
    if found is None:
        return None
    return Fraction((found.group("v") or found.group("w")).replace(",", ""))


def added_charges(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    """Taxes and tips added to the total, each worked on the total."""
    rates = [(Fraction(m.group("p") or m.group("p2")), (m.group("w") or m.group("w2")).lower())
             for m in ADDED.finditer(question)]
    if not rates or INCLUDED.search(question) or not NOT_IN.search(question) or not \
            FINAL.search(question):
        return []
    if len(rates) == 1 and not UNTAXED.search(question):
        return []  # one tax or tip added is the sums' reader's
    added = [total * rate / 100 for rate, _ in rates]
    final = total + sum(added, Fraction(0))
    parts = " + ".join(f"{cents(a)} {kind} ({rate}%)" for a, (rate, kind) in
                       zip(added, rates, strict=True))
    each = [(f"The {kind} ({rate}% of {cents(total)}) is **{facts.amount(a)}**.", float(a))
            for a, (rate, kind) in zip(added, rates, strict=True)]
    return [(f"That comes to **{facts.amount(final)}** ({cents(total)} + {parts}).",
             float(final)), *each]


def against_amount(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    """The total against the question's amount: a guess, an earlier price, an allowance."""
    given = _q_money(question)
    if given is None:
        return []
    if CHANGE.search(question) and BEFORE.search(question) and UP_DOWN.search(question) and given:
        pct = (total - given) / given * 100
        return [(f"From {cents(given)} to {cents(total)} is a change of **{cents(pct)}%** "
                 f"(({cents(total)} − {cents(given)}) ÷ {cents(given)} × 100).", float(pct))]
    if CAP.search(question) and EXCESS.search(question) and not REMAINS.search(question):
        over = max(total - given, Fraction(0))
        return [(f"Above the {cents(given)} covered, you pay **{facts.amount(over)}** "
                 f"({cents(total)} − {cents(given)}).", float(over))]
    if OFF.search(question):
        gap = abs(total - given)
        way = "under" if given > total else "over"
        return [(f"The total is {facts.amount(total)}, so you were off by "
                 f"**{facts.amount(gap)}** ({way} by {cents(gap)}).", float(gap))]
    return []


def in_ratio(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    """The total split in the ratio the question gives."""
    ratio = RATIO.search(question)
    if ratio is None or not SHARED.search(question):
        return []
    a, b = int(ratio.group("a")), int(ratio.group("b"))
    if not a + b:
        return []
    part = max(a, b) if BIGGER.search(question) else min(a, b) if SMALLER.search(question) else a
    share = total * part / (a + b)
    return [(f"Your {part}/{a + b} share is **{facts.amount(share)}** ({cents(total)} × "
             f"{part} ÷ {a + b}).", float(share))]


def of_items(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    """Sums of the items the question names: how many its money buys, one of a pack, more
    of it, a pack of it against the receipt's price."""
    named = named_items(question, facts)
    given = _q_money(question)
    pack = PACK.search(question)
    if named and given and HOW_MANY.search(question) and not pack:
        name, price = named[0]
        if price > 0:
            many = math.floor(given / Fraction(str(price)))
            return [(f"With {cents(given)} you can buy **{many}** × {name} at {price:.2f} "
                     f"({cents(given)} ÷ {price:.2f} = {float(given / Fraction(str(price))):.2f})."
                     , float(many))]
    if pack and SAVE.search(question) and named and given:
        count = _count(pack.group("n") or pack.group("m"))
        name, price = named[0]
        single = count * Fraction(str(price))
        saved = single - given
        return [(f"{count} × {name} at {price:.2f} is {cents(single)}; the pack at "
                 f"{cents(given)} saves **{facts.amount(saved)}**.", float(saved))]
    if pack and EACH.search(question):
        count = _count(pack.group("n") or pack.group("m"))
        name, price = named[0] if named else ("the total", float(total))
        each = Fraction(str(price)) / count
        return [(f"{name} at {price:.2f} for {count} is **{facts.amount(each)}** each "
                 f"({price:.2f} ÷ {count}).", float(each))]
    if named and (more := MORE_OF.search(question)) is not None:
        count = _count(more.group("n"))
        name, price = named[0]
        extra = count * Fraction(str(price))
        if EXTRA_ONLY.search(question):
            return [(f"{count} more {name} at {price:.2f} cost **{facts.amount(extra)}**.",
                     float(extra))]
        spent = total + extra
        return [(f"With {count} more {name} ({cents(extra)}) you'd have spent "
                 f"**{facts.amount(spent)}** ({cents(total)} + {cents(extra)}).", float(spent))]
    return []


def item_deals(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    """The cheapest item free, and the dearest item against the average."""
    prices = [Fraction(str(value)) for _, value in facts.items]
    if not prices:
        return []
    if FREE_CHEAPEST.search(question):
        low = min(prices)
        name = next(n for n, v in facts.items if Fraction(str(v)) == low)
        paid = total - low
        return [(f"With the cheapest item ({name}, {cents(low)}) free you should have paid "
                 f"**{facts.amount(paid)}** ({cents(total)} − {cents(low)}).", float(paid))]
    if ABOVE_AVERAGE.search(question) and re.search(r"\b(?:most\s+expensive|dearest|priciest|"
                                                    r"costliest)\b", question, re.I):
        mean = total / len(prices)
        gap = max(prices) - mean
        return [(f"The dearest item ({cents(max(prices))}) is **{facts.amount(gap)}** above "
                 f"the average item price ({cents(total)} ÷ {len(prices)} = {cents(mean)}).",
                 float(gap))]
    return []


def repeated(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    """The order repeated: "four times a week" over "a 4-week month"."""
    times = TIMES.search(question)
    span = SPAN.search(question)
    if times is None or span is None:
        return []
    unit = (span.group("u") or span.group("u2") or "").lower().rstrip("s")
    if unit != times.group("u").lower():
        return []
    many = _count(times.group("n")) * _count(span.group("n") or span.group("m"))
    whole = total * many
    return [(f"{many} times this order comes to **{facts.amount(whole)}** ({cents(total)} × "
             f"{many}).", float(whole))]


def reckon_asks(question: str, facts: Facts) -> list[Answer]:
    """The first of the sums above the question asks of the receipt, or nothing."""
    if facts.whole is None:
        return []
    total = Fraction(str(facts.whole))
    for kind in (added_charges, against_amount, in_ratio, item_deals, repeated, of_items):
        if found := kind(question, facts, total):
            return found
    return []
