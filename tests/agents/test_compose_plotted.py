"""A plot asked in a message draws the function the message names, in wordings of each
kind: a plot naming no function, a function in t, |x| written with bars, two functions on one
graph and where they cross, an equation to solve or an inequality beside a graph."""

from __future__ import annotations

import pytest

from tests.agents.helpers import planned_pairs as _plan

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "plotted"), [
    ("find x when |x + 2| = 5, and draw y = |x + 2| too", "plot y = abs(x + 2)"),
    ("solve x^3 = 9x. and a quick plot of y = x^3 - 9x for my homework please",
     "plot y = x^3 - 9x"),
    ("a rocket's height is h(t) = 40t - 5t^2. when does it come down? sketch it as well",
     "plot y = 40x - 5x^2"),
    ("g(x) = x^2 - 6x. what's its vertex? then graph g", "plot y = x^2 - 6x"),
    ("slope of y = 2x^3 at x = 1? draw the curve too", "plot y = 2x^3"),
])
async def test_the_plot_draws_the_function_named(text: str, plotted: str) -> None:
    assert ("data", plotted) in await _plan(text)


async def test_two_functions_on_one_graph_and_where_they_cross() -> None:
    plan = await _plan("put y = 2x + 1 and y = -x + 4 on the same graph, and where do they "
                       "intersect?")
    assert ("data", "plot y = 2x + 1") in plan and ("data", "plot y = -x + 4") in plan
    assert ("math", "where does y = 2x + 1 meet y = -x + 4?") in plan


@pytest.mark.parametrize(("text", "plotted"), [
    ("please solve x^2 - 5x + 6 = 0 and include a sketch of the curve", "plot y = x^2 - 5x + 6"),
    ("when is x^2 - 9 negative? give the endpoints and a graph", "plot y = x^2 - 9"),
])
async def test_an_equation_beside_its_graph(text: str, plotted: str) -> None:
    plan = await _plan(text)
    assert ("data", plotted) in plan and plan[0][0] == "math"


async def test_a_plot_of_listed_numbers_is_left_alone() -> None:
    plan = await _plan("y = 2x + 3 is my line. also plot 4, 8, 15, 16 as a chart")
    assert not any(request.startswith("plot y = 2x") for _, request in plan)


@pytest.mark.parametrize(("text", "wanted"), [
    ("where is x^2 - 4x + 3 below zero? and a graph please", "plot y = x^2 - 4x + 3"),
    ("graph y = 2x - 6 and say where it cuts the x axis and the y axis",
     "what's y when x is 0 for y = 2x - 6"),
    ("For y = x^2 - 9, the y-intercept and the roots, then sketch it",
     "what's y when x is 0 for y = x^2 - 9"),
])
async def test_a_plot_and_its_intercepts(text: str, wanted: str) -> None:
    assert wanted in [request for _, request in await _plan(text)]


async def test_both_curves_drawn_whatever_the_plot_part_read() -> None:
    plan = await _plan("where does y = x^2 cross y = 2x + 3? a graph with both please")
    assert ("data", "plot y = x^2") in plan and ("data", "plot y = 2x + 3") in plan
