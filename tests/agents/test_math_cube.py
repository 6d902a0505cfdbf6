"""A cube known by its surface area or volume, asked another measure."""

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
    ("the total surface area of a cube is 294 m². find its volume", "**343 m³**"),
    ("cube, surface area 54 - volume?", "**27**"),
    ("if a cube has a volume of 512 cm³, what is its surface area?", "**384 cm²**"),
    ("a cube's surface area is 600 cm². how long is each edge?", "**10 cm**"),
], ids=lambda v: v[:40])
async def test_cube_measure(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)
