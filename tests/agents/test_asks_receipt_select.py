"""Some of a receipt's lines, picked by place, by a price range, against a named item or
leaving out the dearest and the cheapest, counted or added up."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

RECEIPT = ("CORNER SHOP\n2026-05-02\nPasta $ 3.40\nCard Game $ 9.15\nOlive Oil $ 12.60\n"
           "Tea $ 2.25\nSoap $ 4.10\nTOTAL $ 31.50\nTHANK YOU")


@pytest.mark.parametrize(("question", "expected"), [
    ("what do the top three lines on this receipt come to?", "**25.15 USD**"),
    ("add up the last two items for me", "**6.35 USD**"),
    ("how many things on here cost between $3 and $10?", "**3** items"),
    ("how many of the other items were cheaper than the soap?", "**2** items"),
    ("how many items were dearer than the pasta?", "**3** items"),
    ("what's the sum of everything except the most expensive and the cheapest one?",
     "**16.65 USD**"),
    ("Ignoring both the cheapest and the priciest item, what do the others add up to?",
     "**16.65 USD**"),
])
def test_lines_picked_and_counted_or_added(question: str, expected: str) -> None:
    assert expected in answer_from_text(question, RECEIPT).text


def test_a_game_of_cards_is_an_item_not_the_payment() -> None:
    reply = answer_from_text("how many items are on this receipt?", RECEIPT).text
    assert "**5 items**" in reply


def test_a_pick_it_cannot_make_is_left_to_the_other_readers() -> None:
    reply = answer_from_text("what did the first ten items come to?", RECEIPT).text
    assert "items picked" not in reply
