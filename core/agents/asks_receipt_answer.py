"""A question about a receipt, an order page or a sign, answered from the image's facts.

The text is read once into facts (:mod:`core.agents.asks_receipt_facts`); the sums
(:mod:`core.agents.asks_receipt_sums`) and the dates and order details
(:mod:`core.agents.asks_receipt_dates`) asked of them are worked out. None is returned when
the question asks none of those, and the plain readings answer it.
"""

from __future__ import annotations

import re

from core.agents.asks_receipt_chain import chain_asks
from core.agents.asks_receipt_dates import date_asks, order_asks
from core.agents.asks_receipt_facets import calendar_asks, sign_asks
from core.agents.asks_receipt_facts import Facts, read_facts
from core.agents.asks_receipt_figure import figure_asks
from core.agents.asks_receipt_item import item_asks
from core.agents.asks_receipt_lines import sign_words
from core.agents.asks_receipt_money import item_price, money_asks
from core.agents.asks_receipt_more import more_asks
from core.agents.asks_receipt_named import named_asks
from core.agents.asks_receipt_reckon import reckon_asks
from core.agents.asks_receipt_stated import stated_asks
from core.agents.asks_receipt_sums import receipt_sums
from core.agents.asks_receipt_when import when_asks
from core.agents.base import AgentResult

BASIS = "Read from the image's text (OCR) and worked out from what it lists"


def facts_of(text: str) -> Facts:
    from core.agents.vision import find_total, priced_items  # vision uses this module

    return read_facts(text, priced_items(text), find_total(text))


WORDS_ASK = re.compile(r"\bhow\s+many\s+(?:separate\s+|different\s+)?words\b|\bword\s+count\b|"
                       r"\bnumber\s+of\s+words\b|\bcount\s+(?:the\s+)?words\b", re.I)


def word_count(question: str, text: str) -> list[tuple[str, float | None]]:
    """The words an image shows, counted ("how many words are on this sign?")."""
    if not WORDS_ASK.search(question):
        return []
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'&-]*", sign_words(text))
    noun = "word" if len(words) == 1 else "words"
    return [(f"It shows **{len(words)} {noun}**: {' '.join(words)}.", float(len(words)))]


def receipt_answer(question: str, text: str) -> AgentResult | None:
    """The answer worked from the image's facts, or None when nothing of that kind is asked."""
    facts = facts_of(text)
    worked = reckon_asks(question, facts) or stated_asks(question, facts) or item_asks(
        question, facts) or named_asks(question, facts) or chain_asks(question, facts) or \
        figure_asks(question, facts) or money_asks(question, facts) or more_asks(question, facts)
    dated = not worked or re.search(r"\b(?:when|date|deadline|until|till|weekday|arriv\w*|"
                                    r"deliver\w*|expir\w*)\b", question, re.I)
    found = (worked or receipt_sums(question, facts)) + (date_asks(question, facts) if dated
                                                         else [])
    found += [(line, value) for line, value in when_asks(question, facts)
              if value is None or all(value != other for _, other in found)]
    found += order_asks(question, facts) + word_count(question, text)
    found += calendar_asks(question, facts) + sign_asks(question, text, facts)
    if not found:
        found = item_price(question, facts)
    if not found:
        return None
    amount = next((value for _, value in found if value is not None), None)
    return AgentResult(ok=True, text="\n".join(line for line, _ in found), basis=BASIS,
                       amount=amount, currency=facts.currency if amount is not None else "")
