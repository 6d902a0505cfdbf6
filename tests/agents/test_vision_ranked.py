"""The top or bottom entry of a list on an image, its share of the whole, and an amount at
the chosen entry's price."""

from __future__ import annotations

import asyncio

import pytest

from core.agents.vision import answer_from_text, answer_image
from core.agents.vision_ranked import ranked, rows

SPENDING = "Last month\nRent  £850.00\nFood  £312.40\nTravel  £96.15\nFun  £140.00"
VOTES = "Club vote\nAnna  23 votes\nBen  31 votes\nCleo  16 votes"
PUMPS = "Diesel today\nEsso  1.529/L\nTotal  1.489/L\nGulf  1.602/L"


def test_the_list_is_the_run_of_like_figures() -> None:
    assert [name for name, *_ in rows(PUMPS)] == ["Esso", "Total", "Gulf"]
    assert rows("Receipt\nTea  $2.50\nTOTAL  $2.50") == []  # one entry and a total


def test_the_top_and_bottom_in_other_words() -> None:
    assert "**Rent**" in answer_from_text("which one cost me the most?", SPENDING).text
    assert "**Travel**" in answer_from_text("what was my smallest outgoing?", SPENDING).text
    assert "**Ben**" in answer_from_text("who came top?", VOTES).text


def test_the_share_of_the_winner() -> None:
    reply = answer_from_text("who won, and what percentage of the votes? 2 dp", VOTES).text
    assert "**Ben**" in reply and "**44.29%**" in reply


def test_an_amount_at_the_cheapest_price() -> None:
    reply = ranked("where is diesel cheapest and what do 45 litres cost there?", PUMPS)
    assert reply[0][0].startswith("The lowest is **Total**")
    assert "**67.00**" in reply[1][0]


def test_no_ranking_asked_or_a_tie() -> None:
    assert ranked("what did I spend in total?", SPENDING) == []
    assert ranked("who won?", "Vote\nA  5 votes\nB  5 votes") == []


def test_a_count_and_the_biggest_together() -> None:
    reply = asyncio.run(answer_image("How many costs are there, and which was the biggest?",
                                     SPENDING)).text
    assert "**4**" in reply and "**Rent**" in reply


@pytest.mark.parametrize(("question", "shown"), [
    ("which company took the most?", "**Rail Co**"),
    ("largest amount on this screen?", "**$88.20**"),
    ("smallest payment here?", "**Cafe Uno**"),
])
def test_payments_listed_with_a_minus_sign_are_ranked(question: str, shown: str) -> None:
    from core.agents.vision import answer_from_text
    text = "Activity\nCafe Uno -$4.60\nRail Co -$88.20\nBookshop -$17.35"
    assert shown in answer_from_text(question, text).text
