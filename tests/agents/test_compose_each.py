"""Several quantities of one kind asked in one conversion: each is converted (to the unit
named, or to its metric or imperial counterpart), and the gap between two is worked."""

from __future__ import annotations

import pytest

from core.agents.planner import Planner, Request

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _requests(text: str) -> list[str]:
    return [t.request for t in (await Planner().plan(Request(text))).subtasks]


@pytest.mark.parametrize(("text", "wanted"), [
    ("the left tyre reads 35 psi and the right one 33 psi, what are they in bar?",
     ["convert 35 psi to bar", "convert 33 psi to bar"]),
    ("my suitcases weigh 23 kg and 18 kg - both in pounds please",
     ["convert 23 kg to pounds", "convert 18 kg to pounds"]),
    ("bake at 350F for 12 oz of dough; metric please",
     ["convert 350 °F to celsius", "convert 12 oz to grams"]),
])
async def test_each_quantity_is_converted(text: str, wanted: list[str]) -> None:
    assert await _requests(text) == wanted


async def test_the_gap_between_two_readings_too() -> None:
    got = await _requests("it was 12°C at dawn and 29°C by noon. what's the difference, and "
                          "both in fahrenheit?")
    assert got[0] == "what is 29 - 12?" and "convert 12 °C to fahrenheit" in got


@pytest.mark.parametrize("text", ["13 stone 11 in kg", "convert 10 miles to km",
                                  "5 ft 10 in to cm"])
async def test_one_quantity_stays_one_conversion(text: str) -> None:
    assert len(await _requests(text)) == 1


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("I spend $4.50 on lunch 5 days a week. What's that over 48 weeks? And in pounds?",
     "health", "And in pounds?"),
])
async def test_a_worked_figure_then_converted(text: str, head: str, tail: str) -> None:
    plan = await Planner().plan(Request(text))
    assert [t.agent for t in plan.subtasks] == [head, "units"]
    assert plan.subtasks[1].request == tail and plan.subtasks[1].depends_on == ("t1",)
