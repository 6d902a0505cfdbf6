"""Definite integrals whose bounds are logarithms or roots of numbers."""

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
    ("what is the integral of 3e^x from 0 to ln(4)?", "**9**"),
    ("∫ 2e^(2x) dx from 0 to ln 2", "**3**"),
    ("integrate 1/x between 1 and e^2", "**2**"),
], ids=lambda v: v[:40])
async def test_bounded_integral(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
