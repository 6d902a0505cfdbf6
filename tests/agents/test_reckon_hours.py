"""Hours listed, added up and averaged, and the pay they earn — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("I worked 7 h 30 min, 8 h 15 min and 6 h 45 min this week at $14 an hour. how much did "
     "I earn?", "total 22.5 hours (22 h 30 min); pay $315.00 (22.5 h × 14)"),
    ("slept 7h30, 6h45 and 8h15 - average a night?", "average 7.5 hours (7 h 30 min)"),
    ("shift hours: 8, 7.5 and 6 - total and pay at £11.50/hour?",
     "total 21.5 hours (21 h 30 min); pay £247.25 (21.5 h × 11.50)"),
])
def test_hours_added_up_averaged_and_paid(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_plain_numbers_without_a_rate_are_data() -> None:
    assert reckon("hours this week: 3, 4, 5 - average?") is None
