"""A countdown an image shows, moved on by the span the question says will have passed."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text
from core.agents.vision_countdown import countdown_moved

ASKS = [
    ("Countdown\nHoliday\n52 days to go", "what will it say after 2 more weeks? how many "
     "days?", "**38 days**"),
    ("My app\nWedding\n30 days left", "once ten days have passed, days remaining?",
     "**20 days**"),
    ("Timer\nExam\n9 weeks to go", "in a fortnight how many weeks left?", "**7 weeks**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), ASKS)
def test_the_countdown_after_the_span_passed(text: str, question: str, shown: str) -> None:
    assert shown in answer_from_text(question, text).text


def test_a_span_longer_than_the_countdown_gives_nothing() -> None:
    assert countdown_moved("after 9 weeks how many days left?", "Trip\n20 days to go") == []


def test_two_countdowns_name_no_one() -> None:
    text = "Trip\n20 days to go\nParty\n12 days to go"
    assert countdown_moved("after a week, how many days left?", text) == []
