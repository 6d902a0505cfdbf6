"""One labelled amount as a percentage of another or of the list's sum; the share of a goal
asked with a "%" sign; a payslip's net pay; a goal left in whole amounts."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

LIST = "Outgoings\nRent £900.00\nFood £250.00\nTravel £100.00\nPhone £50.00"

CASES = [
    (LIST, "food as a percentage of the total, 1 dp", "**19.2%**"),
    (LIST, "what percentage of my spending went on travel?", "**7.69%**"),
    (LIST, "phone as a % of food", "**20%**"),
    ("xe\nReading\nPages 180\nGoal 240", "what % of my goal have I read?", "**75%**"),
    ("Plan\nTexts used 120 of 400", "% of texts used?", "**30%**"),
    ("Payslip May\nGross pay $4,000.00\nIncome tax $600.00\nHealth plan $150.00\n"
     "Union dues $50.00", "what's my take-home pay?", "**3200.00 USD**"),
    ("Savings\nGoal: Bike\nSaved $350 of $900", "how much more do I need?", "**550 USD**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), CASES)
def test_shares_and_whats_left(text: str, question: str, shown: str) -> None:
    assert shown in answer_from_text(question, text).text
