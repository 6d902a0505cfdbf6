"""A receipt's total or one of its items set against a figure or a rule the question states.

- money handed over for the whole bill: the extra given ("my friend gave me $60.80 for this;
  how much extra?");
- a cap on what is paid back: the part left to cover ("work reimburses up to €20");
- a price that should have been charged: the overcharge ("the label said the collar was
  €11.80");
- the cheapest (or dearest) one, two or three items taken off ("the cheapest thing was a
  freebie", "without the two cheapest things");
- cash rounding of the total to the nearest 5 or 10 cents;
- tax on the one item the question says is taxed ("only the muffin is taxed, at 5%");
- the item that cost a price the question gives ("which item was $11.49?");
- the total bought once a week or a month, per year;
- the total at a rate the question states ("at 1 USD = 148 JPY").
Each answer comes only when every figure it needs is found.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.asks_receipt_rate import at_stated_rate, states_rate
from core.agents.patterns import ci

Item = tuple[str, float, str]
Answer = tuple[str, float | None]
AMOUNT = r"[$€£]?\s?(?P<v>\d+(?:\.\d{1,2})?)"
HANDED = ci(rf"\b(?:gave|give|handed|hand|paid|pay|passed|sent|transferred)\s+(?:me\s+|them\s+|"
            rf"him\s+|her\s+|over\s+|the\s+\w+\s+)?(?:a\s+|an\s+)?{AMOUNT}")
EXTRA = ci(r"\b(?:extra|change|back|too\s+much|over(?:paid)?|left\s+over|spare|owe\s+(?:them|"
           r"him|her)\s+back)\b")
CAP = ci(rf"\b(?:up\s+to|max(?:imum)?(?:\s+of)?|capped\s+at|cap\s+of|limit\s+of|no\s+more\s+"
         rf"than|at\s+most)\s+{AMOUNT}")
MY_PART = ci(r"\b(?:myself|out\s+of\s+(?:my\s+own\s+)?pocket|i\s+(?:have|need)\s+to\s+(?:pay|"
             r"cover)|left\s+for\s+me|my\s+(?:share|part)|not\s+(?:covered|reimbursed)|"
             r"(?:pay|cover)\s+the\s+rest|the\s+difference)\b")
LABELLED = ci(rf"\b(?:label|tag|sign|shelf|advertised|marked|listed|sticker|menu|website|"
              rf"ad)\b[^.?!]*?\b(?:the\s+|my\s+)?(?P<n>[a-z][a-z ]*?)\s+(?:was|were|is|at|"
              rf"for|cost|costs|should\s+(?:have\s+)?(?:been|cost))\s+(?:only\s+)?{AMOUNT}")
OVER = ci(r"\bover\s*charged\b|\bcharged\s+(?:me\s+)?(?:too\s+much|extra|more)\b|\bhow\s+much\s+"
          r"(?:extra|more|too\s+much)\b")
COUNTED = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
DROPPED = ci(r"\b(?:without|excluding|except|minus|not\s+counting|leaving\s+out|less|take\s+(?:off|"
             r"away)|remove|removing|drop|dropping|skip|skipping)\s+(?:the\s+)?(?:(?P<k>one|two|"
             r"three|[123])\s+)?(?P<w>cheapest|least\s+expensive|most\s+expensive|dearest|"
             r"priciest)\b")
FREEBIE = ci(r"\b(?P<w>cheapest|least\s+expensive|most\s+expensive|dearest|priciest)\s+(?:thing|"
             r"item|one|product)?[^.?!]{0,40}\b(?:free|freebie|mistake|by\s+accident|"
             r"shouldn'?t\s+have\s+been|wasn'?t\s+(?:mine|meant)|refunded|returned|not\s+mine)")
SHOULD = ci(r"\b(?:should\s+(?:i\s+)?have\s+(?:paid|been)|what\s+(?:do|should|would)\s+i\s+"
            r"(?:have\s+)?(?:paid|pay|owe)|correct\s+(?:total|amount)|real\s+total|actual\s+"
            r"total|what\s+would\s+i\s+have\s+(?:spent|paid))\b")
CASH_ROUND = ci(r"\bround\w*\b[^.?!]*?\bnearest\s+(?P<c>5|10|five|ten)\s*(?:c\b|cents?|p\b|"
                r"pence)|\bnearest\s+0?\.(?P<d>05|1|10)\b")
ONLY_TAXED = ci(r"\bonly\s+(?:the\s+)?(?P<n>[a-z][a-z ]*?)\s+(?:is|was|are|were|gets?|got)\s+"
                r"(?:taxed|taxable)\b[^.?!%]*?(?P<r>\d+(?:\.\d+)?)\s*(?:%|percent)")
TAX_ASK = ci(r"\btax\b")
AT_PRICE = ci(rf"\b(?:which|what)\s+(?:item|thing|product|line|one)\b[^.?!]*?\b(?:was|were|cost|"
              rf"costs|is|for|at)\s+{AMOUNT}")
ONCE_A = ci(r"\b(?:once|one\s+time)\s+(?:a|every|per|each)\s+(?P<p>week|month)\b|\bevery\s+"
            r"(?P<q>week|month)\b|\b(?P<r>weekly|monthly)\b")
PER_YEAR = ci(r"\b(?:per|a|each|every|in\s+a|over\s+a)\s+year\b|\byearly\b|\bannual(?:ly)?\b")


def _money(value: Fraction, currency: str) -> str:
    cents = (value * 100 + Fraction(1, 2)).__floor__() if value >= 0 else -(
        (-value * 100 + Fraction(1, 2)).__floor__())
    return f"{float(Fraction(cents, 100)):.2f}{f' {currency}' if currency else ''}"


def _item(name: str, items: list[Item]) -> Item | None:
    name = name.strip().lower()
    found = [item for item in items if name and (name in item[0].lower() or
                                                 item[0].lower() in name)]
    return found[0] if len(found) == 1 else None


def against_receipt(question: str, items: list[Item], total: tuple[float, str]) -> list[Answer]:
    """What the question asks of the receipt against its own figure or rule, or []."""
    whole, currency = Fraction(str(total[0])), total[1]
    for worked in (_handed, _capped, _overcharged, _dropped, _cash, _taxed_one, _at_price,
                   _yearly):
        if found := worked(question, items, whole, currency):
            return found
    named = any(re.search(rf"\b{re.escape(item[0])}\b", question, re.I) for item in items)
    if states_rate(question) and not named and (
            rated := at_stated_rate(question, total[0], currency)):
        return [(f"The total is {_money(whole, currency)}. {rated[0]}", rated[1])]
    return []


def _handed(question: str, items: list[Item], whole: Fraction, currency: str) -> list[Answer]:
    given = HANDED.search(question)
    if given is None or not EXTRA.search(question[given.end():]) or re.search(
            r"%|\bpercent|\bper\s*cent", question[given.end():], re.I):
        return []  # "what percent tip was that?" asks a share, not the extra
    paid = Fraction(given.group("v"))
    if paid < whole:
        return []
    extra = paid - whole
    return [(f"That is **{_money(extra, currency)}** extra ({_money(paid, currency)} − "
             f"{_money(whole, currency)}).", float(extra))]


def _capped(question: str, items: list[Item], whole: Fraction, currency: str) -> list[Answer]:
    cap = CAP.search(question)
    if cap is None or not MY_PART.search(question):
        return []
    limit = Fraction(cap.group("v"))
    mine = max(whole - limit, Fraction(0))
    return [(f"You cover **{_money(mine, currency)}** (the total {_money(whole, currency)} "
             f"less the {_money(limit, currency)} paid back).", float(mine))]


def _overcharged(question: str, items: list[Item], whole: Fraction,
                 currency: str) -> list[Answer]:
    said = LABELLED.search(question)
    if said is None or not OVER.search(question) or (item := _item(said.group("n"),
                                                                   items)) is None:
        return []
    charged, label = Fraction(str(item[1])), Fraction(said.group("v"))
    if charged <= label:
        return []
    return [(f"You were overcharged **{_money(charged - label, currency)}** on the {item[0]} "
             f"({_money(charged, currency)} charged, {_money(label, currency)} marked).",
             float(charged - label))]


def _dropped(question: str, items: list[Item], whole: Fraction, currency: str) -> list[Answer]:
    asked = DROPPED.search(question) or (FREEBIE.search(question) if SHOULD.search(
        question) else None)
    if asked is None or len(items) < 2 or (re.search(r"cheapest|least\s+expensive", question,
                                                      re.I) and re.search(
            r"most\s+expensive|dearest|priciest", question, re.I)):
        return []  # both ends taken off: the line pickers answer that
    many = COUNTED.get((asked.groupdict().get("k") or "one").lower(), 1)
    cheap = not re.search(r"most|dear|pric", asked.group("w"), re.I)
    ranked = sorted(items, key=lambda item: item[1], reverse=not cheap)
    if many >= len(items) or ranked[many - 1][1] == ranked[many][1]:
        return []  # a tie at the cut names no one set of items
    gone = ranked[:many]
    left = whole - sum((Fraction(str(item[1])) for item in gone), Fraction(0))
    named = " and ".join(f"{name} {value:.2f}" for name, value, _ in gone)
    return [(f"Without {named} it comes to **{_money(left, currency)}**.", float(left))]


def _cash(question: str, items: list[Item], whole: Fraction, currency: str) -> list[Answer]:
    asked = CASH_ROUND.search(question)
    if asked is None:
        return []
    step = Fraction(5 if (asked.group("c") or "").lower() in ("5", "five") or asked.group(
        "d") == "05" else 10, 100)
    rounded = (whole / step + Fraction(1, 2)).__floor__() * step
    return [(f"Rounded to the nearest {int(step * 100)} cents, you hand over "
             f"**{_money(rounded, currency)}** (the total is {_money(whole, currency)}).",
             float(rounded))]


def _taxed_one(question: str, items: list[Item], whole: Fraction,
               currency: str) -> list[Answer]:
    asked = ONLY_TAXED.search(question)
    if asked is None or not TAX_ASK.search(question) or (
            item := _item(asked.group("n"), items)) is None:
        return []
    tax = Fraction(str(item[1])) * Fraction(asked.group("r")) / 100
    return [(f"The tax on the {item[0]} is **{_money(tax, currency)}** ({item[1]:.2f} × "
             f"{asked.group('r')}%).", float(round(tax, 2)))]


def _at_price(question: str, items: list[Item], whole: Fraction, currency: str) -> list[Answer]:
    asked = AT_PRICE.search(question)
    if asked is None:
        return []
    price = Fraction(asked.group("v"))
    named = sorted({name for name, value, _ in items if Fraction(str(value)) == price})
    if not named:
        return []
    return [(f"**{' and '.join(named)}** cost {_money(price, currency)}.", float(price))]


def _yearly(question: str, items: list[Item], whole: Fraction, currency: str) -> list[Answer]:
    once = ONCE_A.search(question)
    if once is None or not PER_YEAR.search(question):
        return []
    period = (once.group("p") or once.group("q") or once.group("r")).lower()
    times = 12 if period.startswith("month") else 52
    yearly = whole * times
    return [(f"That is **{_money(yearly, currency)}** a year ({_money(whole, currency)} × "
             f"{times}).", float(yearly))]
