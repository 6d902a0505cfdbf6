"""A height from an angle of elevation and a distance, however the two are told."""

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
    ("from 50 m away the angle of elevation is 30 degrees. how tall is the tower? 2 dp",
     "28.87 m"),
    ("a kite: angle of elevation to the top of the string 45°, I'm 12 m away from the point "
     "below it. how high is it?", "12 m"),
    ("the angle of elevation of the top of a mast is 60 degrees from a point 10 m away. how "
     "high is the mast?", "17.32 m"),
], ids=lambda v: v[:40])
async def test_elevation(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
