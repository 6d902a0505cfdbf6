"""What is left of a daily limit after the doses taken so far."""

from __future__ import annotations

import pytest

from core.agents.health_left import dose_left
from core.agents.intents import classify
from core.agents.measures import health_result
from core.tools.health import HealthResult


@pytest.mark.parametrize(("text", "value"), [
    ("3 x 400mg taken so far, daily limit 2400 mg - how many mg are left?", "1,200 mg"),
    ("Max is 4000 mg a day. I've already had 5 tablets of 500 mg. How much more can I take?",
     "1,500 mg"),
    ("I took 2 doses of 250 mg; 1500 mg max per day - how much remains?", "1,000 mg"),
])
def test_left_of_a_limit(text: str, value: str) -> None:
    found = dose_left(text)
    assert found is not None and found.value == value


@pytest.mark.parametrize("text", [
    "3 x 400mg taken so far, daily limit 1000 mg - how many mg are left?",  # past the limit
    "3 x 400mg taken so far, daily limit 2 g - how much is left?",  # two units
    "daily limit 2400 mg - how many mg are left?",  # nothing taken
])
def test_unclear_limits_stay_unanswered(text: str) -> None:
    assert dose_left(text) is None


@pytest.mark.asyncio
async def test_the_health_agent_answers() -> None:
    text = "6 x 250mg taken so far, daily limit 3000 mg - how many mg are left?"
    assert classify(text).agent == "health"
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value == "1,500 mg"
