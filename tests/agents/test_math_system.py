"""Prices of single items from bundles told in words (a linear system)."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathsystem import bundle_system
from core.agents.plan import Subtask
from core.agents.wording import expand
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "equations"), [
    ("3 pens and 2 pads are $7; 1 pen and 4 pads are $9 - price of each?",
     "3*a + 2*b = 7, 1*a + 4*b = 9"),
    ("for 2 adult and 3 child tickets I paid 48, and 1 adult and 1 child ticket cost 19. "
     "how much is an adult ticket?", "2*a + 3*b = 48, 1*a + 1*b = 19"),
    ("Four teas plus a cake come to 9.50, while two teas plus three cakes come to 12.50. "
     "What does a tea cost?", "4*a + 1*b = 9.50, 2*a + 3*b = 12.50"),
    ("5 burgers and 2 fries cost €31.50 and 3 burgers and 4 fries cost €26.50, find the "
     "price of a burger and of a fry", "5*a + 2*b = 31.50, 3*a + 4*b = 26.50"),
    ("we spent 20 on 4 burgers and 2 colas; they spent 13 on 2 burgers and 3 colas - price of "
     "a cola?", "4*a + 2*b = 20, 2*a + 3*b = 13"),
    ("I paid 9.60 for 2 teas and 3 scones, and my friend paid 8.40 for 3 teas and a scone. "
     "what does a scone cost?", "2*a + 3*b = 9.60, 3*a + 1*b = 8.40"),
])
def test_bundles_become_equations(text: str, equations: str) -> None:
    found = bundle_system(expand(text).lower())
    assert found is not None and found[0] == equations


@pytest.mark.parametrize("text", [
    "I bought 3 apples for 2 dollars, how much is one apple?",
    "a bat and a ball cost 1.10 in total. how much is the ball?",
    "we are 2 adults and 3 kids, the flat is 120 a night",
    "2 coffees and a muffin cost 10.80",
    "2 tickets cost 30 and 3 drinks cost 12, what's the total?",
])
def test_one_bundle_or_a_remark_is_no_system(text: str) -> None:
    assert bundle_system(expand(text).lower()) is None


@pytest.mark.asyncio(loop_scope="module")
async def test_each_price_is_shown_to_the_cent(pool: WorkerPool) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask(
        "t1", "math", "2 sandwiches and 3 juices cost 13.10. a sandwich and a juice cost "
                      "5.10. how much is each?"), CONTEXT, {})
    assert "a sandwich: **2.20**" in result.text and "a juice: **2.90**" in result.text, \
        result.text
    assert "a = sandwich" in result.basis
