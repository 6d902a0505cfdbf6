"""A die of any number of faces rolled several times: at least one, none or all of a face."""

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
    ("I roll a 10-sided die 3 times. probability of at least one 7?", "271/1000"),
    ("chance of at least one 4 in 5 rolls of a d8, to 3 decimal places", "0.487"),
    ("what's the chance of never rolling a 1 if I roll a 4-sided die 2 times", "9/16"),
], ids=lambda v: v[:40])
async def test_dice_chance(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
