"""Whole numbers in a stretch (primes, multiples), recurring decimals as fractions, and a
regular polygon's sides from one of its angles."""

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
    ("how many prime numbers lie between 20 and 50?", "**7**"),
    ("count the primes from 90 to 110", "**5**"),
    ("what do all the primes under 20 add up to? sum them", "**77**"),
    ("which numbers between 30 and 45 are prime?", "31, 37, 41, 43"),
    ("how many numbers from 1 to 200 are divisible by 3 or 7?", "**85**"),
    ("count whole numbers 1..500 that are multiples of 4 or of 10", "**150**"),
    ("how many integers up to 600 are divisible by both 8 and 12?", "**25**"),
    ("how many multiples of 9 are there between 50 and 150?", "**11**"),
    ("write 0.272727... as a fraction", "**3/11**"),
    ("the repeating decimal 0.148148... as a fraction in lowest terms?", "**4/27**"),
    ("0.8333... as a fraction", "**5/6**"),
    ("0.6 recurring as a fraction", "**2/3**"),
    ("what fraction equals 1.363636... ?", "**15/11**"),
    ("a regular polygon's exterior angles are 40 degrees each. how many sides?", "**9**"),
    ("each inside angle of a regular shape is 156° - how many sides has it?", "**15**"),
    ("what polygon has 60° exterior angles? number of sides", "**6**"),
], ids=lambda v: v[:40])
async def test_kind_is_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)


@pytest.mark.parametrize("text", [
    "each interior angle of a regular polygon is 100 degrees, how many sides?",  # not whole
    "what is 0.333... times 3",
    "I paid 0.99 for a fraction of the cake",
    "how many years was the prime minister in office from 2010 to 2015?",
])
async def test_not_read_as_these_kinds(text: str) -> None:
    call = find_math(text)
    assert call is None or not any(word in call.named for word in ("repeating", "sides",
                                                                    "primes")), call
