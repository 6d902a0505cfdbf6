"""Receipt asks by kind: what one item was charged, and the month or year it is from."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

pytestmark = pytest.mark.asyncio(loop_scope="module")

RECEIPT = "CORNER SHOP\n2025-11-03\nBread $ 2.40\nJam $ 3.15\nTea $ 4.05\nTOTAL $ 9.60"


@pytest.mark.parametrize(("question", "shown"), [
    ("what did they charge me for the jam?", "**3.15**"),
    ("how much was I charged for tea", "**4.05**"),
    ("how much did the shop charge us for the bread?", "**2.40**"),
    ("how much did they charge me altogether?", "**9.60"),
])
async def test_an_item_charged(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, RECEIPT).text


@pytest.mark.parametrize("question", [
    "which month is this from?", "what month did I buy this?", "what year was this receipt?"])
async def test_the_month_of_the_date(question: str) -> None:
    assert "November 2025" in answer_from_text(question, RECEIPT).text
