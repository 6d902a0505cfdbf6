"""A plot and the questions asked about its function; asks that stand alone after others."""

from __future__ import annotations

import pytest

from core.agents.compose_plot import plotted_function
from core.agents.planner import Planner, Request

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "requests"), [
    ("chart f(x) = x^3 + x, what is its derivative?",
     ["plot y = x^3 + x", "differentiate x^3 + x"]),
    ("draw x^2 - 7x + 10, and where does it hit the x axis?",
     ["plot y = x^2 - 7x + 10", "solve x^2 - 7x + 10 = 0"]),
    ("sketch the curve y = x^2 - 16 from -6 to 6 then factorise it",
     ["plot y = x^2 - 16 from -6 to 6", "factor x^2 - 16"]),
    ("Graph y = 2x^2 + 4x. I also need the integral and the x-intercepts",
     ["plot y = 2x^2 + 4x", "integrate 2x^2 + 4x", "solve 2x^2 + 4x = 0"]),
])
async def test_plot_and_operations_on_its_function(text: str, requests: list[str]) -> None:
    plan = await Planner().plan(Request(text))
    assert [s.request for s in plan.subtasks] == requests
    assert [s.agent for s in plan.subtasks] == ["data"] + ["math"] * (len(requests) - 1)


async def test_a_plot_alone_stays_one_part() -> None:
    plan = await Planner().plan(Request("plot y = x^2 - 1 between -3 and 3"))
    assert [s.agent for s in plan.subtasks] == ["data"]


async def test_plotted_function() -> None:
    assert plotted_function("graph x^2 - 3x - 4 and tell me") == ("x^2 - 3x - 4", 19)
    assert plotted_function("plot my weekly sales") is None


@pytest.mark.parametrize(("text", "requests"), [
    ("three things: 12% of 250; 8 miles in km; and the cube root of 343",
     ["three things: 12% of 250", "8 miles in km", "the cube root of 343"]),
    ("how large is 9!, and how many minutes are in 4 days?",
     ["what is 9!?", "how many minutes are in 4 days?"]),
])
async def test_each_ask_stands_alone(text: str, requests: list[str]) -> None:
    plan = await Planner().plan(Request(text))
    assert [s.request for s in plan.subtasks] == requests
    assert all(not s.depends_on for s in plan.subtasks)


async def test_an_operation_on_the_result_still_depends_on_it() -> None:
    plan = await Planner().plan(Request("what is 12 * 4? then add 5"))
    assert plan.subtasks[-1].depends_on


@pytest.mark.parametrize(("text", "requests"), [
    ("plot y = x^2 - 6x and find its minimum",
     ["plot y = x^2 - 6x", "find its minimum of y = x^2 - 6x"]),
    ("graph y = 5x - 3, and what's y when x is 2?",
     ["graph y = 5x - 3", "what's y when x is 2 for y = 5x - 3"]),
    ("draw x^3 in blue please", ["plot y = x^3"]),
    ("graph y = 4x + 1 for me, thanks", ["plot y = 4x + 1"]),
])
async def test_other_questions_on_the_plotted_function(text: str, requests: list[str]) -> None:
    plan = await Planner().plan(Request(text))
    assert [s.request for s in plan.subtasks] == requests


@pytest.mark.parametrize(("text", "maths", "plot"), [
    ("find the derivative of x^3 - 2x + 1 and plot the original function",
     "find the derivative of x^3 - 2x + 1", "plot y = x^3 - 2x + 1"),
    ("where does x^2 - 9 hit zero? then sketch it between -5 and 5",
     "solve x^2 - 9 = 0", "plot y = x^2 - 9 from -5 to 5"),
    ("work out where x^2 - 5x + 6 crosses zero, and graph it", "solve x^2 - 5x + 6 = 0",
     "plot y = x^2 - 5x + 6"),
])
async def test_a_calculation_read_with_the_plot_after_it(text: str, maths: str,
                                                         plot: str) -> None:
    plan = await Planner().plan(Request(text))
    assert [(s.agent, s.request) for s in plan.subtasks] == [("math", maths), ("data", plot)]


async def test_words_after_a_plotted_function_are_no_part_of_it() -> None:
    from core.agents.compose_plot import curve_only

    assert curve_only("x^2 + 8x - 209 so I can see it") == "x^2 + 8x - 209"
    assert curve_only("sin(x) + x^2 please") == "sin(x) + x^2"


@pytest.mark.parametrize(("text", "plotted"), [
    ("for which x is y = x^2 + 2x - 15 zero? a diagram would make it clearer",
     "plot y = x^2 + 2x - 15"),
    ("solve x^2 - 6x + 5 = 0, I'd like to visualise it too", "plot y = x^2 - 6x + 5"),
])
async def test_a_picture_asked_beside_the_maths_is_a_plot(text: str, plotted: str) -> None:
    plan = await Planner().plan(Request(text))
    assert [(s.agent, s.request) for s in plan.subtasks][1] == ("data", plotted)


@pytest.mark.parametrize(("text", "roots"), [
    ("sketch y = x^2 - 2x - 8, find where it is zero, then multiply those x values",
     "solve x^2 - 2x - 8 = 0 and multiply the roots"),
    ("graph y = x^2 + x - 12; what are its roots and the sum of them?",
     "solve x^2 + x - 12 = 0 and add the roots"),
    ("draw y = x^2 - 4x - 5, give its zeros and the distance between them",
     "solve x^2 - 4x - 5 = 0 and how far apart are the roots"),
])
async def test_what_is_asked_of_the_plotted_roots(text: str, roots: str) -> None:
    plan = await Planner().plan(Request(text))
    assert [(s.agent, s.request) for s in plan.subtasks][1:] == [("math", roots)]
