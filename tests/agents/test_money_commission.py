"""Pay made of a base and a commission on sales, above a threshold or on all of them."""

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


@pytest.mark.parametrize(("text", "expected"), [
    ("Kim has a basic salary of $2,000 a month plus 8% commission on sales over $10,000. she "
     "sold $16,000 this month - what's her total pay?", "**2480**"),
    ("a rep gets $400 a week plus 3% of her sales. sales were $9,000 this week. how much does "
     "she earn?", "**670**"),
    ("base pay $1500 plus 5% commission on sales above $30,000; sales were $20,000. total "
     "pay?", "**1500**"),
], ids=lambda v: v[:40])
async def test_commission_pay(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text, (text, result.text)


async def test_told_price_is_no_price_of_one() -> None:
    from core.agents.money_unknown import price_of_one
    text = "a ride costs $4 a go and wins a $50 prize with a 5% chance. expected gain per ride?"
    assert price_of_one(text) is None
    assert price_of_one("3 pizzas came to $36, what did each pizza cost?") is not None
