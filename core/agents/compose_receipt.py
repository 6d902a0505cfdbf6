"""One reading of an attached receipt or order page answers every ask made of it.

A message about an image is often split into parts that each lose what the other says
("I can return things within 30 days of the order date. What's the last day?", "order no,
date, status", "what did the milk cost and what percent of the total was it?"). When the
message asks what the image's facts answer (the tax inside a total, half of it, an item's
share, the dearest less the cheapest, a date after the order's; see
:mod:`core.agents.asks_receipt_sums` and :mod:`core.agents.asks_receipt_dates`), the image
is read once with the whole message; a conversion of the figure asked stays after that
reading.
"""

from __future__ import annotations

import re

from core.agents.asks_receipt_answer import WORDS_ASK
from core.agents.asks_receipt_dates import (
    AFTER_CUE,
    DETAILS,
    NEW_YEAR,
    ORDER_ASK,
    SINCE,
    SPAN,
    WEEKDAY,
)
from core.agents.asks_receipt_figure import asks_worked_figure
from core.agents.asks_receipt_money import asks_money
from core.agents.asks_receipt_rate import states_rate
from core.agents.asks_receipt_sums import (
    BEFORE_TAX,
    FRACTION,
    INCLUDED,
    LIST,
    RETURNED,
    ROUNDED,
    SHARE,
    SPREAD,
    SPREAD_ASK,
    TAX_PART,
    TIP,
    TIP_ONLY,
)
from core.agents.asks_receipt_when import asks_when
from core.agents.compose_bill import currencies_asked
from core.agents.patterns import ci
from core.agents.plan import Subtask
from core.agents.quantities import target_units

THE_IMAGE = ci(r"\b(?:this|it|here|the\s+(?:total|bill|receipt|order|screenshot|lot))\b")
ORDER_DATE = ci(r"\b(?:order(?:ed)?|purchase\w*|bought|placed|the\s+date)\b")
PAIR = ci(r"\b(?:the|my)\s+[a-z]+\s+and\s+(?:the|my)\s+[a-z]+\b[^.?!]*\b(?:together|"
          r"combined|in\s+total|altogether|added)\b")
SPENT = ci(r"\b(?:spent|spend|pay|paid|cost|come\s+to|total|owe)\b")
ITEM_WORDS = ci(r"\b(?:the|my)\s+[a-z]+\b")


def asked_of_receipt(text: str) -> bool:
    """A sum, a date or an order detail the image's facts answer, asked in the message."""
    if INCLUDED.search(text) and (TAX_PART.search(text) or BEFORE_TAX.search(text)):
        return True
    if TIP.search(text) and TIP_ONLY.search(text):
        return True
    others = re.sub(r"\b\d+(?:\.\d+)?\s*%", "", text)
    if (FRACTION.search(text) or ROUNDED.search(text)) and THE_IMAGE.search(text) and not \
            re.search(r"\d", others):
        return True
    if SHARE.search(text) and THE_IMAGE.search(text):
        return True
    if (SPREAD.search(text) and SPREAD_ASK.search(text)) or LIST.search(text):
        return True
    if RETURNED.search(text) and ITEM_WORDS.search(text) and (THE_IMAGE.search(text) or
                                                               SPENT.search(text)):
        return True
    if re.search(r"[a-z]\s*\+\s*[a-z]", text, re.I) or PAIR.search(text) or (
            SINCE.search(text) and NEW_YEAR.search(text)) or (
            DETAILS.search(text) and ORDER_DATE.search(text)):
        return True
    if SPAN.search(text) and (AFTER_CUE.search(text) or SINCE.search(text)) and \
            ORDER_DATE.search(text):
        return True
    return bool(WEEKDAY.search(text) or ORDER_ASK.search(text))


def one_reading(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """The plan with the image read once for the whole message, when every part reads it
    or when the message asks what the image's facts answer."""
    readings = [t for t in subtasks if t.agent == "vision"]
    if not readings or len(text) > 1000:
        return subtasks
    if states_rate(text) and all(t.agent in ("vision", "units") for t in subtasks):
        return [Subtask("t1", "vision", text.strip(), label="Reading the image")]  # their rate
    others = [t for t in subtasks if t.agent not in ("vision", "chat")]
    worked = asks_money(text) or asks_worked_figure(text) or asks_when(text) or bool(
        WORDS_ASK.search(text))
    asked = (asked_of_receipt(text) or worked) and all(
        t.agent == "units" or (t.agent == "math" and (worked or not re.search(
            r"\d", re.sub(r"\b\d+(?:\.\d+)?\s*%", "", t.request)))) for t in others)
    if not asked:
        return subtasks
    if len(readings) == 1 and not others and readings[0].request == text.strip():
        return subtasks + _converted(readings[0].id, text) if worked else subtasks
    read = Subtask("t1", "vision", text.strip(), label="Reading the image")
    ids = {t.id for t in readings} | {t.id for t in others if t.agent == "math"}
    units = [t for t in others if t.agent == "units" and set(t.depends_on) <= ids and not (
        worked and t.request.strip() == text.strip())][-1:]
    if any(t.agent == "units" and t.request.strip() != text.strip() for t in others) and \
            not units:
        return subtasks
    chat = [t for t in subtasks if t.agent == "chat"]
    converted = [Subtask("t2", "units", t.request, ("t1",), t.label) for t in units]
    if worked and not converted:
        converted = _converted("t1", text)
    return [read, *converted, *chat]


def _converted(source: str, text: str) -> list[Subtask]:
    """The figure worked from the receipt in the currency asked ("both days, in dollars and in
    euros"), or nothing."""
    named = [c for c in currencies_asked(text) if target_units(f"in {c}", bare=True)]
    return [Subtask(f"t{n}", "units", f"in {wanted}", (source,), "Converting the amount")
            for n, wanted in enumerate(named, start=2)]
