"""Named statistics and series: a z-score in any order of its values, the sum to infinity
of a geometric series."""

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
    ("mean 70, sd 8: how many standard deviations above the mean is 86?", "2"),
    ("what is the z score for a value of 55 when mean = 60 and sd = 2.5", "-2"),
    ("the average is 100 and the standard deviation 15. standard score of 130?", "2"),
    ("infinite geometric series with a = 12 and r = -1/2, what's the sum?", "8"),
    ("what's the sum to infinity if the first term is 9 and the ratio is 2/3", "27"),
    ("sum to infinity: first term 5, common ratio 2", "none"),
], ids=lambda v: v[:40])
async def test_named_scores(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)
