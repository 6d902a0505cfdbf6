"""A recording at a playback speed, and hours worked in a shift less a break."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wording import expand
from core.agents.words_travel import travel


@pytest.mark.parametrize(("text", "shown"), [
    ("podcast is 45 min, I listen at 1.5x. how long?", "30 minutes"),
    ("how long is a 2 hour lecture video watched at 1.75x speed?", "1 h 9 min"),
    ("a 122-minute audiobook chapter on 1.25 times speed - how long does it take?", "1 h 38 min"),
    ("Clocked in 10:00am, out 3:30pm, 30 min unpaid break. Decimal hours?", "5 hours"),
    ("shift 7:00am-3:30pm with a 30 minute unpaid lunch break, hours worked?", "8 hours"),
])
def test_spans(text: str, shown: str) -> None:
    trip = travel(expand(text).lower())
    assert trip is not None and trip.shown.startswith(shown), trip
    assert classify(text).agent == "health"
