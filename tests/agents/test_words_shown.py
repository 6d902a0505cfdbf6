"""One-decimal forms beside exact everyday answers, and a total split by a ratio."""

from __future__ import annotations

from fractions import Fraction

import pytest

from core.agents.words_ratio import ratio_amount
from core.agents.words_shown import with_tenth
from core.agents.words_travel import travel


def test_one_decimal_beside_hundredths() -> None:
    assert with_tenth("2.67 units", Fraction(267, 100), "units") == "2.67 units (about 2.7 units)"
    assert with_tenth("2.6 units", Fraction(26, 10), "units") == "2.6 units"
    assert with_tenth("12.4 minutes", Fraction(0), "hours") == "12.4 minutes (about 12 minutes)"
    assert with_tenth("£3.45", Fraction(345, 100), "money") == "£3.45"


@pytest.mark.parametrize(("text", "shown"), [
    ("a 440 ml can at 4.2% abv, how many units of alcohol?", "1.85 units (about 1.8 units)"),
    ("how long to walk 3.7 km at 4.5 km/h?", "about 49 minutes"),
    ("1RM by Epley (w × (1 + reps/30)) for 8 reps of 62.5 kg?", "about 79.2 kg"),
])
def test_readers_show_the_rounded_form(text: str, shown: str) -> None:
    trip = travel(text)
    assert trip is not None and shown in trip.shown


@pytest.mark.parametrize(("text", "shown"), [
    ("mix bleach and water 1:49, for 2000 ml total how much bleach?", "40 ml"),
    ("cordial to water is 1:4; I want 1.5 litres in all. how much cordial?", "0.3 L"),
    ("dilute concentrate 1:9 with water; 500 ml of finished mix needs how much water?", "450 ml"),
    ("mix weedkiller and water 1 : 19 to make 4 l altogether - how much weedkiller?", "0.2 L"),
])
def test_a_total_split_by_a_ratio(text: str, shown: str) -> None:
    trip = ratio_amount(text)
    assert trip is not None and trip.shown.startswith(shown)


@pytest.mark.parametrize(("text", "shown"), [
    ("at 6:36 min/km, how long does a 8 km run take?", "about 53 minutes"),
    ("running 5:15 mins per km - how long will 10 km take me?", "about 53 minutes"),
    ("at 9:30 per mile, how long for 13.1 miles?", "2:04:27 (h:mm:ss)"),
])
def test_a_pace_in_minutes_and_seconds(text: str, shown: str) -> None:
    trip = travel(text)
    assert trip is not None and shown in trip.shown, trip
