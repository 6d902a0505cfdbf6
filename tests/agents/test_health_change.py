"""Weight lost to an energy deficit, and the average change between two weights."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wording import expand
from core.agents.words_travel import travel


@pytest.mark.parametrize(("text", "shown"), [
    ("a 300 calorie deficit a day for 60 days, 3500 calories per pound - how many pounds lost?",
     "5.14 lb"),
    ("eating 250 kcal below maintenance for 8 weeks; 1 kg of fat = 7700 kcal. how much weight "
     "will I lose?", "1.82 kg"),
    ("went from 210 lb to 188 lb in 5 months, how much a month?", "4.4 lb a month"),
    ("I was 82 kg and now I'm 78.5 kg after 10 weeks. average loss per week?", "0.35 kg a week"),
])
def test_weight_over_time(text: str, shown: str) -> None:
    trip = travel(expand(text).lower())
    assert trip is not None and trip.shown == shown, trip
    assert classify(text).agent == "health"
