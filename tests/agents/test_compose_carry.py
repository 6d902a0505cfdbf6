"""A result carried into the next ask: a converted sum shared per day, a worked volume given in
another unit as well. Each ask gets its own part and works on the figure before it."""

from __future__ import annotations

import pytest

from core.agents.planner import Planner, Request

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _plan(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    plan = await Planner().plan(Request(text))
    return [(s.agent, s.request, s.depends_on) for s in plan.subtasks]


@pytest.mark.parametrize(("text", "count"), [
    ("Off to Italy for 12 days with £800 spending money. How many euros is that, and how much "
     "per day?", "12"),
    ("Taking $2000 on a 5-day trip. how much is that in pounds and how much a day?", "5"),
    ("I've got $1200 for a 8 day trip to Rome. how many euros is it and how much a day?", "8"),
])
async def test_a_converted_sum_shared_per_day(text: str, count: str) -> None:
    plan = await _plan(text)
    assert plan[0][0] == "units"
    assert plan[-1] == ("math", f"that divided by {count}", ("t1",))


@pytest.mark.parametrize(("text", "unit"), [
    ("a planter is 2 m by 1 m and 0.5 m deep. volume in cubic metres, and how many litres?",
     "litres"),
    ("the tank is 3 m by 2 m by 1 m. what's the volume? and in gallons?", "gallons"),
])
async def test_a_worked_volume_in_another_unit_too(text: str, unit: str) -> None:
    plan = await _plan(text)
    assert len(plan) == 2
    assert plan[1][0] == "units" and unit in plan[1][1] and plan[1][2] == ("t1",)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("12 crates at 40 lb each, total weight in lb and kg?", "lb", "kg"),
    ("we're shipping 30 parcels of about 4 kg each — how heavy altogether in kg and pounds?",
     "kg", "pounds"),
    ("the wall is 2.5 m from the post and the wire goes 6 m up. how long is the wire in metres "
     "and in feet?", "metres", "feet"),
])
async def test_a_worked_amount_asked_in_two_units(text: str, first: str, second: str) -> None:
    plan = await _plan(text)
    assert plan[0][0] in ("health", "math") and second not in plan[0][1].split("?")[-2:][0][-12:]
    assert plan[1][0] == "units" and plan[1][2] == ("t1",) and plan[1][1].endswith(
        f"in {second}?")


async def test_a_given_amount_in_two_units_is_only_converted() -> None:
    plan = await _plan("what is 70 kg in pounds and stone?")
    assert all(agent == "units" and not deps for agent, _, deps in plan)


@pytest.mark.parametrize(("text", "second"), [
    ("venue hire for 120 people at £45 each. what is the total and the 12.5% deposit?",
     "12.5% of that to 2 decimal places"),
    ("the quote is 40 chairs at $85 apiece. total? and a 10% deposit?",
     "10% of that to 2 decimal places"),
])
async def test_a_share_of_the_total_asked_beside_it(text: str, second: str) -> None:
    plan = await _plan(text)
    assert len(plan) == 2 and plan[1] == ("math", second, ("t1",))


async def test_two_asks_on_one_statement_are_two_parts() -> None:
    plan = await _plan("lemonade costs me $0.40 a cup to make and I sell it for $1.50. margin "
                       "as a %, and profit if I sell 250 cups?")
    assert len(plan) == 2
    assert plan[0][1].endswith("margin as a %?") and plan[1][1].endswith("250 cups?")


@pytest.mark.parametrize("text", [
    "I have 3 kids and 2 dogs. what should we do this weekend, and where should we go?",
    "my 2 kids start school in 3 weeks. what should they pack, and how do I help them settle?",
])
async def test_chat_with_numbers_is_not_split_into_sums(text: str) -> None:
    plan = await _plan(text)
    assert all(agent == "chat" for agent, _, _ in plan)


@pytest.mark.parametrize(("text", "other"), [
    ("my bag is 25 kg and the allowance is 50 lb. the bag in lb, and how many lb over is it?",
     "50"),
    ("he is 180 cm and I am 5.5 ft. his height in feet, and the difference in feet?", "5.5"),
])
async def test_a_conversion_then_the_gap_to_the_other_amount(text: str, other: str) -> None:
    plan = await _plan(text)
    assert plan[0][0] == "units"
    assert plan[1] == ("math", f"|that - {other}| to 2 decimal places", ("t1",))


@pytest.mark.parametrize(("text", "again"), [
    ("how much interest does $5000 earn in one year at 3%? and what if the rate were 4.5% "
     "instead?", "how much interest does $5000 earn in one year at 4.5%?"),
    ("what's 18% of 250? what about 22%?", "what's 22% of 250?"),
    ("hotel is $95 a night for 4 nights. total? and what if it was $110 a night?",
     "hotel is $110 a night for 4 nights. total?"),
    ("simple interest on $900 at 3% for 4 years? and if I leave it twice as long?",
     "simple interest on $900 at 3% for 8 years?"),
])
async def test_the_same_ask_with_a_new_figure(text: str, again: str) -> None:
    plan = await _plan(text)
    assert len(plan) == 2 and plan[1][1] == again and plan[0][0] == plan[1][0]


async def test_what_about_without_a_figure_stays_a_question() -> None:
    plan = await _plan("what's 5 + 3? what about tomorrow?")
    assert plan[-1][0] == "chat"


@pytest.mark.parametrize(("text", "asked"), [
    ("solve 2a + b = 9 and a - b = 3, then give a*b", "what is a*b?"),
    ("Solve p + q = 10 and p - q = 4. Then state p - 2q.", "what is p - 2q?"),
])
async def test_give_an_expression_after_a_solution(text: str, asked: str) -> None:
    plan = await _plan(text)
    assert plan[-1] == ("math", asked, ("t1",))


async def test_give_without_an_expression_stays_chat() -> None:
    assert all(agent == "chat" for agent, _, _ in await _plan("give me a hug and tell me 2 jokes"))


@pytest.mark.parametrize(("text", "asked"), [
    ("put on 12 lb in 8 weeks. in kg? and grams per week?", "grams per week?"),
    ("cycled 30 km in 85 min. in miles? and my pace in minutes per km?",
     "my pace in minutes per km?"),
])
async def test_a_rate_after_a_conversion_is_worked_from_the_statement(text: str,
                                                                      asked: str) -> None:
    plan = await _plan(text)
    assert plan[0][0] == "units"
    assert plan[1][0] == "health" and plan[1][1].endswith(asked) and plan[1][1][0].isalpha()
    assert "—" not in plan[1][1]


async def test_a_whole_ask_the_reader_works_is_not_cut() -> None:
    plan = await _plan("My 1500 W heater runs 4 hours a day. Power is 0.30 per kWh. What does "
                       "it cost over 30 days?")
    assert len(plan) == 1 and plan[0][0] == "health"
