"""Units added for everyday asks: the international acre, the IT BTU, metric horsepower,
flows, torque, thou, ounces of a liquid; the thousandth kept and decimal places asked."""

from __future__ import annotations

import pytest

from core.agents.measures import find_conversion, make_units_agent
from core.agents.plan import Subtask
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(("text", "shown"), [
    ("2 acres in square feet", "87120 ft²"),
    ("how many acres in 1 square mile?", "640 acre"),
    ("100 kWh in BTU", "341214.16 BTU"),
    ("150 kW in metric horsepower", "203.94 PS"),
    ("10 l/s in m3/h", "36 m³/h"),
    ("5 gpm in litres per minute", "18.93 l/min"),
    ("100 lb-ft in Nm", "135.58 N·m"),
    ("25 thou in mm", "0.64 mm"),
    ("500 ml in oz", "16.91 fl oz"),
])
async def test_units_convert(text: str, shown: str) -> None:
    ask = await find_conversion(text)
    assert ask is not None, text
    async with WorkerPool(1) as pool:
        made = await UnitTools(pool).convert(ask.value, ask.source.pint, ask.target.pint)
    assert f"**{shown}**" in made.text(), (text, made.text())


@pytest.mark.parametrize(("text", "shown"), [
    ("convert 1 radian to degrees to 4 decimal places", "57.2958 deg"),
    ("2125 g in kg", "2.125 kg"),
])
async def test_precision_shown(text: str, shown: str) -> None:
    async with WorkerPool(1) as pool:
        agent = make_units_agent(UnitTools(pool))
        result = await agent(Subtask("t1", "units", text), None, {})  # type: ignore[arg-type]
    assert shown in result.text, result.text
