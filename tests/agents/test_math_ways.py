"""Everyday counting: roles filled from a group, outfits of one of each, codes with or
without repeated digits, the odds of guessing a lock, a league's matches."""

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
    ("the committee of 12 people must elect a president and a vice president. how many ways?",
     "132"),
    ("we have 9 volunteers and need a driver, a cook and a guide - in how many ways?", "504"),
    ("4 kinds of bread, 5 fillings and 3 sauces: how many different sandwiches can we offer?",
     "60"),
    ("I own 6 shirts and 4 pairs of jeans, how many outfits is that", "24"),
    ("how many 3 digit codes use the digits 0 to 9 with all different digits", "720"),
    ("how many 4-digit pins can you make from the digits 1-6?", "1296"),
    ("what is the chance of guessing a lock with 4 dials of digits 0 to 9", "1 in 10000"),
    ("in a league of 20 teams every team plays each other twice. how many matches?", "380"),
    ("6 players, each plays every other player once - how many games in all?", "15"),
], ids=lambda v: v[:40])
async def test_everyday_counting(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "our club has 27 members and we need a chair and a table for the hall",
    "I packed 7 shirts, 5 pairs of trousers and 6 pairs of shoes",
])
async def test_counts_told_stay_chat(text: str) -> None:
    call = find_math(text)
    assert call is None or call.operation != "values", (text, call)
