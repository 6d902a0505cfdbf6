"""Times of day from several durations, a schedule, a time zone, and a rate over a span."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_clock_shift import clock_kinds


@pytest.mark.parametrize(("text", "shown"), [
    ("my train is at 08:20; it's a 25 minute bus ride plus 10 minutes to walk to the stop. "
     "what time should I leave?", "07:45"),
    ("the roast needs 2 hours 15 minutes and dinner is at 19:00, when do I put it in?", "16:45"),
    ("school starts 8:50, it's 1.2 km and I walk at 4 km/h: latest time to leave?", "08:32"),
    ("a 500 ml bag running at 125 ml/hr from 22:10 — when will it finish?", "02:10"),
    ("the washing machine started at 21:40 and takes 1h50, when does it finish?", "23:30"),
    ("buses every 20 minutes from 06:10; I reach the stop at 09:05. when is the next bus?",
     "09:10"),
    ("webinar at 15:30 UTC+2, what time is that in UTC-5?", "08:30"),
    ("nanny 07:30 to 16:00 at £14 an hour - how much do we pay?", "£119.00"),
    ("the garage charges 3.50 per started hour; I was there 10:05 to 12:20. cost?", "10.50"),
])
def test_times_of_day_worked_out(text: str, shown: str) -> None:
    found = clock_kinds(expand(text).lower())
    assert found is not None and found.shown.startswith(shown), (text, found)


@pytest.mark.parametrize("text", [
    "I leave at 9:15 and drive 240 km at 80 km/h, when do I arrive?",
    "what time is it in tokyo?",
    "the shop opens at 9:00 and closes at 17:30, how long is it open?",
])
def test_left_to_other_readers(text: str) -> None:
    assert clock_kinds(expand(text).lower()) is None


@pytest.mark.parametrize("text", [
    "alarm at 6:00am, I want 5 full 90 minute sleep cycles and 10 minutes to drop off. "
    "when should I go to bed?",
])
def test_durations_made_of_parts_are_left(text: str) -> None:
    assert clock_kinds(expand(text).lower()) is None


def test_a_wait_until_the_next_dose_is_left() -> None:
    text = ("I take it every 8 hours, last dose was 06:30. It's 10:00 now. "
            "How long until the next one?")
    assert clock_kinds(expand(text).lower()) is None


def test_the_doses_are_the_times_a_day_not_the_tablets() -> None:
    from core.agents.words_doses_clock import last_dose

    found = last_dose(expand("2 capsules every 6 hours, 3 times a day, the first at 7am. "
                             "when is the last one?").lower())
    assert found is not None and found.shown.startswith("19:00")
