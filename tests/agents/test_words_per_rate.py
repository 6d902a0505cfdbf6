"""An amount from a stated rate of one thing per another, either way round."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wording import expand
from core.agents.words_per_rate import per_rate


@pytest.mark.parametrize(("text", "shown"), [
    ("2 tbsp of sugar per cup of flour, I use 3 cups of flour. how much sugar?", "6 tbsp"),
    ("for 4 cups of oats, at 2 cups milk per cup of oats, how much milk?", "8 cups"),
    ("insulin: 1 unit for every 12 g of carbs; lunch is 54 g. how many units?", "4.5 units"),
    ("how many mcg is 1000 IU of vitamin D if 40 IU = 1 mcg?", "25 mcg"),
    ("a 14 kg toddler, 10 mg per kg, the syrup has 200 mg/5 ml: ml to give?", "3.5 ml"),
    ("3 scoops per 250 ml - scoops for 750 ml?", "9 scoops"),
])
def test_rates_either_way(text: str, shown: str) -> None:
    trip = per_rate(expand(text).lower())
    assert trip is not None and trip.shown == shown, trip
    assert classify(text).agent == "health"


@pytest.mark.parametrize("text", [
    "I had 2 cups of coffee and 3 cups of tea today, lovely",
    "the recipe uses 200 g of flour per loaf",
])
def test_no_rate_asked(text: str) -> None:
    assert per_rate(expand(text).lower()) is None
