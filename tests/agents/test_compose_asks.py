"""Every ask in a message is answered: several health figures from one set of details, a
result then its conversion, a conversion that names only its target, the change or balance
of an attached bill, and a statistic asked of listed numbers that no rule claimed."""

from __future__ import annotations

import pytest

from core.agents.base import AgentResult
from core.agents.executor import headline_amount
from tests.agents.helpers import planned as _plan

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "asks"), [
    ("need my max heart rate and BMI for the trainer: 180 cm, 82 kg, age 40", 2),
    ("woman, 29, 165 cm, 58 kg - what's my BMR, and my BMI?", 2),
    ("44 years old, 180 cm, 90 kg: the BMI, daily water and heart rate zones please", 3),
])
async def test_several_health_figures_each_get_a_part(text: str, asks: int) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == ["health"] * asks


async def test_a_dose_plan_is_not_split() -> None:
    plan = await _plan("took 400 mg at 8am, every 6 hours - when is the next one?")
    assert [agent for agent, _, _ in plan] == ["health"]


@pytest.mark.parametrize(("text", "target"), [
    ("I weigh 75 kg, how much water per day? and what is that in fl oz?", "fl oz"),
    ("at 90 kg how much water should I drink daily - what's that in pints?", "pints"),
])
async def test_a_result_then_its_conversion(text: str, target: str) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == ["health", "units"]
    assert target in plan[1][1] and plan[1][2] == ("t1",)


async def test_a_conversion_naming_only_its_target_uses_the_messages_quantity() -> None:
    plan = await _plan("5 km easy at 70% of my max heart rate, I'm 30. how many miles "
                       "is that run, and what bpm?")
    assert ("units", "convert 5 km to miles", ()) in plan


@pytest.mark.parametrize(("text", "math"), [
    ("paying with a $20 note - what change do I get?", "how much change from $20?"),
    ("I'll hand over a fifty, how much do I get back?", "how much change from $50?"),
])
async def test_money_on_an_attached_bill_reads_the_total_first(text: str, math: str) -> None:
    plan = await _plan(text, images=1)
    assert plan[:2] == [("vision", "what is the total?", ()), ("math", math, ("t1",))]


async def test_a_balance_then_in_another_currency() -> None:
    plan = await _plan("gift card worth £15 for this receipt - what's left to pay, and what "
                       "is that in dollars?", images=1)
    assert [agent for agent, _, _ in plan] == ["vision", "units"]  # the balance read once
    assert plan[1][2] == ("t1",)


@pytest.mark.parametrize(("text", "agents"), [
    ("monthly visitors, first to last: 120, 180, 260, 310, 400. where's it going?",
     ["data"]),
    ("snowfall in cm each day: 4, 12, 7, 0, 3. which day was the heaviest, and in inches?",
     ["data", "units"]),
    ("I had 3 coffees, 2 teas and 5 waters today, feeling great", ["chat"]),
])
async def test_listed_numbers_and_a_statistic(text: str, agents: list[str]) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == agents


async def test_a_results_headline_figure_is_its_amount() -> None:
    read = headline_amount(AgentResult(ok=True, text="daily water: **2.1 litres** — more"))
    assert (read.amount, read.currency) == (2.1, "litres")
    assert headline_amount(AgentResult(ok=True, text="**3** and **4 kg**")).amount is None
    assert headline_amount(AgentResult(ok=True, text="x = **4**")).amount is None


@pytest.mark.parametrize(("text", "math"), [
    ("five of us shared this dinner, what's each person's part?", "split the total 5 ways"),
    ("we are 3 friends splitting this, how much each?", "split the total 3 ways"),
    ("I set a $80 monthly budget for food; what percent of it is this receipt?",
     "what percentage of 80 is the total?"),
])
async def test_a_split_or_a_share_of_an_attached_bill(text: str, math: str) -> None:
    plan = await _plan(text, images=1)
    assert plan[:2] == [("vision", "what is the total?", ()), ("math", math, ("t1",))]


@pytest.mark.parametrize(("text", "agents"), [
    ("1) 20% of 150 2) 3 miles in km 3) square root of 81", ["math", "units", "math"]),
    ("(1) what is 3^4 (2) 10 lb in kg", ["math", "units"]),
])
async def test_numbered_asks_are_parts(text: str, agents: list[str]) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == agents
    assert all(not deps for _, _, deps in plan)


async def test_a_bracket_is_no_numbered_ask() -> None:
    plan = await _plan("solve (x - 2) * 4 = 3 (x + 1)")
    assert [agent for agent, _, _ in plan] == ["math"]


@pytest.mark.parametrize(("text", "target"), [
    ("lap times 61.2, 59.8, 60.4 and 62.0 seconds - the mean in minutes?", "in minutes"),
    ("what's the average of 3, 4, 5 kg in pounds", "in pounds"),
    ("highs of 20, 24, 22 and 26 °C this week; the hottest in fahrenheit please",
     "in fahrenheit"),
])
async def test_a_statistic_in_another_unit(text: str, target: str) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == ["data", "units"]
    assert plan[1][1] == target and plan[1][2] == ("t1",)


async def test_a_height_in_feet_and_bare_inches() -> None:
    plan = await _plan("I'm 6 foot 1 and 90 kg. my height in cm, and my BMI?")
    assert ("units", "convert 6 ft 1 in to cm", ()) in plan


@pytest.mark.parametrize(("text", "handed"), [
    ("I handed over $30. change?", "30"),
    ("if I pay with a twenty and a ten, how much do I get back?", "30"),
    ("I gave two $20 notes - what's my change?", "40"),
])
async def test_the_money_handed_over(text: str, handed: str) -> None:
    plan = await _plan(text, images=1)
    assert plan[1] == ("math", f"how much change from ${handed}?", ("t1",))


async def test_a_balance_in_another_currency_named_bare() -> None:
    plan = await _plan("the total minus a $5 coupon, in euros", images=1)
    assert [agent for agent, _, _ in plan] == ["vision", "units"]


@pytest.mark.parametrize(("text", "figure"), [
    ("wind in mph: 12, 18, 25, 9, 14. the windiest reading, and in km/h?", "maximum **25**"),
    ("test scores 55, 72, 91, 64, 88: gap between best and worst?", "range **36**"),
    ("ages 4, 9, 12, 7 - who is the youngest?", "minimum **4**"),
])
async def test_superlatives_and_gaps_of_listed_numbers(text: str, figure: str) -> None:
    from core.agents.data_agent import _extras
    from core.agents.data_lists import main_list

    plan = await _plan(text)
    assert plan[0][0] == "data"
    assert any(e.startswith(figure) for e in _extras(main_list(text), plan[0][1]))


@pytest.mark.parametrize(("text", "target"), [
    ("I walked 3.2, 4.1 and 5 km this week. total in miles?", "in miles"),
    ("what's the average of 10, 12 and 14 lb in kg?", "in kg"),
])
async def test_a_list_with_its_unit_then_a_conversion(text: str, target: str) -> None:
    plan = await _plan(text)
    assert [agent for agent, _, _ in plan] == ["data", "units"]
    assert plan[1][1] == target


async def test_listed_calculations_stay_apart() -> None:
    plan = await _plan("calculate 3*4, 5+6 and 7-2")
    assert [agent for agent, _, _ in plan] == ["math", "math", "math"]


async def test_a_conversion_before_another_ask_is_answered_too() -> None:
    plan = await _plan("convert 8 miles to km and then tell me how long at 10 km/h")
    assert plan[0] == ("units", "convert 8 miles to km", ())
    assert len(plan) == 2 and plan[1][0] != "units"


@pytest.mark.parametrize(("text", "steps"), [
    ("add 8% tax to this receipt and give it in euros", ["vision", "units"]),
    ("with 15% off, what do I pay, and what's that in pounds?", ["vision", "math", "units"]),
])
async def test_bill_steps_each_use_the_one_before(text: str, steps: list[str]) -> None:
    plan = await _plan(text, images=1)
    assert [agent for agent, _, _ in plan] == steps
    assert all(deps == (f"t{index}",) for index, (_, _, deps) in enumerate(plan[1:], start=1))


async def test_steps_on_a_bill_worked_exactly_from_one_reading() -> None:
    from core.agents.vision import answer_from_text

    text = "we split this bill three ways and tip 10% - how much each?"
    assert [agent for agent, _, _ in await _plan(text, images=1)] == ["vision"]
    bill = "CAFE ROSA\n2026-05-02\nSoup $ 4.50\nBread $ 2.25\nCake $ 6.10\nTOTAL $ 12.85"
    each = answer_from_text(text, bill)
    assert "**4.71 USD** each" in each.text  # 12.85 × 1.1 ÷ 3, carried on exactly
    assert each.amount is not None and abs(each.amount - 14.135 / 3) < 1e-9
    hours = answer_from_text("on $9.50 an hour how many hours of work is this bill?", bill)
    assert "**1.35 hours**" in hours.text
    coupon = answer_from_text("with my 20% off voucher what would I pay, and how much saved?",
                              bill)
    assert "**10.28 USD**" in coupon.text and "**2.57 USD**" in coupon.text
    tax = answer_from_text("plus 5% tax: the tax, and the total I pay?", bill)
    assert "**0.64 USD**" in tax.text and "**13.49 USD**" in tax.text
    parts = answer_from_text("paying it in 5 monthly instalments - how much each month?", bill)
    assert parts.amount == 2.57


async def test_every_question_about_a_receipt_is_answered() -> None:
    from core.agents.vision import answer_from_text

    text = "DELI\n2026-05-02\nSoup $ 4.50\nBread $ 2.25\nCake $ 6.10\nTOTAL $ 12.85"
    both = answer_from_text("how much was the bread, and the total?", text)
    assert "**2.25**" in both.text and "**12.85 USD**" in both.text and both.amount == 12.85
    assert "**Cake**" in answer_from_text("what was the priciest thing?", text).text
    assert "**Bread**" in answer_from_text("and the cheapest item?", text).text
    assert "2026-05-02" in answer_from_text("what day was this?", text).text


async def test_several_items_priced_in_one_question() -> None:
    from core.agents.vision import answer_from_text

    text = "DELI\nSoup $ 4.50\nBread $ 2.25\nTOTAL $ 6.75"
    both = answer_from_text("how much were the soup and the bread on this receipt?", text)
    assert "**4.50**" in both.text and "**2.25**" in both.text


async def test_chat_with_listed_numbers_stays_chat() -> None:
    assert [a for a, _, _ in await _plan("my 3 cats are 2, 5 and 8, which is the friendliest?")
            ] == ["chat"]


@pytest.mark.parametrize(("question", "text", "span", "length"), [
    ("what are the opening hours and how long is it open each day?", "BAKERY\n8AM - 4PM",
     "8AM - 4PM", "8 hours"),
    ("when does the library open? how many hours a day is that?", "LIBRARY\n9:30 TO 17:00",
     "9:30 TO 17:00", "7 hours 30 minutes"),
    ("what hours is the shop open?", "SHOP\nOPEN 10 TILL 6", "10 TILL 6", "8 hours"),
])
async def test_a_sign_gives_its_hours_and_how_long_that_is(question: str, text: str, span: str,
                                                           length: str) -> None:
    from core.agents.vision import answer_from_text

    answer = answer_from_text(question, text).text
    assert f"**{span}**" in answer and f"**{length}**" in answer
