"""Units people name that the lexicon must know, and amounts to work out that are no
conversion."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.measures import make_units_agent
from core.agents.plan import Subtask
from core.agents.quantities import parse_conversion, target_units
from core.messages import PersonKey
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("how many megajoules is 813 kWh?", "kilowatt_hour", "megajoule"),
    ("convert 3.6 MJ to kWh", "megajoule", "kilowatt_hour"),
    ("what's 500 Wh in joules?", "watt_hour", "joule"),
    ("2 GJ in kilowatt hours", "gigajoule", "kilowatt_hour"),
    ("a 3 MW turbine in horsepower", "megawatt", "horsepower"),
    ("the plant makes 2 megawatt hours, in kWh?", "megawatt_hour", "kilowatt_hour"),
    ("my plan is 500 Mbps - how many MB/s is that?", "megabit/second", "megabyte/second"),
    ("convert 80 megabits per second to megabytes per second", "megabit/second",
     "megabyte/second"),
    ("a 1 Gbps line in Mbps?", "gigabit/second", "megabit/second"),
    ("how many KiB is 3 MiB", "mebibyte", "kibibyte"),
    ("2 GiB in MiB", "gibibyte", "mebibyte"),
])
def test_energy_and_power_units(text: str, source: str, target: str) -> None:
    ask = parse_conversion(text)
    assert ask is not None and (ask.source.pint, ask.target.pint) == (source, target), ask


@pytest.mark.parametrize("text", [
    "how many litres will I use and what will it cost?",
    "how many calories do I burn?", "how many litres should she drink?",
])
def test_an_amount_to_work_out_is_no_target(text: str) -> None:
    assert target_units(text) == []


@pytest.mark.parametrize("text", ["how many litres is that?", "how many km will it be?",
                                  "and in kilojoules?"])
def test_a_conversion_of_a_result_is_a_target(text: str) -> None:
    assert target_units(text, bare=True)


@pytest.mark.parametrize(("amount", "ask", "shown"), [
    (1641.0, "how many calories is that across a whole week?", "**11487 kcal**"),
    (2000.0, "and over 2 weeks?", "**28000 kcal**"),
    (1500.0, "what's that in kJ for a week?", "**43932 kJ**"),
])
@pytest.mark.asyncio(loop_scope="module")
async def test_a_daily_amount_over_a_longer_time(pool: WorkerPool, amount: float, ask: str,
                                                 shown: str) -> None:
    task = Subtask("t2", "units", ask, depends_on=("t1",))
    read = AgentResult(ok=True, text="", amount=amount, currency="kcal/day")
    result = await make_units_agent(UnitTools(pool))(task, CONTEXT, {"t1": read})
    assert result.ok and shown in result.text, result.text


@pytest.mark.parametrize(("text", "shown"), [
    ("how tall is 180 cm in feet", "that is 5 ft 10.9 in"),
    ("convert 1.65 m to feet", "that is 5 ft 5 in"),
])
@pytest.mark.asyncio(loop_scope="module")
async def test_a_height_in_feet_and_inches(pool: WorkerPool, text: str, shown: str) -> None:
    task = Subtask("t1", "units", text)
    result = await make_units_agent(UnitTools(pool))(task, CONTEXT, {})
    assert result.ok and shown in result.text, result.text


def test_measured_containers_are_no_target() -> None:
    assert parse_conversion("a 5 litre bottle into 330 ml cups") is None
    ask = parse_conversion("how many cups is 500 ml?")
    assert ask is not None and ask.target.pint == "cup"


@pytest.mark.asyncio(loop_scope="module")
async def test_an_age_in_years_is_no_period(pool: WorkerPool) -> None:
    task = Subtask("t2", "units", "and for a 35 year old, per week?", depends_on=("t1",))
    read = AgentResult(ok=True, text="", amount=1805.0, currency="kcal/day")
    result = await make_units_agent(UnitTools(pool))(task, CONTEXT, {"t1": read})
    assert result.ok and "**12635 kcal**" in result.text, result.text
