"""Receipt lines the question names, worked by the role its words give them."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text
from core.agents.vision_named_lines import named_lines

RECEIPT = ("HARBOUR DELI\n2025-09-12\nSoup £ 4.80\nFlatbread £ 6.25\nIced Tea £ 2.95\n"
           "Olives £ 3.60\nTOTAL £ 17.60\nTHANK YOU")

ASKS = [
    ("what's the price gap between the soup and the olives?", "**1.20 GBP**"),
    ("how much more than the iced tea did the flatbread cost?", "**3.30 GBP**"),
    ("I just had the soup and the iced tea - what do I owe?", "**7.75 GBP**"),
    ("the office reimburses the flatbread only, how much can I claim?", "**6.25 GBP**"),
    ("I had the olives; everything else was split 2 ways. my total?", "**10.60 GBP**"),
    ("my bill is the soup plus a 1/4 share of the rest", "**8.00 GBP**"),
    ("what if I'd bought 3 of the iced tea instead of one - new total?", "**23.50 GBP**"),
    ("which was the 2nd cheapest thing?", "**Olives**"),
]


@pytest.mark.parametrize(("question", "shown"), ASKS)
def test_named_lines_by_their_role(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, RECEIPT).text


ITEMS = [("Soup", 4.80, "GBP"), ("Flatbread", 6.25, "GBP"), ("Iced Tea", 2.95, "GBP")]


def test_a_premise_that_does_not_hold_answers_nothing() -> None:
    assert named_lines("by how much does the soup cost more than the flatbread?", ITEMS,
                       14.0) == []


def test_a_split_that_leaves_the_payer_out_is_not_guessed() -> None:
    assert named_lines("I had the soup, the rest shared between me and 2 others", ITEMS,
                       14.0) == []


def test_a_name_the_ocr_ran_together_still_matches() -> None:
    items = [("LightBulb", 1.93, "GBP"), ("Hammer", 9.31, "GBP")]
    found = named_lines("work pays back the light bulb only. claim?", items, 11.24)
    assert found and "**1.93 GBP**" in found[0][0]
