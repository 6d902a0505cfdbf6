"""The quantity reasoner with the roles quantities play: an amount "each" of the things
counted before it, a size of the containers asked for ("0.5 m³ crates", "sacks hold 40
litres"), a plain percentage as a share, an answer asked as a percentage of a base, counts
times amounts each added up, and a count asked plainly ("how many sacks?")."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.agents.reason_fallback import reasoned
from core.agents.wording import expand
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))

READS = [
    # each: per one of the things counted before
    ("5200 strokes x 0.03 kcal each = ?", "5200 * 0.03", "kcal"),
    ("if we walk 12 laps (1.6 km each), total km?", "12 * 1.6", "km"),
    # containers: the things asked for hold the amount
    ("3.3 cubic metres of soil to move in 0.15 m³ crates - crates needed?",
     "ceiling(3.3 / 0.15)", "crates"),
    ("Path is 12 m² and the gravel should be 4 cm deep. Sacks hold 40 litres. How many sacks?",
     "ceiling(12 * 4 / 40 * 10)", "sacks"),
    # a plain percentage is a share
    ("22.5 percent of a 68 kg athlete is muscle - muscle in kg (1 dp)?", "22.5 * 68 * 0.01",
     "kg"),
    ("How many kcal of fat in 400 g of cheese with 30% fat, at 9 kcal per g?",
     "400 * 30 * 9 * 0.01", "kcal"),
    ("Phone uses 4 W. With 40% of a 20 Wh battery left, how many hours of use? 1 decimal",
     "40 * 20 / 4 * 0.01", "hours"),
    # a percentage asked: the base is the amount after "of"
    ("The bar has 18 g sugar. What % of the 90 g daily sugar limit is that? 1 decimal",
     "18 / 90 * 100", "%"),
    # counts times amounts each, added up
    ("I ate 3 eggs (6 g protein each) and 2 yoghurts (11 g each). Total protein g?",
     "3 * 6 + 2 * 11", "g"),
    # a count asked as what an amount is in those things
    ("how many mugs is 1500 ml if a mug is 350 ml?", "1500 / 350", "mugs"),
    # a day count asked before a comma and the rounding
    ("deficit 500 kcal/day, lose 3.5 kg (7700 kcal/kg) - days needed, nearest day?",
     "3.5 * 7700 / 500", "days"),
    # units written short: weeks, words a minute, cents
    ("3 wks 2 days = how many days in all?", "(23/7) * 7", "days"),
    ("an essay of 1200 words at 40 wpm = how many minutes?", "1200 / 40", "minutes"),
    ("60 sheets for $4.2 - cents per sheet (2 dp)?", "4.2 / 60 * 100", "cents per sheet"),
]


@pytest.mark.parametrize(("text", "expression", "unit"), READS, ids=lambda v: v[:30])
def test_roles_are_read(text: str, expression: str, unit: str) -> None:
    found = reasoned(expand(text).lower())
    assert found is not None and (found.expression, found.unit) == (expression, unit), found


@pytest.mark.parametrize("text", [
    "how many litres of 30% syrup must I add to 5 L of 10% syrup to get a 20% mix?",  # a mix
    "Path is 12 m² and the gravel should be 3 cm deep. A scoop is 7 litres. How many scoops?",
    "Add 15% spare to 20 m² of tiles - tiles in m²?",  # a percentage that changes an amount
    "deficit 500 kcal/day, goal -3.5 kg (7700 kcal/kg) - days needed?",  # below zero
])
def test_unclear_roles_stay_unanswered(text: str) -> None:
    assert reasoned(expand(text).lower()) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The bar has 18 g sugar. What % of the 90 g daily sugar limit is that? 1 decimal",
     "20.0"),
    ("I ate 3 eggs (6 g protein each) and 2 yoghurts (11 g each). Total protein g?", "40"),
    ("3.3 cubic metres of soil to move in 0.15 m³ crates - crates needed?", "22"),
])
@pytest.mark.asyncio(loop_scope="module")
async def test_answers(pool: WorkerPool, text: str, expected: str) -> None:
    call = find_math(text)
    assert call is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)
