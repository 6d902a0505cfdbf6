"""A percentage the image gives ("VAT 10%", "Service 12.5%") added to or taken off the
amount it goes with ("Net €1,979.83"), as the question asks ("total including VAT", "gross",
"after the discount").
"""

from __future__ import annotations

import re

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money, plain
from core.agents.vision_table import Row, same_word, table

ADDED = ci(r"\b(?:includ\w*|incl\.?|inc\.?|with|plus|gross|add\w*|after\s+(?:vat|tax)|"
           r"grand\s+total)\b")
TAKEN = ci(r"\b(?:minus|less|off|after\s+(?:the\s+)?(?:discount|reduction|code)|discounted|"
           r"reduced)\b")
NOT_ASKED = ci(r"\bhow\s+much\s+(?:is|would\s+be|will\s+be)\s+(?:the\s+)?(?:vat|tax|tip|"
               r"service|discount)\b|\bwhat(?:'s|\s+is)\s+the\s+(?:vat|tax|tip|service|discount)"
               r"\s+(?:amount|on\s+its\s+own|alone)\b")


ON_THE = ci(r"\b(?:on|off|to|of)\s+(?:the\s+|my\s+)?(?P<w>[a-z]+)")
BASES = frozenset("subtotal net price amount cost fare bill".split())


def percent_on(question: str, text: str) -> list[Answer]:
    """The image's amount with the image's percentage the question names added or taken off
    (a percentage written "-25%" is taken off), and any other amount the question names
    ("and shipping") added after."""
    if NOT_ASKED.search(question):
        return []
    rows = table(text)
    said = re.findall(r"[a-z]+", question.lower())
    shares = [r for r in rows if r.unit == "%" and any(
        same_word(w, lw) for w in said for lw in r.label if len(lw) >= 3)]
    amounts = [r for r in rows if r.currency]
    if len(shares) != 1 or not amounts:
        return []
    share = shares[0]
    base = amounts[0] if len(amounts) == 1 else _base(question, amounts)
    if base is None:
        return []
    extras = [r for r in amounts if r is not base and any(
        same_word(w, lw) for w in said for lw in r.label if len(lw) >= 4)]
    if share.value < 0:
        rate = 1 + share.value / 100
    else:
        added, taken = bool(ADDED.search(question)), bool(TAKEN.search(question))
        if added == taken or extras:
            return []
        rate = 1 + share.value / 100 if added else 1 - share.value / 100
    value = base.value * rate + sum((r.value for r in extras), 0 * base.value)
    sign = "−" if rate < 1 else "+"
    plus = "".join(f" + {' '.join(r.label)} {money(r.value, r.currency)}" for r in extras)
    return [(f"That comes to **{money(value, base.currency)}** ({money(base.value, base.currency)}"
             f" {sign} {' '.join(share.label)} {plain(abs(share.value))}%{plus}).", float(value))]


def _base(question: str, amounts: list[Row]) -> Row | None:
    """The amount a percentage applies to: the one named "on the subtotal", else the one
    labelled as the subtotal or net."""
    named = [r for m in ON_THE.finditer(question) for r in amounts
             if any(same_word(m.group("w"), lw) for lw in r.label)]
    if len(named) == 1:
        return named[0]
    based = [r for r in amounts if set(r.label) & BASES]
    return based[0] if len(based) == 1 else None
