"""A bare step after a calculation ("multiply by pi", "then times by 10", "then the area of a
circle with that radius") works on that calculation's answer, whatever kind of answer it is
(a value, a definite integral, the one root asked for, a determinant); a second operation on
the same matrix is its own part; "d/dx and integral of …" asks both."""

from __future__ import annotations

import pytest

from core.agents.compose_chain import as_step
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply
from tests.agents.helpers import planned as _plan

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("words", "step"), [
    ("times by 7", "multiply the result by 7"),
    ("and multiply it by e", "multiply the result by e"),
    ("then divide your answer by 12", "divide the result by 12"),
    ("take away 15", "subtract 15 from the result"),
    ("halve it", "divide the result by 2"),
    ("then take the square root", "the square root of the result"),
    ("the circumference of a circle with that radius", "2 * pi * (the result) (2 decimals)"),
])
async def test_bare_steps_are_read_on_the_result(words: str, step: str) -> None:
    assert as_step(words) == step


@pytest.mark.parametrize("words", ["multiply 6 by 9", "add 2 and 5", "the area of a circle"])
async def test_a_step_with_its_own_operands_is_not_bare(words: str) -> None:
    assert as_step(words) is None


@pytest.mark.parametrize(("text", "first", "then"), [
    ("what's the cube root of 2744, and multiply by pi (3 decimals)",
     "what's the cube root of 2744", "multiply the result by pi (3 decimals)"),
    ("integrate 3x^2 from 1 to 4, then divide your answer by 9",
     "integrate 3x^2 from 1 to 4", "divide the result by 9"),
    ("find the roots of x^2 - 9x + 20 and add them, then times by 3",
     "find the roots of x^2 - 9x + 20 and add them", "multiply the result by 3"),
    ("s is negative and s^2 = 49. find s, then the circumference of a circle with that radius",
     "s is negative and s^2 = 49. find s", "2 * pi * (the result) (2 decimals)"),
])
async def test_a_bare_step_waits_for_the_answer(text: str, first: str, then: str) -> None:
    plan = await _plan(text)
    assert [(a, r) for a, r, _ in plan] == [("math", first), ("math", then)]
    assert plan[1][2] == ("t1",)


async def test_another_operation_on_the_same_matrix() -> None:
    plan = await _plan("for the matrix [[4, 1], [2, 3]] work out the determinant, then the "
                       "bottom-right entry of the inverse")
    assert [r for _, r, _ in plan] == [
        "for the matrix [[4, 1], [2, 3]] work out the determinant",
        "the bottom-right entry of the inverse of [[4, 1], [2, 3]]"]


async def test_derivative_written_d_dx_beside_an_integral() -> None:
    plan = await _plan("integral and d/dx of 12x^3 - 4x, please")
    assert sorted(r for _, r, _ in plan) == ["differentiate 12x^3 - 4x",
                                             "integrate 12x^3 - 4x"]


async def test_the_figures_of_a_bare_step(pool: WorkerPool) -> None:
    text = await final_reply(pool, "integrate 3x^2 from 1 to 4, then divide your answer by 9")
    assert "**63**" in text and "**7**" in text
    text = await final_reply(pool, "find the roots of x^2 - 9x + 20 and add them, then times by 3")
    assert "**9**" in text and "**27**" in text
