"""Conversions also to one decimal (as gauges, scales and people quote them), tiles laid
in rows or with a share for waste, a scaled recipe in cups of a stated weight, and a counted
result carried into a later step."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.measures import health_result, make_units_agent
from core.agents.plan import Subtask
from core.agents.wording import expand
from core.agents.words_travel import travel
from core.messages import PersonKey
from core.tools.units import Conversion, UnitTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


def test_a_conversion_to_one_decimal_and_whole() -> None:
    assert Conversion(7, "oz", 198.447, "g").text() == \
        "7 oz = **198.45 g** (198.447 g; about 198.4 g)"
    assert Conversion(39.4, "°C", 102.92, "°F").text() == \
        "39.4 °C = **102.92 °F** (about 102.9 °F)"
    assert Conversion(3702, "m", 12145.67, "ft").text() == \
        "3702 m = **12145.67 ft** (about 12145.7 ft, 12146 ft)"
    assert Conversion(2, "bar", 29.0075, "psi").text() == \
        "2 bar = **29.01 psi** (29.008 psi; about 29.0 psi)"


async def test_a_conversion_names_the_rounded_unit_as_asked(pool: WorkerPool) -> None:
    task = Subtask("t1", "units", "I jog at 11.3 km/h, what is that in mph?")
    result = await make_units_agent(UnitTools(pool))(task, CONTEXT, {})
    assert result.ok and "about 7.0 mph" in result.text, result


@pytest.mark.parametrize(("text", "shown"), [
    ("room 6 m x 2 m and the tiles are 50 cm square; how many tiles, whole tiles with the "
     "edge ones cut?", "48 tiles"),
    ("patio 3.1 m by 2.3 m, tiles are 60 cm square. how many tiles, laying whole tiles "
     "per row?", "24 tiles"),
    ("floor is 3 m by 2.4 m, tiles are 30 cm square, add 10% for waste. how many tiles?",
     "88 tiles"),
    ("hall 4.2 m by 1.8 m with 45 cm square tiles, allow 12% extra for breakage. how many "
     "tiles?", "42 tiles"),
])
def test_tiles_in_rows_and_for_waste(text: str, shown: str) -> None:
    trip = travel(expand(text).lower())
    assert trip is not None and trip.shown.startswith(shown), trip


async def test_a_scaled_recipe_in_cups_of_a_stated_weight() -> None:
    result = await health_result("this recipe serves 8 with 480 g of flour; I'm cooking for 5. "
                                 "how many cups if one cup is 120 g?")
    assert not isinstance(result, str) and result.value.startswith("2.5 cups"), result


async def test_a_counted_result_is_carried_to_the_next_step() -> None:
    from core.agents.measures import make_health_agent

    task = Subtask("t1", "health", "a 440 ml can at 5.1% abv, how many units")
    result: AgentResult = await make_health_agent()(task, CONTEXT, {})
    assert result.amount is not None and abs(result.amount - 2.244) < 1e-9
    assert result.currency == "units"


async def test_a_volume_in_cubic_units_converts_when_supposed(pool: WorkerPool) -> None:
    earlier = AgentResult(ok=True, text="**2513.27 cm³**", amount=2513.27, currency="")
    task = Subtask("t2", "units", "assuming it is in cm³, what is it in litres?", ("t1",))
    result = await make_units_agent(UnitTools(pool))(task, CONTEXT, {"t1": earlier})
    assert result.ok and "2.51 l" in result.text, result


def test_large_results_whole() -> None:
    assert Conversion(15, "fur", 3017.5, "m").text() == "15 fur = **3017.5 m** (about 3018 m)"
