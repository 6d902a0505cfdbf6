"""Units people name that the lexicon reads: volumes in cubic inches and feet, troy ounces,
carats, inches of mercury and hectopascals, blood glucose in mmol/L and mg/dL, US
tablespoons, sticks of butter and a horse's height in hands."""

from __future__ import annotations

import pytest

from core.agents.measures import find_conversion
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(("text", "shown"), [
    ("a 350 cu in motor is how many litres?", "5.74 l"),
    ("convert 2 cubic feet to litres", "56.63 l"),
    ("31.1 g of silver in troy oz?", "1 toz"),
    ("how many grams is a 2 carat diamond", "0.4 g"),
    ("pressure 30.1 inHg in hPa please", "1019.3 hPa"),
    ("1013 millibars in inches of mercury", "29.91 inHg"),
    ("my sugar was 6.2 mmol/l, what is it in mg/dl", "111.7 mg/dL"),
    ("126 mg/dL blood sugar to mmol/L", "6.99 mmol/L"),
    ("3 us tablespoons in ml", "44.36 ml"),
    ("2 sticks of butter in grams", "226.8 g"),
    ("a 16.3 hands horse in cm", "170.18 cm"),
    ("14 hands in inches", "56 in"),
])
async def test_more_units_convert(text: str, shown: str) -> None:
    ask = await find_conversion(text)
    assert ask is not None, text
    async with WorkerPool(1) as pool:
        tools = UnitTools(pool)
        made = await tools.convert(ask.value, ask.source.pint, ask.target.pint)
    assert f"**{shown}**" in made.text(), (text, made.text())


async def test_a_small_result_keeps_three_figures() -> None:
    async with WorkerPool(1) as pool:
        made = await UnitTools(pool).convert(88, "microgram", "milligram")
    assert made.text() == "88 µg = **0.09 mg** (0.088 mg)"
