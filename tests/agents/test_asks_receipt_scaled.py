"""Everyday sums over a receipt's total named in words: times a count, a percentage of it,
an amount as a percentage of it, tax included in it, rounding it up, one item left out and
the rest shared, a percentage off one item, one item against another in percent."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text, answer_image

RECEIPT = ("GARDEN CENTRE\n2026-05-02\nSeeds £ 3.40\nCompost £ 12.80\nTrowel £ 9.15\n"
           "Gloves £ 6.65\nTOTAL £ 32.00\nTHANK YOU")
ODD = ("CORNER DELI\n2026-05-02\nBaguette € 2.35\nCheese € 8.90\nOlives € 4.12\n"
       "TOTAL € 15.37\nTHANK YOU")

CASES = [
    (RECEIPT, "we're doing this same order for 5 schools, what's the cost?", "**160.00 GBP**"),
    (RECEIPT, "what's this bill times 3?", "**96.00 GBP**"),
    (RECEIPT, "twice a month for 6 months - what does this come to?", "**384.00 GBP**"),
    (RECEIPT, "how much would a service charge of 12.5% on this be?", "**4.00 GBP**"),
    (RECEIPT, "what percentage tip is £4.80 on this bill?", "**15.00%**"),
    (RECEIPT, "the tax amount in this? it's 20% VAT, included", "**5.33 GBP**"),
    (RECEIPT, "what is it before tax? the 20% VAT is included", "**26.67 GBP**"),
    (ODD, "how much extra to get to the next whole euro?", "€0.63"),
    (RECEIPT, "not counting the compost, we split the rest 3 ways - how much each?",
     "**6.40 GBP**"),
    (RECEIPT, "if I got 50% off only the trowel what would the whole total be?",
     "**27.43 GBP**"),
    (ODD, "the cheese was what % more than the olives?", "**116.02%**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), CASES)
async def test_a_sum_over_the_total(text: str, question: str, shown: str) -> None:
    answer = await answer_image(question, text)
    assert shown in answer.text


def test_the_total_itself_is_still_read() -> None:
    answer = answer_from_text("what's the total?", RECEIPT)
    assert "**32.00 GBP**" in answer.text


def test_a_whole_total_is_not_rounded_up_to_the_next() -> None:
    answer = answer_from_text("how much to add to reach the next whole pound?", RECEIPT)
    assert "1.00" not in answer.text or "Add" not in answer.text
