"""Matrices and vectors worked entry by entry, measures told in words, in their own wordings."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathcurve import curve_ask
from core.agents.mathentry import entrywise, entrywise_result
from core.agents.mathtext import find_math
from core.agents.mathtold import told
from core.agents.plan import Subtask
from core.agents.wording import expand
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "expected"), [
    ("add [[1, 2], [3, 4]] and [[5, 6], [7, 8]]", "[[6, 8], [10, 12]]"),
    ("what is (1, 2, 3) - (4, 4, 4)?", "(-3, -2, -1)"),
    ("take (1, 1) away from (5, 2)", "(4, 1)"),
    ("multiply the matrix [[1, 2], [0, 1]] by 3", "[[3, 6], [0, 3]]"),
    ("double <2, -3>", "(4, -6)"),
    ("-1/2 * [[2, 4], [6, 8]]", "[[-1, -2], [-3, -4]]"),
])
def test_entry_by_entry(text: str, expected: str) -> None:
    found = entrywise(text.lower())
    assert found is not None and found[0] == "entrywise", (text, found)
    assert entrywise_result(found[1]).text == f"**{expected}**", text


def test_a_matrix_equation_is_its_equations() -> None:
    found = entrywise("solve ax = b for a = [[2, 1], [1, 3]], b = (5, 10)")
    assert found == ("solve", "(2)*x + (1)*y = 5, (1)*x + (3)*y = 10")


@pytest.mark.parametrize("text", ["the midpoint of (1, 2) and (3, 4)",
                                  "the distance from (0, 0) to (3, 4)"])
def test_points_are_not_added(text: str) -> None:
    assert entrywise(text) is None


@pytest.mark.parametrize(("text", "expression", "unit"), [
    ("a bedroom 3 m by 4 m with a ceiling of 2.4 m: how much wall area to paint?",
     "2*(3 + 4)*2.4", "m²"),
    ("what's the diameter of a circular pond with an area of 50 m2?", "2*sqrt(50/pi)", "m"),
    ("the kite string makes an angle of 40 degrees and I'm 20 m away from the point under it. "
     "how high is it?", "20*tan(40*pi/180)", "m"),
    ("how many 3-digit pins from 10 digits with no repeats?", "factorial(10)/factorial(7)", ""),
    ("plan a costs 20 plus 0.10 per text, plan b 5 plus 0.25 per text. when are they the same?",
     "(5 - 20)/(0.10 - 0.25)", "texts"),
    ("to pass you need 65% of 40 marks. how many marks at least?", "ceiling(40*65/100)", ""),
    ("write 35 percent as a fraction", "35/100", ""),
    ("45 minutes of a 3 hour exam is reading time: what percentage is that?",
     "(45*60)/(3*3600)*100", "%"),
    ("with F = ma, find F if m = 3 and a = 9.8", "(3)*(9.8)", ""),
])
def test_a_told_measure_is_one_sum(text: str, expression: str, unit: str) -> None:
    found = told(expand(text).lower())
    assert found is not None and found.expression == expression and found.unit == unit, (
        text, found)


async def test_a_vector_sum_is_answered(pool: WorkerPool) -> None:
    text = "<3, 4> + <1, -6>"
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and "**(4, -2)**" in result.text, result.text


@pytest.mark.parametrize(("text", "expression", "unit"), [
    ("a rock's height is h = 40t - 5t^2 metres after t seconds; when does it land?",
     "(-(40) - sqrt((40)^2 - 4*(-5)*(0)))/(2*(-5))", "seconds"),
    ("mean value of 3x^2 over [1, 2]", "(((1)*(2)^3) - ((1)*(1)^3))/((2) - (1))", ""),
])
def test_a_told_curve_is_read_by_meaning(text: str, expression: str, unit: str) -> None:
    found = curve_ask(expand(text).lower())
    assert found is not None and found.expression == expression and found.unit == unit, (
        text, found)


@pytest.mark.parametrize("text", ["cost C = 3q^2 - 60q + 500: what's the least it can be?",
                                  "what is the most height h = -5t^2 + 20t can reach?"])
def test_most_and_least_ask_an_extremum(text: str) -> None:
    found = find_math(text)
    assert found is not None and found.operation in ("minimum", "maximum"), (text, found)


@pytest.mark.parametrize(("text", "expression", "unit"), [
    ("mortar: 3 parts sand to 1 part cement. I need 20 kg in all - how much cement?",
     "20*1/4", "kg"),
    ("what's the water needed to take 500 ml of 40% alcohol down to 25%?",
     "500*(40/25 - 1)", "ml"),
    ("my ladder is 5 m and the foot is 1.5 m out from the house. how high does it reach?",
     "sqrt(5^2 - 1.5^2)", "m"),
])
def test_a_told_mix_or_ladder_is_one_sum(text: str, expression: str, unit: str) -> None:
    found = told(expand(text).lower())
    assert found is not None and found.expression == expression and found.unit == unit, (
        text, found)


def test_two_strengths_give_both_amounts() -> None:
    found = told("blend a 10% and a 40% solution: how much of each for 9 litres at 20%?")
    assert found is not None and found.operation == "values", found
    assert "9*(20 - 40)/(10 - 40)" in found.expression, found


@pytest.mark.parametrize("text", ["860·(1.10)^t = 1241, solve for t", "5 * (2) + 3"])
def test_a_bracketed_number_is_no_vector(text: str) -> None:
    assert entrywise(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("∫₁² 3x^2 dx", "**7**"),
    ("the height is h(t) = 20t - 5t^2 metres; how fast is it going at t = 1?", "**10 m/s**"),
])
async def test_written_bounds_and_a_speed_in_metres(pool: WorkerPool, text: str,
                                                    expected: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)


@pytest.mark.parametrize(("text", "expression", "unit"), [
    ("2/9 + 1/6 in simplest form", "2/9 + 1/6", ""),
    ("12 cats and 18 dogs at the shelter. what percentage are dogs?", "18/(12 + 18)*100", "%"),
])
def test_fractions_as_one_and_a_group_share(text: str, expression: str, unit: str) -> None:
    found = told(expand(text).lower())
    assert found is not None and found.expression == expression and found.unit == unit, (
        text, found)
