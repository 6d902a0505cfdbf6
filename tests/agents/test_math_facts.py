"""Facts about one whole number asked in words: bases, digit sums, trailing zeros, mixed
numbers, divisor counts, Fibonacci terms and logarithms with a base."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathdescribe import _readable
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "expected"), [
    ("change the binary number 101101 into decimal please", "45"),
    ("0b1111 in decimal?", "15"),
    ("what's hex ff in decimal", "255"),
    ("digit sum of 2^15", "26"),
    ("could you add up all the digits of 10! for me", "27"),
    ("the total of the digits in 999 to the power 2?", "27"),
    ("how many trailing zeros does 50! have", "12"),
    ("number of zeros at the end of 1000 factorial", "249"),
    ("how many zeros are at the end of 10^6", "6"),
    ("express 23/4 as a mixed number", "5 3/4"),
    ("-7/2 as a mixed fraction", "-3 1/2"),
    ("mixed number for 40/8", "5"),
    ("2 3/8 as an improper fraction", "19/8"),
    ("how many positive whole number divisors does 360 have?", "24"),
    ("360 has how many factors?", "24"),
    ("what's the number of divisors of 49", "3"),
    ("in the fibonacci sequence 1, 1, 2, 3, 5, ... what is the 12th term?", "144"),
    ("fibonacci numbers starting 0, 1, 1, 2: give me the 12th one", "89"),
    ("the 20th term of the fibonacci sequence", "6765"),
    ("log base 4 of 64", "3"),
    ("logarithm to base 2 of 1024?", "10"),
    ("log_10 of 100000", "5"),
], ids=lambda v: v[:40])
async def test_number_facts(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    shown = result.text.replace("**", "")
    assert result.ok and f" {expected}" in f" {shown}", (text, result.text)


@pytest.mark.parametrize("text", [
    "my flat number is 101 and my sister lives at 110",
    "the score ended 3 zeros all round",
    "my kid wrote 5/2 on the board and called it a mixed number",
])
async def test_number_talk_stays_chat(text: str) -> None:
    call = find_math(text)
    assert call is None or call.operation != "values", (text, call)


async def test_a_long_decimal_shows_four_places_too() -> None:
    assert _readable("6.80682936") == "6.81 (6.8068; 6.80682936)"
    assert _readable("21.9317") == "21.93 (21.9317)"
