"""A z-score asked after the mean and standard deviation are stated."""

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
    ("average 120, sd 16. z-score of 148? 2 dp", "**1.75**"),
    ("heights: mean 170, standard deviation 8. z-score for 158?", "**-3/2**"),
    ("the mean is 40 and the sd is 5. what value has a z-score of 3?", "**55**"),
], ids=lambda v: v[:40])
async def test_z_score(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
