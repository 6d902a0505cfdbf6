"""A measured amount's rise or fall in its own unit, and a rise or fall of an earlier
result ("… and if everyone improved by 10%, the new mean?")."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.mathtext import find_math
from core.agents.wording import expand
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


def test_a_rate_per_hundred_km_is_no_second_distance() -> None:
    found = reckon("a 240 km drive at 6.5 l/100 km - how many litres will we use?")
    assert found is not None and (found.name, found.shown()) == ("fuel needed", "15.6 litres")


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


@pytest.mark.parametrize(("text", "expanded"), [
    # a distance run written with a k is kilometres
    ("I did a 4k run in 22 minutes", "I did a 4 km run in 22 minutes"),
    ("ran 5k in 25 min", "ran 5 km in 25 min"),
    ("did a 10k yesterday", "did a 10 km yesterday"),
    ("cycled 20k this morning", "cycled 20 km this morning"),
    ("a 5k run", "a 5k run"),
    ("signed up for a 8k next month", "signed up for a 8 km next month"),
    ("training for a 21k, in miles?", "training for a 21 km, in miles?"),
    ("entered the 10k on saturday", "entered the 10 km on saturday"),
    ("signed up for 3k a year of gym", "signed up for 3000 a year of gym"),
    # a k that is the unknown is no thousand
    ("5k = 155, solve for k", "5*k = 155, solve for k"),
    # money written with a k is thousands
    ("I earn 45k a year", "I earn 45000 a year"),
    ("I spent 2k in 3 hours at the casino", "I spent 2000 in 3 hours at the casino"),
    ("made 10k in 2 months", "made 10000 in 2 months"),
    ("a 2k laptop with 10% off", "a 2000 laptop with 10% off"),
])
def test_a_k_after_a_run_is_kilometres(text: str, expanded: str) -> None:
    assert expand(text) == expanded


@pytest.mark.parametrize("text", [
    "I did a 4k run in 22 minutes, what was my average speed?",
    "the 4k run took me 22 minutes - average speed?",
    "4k in 22 mins, how fast is that?",
])
def test_a_run_written_with_a_k_has_a_speed(text: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == "4 / (22 / 60)" and call.unit == "km/h"


@pytest.mark.parametrize(("text", "expression"), [
    ("what's that over a year (52 weeks)?", "ANS * 52"),
    ("and over 52 weeks?", "ANS * 52"),
    ("how much is that over 12 months?", "ANS * 12"),
    ("what about for 6 months?", "ANS * 6"),
])
def test_the_result_before_over_some_periods(text: str, expression: str) -> None:
    call = find_math(text, previous=True)
    assert call is not None and call.expression == expression


def test_over_between_two_numbers_still_divides() -> None:
    call = find_math("what is 5 over 8?", previous=True)
    assert call is not None and "ANS" not in call.expression
