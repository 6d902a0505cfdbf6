"""A request the everyday reader answers whole is not split into a result and a conversion of
it when the part before the last ask answers nothing; a real result still gets its conversion."""

from __future__ import annotations

import pytest

from core.agents.planner import Planner, Request

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _agents(text: str) -> list[str]:
    plan = await Planner(None).plan(Request(text=text))
    return [task.agent for task in plan.subtasks]


@pytest.mark.parametrize("text", [
    "my phone is at 80% and loses about 8% an hour. how many hours until it's flat?",
    "laptop on 60%, it drains 15% every hour - how many hours is that until it dies?",
])
async def test_a_whole_everyday_ask_stays_one_part(text: str) -> None:
    assert len(await _agents(text)) == 1


async def test_a_result_asked_again_in_another_unit_is_still_two_parts() -> None:
    agents = await _agents("at 70 kg how much water should I drink a day, and what's that in "
                           "US fl oz?")
    assert agents == ["health", "units"]
