"""A measured amount's rise or fall in its own unit, and a rise or fall of an earlier
result ("… and if everyone improved by 10%, the new mean?")."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.mathtext import find_math
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "name", "shown"), [
    ("I was 12.5 stone and now I'm 11.9 stone - how much have I lost?", "lost", "0.6 stone"),
    ("the tank had 42 litres, now 17.5 litres. how much was used?", "used", "24.5 litres"),
    ("my son was 102 cm last year and is 109.5 cm now, how much did he grow?", "grew",
     "7.5 cm"),
    ("I'm 80 kg now, I was 86 kg in january. how much weight have I lost?", "lost", "6 kg"),
    ("started at 180 lbs, now 171 lbs. what's the difference?", "difference", "9 lb"),
])
def test_measured_change(text: str, name: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert (found.name, found.shown()) == (name, shown)


@pytest.mark.parametrize("text", [
    "I weigh 70 kg, how much is that in pounds?",
    "went from 80 kg to 76 kg, by what percent did it drop?",
    "I lost 3 kg last month and 2 kg this month",
])
def test_no_measured_change(text: str) -> None:
    found = reckon(text)
    assert found is None or found.unit == "%"


@pytest.mark.parametrize(("text", "expression"), [
    ("if they all went up 10%, what is the new average?", "(ANS) * (1 + 10/100)"),
    ("and if prices rose by 3%?", "(ANS) * (1 + 3/100)"),
    ("if each score dropped 10%, the new mean?", "(ANS) * (1 - 10/100)"),
    ("and after a 20% rise?", "(ANS) * (1 + 20/100)"),
    ("suppose it fell by 5%", "(ANS) * (1 - 5/100)"),
])
def test_a_rise_or_fall_of_the_result_before(text: str, expression: str) -> None:
    call = find_math(text, previous=True)
    assert call is not None and call.expression == expression
    assert classify(text, previous=True, after="data").backref


@pytest.mark.parametrize("text", [
    "prices rose 3% last year",
    "the price rose 10% to 55, what was it before?",
    "if it rains 10% more I stay home",
])
def test_a_rise_said_alone_is_no_sum(text: str) -> None:
    assert find_math(text) is None
