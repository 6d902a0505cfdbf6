"""One part of a ratio as a share of the whole, to the places asked."""

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
    ("flour and sugar are mixed 5:3. what percentage of the mix is sugar? 1 dp",
     "**37.5%** (to 1 decimal place)"),
    ("we split the winnings 2:5 between me and my brother - my share as a percentage "
     "(1 decimal)?", "**28.6%**"),
    ("red, blue and green beads in the ratio 2:3:5. what fraction are blue?", "**3/10**"),
], ids=lambda v: v[:40])
async def test_ratio_share(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)


async def test_clock_times_are_no_ratio() -> None:
    call = find_math("the meeting is at 10:30, what share of the day is left?")
    assert call is None or "share of" not in call.named
