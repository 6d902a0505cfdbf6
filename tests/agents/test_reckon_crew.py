"""A job shared by more or fewer hands: the time falls as the crew grows."""

from __future__ import annotations

import pytest

from core.agents.reckon_crew import crew_time
from core.agents.wording import expand


@pytest.mark.parametrize(("text", "shown"), [
    ("10 cleaners finish an office in 6 hours. how long would 15 cleaners take?", "4 hours"),
    ("if 2 pumps drain the pool in 9 hours, how many hours for 3 pumps?", "6 hours"),
    ("it takes 12 men 5 days to build a shed - how long would 4 men need?", "15 days"),
    ("7 volunteers pack the boxes in 40 minutes; how long will 5 volunteers take?",
     "56 minutes"),
])
def test_the_time_for_another_crew(text: str, shown: str) -> None:
    found = crew_time(expand(text).lower())
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "a printer prints 20 pages in 3 minutes. how long for 50 pages?",
    "6 builders take 20 days; after 5 days 4 more join. how long in total?",
    "4 painters take 6 days. how long does the job take?",
])
def test_other_questions_are_left_alone(text: str) -> None:
    assert crew_time(expand(text).lower()) is None
