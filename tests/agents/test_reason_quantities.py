"""Calculations no reader has a rule for: the quantities given combined to the unit asked,
the change from a note, what is left of a start, and formulas the message states."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

ANSWERS = [
    # products and quotients of the quantities, to the unit asked
    ("Cycling burns about 0.5 kcal per kg per km. I weigh 80 kg and rode 30 km. How many kcal?",
     "1200 kcal"),
    ("A battery of 5000 mAh powers a lamp drawing 400 mA. How many hours does it last?",
     "12.5 hours"),
    ("Cereal has 380 kcal per 100 g and a bowl is about 40 g. kcal per bowl?", "152 kcal"),
    ("I used 45 kWh to drive 300 km. What is that in kWh per 100 km?", "15 kwh per 100 km"),
    ("The pump moves 5 US gal/minute. Litres per minute? 2 dp", "18.93 litres per minute"),
    ("A 70 kg patient received 1400 mL over 4 h. How many mL/kg/h is that?", "5 ml/kg/h"),
    ("My car takes 10 US gallons and does 30 mpg. How many km on a full tank, nearest km?",
     "483 km"),
    ("An hour of HD video takes about 3 GB. My drive has 500 GB free. How many full hours can "
     "I store?", "166 hours"),
    ("He earns $960 for a 40-hour week. What is that per hour?", "24"),
    # the change from a note, what is left of a starting amount
    ("The bill comes to 37.45 and I pay with a 50. How much change do I get?", "12.55"),
    ("We started with 250 points and lost 40, 75 and 20 in the next rounds. How many are left?",
     "115"),
    ("Camping food: bread 4.20, beans 3.15, sausages 6.90, enough for 5 campers. Cost per "
     "camper?", "2.85"),
    # a change as a percentage of the first of two amounts
    ("I was 80 kg in spring and 76 kg now. What percent of my weight have I lost?", "5%"),
    ("Seedling 12 cm on Monday, 15 cm on Friday: % height gained?", "25%"),
    # a formula stated in the message, its variables bound to the numbers given
    ("Lombardi 1RM = weight × reps^0.1. I lifted 100 kg for 8. Answer in kg, 2 dp.",
     "123.11 kg"),
    ("Ponderal index = kg / m³. 60 kg, 160 cm. 2 decimals?", "14.65"),
    ("Cooper: VO2max = (distance in m − 504.9) / 44.73. I covered 2.8 km in the 12 minutes. "
     "What's my VO2max, one decimal?", "51.3"),
    ("Fantasy score = goals × 3 + assists. I had 4 goals and 5 assists. My score?", "17"),
    # a ratio asked by the names of its two amounts
    ("Deadlift 200 kg, bodyweight 80 kg. What's my deadlift as a multiple of bodyweight?", "2.5"),
    ("LDL 3.2 and HDL 1.6 today. LDL:HDL ratio?", "= 2"),
    ("I can hold 250 watts and I weigh 64 kg. What's my power-to-weight, 2 dp?", "3.91"),
    ("Savings 300, spending 1200 this month. What is the ratio of savings to spending?", "1/4"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS, ids=lambda v: v[:30])
async def test_quantities_are_combined(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "I ran 5 km this morning and burned about 400 kcal",
    "my phone has 128 GB and my laptop 512 GB",
    "we started with 3 players and 2 more joined later",
    "the bill was 40 and we left a 5 tip",
    "weight: 70 kg, height 175 cm",
    "the film starts at 7:30 with 20 minutes of adverts and 10 of trailers. how long is left?",
])
async def test_statements_with_quantities_stay_chat(text: str) -> None:
    assert find_math(text) is None
