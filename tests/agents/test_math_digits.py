"""Facts about numbers asked in words: digits and last digits of powers, the smallest or
largest prime that divides, the bigger of two fractions, years between years, an age in
days, a share as a percentage and a lone "N in binary"."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.planner import Planner, Request
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))


async def answer(pool: WorkerPool, text: str) -> str:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math",), (text, plan)
    result = await make_math_agent(MathTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok, (text, result.text)
    return result.text.replace("**", "") + "\n"  # the end of the answer is marked


@pytest.mark.parametrize(("text", "expected"), [
    ("2^500 has how many digits?", "151 digits"),
    ("number of digits of 9^41", "40 digits"),
    ("what is the units digit of 7^222", "last digit of 7^222: 9"),
    ("what digit does 13^40 end in?", "last digit of 13^40: 1"),
    ("what is the largest prime factor of 1001?", "prime that divides 1001: 13"),
    ("smallest prime factor of 391", "prime that divides 391: 17"),
    ("which is larger, 5/8 or 3/5?", "5/8 > 3/5, so the larger is 5/8"),
    ("which fraction is smaller: 2/7 or 3/11?", "the smaller is 3/11"),
    ("how many years between 1815 and 1990?", "1990: 175 years"),
    ("how many days old is a person who turned 40 today? take 365 days per year", "14600 days"),
    ("18 out of 40 as a percentage", "= 45%"),
    ("99 in binary", "1100011"),
], ids=lambda v: v[:40])
async def test_number_facts_in_words(pool: WorkerPool, text: str, expected: str) -> None:
    assert expected in await answer(pool, text)
