"""The form an answer is asked in (decimal places, a percentage, a fraction, several at
once), symbol precedence, and an earlier part's currency kept by a later sum."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math, parse_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

ANSWERS = [
    # decimal places asked after any expression
    ("cube root of 10 to 4 decimal places?", "2.1544"),
    ("pi to three places please", "3.142"),
    ("22 divided by 7, correct to 2 dp", "3.14"),
    ("what's 5,000 / 3 (to 1 decimal place)", "1666.7"),
    ("e^2 with 3 digits after the decimal point", "7.389"),
    ("round 2/3 to 3 decimal places", "0.667"),
    ("22/7 rounded to 4 places?", "3.1429"),
    ("can you round sqrt(3) to 2 dp", "1.73"),
    ("ln 5 to 6 decimals", "1.609438"),
    # several forms at once
    ("7/8 as a decimal and as a percentage", "0.875 = 87.5%"),
    ("can you give me 2/5 as a percent and a decimal", "40% = 0.4"),
    ("express 0.45 as a fraction", "9/20"),
    ("turn 1/3 into a percentage", "33.33%"),
    ("what's 0.125 as a fraction and a percent?", "1/8 = 12.5%"),
    # symbols left to right, fractions in words as one number
    ("what is 24 / 4/2", "= 3"),
    ("100/10/5 = ?", "= 2"),
    ("what's 3/4 ÷ 1/8", "= 6"),
    ("9/10 divided by 3/5?", "= 3/2"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS, ids=lambda v: v[:30])
async def test_forms_are_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "I got a 2/3 on the quiz as a percentage of my grade it's fine",
    "we finished 3 to 4 places ahead of them",
    "I came 2 places behind my sister",
])
async def test_statements_with_forms_stay_chat(text: str) -> None:
    assert find_math(text) is None


async def test_what_percent_as_a_form_keeps_its_question() -> None:
    assert parse_math("I scored 18 out of 24, what's that as a percentage?").unit == "%"


@pytest.mark.parametrize(("text", "shown"), [
    ("what is the total minus 10?", "33.32"),
    ("take off 5.50 from that", "37.82"),
    ("split it between 3", "14.44"),
])
async def test_a_sum_on_an_earlier_amount_keeps_its_currency(
        pool: WorkerPool, text: str, shown: str) -> None:
    read = AgentResult(ok=True, text="The total is 43.32 EUR.", amount=43.32, currency="EUR")
    task = Subtask("t2", "math", text, depends_on=("t1",))
    result = await make_math_agent(MathTools(pool))(task, CONTEXT, {"t1": read})
    assert result.ok and f"**{shown}**" in result.text and result.currency == "EUR", result


async def test_an_earlier_unit_is_kept_and_a_ratio_drops_it(pool: WorkerPool) -> None:
    walked = AgentResult(ok=True, text="**12.5 km**", amount=12.5, currency="km")
    task = Subtask("t2", "math", "add 3 to that", depends_on=("t1",))
    result = await make_math_agent(MathTools(pool))(task, CONTEXT, {"t1": walked})
    assert "15.5 km**" in result.text and result.currency == "km"
    task = Subtask("t2", "math", "what is 100 divided by that", depends_on=("t1",))
    result = await make_math_agent(MathTools(pool))(task, CONTEXT, {"t1": walked})
    assert result.ok and result.currency == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("what is 15 minus negative 4", "19"),
    ("-3 minus negative 2?", "-1"),
    ("7 * -2 = ?", "-14"),
])
async def test_a_negative_operand_is_a_sum(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and f"**{expected}**" in result.text, (text, result.text)


@pytest.mark.parametrize(("text", "expected"), [
    ("what's the square root of 50 to 2 dp and as a surd",
     "7.07 (to 2 decimal places); exactly 5*sqrt(2)"),
    ("sqrt(72) in exact form", "6*sqrt(2)"),
    ("sqrt 12 as a surd and a decimal", "2*sqrt(3) = 3.4641016"),
])
async def test_an_exact_form_is_shown_beside_a_decimal(pool: WorkerPool, text: str,
                                                      expected: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize(("text", "expected"), [
    ("what's sin(30 degrees)", "1/2"),
    ("cos of 60° please", "1/2"),
    ("tan 45 deg?", "= 1"),
    ("what is the sine of 90 degrees", "= 1"),
    ("what's 10% of 20% of 5,000", "= 100"),
    ("what is 50% of a quarter of 360", "= 45"),
    ("30 percent of 3/4 of 200?", "= 45"),
])
async def test_angles_in_degrees_and_chained_shares(pool: WorkerPool, text: str,
                                                    expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


async def test_degrees_elsewhere_are_no_angle() -> None:
    call = find_math("it is 30 degrees outside, what is sin(2)")
    assert call is not None and call.expression == "sin(2)"


@pytest.mark.parametrize(("text", "expected"), [
    ("if a = 3 and b = 4 what's a^2 + b^2", "= 25"),
    ("given x = 2, y = 5, evaluate 3x + 2y", "= 16"),
    ("with p=10 and q=4 what is p*q - q^2", "= 24"),
])
async def test_several_given_values_are_put_in(pool: WorkerPool, text: str,
                                               expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize(("text", "shown"), [
    ("drove 247 km in 5.5 hours, what was my average speed?", "**44.91 km/h**"),
    ("cycled 50 km in 3 hours. my average speed?", "**16.67 km/h**"),
])
async def test_a_measured_amount_is_shown_to_two_decimals_beside_its_exact_value(
        pool: WorkerPool, text: str, shown: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and shown in result.text and "exactly" in result.text, result.text
