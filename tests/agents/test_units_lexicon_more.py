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
    ("31.1 g of silver in troy oz?", "1 troy oz"),
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


@pytest.mark.parametrize(("text", "shown"), [
    ("4.2 kg in lbs and oz", "9 lb 4 oz (9 lb 4.15 oz)"),
    ("75 kg in stone and pounds", "11 st 11 lb (11 st 11.35 lb)"),
    ("180 cm in feet and inches", "5 ft 11 in (5 ft 10.87 in)"),
    ("how many hours and minutes is 135 minutes", "2 hours 15 minutes"),
    ("4000 seconds in hours, minutes and seconds", "1 hour 6 minutes 40 seconds"),
    ("how many weeks and days is 50 days", "7 weeks 1 day"),
    ("100 seconds in minutes and seconds", "1 minute 40 seconds"),
    ("30 hours in days and hours", "1 day 6 hours"),
])
async def test_an_amount_told_in_two_or_three_units(text: str, shown: str) -> None:
    ask = await find_conversion(text)
    assert ask is not None, text
    async with WorkerPool(1) as pool:
        made = await UnitTools(pool).convert(ask.value, ask.source.pint, ask.target.pint)
    assert f"**{shown}**" in made.text(), (text, made.text())
