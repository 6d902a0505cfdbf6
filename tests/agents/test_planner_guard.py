"""A reader that fails on odd input never leaves a message unanswered: the clause (or, if
the whole reading fails, the message) goes to the chat agent, and nothing escapes planning."""

from __future__ import annotations

import pytest

from core.agents import intents, planner
from core.agents.planner import Planner, Request
from core.agents.words_dimensions import dimensions

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_a_rate_per_zero_units_is_no_crash() -> None:
    dimensions("running burns 1 kcal per kg per 0 km. i weigh 70 kg and ran 5 km. kcal?")
    plan = await Planner().plan(Request("Running burns 1 kcal per kg per 0 km. I weigh 70 kg "
                                        "and ran 5 km. How many kcal do I burn?"))
    assert plan.subtasks


async def test_a_failing_reader_leaves_its_clause_to_chat(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise ZeroDivisionError

    monkeypatch.setattr(intents, "_health", broken)
    assert intents.classify("a shirt was $40 and is now $50, what's the percentage change?") \
        == intents.CHAT


async def test_a_failing_split_leaves_the_message_to_chat(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise IndexError

    monkeypatch.setattr(planner, "split", broken)
    plan = await Planner().plan(Request("what is 17 × 23?"))
    assert plan.agents == ("chat",) and plan.subtasks[0].request == "what is 17 × 23?"
