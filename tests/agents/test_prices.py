"""Money questions in words, definite integrals, and parts that build on earlier parts."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.mathtext import find_math
from core.agents.planner import Planner, Request
from core.agents.prices import money_expression
from core.agents.wording import expand


def money(text: str, previous: bool = False) -> str | None:
    return money_expression(expand(text).lower(), previous)


@pytest.mark.parametrize(("text", "expected"), [
    ("a jacket costs 140 and it's 40% off. what do I pay?", "(140) * (1 - 40/100)"),
    ("tv is 1,200 with 15% off, what's the price?", "(1200) * (1 - 15/100)"),
    ("the bill is 120 plus 8% tax, what's the total?", "(120) * (1 + 8/100)"),
    ("what's the tip at 18% on 45?", "(45) * 18/100"),
    ("3 coffees at 2.50 each and 2 muffins at 3 each, what's the total?",
     "3 * 2.50 + 2 * 3"),
    ("how much change from 50 if I buy 3 books at 12.99 each?", "50 - (3 * 12.99)"),
    ("6 eggs cost 3.00, how much is one?", "3.00 / 6"),
    ("a 12-pack costs 9, how much for 5?", "9 / 12 * 5"),
    ("the meal came to 90 and we are 4 people, how much per person?", "(90) / 4"),
    ("a 2k laptop with 10% discount how much do I pay", "(2000) * (1 - 10/100)"),
    ("dinner was 64.50, add a 15% tip and split it three ways, how much each?",
     "((64.50) * (1 + 15/100)) / 3"),
    ("what's the unit price if 12 eggs cost 3.60?", "3.60 / 12"),
    ("lunch for 3 came to 47.25; with a 15% tip, what does each of us owe?",
     "((47.25) * (1 + 15/100)) / 3"),
    ("how much is a 12.5% service charge on 88?", "(88) * 12.5/100"),
    ("and a 20% tip on $64.30, to the cent?", "(64.30) * 20/100"),
    ("also 8% tax on a $75 coat, to the cent?", "(75) * 8/100"),
    ("$64.30 with a 20% tip, to the cent?", "(64.30) * (1 + 20/100)"),
    ("3 of us had 2 pizzas at 12 each and drinks for 9, add a 10% tip and split it evenly - "
     "how much each?", "((2 * 12 + 9) * (1 + 10/100)) / 3"),
    ("a 3-night stay at 129 per night plus 12% tax - total?", "(3 * 129) * (1 + 12/100)"),
    ("our bill came to 58.00. we tip 10% as a gratuity, what's the total?",
     "(58.00) * (1 + 10/100)"),
])
def test_money_questions(text: str, expected: str) -> None:
    assert money(text) == expected


def test_split_after_a_result() -> None:
    assert money("how much each if we split it 3 ways?", previous=True) == "(ANS) / 3"
    assert money("how much each if we split it 3 ways?") is None


@pytest.mark.parametrize("text", [
    "I paid 50 for 3 books yesterday", "I have 3 kids and 2 dogs, what should I do?",
    "we were 4 people at dinner last night",
])
def test_money_statements_stay_chat(text: str) -> None:
    assert money(text) is None
    assert classify(text).agent == "chat"


@pytest.mark.parametrize(("text", "bounds"), [
    ("area under y = x^3 between x = 1 and x = 5", "1,5"),
    ("integrate x^2 from x=0 to x=3.", "0,3"),
    ("integral of x^2 over [0, 2]", "0,2"),
    ("definite integral of 2x with limits 1 and 4", "1,4"),
    ("integrate sin(x) from 0 to pi", "0,pi"),
])
def test_definite_integral_wordings(text: str, bounds: str) -> None:
    call = find_math(text)
    assert call is not None and call.operation == "integral" and call.extra == bounds


async def test_graph_of_an_earlier_part_gets_its_expression() -> None:
    plan = await Planner().plan(Request("find the roots of x^2 - 4x - 32 and draw its graph"))
    assert [s.agent for s in plan.subtasks] == ["math", "data"]
    assert plan.subtasks[1].request == "plot y = x^2 - 4x - 32"


async def test_health_at_a_converted_weight_uses_that_quantity() -> None:
    plan = await Planner().plan(Request(
        "convert 179 lb to kg, then tell me my bmi at that weight if I'm 193 cm"))
    assert [s.agent for s in plan.subtasks] == ["units", "health"]
    assert plan.subtasks[1].request.endswith("179 lb")


async def test_split_of_a_receipt_total_depends_on_the_reading() -> None:
    plan = await Planner().plan(Request(
        "what's the total here, and how much each if we split it 3 ways?", images=1))
    assert [s.agent for s in plan.subtasks] == ["vision", "math"]
    assert plan.subtasks[1].depends_on == (plan.subtasks[0].id,)


def test_plain_division_is_not_a_bill() -> None:
    assert money("what's 26 divided by 4?") is None
    assert money("my shopping was 45.60, split between 3 people") == "(45.60) / 3"


def test_a_clock_time_is_no_count_of_items() -> None:
    assert money("I start at 9:00 and finish at 5, how long?") is None


@pytest.mark.parametrize(("text", "expression"), [
    ("paid 4.80 for 3 coffees, how much for 7?", "4.80 / 3 * 7"),
    ("£36 for 4 tickets, how much each?", "36 / 4"),
])
def test_a_price_paid_for_several(text: str, expression: str) -> None:
    from core.agents.prices import money_expression

    assert money_expression(text.lower()) == expression
