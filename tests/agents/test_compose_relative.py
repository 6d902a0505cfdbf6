"""A later ask that measures the earlier result against a figure of its own is a step on
that result: what's left of a limit, its share of a budget, divided by a factor, per person,
with tax, over N workdays."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.clauses import split
from core.agents.compose_relative import drops_unit, relative_request, steps_on_result
from core.agents.intents import Context
from core.agents.math_agent import make_math_agent
from core.agents.planner import Planner, Request
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "step"), [
    ("and how much remains of my 2,000 kcal allowance?", "2000 minus that"),
    ("what is still short of a 90 point target?", "90 minus that"),
    ("how many more do I need to reach 12,500?", "12500 minus that"),
    ("which percentage of a 320 euro budget is that?", "that as a percentage of 320"),
    ("then put it into mg/dL using /0.0555 (2 dp)", "that divided by 0.0555 to 2 decimal places"),
    ("and split between 6 people", "that divided by 6 to 2 decimal places"),
    ("plus 12.5% sales tax?", "that times (1 + 12.5/100) to 2 decimal places"),
    ("and with 30% off?", "that times (1 - 30/100) to 2 decimal places"),
    ("what would that be over 19 working days?", "19 times that to 2 decimal places"),
    ("and at £2.35 a kilo, what would that cost?", "£2.35 times that to 2 decimal places"),
])
def test_steps_named_against_a_figure(text: str, step: str) -> None:
    assert steps_on_result(text)
    assert relative_request(text) == step


@pytest.mark.parametrize("text", [
    "what is 15% of 240?",  # two figures: an ask of its own
    "how many left of 30 eggs if I use 7",
    "I have 3 left of 10",  # said, not asked
    "what's the capital of Peru?",
])
def test_asks_of_their_own_are_no_steps(text: str) -> None:
    assert not steps_on_result(text)


def test_a_percentage_or_a_factor_drops_the_unit() -> None:
    assert drops_unit("what share of my 80 dollar budget is it, in %?")
    assert drops_unit("and in mmol/L using /18")
    assert not drops_unit("how much is left of a 300 mg limit?")
    assert not drops_unit("split it 4 ways")
    assert drops_unit("and at €1.80 per litre what does that cost?")


def test_the_step_is_a_part_of_its_own() -> None:
    parts = split("What's 7.5 times 12? And how much is left of the 150 we budgeted? 1 dp",
                  Context())
    assert [p.intent.agent for p in parts] == ["math", "math"]
    assert parts[1].intent.backref


@pytest.mark.asyncio(loop_scope="module")
async def test_the_step_waits_for_the_result_and_works_on_it(pool: WorkerPool) -> None:
    plan = await Planner().plan(Request(
        "What's 7.5 times 12? And how much is left of the 150 we budgeted? 1 dp"))
    assert plan.agents == ("math", "math") and plan.subtasks[1].depends_on == ("t1",)
    assert plan.subtasks[1].request == "150 minus that to 1 decimal places"
    done = AgentResult(ok=True, text="7.5 * 12 = **90**", amount=90.0)
    left = await make_math_agent(MathTools(pool))(plan.subtasks[1], CONTEXT, {"t1": done})
    assert left.ok and "**60" in left.text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_share_of_a_budget_after_a_reading(pool: WorkerPool) -> None:
    plan = await Planner().plan(Request(
        "read the total, and what percent of my 120 pound budget is it (1 dp)?", images=1))
    assert plan.agents == ("vision", "math") and plan.subtasks[1].depends_on == ("t1",)
    read = AgentResult(ok=True, text="The total is 45.60 GBP.", amount=45.6, currency="GBP")
    share = await make_math_agent(MathTools(pool))(plan.subtasks[1], CONTEXT, {"t1": read})
    assert share.ok and "**38.0%**" in share.text


def test_a_listed_step_works_on_the_item_before() -> None:
    parts = split("Can you work these out:\n1. 18% of 240\n2. per head (divide by 4)",
                  Context())
    assert parts[1].intent.backref and parts[1].request == "that divided by 4"
