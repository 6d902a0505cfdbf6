"""A later part uses what an earlier part solved; a derivative asked at a point shows
the derivative and its value."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("first", "second", "solved", "expected"), [
    ("solve 5x - 3 = 12", "now plug x into x^2 + 2x", "x = 3", "15"),
    ("find a if 2a + 4 = 10", "and what's 4a - 1?", "a = 3", "11"),
    ("solve 2x + y = 7 and x - y = 2", "what is x*y then", "x = 3, y = 1", "3"),
])
async def test_a_solved_unknown_is_used_later(pool: WorkerPool, first: str, second: str,
                                              solved: str, expected: str) -> None:
    agent = make_math_agent(MathTools(pool))
    earlier = await agent(Subtask("t1", "math", first), CONTEXT, {})
    assert solved in earlier.text, earlier.text
    later = await agent(Subtask("t2", "math", second, depends_on=("t1",)), CONTEXT,
                        {"t1": earlier})
    assert f"**{expected}**" in later.text, later.text


async def test_one_root_is_an_amount_a_later_part_can_use(pool: WorkerPool) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", "solve 4x = 18"),
                                                    CONTEXT, {})
    assert result.amount == 4.5


@pytest.mark.parametrize(("text", "derivative", "value"), [
    ("what is the derivative of x^3 + x at x = 2", "3*x^2 + 1", "13"),
    ("d/dx of 4x^2 - x, and its value when x = 3?", "8*x - 1", "23"),
])
async def test_a_derivative_at_a_point_shows_both(pool: WorkerPool, text: str,
                                                  derivative: str, value: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert f"**{derivative}**" in result.text and f"**{value}**" in result.text, result.text


@pytest.mark.parametrize(("text", "expected"), [
    ("(12 + 3) * 4 - that's a length in cm. what is it?", "60 cm"),
    ("25*8+10, which is a distance in miles: what is it", "210 miles"),
])
async def test_a_bare_expression_said_to_be_in_a_unit(pool: WorkerPool, text: str,
                                                      expected: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert expected in result.text.replace("**", ""), result.text


@pytest.mark.parametrize(("text", "curve"), [
    ("integrate x^2 + 1 from 0 to 3", "x^2 + 1"),
    ("integral of sqrt(x) between 0 and 4", "sqrt(x)"),
])
async def test_a_definite_integral_keeps_its_curve(pool: WorkerPool, text: str,
                                                   curve: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and result.expression == curve, (result.text, result.expression)
