"""Arithmetic asked of a receipt's total and named items, whatever the wording."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

SHOP = "GREEN GROCER\n2026-05-02\nApples $ 4.00\nCoffee $ 12.50\nBread $ 3.50\nTOTAL $ 20.00"
CASES = [
    ("The shelf prices don't include tax; tax is 5%. What will I pay in total?", "21.00 USD"),
    ("Put a 10% service charge and 5% sales tax on this total. Final bill?", "23.00 USD"),
    ("I thought this would come to about $25. How far off was I?", "5.00 USD"),
    ("The same shop cost $16 last month. By what percent has it gone up?", "25.00%"),
    ("My employer reimburses up to $15 for lunch; anything over is on me. What's my part?",
     "5.00 USD"),
    ("We split bills 3:1 and I take the larger part. My share?", "15.00 USD"),
    ("With $30, how many coffee could I get at this receipt's price?", "**2**"),
    ("The coffee was a bag of 5 sachets. How much per piece?", "2.50 USD"),
    ("It was meant to be buy two get the cheapest free. What should it have been?",
     "16.50 USD"),
    ("The cheapest item was free with my card. What should I have paid?", "16.50 USD"),
    ("How much above the average item price was the most expensive item?", "5.83 USD"),
    ("I buy this exact basket twice a week. What's that over a 4-week month?", "160.00 USD"),
    ("I'll get 3 more bread at the same price. How much will the extra ones cost?", "10.50 USD"),
    ("A box of 4 apples is on offer for $12. Against buying them one by one at the receipt "
     "price, how much does the box save?", "4.00 USD"),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_receipt_sums(question: str, expected: str) -> None:
    assert expected in answer_from_text(question, SHOP).text


def test_included_tax_is_left_to_its_reader() -> None:
    reply = answer_from_text("Prices include 25% VAT. How much of the total is VAT?", SHOP).text
    assert "4.00" in reply
