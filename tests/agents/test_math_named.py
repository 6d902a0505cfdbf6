"""Algebra asked by name, small probabilities in words, and answers shown as people expect
them (a decimal beside a surd, the point two lines meet, highest power first)."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext, AgentResult
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

ANSWERS = [
    # completing the square, vertex form
    ("complete the square on x^2 + 10x + 4", "(x + 5)^2 - 21"),
    ("write x^2 - 6x + 13 in vertex form", "(x - 3)^2 + 4"),
    ("can you complete the square: x^2 + 4x", "(x + 2)^2 - 4"),
    # the remainder theorem
    ("find the remainder when x^3 + 2x^2 - 5 is divided by x - 2", "11"),
    ("divide x^2 + 5x + 7 by (x + 2). what is the remainder?", "1"),
    ("what's left over when 2x^3 - x + 4 is divided by x + 1?", "3"),
    # an inverse function's value
    ("g(x) = 4x - 7. what is g^-1(9)?", "x = 4"),
    ("let h(x) = 5x + 2, find h inverse (27)", "x = 5"),
    # slope and intercepts of ax + by = c
    ("gradient of the line 4x + 2y = 9?", "-2"),
    ("what is the slope of 3x - 6y = 12", "1/2"),
    ("where does 2x + 5y = 20 cross the y-axis?", "4"),
    ("what's the x-intercept of 3x - 4y = 12", "4"),
    ("what's the gradient of 3x + 4y - 12 = 0", "-3/4"),
    ("slope of the line 2y = 4x + 6?", "2"),
    ("find f inverse of 10 if f(x) = 2x - 4", "x = 7"),
    ("the remainder of (x^3 + 4) / (x - 2)?", "12"),
    ("p(x) = x^3 + 2x - 7. find the remainder when p(x) is divided by x - 2", "5"),
    ("for f(x) = 5x - 3, find the value of x with f(x) = 22", "x = 5"),
    # repeated fair trials
    ("toss a coin 4 times. probability of exactly 2 tails?", "3/8"),
    ("3 coins are flipped... what's the chance all of them land heads?", "1/8"),
    ("roll a die 3 times, what is the probability of at least one six?", "91/216"),
    ("what are the odds of no heads in 6 coin tosses", "1/64"),
    # cards, bags, dice totals
    ("two cards are dealt from a standard deck. probability both are hearts?", "1/17"),
    ("pick 2 cards from a pack of 52 with replacement, chance both are kings", "1/169"),
    ("a bag has 6 red and 4 green balls. draw 2 without replacement. probability both "
     "green?", "2/15"),
    ("a jar holds 3 blue, 5 white marbles; grab one. what's the chance it is blue?", "3/8"),
    ("two dice are rolled. what is the probability that the total is 9?", "1/9"),
    ("probability of a sum of at least 11 when you throw 2 dice", "1/12"),
    # sums of runs of numbers
    ("add up 4 + 7 + 10 + ... + 31", "175"),
    ("what's the sum of every whole number from 1 to 40?", "820"),
    ("total of the even numbers between 10 and 20", "90"),
    ("sum of all multiples of 5 from 5 to 100", "1050"),
    ("sum of the odd numbers from 1 to 19", "100"),
    ("Tom has 25 coins made up of nickels and quarters. The total value is $3.85. how many "
     "quarters does he have?", "quarters 13"),
    # inflection points, the most area a fence encloses
    ("find the point of inflection of f(x) = x^3 - 6x^2 + 4", "x = 2"),
    ("where does y = 2x^3 + 6x^2 - x change concavity?", "x = -1"),
    ("100 m of fencing for a rectangular paddock: what is the largest area it can enclose?",
     "625 m²"),
    ("80 feet of fence, three sides of a garden against the house. maximum area?", "800 ft²"),
    ("24 metres of fencing makes a square run. side length and area?", "36 m²"),
    ("a rectangle has a perimeter of 36 cm. what is its largest possible area?", "81 cm²"),
    ("a farmer has 500 ft of fencing for a rectangular field. what dimensions give the "
     "largest area?", "125 ft"),
    # two kinds counted and valued in all
    ("I have 30 nickels and dimes that make $2.10. how many of each?", "nickels 18"),
    ("student tickets cost $5 and adult tickets cost $9. 200 tickets were sold for a total "
     "of $1360. how many student tickets were sold?", "student tickets 110"),
    ("a farm has chickens and cows: 50 heads and 140 legs. how many cows?", "cows 20"),
    ("my purse has 14 coins, all 20p and 50p coins, worth £4.90. how many of each?",
     "50p coins 7"),
    ("pens cost 1.50 each and pencils 0.75 each. I bought 12 pens and pencils for $13.50 in "
     "total - how many pens?", "pens 6"),
    # statistics told in words
    ("my height is 190 cm; the mean is 175 and the sd is 6 - z-score?", "5/2"),
    ("how many standard deviations above the mean is 80 if the mean is 70 and the sd is 5?",
     "2"),
    ("what value has a z-score of -1.5 when the mean is 60 and the standard deviation is 4?",
     "54"),
    ("2 appears 3 times, 5 appears twice and 9 appears once. what is the average?", "4.17"),
    ("A box contains 4 red, 5 green and 6 blue counters. Two counters are drawn at random. "
     "What is the probability that both are blue?", "1/7"),
    ("find the probability of drawing 2 kings from a deck of 52 cards", "1/221"),
    # single events
    ("what are the odds of pulling a queen out of a 52-card deck?", "1/13"),
    ("chance of rolling a number less than 3 on a fair die", "1/3"),
    ("what's the probability of not getting a 6 when you roll one die?", "5/6"),
    ("probability of getting 3 tails when 3 coins are tossed", "1/8"),
    # polygons and arrangements of letters
    ("what do the angles inside an octagon add up to?", "1080"),
    ("how big is each interior angle of a regular decagon?", "144"),
    ("each exterior angle of a regular 9-sided polygon", "40"),
    ("how many diagonals does a 12-sided polygon have?", "54"),
    ("in how many ways can the letters of the word LETTER be arranged?", "180"),
    ("how many anagrams of MATHS are there?", "120"),
    # both ends of a function's values
    ("what are the highest and lowest values of 3sin(x) + 2?", "minimum -1"),
    ("give the max and the min of y = 4cos(x) + 1", "maximum 5"),
    ("percentage change from 109 to 49?", "-55.05%"),
    ("what's the % increase from 40 to 50", "25%"),
    ("by what percent did the price drop from 250 to 200?", "20%"),
    # how the answer is shown
    ("legs of 7 and 9, hypotenuse = sqrt(7^2 + 9^2)?", "11.40"),
    ("what is 10*pi?", "31.42"),
    ("where do y = 2x + 1 and y = -x + 7 meet?", "(2, 5)"),
    ("simplify 3(x + 2) - 5(x - 1)", "-2*x + 11"),
    ("2 3/4 + 1 1/2 - what does that come to?", "17/4"),
    ("integrate 1/x from 1 to 3, give 3 decimal places", "1.099"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS, ids=lambda v: v[:30])
async def test_named_kinds_are_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "I flipped a coin 3 times and got heads every time",
    "there is a 40% chance of rain on two days this week",
    "my bag has 3 red and 2 blue pens in it",
    "we won 3 - 1, what do you make of it?",
    "I drew 2 cards from the deck and got both aces!",
    "I have 3 kids and 2 cats, how many legs do they have between them",
    "the class average was 70 with a standard deviation of 8",
])
async def test_statements_stay_chat(text: str) -> None:
    assert find_math(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("then the square root of that (2 dp)", "11.36"),
    ("and the square root of it", "sqrt(129)"),
    ("take the square root", "sqrt(129)"),
])
async def test_a_root_of_the_earlier_result(pool: WorkerPool, text: str, expected: str) -> None:
    earlier = {"t0": AgentResult(ok=True, text="144 - 15 = **129**", amount=129.0)}
    result = await make_math_agent(MathTools(pool))(
        Subtask("t1", "math", text, depends_on=("t0",)), CONTEXT, earlier)
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)
