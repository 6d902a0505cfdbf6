"""Planner routing: rules, clause splitting, images and dependencies, MiniLM fallback."""

from __future__ import annotations

import pytest

from core.agents.math_agent import parse_math
from core.agents.planner import IntentIndex, Planner, Request
from core.embeddings import get_embedder

ROUTES = [
    ("what is 17 × 23?", ("math",)),
    ("solve x^2-5x+6=0 and plot y=x^2-5x+6", ("math", "data")),
    ("differentiate x^3*sin(x)", ("math",)),
    ("convert 5 km to miles", ("units",)),
    ("what's my bmi? 70 kg, 175 cm", ("health",)),
    ("average of 3, 5 and 7", ("data",)),
    ("what is 2^10 and convert 10 km to miles", ("math", "units")),
    ("solve x+y=3 and x-y=1", ("math",)),
    ("hello, how are you today?", ("chat",)),
    ("tell me a story about a dragon", ("chat",)),
]


@pytest.mark.parametrize(("text", "agents"), ROUTES)
async def test_rules_route_requests(text: str, agents: tuple[str, ...]) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == agents


async def test_image_question_and_currency_make_a_dependency() -> None:
    plan = await Planner().plan(Request("what's the total on this receipt in euros?", images=1))
    assert plan.agents == ("vision", "units")
    assert plan.subtasks[1].depends_on == (plan.subtasks[0].id,)


async def test_image_alone_and_csv_alone() -> None:
    assert (await Planner().plan(Request("", images=1))).agents == ("vision",)
    assert (await Planner().plan(Request("here you go", has_csv=True))).agents == ("data",)


async def test_memory_only_when_available() -> None:
    text = "do you remember my sister's name?"
    assert (await Planner().plan(Request(text))).agents == ("chat",)
    assert (await Planner().plan(Request(text, memory=True))).agents == ("memory",)


def test_math_clause_parsing() -> None:
    assert parse_math("solve x^2 - 4 = 0 for x").operation == "solve"
    assert parse_math("find x if 3x - 5 = 10").expression == "3x - 5 = 10"
    call = parse_math("integrate x^2 from 0 to 3")
    assert (call.operation, call.expression, call.extra) == ("integral", "x^2", "0,3")
    assert parse_math("what is 17 times 23?").expression == "17 * 23"
    assert parse_math("limit of sin(x)/x as x -> 0").extra == "0"


async def test_similarity_routes_unruled_phrasing() -> None:
    planner = Planner(IntentIndex(get_embedder()))
    plan = await planner.plan(Request("I weigh 82 kg, am I a healthy weight for 1.80 m?"))
    assert "health" in plan.agents
    chat = await planner.plan(Request("good morning, lovely weather"))
    assert chat.agents == ("chat",)


@pytest.mark.parametrize(("text", "agents"), [
    ("what's 18% of 350 and what's the capital of Peru?", ("math", "chat")),
    ("turn 3 litres into pints. also, who composed the Four Seasons?", ("units", "chat")),
    ("Differentiate sin(x)*x please. Oh and can you recommend a sci-fi novel?", ("math", "chat")),
    ("12 km in miles, then tell me a fun fact about owls", ("units", "chat")),
    ("x^2 - 9 = 0, what are the roots?", ("math",)),  # about the equation: no side question
    ("what's 20% of 90? and how did you get that?", ("math",)),
    ("5 km in miles? is it far?", ("units",)),
    ("thanks! what's 7*8?", ("math",)),
    ("biggest of 4, 19, 7, 12 - and the smallest?", ("data",)),
    ("mode of 2, 2, 5, 9 and 9, 9. also tell me where Timbuktu is", ("data", "chat")),
    ("a) 12% of 300 b) 4 km in miles c) 7 squared", ("math", "units", "math")),
    ("(a) 2^9 (b) 3 litres in pints", ("math", "units")),
])
async def test_a_side_question_is_kept(text: str, agents: tuple[str, ...]) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == agents, [(s.agent, s.request) for s in plan.subtasks]
    for task in plan.subtasks:
        if task.agent == "chat":
            assert not any(ch.isdigit() for ch in task.request)


@pytest.mark.parametrize(("text", "plot"), [
    ("what's the integral of 3x^2 between 1 and 2? also graph the function on that interval",
     "plot y = 3x^2 from 1 to 2"),
    ("integrate sin(x) from 0 to pi and sketch the curve over that range",
     "plot y = sin(x) from 0 to pi"),
])
async def test_a_definite_integral_plots_its_curve_over_its_bounds(text: str, plot: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math", "data")
    assert plan.subtasks[1].request == plot and plan.subtasks[1].depends_on == ()


@pytest.mark.parametrize("text", [
    "these amounts don't include VAT. add 20% - what do I pay?",
    "what does the bill come to and what's a 12% tip on that?",
])
async def test_a_sum_on_a_receipt_works_on_its_total(text: str) -> None:
    plan = await Planner().plan(Request(text, images=1))
    assert plan.agents == ("vision", "math")
    reading = plan.subtasks[0].request
    assert "total" in reading or "come to" in reading
    assert plan.subtasks[1].depends_on == (plan.subtasks[0].id,)


async def test_a_step_on_the_roots_found_stays_with_them() -> None:
    plan = await Planner().plan(Request("y = x^2 - 7x + 12: roots? their product? and plot it"))
    assert plan.agents == ("math", "data")
    assert parse_math(plan.subtasks[0].request).follow is not None
