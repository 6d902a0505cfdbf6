"""A question about a receipt, an order page or a sign, answered from the image's facts.

The text is read once into facts (:mod:`core.agents.asks_receipt_facts`); the sums
(:mod:`core.agents.asks_receipt_sums`) and the dates and order details
(:mod:`core.agents.asks_receipt_dates`) asked of them are worked out. None is returned when
the question asks none of those, and the plain readings answer it.
"""

from __future__ import annotations

from core.agents.asks_receipt_dates import date_asks, order_asks
from core.agents.asks_receipt_facts import Facts, read_facts
from core.agents.asks_receipt_sums import receipt_sums
from core.agents.base import AgentResult

BASIS = "Read from the image's text (OCR) and worked out from what it lists"


def facts_of(text: str) -> Facts:
    from core.agents.vision import find_total, priced_items  # vision uses this module

    return read_facts(text, priced_items(text), find_total(text))


def receipt_answer(question: str, text: str) -> AgentResult | None:
    """The answer worked from the image's facts, or None when nothing of that kind is asked."""
    facts = facts_of(text)
    found = receipt_sums(question, facts) + date_asks(question, facts) + order_asks(
        question, facts)
    if not found:
        return None
    amount = next((value for _, value in found if value is not None), None)
    return AgentResult(ok=True, text="\n".join(line for line, _ in found), basis=BASIS,
                       amount=amount, currency=facts.currency if amount is not None else "")
