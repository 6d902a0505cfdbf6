"""An item asked by its place on the receipt: "the fourth line down", "second from the
bottom", "2nd item"."""

from __future__ import annotations

from core.agents.vision import answer_from_text

RECEIPT = ("CORNER SHOP\n2026-05-02\nMilk $1.20\nBread $2.35\nEggs $3.10\nJam $4.05\n"
           "Tea $2.80\nTOTAL $13.50")


def test_counted_from_the_top() -> None:
    reply = answer_from_text("what's the fourth line down on the receipt and its price?", RECEIPT)
    assert "**Jam**" in reply.text and "4.05" in reply.text


def test_counted_from_the_bottom() -> None:
    assert "**Jam**" in answer_from_text("which item is second from the bottom?", RECEIPT).text
    assert "**Eggs**" in answer_from_text("the 3rd item from the end?", RECEIPT).text


def test_a_place_past_the_list_gets_no_item() -> None:
    assert "**" not in answer_from_text("what's the ninth item from the top?", RECEIPT).text
