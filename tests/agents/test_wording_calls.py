"""A named function written on a pair of numbers, and the cube-root sign, read as words."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_the_call_is_read_as_words() -> None:
    assert expand("greatest common divisor(84, 126)") == "greatest common divisor of 84 and 126"
    assert expand("Lowest common multiple: 14, 21") == "Lowest common multiple of 14 and 21"
    assert expand("what is ∛ 343?") == "what is cube root of 343?"
    assert expand("a common room of 12, 14") == "a common room of 12, 14"


@pytest.mark.parametrize(("text", "expected"), [
    ("highest common factor(84, 126)?", "**42**"),
    ("least common multiple: 14, 21", "**42**"),
    ("∛343 = ?", "**7**"),
])
async def test_they_are_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert expected in await final_reply(pool, text)
