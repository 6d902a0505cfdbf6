"""Maths asked by meaning: each kind in several wordings, answered exactly; statements
with numbers stay conversation."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math, parse_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

ANSWERS = [
    # inverse powers and roots
    ("What number squared is 196", "14"),
    ("343 is the cube of what number?", "7"),
    ("find the number whose 4th power is 81", "3"),
    ("what do I have to cube to get 512?", "8"),
    ("the square of a number is 289. what is the number?", "17"),
    ("which integer when cubed equals 3,375?", "15"),
    # a square's side, a cube's edge, in the question's unit
    ("My square kitchen floor is 20.25 square metres, how long is each wall?", "4.5 metres"),
    ("a square field of area 1.44 km^2: how wide is it?", "1.2 km"),
    ("a cube-shaped tank holds 27 m³, how long is an edge?", "3 m"),
    # things that repeat, equal shares
    ("Two lights flash every 6 and 8 seconds. When do they flash together again?",
     "24 seconds"),
    ("three bells ring every 4, 6 and 10 minutes; they rang at once at noon. after how many "
     "minutes do they ring together again?", "60 minutes"),
    ("a train comes every 12 min, a tram each 18 min. both just left - when do they leave "
     "at the same time next?", "36 min"),
    ("what is the greatest number of identical gift bags I can make from 24 apples and 36 "
     "pears with none left over?", "12"),
    # combinations and arrangements
    ("how many ways can I choose 3 books from 10?", "120"),
    ("How many different teams of 5 can be formed from 12 players?", "792"),
    ("10 people at a party all shake hands once. how many handshakes?", "45"),
    ("a lottery draws 6 numbers out of 49. how many possible tickets?", "13983816"),
    ("ice cream shop: 12 flavours, you get to pick 3 different scoops - how many "
     "combinations?", "220"),
    ("in how many ways can 3 of 8 runners finish first, second and third?", "336"),
    # when two expressions are equal
    ("when are 2x + 9 and 5x the same?", "x = 3"),
    ("at what x do 3x - 4 and x + 6 become equal?", "x = 5"),
    # forms of numbers
    ("express 6.1 x 10^-3 as a normal number", "0.0061"),
    ("what is 3.2e-5 written out in full?", "0.000032"),
    ("2.5 × 10^6 as an ordinary number please", "2500000"),
    ("write 0.00045 in scientific notation", "4.5 × 10^-4"),
    # fractions as atoms, mixed numbers
    ("what's the square root of 49/64", "7/8"),
    ("cube root of 8/27?", "2/3"),
    ("3/4 divided by 3/8", "2"),
    ("what is 2/5 times 5/6", "1/3"),
    ("2 1/2 + 3 3/4", "25/4"),
    ("what is 5 1/3 minus 2 2/3?", "8/3"),
    # the least or greatest value of a function
    ("what is the lowest value of f(x) = x^2 + 6x + 2?", "minimum -7 at x = -3"),
    ("how high does y = -x^2 + 4x + 1 get at most? maximum value please", "maximum 5"),
    ("find the turning point of y = 2x^2 - 8x", "minimum -8 at x = 2"),
    # derivatives written out; how steep; antiderivatives; limits at infinity
    ("d/dx of (x + 1)(x - 3)", "2*x - 2"),
    ("what is the gradient of y = x^2 - 3x at x = 5?", "7"),
    ("how steeply is y = 2x^3 rising when x = 1?", "6"),
    ("find the rate of change of y = x^2 + x at x = 4", "9"),
    ("the derivative of what function is 2x + 3?", "x^2 + 3*x"),
    ("what do I differentiate to get 3x^2 + 2?", "x^3 + 2*x"),
    ("what does (2x + 1)/(x + 5) approach as x gets very large?", "2"),
    ("what happens to (3x + 1)/(x - 2) for very large x?", "3"),
    ("as x decreases without bound, what does (4x^2 - 1)/(2x^2 + x) tend to?", "2"),
    ("find a number that cubed is 9261", "21"),
    ("b squared is 576, what is b?", "24"),
    ("write 5 × 10⁻⁴ as a decimal", "0.0005"),
    ("what's 4/9 ÷ 2/3", "2/3"),
    ("three runners lap a track in 4, 6 and 9 minutes. after how many minutes are they "
     "together at the start again?", "36 minutes"),
    ("what's the least common multiple of 12 and 18", "36"),
    ("lcm of 4, 6 and 15", "60"),
    ("greatest common factor of 24, 36 and 60", "12"),
    ("how many ways are there to choose 2 people from a group of 7?", "21"),
    ("A pizza has 10 toppings available; how many 3-topping pizzas can you make?", "120"),
    ("how many different 5-card hands from a 52-card deck?", "2598960"),
    ("where does f(x) = x^2 + 2x - 3 reach its minimum?", "minimum -4 at x = -1"),
    ("how fast is y = x^3 changing at x = 2?", "12"),
    ("what's the gradient of the curve y = x^4 at the point x = 2", "32"),
    ("what percentage of 90 is 30?", "33.33%"),
    ("I got 45 out of 60 on the test, what's that as a percentage?", "75%"),
    ("2 1/3 + 1 5/6", "25/6 = 4 1/6"),
    ("3 ¾ + 1 ½", "21/4"),
    ("what's 1½ times 4", "6"),
    ("the derivative of some function is 10x^4. what could the function be?", "2*x^5"),
    ("if f'(x) = 2x + 5, what is f(x)?", "x^2 + 5*x"),
    ("dy/dx = 4x^3, find y", "x^4"),
    ("the derivative is 6x + 2. what was the original function?", "3*x^2 + 2*x"),
    ("what is the sum of the first 10 positive integers?", "55"),
    ("add up all the whole numbers from 1 to 50", "1275"),
    ("sum of the first 6 square numbers", "91"),
    ("round 3.14159 to 2 decimal places", "3.14"),
    ("what is 1234.5678 rounded to the nearest hundred?", "1200"),
    ("round 0.004567 to 2 significant figures", "0.0046"),
    ("hey, quick one - what number do you cube to get 4,913?", "17"),
    ("I need the number that gives 1,331 when cubed", "11"),
    ("what's the fourth root of 6561", "9"),
    ("if n^3 = 2744, what is n?", "n = 14"),
    ("how many times does 1/8 go into 3/4?", "6"),
    ("What function's derivative is 8x^3?", "2*x^4"),
    ("A lighthouse flashes every 8 s and another every 12 s. How many seconds until they "
     "flash together again?", "24 s"),
    ("a club of 15 people must elect a committee of 4. how many committees are possible?",
     "1365"),
    ("8 toppings, pick any 4 - how many combos?", "70"),
    ("a square garden has an area of 49 m². what is its perimeter?", "28 m"),
    ("6 friends, everyone hugs everyone once: how many hugs?", "15"),
    ("How many 2-scoop cones (different flavours) from 11 flavours?", "55"),
    ("the cube of what number is 3375?", "15"),
    ("what is 0.000034 in scientific notation", "3.4 × 10^-5"),
    ("what's the limit of 3x/(x+1) as x heads off to infinity", "3"),
    ("what is the horizontal asymptote of y = (2x + 1)/(x - 3)?", "2"),
    ("what's the slope of the curve y = x^2 at (3, 9)?", "6"),
    ("what is the vertex of y = x^2 - 4x + 1?", "the point (2, -3)"),
    ("The area of a square is 169 sq m - find the side length", "13 m"),
    ("a square room has an area of 49 m2, how long is each side?", "7 m"),
    ("what is the area of a square with 12 m sides?", "144 m²"),
    ("a square field is 80 m on each side. what is the perimeter?", "320 m"),
    ("square root of nine sixteenths", "3/4"),
    ("what is three quarters divided by one half", "3/2"),
    ("add one third and one sixth", "1/2"),
    ("differentiate x(x + 1)(x + 2)", "3*x^2 + 6*x + 2"),
    ("20 is what % of 80?", "25%"),
    ("what is the cube root of -27?", "-3"),
    ("x + 5 and 2x - 1 — when are they equal?", "x = 6"),
    ("What positive number has a square of 361?", "19"),
    ("Two runners lap in 6 and 8 minutes; after how long do they meet at the start?",
     "24 minutes"),
    ("How many subsets of size 2 does a set of 5 have?", "10"),
    ("What is the maximum height of h(t) = -5t^2 + 20t + 1?", "maximum 21 at t = 2"),
    ("find the derivative of (x^2+1)^2", "4*x^3 + 4*x"),
    ("What value does (3x+1)/(x+2) get closer and closer to as x gets larger and larger?", "3"),
    ("Express 3.2 million in scientific notation", "3.2 × 10^6"),
    ("Convert 4.5E-3 to standard notation", "0.0045"),
    ("Find F(x) if F'(x) = 6x", "3*x^2"),
    ("square root of 1 over 225", "1/15"),
    ("2 to the power of what is 64?", "6"),
    ("10 raised to which power equals 1,000,000?", "6"),
    ("there are 8 toppings. I want 4. how many possible combos?", "70"),
    ("from a class of 30, how many ways to pick a pair?", "435"),
    ("8C4?", "70"),
    ("what is 10P3", "720"),
    ("when is 7x + 15 the same as 4x - 3?", "x = -6"),
    ("7x + 15 vs 4x - 3: what x makes them equal?", "x = -6"),
    ("what value of x minimizes x^2 - 6x?", "at x = 3"),
    ("at what x is x^2 - 6x smallest?", "at x = 3"),
    ("I have 9 shirts and want to pack 3 for the trip - how many different selections can I "
     "make?", "84"),
    ("which number multiplied by itself 3 times gives 2,197?", "13"),
    ("A bell rings every 15 min and a chime every 25 min. They sounded together at noon. After "
     "how many minutes do they sound together again?", "75 min"),
    # equations one per line
    ("x + y = 10\nx - y = 4\nsolve", "x = 7, y = 3"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS, ids=lambda v: v[:30])
async def test_kinds_are_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "I have 20 apples and take 5, how many are left?",
    "we meet every 2 weeks and sometimes every 3 weeks",
    "I have 4 kids and 2 cats",
    "my square garden is lovely this year",
    "the score was 3/4 at half time",
    "I picked 3 of the 10 shirts yesterday",
    "my two numbers for the lottery are 7 and 12",
    "I have 3 kids and 2 pairs of shoes each, how many shoes?",
    "10 teams play 3 games each, how many games?",
    "remind me in 10 minutes to call mum and again every 30 minutes",
    "what happens to my pension as I get older?",
    "the minimum wage is 12 an hour",
    "I waited 1 second and then 2 more",
    "we meet at 6 and 8 tomorrow, how long will it take?",
    "see you at 5p 3 days later",
    "I have 8 cats and want 4 dogs",
])
async def test_statements_stay_chat(text: str) -> None:
    assert find_math(text) is None


async def test_an_answer_with_a_unit_carries_it(pool: WorkerPool) -> None:
    text = "a square pond covers 6.25 m², how long is a side?"
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert "2.5 m**" in result.text and result.currency == "m" and result.amount == 2.5


async def test_derivative_results_are_expanded(pool: WorkerPool) -> None:
    result = await MathTools(pool).derivative("(x^2 + 9)(x + 2)")
    assert result.exact == "3*x^2 + 4*x + 9"
    assert parse_math("2x^3 - x").operation == "evaluate"
