"""The price of one thing from a total, less what else it held — in wordings of its own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("3 coffees and a cake cost £11.40; the cake was £3.30. how much is one coffee?",
     "one coffee: £2.70"),
    ("I bought 3 shirts for $60, how much each?", "one shirt: $20.00"),
    ("6 burgers with a $3 service charge came to $45 - what was each burger? split it "
     "between 5 of us?", "one burger: $7.00; split 5 ways: $9.00 each"),
    ("4 student tickets and 2 adult tickets were $64. an adult ticket costs $14. price of "
     "one student ticket and of 3 more student tickets?",
     "one student ticket: $9.00; 3 more: $27.00"),
])
def test_the_price_of_one_from_a_total(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_counted_things_without_a_total_are_left_alone() -> None:
    assert reckon("we had 3 kids and a dog, what fun?") is None


def test_pack_sizes_are_no_counted_things() -> None:
    found = reckon("a 500 g bag for $2.40 and a 1 kg bag for $4.20 - price per kg of each?")
    assert found is None or found.name != "price of one", found
