"""Measures whose size depends on the country the text names (a British recipe's pints are
imperial), torque in inch-pounds, a weight called "a 10 pounder", fuel economy between UK
and US gallons, a stated factor beside the unit the reader uses, one mass converted, and a
height to the nearest inch."""

from __future__ import annotations

import pytest

from core.agents.bodydata import health_ask
from core.agents.intents import classify
from core.agents.measures import _feet_and_inches, find_conversion
from core.agents.words_factor import stated_factor
from core.agents.words_fuel import economy_conversion
from core.tools.units import Conversion, UnitTools
from core.tools.workers import WorkerPool


@pytest.mark.parametrize(("text", "shown"), [
    ("my gran's english cookbook wants 2 pints of milk, in ml please", "1136.52 ml"),
    ("how many litres is 10 gallons? it's a uk garden sprayer", "45.46 l"),
    ("irish recipe, 4 fl oz of cream: how many ml", "113.65 ml"),
    ("convert 3 litres to pints (imperial)", "5.28 pt (UK)"),
    ("2 pints in ml", "946.35 ml"),  # no country named: US measures
    ("torque wrench at 100 inch-pounds, what is that in newton metres", "11.3 N·m"),
    ("how many kg is a 25 pounder", "11.34 kg"),
])
@pytest.mark.asyncio
async def test_measures_by_country_and_kind(text: str, shown: str) -> None:
    ask = await find_conversion(text)
    assert ask is not None, text
    async with WorkerPool(1) as pool:
        made = await UnitTools(pool).convert(ask.value, ask.source.pint, ask.target.pint)
    assert f"**{shown}**" in made.text(), (text, made.text())


@pytest.mark.parametrize(("text", "shown"), [
    ("the magazine is british and says 60 mpg; in us mpg?", "49.96 mpg (US)"),
    ("40 us mpg to uk mpg", "48.04 mpg (UK)"),
    ("12.5 km/l — convert to l/100km", "8 L/100 km"),
    ("my hire car does 30 mpg (us), what's that in km per litre?", "12.75 km/L"),
])
def test_economy_between_gallons(text: str, shown: str) -> None:
    found = economy_conversion(text)
    assert found is not None and found.shown.startswith(shown), (text, found)


def test_a_factor_beside_the_unit_the_reader_uses() -> None:
    found = stated_factor("hba1c meter says 7 mmol/l but my chart uses mg/dl (x 18)")
    assert found is not None and found.shown == "126 mg/dL"


@pytest.mark.parametrize("text", ["the tablet is 125 mcg — how many mg?",
                                  "how many mg is 0.5 g", "it says 2.5 g, how many mg is that"])
def test_one_mass_is_a_conversion(text: str) -> None:
    assert health_ask(text) is None and classify(text).agent == "units"


def test_a_dose_a_day_stays_a_dose() -> None:
    assert health_ask("500 mg three times a day, how many mg a day?") == "dose_total"


def test_a_height_to_the_nearest_inch() -> None:
    said = _feet_and_inches(Conversion(1.8, "m", 1.8 / 0.3048, "ft"))
    assert "5 ft 10.9 in (5 ft 11 in to the nearest inch)" in said
