"""Durations in hours, minutes and seconds added up, turned into one unit, split into
whole larger units, and times per trip over a week or a year — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("1 hr 20 min + 45 min + 2 hours, total?", "4h 5m (4 hours 5 minutes, 4:05)"),
    ("can you add together 2h 10m and 1h 55m", "4h 5m (4 hours 5 minutes, 4:05)"),
    ("what's 2 hours 15 minutes 30 seconds in seconds", "8,130 seconds"),
    ("how many minutes is 1 hour 40 minutes 30 seconds?", "100.5 minutes"),
    ("Seconds in 2 hours 5 minutes 10 seconds?", "7,510 seconds"),
    ("200 minutes in hours and minutes", "3 hours and 20 minutes (3.33 hours)"),
    ("how many days is 100 hours", "4 days and 4 hours (4.17 days ≈ 4.2 days)"),
    ("30 months - how many years is that?", "2 years and 6 months (2.5 years)"),
    ("my walk is 20 minutes each way, 5 days a week, 40 weeks a year. how many hours a year?",
     "133.33 hours a year"),
    ("gym sessions of 1.5 hours, 3 times a week for 12 weeks - how many hours in total?",
     "54 hours"),
    ("shift was from 9:00 to 17:30 with a 30 min unpaid break, how many paid hours?",
     "8 hours (8:00)"),
])
def test_lengths_of_time(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", ["I slept 7 hours and 30 minutes", "add 3 and 4",
                                  "the film was 2 hours long, we loved it"])
def test_no_time_sum_without_an_ask(text: str) -> None:
    found = reckon(text)
    assert found is None or found.name != "total time", found
