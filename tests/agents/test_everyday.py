"""Kinds of everyday request, each in several wordings: sums of prices, change, a price per
unit times a quantity, percentage change, a mark as a percentage, limits at infinity, trend
words and named statistics; sentences that only hold numbers stay conversation."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.data_agent import make_data_agent, named_first
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.planner import Planner, Request
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.data import DataTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

MATH = [
    ("I got milk 8.93, bread 4.00 and butter 7.06 - what's that altogether?", "19.99"),
    ("apples $2.50, pears $3.10, grapes $4.25: how much in total?", "9.85"),
    ("bought a shirt for 19.99 and socks for 5.49, what did I spend altogether?", "25.48"),
    ("I got 3 coffees at 2.50 each and a cake for 4.20, how much altogether?", "11.7"),
    ("I paid with a 20 dollar note for something that cost 18.59. how much change?", "1.41"),
    ("gave the cashier a 50 for a bill of 32.75, what change do I get back?", "17.25"),
    ("I bought things for $4.10, $2.35 and $7.80 and paid with a twenty. change?", "5.75"),
    ("petrol is 2.04 a litre and I put in 24 litres. what did that cost me?", "48.96"),
    ("cheese is 12.50 per kilo, how much for 3 kilos?", "37.5"),
    ("I got 15 out of 20 on my quiz, what's that as a percentage?", "75"),
    ("she scored 42/50 - what percent is that?", "84"),
    ("lim x→∞ of (2x^2 + 9)/(2x^2 - 9)", "1"),
    ("what's the limit of (3x + 1)/(x - 2) as x goes to infinity", "3"),
    ("limit of (7x^2 + 8)/(3x^2 - 5) when x tends to ∞", "7/3"),
]


@pytest.mark.parametrize(("text", "expected"), MATH)
async def test_everyday_arithmetic_kinds(pool: WorkerPool, text: str, expected: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math",), text
    result = await make_math_agent(MathTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and f"**{expected}" in result.text, (text, result.text)


@pytest.mark.parametrize("text", [
    "I got 15 out of 20 on my quiz!", "rent went from 1700 to 1496 this year",
    "petrol is 2.04 a litre these days", "I paid with a 20 dollar note", "prices are rising",
    "milk 8.93, bread 4.00 and butter 7.06 were on my list",
    "my kids are 3, 5 and 7 - are they growing fast?",
])
async def test_statements_stay_chat(text: str) -> None:
    assert (await Planner().plan(Request(text))).agents == ("chat",), text
    assert find_math(text) is None


@pytest.mark.parametrize(("text", "figures"), [
    ("electricity bills: jan 51, feb 178, mar 183, apr 196. have they been climbing or "
     "dropping?", ["trend: rising"]),
    ("sales 90 70 65 40 - are they going up or down?", ["trend: falling"]),
    ("temps this week: 22 23 22 27 17 32 13. hottest and average?",
     ["maximum **32**", "mean **22.29**"]),
    ("coldest of 5, -2, 7, 1?", ["minimum **-2**"]),
])
async def test_data_asks_by_name(pool: WorkerPool, text: str, figures: list[str]) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("data",), text
    result = await make_data_agent(DataTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and all(f in result.text for f in figures), (text, result.text)


async def test_named_columns_come_first() -> None:
    series = {"day": [1.0, 2.0], "score": [3.0, 4.0], "hours_studied": [5.0, 6.0]}
    ordered = named_first(series, "how strongly are hours studied and score correlated?")
    assert list(ordered) == ["hours_studied", "score", "day"]
    assert list(named_first(series, "how am I doing today?")) == list(series)
