"""A last ask that is a step on the answer before it gets its own part, whatever the reader
that answers the first ask: a multiple, a share, containers needed, a gap to a limit, the
same figure in another unit."""

from __future__ import annotations

import pytest

from core.agents.base import AgentResult
from core.agents.compose_steps import NEW_FIGURE, sized, step_request
from core.agents.executor import headline_amount
from core.agents.plan import Subtask
from core.agents.planner import Planner, Request

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("ask", "step"), [
    ("and how many over a fortnight if I have 3?", "3 times that"),
    ("what would that come to at 0.25 a kWh?", "0.25 times that to 2 decimal places"),
    ("how much more until I reach 2000?", "2000 minus that"),
    ("how far short of 100 is it", "100 minus that"),
    ("how many points above 50 is that?", "that minus 50"),
    ("how many 25 kg sacks?", "ceiling(that / 25 kg)"),
    ("how many full 330 ml cans does that fill?", "floor(that / 330 ml)"),
    ("and per slice if it makes 8?", "that divided by 8"),
    ("how much per serving with 5 servings", "that divided by 5"),
    ("how many scoops if a scoop is 30 g?", "that / 30 g"),
])
async def test_the_step_each_wording_asks(ask: str, step: str) -> None:
    assert step_request(ask, "") == step


async def test_a_period_without_a_reference_is_no_step() -> None:
    assert step_request("what will their ages add up to in 5 years?", "") is None
    assert step_request("and per month?", "I earn 50,000 a year. per hour?") is None


@pytest.mark.parametrize("ask", ["thanks, that helps", "the bags are green"])
async def test_a_remark_is_no_step(ask: str) -> None:
    assert step_request(ask, "") is None


async def test_a_measure_is_put_in_the_answers_unit() -> None:
    task = Subtask("t2", "math", "floor(that / 250 ml)", ("t1",), label=NEW_FIGURE)
    litres = {"t1": AgentResult(ok=True, text="", amount=3.0, currency="litres")}
    assert sized(task, litres).request == "floor(that / 0.25)"
    millilitres = {"t1": AgentResult(ok=True, text="", amount=3000.0, currency="ml")}
    assert sized(task, millilitres).request == "floor(that / 250)"
    plain = Subtask("t2", "math", "that / 250 ml", ("t1",))
    assert sized(plain, litres) is plain


async def test_a_named_bare_figure_is_an_amount() -> None:
    assert headline_amount(AgentResult(ok=True, text="final grade: **71**")).amount == 71
    assert headline_amount(AgentResult(ok=True, text="total: **1,250**")).amount == 1250
    assert headline_amount(AgentResult(ok=True, text="y = **4**")).amount is None


async def _plan(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    plan = await Planner().plan(Request(text))
    return [(s.agent, s.request, s.depends_on) for s in plan.subtasks]


async def test_a_step_after_the_reader_waits_for_it() -> None:
    plan = await _plan("a 60 W lamp on for 5 hours a day. how many kWh a week, and what's that "
                       "at 0.30 per kWh?")
    assert plan[-1] == ("math", "0.3 times that to 2 decimal places", ("t1",))
    assert plan[0][0] != "math" and "0.30" not in plan[0][1]


async def test_the_answer_in_another_unit_waits_for_it() -> None:
    plan = await _plan("Cycled 36 km in 1h30. Average speed in km/h and in mph?")
    assert plan[-1] == ("units", "in mph?", ("t1",))


@pytest.mark.parametrize(("text", "second"), [
    ("5,000 saved at 3% compound interest: what's it worth after 2 years, and after 6?",
     "worth after 6 years"),
    ("a 200 mg dose with a half-life of 6 hours. how much is left after 6 hours and after 18?",
     "how much is left after 18 hours"),
])
async def test_the_same_ask_with_another_figure(text: str, second: str) -> None:
    plan = await _plan(text)
    assert len(plan) == 2 and plan[0][0] == plan[1][0] and not plan[1][2]
    assert second in plan[1][1]


async def test_numbered_asks_after_a_lead_in() -> None:
    from core.agents.clauses import pieces

    assert [p.strip() for _, p in pieces("quick ones: 1) 12 miles in km 2) 3 stone in kg")] == \
        ["12 miles in km", "3 stone in kg"]
    plan = await _plan("could you do 1) 70 kg in pounds 2) 5 feet in cm")
    assert [agent for agent, _, _ in plan] == ["units", "units"]


async def test_plots_keep_a_leading_minus_and_drop_of() -> None:
    plan = await _plan("draw y = x^2 + 1 and y = -3x + 5 on one graph, where do they meet?")
    assert ("data", "plot y = -3x + 5", ()) in plan
    plan = await _plan("give me a graph of 3^x for x from 0 to 5 and what's the value at x = 5?")
    assert plan[0] == ("data", "plot y = 3^x for x from 0 to 5", ())


@pytest.mark.parametrize("ask", ["what is its value at x = pi/4?", "and the value right at x = 2",
                                 "what does it equal when x is 3?"])
async def test_a_value_of_the_plotted_function(ask: str) -> None:
    plan = await _plan(f"graph y = 12cos(x) over two periods, {ask}")
    assert plan[-1][0] == "math" and plan[-1][1].endswith("y = 12cos(x)")


async def test_each_line_of_a_system_is_drawn() -> None:
    plan = await _plan("solve 2x + y = 7 and x - y = 2, then draw both lines")
    assert [r for a, r, _ in plan if a == "data"] == ["plot y = -2*x + 7", "plot y = x - 2"]


async def test_a_named_measure_is_converted_not_the_result_before() -> None:
    plan = await _plan("hips 102 cm, waist 80 cm. what's my waist-to-hip ratio, and my hips in "
                       "inches?")
    assert plan[-1] == ("units", "convert 102 cm to inches", ())


async def test_a_share_of_a_sum_keeps_the_sums_currency() -> None:
    plan = await _plan("dinner was 40.50, 22.10 and 18.40 euros. total? split 3 ways? and one "
                       "share in dollars?")
    assert plan[-1][0] == "units" and "EUR" in plan[-1][1]


async def test_a_sum_of_amounts_is_converted_as_a_sum() -> None:
    plan = await _plan("3 cups of 200 ml and a 500 ml carton, how many litres in all, and in "
                       "pints?")
    assert plan[-1] == ("units", "in pints?", ("t1",))


@pytest.mark.parametrize(("ask", "step"), [
    ("and the cost over 14 days at 0.31 per kWh?", "14 times 0.31 times that to 2 decimal places"),
    ("what would it come to at 1.60 a litre?", "1.6 times that to 2 decimal places"),
])
async def test_a_cost_at_a_price_over_a_period(ask: str, step: str) -> None:
    from core.agents.compose_reuse import reuse_request

    assert reuse_request(ask) == step


async def test_a_step_on_the_amount_a_conversion_starts_from() -> None:
    plan = await _plan("I'm 95 kg, what's that in stone? and how many kg to get down to 80?")
    assert plan[-1] == ("math", "|80 - that|", ("t1",))
    from core.agents.compose_steps import given_inputs

    step = Subtask("t2", "math", "|80 - that|", ("t1",), label="Working on the 95 kg")
    read = given_inputs(step, {"t1": AgentResult(ok=True, text="", amount=14.96)})
    assert (read["t1"].amount, read["t1"].currency) == (95, "kg")


@pytest.mark.parametrize(("ask", "step"), [
    ("and if I throw in another 50 g, how much is it then?", "that plus 50"),
    ("how many kg until I hit 70?", "|70 - that|"),
])
async def test_added_and_until(ask: str, step: str) -> None:
    assert step_request(ask, "") == step


async def test_how_far_converts_the_distance_given() -> None:
    plan = await _plan("cycling 48 km at 16 km/h. how long will it take, and how far is that in "
                       "miles?")
    assert plan[-1] == ("units", "convert 48 km to miles", ())


async def test_each_ask_read_with_the_statement_when_their_answers_differ() -> None:
    plan = await _plan("I pay 40 for a jacket and sell it for 64. what's my markup %, and what's "
                       "my margin %?")
    assert [agent for agent, _, _ in plan] == ["health", "health"]
    assert plan[0][1].startswith("I pay 40 for a jacket and sell it for 64.")
    assert plan[1][1].endswith("my margin %?")


async def test_a_lists_unit_said_before_its_numbers_is_where_the_conversion_starts() -> None:
    plan = await _plan("temperatures in F were 50, 61, 58, 47. the average, and that in celsius?")
    assert plan[-1][0] == "units" and plan[-1][2] == ("t1",)
    assert plan[-1][1].startswith("assuming it is in fahrenheit, ")


async def test_the_same_figures_for_two_people_are_asked_for_each() -> None:
    plan = await _plan("BMI please: me (62 kg, 1.70 m) and my sister (55 kg, 1.58 m)")
    assert [agent for agent, _, _ in plan] == ["health", "health"]
    assert "62 kg" in plan[0][1] and "55 kg" not in plan[0][1]
    assert "55 kg" in plan[1][1] and "62 kg" not in plan[1][1]
    together = await _plan("me (62 kg, 1.70 m) and my sister (55 kg, 1.58 m): the difference "
                           "between our BMIs?")
    assert len([a for a, _, _ in together if a == "health"]) <= 1


async def test_an_amount_asked_in_two_units_side_by_side() -> None:
    plan = await _plan("the label says 32 psi but my gauge reads bar and kPa. what are both?")
    assert [r for a, r, _ in plan if a == "units"][-1] == "convert 32 psi to kpa"


async def test_what_is_left_of_a_figure_after_taking_the_answer_off() -> None:
    plan = await _plan("what's 15% of 240? and what's left of the 240 after taking that off, in "
                       "euros?")
    assert plan[1] == ("math", "240 minus that", ("t1",))
    assert plan[2][0] == "units" and plan[2][2] == ("t2",)
