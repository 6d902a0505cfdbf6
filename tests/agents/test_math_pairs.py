"""Two unknown numbers from their sum and their difference or ratio."""

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
    ("the sum of two numbers is 50 and their difference is 8", "x = 29, y = 21"),
    ("Two numbers have a sum of 20 and differ by 4. Find them.", "x = 12, y = 8"),
    ("find two numbers whose sum is 45 and whose difference is 5", "x = 25, y = 20"),
    ("two integers total 36; one is three times the other", "x = 27, y = 9"),
    ("2 numbers make 30 together and one is 4 less than the other - which?", "x = 17, y = 13"),
    ("two numbers sum to 40, one is twice the other", "x = 80/3, y = 40/3"),
])
async def test_two_numbers_are_found(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert expected in result.text, result.text


@pytest.mark.parametrize("text", ["I have two numbers and 3 cats",
                                  "the two numbers I called add up to 3 hours of talk"])
async def test_not_two_numbers(text: str) -> None:
    assert find_math(text) is None
