"""A weighted mark from each part's weight and score, with the rounding asked beside them."""

from __future__ import annotations

import pytest

from core.agents.money_shares import weighted_mark
from core.agents.reckon_base import show
from core.agents.wording import expand


@pytest.mark.parametrize("text", [
    "Labs (20%): 81\nQuiz (30%): 64\nExam (50%): 77\noverall grade? 2 decimals",
    "Labs (20%): 81\nQuiz (30%): 64\nExam (50%): 77\nmy overall grade to 1 dp?",
    "Labs (20%): 81\nQuiz (30%): 64\nExam (50%): 77\nwhat's my overall grade?",
])
def test_the_rounding_asked_is_no_score(text: str) -> None:
    found = weighted_mark(expand(text).lower())
    assert found is not None and show(found.value) == "73.9", (text, found)
