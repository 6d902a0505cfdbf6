"""A receipt's total or item set against a figure or rule the question states: money handed
over, a cap on what is paid back, a marked price, the cheapest items taken off, cash
rounding, one taxed item, the item at a price, a monthly shop per year, a stated rate."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text


def receipt(items: list[tuple[str, float]], currency: str = "$") -> str:
    total = sum(value for _, value in items)
    return "\n".join(["CORNER SHOP", "2026-05-02", "", *(f"{name:<16}{currency}{value:>8.2f}"
                                                         for name, value in items),
                      "", f"{'TOTAL':<16}{currency}{total:>8.2f}", "THANK YOU"])


LUNCH = receipt([("Soup", 4.25), ("Sandwich", 6.8), ("Juice", 2.15), ("Cake", 3.9)], "£")


@pytest.mark.parametrize(("question", "expected"), [
    ("I handed over £20 for all of it - how much change should I get back?", "**2.90 GBP**"),
    ("The office pays back at most £10 of lunch. What's left for me to pay myself?",
     "**7.10 GBP**"),
    ("the menu said the sandwich was £6.20, how much did they overcharge me? overcharged by",
     "**0.60 GBP**"),
    ("If you take away the 2 cheapest items, what's the total?", "**11.05 GBP**"),
    ("Leaving out the most expensive one, what would I have paid?", "**10.30 GBP**"),
    ("the shop rounds cash payments to the nearest 10 cents; how much do I pay in cash?",
     "**17.10 GBP**"),
    ("Only the cake gets taxed at 20%. How much tax is on it?", "**0.78 GBP**"),
    ("What item was £2.15?", "**Juice**"),
    ("I get this exact lunch once a week. How much is that per year?", "**889.20 GBP**"),
    ("what's this in euros at 1 GBP = 1.15 EUR?", "**19.67 EUR**"),
])
def test_the_receipt_against_what_the_question_states(question: str, expected: str) -> None:
    assert expected in answer_from_text(question, LUNCH).text


def test_a_rate_converts_the_total_not_a_rounded_total() -> None:
    bill = receipt([("Noodles", 12.35), ("Tea", 3.3)])
    reply = answer_from_text("roughly how many yen is this at 1 USD = 150 JPY? nearest yen",
                             bill).text
    assert "**2348 JPY**" in reply


def test_money_short_of_the_total_gives_no_extra() -> None:
    assert "extra" not in answer_from_text("she gave me £10 for this, how much extra?",
                                           LUNCH).text
