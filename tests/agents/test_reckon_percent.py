"""Percentages put on, taken off or taken of an amount, spread over payments, and the share
of a whole that is a part (or the rest of it) — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("put 15% on 240", "276"),
    ("price is 80, with a 5% booking fee and 10% service, what do I pay in total?", "92"),
    ("I take home 2,400 a month; 40% goes on rent and 10% on bills. what's left?", "1,200"),
    ("I earn 4,000, put 10% away and spend 25% on the mortgage - how much remains?", "2,600"),
    ("laptop is 899.99 before tax, VAT is 20% and there is a 2% card fee, total at the till?",
     "1,097.99"),
    ("a £1,200 sofa over 24 monthly payments with 8% interest, how much a month?", "£54.00"),
    ("a 900 bike in 6 monthly instalments, interest free. how much each month?", "150"),
    ("my employer matches donations at 50%. I give $200 - total to the charity?", "$300.00"),
    ("the meal was 64.50, what is 15 percent of that?", "9.68"),
    ("12 of 40 people said yes, what percentage said no?", "70% (28 of 40)"),
    ("7 out of 20 players scored, what percentage did not?", "65% (13 of 20)"),
    ("20 of 25 passed the test - what percent didn't?", "20% (5 of 25)"),
    ("out of my 2,000 salary, 650 goes on rent. what percentage is that?", "32.5%"),
])
def test_percentages_of_an_amount(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "I have 3 kids and 20% of my time",
    "the hotel is €420 plus a 10% tourist tax - what's that in pounds?",
    "my pay rose 3% to 2,000, what was it before?",
])
def test_percentages_left_to_other_readers(text: str) -> None:
    found = reckon(text)
    assert found is None or found.name not in ("total", "left", "each payment"), found
