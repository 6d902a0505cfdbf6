"""More kinds of everyday request, each in wordings of its own: whole portions of an amount,
an amount per period asked for another period, a clock time after or before a duration, a
pace from a race distance, fuel in the unit asked, counted items at prices, a price before a
markdown, dose times, and the cues that are no conversion or no statistics."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.intents import classify
from core.agents.math_agent import make_math_agent
from core.agents.measures import make_units_agent
from core.agents.plan import Subtask
from core.agents.planner import Planner, Request
from core.agents.prices import money_expression
from core.agents.quantities import parse_conversion, target_units
from core.agents.words_reckon import reckon
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "expected"), [
    # whole portions of an amount, the two units reconciled
    ("a 2 litre bottle split into 250 ml glasses, how many glasses?", "8"),
    ("how many 30 g servings are in a 1 kg bag of oats?", "33"),
    ("we cut a 5 m rope into 40 cm pieces - how many pieces do we get?", "12"),
    ("how many 5 ml spoonfuls in a 100 ml bottle", "20"),
    ("a 750 ml bottle of wine, how many 125 ml glasses?", "6"),
    # containers needed for all of it, rounded up
    ("we need 18 litres of paint and a tin holds 2.5 litres, how many tins?", "8"),
    ("how many 330 ml cans do I need for 5 litres of punch?", "16"),
    # amounts spent on things, whole numbers too
    ("I spent 1,200 on rent, 300 on food and 150 on transport, what's the total?", "1650"),
    # counted items at prices, "each" said or not
    ("3 pizzas at 11.50 each and 4 drinks at 2.25, total?", "43.50"),
    ("4 coffees at 3.20 and 2 muffins at 2.75 - how much do I owe?", "18.30"),
    # the area of a rectangle from its sides
    ("a room is 4.2 m by 3.5 m, what's the area?", "14.7 m²"),
    ("the garden is 8m x 6m - what's its area", "48 m²"),
    # a price before a markdown
    ("I paid $80 for a jacket marked down 25%, what was the original price?", "106.67"),
    ("got these boots for £45 after they were reduced by 40%. what did they cost before "
     "the sale?", "75"),
])
@pytest.mark.asyncio(loop_scope="module")
async def test_math_kinds(pool: WorkerPool, text: str, expected: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math",), text
    result = await make_math_agent(MathTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and f"**{expected}**" in result.text, (text, result.text)


@pytest.mark.parametrize(("text", "shown"), [
    # an amount per period, asked for another period
    ("I sleep 6.5 hours a night, how many hours a week is that?", "45.5 hours a week"),
    ("we get through 3 litres of milk a week. how much per year?", "156 litres of milk a year"),
    ("she walks 4 miles a day, how many miles in a week", "28 miles a week"),
    ("I drive 25 km each way to work 5 days a week, how many km a week?", "250 km a week"),
    ("my commute is 40 minutes each way, how many hours a week if I work 5 days a week?",
     "6.67 hours a week"),
    # a clock time after (or before) a duration
    ("the train leaves at 14:35 and the trip takes 2 h 50 min, when does it arrive?",
     "17:25"),
    ("film starts 7:45pm and runs 2 hours 10 minutes. what time does it end?", "21:55"),
    ("I need to be there by 9:00 and it's a 45 minute drive, when should I leave?", "08:15"),
    # a race distance and its pace
    ("I ran a 5k in 27 minutes, what's my pace per km?", "5:24 per km"),
    ("did a 10k in 58 min, pace per mile?", "per mile"),
    # fuel in the unit asked
    ("my car does 40 miles per gallon, how many litres do I need for 300 miles?",
     "28.39 litres"),
    ("it uses 6 l per 100 km - how many gallons for 500 km?", "7.93 gallons"),
])
def test_reckoned_kinds(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert shown in (found.text or f"{found.value}"), (text, found)
    assert classify(text).agent == "health"


def test_dose_count_is_not_the_pills_per_dose() -> None:
    from core.agents import bodydata
    from core.agents.wording import expand

    text = expand("I take 2 pills every 6 hours, first one at 8am - when are the next ones?")
    assert bodydata.first_dose(text) == "08:00"
    assert bodydata.dose_plan(text) == (6.0, 4)
    assert bodydata.dose_plan(expand("4 doses every 4 hours from 7:30")) == (4.0, 4)


@pytest.mark.parametrize("text", [
    "take one tablet every 8 hours starting at 10pm, when are the next doses?",
    "2 capsules every 6 hours from 7am. what times do I take them?",
])
@pytest.mark.asyncio(loop_scope="module")
async def test_a_dose_follow_up_is_one_ask(text: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("health",), plan
    assert len(plan.subtasks) == 1


@pytest.mark.parametrize("text", ["my room is 3 by 4, what do you think?",
                                  "the box is 2 x 3 x 4 m, what's the area?"])
def test_no_rectangle_no_area(text: str) -> None:
    from core.agents.wordproblems import word_problem

    assert word_problem(text.lower()) is None


def test_counted_items() -> None:
    assert money_expression("2 burgers at 8.50 each plus 3 sodas at 1.75, total?") == \
        "2 * 8.50 + 3 * 1.75"


@pytest.mark.parametrize("text", [
    "we went every 2 weeks last year", "I visit my gran every 3 days this month",
    "each 10 minutes the next year starts to feel closer",
])
def test_frequencies_are_no_conversion(text: str) -> None:
    assert parse_conversion(text) is None
    assert classify(text).agent == "chat"


def test_minutes_after_a_number_are_no_statistic() -> None:
    text = ("the 12 bus comes every 18 min and the 40 every 24 min. if both just left, "
            "when are they next together?")
    assert classify(text).agent == "math"
    assert classify("what's the min of 4, 9, 2 and 7?").agent == "data"


@pytest.mark.parametrize("text", ["what's that in US fl oz?", "and in imperial pints?",
                                  "how much is it in uk fl oz"])
def test_us_and_imperial_units_are_targets(text: str) -> None:
    assert target_units(text)
    assert classify(text, previous=True, after="units").agent == "units"


def test_which_way_after_numbers_is_data() -> None:
    assert classify("which way is it heading?", previous=True, after="data").agent == "data"
    assert classify("my weights: 81, 80.4, 79.9, 79.1 - which way are they going?"
                    ).agent == "data"
    assert classify("which way should I go to the station?", previous=True,
                    after="data").agent == "chat"


def test_a_rate_asked_is_no_conversion_target() -> None:
    assert target_units("how many hours a week is that?") == []
    assert target_units("what's that in km per hour?")


@pytest.mark.asyncio(loop_scope="module")
async def test_same_unit_is_shown_with_its_symbol(pool: WorkerPool) -> None:
    agent = make_units_agent(UnitTools(pool))
    read = AgentResult(ok=True, text="", amount=13.0571, currency="kilometer")
    task = Subtask("t2", "units", "what's that in km?", depends_on=("t1",))
    result = await agent(task, CONTEXT, {"t1": read})
    assert result.ok and result.text.startswith("**13.06 km**"), result.text


def test_containers_of_a_measured_size_are_portions() -> None:
    from core.agents.words_portions import portions

    assert portions("a 5 litre bottle into 330 ml cups, how many cups?") == \
        "floor((5 * 1000) / (330 * 1))"
    assert portions("how many cups is 500 ml?") is None
