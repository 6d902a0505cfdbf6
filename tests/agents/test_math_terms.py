"""The sum of the first n terms of a series written from its opening terms."""

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
    ("add up the first 30 terms of 4, 9, 14, ...", "**2295**"),
    ("what's the total of the first 12 terms of 50 + 46 + 42 + …", "**336**"),
    ("first 7 terms of 5 + 15 + 45 + ..., what do they add up to?", "**5465**"),
], ids=lambda v: v[:40])
async def test_series_sum(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
