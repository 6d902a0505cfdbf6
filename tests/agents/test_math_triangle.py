"""Triangle and circle lengths asked in words: hypotenuse or leg, ladders, the cosine rule,
heights from an angle of elevation, arcs and sectors, areas from corner points."""

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
    ("the two shorter sides of a right-angled triangle are 5 cm and 12 cm. hypotenuse?", "13"),
    ("find the hypotenuse when the legs are 8 and 15", "17"),
    ("hypotenuse = 25 ft, one leg is 7 ft. how long is the other leg?", "24 ft"),
    ("my 5 m ladder has its base 3 m from the wall - how far up does it go?", "4"),
    ("ladder is 13 ft long and reaches 12 ft up the wall; how far is the foot from the wall?",
     "5"),
    ("a triangle has sides 5 and 8 with an angle of 60 degrees between them, what is the "
     "third side?", "7"),
    ("a flagpole casts... no: i stand 20 m away from the flagpole, angle of elevation 45°. "
     "how tall is it?", "20 m"),
    ("what's the arc length in a circle of radius 10 cm for an angle of 90°", "15.71 cm"),
    ("area of a sector, radius 3 m and 120 degrees", "9.42 m²"),
    ("area of the polygon with vertices (0, 0), (6, 0), (6, 4), (0, 4)?", "24"),
], ids=lambda v: v[:40])
async def test_triangle_and_circle_parts(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "the ladder is 3 m long and in the shed",
    "we live 200 m from the tower",
])
async def test_shape_talk_stays_chat(text: str) -> None:
    assert find_math(text) is None, text
