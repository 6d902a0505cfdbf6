"""Asks about a function defined in the message, each written out on its expression."""

from __future__ import annotations

import pytest

from core.agents.planner import Planner, Request

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _requests(text: str) -> list[str]:
    return [t.request for t in (await Planner().plan(Request(text))).subtasks]


async def test_value_derivative_turning_points_and_plot() -> None:
    got = await _requests("h(x) = x^2 - 10x + 1. h(3)? h'(x)? where is h'(x) = 0? then plot h")
    assert got == ["evaluate x^2 - 10x + 1 at x = 3", "differentiate x^2 - 10x + 1",
                   "where is the derivative of x^2 - 10x + 1 equal to 0",
                   "plot y = x^2 - 10x + 1"]


async def test_a_value_asked_beside_a_plot() -> None:
    got = await _requests("sketch f(x) = x^2 + 2x from -5 to 5, and what is f(4)?")
    assert "evaluate x^2 + 2x at x = 4" in got


async def test_a_definition_with_one_value_is_left_to_the_maths() -> None:
    assert len(await _requests("f(x) = 3x - 2, what is f(5)?")) == 1
