"""A bill split among the people who pay: one named person (or a number of them) left out
of the count when the message says they do not pay."""

from __future__ import annotations

import pytest

from core.agents.mathtext import find_math


@pytest.mark.parametrize(("text", "expected"), [
    ("There are 6 of us at the pub for Priya's send-off. The tab is $150 plus a 10% tip, and "
     "Priya does not pay; the rest of us split it evenly. How much each?",
     "((150) * (1 + 10/100)) / 5"),
    ("Lunch for 8 people came to $96 and everyone except the guest of honour pays. How much "
     "does each pay?", "(96) / 7"),
    ("7 of us, the bill was $140; 2 of us don't pay since they cooked. What does each of us pay?",
     "(140) / 5"),
])
def test_non_payers_left_out_of_the_split(text: str, expected: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expected, (text, call)


def test_everyone_pays_by_default() -> None:
    call = find_math("6 of us had dinner; the bill is $90 split evenly. How much does each pay?")
    assert call is not None and call.expression == "(90) / 6"


@pytest.mark.parametrize(("text", "expected"), [
    ("The caterer quotes $2,400. A 25% deposit is due on booking and the remainder is split "
     "into 4 equal payments. How much is each payment?", "((2400) * (1 - 25/100)) / 4"),
    ("The bike costs $900; I put a $150 deposit down and the balance is split into 5 monthly "
     "payments. What is each payment?", "((900) - 150) / 5"),
])
def test_the_rest_after_a_deposit_is_split(text: str, expected: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expected, (text, call)
