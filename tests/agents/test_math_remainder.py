"""A division asked as a whole number and a remainder."""

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
    ("1000 ÷ 27 - quotient and remainder please", "quotient **37**; remainder **1**"),
    ("work out 85 divided by 6 as a whole number with a remainder", "quotient **14**; "
     "remainder **1**"),
    ("whole number and remainder for 300 / 11?", "quotient **27**; remainder **3**"),
], ids=lambda v: v[:40])
async def test_quotient_and_remainder(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
