"""The rounding a request asks for, kept by the everyday readers and by conversions with a
stated factor; a rounding instruction is never read as the amount."""

from __future__ import annotations

from fractions import Fraction

import pytest

from core.agents.wording import expand
from core.agents.words_bare import bare_reading
from core.agents.words_factor import stated_factor
from core.agents.words_places import asked_places, rounded
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "places"), [
    ("how far is it? 2 dp", 2),
    ("give it to 3 decimal places", 3),
    ("answer to one decimal", 1),
    ("nearest whole degree please", 0),
    ("to the nearest integer", 0),
    ("total beats (rounded)?", 0),
    ("what do I pay, to the cent?", 2),
    ("how many days are there?", None),
    ("4.7 kg of flour in lbs, in whole pounds", 0),
    ("the ride was 12.4 miles: whole kilometres please", 0),
    ("how long to fill the whole tank?", None),
    ("how tall is 180 cm in feet + inches? round to nearest inch", None),
])
def test_places_asked(text: str, places: int | None) -> None:
    assert asked_places(expand(text)) == places


def test_rounded_half_up() -> None:
    assert rounded(Fraction(5, 8), 2) == "0.63"
    assert rounded(Fraction(2025, 2), 0) == "1013"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("420 kPa to psi using 6.895 kPa per psi", Fraction(420) / Fraction("6.895"), "psi"),
    ("Convert 12 US fl. oz to mL (1 fl oz = 29.57 mL)", Fraction("354.84"), "ml"),
    ("9 fl oz in ml? use 1 fl oz = 29.6 mL", Fraction("266.4"), "ml"),
])
def test_stated_factor_per_one_and_fluid_ounces(text: str, value: Fraction, unit: str) -> None:
    found = stated_factor(expand(text).lower())
    assert found is not None and (found.value, found.unit) == (value, unit), found


def test_rounding_words_are_no_temperature() -> None:
    assert bare_reading(expand("What is -7 degrees Celsius in °F? Round to 1 decimal place.")
                        .lower()) is None


@pytest.mark.parametrize(("text", "lead"), [
    ("3.5 fl oz in ml? use 1 fl oz = 29.57 mL, round to 1 decimal", "103.5 ml"),
    ("A fuel tank holds 1200 L and we use 17.5 L a day. How many days will it last? 1 decimal",
     "68.6 days"),
])
def test_everyday_answers_keep_the_places_asked(text: str, lead: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown().startswith(lead + " ("), found
