"""Regular amounts over a longer stretch: several a month over a year, so much each for a
number of people over weeks; and saving or paying off at so much a period — in wordings of
their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("netflix 10.99 and spotify 9.99 a month - how much is that a year?", "251.76"),
    ("4 of us pay 12 each a month for the streaming plan, what's that in 6 months?", "288.00"),
    ("3 children get £5 pocket money each a week; how much over 10 weeks?", "£150.00"),
    ("I owe 5,500 and pay back 75 a month, no interest. How many months until it's paid off?",
     "74 months"),
    ("I can put away 50 a week. how many weeks until I've got 1,225 saved?", "25 weeks"),
])
def test_regular_amounts(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_energy_a_day_is_no_money() -> None:
    found = reckon("a 2 kW heater runs 3 hours a day for 30 days: how much energy does it use?")
    assert found is None or found.name != "total", found


@pytest.mark.parametrize(("text", "shown"), [
    ("lunch is 8.50, 4 days a week - how much over 10 weeks?", "340.00"),
    ("I buy a $3.25 coffee 5 days a week. What's that a year (52 weeks)?", "$845.00"),
    ("the plumber charges a 60 call-out fee and 45 an hour; how much for a 3 hour job?",
     "195.00"),
    ("bike hire is 5 plus 3 per hour. what's the cost of 4 hours?", "17.00"),
])
def test_so_much_a_time_over_a_stretch(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
