"""The expected net gain of a game from its cost, its prize and the chance of winning."""

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
    ("it costs $5 to play; you win $40 with a 10% chance. expected gain per game?", "**-1"),
    ("a $3 scratch card has a 1 in 20 chance of winning $50 - what's the expected value per "
     "card?", "**-0.50**"),
], ids=lambda v: v[:40])
async def test_expected_gain(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
