"""Every ask in a message is found: two operations on one expression, a plot and its
crossings, a conversion beside a health ask, a statistic then its conversion, and
arithmetic on an attached bill's total; one image is read once."""

from __future__ import annotations

import pytest

from core.agents.planner import Planner, Request

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "requests"), [
    ("for f(x) = 6x^2 + 10x I need both the derivative and the integral",
     ["differentiate 6x^2 + 10x", "integrate 6x^2 + 10x"]),
    ("integrate x^3 - 2x and also give me its derivative",
     ["integrate x^3 - 2x", "differentiate x^3 - 2x"]),
    ("graph y = x^2 + 13x + 40 and tell me where it crosses the x-axis",
     ["plot y = x^2 + 13x + 40", "solve x^2 + 13x + 40 = 0"]),
    ("sketch y = x^2 - 4, what are its x-intercepts?", ["plot y = x^2 - 4", "solve x^2 - 4 = 0"]),
    ("39 year old male, 164 cm, 211 lbs. what's my weight in kg and my BMR?",
     ["convert 211 lbs to kg", None]),
    ("differentiate x^2 - 6x + 2 and find its minimum value",
     ["differentiate x^2 - 6x + 2", "find the minimum of x^2 - 6x + 2"]),
    ("whats the max of -x^2 + 4x + 1, and the derivative too",
     ["find the maximum of -x^2 + 4x + 1", "differentiate -x^2 + 4x + 1"]),
    ("which function has 6x + 4 as its derivative? i.e. the antiderivative", [None]),
    ("need the antiderivative: what function has derivative 2x - 3?", [None]),
    ("jogged 3 miles in 27 minutes. what's that in km, and my pace per mile?", [None, None]),
    ("drove 240 km in 3 hours, what was my average speed? and that distance in miles?",
     [None, "convert 240 km to miles"]),
    ("differentiate x^3 + 2x and integrate it too",
     ["differentiate x^3 + 2x", "integrate x^3 + 2x"]),
    ("x + y = 7\n2x - y = 5", [None]),
    ("3a - b = 4\na + b = 8", [None]),
])
async def test_every_ask_is_planned(text: str, requests: list[str | None]) -> None:
    plan = await Planner().plan(Request(text))
    got = [s.request for s in plan.subtasks]
    assert len(got) == len(requests), got
    assert all(want is None or want == have for want, have in zip(requests, got, strict=True)), got


@pytest.mark.parametrize(("text", "figures"), [
    ("I had $100 for this shop - how much is left after this receipt?", "100 -"),
    ("what's 20% tax on this receipt?", "20/100"),
])
async def test_bill_arithmetic_reads_the_total_first(text: str, figures: str) -> None:
    from core.agents.mathtext import parse_math

    plan = await Planner().plan(Request(text, images=1))
    assert plan.agents == ("vision", "math"), plan
    read, work = plan.subtasks
    assert work.depends_on == (read.id,)
    assert figures in parse_math(work.request, previous=True).expression


async def test_an_operation_on_the_result_is_not_doubled() -> None:
    plan = await Planner().plan(Request("what's the derivative of x^3, and then factor the result"))
    assert "factor x^3" not in [s.request for s in plan.subtasks]


async def test_one_image_is_read_once() -> None:
    plan = await Planner().plan(Request("I can't make out this notice, what does it say?",
                                        images=1))
    assert plan.agents == ("vision",)


async def test_a_statistic_feeds_a_conversion() -> None:
    plan = await Planner().plan(Request("my walks were 3.5, 4.1, 8.9 miles. what's the "
                                        "average, and what is that in km?"))
    assert plan.agents == ("data", "units")
    assert plan.subtasks[1].depends_on == (plan.subtasks[0].id,)


async def test_a_health_result_is_converted_again() -> None:
    plan = await Planner().plan(Request(
        "did 12,000 steps today, stride 0.75 m. how far in km? and in miles?"))
    assert [s.agent for s in plan.subtasks] == ["health", "units"]
    assert plan.subtasks[1].depends_on == (plan.subtasks[0].id,)
