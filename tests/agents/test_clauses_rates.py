"""An exchange rate stated beside the asks is how to convert, not an amount to convert, and a
complete ask is never swallowed by the chat words after it."""

from __future__ import annotations

import pytest

from core.agents.stated_rate import without_stated_rate
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply, planned

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "kept"), [
    ("and my half in pounds (1 EUR = 0.87 GBP)?", "and my half in pounds?"),
    ("what is that in dollars? (1 EUR = 1.17 USD = 0.87 GBP, to the cent)",
     "what is that in dollars? (to the cent)"),
    ("and the price in euros at 1 EUR = 1.17 USD", "and the price in euros"),
    ("then the same in yen using 1 USD = 150 JPY please", "then the same in yen please"),
    ("what is 1 EUR in USD?", "what is 1 EUR in USD?"),
    ("is 10 EUR = 11 USD right?", "is 10 EUR = 11 USD right?"),
])
async def test_a_stated_rate_is_no_amount(text: str, kept: str) -> None:
    assert without_stated_rate(text) == kept


async def test_a_result_is_converted_beside_a_stated_rate(pool: WorkerPool) -> None:
    text = ("A contractor bills 6 days at €380 a day. What's the bill in euros, and what's it "
            "in dollars (1 EUR = 1.17 USD)?")
    plan = await planned(text)
    assert [agent for agent, _, _ in plan] == ["math", "units"]
    assert plan[1][2] == ("t1",) and plan[1][1].endswith("? (at 1 EUR = 1.17 USD)")
    reply = await final_reply(pool, text)  # at the rate given, not the stored one
    assert "2280" in reply and "2667.60 USD" in reply


async def test_a_conversion_is_kept_before_an_ask_no_reader_understands(
        pool: WorkerPool) -> None:
    text = ("A contractor bills 6 days at €380 a day. What's the bill in euros, what's it in "
            "dollars, and how much reaches me after a 2% bank charge?")
    plan = await planned(text)
    assert [agent for agent, _, _ in plan][:2] == ["math", "units"]
    assert "2667.6 USD" in await final_reply(pool, text)


async def test_the_yearly_figure_converts_the_worked_pay(pool: WorkerPool) -> None:
    text = ("A part-time job pays $24.50 an hour for 15 hours a week. What's that a year (52 "
            "weeks), and what's the yearly figure in euros?")
    plan = await planned(text)
    assert plan[-1][0] == "units" and plan[-1][2] == ("t1",) and "24.5" not in plan[-1][1]
    reply = await final_reply(pool, text)
    assert "$19,110.00 a year" in reply and "16333.33 EUR" in reply


async def test_the_daily_amount_converts_the_last_of_the_asks_read_apart(
        pool: WorkerPool) -> None:
    text = ("trip budget €600, spent €250 so far, 7 days to go. how much is left, how much per "
            "day, and what's the daily amount in pounds?")
    plan = await planned(text)
    assert plan[-1][0] == "units" and plan[-1][2] == ("t2",)
    assert "43.5 GBP" in await final_reply(pool, text)  # 350 / 7 = 50 EUR a day


async def test_a_second_question_on_a_new_line_is_answered_on_its_own(pool: WorkerPool) -> None:
    text = ("quick one: least common multiple of 6 and 8?\nalso: a $95.40 taxi fare split "
            "between 4, how much each?")
    plan = await planned(text)
    assert [agent for agent, _, _ in plan] == ["math", "math"]
    reply = await final_reply(pool, text)
    assert "**24**" in reply and "23.85" in reply
