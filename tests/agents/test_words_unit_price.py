"""A price per one unit told per another, and a unit asked first ("minutes to fill?")."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_travel import travel
from core.agents.words_unit_price import unit_price


@pytest.mark.parametrize(("text", "shown"), [
    ("ham is £18.50 per kg at the deli - what is that per pound?", "£8.39 per lb"),
    ("petrol costs €1.72/L, what would that be per US gallon?", "€6.51 per us gal"),
    ("steak $12.99/lb, so how much per kg?", "$28.64 per kg"),
    ("turf at £4.20 a square metre. how much per square yard?", "£3.51 per yd²"),
])
def test_a_price_per_another_unit(text: str, shown: str) -> None:
    trip = unit_price(expand(text).lower())
    assert trip is not None and trip.shown == shown, trip


def test_a_price_with_no_other_unit_is_left() -> None:
    assert unit_price("apples £2 per kg, I bought 3 kg, how much?") is None


@pytest.mark.parametrize(("text", "shown"), [
    ("the hose gives 14 L/min and the tank holds 350 L. minutes to fill?", "25 minutes"),
    ("treat 25 g per 5,000 litres; the tank is 12,000 L. grams needed?", "60 grams"),
])
def test_the_unit_asked_first(text: str, shown: str) -> None:
    trip = travel(expand(text).lower())
    assert trip is not None and trip.shown.startswith(shown), trip
