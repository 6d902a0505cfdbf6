"""Every ask of a message is found, and a follow-on ask that one reader was handed with
the ask before it ("mean, and that in °C?", "the pen price in GBP at …") becomes a part of
its own, carried from the figure it names."""

from __future__ import annotations

import pytest

from core.agents.ask_census import (
    census,
    converts,
    follow_on,
    named_source,
    unanswered,
    unit_asks,
)
from core.agents.base import AgentResult
from core.agents.carry_named import named_figure, with_unit_given
from core.agents.executor import Outcome
from core.agents.plan import Plan, Subtask
from core.agents.planner import Planner, Request
from core.agents.skill import AgentsSkill
from core.agents.synth import compose
from core.messages import FilePart, Final
from core.tools.workers import WorkerPool
from tests.agents.helpers import make_turn

ASYNC = pytest.mark.asyncio(loop_scope="module")


def test_the_census_finds_each_ask_and_each_statement() -> None:
    found = census("night lows in F: 39, 44, 52, 47. mean (1 dp) and what's that in "
                   "Celsius (1 dp)?")
    assert [(a.text, a.asks) for a in found] == [
        ("night lows in F: 39, 44, 52, 47", False), ("mean (1 dp)", True),
        ("what's that in Celsius (1 dp)?", True)]
    asks = census("3 mugs and 2 plates cost $31; 1 mug and 4 plates cost $27. price of one mug "
                  "and one plate? and the plate price in CAD at 1 USD = 1.4 CAD")
    assert [a.text for a in asks][-2:] == ["price of one mug and one plate?",
                                           "and the plate price in CAD at 1 USD = 1.4 CAD"]


@pytest.mark.parametrize(("ask", "expected"), [
    ("and what's that in kelvin?", True),
    ("the plate price in CAD at 1 USD = 1.4 CAD", True),
    ("convert it with a rate of 0.8 GBP per dollar", True),
    ("then how many weeks to save 3000?", False),  # an amount of its own
    ("then how many minutes at 9 km/h?", False),  # a speed to work with, not a conversion
    ("price of one mug and one plate?", False),
])
def test_a_follow_on_has_no_amount_of_its_own(ask: str, expected: bool) -> None:
    assert follow_on(ask) is expected


def test_a_conversion_names_a_unit_or_a_rate() -> None:
    assert converts("and the deposit in EUR (at 1 USD = 0.9 EUR)?")
    assert not converts("and what does it come to?")


def test_a_follow_on_is_bound_to_the_ask_it_names() -> None:
    earlier = ["how big is a 15% deposit", "how many months to save it at 900 a month"]
    assert named_source("and the deposit in EUR?", earlier) == 0
    assert named_source("and that in EUR?", earlier) is None


def test_the_figure_a_later_part_names_is_the_one_carried() -> None:
    solved = AgentResult(ok=True, text="a mug: **7.00**; a plate: **5.00**")
    assert named_figure("the plate price in CAD", solved).amount == 5.0
    assert named_figure("the mug price in CAD", solved).amount == 7.0
    assert named_figure("that in CAD", solved).amount is None


def test_a_figure_worked_from_a_list_keeps_the_list_unit() -> None:
    mean = AgentResult(ok=True, text="mean **31.5**", amount=31.5)
    assert with_unit_given("Average of [20, 43] (miles)", mean).currency == "miles"
    assert with_unit_given("Average of [20, 43]", mean).currency == ""


@ASYNC
async def test_the_plan_gives_a_follow_on_its_own_part() -> None:
    plan = await Planner().plan(Request("night lows in F: 39, 44, 52, 47. mean (1 dp) and "
                                        "what's that in Celsius (1 dp)?"))
    assert [(s.agent, s.request, s.depends_on) for s in plan.subtasks] == [
        ("data", "night lows in F: 39, 44, 52, 47. mean (1 dp)", ()),
        ("units", "what's that in Celsius (1 dp)?", ("t1",))]


async def _reply(pool: WorkerPool, text: str) -> str:
    skill = AgentsSkill(pool)
    turn = make_turn(text)
    await skill.prepare(turn)
    stream = skill.answer(turn)
    assert stream is not None
    events = [event async for event in stream]
    assert isinstance(events[-1], Final)
    return events[-1].text


@ASYNC
async def test_a_statistic_then_converted_answers_both(pool: WorkerPool) -> None:
    text = await _reply(pool, "night lows in F: 39, 44, 52, 47. mean (1 dp) and what's that "
                              "in Celsius (1 dp)?")
    assert "45.5" in text and "7.5 °C" in text


@ASYNC
async def test_a_solved_price_is_converted_by_name(pool: WorkerPool) -> None:
    text = await _reply(pool, "3 mugs and 2 plates cost $31; 1 mug and 4 plates cost $27. "
                              "price of one mug and one plate? and the plate price in CAD at "
                              "1 USD = 1.3 CAD")
    assert "7.00" in text and "5.00" in text and "6.50 CAD" in text


@ASYNC
async def test_a_median_of_a_list_in_miles_is_converted(pool: WorkerPool) -> None:
    text = await _reply(pool, "Average of [10, 30, 20, 50] (miles), and convert the median of "
                              "them to km")
    assert "27.5" in text and "25 mi = **40.23 km**" in text


def test_an_ask_no_answer_is_given_in_the_unit_of_is_found() -> None:
    asks = unit_asks("I'm paid 16.50 an hour for 30 hours a week. weekly pay? and the weekly "
                     "pay in CAD at 1 USD = 1.3 CAD?")
    assert asks == (("and the weekly pay in CAD at 1 USD = 1.3 CAD?", ("CAD",)),)
    assert unanswered(asks, ["pay: **495.00 a week**"]) == [asks[0][0]]
    assert unanswered(asks, ["495.00 USD = **643.50 CAD**"]) == []
    kelvin = unit_asks("lows of 12, 15, 9 °C: mean, and that in kelvin?")
    assert unanswered(kelvin, ["mean **12** °C"]) == ["that in kelvin?"]
    assert unanswered(kelvin, ["12 °C = **285.15 K**"]) == []


def test_the_reply_says_which_ask_was_not_worked_out() -> None:
    plan = Plan((Subtask("t1", "health", "weekly pay?"),), unit_asks=(
        ("and the weekly pay in CAD at 1 USD = 1.3 CAD?", ("CAD",)),))
    outcome = Outcome(plan, {"t1": AgentResult(ok=True, text="pay: **495.00 a week**")}, ())
    text = compose(outcome)
    assert "_Not worked out here: “and the weekly pay in CAD at … USD = … CAD?”._" in text
    done = Outcome(plan, {"t1": AgentResult(ok=True, text="**643.50 CAD**")}, ())
    assert "Not worked out" not in compose(done)


@ASYNC
async def test_a_rate_written_as_per_dollar_reaches_the_conversion() -> None:
    plan = await Planner().plan(Request("From the file, add up the sales column, then convert "
                                        "it to pounds (rate 0.75 GBP per USD).", has_csv=True))
    assert [(s.agent, s.request, s.depends_on) for s in plan.subtasks] == [
        ("data", "From the file, add up the sales column", ()),
        ("units", "convert it to pounds (at 1 USD = 0.75 GBP)", ("t1",))]


@ASYNC
async def test_a_file_total_of_units_times_price_is_converted(pool: WorkerPool) -> None:
    data = b"product,units,price_usd\nmugs,10,2.50\npins,20,1.00\ncaps,4,5.00\n"
    skill = AgentsSkill(pool)
    turn = make_turn("What did I take in total from this file, and convert it with a rate of "
                     "0.9 EUR per dollar", files=(FilePart("sales.csv", len(data), "text/csv",
                                                           data),))
    await skill.prepare(turn)
    stream = skill.answer(turn)
    assert stream is not None
    events = [event async for event in stream]
    assert isinstance(events[-1], Final)
    assert "65.00 USD = **58.50 EUR**" in events[-1].text
