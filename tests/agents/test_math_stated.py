"""Unknowns told in words, points and shapes: each kind in several wordings, answered
exactly; statements with numbers stay conversation."""

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
    # an unknown taken through steps
    ("if a number is raised by 25% you get 150. what was the number?", "x = 120"),
    ("what number, reduced by 10%, is 81?", "x = 90"),
    ("my daughter's age doubled, minus 3, is 25. how old is she?", "x = 14"),
    ("7 more than 3 times a number is 40, find the number", "x = 11"),
    ("30% less than the price is 56 - what is the price?", "x = 80"),
    ("what number, tripled and then increased by 6, makes 36?", "x = 10"),
    # consecutive numbers
    ("three consecutive odd numbers add up to 81 - what are they?", "x = 25, y = 27, z = 29"),
    ("find 2 consecutive integers whose sum is 95", "x = 47, y = 48"),
    # two amounts from a total and a gap or ratio
    ("me and my brother weigh 150 kg together and he is 10 kg heavier than me. what do we each "
     "weigh?", "x = 80, y = 70"),
    ("the combined age of a mother and her son is 48; she is 3 times as old as him. how old "
     "is each?", "x = 36, y = 12"),
    # a shared job
    ("one printer does the batch in 3 hours and the other in 6 hours. how long with both "
     "running together?", "together 2 hours"),
    ("she can mow the lawn in 40 minutes and he takes 60 minutes. working together, how many "
     "minutes?", "together 24 minutes"),
    # runs of whole numbers
    ("what do all the numbers from 1 to 100 add up to?", "5050"),
    ("total of the odd numbers from 1 through 19?", "100"),
    # points and lines
    ("what's the gradient of the line joining (2, 3) and (6, 11)?", "slope 2"),
    ("give me the line through (0, 1) and (2, 7)", "y = 3x + 1"),
    ("how far apart are the points (1, 1) and (4, 5)?", "distance 5"),
    ("distance from (0,0) to (1,1)", "1.41"),
    ("what's the equation of a line with slope 3 through (1, 2)?", "y = 3x - 1"),
    ("find the midpoint between (-2, 6) and (4, 0)", "midpoint (1, 3)"),
    ("what is the tangent line of f(x) = x^3 at x = 1?", "y = 3x - 2"),
    # shapes and pairs asked together
    ("a round table is 2 m across: what are its radius and circumference?", "radius 1 m"),
    ("pizza with diameter 30 cm, what's its area?", "706.86 cm²"),
    ("right triangle with legs of 6 m and 8 m: find the area and the hypotenuse",
     "area 24 m²; hypotenuse 10 m"),
    ("square room, area 25 m^2, what's the perimeter and side length?",
     "perimeter 20 m; side 5 m"),
    ("find the hcf and lcm of 12 and 18", "gcd 6; lcm 36"),
    ("discriminant of 2x^2 + 3x + 1?", "discriminant 1"),
    # a function of a function, series
    ("f(x) = x + 1, g(x) = 3x. find g(f(2))", "9"),
    ("add up the first 5 terms of the geometric sequence 2, 6, 18, ...", "242"),
    # equations run together, a sign asked of the unknown, a long decimal to 2 places
    ("solve a + b = 10 a - b = 4", "a = 7, b = 3"),
    ("x^2 = 81, x is negative: what is x?", "x = -9"),
    ("solve x^2 - 5x + 4 = 0 for positive x bigger than 2", "x = 1, x = 4"),
    ("2/3 + 1/7 as a decimal", "≈ 0.81"),
    # a step after the main ask
    ("solve 4x + 1 = 21 and then give me the value of 2x - 3", "With x = 5: 2x - 3 = 7"),
    ("factorise x^2 - 5x + 6, then multiply its roots", "The product of the roots"),
    ("expand (x - 1)(x + 4) then plug in x = 2.", "At x = 2 it is 6"),
    # a rectangle from its area and how its sides compare; a gap to an earlier result
    ("a rug is 1 m longer than it is wide and covers 12 m². how wide and how long is it?",
     "width 3 m; length 4 m"),
    ("a pen 3 times as long as it is wide has an area of 75 square metres - find its length",
     "length 15 m"),
    ("how far is -2 from 5?", "7"),
    ("k + 4 = 9, solve for k", "k = 5"),
    ("the sum of a number and 12 is 30 - find the number", "x = 18"),
    ("two thirds of a number is 14. what is the number?", "x = 21"),
    ("if 5 is subtracted from 3 times a number the answer is 19, what's the number?", "x = 8"),
    ("where does the line through (2, 1) and (4, 5) cross the y-axis?", "y-intercept -3"),
    ("I'm thinking of a number; when I triple it and take away 4 I get 11. what is it?", "x = 5"),
    ("if a number is halved and then 6 is added, the result is 15. what is the number?",
     "x = 18"),
    ("four consecutive whole numbers add up to 50 - which are they?",
     "w = 11, x = 12, y = 13, z = 14"),
    ("a bike wheel has a diameter of 70 cm. how far does it go in one revolution?", "219.91 cm"),
    # areas, perimeters and volumes of named shapes
    ("what's the area of a triangle whose base is 8 m and height is 5 m?", "area 20 m²"),
    ("find the volume of a sphere with a diameter of 6 cm", "volume 113.10 cm³"),
    ("a cone is 9 cm high with radius 2 cm. volume?", "volume 37.70 cm³"),
    ("parallelogram with base 6 m and height 4 m - area?", "area 24 m²"),
    ("surface area and volume of a cube with edges of 3 m?", "surface area 54 m²; volume 27 m³"),
    ("how long is the diagonal of a 6 m by 8 m rectangle?", "10"),
    ("arithmetic series: first term 4, common difference 3, sum of the first 10 terms?",
     "175"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS, ids=lambda v: v[:30])
async def test_stated_kinds_are_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "my weight is 70 kg and I feel great",
    "my sister and I are 3 years apart, we get on well",
    "I painted the fence in 3 hours yesterday",
    "we met at (2, 3) on the board game",
    "the numbers 1 to 10 are on the clock",
    "my salary increased by 5% this year",
    "my rent increased by 10% is 990 now, ugh",
    "the triangle on the flag has a base of 3 m",
    "our combined age is 70 and we are happy",
])
async def test_statements_stay_chat(text: str) -> None:
    assert find_math(text) is None
