"""Paces from a speed or a distance done in a time, and seconds told in hours and minutes."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_pace import in_hours_and_minutes, pace


@pytest.mark.parametrize(("text", "shown"), [
    ("cycling at 30 km/h, what's that as minutes per km?", "2:00 per km"),
    ("I jog at 6 mph - pace per mile?", "10:00 per mile"),
    ("what pace per km is 12 km/h", "5:00 per km"),
    ("did 10 km in 52:30 today, what was my pace per km", "5:15 per km"),
    ("rowed 2000 m in 7:30, what is my split per 500 m?", "1:53 per 500 m"),
    ("swam 400 m in 8:20; average per 100 m?", "2:05 per 100 m"),
    ("finished a half marathon 21.1 km in 1:55:00, pace per mile?", "8:46 per mile"),
    ("how fast is 12 km/h in mph?", None),
])
def test_paces(text: str, shown: str | None) -> None:
    found = pace(expand(text).lower())
    assert (found.shown.split(" (")[0] if found else None) == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("the podcast runs 7,380 seconds - hours and minutes please", "2 hours 3 minutes"),
    ("a 500 minute flight: how many hours and minutes is that?", "8 hours 20 minutes"),
    ("925 seconds in minutes and seconds?", "15 minutes 25 seconds"),
])
def test_hours_and_minutes(text: str, shown: str) -> None:
    found = in_hours_and_minutes(expand(text).lower())
    assert found is not None and found.shown.startswith(shown), (text, found)
