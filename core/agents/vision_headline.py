"""A bill's headline amount (a receipt's total, an "Amount due") worked with the one amount
the question states, the operation read from that amount's role in the question's words.

- an amount added on top: a late fee, a penalty, cashback, a delivery charge ("plus a 5
  dollar late fee", "asked for $40 cashback on top of this");
- part paid one way and the rest another ("had $20 cash on me, rest on card");
- a budget the bill went over, or what is left of it ("my budget was 25 dollars and I
  blew it");
- the change from cash handed over ("paying cash with 50, how much comes back?");
- the bill split a number of ways ("bill / 5", "divided by 3", "split 4 ways");
- the bill over a number of periods ("8 weeks of this receipt");
- loyalty points per whole unit spent ("5 points for every full unit");
- the round-up donation to the next whole unit.

Each answer comes only when the headline is read and the question states exactly the one
amount the operation needs; exact money (fractions), shown to the cent.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_receipt import find_total
from core.agents.vision_screen import plain

Answer = tuple[str, float | None]
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
NAMES = {"dollar": "USD", "buck": "USD", "euro": "EUR", "pound": "GBP", "quid": "GBP"}
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
WAYS = r"(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
COUNT = f"(?P<n>{WAYS[1:-1]})"
# an amount of money the question states: "$40", "40 dollars", "£5", a bare "50"
MONEY = re.compile(r"(?<![\w.:/%÷×-])(?<![/÷×]\s)(?:(?P<sym>[$€£])\s?)?"
                   r"(?P<v>\d{1,6}(?:\.\d{1,2})?)(?![\d:%])"
                   r"(?:\s*(?P<name>dollars?|bucks?|euros?|pounds?|quid)\b)?(?!\s*(?:%|percent|"
                   r"per\s+cent|points?|weeks?|months?|days?|times|people|ways|of\s+us|"
                   r"persons?|friends|decimals?|dp\b|d\.p|places?|x\b|th\b|st\b|nd\b|rd\b))", re.I)
ADDED = ci(r"\b(?:late\s+|admin\w*\s+|delivery\s+|service\s+|booking\s+|card\s+)?(?:fee|penalty|"
           r"fine|surcharge|cash\s?-?back|delivery|postage|shipping|tip|gratuity|donation)\b")
ON_TOP = ci(r"\b(?:plus|on\s+top|add(?:ed|ing)?|extra|with|including|and)\b|\+")
REST = ci(r"\b(?:rest|remainder|remaining|the\s+balance|what(?:'s|\s+is|\s+was)\s+left)\b")
MEANS = ci(r"\b(?:cash|card|voucher|gift\s?card|coupon|deposit|points|covered|paid|pay|"
           r"paying|put)\b")
BUDGET = ci(r"\b(?:budget\w*|limit|allowance|meant\s+to\s+spend|planned\s+to\s+spend|only\s+"
            r"(?:wanted|meant|planned)\s+to\s+spend)\b")
OVER = ci(r"\b(?:over|blew|blown|blow|exceed\w*|overspen\w*|too\s+much|went\s+past)\b")
UNDER = ci(r"\b(?:left|under|spare|remain\w*|to\s+spare|still\s+have)\b")
HANDED = ci(r"\b(?:pay|paying|paid|hand(?:ed|ing)?(?:\s+over)?|give|gave|giving|with|use|from|"
            r"using|tender\w*)\b[^.?!]{0,20}$")
CHANGE = ci(r"\b(?:change|comes?\s+back|get\s+back|back\s+to\s+me|give\s+me\s+back|"
            r"returned|back)\b")
SPLIT = ci(rf"(?:/|÷)\s*{WAYS}\b|\bdivided\s+(?:by|between|among)\s+{WAYS}\b|\bsplit\s+"
           rf"{WAYS}\s+ways\b|\b{WAYS}\s+ways\b|\b(?:split|shared?|divided)\s+(?:\w+\s+){{0,3}}?"
           rf"(?:between|among|by)\s+{WAYS}\s*(?:people|persons|of\s+us|friends|flatmates|"
           rf"housemates|roommates)?(?![\w.])")
ME_TOO = ci(r"\b(?:me\s+and|and\s+me|plus\s+me|including\s+me|besides\s+me|other)\b")
PERIODS = ci(rf"(?<![\w.]){COUNT}\s+(?:more\s+)?(?P<p>weeks?|months?|days?|times|visits|trips|"
             rf"fortnights?)\s+of\s+(?:this|that|it|the\s+same|these|my)\b")
POINTS = ci(rf"(?<![\w.]){COUNT}\s+(?:loyalty\s+|reward\s+|bonus\s+)?points?\s+(?:per|for\s+"
            r"(?:every|each)|every|each|a|an)\s+(?:full\s+|whole\s+|complete\s+)?(?:unit|dollar|"
            r"pound|euro|buck|quid|[$€£]\s?1\b|1\s+(?:unit|dollar|pound|euro))")
ROUND_UP = ci(r"\bround\w*\b[^.?!]{0,40}?\bup\b|\bup\s+to\s+the\s+(?:next|nearest)\s+(?:whole\s+)?"
              r"(?:unit|number|dollar|pound|euro)")
DONATION = ci(r"\b(?:donat\w*|charity|give|gives|given|extra|difference|spare\s+change|"
              r"how\s+much\s+(?:goes|is|would|will))\b")


PCT = r"(?P<r>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|percent|per\s+cent)"
SHARE = r"(?:tax|vat|gst|tip|gratuity|service(?:\s+charge)?)"
PCT_ON = ci(rf"\b{SHARE}\b[^.?!%\d]{{0,30}}?{PCT}|(?P<s>\d{{1,2}}(?:\.\d{{1,2}})?)\s*(?:%|percent|"
            rf"per\s+cent)\s+{SHARE}\b")
PART_ONLY = ci(rf"\b{SHARE}\s+(?:owed|amount|due|part|is|would\s+be|comes?\s+to)\b|\bhow\s+"
               rf"much\s+(?:is\s+|would\s+|will\s+)?(?:the\s+|a\s+)?{SHARE}\b|\bwhat(?:'s|\s+is|"
               rf"\s+would\s+be)\s+the\s+{SHARE}\b")
WITH_SHARE = ci(r"\b(?:plus|with|add(?:ed|ing)?|on\s+top|total|altogether|all\s+in|after)\b|\+")
INCLUDED = ci(r"\b(?:included|inclusive|already|incl\.?)\b|\bincluding\s+(?:vat|tax|gst)\b")
GROUP = ci(rf"\b(?:group|party|table)\s+of\s+{WAYS}\b|\b{WAYS}\s+(?:people|persons|of\s+us|"
           rf"friends|diners|ways)\b|\b(?:between|among)\s+{WAYS}\b")
EACH = ci(r"\b(?:each|per\s+(?:person|head)|apiece|everyone|split|share|divided?)\b")


def headline_sum(question: str, text: str) -> list[Answer]:
    """The bill's headline amount worked with the amount the question states, or []."""
    total = find_total(text)
    if total is None or total[0] <= 0:
        return []
    whole, currency = Fraction(str(total[0])), total[1]
    if found := _percent_share(question, whole, currency):
        return found
    for worked in (_points, _periods, _split, _budget, _rest, _change, _added, _round_up):
        if found := worked(question, whole, currency):
            return found
    return []


def shared_with_percent(question: str, text: str) -> list[Answer]:
    """The bill with a stated tax or tip, split between the group the question names, or
    [] (a rule over the labels would stop at the bill with the tip)."""
    total = find_total(text)
    if total is None or total[0] <= 0 or not GROUP.search(question):
        return []
    return _percent_share(question, Fraction(str(total[0])), total[1])


def rounds_the_bill(question: str) -> bool:
    """The question rounds the bill up for a donation: its "nearest whole number" is not
    the rounding of the answer."""
    return bool(ROUND_UP.search(question) and DONATION.search(question)) and not _amounts(
        question)


def _money(value: Fraction, currency: str) -> str:
    cents = math.floor(value * 100 + Fraction(1, 2))
    return f"{float(Fraction(cents, 100)):.2f}{f' {currency}' if currency else ''}"


def _amounts(question: str) -> list[tuple[re.Match[str], Fraction]]:
    """The amounts of money the question states (a count, a percentage or a clock is not)."""
    return [(found, Fraction(found.group("v"))) for found in MONEY.finditer(question)]


def _one_amount(question: str, currency: str) -> tuple[re.Match[str], Fraction] | None:
    """The single amount the question states, in the bill's currency (or none named)."""
    found = _amounts(question)
    if len(found) != 1:
        return None
    match, value = found[0]
    named = SYMBOLS.get(match.group("sym") or "") or NAMES.get(
        (match.group("name") or "").lower().rstrip("s"), "")
    if named and currency and named != currency:
        return None  # another currency: an exchange, not this sum
    return match, value


def _count(word: str) -> int:
    return int(word) if word.isdigit() else WORDS[word.lower()]


def _added(question: str, whole: Fraction, currency: str) -> list[Answer]:
    found = _one_amount(question, currency)
    if found is None or REST.search(question) or BUDGET.search(question):
        return []
    match, extra = found
    near = question[max(0, match.start() - 30):match.end() + 40]
    if not ADDED.search(near) or not ON_TOP.search(question):
        return []
    what = ADDED.search(near)
    assert what is not None
    result = whole + extra
    return [(f"That comes to **{_money(result, currency)}** ({_money(whole, currency)} + "
             f"{_money(extra, currency)} {what.group(0).lower()}).", float(result))]


def _rest(question: str, whole: Fraction, currency: str) -> list[Answer]:
    found = _one_amount(question, currency)
    if found is None or not REST.search(question) or not MEANS.search(question):
        return []
    part = found[1]
    if not 0 < part < whole:
        return []
    rest = whole - part
    return [(f"The rest is **{_money(rest, currency)}** ({_money(whole, currency)} − "
             f"{_money(part, currency)}).", float(rest))]


def _budget(question: str, whole: Fraction, currency: str) -> list[Answer]:
    found = _one_amount(question, currency)
    if found is None or not BUDGET.search(question):
        return []
    budget = found[1]
    if OVER.search(question) and whole > budget:
        over = whole - budget
        return [(f"That is **{_money(over, currency)}** over the budget ({_money(whole, currency)}"
                 f" − {_money(budget, currency)}).", float(over))]
    if UNDER.search(question) and not OVER.search(question) and whole <= budget:
        left = budget - whole
        return [(f"That leaves **{_money(left, currency)}** of the budget "
                 f"({_money(budget, currency)} − {_money(whole, currency)}).", float(left))]
    return []


def _change(question: str, whole: Fraction, currency: str) -> list[Answer]:
    found = _one_amount(question, currency)
    if found is None or not CHANGE.search(question) or ADDED.search(question) or not HANDED.search(
            question[:found[0].start()]) or REST.search(question):
        return []
    paid = found[1]
    if paid < whole:
        return []
    change = paid - whole
    return [(f"The change is **{_money(change, currency)}** ({_money(paid, currency)} − "
             f"{_money(whole, currency)}).", float(change))]


def _split(question: str, whole: Fraction, currency: str) -> list[Answer]:
    asked = SPLIT.search(question)
    if asked is None or ME_TOO.search(question) or any(
            found.start() >= asked.end() or found.end() <= asked.start()
            for found, _ in _amounts(question)):
        return []  # "between me and 3 others" counts the payer; another amount, another sum
    ways = _count(next(g for g in asked.groups() if g))
    if ways < 2:
        return []
    each = whole / ways
    return [(f"Each share is **{_money(each, currency)}** ({_money(whole, currency)} ÷ {ways}).",
             float(each))]


def _periods(question: str, whole: Fraction, currency: str) -> list[Answer]:
    asked = PERIODS.search(question)
    if asked is None or _amounts(question):
        return []
    times = _count(asked.group("n"))
    result = whole * times
    return [(f"That is **{_money(result, currency)}** ({_money(whole, currency)} × {times}).",
             float(result))]


def _points(question: str, whole: Fraction, currency: str) -> list[Answer]:
    asked = POINTS.search(question)
    if asked is None:
        return []
    rate = _count(asked.group("n"))
    units = math.floor(whole)
    points = units * rate
    return [(f"That earns **{points} points** ({units} whole units of {_money(whole, currency)}"
             f" × {rate}).", float(points))]


def _round_up(question: str, whole: Fraction, currency: str) -> list[Answer]:
    if not rounds_the_bill(question):
        return []
    up = Fraction(math.ceil(whole))
    if up == whole:
        return []
    gift = up - whole
    return [(f"The round-up is **{_money(gift, currency)}** ({_money(whole, currency)} up to "
             f"{_money(up, currency)}).", float(gift))]


def _percent_share(question: str, whole: Fraction, currency: str) -> list[Answer]:
    """A tax or tip at a stated percentage: the share alone, or the bill with it, split
    between the group when each person's part is asked."""
    asked = PCT_ON.search(question)
    group = GROUP.search(question)
    if asked is None or INCLUDED.search(question) or any(
            group is None or found.start() >= group.end() or found.end() <= group.start()
            for found, _ in _amounts(question)):
        return []  # another amount stated: another sum
    rate = Fraction(asked.group("r") or asked.group("s"))
    share = whole * rate / 100
    if PART_ONLY.search(question) and not group and not EACH.search(question):
        return [(f"That is **{_money(share, currency)}** ({_money(whole, currency)} × "
                 f"{plain(rate)}%).", float(share))]
    if not WITH_SHARE.search(question):
        return []
    full = whole + share
    if group is None:
        return [(f"With it that is **{_money(full, currency)}** ({_money(whole, currency)} + "
                 f"{plain(rate)}%).", float(full))]
    if not EACH.search(question):
        return []
    ways = _count(next(g for g in group.groups() if g))
    each = full / ways
    return [(f"Each pays **{_money(each, currency)}** ({_money(whole, currency)} + "
             f"{plain(rate)}% = {_money(full, currency)}, ÷ {ways}).", float(each))]
