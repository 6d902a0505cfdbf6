"""Inequalities solved over the reals, and absolute values written with bars."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "expression"), [
    ("solve 5x - 2 > 13", "5x - 2 > 13"),
    ("which values of y satisfy 2y + 1 <= 9?", "2y + 1 <= 9"),
    ("for what x is x^2 - 1 < 0", "x^2 - 1 < 0"),
    ("4 - x ≥ 1, solve for x", "4 - x >= 1"),
])
def test_an_inequality_keeps_its_relation(text: str, expression: str) -> None:
    call = find_math(text)
    assert call is not None and (call.operation, call.expression) == ("solve", expression)


@pytest.mark.parametrize("text", ["is 7 > 4?", "my score went from 3 > 5 today", "x < y"])
def test_no_inequality_without_an_unknown_asked(text: str) -> None:
    call = find_math(text)
    assert call is None or call.operation != "solve" or "<" not in call.expression


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(("text", "shown"), [
    ("solve 5x - 2 > 13", "x > 3"),
    ("for what x is x^2 - 1 < 0", "-1 < x < 1"),
    ("solve x^2 >= 9", "x ≤ -3 or x ≥ 3"),
    ("solve x^2 + 4 < 0", "no solution"),
    ("solve |2x - 1| = 7", "x = -3, x = 4"),
])
async def test_inequalities_and_bars_are_solved(pool: WorkerPool, text: str,
                                                shown: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert f"**{shown}**" in result.text, result.text
