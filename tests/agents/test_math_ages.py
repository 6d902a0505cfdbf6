"""Age puzzles: two ages tied now and at another time."""

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
    ("my aunt is 3 times as old as my cousin. in 12 years she will be twice as old. how old "
     "is my cousin now?", "**12 years**"),
    ("Ravi is 8 years older than Mia. in 4 years their ages will add up to 40. how old is "
     "Ravi now?", "**20 years**"),
    ("a grandmother is 5 times as old as her grandson. 3 years ago she was 8 times as old. "
     "how old is the grandson?", "**7 years**"),
], ids=lambda v: v[:40])
async def test_age_puzzle(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.split(";")[0], (text, result.text)
