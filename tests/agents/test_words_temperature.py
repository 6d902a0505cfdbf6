"""A change of temperature converts by the scale alone; a reading converted can then be
moved by the degrees the message adds or takes off; a time written "10h55"."""

from __future__ import annotations

import pytest

from core.agents.measures import _convert_clause
from core.agents.words_travel import average_speed
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool


@pytest.mark.parametrize(("text", "shown"), [
    ("it warmed up by 18 °F since the morning - how many degrees celsius is that rise?",
     "**10 °C**"),
    ("a 5 degree C difference between the rooms, in fahrenheit?", "**9 °F**"),
    ("the forecast says a fall of 27 degrees F. in celsius how big is that change?", "**15 °C**"),
    ("the pattern needs 400F, but I bake 25 C lower in my fan oven - celsius setting?",
     "**179.44 °C**"),
    ("15 °C in °F, then add 10 °F", "**69 °F**"),
    ("convert 50F to celsius", "**10 °C**"),
])
@pytest.mark.asyncio
async def test_temperature_changes_and_moves(text: str, shown: str) -> None:
    async with WorkerPool(1) as pool:
        result = await _convert_clause(UnitTools(pool), text)
    assert result.ok and shown in result.text, (text, result.text)


@pytest.mark.parametrize(("text", "shown"), [
    ("ferry does 126 km in 3h30 - average speed?", "36 km/h"),
    ("ran 13.1 miles in 1h45, what was my average speed", "7.49 mph"),
])
def test_a_time_written_with_h_between(text: str, shown: str) -> None:
    found = average_speed(text)
    assert found is not None and found.shown == shown, found
