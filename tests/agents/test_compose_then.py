"""A step on whatever a calculation comes to, and calculations asked one after another, are
parts of their own, in wordings of each kind; a word problem told over sentences stays one."""

from __future__ import annotations

import pytest

from tests.agents.helpers import planned as _plan

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "first", "then"), [
    ("15% of 300 to start, then 20% of whatever that comes to", "15% of 300",
     "20% of the result"),
    ("33 times 12, and then share that 4 ways", "33 times 12", "divide that by 4"),
    ("work out 9 cubed, then take 100 from whatever you get", "work out 9 cubed",
     "take 100 from the result"),
])
async def test_a_step_on_the_result(text: str, first: str, then: str) -> None:
    plan = await _plan(text)
    assert [(a, r) for a, r, _ in plan] == [("math", first), ("math", then)]
    assert plan[1][2] == ("t1",)


@pytest.mark.parametrize(("text", "parts"), [
    ("HCF of 16 and 40? LCM of 6 and 14?", ["HCF of 16 and 40?", "LCM of 6 and 14?"]),
    ("m + n = 9, m - n = 3: m and n? Also divide 120 in the ratio 3:1.",
     ["m + n = 9, m - n = 3: m and n", "divide 120 in the ratio 3:1."]),
])
async def test_asks_one_after_another(text: str, parts: list[str]) -> None:
    assert [r for _, r, _ in await _plan(text)] == parts


@pytest.mark.parametrize("text", [
    "A car goes 50 km/h. How far does it get in 2 hours?",
    "The garden is 6 by 9. What is its area?",
    "what is the lcm of 4 and 6",
])
async def test_one_problem_stays_one_part(text: str) -> None:
    assert len(await _plan(text)) == 1


@pytest.mark.parametrize(("text", "parts"), [
    ("expand (x + 2)^3, then differentiate the result", ["expand (x + 2)^3",
                                                          "differentiate (x + 2)^3"]),
    ("factor x^2 - 4x and integrate it from 0 to 2", ["factor x^2 - 4x",
                                                       "integrate x^2 - 4x from 0 to 2"]),
])
async def test_a_step_on_a_rewritten_function(text: str, parts: list[str]) -> None:
    assert [r for _, r, _ in await _plan(text)] == parts
