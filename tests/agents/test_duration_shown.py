"""A duration asked in clock parts ("in hours and minutes", "h:mm:ss") is shown so, whatever
unit the calculation worked in."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.duration_shown import in_clock_parts
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


def _result(amount: float, unit: str) -> AgentResult:
    return AgentResult(ok=True, text=f"x = **{amount} {unit}**", amount=amount, currency=unit)


@pytest.mark.parametrize(("question", "amount", "unit", "shown"), [
    ("how long in hours and minutes?", 130.4, "minutes", "**2 h 10 min** (130 minutes)"),
    ("time (h and min)?", 3.5, "hours", "**3 h 30 min** (210 minutes)"),
    ("what is that as h:mm:ss?", 5000, "seconds", "**1:23:20** (1 h 23 min 20 s)"),
    ("in hours, minutes and seconds", 90.5, "minutes", "**1:30:30** (1 h 30 min 30 s)"),
])
def test_clock_parts(question: str, amount: float, unit: str, shown: str) -> None:
    assert in_clock_parts(question, _result(amount, unit)).text == f"x = {shown}"


@pytest.mark.parametrize(("question", "unit"), [
    ("how many minutes?", "minutes"),  # no clock parts asked
    ("in hours and minutes?", "km"),  # no time
])
def test_other_results_stay(question: str, unit: str) -> None:
    result = _result(12.5, unit)
    assert in_clock_parts(question, result) == result


@pytest.mark.parametrize(("text", "expected"), [
    ("a rain barrel holds 9000 L and the tap gives 14 L/min. drain time in hours and minutes "
     "(nearest minute)?", "10 h 43 min"),
    ("convert 50000 s to h:mm:ss", "13:53:20"),
])
@pytest.mark.asyncio(loop_scope="module")
async def test_answers(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)
