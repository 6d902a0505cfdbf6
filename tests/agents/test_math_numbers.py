"""A whole number asked about itself: prime or not, and its prime factors."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import ToolError, WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "expected"), [
    ("is 221 a prime number?", "221 is not prime: 221 = 13 × 17"),
    ("hey, is 97 prime or not", "97 is prime"),
    ("7919 - prime?", "7919 is prime"),
    ("prime factors of 3,600", "2^4 × 3^2 × 5^2"),
    ("can you factorise 360?", "2^3 × 3^2 × 5"),
    ("break 90 into primes", "2 × 3^2 × 5"),
    ("what's the prime factorization of 84", "2^2 × 3 × 7"),
    ("check whether 1001 is prime.", "7 × 11 × 13"),
], ids=lambda v: v[:30])
async def test_primes_are_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "is 7 prime time tv any good",
    "my flat at 221 is in a prime location",
    "the prime minister spoke for 20 minutes",
])
async def test_prime_in_other_senses_stays_chat(text: str) -> None:
    assert find_math(text) is None


async def test_primes_need_a_whole_number_in_range(pool: WorkerPool) -> None:
    with pytest.raises(ToolError):
        await MathTools(pool).calculate("2.5", "primes")
    with pytest.raises(ToolError):
        await MathTools(pool).calculate("10^20", "primes")
