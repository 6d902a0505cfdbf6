"""Asks that must keep their whole meaning: one quantity with a unit converted is no maths,
a rate written with two slashes is read whole or not at all, a factorial before a dash is
still a factorial, and the shop and the total asked of one receipt are both answered."""

from __future__ import annotations

import pytest

from core.agents.mathwritten import written
from core.agents.planner import Planner, Request
from core.agents.vision import answer_from_text
from core.agents.words_dimensions import dimensions


@pytest.mark.asyncio
@pytest.mark.parametrize("text", [
    "wind is 39 m/s, how much is that in km/h?",
    "the current is 2 m/s, what's that in mph?",
])
async def test_one_quantity_converted_is_one_units_part(text: str) -> None:
    plan = await Planner(None).plan(Request(text))
    assert plan.agents == ("units",)


def test_a_rate_with_two_slashes_is_not_read_as_an_amount() -> None:
    found = dimensions("Prescription: 20 mg/kg/day split into 2 doses. Patient is 11 kg. "
                       "How many mg per dose?")
    assert found is None or "40 mg" not in found.shown


def test_a_factorial_before_a_dash_is_evaluated() -> None:
    kind = written("what's 9! - and if that were minutes, how many hours would it be?")
    assert kind is not None and kind.expression == "factorial(9)"


def test_the_shop_and_the_total_are_both_answered() -> None:
    text = "CORNER CAFE\nCoffee 3.50\nBagel 2.25\nTOTAL 5.75\n"
    answer = answer_from_text("where was this and how much did it cost?", text).text
    assert "CORNER CAFE" in answer and "5.75" in answer
    assert "5.75" not in answer_from_text("how much did the bagel cost?", text).text
