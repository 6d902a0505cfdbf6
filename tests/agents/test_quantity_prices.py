"""Prices among the quantities: a bare number said as a price ("a boiler costs 3,600"), an
amount of money asked with no unit named ("cost?"), decimal places asked ("2 dp") that are
no quantity, a price's unit ("$/m³") that is no conversion's destination, and a share of
the thing named after one amount ("what % of the bar")."""

from __future__ import annotations

from fractions import Fraction

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.agents.quantities import parse_conversion
from core.agents.wording import expand
from core.agents.words_counts import containers
from core.agents.words_places import without_places
from core.agents.words_reckon import reckon
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

ANSWERS = [
    # a price said with a bare number, paid back by a saving a year
    ("A heat pump costs 9000 and saves 2500 kWh each year; electricity is 0.3 per kWh. How many "
     "years to pay for itself?", "12 years"),
    ("6400 outlay, saves 3200 kWh/yr at 0.25 per kWh - years to break even?", "8 years"),
    # money asked with no unit named: a measured amount times its price
    ("The pool took 52000 litres; water is 1.9 per cubic metre. Cost?", "98.80"),
    ("Gravel is $45/m³ and I need 2400 L of it. How much is that?", "108"),
    ("We burned 120 cubic feet of gas at 0.50 per cubic foot. How much do I owe?", "60"),
    # the unit asked after a rate's name or before the amount it is taken from
    ("The camera records 4 GB per hour. Hours of footage on 50 GB? 1 decimal", "12.5 hours"),
    ("A 20-litre jerrycan takes 50 s to fill. Flow rate L/min?", "24 l/min"),
    # a share of the thing named after one amount ("a 40 g bar"): that amount is the base
    ("My 40 g bar has 9 g of protein - what % of the bar is protein?", "22.5%"),
    ("The 500 ml bottle holds 30 ml of syrup. What percentage of the bottle is syrup?", "6%"),
    # a share of a share of a whole; "of the rest" takes what the first share left
    ("Of the 800 members, 25% cycle to work, and 40% of those cycle in winter too. How many "
     "cycle in winter?", "= 80"),
    ("30% of the 200 guests are vegetarian and 10% of the rest are vegan. How many guests are "
     "vegan?", "= 14"),
    # whole periods that must reach an amount are rounded up
    ("I save $60 a week. How many full weeks until I have $1000?", "17 weeks"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS, ids=lambda v: v[:30])
async def test_prices_are_combined(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    # an efficiency's share is no price: multiplied or divided, the units cannot tell
    "I need 50 kWh in the car, the charger is 90% efficient and power is 0.40/kWh. Cost?",
    "the ticket costs 12. cost?",
])
async def test_unclear_prices_stay_unanswered(text: str) -> None:
    assert find_math(text) is None


async def test_a_price_per_unit_is_no_conversion() -> None:
    assert parse_conversion("Gravel is $45/m³ and I need 2400 L of it. How much is that?") is None
    assert parse_conversion("2400 L in m³") is not None


@pytest.mark.parametrize(("text", "left"), [
    ("cost per visit? 2 dp", "cost per visit? "),
    ("how long (1 decimal)?", "how long  ?"),
    ("total, rounded to the nearest cent?", "total ?"),
    ("2 deep plates for 3 days?", "2 deep plates for 3 days?"),
    ("in cups (1 dp)? 1 cup = 240 ml", "in cups (1 dp)? 1 cup = 240 ml"),
])
async def test_places_are_taken_out(text: str, left: str) -> None:
    assert without_places(text) == left


async def test_places_asked_are_no_amount() -> None:
    found = reckon("A 900 W heater runs 5 h a day for 20 days. Power is 0.25 per kWh. Cost? 2 dp")
    assert found is not None and found.value == Fraction(90) and "22.50" in found.shown()


async def test_a_count_after_if_is_no_container_size() -> None:
    found = containers(expand("how many trays to bake at least 100 rolls if each tray holds "
                              "12?").lower())
    assert found is not None and found.value == Fraction(9)


async def test_beats_in_days_are_no_containers() -> None:
    assert containers("resting pulse 70 beats per minute - how many beats in 2 days?") is None


async def test_the_asked_things_own_words_give_no_size() -> None:
    from core.agents.reckon_whole import containers as whole

    found = whole("how many cups is 1000 ml if a cup is 250 ml")
    assert found is not None and found.value == Fraction(4)
    assert "1,000 ÷ 250" in found.basis
