"""Choosing so many of each kind from groups of each kind."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "expected"), [
    ("a panel of 3 teachers and 2 parents is chosen from 8 teachers and 6 parents. how many "
     "different panels?", "**840**"),
    ("in how many ways can 2 girls and 2 boys be picked out of 5 girls and 7 boys?", "**210**"),
], ids=lambda v: v[:40])
async def test_groups(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)


async def test_ordered_roles_are_not_groups() -> None:
    call = find_math("choose a president and a treasurer from 6 men and 4 women, how many ways?")
    assert call is None or "binomial(6" not in call.expression
