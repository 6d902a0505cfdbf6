"""Totals and averages over groups told as "so many of so much" — in wordings of their
own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("the morning group of 12 averaged 68 and the evening group of 18 averaged 74. what is the "
     "overall mean?", "358/5 ≈ 71.6"),
    ("20 boys with a mean score of 61 and 25 girls with a mean of 70 - combined mean?", "66"),
    ("did 3 sets of 8 at 100 lbs and 5 sets of 5 at 135 lbs; total volume?", "5,775 lb"),
    ("we run 45-minute lessons between 1pm and 5pm. how many can we fit?", "5"),
    ("the podcast series is 12 episodes of 35 minutes plus a 20 minute bonus. total running "
     "time?", "7 hours 20 minutes (440 minutes)"),
])
def test_groups_worked_out(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "my 2 kids averaged 7 hours of sleep, is that fine?",
    "we have lessons from 9 to 12, see you there",
])
def test_no_group_sum_without_its_ask(text: str) -> None:
    assert reckon(text) is None
