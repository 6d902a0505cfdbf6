"""The planner and parsers read many wordings, not a list of phrasings: maths, units and
health in any order, several parts with dependencies; ordinary sentences with numbers
stay conversation; hostile or huge input is refused quickly."""

from __future__ import annotations

import time

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.clauses import plain
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.measures import health_result, make_units_agent
from core.agents.planner import Planner, Request
from core.agents.quantities import parse_conversion
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

MATH = [
    ("17 x 23 = ?", "391"), ("5! = ?", "120"), ("what's seventeen times twenty-three", "391"),
    ("hey, quick one: 47 multiplied by 85?", "3995"), ("1620 divided by 18", "90"),
    ("what do you get if you multiply 47 by 85?", "3995"), ("250 minus 17 plus 42", "275"),
    ("7 to the power of 5", "16807"), ("what's 3 to the 4th power", "81"),
    ("how much is 15% of 80?", "12"), ("square root of 144 please", "12"),
    ("what is the cube root of 27", "3"), ("what's ten factorial", "3628800"),
    ("12 squared", "144"), ("subtract 8 from 20", "12"), ("add 15 and 27", "42"),
    ("the product of 6 and 7", "42"), ("sum of 3, 5 and 7", "15"), ("100 mod 7", "2"),
    ("what percentage of 80 is 20", "25"), ("20% off 80", "64"), ("6 choose 2", "15"),
    ("gcd of 12 and 18", "6"), ("please evaluate (12 + 30) * 4", "168"),
    ("Compute 2^(3+1)", "16"), ("3 × (4 + 5) = ?", "27"),
    ("x^2 - 5x + 6 = 0, what are the solutions?", "x = 2, x = 3"),
    ("for which x is x^2 - x - 6 equal to zero?", "x = -2, x = 3"),
    ("if 4x = 20, what's x", "x = 5"), ("find the zeros of x^2 - 7x + 12", "x = 3, x = 4"),
    ("solve x+y=3 and x-y=1", "x = 2, y = 1"),
    ("what's the derivative of 5x^6?", "30*x^5"), ("d/dx x^3", "3*x^2"),
    ("derivative of t^2 with respect to t", "2*t"), ("second derivative of x^4", "12*x^2"),
    ("f(x) = x^2 + 3x, find f'(x)", "2*x + 3"), ("f(x) = x^2 + 1, what is f(3)?", "10"),
    ("the slope of x^2 at x = 3", "6"), ("area under x^2 from 0 to 3", "9"),
    ("∫ 2x dx", "x^2"), ("what is the limit as x approaches 0 of sin(x)/x", "1"),
    ("factorise x^2 + 5x + 6", "(x + 2)*(x + 3)"), ("expand (x+1)^2", "x^2 + 2*x + 1"),
    ("Compute 7! / 5!", "42"), ("Take 45 away from 120", "75"), ("What is 2/3 of 90?", "60"),
    ("How much is a 15% tip on $80?", "12"), ("What is 3.5 times 4.2?", "14.7"),
    ("Can you tell me what 45 * 3 is?", "135"), ("what's the total of these numbers: 4, 5, 6",
                                                 "15"),
    ("x squared minus 4 equals 0, solve for x", "x = -2, x = 2"),
    ("What's 2x + 3 if x is 5?", "13"), ("Find the value of y = 3x - 1 at x = 2", "5"),
    ("What's 200 minus 15%?", "170"), ("What percent is 20 of 80?", "25"),
    ("Express 3/8 as a percentage", "75/2"), ("convert 3/8 to a decimal", "0.375"),
    ("What do 45 and 55 add up to?", "100"), ("Find dy/dx: y = 5x^3", "15*x^2"),
    ("What are the zeros of f(x) = x^2 - 16?", "x = -4, x = 4"),
]

CHAT = [
    "I have 2 cats and 3 dogs, any name ideas?", "My daughter turns 5 on 12/03, any party ideas?",
    "we scored 3-1 last night!!", "the meeting is 2-3pm", "call me at 555-1234",
    "I slept 8 hours, feeling great", "it's 50/50 whether I go", "I got 18/20 on my test!",
    "what do you think of the 2020-2021 season?", "I ran 5 km in 30 minutes today",
    "what do you mean by that?", "I'm 25 and single", "my kids are 3, 5 and 7 years old",
    "I need 2 x 4 lumber for my deck, which wood is best?", "I'm taking my pills now",
    "what's the sign for aries?", "I average 2 coffees a day", "I scored 95 out of 100!",
    "I drank 2 litres of water today", "is 2024 a leap year?", "I walked 10000 steps today",
    "my phone battery is at 15%", "50% of people agree with me",
    "I weigh 70 kg and want to get fit, tips?", "my resting heart rate is 60, is that good?",
    "it was 40 degrees celsius in Madrid", "I paid $20 for lunch",
    "I want to reach a healthy weight",
]

UNITS = [
    ("12 miles = how many km?", "19.31 km"), ("what's 30 degrees celsius in fahrenheit?", "86 °F"),
    ("change 70 kg to pounds", "154.32 lb"), ("1000 miles in meters", "1609344 m"),
    ("how many ounces in a pound", "16 oz"),
    ("how many feet are in a mile", "5280 ft"), ("what is 5'11\" in cm", "180.34 cm"),
    ("72 F to C", "22.22 °C"), ("100 kph in mph", "62.14 mi/h"),
    ("3 tablespoons to teaspoons", "9 tsp"), ("twelve miles in kilometres", "19.31 km"),
    ("a marathon is 26.2 miles, how many km is that?", "42.16 km"),
    ("5 furlongs in meters", "1005.84 m"), ("€50 in £", "43.5 GBP"),
    ("Celsius to Fahrenheit: 37", "98.6 °F"), ("What's 2 hours 30 minutes in minutes?", "150 min"),
    ("It's minus 5 celsius, what's that in fahrenheit?", "23 °F"),
    ("What's half a mile in meters?", "804.67 m"), ("How many tablespoons in 1/4 cup", "4 tbsp"),
]


@pytest.mark.parametrize(("text", "expected"), MATH)
async def test_math_in_many_wordings(pool: WorkerPool, text: str, expected: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math",), text
    result = await make_math_agent(MathTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result)


@pytest.mark.parametrize("text", CHAT)
async def test_ordinary_sentences_with_numbers_stay_chat(text: str) -> None:
    assert (await Planner().plan(Request(text))).agents == ("chat",), text
    assert find_math(text) is None


async def test_similarity_does_not_pull_chat_into_tools() -> None:
    from core.agents.planner import IntentIndex
    from core.embeddings import get_embedder

    planner = Planner(IntentIndex(get_embedder()))
    for text in CHAT:
        assert (await planner.plan(Request(text))).agents == ("chat",), text


@pytest.mark.parametrize(("text", "expected"), UNITS)
async def test_units_in_many_wordings(pool: WorkerPool, text: str, expected: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("units",), text
    result = await make_units_agent(UnitTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result)


async def test_a_target_that_does_not_fit_is_no_conversion() -> None:
    assert parse_conversion("I walked 5 km in 2 hours") is None
    assert parse_conversion("10 pounds in euros") is not None  # money, not mass
    ask = parse_conversion("10 pounds in kg")
    assert ask is not None and ask.source.pint == "pound"


@pytest.mark.parametrize(("text", "value"), [
    ("my weight is 80 kg and height 170 cm - bmi?", "27.68"),
    ("I'm 5'9\" and 154 lbs, what's my body mass index?", "22.74"),
    ("BMI: 1.75 m, 70 kilos", "22.86"), ("am I overweight at 12 stone and 170cm?", "26.37"),
    ("I'm 30, what are my heart rate zones?", "190 bpm"),
    ("max heart rate for a 45-year-old", "175 bpm"),
    ("woman, 30 years old, 60 kg, 165 cm: what's my BMR?",
     "1320.25 kcal/day (about 1320 kcal/day)"),
    ("how much water should I drink if I weigh 70kg", "2.5 litres"),
    ("What is my basal metabolic rate? Female, 28, 58 kg, 163 cm",
     "1297.75 kcal/day (about 1298 kcal/day)"),
    ("heart rate zones for 45", "175 bpm"),
    ("Compute my BMI. Height: 180 cm. Weight: 80 kg.", "24.69"),
    ("what is a healthy weight for 180 cm?", "59.9–80.7 kg"),
])
async def test_health_values_in_any_order(text: str, value: str) -> None:
    assert (await Planner().plan(Request(text))).agents == ("health",), text
    result = await health_result(text)
    assert not isinstance(result, str) and result.value == value, (text, result)


@pytest.mark.parametrize(("text", "parts"), [
    ("calculate 3+4 and 5*6", ["calculate 3+4", "5*6"]),
    ("add 3 and 4", ["add 3 and 4"]),
    ("average of 3, 5 and 7", ["average of 3, 5 and 7"]),
    ("integrate x^2 between 0 and 1", ["integrate x^2 between 0 and 1"]),
    ("I'm 170 cm and 80 kg. What's my BMI?", ["I'm 170 cm and 80 kg. What's my BMI?"]),
    ("work out 17*23, then convert 12 km to miles", ["work out 17*23", "convert 12 km to miles"]),
    ("12 squared; also the square root of 144", ["12 squared", "the square root of 144"]),
    ("Compute 7! / 5!", ["Compute 7! / 5!"]),
    ("First compute 9 squared. Second, convert 20°C to Fahrenheit.",
     ["First compute 9 squared. Second", "convert 20°C to Fahrenheit."]),
    ("Compute 3^4 and convert 3 feet to cm, and tell me my BMI: 70 kg, 1.8 m",
     ["Compute 3^4", "convert 3 feet to cm", "tell me my BMI: 70 kg, 1.8 m"]),
])
async def test_clauses_split_only_where_both_sides_stand_alone(text: str, parts: list[str]) -> None:
    assert plain(text) == parts


async def test_parts_that_refer_back_depend_on_the_previous_part(pool: WorkerPool) -> None:
    plan = await Planner().plan(Request("multiply 12 by 3 and then add 5"))
    assert plan.agents == ("math", "math")
    assert plan.subtasks[1].depends_on == ("t1",)
    agent = make_math_agent(MathTools(pool))
    first = await agent(plan.subtasks[0], CONTEXT, {})
    second = await agent(plan.subtasks[1], CONTEXT, {"t1": first})
    assert second.ok and "41" in second.text
    units = await Planner().plan(Request("convert 5 km to miles and then to feet"))
    assert units.agents == ("units", "units")  # the same 5 km, converted again
    feet = await make_units_agent(UnitTools(pool))(units.subtasks[1], CONTEXT, {})
    assert feet.ok and "5 km = **16404.2 ft**" in feet.text
    doubled = await Planner().plan(Request("convert 5 km to miles, then double it"))
    assert doubled.agents == ("units", "math") and doubled.subtasks[1].depends_on == ("t1",)


@pytest.mark.parametrize(("text", "shown"), [
    ("plot sin(x) from 0 to 2pi", "y = sin(x) for x from 0 to 6.28"),
    ("graph 2x + 4 between -3 and 3", "y = 2x + 4 for x from -3 to 3"),
    ("sketch the curve y = x^3", "y = x^3 for x from -10 to 10"),
])
async def test_function_plots_in_many_wordings(pool: WorkerPool, text: str, shown: str) -> None:
    from core.agents.data_agent import make_data_agent
    from core.tools.data import DataTools

    plan = await Planner().plan(Request(text))
    assert plan.agents == ("data",), text
    result = await make_data_agent(DataTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and shown in result.text and result.attachments, (text, result)


async def test_one_amount_in_two_units(pool: WorkerPool) -> None:
    plan = await Planner().plan(Request("convert 100 dollars to euros and pounds"))
    assert plan.agents == ("units", "units") and not plan.subtasks[1].depends_on
    agent = make_units_agent(UnitTools(pool))
    pounds = await agent(plan.subtasks[1], CONTEXT, {})
    assert pounds.ok and "100.00 USD = **74.36 GBP**" in pounds.text
    same = await Planner().plan(Request("how much is the receipt total in dollars?", images=1))
    read = AgentResult(ok=True, text="The total is 11.70 USD.", amount=11.7, currency="USD")
    restated = await agent(same.subtasks[1], CONTEXT, {"t1": read})
    assert restated.ok and "11.70 USD" in restated.text


async def test_a_leading_operation_uses_the_previous_result(pool: WorkerPool) -> None:
    plan = await Planner().plan(Request("what's the total? add a 20% tip", images=1))
    assert plan.agents == ("vision", "math") and plan.subtasks[1].depends_on == ("t1",)
    read = AgentResult(ok=True, text="The total is 12.45 USD.", amount=12.45, currency="USD")
    tipped = await make_math_agent(MathTools(pool))(plan.subtasks[1], CONTEXT, {"t1": read})
    assert tipped.ok and "12.45*(1 + 20/100) = **14.94**" in tipped.text
    split = await Planner().plan(Request("what's 100 divided by 8, then times 3"))
    assert split.agents == ("math", "math") and split.subtasks[1].depends_on == ("t1",)


async def test_image_total_then_a_currency_question(pool: WorkerPool) -> None:
    plan = await Planner().plan(Request("what's the total here, and what is it in euros?",
                                        images=1))
    assert plan.agents == ("vision", "units")
    assert plan.subtasks[1].depends_on == ("t1",)
    asked = await Planner().plan(Request("how much is this in euros?", images=1))
    assert asked.agents == ("vision", "units") and asked.subtasks[0].request == (
        "what is the total?")
    read = AgentResult(ok=True, text="The total is 11.70 USD.", amount=11.7, currency="USD")
    euros = await make_units_agent(UnitTools(pool))(plan.subtasks[1], CONTEXT, {"t1": read})
    assert euros.ok and "10 EUR" in euros.text


async def test_huge_or_hostile_text_is_planned_fast_and_refused(pool: WorkerPool) -> None:
    started = time.monotonic()
    huge = await Planner().plan(Request("1+" * 50_000 + "1"))
    words = await Planner().plan(Request("what is " + "two plus " * 12_000 + "two"))
    assert time.monotonic() - started < 1.5
    agent = make_math_agent(MathTools(pool, timeout=2.0))
    for plan in (huge, words):
        if plan.agents == ("math",):
            assert not (await agent(plan.subtasks[0], CONTEXT, {})).ok
    for text in ("what is __import__('os').system('true')", "calculate 9**9**9**9",
                 "compute factorial(10**7)", "evaluate (lambda: 1)()", "what's x.__class__"):
        plan = await Planner().plan(Request(text))
        if plan.agents == ("math",):
            started = time.monotonic()
            result = await agent(plan.subtasks[0], CONTEXT, {})
            assert not result.ok and time.monotonic() - started < 1.0, text


async def test_statistics_name_what_was_asked(pool: WorkerPool) -> None:
    from core.agents.data_agent import make_data_agent
    from core.tools.data import DataTools

    agent = make_data_agent(DataTools(pool))
    plan = await Planner().plan(Request("what's the variance and the range of 1, 2, 3, 4?"))
    assert plan.agents == ("data",)
    result = await agent(plan.subtasks[0], CONTEXT, {})
    assert "variance **1.67**" in result.text and "range **3** (max − min)" in result.text
    paired = await Planner().plan(Request("correlation between 1, 2, 3, 4 and 2, 4, 6, 9"))
    result = await agent(paired.subtasks[0], CONTEXT, {})
    assert "**first** and **second**: correlation **0.99**" in result.text


async def test_clock_times_read_with_lookalike_letters() -> None:
    from core.tools.ocr import fix_times

    assert fix_times("9AM TO IPM") == "9AM TO 1PM"
    assert fix_times("SAM TO 5PM") == "SAM TO 5PM"  # 5 or 9: not guessed (read again)
    assert fix_times("9AM TO OOAM") == "9AM TO OOAM"
    assert fix_times("SAM AND PAM") == "SAM AND PAM"  # no clock time: names stay names


@pytest.mark.parametrize(("text", "expected"), [
    ("what's 2.5k times 3", "7500"), ("what's 10 percent of 1.2 million", "120000"),
    ("what is 4,5 plus 2,5", "7"), ("what's two hundred and 5 times 2", "410"),
    ("what's 3 and a half times 2", "7"), ("what is 1,250 plus 3,750", "5000"),
])
async def test_numbers_written_the_everyday_way(pool: WorkerPool, text: str,
                                                expected: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math",), text
    result = await make_math_agent(MathTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and f"**{expected}**" in result.text, (text, result)


async def test_comma_decimals_only_where_unambiguous() -> None:
    from core.agents.wording import expand

    assert expand("convert 3,5 kg to pounds") == "convert 3.5 kg to pounds"
    assert expand("sum of 3,5,7") == "sum of 3,5,7"
    assert expand("average of 1,5 and 2") == "average of 1,5 and 2"
    assert expand("I have two cats and 5 dogs") == "I have 2 cats and 5 dogs"
    assert expand("a 5k run") == "a 5k run"


@pytest.mark.parametrize(("text", "curve"), [
    ("differentiate x^3 + 2x and plot the result", "3*x^2 + 2"),
    ("integrate 2x and graph the result", "x^2"),
    ("find the derivative of sin(x) and plot it", "cos(x)"),
])
async def test_the_plotted_result_is_the_result_itself(pool: WorkerPool, text: str,
                                                       curve: str) -> None:
    from core.agents.data_agent import make_data_agent
    from core.tools.data import DataTools

    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math", "data") and plan.subtasks[1].depends_on == ("t1",)
    first = await make_math_agent(MathTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert first.expression == curve
    drawn = await make_data_agent(DataTools(pool))(plan.subtasks[1], CONTEXT, {"t1": first})
    assert drawn.ok and f"y = {curve}" in drawn.text and drawn.attachments


@pytest.mark.parametrize(("text", "expected"), [
    ("my shopping was 45.60, split between 3 people", "15.20"),
    ("my electricity bill is $120 a month, how much per year", "1440"),
    ("I spend 5 dollars a day on coffee, how much is that per week?", "35"),
    ("I earn 52000 a year, how much per week?", "1000"),
])
async def test_everyday_money_statements(pool: WorkerPool, text: str, expected: str) -> None:
    plan = await Planner().plan(Request(text))
    assert plan.agents == ("math",), text
    result = await make_math_agent(MathTools(pool))(plan.subtasks[0], CONTEXT, {})
    assert result.ok and f"**{expected}**" in result.text, (text, result)


async def test_a_converted_weight_feeds_the_health_part() -> None:
    plan = await Planner().plan(Request("convert 150 lbs to kg and calculate my BMI if I'm "
                                        "175 cm"))
    assert plan.agents == ("units", "health")
    result = await health_result(plan.subtasks[1].request)
    assert not isinstance(result, str) and result.value == "22.22"
    assert (await Planner().plan(Request("we split the bill between 3 people last night"))
            ).agents == ("chat",)
