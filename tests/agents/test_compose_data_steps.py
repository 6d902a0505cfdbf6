"""Data asks by kind: a mean leaving a value out, a mean to some decimal places, the average
change per step, the percentage change first to last, and a table pasted in the message."""

from __future__ import annotations

import pytest

from core.agents.data_agent import _extras
from core.agents.data_paste import keep_table, pasted_table
from core.agents.data_words import worded_figure
from core.agents.plan import Subtask

pytestmark = pytest.mark.asyncio(loop_scope="module")

VALUES = [10.0, 0.0, 20.0, 30.0]


@pytest.mark.parametrize("question", [
    "leave out the 0 and give me the mean", "average, not counting the zero",
    "what's the mean excluding 0?", "mean without the zeros please",
    "disregard the 0 - average?"])
async def test_a_mean_leaving_a_value_out(question: str) -> None:
    assert any("**20**" in e and "without the 0" in e for e in _extras(VALUES, question))


@pytest.mark.parametrize(("question", "shown"), [
    ("mean to 1 decimal place?", "**15.0**"), ("average, to 2 dp", "**15.00**"),
    ("avg rounded to one decimal", "**15.0**"), ("mean to 3 d.p.", "**15.000**")])
async def test_a_mean_to_decimal_places(question: str, shown: str) -> None:
    assert any(shown in e for e in _extras(VALUES, question))


@pytest.mark.parametrize("question", [
    "what's the average monthly change?", "average change per week?",
    "on average, how much did it go up each month?", "average increase per step",
    "how much did it grow a year on average?"])
async def test_the_average_change_per_step(question: str) -> None:
    assert any("**+5**" in e for e in _extras([100.0, 104.0, 103.0, 115.0], question))


@pytest.mark.parametrize("question", [
    "by what % did it grow from the first to the last?", "percentage increase overall?",
    "how much did it change in percent from Jan to Apr?", "what's the % drop?"])
async def test_the_percentage_change(question: str) -> None:
    out = " ".join(_extras([80.0, 90.0, 95.0, 100.0], question))
    assert "25.00%" in out


async def test_no_percentage_without_a_change_asked() -> None:
    assert not any("%" in e for e in _extras([80.0, 90.0, 100.0], "what percent is the mean?"))


@pytest.mark.parametrize(("text", "series"), [
    ("hours,score\n1,50\n2,55\n4,70\ncorrelation?", {"hours": [1, 2, 4], "score": [50, 55, 70]}),
    ("date;kwh\n2026-01-01;12\n2026-01-02;9\n2026-01-03;11\nmean?", {"kwh": [12, 9, 11]}),
    ("day 1\t4.5\nday 2\t5\nday 3\t6\nmedian?", {"column 2": [4.5, 5, 6]}),
    ("| item | £ |\n| tea | 2.5 |\n| cake | 3 |\n| jam | 4 |\ntotal?", {"£": [2.5, 3, 4]}),
])
async def test_a_pasted_table(text: str, series: dict[str, list[float]]) -> None:
    assert pasted_table(text) == series


@pytest.mark.parametrize("text", [
    "weight: 70, 71, 72\nheight: 170, 171, 172\nsleep: 7, 8, 6",
    "I ran 5 km, then 3 km\nwhat's the total?", "1, 2, 3, 4 - average?"])
async def test_no_table_in_lists_or_prose(text: str) -> None:
    assert pasted_table(text) == {}


async def test_the_data_part_keeps_the_table_lines() -> None:
    text = "a,b\n1,2\n3,4\n5,7\nhow do they correlate?"
    flat = Subtask("t1", "data", " ".join(text.split()))
    assert keep_table([flat], text)[0].request == text


async def test_label_and_value_lines_are_a_table() -> None:
    text = "rainfall (mm)\n2019: 610\n2020: 580\n2021: 702\nslope per year?"
    assert pasted_table(text) == {"values": [610, 580, 702]}
    assert pasted_table("lap times\n1:52\n1:49\n1:55") == {}


@pytest.mark.parametrize(("text", "share"), [
    ("Rent 900, food 300, fun 300. What percent went on food?", "20.00%"),
    ("bills: £150, rent: £1,200, food: £250 - what share of the total is rent?", "75.00%"),
    ("spent: petrol 40, parking 10, tolls 50 - what proportion of it was tolls?", "50.00%"),
])
async def test_a_share_of_a_named_amount(text: str, share: str) -> None:
    assert f"**{share}**" in (worded_figure(text) or "")


@pytest.mark.parametrize(("text", "rate"), [
    ("My savings grew from 10,000 to 14,641 over 4 years. CAGR?", "10.00%"),
    ("the fund went from $5k to $8k in 5 years - compound annual growth rate?", "9.86%"),
    ("from 200 to 242 over 2 years, what's that compounded per year?", "10.00%"),
])
async def test_the_compound_annual_growth_rate(text: str, rate: str) -> None:
    assert f"**{rate}**" in (worded_figure(text) or "")


async def test_a_tally_of_listed_words() -> None:
    text = "Votes: yes, no, yes, yes, maybe, no. How many voted, and how many said no?"
    out = worded_figure(text) or ""
    assert "**6** answers" in out and "no: **2**" in out
    commonest = worded_figure("picks were: pizza, curry, pizza, tacos, pizza - most popular?")
    assert "most common: **pizza**" in (commonest or "")


@pytest.mark.parametrize("text", [
    "I earn 40k a year and rent is 1200 a month. Is that a good share?",
    "we went from 3 to 5 kids over 4 years, funny how time flies",
    "I said yes, no, maybe, later, never to him",
    "I got 45 in maths and 30 in english, what percent is that?",
])
async def test_worded_chat_stays_chat(text: str) -> None:
    assert worded_figure(text) is None


@pytest.mark.parametrize("text", [
    "tot up these receipts please: 12.40, 8.99, 23.10",
    "ad clicks: 10 20 30 40 / sales: 1 3 2 5 - pearson r?",
    "temps 3, 5, 8, 9, 12 - gradient of the line of best fit?",
])
async def test_a_list_asked_by_its_figure_is_data(text: str) -> None:
    from core.agents.compose_data import listed_numbers_question

    plan = listed_numbers_question([Subtask("t1", "chat", text)], text)
    assert [s.agent for s in plan] == ["data"]
