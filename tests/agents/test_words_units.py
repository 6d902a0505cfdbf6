"""Distances run written with a "k", and a
daily amount converted into another unit keeping its period."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.measures import make_units_agent
from core.agents.plan import Subtask
from core.agents.quantities import parse_conversion
from core.messages import PersonKey
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "value"), [
    ("jogged 7.5k yesterday - what is it in miles?", 7.5),
    ("I did a 10k race on sunday, how many miles was it", 10.0),
    ("walked 3k, how far in miles", 3.0),
    ("my 21.1k run: miles?", 21.1),
])
def test_a_distance_with_a_k_is_kilometres(text: str, value: float) -> None:
    ask = parse_conversion(text)
    assert ask is not None and ask.value == value and ask.source.pint == "kilometer"
    assert ask.target.pint == "mile"


@pytest.mark.parametrize("text", [
    "my salary is 45k a year", "we raised 12k for the school", "a 2.5k bonus in euros",
])
def test_a_k_elsewhere_stays_thousands(text: str) -> None:
    ask = parse_conversion(text)
    assert ask is None or ask.value >= 1000


@pytest.mark.parametrize(("amount", "unit", "ask", "shown"), [
    (2000.0, "kcal/day", "and in kilojoules?", "8368 kJ/day"),
    (1650.0, "kcal/day", "what's that in kJ", "6904 kJ/day"),
    (3.0, "l/day", "how many ml is that", "3000 ml/day"),
])
@pytest.mark.asyncio(loop_scope="module")
async def test_a_daily_amount_keeps_its_period(pool: WorkerPool, amount: float, unit: str,
                                              ask: str, shown: str) -> None:
    task = Subtask("t2", "units", ask, depends_on=("t1",))
    read = AgentResult(ok=True, text="", amount=amount, currency=unit)
    result = await make_units_agent(UnitTools(pool))(task, CONTEXT, {"t1": read})
    assert result.ok and f"**{shown}**" in result.text


@pytest.mark.parametrize(("text", "value", "source", "target"), [
    ("how many teaspoons are in 2/3 of a tablespoon?", 2 / 3, "tablespoon", "teaspoon"),
    ("3/4 of a pound in grams?", 0.75, "pound", "gram"),
    ("what's 5/2 of a cup in ml", 2.5, "cup", "milliliter"),
])
def test_a_fraction_of_a_unit(text: str, value: float, source: str, target: str) -> None:
    ask = parse_conversion(text)
    assert ask is not None and abs(ask.value - value) < 1e-9 and ask.target.pint == target
    assert source in ask.source_text


@pytest.mark.parametrize(("text", "target"), [
    ("a 2 litre jug holds how many (UK) pints?", "imperial_pint"),
    ("20 litres in british gallons", "imperial_gallon"),
    ("a 9,000 BTU/h heater - what's that in kW?", "kilowatt"),
])
def test_named_systems_and_rated_powers(text: str, target: str) -> None:
    ask = parse_conversion(text)
    assert ask is not None and ask.target.pint == target


@pytest.mark.asyncio
async def test_millimetres_in_inches_to_the_thousandth() -> None:
    async with WorkerPool(1) as pool:
        agent = make_units_agent(UnitTools(pool))
        result = await agent(Subtask("t1", "units", "what is 9.5 mm in inches?"), CONTEXT, {})
    assert isinstance(result, AgentResult) and "0.374 in" in result.text


def test_a_btu_rating_in_watts_is_btu_an_hour() -> None:
    ask = parse_conversion("our 18,000 BTU air conditioner, how many kW is it?")
    assert ask is not None and ask.value == 18000 and ask.target.pint == "kilowatt"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("997 ft = ? m", "foot", "meter"), ("216 kmh mph", "kilometer/hour", "mile/hour"),
    ("5 lb -> kg?", "pound", "kilogram"), ("3.5 cups = ? ml", "cup", "milliliter"),
    ("12 stone kg", "stone", "kilogram"),
])
def test_terse_conversions(text: str, source: str, target: str) -> None:
    from core.agents.quantities import parse_conversion

    ask = parse_conversion(text)
    assert ask is not None and (ask.source.pint, ask.target.pint) == (source, target)


@pytest.mark.parametrize("text", ["3 cats dogs", "I have 2 dogs cats", "and 5"])
def test_terse_words_are_no_conversion(text: str) -> None:
    from core.agents.quantities import parse_conversion

    assert parse_conversion(text) is None
