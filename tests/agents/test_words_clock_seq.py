"""A time of day moved forward by a run of durations, counts, gaps and a time zone."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wording import expand
from core.agents.words_travel import travel


@pytest.mark.parametrize(("text", "shown"), [
    ("3 talks of 40 minutes from 1:15pm with a 10 minute break between each - when do they "
     "end?", "3:35 pm"),
    ("leaving at 11pm on a 9 hour flight to a place 3 hours behind, what time do I land "
     "there?", "5:00 am"),
    ("started my 16-hour fast at 8pm, when does it end?", "12:00 pm"),
    ("in the oven at 6:10pm: 25 min, then 10 min to rest and 5 min to plate. dinner at?",
     "6:50 pm"),
    ("lights out at 11:30pm, 15 minutes to drop off, then five sleep cycles of 90 min. what "
     "time should the alarm go?", "7:15 am"),
    ("four 45-minute lessons back to back from 9:00am with 15 minute breaks between them. "
     "when is the last one over?", "12:45 pm"),
])
def test_clock_sequences(text: str, shown: str) -> None:
    trip = travel(expand(text).lower())
    assert trip is not None and shown in trip.shown, trip
    assert classify(text).agent == "health"


@pytest.mark.parametrize("text", [
    "I need to be there by 9:00 and it's a 45 minute drive, when should I leave?",
    "alarm at 6:30am, 5 cycles of 90 min and 15 min to fall asleep: bedtime?",
])
def test_deadlines_stay_with_the_clock_reader(text: str) -> None:
    from core.agents.words_clock_seq import clock_sequence

    assert clock_sequence(expand(text).lower()) is None


def test_hours_and_bare_minutes() -> None:
    trip = travel(expand("my flight leaves at 13:40 and takes 7h15, the destination is 2 hours "
                         "ahead. local time when I land?").lower())
    assert trip is not None and "22:55" in trip.shown
