"""Number patterns, dice totals, places handed out in order, circles and an unknown's
logarithm, each in several wordings, answered exactly."""

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

ANSWERS = [
    ("what is the 10th term of 2, 6, 18, ...?", "39366"),
    ("find term 50 of 4, 9, 14", "249"),
    ("10, 7, 4, 1, … which number comes 20th?", "-47"),
    ("10, 7, 4, 1, … what's the 20th one", "-47"),
    ("sum of the first 6 terms of 3, 6, 12, ...", "189"),
    ("add up the first 20 numbers in 3, 7, 11, 15", "820"),
    ("the total of the first 5 terms of 2, 4, 8 please", "62"),
    ("odds of rolling at least 10 with a pair of dice?", "1/6"),
    ("what's the chance of getting 7 or more with 2 dice", "7/12"),
    ("one die: probability of rolling a 6?", "1/6"),
    ("I throw three dice. what is the probability that they add up to 18?", "1/216"),
    ("in how many ways can 1st, 2nd and 3rd be filled by 9 horses?", "504"),
    ("8 swimmers in the final: how many ways can the gold and silver go?", "56"),
    ("what is the area of a circle with radius 3 m?", "28.27 m²"),
    ("circumference of a circle with a diameter of 10 inches?", "31.42 in"),
    ("area of a round table with radius 0.6 m, please work it out", "1.13 m²"),
    ("log_2(x) = 5, find x", "x = 32"),
    ("what is x if the logarithm of x to base 5 is 3", "x = 125"),
    ("solve log x = 3", "x = 1000"),
    ("ln(y) = 2, what is y?", "7.389"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
async def test_worded_kinds_are_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok, result.text
    assert expected in result.text, result.text


@pytest.mark.parametrize("text", [
    "I rolled two dice and got 7",
    "my scores were 3, 5, 7 this week",
    "12 runners took gold, silver and bronze",
    "we sat at a round table with radius 2 m",
    "the log is 3 metres long",
])
async def test_statements_stay_conversation(text: str) -> None:
    assert find_math(text) is None


@pytest.mark.parametrize(("text", "expanded", "factored"), [
    ("d/dx (3x + 8)^4", "324*x^3", "12(3x + 8)^3"),
    ("differentiate (2x - 1)^5", "160*x^4", "10(2x - 1)^4"),
    ("what's the derivative of (5 - x)^3?", "-3*x^2", "-3(x - 5)^2"),
])
async def test_chain_rule_is_also_factored(pool: WorkerPool, text: str, expanded: str,
                                           factored: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert expanded in result.text and factored in result.text, result.text


@pytest.mark.parametrize(("text", "expression"), [
    ("then work out 12% of that x", "(12/100)*(ANS)"),
    ("and what is 5% of that number?", "(5/100)*(ANS)"),
    ("now double that y", "2*(ANS)"),
    ("what's the square root of that value?", "sqrt(ANS)"),
])
async def test_a_named_earlier_value_is_the_previous_result(text: str, expression: str) -> None:
    from core.agents.mathtext import parse_math
    assert parse_math(text, previous=True).expression == expression
