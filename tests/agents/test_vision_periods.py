"""Two ways to pay on a screenshot compared: prices per different periods over the period
asked, or instalments against one payment."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text


@pytest.mark.parametrize(("text", "question", "expected"), [
    ("Streaming\nMonthly: $9.99/month\nYearly: $99.00/year",
     "what would I save in a year by going yearly rather than monthly?", "**20.88 USD** a year"),
    ("Gym\nWeekly: £12.50/week\nYearly: £599/year", "how much cheaper is the yearly plan "
     "per month?", "**4.25 GBP** a month"),
    ("Sofa\nPay in full: €1,200.00\nOr 12 x €109.50", "how much extra does spreading the cost "
     "add?", "**114.00 EUR**"),
])
def test_two_ways_to_pay_compared(text: str, question: str, expected: str) -> None:
    assert expected in answer_from_text(question, text).text


def test_one_price_a_period_is_still_moved_to_the_period_asked() -> None:
    reply = answer_from_text("what is that over a year?", "Phone plan\nPrice: €15.00/month").text
    assert "**180.00 EUR** a year" in reply
