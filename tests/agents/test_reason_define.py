"""Quantities a message defines (``name = formula``, or the latest/average of a list) and
then asks about: each name bound to the number labelled with it, definitions used inside
later ones, ratios of two definitions and several definitions asked at once."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.agents.reason_define import defined_value
from core.agents.reason_exact import exact_value
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

ANSWERS = [
    # one definition, its names bound by the labels beside the numbers
    ("Stress score = systolic reading (mmHg) × pulse (bpm) / 100. Today: systolic 128, "
     "pulse 75. What's the score, 1 dp?", "96.0"),
    ("Index = fasting sugar × fasting insulin / 405. My sugar 110, my insulin 12. Two "
     "decimals?", "3.26"),
    ("paediatric dose = age ÷ (age + 12) × adult dose. adult dose 500 mg, my son is aged 6. "
     "nearest whole mg?", "167"),
    # initials as labels ("hr" for heart rate), a pressure's two numbers
    ("Pulse ratio = heart rate ÷ systolic BP. Resting HR 96, BP 120/80. Ratio, two decimals?",
     "0.80"),
    ("Pressure index = (systolic BP − diastolic BP) / systolic BP. BP 150/100. Index to two "
     "decimals?", "0.33"),
    # a name with a common word in it, labels tried fullest first
    ("Load factor = average power ÷ peak power. Average power 180, peak power 240. Load factor "
     "to 2 decimals?", "0.75"),
    # a definition over the one list given
    ("Monthly sales, oldest first: 210, 340, 300, 250, 400. Recent = the latest month; "
     "baseline = the average of all five months. Recent:baseline ratio to two decimals?",
     "1.33"),
    ("Scores, newest first: 12, 8, 10. Current = the latest score; typical = the mean of "
     "the three. What is the ratio of current to typical?", "1.2"),
    # names that are units: the one quantity given in that unit
    ("Surface formula: area (m²) = 0.2 × kg^0.4 × m^0.7, where m is height in metres. 1.6 m, "
     "55 kg. Area to two decimals?", "1.38"),
    # letters declared with their unit, products written side by side
    ("Heat index H = 1.2T + 0.05TR − 8 (T in °C, R in %). It is 30 °C at 60 % humidity. "
     "H to one decimal?", "118.0"),
    # a formula worked for each record listed, then totalled
    ("Effort points = intensity × minutes. Log: Tue intensity 5 for 30 min; Thu intensity 7 "
     "for 45 min; Sat intensity 2 for 90 min. What's the total?", "645"),
    # a definition used inside another, initials standing for the name
    ("Hike: 3h15, average power 180 W, threshold power 240 W. Effort ratio = AP/TP, "
     "Load = hours × ER² × 100. What is the load, nearest whole?", "183"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS, ids=lambda v: v[:30])
async def test_defined_values(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


async def test_several_definitions_each_rounded_as_asked(pool: WorkerPool) -> None:
    text = ("Session: 1h20, average power 150 W, threshold power 200 W. Effort ratio = AP/TP, "
            "Load = hours × ER² × 100. ER to 3 dp and load to the nearest whole number?")
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    shown = result.text.replace("**", "")
    assert result.ok and "effort ratio 0.750" in shown and "load 75" in shown, shown


async def test_records_totalled_and_compared(pool: WorkerPool) -> None:
    text = ("Effort points = intensity × minutes. Log: Tue intensity 5 for 30 min; Thu intensity 7 "
            "for 45 min; Sat intensity 2 for 90 min. Total effort points, and the largest single "
            "session?")
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    shown = result.text.replace("**", "")
    assert result.ok and "total effort points 645" in shown and "largest effort points 315" \
        in shown, shown


@pytest.mark.parametrize("text", [
    "score = goals × 3 + assists. what's my score?",  # nothing given
    "index = weight × 2. weight 70 kg, weight 80 kg. index?",  # two numbers for one name
    "y = 2x + 3, what is the slope?",
    "a = b + c. b is 4. what is a?",
    "i am 40, max hr = 220 minus age. zone 3 is 70-80% of max - what heart rates is that?",
    "volume of a cylinder r=5 cm, h=10 cm",
])
async def test_unbound_or_ambiguous_definitions_give_nothing(text: str) -> None:
    assert defined_value(text.lower()) is None


async def test_exact_arithmetic() -> None:
    assert exact_value("(2 + 30/60)*(3/4)^2*100") == 140.625
    with pytest.raises(ValueError):
        exact_value("__import__('os')")
    with pytest.raises(ValueError):
        exact_value("1/0")


async def test_a_stated_conversion_is_no_value() -> None:
    found = defined_value("child dose = (weight in lb ÷ 150) × adult dose; 1 lb = 0.4536 kg. "
                          "child weighs 20 kg, adult dose 300 mg. dose?")
    assert found is None or "0.4536" not in found.expression
