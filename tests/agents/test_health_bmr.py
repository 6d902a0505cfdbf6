"""A BMR by the formula named, maintenance calories from a numeric multiplier, and health
figures shown to two decimals with the whole number beside them."""

from __future__ import annotations

import pytest

from core.agents.measures import health_result
from core.tools import health
from core.tools.health import HealthResult

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(("text", "value"), [
    ("Harris Benedict BMR please - I'm a 30 year old woman, 60 kg, 165 cm",
     "1383.68 kcal/day (about 1384 kcal/day)"),
    ("original harris-benedict for a man: 80 kg, 180 cm, aged 30", "1864.54 kcal/day"),
    ("lean mass 60 kg - katch mcardle bmr?", "1666 kcal/day"),
    ("BMR with Katch-McArdle. I weigh 80 kg and my body fat is 25%", "1666 kcal/day"),
    ("cunningham equation, 70 kg at 20 percent body fat: what's my resting metabolic rate?",
     "1732 kcal/day"),
])
async def test_a_bmr_by_the_formula_named(text: str, value: str) -> None:
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value.startswith(value), result


async def test_katch_without_body_fat_says_what_is_missing() -> None:
    assert "body-fat" in str(await health_result("Katch-McArdle BMR for 70 kg please"))


@pytest.mark.parametrize("text", [
    "male, 40, 180 cm, 80 kg - TDEE with an activity multiplier of 1.55?",
    "Mifflin BMR x 1.55 for a 40 year old man, 80 kg, 180 cm: maintenance calories",
])
async def test_maintenance_from_a_numeric_multiplier(text: str) -> None:
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.name == "maintenance calories"
    assert result.value.startswith("2681.5 kcal/day"), result


async def test_figures_to_two_decimals_keep_the_rounded_one() -> None:
    bmi = await health.bmi(90, 172)
    assert bmi.value == "30.42" and "about 30.4" in bmi.detail and "obese" in bmi.detail
    assert "not medical advice" in bmi.note
    assert (await health.heart_rate_share(47, 85)).value == "147.05 bpm (147.1 bpm, about 147 bpm)"
    band = await health.heart_rate_band(37, 65, 75)
    assert band.value == "118.95 bpm to 137.25 bpm" and "119–137" in band.detail
    assert (await health.bmr(70, 170, 40, "male")).value == "1567.5 kcal/day (about 1568 kcal/day)"


async def test_a_karvonen_band_gives_both_ends() -> None:
    result = await health_result("aged 40, resting pulse 55: what's 70 to 80% of my heart rate "
                                 "reserve by Karvonen?")
    assert isinstance(result, HealthResult)
    assert result.value.startswith("142.5 bpm to 155 bpm"), result
