"""Percentages of a figure the message labels, and a weight changed to come or stated with
its unit first."""

from __future__ import annotations

import pytest

from core.agents.bodydata import height_cm, weight_kg
from core.agents.health_bands import bands
from core.agents.wording import expand


@pytest.mark.parametrize(("text", "shown"), [
    ("my tested maximum heart rate is 192; what is 60 to 70% of it?", "115–134 bpm"),
    ("was 120 kg, now 102 kg - what percentage of my weight did I lose?", "15%"),
    ("from 60 kg to 66 kg: what percent have I gained?", "10%"),
    ("FEV1 2.9 L, predicted value 3.6 L - percent of predicted to 1 decimal?", "80.6%"),
    ("what is 20% of 80?", None),
])
def test_percentages_of_a_labelled_figure(text: str, shown: str | None) -> None:
    found = bands(expand(text).lower())
    assert (found.shown.split(" (")[0] if found else None) == shown, (text, found)


def test_a_weight_to_come_and_units_first() -> None:
    assert weight_kg("I'm 100 kg now; if I lose 12 kg, what BMI?") == pytest.approx(88)
    assert weight_kg("weight in kg (72) and height in cm (180)") == pytest.approx(72)
    assert height_cm("weight in kg (72) and height in cm (180)") == pytest.approx(180)


@pytest.mark.parametrize(("text", "shown"), [
    ("glucose 16.2 mmol/l, target 5, correction factor 1 unit per 4 mmol/l. dose?", "2.8 units"),
    ("glucose 250, target 120, isf 1 unit for every 50 mg/dl. correction?", "2.6 units"),
])
def test_a_correction_factor_told_per_unit(text: str, shown: str) -> None:
    from core.agents.health_budget import insulin_correction

    found = insulin_correction(text)
    assert found is not None and found.shown == shown


def test_a_formula_for_the_maximum_is_no_stated_maximum() -> None:
    assert bands(expand("60 to 70% of max, max = 220 - age, for a 30 year old?").lower()) is None
