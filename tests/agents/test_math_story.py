"""Short word problems: an age now from a future multiple, a whole from its percentage part,
the same rate carried on, heights from shadows, a rectangle from its perimeter, bills
shared, days at a day rate plus costs, shares gained or lost, durations added up; and
lists: a population SD, the line of best fit, the next number of a pattern, one of two
colours drawn, a lottery, shared birthdays, the top places filled, a triangle's third angle
and vectors scaled and added."""

from __future__ import annotations

import pytest

from core.tools.workers import WorkerPool
from tests.agents.test_math_digits import answer

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "expected"), [
    ("grandpa is 70. in 5 years he will be three times as old as his grandson. how old is the "
     "grandson?", "age now = 20 years\n"),
    ("30% of the club are juniors and there are 12 juniors. how many members altogether?",
     "total = 40\n"),
    ("I read 45 pages in 30 minutes. at the same rate, how many minutes for a 300-page book?",
     "time = 200 minutes\n"),
    ("a 2 m tall pole casts a shadow of 3 m. at the same time a building's shadow is 24 m. how "
     "tall is the building?", "height = 16 m\n"),
    ("the length of a rectangle is 4 cm longer than its width and the perimeter is 40. find the "
     "length and width", "width 8; length 12\n"),
    ("rent 1200, water 60 and wifi 45 - split between 3 people?", "= 435\n"),
    ("the job is 12 days at 350 per day plus 220 for materials. what should I charge?",
     "= 4420\n"),
    ("bought 40 shares for 12.50 each and they are now worth 10.25. how much did I lose?",
     "= 90.00\n"),
    ("clock total: 2h15, 3h50 and 1h55", "total 8 hours\n"),
    ("population sd of 2, 4, 4, 4, 5, 5, 7, 9", "population standard deviation = 2\n"),
    ("regression line for x = 1, 2, 3, 4 and y = 3, 5, 7, 9: slope?", "slope 2; intercept 1\n"),
    ("what comes next: 2, 5, 10, 17, 26, ?", "next = 37\n"),
    ("a box of 3 red, 4 green and 5 yellow balls; what's the probability of drawing a green or "
     "a yellow ball?", "P(green or yellow) = 3/4"),
    ("choose 5 numbers from 1 to 40. what are the odds of matching all 5?", "1 in 658,008\n"),
    ("what is the chance that at least two of 23 people share a birthday?", "= 50.73%\n"),
    ("in how many ways can the top 4 places be filled by 10 swimmers?", "= 5040\n"),
    ("a triangle with angles 29° and 101°: find the third one", "= 50 °\n"),
    ("what is 3*(1, 0, 2) - (2, 2, 2)?", "= (1, -2, 4)\n"),
], ids=lambda v: v[:40])
async def test_word_problems_and_lists(pool: WorkerPool, text: str, expected: str) -> None:
    assert expected in await answer(pool, text)
