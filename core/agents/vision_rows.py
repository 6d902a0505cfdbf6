"""A screenshot's rows, one thing per line, worked against the question.

Three kinds of row are read: a payment ("Lidl   -$78.42", "Netflix  $24.44/mo"), an order
and its status ("#2832  Cancelled"), and a weekday's figure ("Tue  13,598", "Mon  86 bpm").
Over payments: what was spent at one merchant (every row of it added), their total, their
average, how many there are. Over orders: the status of the order named, how many have a
status. Over weekdays: the day with the most (or least), their average or total.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money, plain

PAYMENT = re.compile(r"^(?P<label>[A-Za-z][\w.&'’ ]*?[\w\]])\s+[-−~]?\s?(?P<sym>[$€£])\s?"
                     r"(?P<v>\d{1,3}(?:,\d{3})*\.\d{2})(?:\s*/\s*(?:mo|month|yr|year|wk|week))?$")
ORDER = re.compile(r"^#\s?(?P<id>\d{3,})\s+(?P<status>[A-Za-z][A-Za-z ]+)$")
WEEKDAY = re.compile(r"^(?P<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?:?\s+(?P<v>\d{1,3}(?:,\d{3})+|"
                     r"\d+(?:\.\d+)?)\s*(?P<unit>[a-z%]*)$", re.I)
DAYS = dict(zip(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()), strict=True))
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
# "a 30% promo code on everything", "discount of 15%": a percentage off the whole list
OFF = ci(r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent)\s*(?:off|promo\w*|discount|coupon|code|voucher|"
         r"reduction)|\b(?:discount|promo\w*|coupon|code|voucher)\s+(?:of\s+)?(?P<q>\d+(?:\.\d+)?)"
         r"\s*(?:%|percent)")
MEAN = ci(r"\b(?:average|mean)\b")
COUNT = ci(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b")
TOTAL = ci(r"\b(?:total|in\s+all|altogether|all\s+together|combined|add\s+up|adds\s+up|sum|"
           r"come\s+to|comes\s+to|all\s+(?:my|the|these|of\s+(?:them|these)))\b")
SPENT = ci(r"\bhow\s+much\b|\b(?:total|spent|spend|paid|pay|cost)\b")
MOST = ci(r"\b(?:most|highest|best|biggest|largest|busiest|top|max\w*)\b")
LEAST = ci(r"\b(?:least|lowest|worst|fewest|smallest|quietest|min\w*)\b")
WHICH_DAY = ci(r"\b(?:which|what)\s+(?:day|weekday)\b|\bwhen\s+did\b")
STATUS_ASK = ci(r"\bstatus\b|\bwhat(?:'s|\s+is|\s+happened)\b")
# A line that shows an amount like a payment row's but did not read as one (a garbled row):
# the rows read are then not all of them, so no total, average or count is given.
AMOUNT_LIKE = ci(r"[$€£]\s?\d|\d[.,]\d{2}\s*(?:/\s*[a-z]+)?$")
NOT_A_ROW = ci(r"\b(?:total|subtotal|balance|budget|left|remaining|limit|spent|due|available)\b")


def row_answers(question: str, text: str) -> list[Answer]:
    """What the question asks of the screenshot's rows, or [] when it asks none of this."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    paid = [m for line in lines if (m := PAYMENT.match(line))]
    if len(paid) >= 2 and not any(re.search(r"\b(?:total|subtotal|balance)\b", m.group("label"),
                                            re.I) for m in paid):
        garbled = any(AMOUNT_LIKE.search(line) and not PAYMENT.match(line)
                      and not NOT_A_ROW.search(line) for line in lines)
        return _payments(question, paid, every_row=not garbled)
    orders = [m for line in lines if (m := ORDER.match(line))]
    if len(orders) >= 2:
        return _orders(question, orders)
    days = [m for line in lines if (m := WEEKDAY.match(line))]
    if len(days) >= 2 and len({m.group("unit").lower() for m in days}) == 1:
        return _weekdays(question, days)
    return []


def _payments(question: str, paid: list[re.Match[str]], every_row: bool) -> list[Answer]:
    values = [Fraction(m.group("v").replace(",", "")) for m in paid]
    currency = SYMBOLS[paid[0].group("sym")]
    named = [(m, v) for m, v in zip(paid, values, strict=True)
             if re.search(rf"\b{re.escape(m.group('label'))}\b", question, re.I)]
    if named and SPENT.search(question) and len({m.group("label").lower() for m, _ in
                                                  named}) == 1:
        spent = sum((v for _, v in named), Fraction(0))
        shown = " + ".join(money(v, currency) for _, v in named)
        label = named[0][0].group("label")
        return [(f"At {label}: **{money(spent, currency)}**"
                 f"{f' ({shown})' if len(named) > 1 else ''}.", float(spent))]
    if named or not every_row:
        return []  # a merchant named for something else than what was spent there
    if COUNT.search(question) and not SPENT.search(question.replace("how many", "")):
        return [(f"There are **{len(paid)}** of them listed.", float(len(paid)))]
    total = sum(values, Fraction(0))
    if MEAN.search(question):
        mean = total / len(values)
        return [(f"The average is **{money(mean, currency)}** ({money(total, currency)} over "
                 f"{len(values)}).", float(mean))]
    if TOTAL.search(question) and (off := OFF.search(question)) is not None:
        rate = Fraction(off.group("p") or off.group("q"))
        cut = total * (1 - rate / 100)
        return [(f"They come to {money(total, currency)}; with {plain(rate)}% off that is "
                 f"**{money(cut, currency)}**.", float(cut))]
    if TOTAL.search(question):
        return [(f"They come to **{money(total, currency)}** in total ("
                 f"{' + '.join(money(v, currency) for v in values)}).", float(total))]
    return []


def _orders(question: str, orders: list[re.Match[str]]) -> list[Answer]:
    asked = [m for m in orders if re.search(rf"(?<![\d,]){m.group('id')}(?!\d)", question)]
    if len(asked) == 1 and STATUS_ASK.search(question):
        found = asked[0]
        return [(f"Order #{found.group('id')} is **{found.group('status').strip()}**.", None)]
    if asked or not COUNT.search(question):
        return []
    statuses = {m.group("status").strip().lower() for m in orders}
    named = [s for s in statuses if re.search(rf"\b{re.escape(s)}\b", question, re.I)]
    if len(named) != 1:
        return []
    count = sum(m.group("status").strip().lower() == named[0] for m in orders)
    return [(f"**{count}** of the {len(orders)} orders are {named[0]}.", float(count))]


def _weekdays(question: str, days: list[re.Match[str]]) -> list[Answer]:
    values = [Fraction(m.group("v").replace(",", "")) for m in days]
    unit = days[0].group("unit")
    shown = f" {unit}" if unit else ""
    pick = max if MOST.search(question) else min if LEAST.search(question) else None
    if WHICH_DAY.search(question) and pick is not None:
        index = values.index(pick(values))
        if values.count(values[index]) > 1:
            return []  # a tie names no one day
        day = DAYS[days[index].group("day").lower()]
        return [(f"**{day}** ({plain(values[index])}{shown}).", float(values[index]))]
    total = sum(values, Fraction(0))
    if MEAN.search(question):
        mean = total / len(values)
        return [(f"The average is **{plain(mean)}**{shown} (of {len(values)} days: "
                 f"{', '.join(plain(v) for v in values)}).", float(mean))]
    if TOTAL.search(question):
        return [(f"The total is **{plain(total)}**{shown}.", float(total))]
    return []
