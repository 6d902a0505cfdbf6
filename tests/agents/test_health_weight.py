"""Weights from a height (two BMIs given, an ideal weight by a named formula), a BMI moved
by a weight lost or gained, a Karvonen band, and the next dose times after one given."""

from __future__ import annotations

import pytest

from core.agents.measures import health_result
from core.tools.health import HealthResult

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(("text", "value"), [
    ("for 1.80 m, what weights keep a BMI between 20 and 25? min and max please",
     "64.8 kg to 81 kg"),
    ("a normal BMI runs 18.5-24.9; I'm 160 cm - what's the range of weight in kg?",
     "47.36 kg to 63.74 kg"),
    ("Robinson ideal body weight, male, 6 ft", "74.8 kg"),
    ("what is the ideal weight by Hamwi for a woman 165 cm tall", "56.41 kg"),
    ("I've dropped 20 lb since January, I'm 5'10\". how much has my BMI come down?", "2.87"),
    ("gained 5 kg this year at 170 cm tall - by how much did my bmi go up?", "1.73"),
    ("aged 50, resting heart rate 65, karvonen 50-60% band please", "117.5 bpm to 128 bpm"),
])
async def test_weights_and_changes_from_the_body(text: str, value: str) -> None:
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value.startswith(value), (text, result)
    assert "not medical advice" in result.note


async def test_the_next_dose_times_start_after_the_one_given() -> None:
    result = await health_result("first dose at 9am, then every 8 hours. when are the next two "
                                 "doses?")
    assert isinstance(result, HealthResult) and result.value == "17:00, 01:00"


@pytest.mark.parametrize(("text", "value"), [
    ("how many calories in 20 g of protein and 10 g of fat?", "170 kcal"),
    ("carbs 50g, protein 25g, fat 5g - kcal total?", "345 kcal"),
])
async def test_calories_from_the_macros(text: str, value: str) -> None:
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value == value, (text, result)
