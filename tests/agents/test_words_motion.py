"""Two movers meeting or catching up, a speed needed and a time asked tersely."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wording import expand
from core.agents.words_travel import travel


@pytest.mark.parametrize(("text", "shown"), [
    ("Two cyclists start 60 km apart riding towards each other at 12 km/h and 18 km/h. When "
     "do they meet?", "2 hours"),
    ("boats 45 miles apart sail toward one another at 10 mph and 5 mph - how long till they "
     "meet?", "3 hours"),
    ("A cyclist sets off at 18 km/h; 30 minutes later her friend follows at 24 km/h. How long "
     "until she catches her?", "1.5 hours"),
    ("van leaves doing 60 mph, two hours after a car follows at 80 mph: when does it overtake "
     "the van?", "6 hours"),
    ("we're 120 miles away and must be there in 90 minutes - what speed do we need?", "80 mph"),
    ("45 km left and 40 minutes to get there, how fast do I have to go?", "67.5 km/h"),
    ("the ferry covers 54 nautical miles at 12 knots. hours at sea?", "4.5 hours"),
    ("coach departs 07:50, 230 miles at 55 mph. ETA?", "12:01"),
])
def test_motion_kinds(text: str, shown: str) -> None:
    trip = travel(expand(text).lower())
    assert trip is not None and trip.shown.startswith(shown), trip
    assert classify(text).agent == "health"
