"""A later ask on the result before it, plots beside a calculation, an image's figure in
another currency, money worked on before it is converted, and a receipt's figures asked in
everyday words: every ask gets its part and each part uses the figure it refers to."""

from __future__ import annotations

import re

import pytest

from core.agents.base import AgentResult
from core.agents.compose_bill import currency_asked
from core.agents.compose_reuse import reuse_request
from core.agents.compose_solved import with_solution
from core.agents.plan import Subtask
from core.agents.planner import Planner, Request
from core.agents.vision import answer_from_text
from tests.agents.helpers import planned as _plan

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "asked"), [
    ("and what would 7 of them cost?", "7 times that"),
    ("how much for 3 of those", "3 times that"),
    ("if I bought 5, how much?", "5 times that"),
    ("times it by 6", "6 times that"),
    ("multiply that by 2.5", "2.5 times that"),
    ("now square it", "that squared"),
    ("cube whatever y turns out to be", "that cubed"),
    ("split it 4 ways", "that divided by 4"),
    ("what's that over 26 weeks?", "26 times that"),
    ("and what's it for a whole year (12 months)?", "12 times that"),
])
async def test_a_step_on_the_result_before(text: str, asked: str) -> None:
    assert reuse_request(text) == asked


async def test_a_year_of_a_weekly_amount() -> None:
    assert reuse_request("and over a year?", "I pay this every week") == "52 times that"
    assert reuse_request("what about a year", "we spend it each month") == "12 times that"


@pytest.mark.parametrize("text", ["what is 4 times 7?", "I ate 3 of them yesterday",
                                  "the year was good"])
async def test_no_step_without_an_earlier_figure(text: str) -> None:
    plan = await _plan(text)
    assert all(agent != "math" or "that" not in request for agent, request, _ in plan)


@pytest.mark.parametrize(("text", "solved", "expression"), [
    ("solve 3x + 4 = 19, then cube whatever x comes out to", "**x = 5**", "(5)^3"),
    ("if 2y - 6 = 10 what's y? and what's 5 times that?", "**y = 8**", "5 * (8)"),
])
async def test_a_solution_reused(text: str, solved: str, expression: str) -> None:
    plan = await Planner().plan(Request(text))
    solve, step = plan.subtasks
    assert step.depends_on == (solve.id,)
    rewritten = with_solution(step, {solve.id: AgentResult(ok=True, text=solved)})
    assert not rewritten.depends_on and rewritten.request.replace(" ", "") == \
        expression.replace(" ", "")


async def test_the_root_picked_is_the_one_used() -> None:
    step = Subtask("t2", "math", "what is 2x + 1 for it", ("t1",))
    solved = {"t1": AgentResult(ok=True, text="**x = -4, x = 6**\n\nThe larger root is "
                                "**x = 6**")}
    assert "(6)" in with_solution(step, solved).request


async def test_two_roots_without_a_pick_are_not_guessed() -> None:
    step = Subtask("t2", "math", "what is 2x + 1 for it", ("t1",))
    solved = {"t1": AgentResult(ok=True, text="**x = -4, x = 6**")}
    assert with_solution(step, solved) is step


@pytest.mark.parametrize(("text", "curve"), [
    ("what are the zeros of x^2 - 4x + 3? draw the graph too", "plot y = x^2 - 4x + 3"),
    ("integrate x^2 + 1 and sketch the original function", "plot y = x^2 + 1"),
    ("solve x^3 - x = 0 then graph it please", "plot y = x^3 - x"),
])
async def test_a_plot_beside_a_calculation(text: str, curve: str) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == ["math", "data"]
    assert plan[1][1] == curve


async def test_a_plot_of_the_result_when_named() -> None:
    plan = await _plan("differentiate x^4 - x and plot the derivative")
    assert plan[1][1:] == ("plot the result", ("t1",))


@pytest.mark.parametrize(("text", "currency"), [
    ("what did the soup cost? and in yen as well", "yen"),
    ("give me pounds too", "pounds"),
    ("this bill is in euros, I need it in dollars", "dollars"),
    ("how much was the tea, in CHF please", "CHF"),
])
async def test_the_currency_wanted(text: str, currency: str) -> None:
    assert currency_asked(text) == currency


@pytest.mark.parametrize("text", [
    "what did the cheese cost? euros too please",
    "the total is in dollars but show me it in GBP",
    "which thing was dearest here, and how much is that in yen?",
])
async def test_an_image_figure_converted(text: str) -> None:
    plan = await _plan(text, images=1)
    agents = [agent for agent, _, _ in plan]
    assert agents[0] == "vision" and agents[-1] == "units" and plan[-1][2] == (
        f"t{agents.index('vision') + 1}",)


@pytest.mark.parametrize(("text", "first"), [
    ("lunch was $96 for 4 of us, split evenly. each share in euros?", "math"),
    ("the hotel is €420 plus a 10% tourist tax - what's that in pounds?", "math"),
])
async def test_money_worked_on_then_converted(text: str, first: str) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == [first, "units"]
    assert plan[1][1].startswith("assuming it is in") and plan[1][2] == ("t1",)


RECEIPT = ("CORNER SHOP\n2026-05-01\nSoup $ 4.50\nBread $ 2.25\nCheese $ 7.10\nTea $ 1.15\n"
           "TOTAL $ 15.00\nTHANK YOU")


@pytest.mark.parametrize(("question", "shown"), [
    ("what's the mean price of the items?", "**3.75**"),
    ("average cost per line?", "**3.75**"),
    ("what did the soup and the tea come to together?", "**5.65**"),
    ("price of the cheese?", "**7.10**"),
    ("which one cost the least?", "**Tea**"),
    ("what was the most money spent on one thing", "**Cheese**"),
    ("what's it all cost?", "**15.00 USD**"),
    ("how much was the entire bill", "**15.00 USD**"),
])
async def test_receipt_figures_in_everyday_words(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, RECEIPT).text


@pytest.mark.parametrize(("text", "asked"), [
    ("rent rose from 800 to 880 this year; if it rises by the same percentage again next year, "
     "what will it be?", "880 * (880 / 800) to 2 decimal places"),
    ("we had 40 members, now 55. same increase again and how many will we have?",
     None),
    ("the stock fell from $50 to $45 - what if it drops by the same amount again?",
     "45 + (45 - 50)"),
])
async def test_the_same_change_again(text: str, asked: str | None) -> None:
    from core.agents.compose_reuse import same_change_again

    plan = same_change_again([], text)
    assert [t.request for t in plan] == ([asked] if asked else [])


async def test_a_remark_after_a_sum_is_no_step() -> None:
    assert reuse_request("I bought 3 of them yesterday") is None
    plan = await _plan("what's 12 * 4? I bought 3 of them yesterday")
    assert [agent for agent, _, _ in plan] == ["math"]


@pytest.mark.parametrize(("question", "shown"), [
    ("what did I pay for the bread?", "**2.25**"),
    ("how much did I spend on the soup?", "**4.50**"),
    ("how much was the tea in euros?", "**1.15**"),
])
async def test_an_item_asked_is_no_total(question: str, shown: str) -> None:
    answer = answer_from_text(question, RECEIPT).text
    assert shown in answer and "total" not in answer.lower()


async def test_an_item_converted_is_read_as_the_item() -> None:
    plan = await _plan("how much was the cheese in dollars?", images=1)
    assert plan[0][:2] == ("vision", "how much was the cheese in dollars?")
    assert plan[-1][0] == "units" and plan[-1][2] == ("t1",)


async def test_a_step_in_the_same_part_as_the_reading() -> None:
    plan = await _plan("whats the priciest item on this and what would 5 of them cost", images=1)
    assert [(agent, request) for agent, request, _ in plan] == [
        ("vision", "whats the priciest item on this"), ("math", "5 times that")]


async def test_the_unit_the_unknown_is_said_to_be_in() -> None:
    plan = await _plan("solve 4y + 2 = 30. y is a weight in kg - what's that in pounds?")
    assert plan[1] == ("units", "assuming it is in kg, what's that in pounds?", ("t1",))
    told = await _plan("solve 2d = 84, where d is a distance in miles; and in km?")
    assert [agent for agent, _, _ in told] == ["math", "units"]
    assert "miles" in told[0][1] and told[1][2] == ("t1",)


async def test_a_thing_sized_in_the_message_is_converted() -> None:
    plan = await _plan("the pool holds 50000 litres and water costs 0.002 a litre. what does "
                       "filling it cost, and how big is the pool in gallons?")
    assert ("units", "convert 50000 litres to gallons", ()) in plan


@pytest.mark.parametrize("text", [
    "which thing on here was cheapest, and what's the whole bill in pounds?",
    "what cost the most here? also the total in yen"])
async def test_the_whole_bill_converted_is_the_total(text: str) -> None:
    plan = await _plan(text, images=1)
    units = next(p for p in plan if p[0] == "units")
    source = next(p for index, p in enumerate(plan, start=1) if f"t{index}" == units[2][0])
    assert source[0] == "vision" and "cheapest" not in source[1] and "most" not in source[1]


@pytest.mark.parametrize("text", [
    "we paid 12, 15.50 and 9.25 for the tickets - what's the total?",
    "sum 10, 20, 30, 40 please"])
async def test_every_listed_number_is_summed(text: str) -> None:
    plan = await _plan(text)
    assert plan[0][0] == "data"


@pytest.mark.parametrize(("text", "request_"), [
    ("I'm 11 stone 4, 175 cm. my weight in kg and my BMI?", "convert 11 stone 4 lb to kg"),
    ("weight 9st 12lb, height 160cm - in kilos please, and my bmi", "convert 9 stone 12 lb to"),
])
async def test_stone_and_pounds_are_one_weight(text: str, request_: str) -> None:
    plan = await _plan(text)
    assert any(agent == "units" and request.startswith(request_) for agent, request, _ in plan)


@pytest.mark.parametrize(("text", "second"), [
    ("mean of 12, 30, 18 and 20? and how far is 25 from it", "|25 - that|"),
    ("what's 15% of 240? then add that onto 240", "240 plus that"),
    ("solve 3x + 4 = 19, then tell me what 4x is", "4 times that"),
    ("solve 2n - 1 = 9 and then what's 3n?", "3 times that"),
])
async def test_a_figure_put_beside_the_result_before_it(text: str, second: str) -> None:
    from core.agents.mathtext import parse_math

    plan = await Planner().plan(Request(text))
    last = plan.subtasks[-1]
    assert (last.agent, last.depends_on) == ("math", ("t1",))
    plain = re.sub(r"[()\s]", "", parse_math(last.request, previous=True).expression)
    assert last.request == second or plain == re.sub(r"[()\s]", "", parse_math(
        second, previous=True).expression)


@pytest.mark.parametrize("text", [
    "my run is 5 miles. in km? and how far is that over 3 easy runs?",
    "I slept from 10:30 pm to 6:00 am. how many hours is that, and over 5 nights like that?",
])
async def test_a_result_over_several_times_is_multiplied(text: str) -> None:
    plan = await Planner().plan(Request(text))
    last = plan.subtasks[-1]
    assert last.agent == "math" and last.request.endswith("times that") and last.depends_on


@pytest.mark.parametrize(("text", "count"), [
    ("£450 for a 5 day trip - what's that in euros, and how much a day?", "5"),
    ("we've got $1200 for 4 people. in pounds? and what is that per person?", "4"),
])
async def test_a_converted_amount_shared_per_day_or_person(text: str, count: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents[0] == "units"
    assert (plan.subtasks[-1].request, plan.subtasks[-1].depends_on) == (
        f"that divided by {count}", ("t1",))


@pytest.mark.parametrize(("text", "second"), [
    ("twice my age plus 4 is 60. how old am I, and how old will I be in 5 years?",
     "that plus 5"),
    ("her age times 2 is 30. how old is she and how old was she 4 years ago?", "that minus 4"),
])
async def test_an_age_found_then_moved_in_time(text: str, second: str) -> None:
    plan = await Planner().plan(Request(text))
    assert (plan.subtasks[-1].request, plan.subtasks[-1].depends_on) == (second, ("t1",))


async def test_a_price_per_unit_keeps_its_currency() -> None:
    plan = await _plan("the rug is 9 feet long. how many metres is that, and what would "
                       "edging cost at €6.50 a metre?")
    assert plan[1][1:] == ("€6.5 times that to 2 decimal places", ("t1",))
