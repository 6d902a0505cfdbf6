"""Bare readings whose scale the question implies, and body data in compact forms."""

from __future__ import annotations

import pytest

from core.agents import bodydata
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("the american recipe says to bake at 350, what should the oven be in celsius?", "176.67 °C"),
    ("weather app shows highs of 86 (fahrenheit), what's that in c?", "30 °C"),
    ("the thermostat is set to 21 degrees over here, what is that in f?", "69.8 °F"),
    ("driving in germany and the limit sign says 100, how much is that in mph?", "62.14 mph"),
])
def test_bare_reading(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert found.shown() == shown


def test_a_bare_number_without_a_scale_asked_is_left_alone() -> None:
    assert reckon("I have 3 kids, what should we do at the weekend?") is None


def test_compact_age_and_sex() -> None:
    assert bodydata.age_years("31M, 180cm, 80kg") == 31
    assert bodydata.sex_of("31M, 180cm, 80kg") == "male"
    assert bodydata.sex_of("F45 165 cm") == "female"


def test_bare_height_in_metres_and_a_weight_changed_since() -> None:
    assert bodydata.height_cm("my dad is 1.82 and 95 kg, bmi?") == pytest.approx(182)
    assert bodydata.weight_kg("I was 100 kg and have lost 12 kg since, bmi now?") == 88


@pytest.mark.parametrize(("text", "shown"), [
    ("age 40, resting heart rate 60, what is my 60 to 70 percent zone using heart rate reserve?",
     "about 132–144 bpm"),
    ("using 208 - 0.7 x age with age 30, what is 50-60% of my max?", "about 94–112 bpm"),
])
def test_heart_rate_bands(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()
