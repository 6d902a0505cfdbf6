"""Money converted at the exchange rate the message states, not at a stored one."""

from __future__ import annotations

from core.agents.base import AgentContext, AgentResult
from core.agents.plan import Subtask
from core.agents.planner import Planner, Request
from core.agents.stated_currency import at_rate, rated, rates
from core.messages import PersonKey


async def _never(task: Subtask, context: AgentContext,
                 inputs: dict[str, AgentResult]) -> AgentResult:
    return AgentResult(ok=True, text=f"units agent: {task.request}")


async def _run(task: Subtask, inputs: dict[str, AgentResult] | None = None) -> AgentResult:
    return await rated(_never)(task, AgentContext(PersonKey(1)), inputs or {})


def test_rates_read_codes_and_symbols() -> None:
    found = rates("how much is 250 CHF in AUD (1 CHF = 1.7 AUD)")
    assert [(r.one, r.other, float(r.value)) for r in found] == [("CHF", "AUD", 1.7)]
    found = rates("and in pounds at €1 = £0.84?")
    assert [(r.one, r.other, float(r.value)) for r in found] == [("EUR", "GBP", 0.84)]


async def test_own_amount_is_converted_at_the_stated_rate() -> None:
    plan = await Planner().plan(Request("what is 640 GBP in USD (1 GBP = 1.25 USD)?"))
    assert plan.agents == ("units",)
    result = await _run(plan.subtasks[0])
    assert "**800.00 USD**" in result.text
    assert result.amount == 800.0


async def test_converting_back_divides_by_the_rate() -> None:
    plan = await Planner().plan(Request("convert 430 dollars to euros, using €1 = $1.25"))
    result = await _run(plan.subtasks[0])
    assert "**344.00 EUR**" in result.text


async def test_an_earlier_result_is_converted_at_the_stated_rate() -> None:
    plan = await Planner().plan(Request(
        "I'm paid $22.50 an hour for 30 hours a week. Weekly pay? "
        "And that figure in pounds at $1 = £0.80?"))
    task = plan.subtasks[-1]
    assert task.agent == "units" and task.depends_on
    earlier = {task.depends_on[0]: AgentResult(ok=True, text="pay: **$675.00**", amount=675.0,
                                                currency="$")}
    result = await _run(task, earlier)
    assert "**540.00 GBP**" in result.text


async def test_other_conversions_go_to_the_units_agent_without_the_rate() -> None:
    result = await _run(Subtask("t1", "units", "5 km in miles (at 1 EUR = 0.9 GBP)"))
    assert result.text == "units agent: 5 km in miles"


def test_two_amounts_are_left_to_the_readers() -> None:
    rate = rates("1 GBP = 1.2 EUR")[0]
    assert at_rate("a room at £90 a night for 4 nights, total in euros", rate, None) is None


async def test_an_hourly_rate_is_not_the_amount_converted() -> None:
    plan = await Planner().plan(Request(
        "I make €19.40 an hour for 32 hours a week. Weekly and yearly pay (52 weeks)? "
        "+ annual pay in USD (1 EUR = 1.1 USD)"))
    task = plan.subtasks[-1]
    assert task.agent == "units" and task.depends_on and "19.4" not in task.request
