"""Facts stated first and the asks listed below them, one a line: each listed ask is answered,
with the facts above, and the list's numbers and bullets are not read as figures."""

from __future__ import annotations

import pytest

from core.agents.clauses_list import listed
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply, planned

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_the_list_is_found_under_its_facts() -> None:
    text = ("A jar holds 40 sweets\nand I eat 3 a day.\n(a) how many after a week?\n(b) and\n"
            " days left")
    assert listed(text) == ("A jar holds 40 sweets and I eat 3 a day.",
                            ["how many after a week?", "and days left"])
    assert listed("1. 3 + 4\n2. 5 * 6") == ("", ["3 + 4", "5 * 6"])  # no facts: every line
    assert listed("one line only\n- a single bullet") is None


async def test_numbered_sums_each_get_their_answer(pool: WorkerPool) -> None:
    text = "Quick ones:\n1. 37 × 12\n2. 9 to the power 3\n3. write 7/4 as a decimal"
    assert [agent for agent, _, _ in await planned(text)] == ["math", "math", "math"]
    reply = await final_reply(pool, text)
    assert "**444**" in reply and "**729**" in reply and "**1.75**" in reply


async def test_each_bullet_is_read_with_the_facts_above(pool: WorkerPool) -> None:
    text = ("I'm saving for a $2600 bike and have $400 already.\n- how much more do I need?\n"
            "- saving $200 a month, how many months until I can buy it?")
    plan = await planned(text)
    assert len(plan) == 2 and all("$2600" in request for _, request, _ in plan)
    reply = await final_reply(pool, text)
    assert "$2,200.00" in reply and "11 months" in reply
