"""A second step asked of a result in the same breath (sums and products of roots, the
larger root used, an expanded or factored form evaluated or solved); the unit an unknown is
said to be in; a logarithm without a base; a value asked to some decimal places."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathcue import unknown_unit
from core.agents.mathfollow import follow_up
from core.agents.mathlog import based_logs, common_logs
from core.agents.mathtext import find_math, parse_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

ASYNC = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))


async def _ask(pool: WorkerPool, text: str) -> str:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok, result.missing
    return result.text.replace("**", "")


@ASYNC
@pytest.mark.parametrize(("text", "roots", "value"), [
    ("x^2 - 7x + 12 = 0: solve it, then what do the roots add up to?", "x = 3, x = 4", "7"),
    ("roots of x^2 + x - 6 = 0, and their product please", "x = -3, x = 2", "-6"),
    ("solve x^2 - 10x + 21 = 0 then square each one and add them up", "x = 3, x = 7", "58"),
    ("what are the solutions of x^2 - 9 = 0? also the sum of their squares", "x = -3, x = 3",
     "18"),
    ("solve x^2 - 2x - 8 = 0, how far apart are the two roots?", "x = -2, x = 4", "6"),
    ("solve y^2 - 6y + 5 = 0 and give the mean of the solutions", "y = 1, y = 5", "3"),
    ("x^2 - 6x - 7 = 0. solve for x, then add the 2 answers together", "x = -1, x = 7", "6"),
    ("what is the product of the solutions of x^2 + 3x - 10 = 0", "x = -5, x = 2", "-10"),
    ("solve p + q = 9 and p - q = 3, then give their product", "p = 6, q = 3", "18"),
])
async def test_a_step_on_both_roots(pool: WorkerPool, text: str, roots: str, value: str) -> None:
    shown = await _ask(pool, text)
    assert roots in shown and f"= {value}" in shown, shown


@ASYNC
@pytest.mark.parametrize(("text", "value"), [
    ("solve x^2 - 3x - 10 = 0 and multiply the greater root by 4", "20"),
    ("x^2 + 4x + 3 = 0 - solve, then what's the smaller solution squared?", "9"),
    ("solve x^2 - 6x + 8 = 0; plug the larger one into 3x - 2", "10"),
    ("find the roots of x^2 - 1 = 0 and give me the positive one", "x = 1"),
    ("zeros of x^2 - 2x - 3 = 0, then the bigger one tripled", "9"),
    ("what's the greater solution of x^2 - 11x + 30 = 0, squared?", "36"),
    ("what is the smaller root of x^2 + 5x + 4 = 0?", "x = -4"),
])
async def test_a_step_on_the_larger_or_smaller_root(pool: WorkerPool, text: str,
                                                    value: str) -> None:
    shown = await _ask(pool, text)
    assert value in shown.split("\n")[-1], shown


@ASYNC
@pytest.mark.parametrize(("text", "first", "then"), [
    ("factorise x^2 - 9x + 20, then where does it equal zero?", "(x - 5)*(x - 4)",
     "x = 4, x = 5"),
    ("factor 2x^2 + 7x + 3 and solve it", "(x + 3)*(2*x + 1)", "x = -3, x = -1/2"),
    ("multiply out (x - 2)(x + 5), and then plug in x = 3", "x^2 + 3*x - 10", "8"),
    ("simplify (x^2 - 4)/(x - 2) and find its value at x = 10", "x + 2", "12"),
    ("Factorise x^2 - x - 12 — where is it zero?", "(x - 4)*(x + 3)", "x = -3, x = 4"),
    ("expand (x - 1)^3 then set x = 2", "x^3 - 3*x^2 + 3*x - 1", "1"),
])
async def test_a_form_then_its_zeros_or_value(pool: WorkerPool, text: str, first: str,
                                              then: str) -> None:
    shown = await _ask(pool, text)
    assert first in shown and then in shown.split("\n", 1)[1], shown


@ASYNC
async def test_roots_found_by_an_earlier_part_are_used(pool: WorkerPool) -> None:
    agent = make_math_agent(MathTools(pool))
    earlier = await agent(Subtask("t1", "math", "solve x^2 - 9x + 14 = 0"), CONTEXT, {})
    later = await agent(Subtask("t2", "math", "now use the bigger root in 2x + 1",
                                depends_on=("t1",)), CONTEXT, {"t1": earlier})
    assert later.ok and later.text.endswith("**15**"), later.text
    summed = await agent(Subtask("t3", "math", "and what do they add up to?",
                                 depends_on=("t1",)), CONTEXT, {"t1": earlier})
    assert summed.text.endswith("**9**"), summed.text


def test_no_second_step_without_one_asked() -> None:
    assert parse_math("solve x^2 - 5x + 6 = 0").follow is None
    assert parse_math("factor x^2 - 4 please").follow is None
    assert follow_up("solve x^2 = 4 and plot it", "solve") is None
    assert follow_up("the bigger one and the smaller one", "solve", whole=True) is None


@pytest.mark.parametrize(("text", "variable", "unit"), [
    ("4w = 18, w being a weight in kg", "w", "kg"),
    ("solve 3t = 90 where t is the time in minutes", "t", "minutes"),
    ("h is measured in metres: 5h - 2 = 8", "h", "metres"),
    ("solve 2x + 1 = 9 (x in feet)", "x", "feet"),
    ("solve for x in terms of y", "x", ""),
    ("let x be the number of apples in a crate, 3x = 12", "x", ""),
    ("9n - 4 = 32 where n is hours", "n", "hours"),
    ("x is positive and 2x = 4", "x", ""),
    ("solve x^2 = 4 in the reals", "x", ""),
])
def test_the_unit_an_unknown_is_in(text: str, variable: str, unit: str) -> None:
    assert unknown_unit(text, variable) == unit


@ASYNC
async def test_a_solved_unknown_carries_its_unit(pool: WorkerPool) -> None:
    result = await make_math_agent(MathTools(pool))(
        Subtask("t1", "math", "3d + 4 = 31 where d is a distance in miles, solve for d"),
        CONTEXT, {})
    assert "d = 9 miles" in result.text and result.amount == 9 and result.currency == "miles"


@pytest.mark.parametrize(("text", "expression"), [
    ("what's log 100000", "log10(100000)"),
    ("log of 0.001?", "log10(0.001)"),
    ("calculate log(2) + log(50)", "log10(2) + log10(50)"),
    ("ln 7.5", "ln(7.5)"),
    ("what is log_3 243", "log(243, 3)"),
    ("log2(1024) please", "log(1024, 2)"),
    ("what is the logarithm of 625 to base 5", "log(625, 5)"),
    ("what's the log of 32 in base 2?", "log(32, 2)"),
])
def test_a_logarithm_without_a_base_is_common(text: str, expression: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expression


def test_calculus_keeps_the_natural_logarithm() -> None:
    assert parse_math("differentiate log(x^2 + 1)").expression == "log(x^2 + 1)"
    assert common_logs("log(x) + log(10)") == "log(x) + log10(10)"
    assert based_logs("log 1000") == "log 1000"


@ASYNC
@pytest.mark.parametrize(("text", "shown"), [
    ("what is log 1000000", "= 6"),
    ("log 2 + log 5", "= 1"),
    ("find the area under 1/x from 1 to 5 to 3 decimal places", "1.609"),
    ("integrate e^x from 0 to 2, rounded to 2 dp", "6.39"),
    ("what does (1 + 2/n)^n tend to as n goes to infinity? 3 decimal places", "7.389"),
    ("integral of 1/(x + 1) from 0 to 4 correct to 3 decimal places", "1.609"),
    ("∫_1^3 1/x dx, 3 decimal places", "1.099"),
    ("area under 1/x from x=1 to x=9 (2 d.p.)", "2.20"),
])
async def test_values_of_logs_and_rounded_integrals(pool: WorkerPool, text: str,
                                                    shown: str) -> None:
    text_shown = await _ask(pool, text)
    assert shown in text_shown, text_shown


@ASYNC
async def test_an_integral_to_some_places_keeps_the_exact_value(pool: WorkerPool) -> None:
    shown = await _ask(pool, "integral of 1/x between 1 and 10, to 4 decimal places")
    assert "2.3026" in shown and "ln(10)" in shown and "log(10)" not in shown, shown


@pytest.mark.parametrize(("text", "expression"), [
    ("where does y = 4x - 10 cross the x axis?", "4x - 10"),
    ("at which x does the line y = 3 - x meet the x-axis", "3 - x"),
    ("where does y = x^2 - 1 hit the x axis", "x^2 - 1"),
])
def test_where_a_curve_meets_the_x_axis(text: str, expression: str) -> None:
    call = parse_math(text)
    assert (call.operation, call.expression, call.variable) == ("solve", expression, "x")


@ASYNC
@pytest.mark.parametrize(("text", "derivative", "points"), [
    ("find the turning points of y = x^3 - 27x", "3*x^2 - 27", "(-3, 54)** and **(3, -54)"),
    ("when is the derivative of t^2 - 8t zero?", "2*t - 8", "(4, -16)"),
    ("differentiate x^3 - 12x, then tell me where it equals zero", "3*x^2 - 12",
     "(-2, 16)** and **(2, -16)"),
])
async def test_where_the_derivative_is_zero(pool: WorkerPool, text: str, derivative: str,
                                            points: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert f"**{derivative}**" in result.text and points in result.text, result.text


@pytest.mark.parametrize("text", [
    "what is the rate of change of x^2 at x = 0",
    "slope of y = 3x^2 at x = 0",
])
def test_a_derivative_at_zero_is_no_stationary_point(text: str) -> None:
    call = parse_math(text)
    assert call.operation == "derivative" and call.at == "0" and call.follow is None


@pytest.mark.parametrize(("text", "expression"), [
    ("what's the reciprocal of 16?", "1/(16)"),
    ("3 to the minus 2 please", "3 ^ (-2)"),
    ("what is 5 to the power of negative 1", "5 ^ (-1)"),
])
def test_reciprocals_and_negative_powers_in_words(text: str, expression: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expression
