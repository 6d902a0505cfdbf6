"""A stated function's value at each point the message names is a part of its own, beside
the plot or the other asks; functions put on the same axes are plotted."""

from __future__ import annotations

import pytest

from tests.agents.helpers import planned_pairs as _plan

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_each_point_then_the_plot() -> None:
    assert await _plan("evaluate f(x) = 2x^2 - x at x = 3 and x = -1, then graph f") == [
        ("math", "what's y when x = 3 for y = 2x^2 - x"),
        ("math", "what's y when x = -1 for y = 2x^2 - x"),
        ("data", "plot y = 2x^2 - x")]


async def test_two_functions_on_the_same_axes_at_one_point() -> None:
    plan = await _plan("put y = 4x + 1 and y = 10 - x on the same axes. at x = 2, what are "
                       "both y values?")
    assert plan[:2] == [("math", "what's y when x = 2 for y = 4x + 1"),
                        ("math", "what's y when x = 2 for y = 10 - x")]
    assert ("data", "plot y = 4x + 1") in plan and ("data", "plot y = 10 - x") in plan


async def test_a_value_beside_other_asks_and_a_plot() -> None:
    plan = await _plan("for y = x^2 + 6x + 1: turning point? value at x = 2? plus a sketch")
    assert ("math", "what's y when x = 2 for y = x^2 + 6x + 1") in plan
    assert ("data", "plot y = x^2 + 6x + 1") in plan


async def test_a_plot_that_took_the_message_draws_the_function() -> None:
    assert await _plan("what's x^2 + 4x - 7 when x = 5? then plot the whole thing from -6 "
                       "to 6") == [("math", "what's y when x = 5 for y = x^2 + 4x - 7"),
                                   ("data", "plot y = x^2 + 4x - 7 from -6 to 6")]


async def test_a_folded_expression_at_two_points() -> None:
    plan = await _plan("simplify 6x - 2 + x and evaluate it at x = 3 and x = 10")
    assert plan[1:] == [("math", "what's y when x = 3 for y = 6x - 2 + x"),
                        ("math", "what's y when x = 10 for y = 6x - 2 + x")]


@pytest.mark.parametrize("text", ["what's y when x = 4 for y = 3x - 2",
                                  "find the tangent line to y = x^3 at x = 2"])
async def test_one_value_or_no_value_asked_stays_as_it_was(text: str) -> None:
    assert len(await _plan(text)) == 1
