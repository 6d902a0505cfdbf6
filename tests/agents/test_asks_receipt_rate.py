"""An exchange rate the person states, in currencies beyond the dollar, euro, pound and yen."""

from __future__ import annotations

import pytest

from core.agents.asks_receipt_rate import stated_rate
from core.agents.vision import answer_from_text

RECEIPT = "CAFE LUNA\n2025-10-01\nPasta € 12.50\nWater € 2.50\nTOTAL € 15.00\nTHANK YOU"


@pytest.mark.parametrize(("question", "shown"), [
    ("what's that in CHF at 0.94 CHF per EUR?", "**14.10 CHF**"),
    ("convert the total to rupees, 1 euro = 90 rupees", "**1350.00 INR**"),
])
def test_the_total_at_a_stated_rate_in_another_currency(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, RECEIPT).text


def test_a_franc_rate_is_read_with_its_codes() -> None:
    from fractions import Fraction
    assert stated_rate("at 1 USD = 0.88 Swiss francs") == ("USD", Fraction("0.88"), "CHF")
