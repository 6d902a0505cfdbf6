"""An area in the unit named, and rain collected on a roof."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wording import expand
from core.agents.words_travel import travel


@pytest.mark.parametrize(("text", "shown"), [
    ("a plot 120 x 80 m - how many acres?", "2.37 acres"),
    ("my lawn is 30 ft by 40 ft, what's that in square metres?", "111.48 m²"),
    ("patio 12 ft 6 in by 10 ft: area?", "125 sq ft"),
    ("the meadow measures 400 m by 250 m; how many hectares is it?", "10 ha"),
    ("15 mm of rainfall on a 40 m2 shed roof, how many litres?", "600 litres"),
])
def test_areas(text: str, shown: str) -> None:
    trip = travel(expand(text).lower())
    assert trip is not None and trip.shown == shown, trip
    assert classify(text).agent == "health"


@pytest.mark.parametrize("text", [
    "wall is 6.8 m by 2.9 m, paint covers 14 m² per litre. how many litres of paint?",
    "feed says 35 g per m². lawn is 8 m x 13 m. how many kg?",
])
def test_amounts_over_an_area_are_no_area(text: str) -> None:
    from core.agents.words_area import area_in_units

    assert area_in_units(expand(text).lower()) is None
