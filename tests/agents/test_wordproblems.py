"""Maths word problems are read by kind, in wordings the rules were not written from."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.mathtext import find_math, parse_math
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "operation", "expression"), [
    ("36 is 15% of what number?", "evaluate", "36 * 100 / 15"),
    ("25% of what amount is 40?", "evaluate", "40 * 100 / 25"),
    ("a jacket cost me 56 after 30% off - what was the full price?", "evaluate",
     "56 / (1 - 30/100)"),
    ("rent is 1,200 a month and goes up by a 5% increase, what's the new rent?", "evaluate",
     "1200 * (1 + 5/100)"),
    ("I invest 500 at 4% interest compounded annually. what is it worth after 3 years?",
     "evaluate", "500 * (1 + 4/100)^3"),
    ("18 out of the 24 pupils passed. what percentage is that?", "evaluate", "18 / 24 * 100"),
    ("a 500 ml bottle is 1.80, how much is that per litre?", "evaluate", "1.80 * 1000 / 500"),
    ("she earns 9.50 per hour and did 12 hours, what did she earn?", "evaluate", "9.50 * 12"),
    ("cycled 30 km in 90 minutes, what was my average speed?", "evaluate", "30 / (90 / 60)"),
    ("in a right angled triangle the two short sides are 6 and 8, how long is the "
     "hypotenuse?", "evaluate", "sqrt(6^2 + 8^2)"),
    ("how many ways can 5 runners line up at the start?", "evaluate", "factorial(5)"),
    ("simplify 18/24 to its simplest form", "evaluate", "18/24"),
    ("it went from 12 degrees down to -3 overnight, how many degrees did it fall?",
     "evaluate", "abs(12 - (-3))"),
    ("pick a number, double it and take away 7 and you get 29. what is the number?", "solve",
     "(x) * 2 - 7 = 29"),
    ("the sum of two numbers is 40 and they differ by 10. find the numbers", "solve",
     "x + y = 40, x - y = 10"),
])
def test_word_problems_by_kind(text: str, operation: str, expression: str) -> None:
    call = find_math(text)
    assert call is not None
    assert (call.operation, call.expression) == (operation, expression)
    assert classify(text).agent == "math"


def test_calculus_by_meaning() -> None:
    limit = parse_math("what does sin(2x)/(5x) approach as x goes to 0?")
    assert (limit.operation, limit.extra) == ("limit", "0")
    velocity = parse_math("the position is s(t) = 4t^2 + t. what is its velocity at t = 2?")
    assert (velocity.operation, velocity.at) == ("derivative", "2")
    brackets = parse_math("write x^2 + 5x + 6 as a product of two brackets")
    assert brackets.operation == "factor"
    assert parse_math("what is 3^-2?").expression == "3^(-2)"


@pytest.mark.parametrize("text", [
    "I paid 40 for shoes last week, they were 20% off",
    "we drove 300 km in 4 hours yesterday, lovely trip",
    "I think of a number every morning",
    "my two numbers for the lottery are 7 and 12",
])
def test_statements_with_numbers_stay_chat(text: str) -> None:
    assert find_math(text) is None


@pytest.mark.parametrize(("text", "total"), [
    ("2 capsules of 250 mg every 8 hours - how many mg do I take in a day?", "1500 mg"),
    ("one 400 mg tablet every 6 hours, what's the total dose over 24 hours?", "1600 mg"),
])
async def test_dose_totals(text: str, total: str) -> None:
    from core.agents.measures import health_result
    from core.tools.health import HealthResult

    assert classify(text).agent == "health"
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value.replace(",", "") == total


async def test_heart_rate_band() -> None:
    from core.agents.measures import health_result
    from core.tools.health import HealthResult

    text = "my coach wants me between 65 and 75... no, 60-70% of my maximum. I'm 40 years old"
    assert classify(text).agent == "health"
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value == "108–126 bpm"


def test_statement_then_its_own_ask_is_a_new_part() -> None:
    from core.agents.clauses import split
    from core.agents.intents import Context

    parts = split("I'm 30, what's my max heart rate? and the oven reads 350°F, what's that "
                  "in celsius?", Context())
    assert [p.intent.agent for p in parts] == ["health", "units"]
    assert "350" in parts[1].request


@pytest.mark.parametrize("text", ["how many ml is a 24 fl oz bottle?",
                                  "how much g is 3 ounces of flour?"])
def test_amount_conversions_are_not_dose_totals(text: str) -> None:
    assert classify(text).agent == "units"


@pytest.mark.parametrize(("text", "value", "unit", "more"), [
    ("she weighs 9 stone 3, in kg please", 9.0, "stone", ((3.0, "pound"),)),
    ('a 27" monitor, how many cm is that?', 27.0, "inch", ()),
    ("liquid nitrogen boils at 77 K. what is that in celsius?", 77.0, "kelvin", ()),
])
def test_written_amounts(text: str, value: float, unit: str,
                         more: tuple[tuple[float, str], ...]) -> None:
    from core.agents.quantities import parse_conversion
    from core.agents.wording import expand

    ask = parse_conversion(expand(text))
    assert ask is not None and (ask.value, ask.source.pint) == (value, unit)
    assert tuple((v, u.pint) for v, u in ask.more) == more
    assert expand("a 50K salary") == "a 50000 salary"


def test_an_operation_without_its_function_borrows_it() -> None:
    from core.agents.clauses import split
    from core.agents.intents import Context

    parts = split("take y = x^2 - 6x + 8. when is y equal to 0, and what is the slope "
                  "of it?", Context())
    assert len(parts) == 2
    first = parse_math(parts[0].request)
    assert first.operation == "solve" and "x^2 - 6x + 8" in first.expression
    second = parse_math(parts[1].request)
    assert (second.operation, second.expression) == ("derivative", "x^2 - 6x + 8")


def test_a_line_drawn_and_its_value_at_a_point() -> None:
    from core.agents.clauses import split
    from core.agents.intents import Context

    parts = split("sketch the line y = 3x - 2 please, and what is y when x = 5?", Context())
    assert [p.intent.agent for p in parts] == ["data", "math"]
    call = parse_math(parts[1].request)
    assert (call.expression, call.named) == ("3(5) - 2", "y")


async def test_longest_of_a_list_carries_its_unit() -> None:
    from core.agents.base import AgentResult
    from core.agents.data_agent import _with_amount

    request = "swims this week (km): 1.2, 2.5, 0.8. which was the longest?"
    assert classify(request).agent == "data"
    result = _with_amount(AgentResult(ok=True, text=""), [1.2, 2.5, 0.8], request)
    assert (result.amount, result.currency) == (2.5, "km")


def test_a_later_ask_uses_the_opening_statement() -> None:
    from core.agents.clauses import split
    from core.agents.intents import Context

    parts = split("cycled 45 km in 90 minutes. what is that in miles, and how fast was I "
                  "going on average?", Context())
    assert [p.intent.agent for p in parts] == ["units", "health"]
    assert parts[1].request.startswith("cycled 45 km in 90 minutes.")
    found = reckon(parts[1].request)
    assert found is not None and found.shown() == "30 km/h"


def test_a_supposed_unit_goes_with_the_ask_after_it() -> None:
    from core.agents.clauses import split
    from core.agents.intents import Context

    parts = split("what's 6! - and if that were seconds, how many minutes is it?", Context())
    assert len(parts) == 2 and parts[1].text.startswith("if that were seconds")
    assert parts[1].intent.agent == "units"


@pytest.mark.parametrize(("text", "expression"), [
    ("a ladder 10 ft long rests against a house, the bottom is 6 ft from the wall. how far "
     "up does it reach?", "sqrt(10^2 - 6^2)"),
    ("the top of a 25 m ramp is 7 m above the ground, how far along the ground does it go?",
     "sqrt(25^2 - 7^2)"),
    ("a rope goes from the top of a 12 m pole to a point 5 m from its base. how long is the "
     "rope?", "sqrt(12^2 + 5^2)"),
    ("a rectangular field is 40 m by 30 m, how long is the diagonal across it?",
     "sqrt(40^2 + 30^2)"),
])
def test_right_triangles_in_words(text: str, expression: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expression
    assert classify(text).agent == "math"


def test_a_ladder_mentioned_is_no_triangle() -> None:
    assert find_math("I have a 13 m ladder and a 5 m shed, what do you think?") is None


@pytest.mark.parametrize(("text", "unit"), [
    ("cycled 36 km in 1.5 hours, what was my speed?", "km/h"),
    ("we covered 120 miles in 2.5 hours - average speed?", "mph"),
    ("the kitchen measures 4 m by 2.5 m; floor area?", "m²"),
    ("a deck 12 ft by 10 ft: what is its area?", "ft²"),
])
def test_a_worded_result_carries_its_unit(text: str, unit: str) -> None:
    from core.agents.wordproblems import word_problem

    worded = word_problem(text.lower())
    assert worded is not None and worded.unit == unit


@pytest.mark.parametrize("text", [
    "a score of 85 when the mean is 70 and the standard deviation is 10: z-score?",
    "in a survey, 2 appears 5 times and 3 appears 4 times. what is the mean?",
])
def test_statistics_told_in_words_are_maths(text: str) -> None:
    assert classify(text).agent == "math"


def test_numbers_to_analyse_stay_data() -> None:
    assert classify("mean and median of 4 8 15 16 23 42").agent == "data"
