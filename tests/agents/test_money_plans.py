"""Where two price plans cost the same, and marks listed after their weights — in wordings
of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("gym one charges 30 a month and 4 a class, the other 60 a month with classes free - "
     "after how many classes is the second cheaper?",
     "7.5 classes, so from 8 classes on the plan with the lower rate is cheaper"),
    ("option 1 costs $200 upfront and $15 a month; option 2 is $25 a month. after how many "
     "months do they cost the same?", "20 months (both cost $500.00)"),
    ("Tariff A has a 10 standing charge and 0.30 per unit, tariff B 0.35 per unit and no "
     "standing charge. how many units until they are equal?", "200 units (both cost 70.00)"),
    ("labs are worth 20%, the project 30% and the exam 50%; my marks were 88, 72 and 65. "
     "final grade?", "71.7"),
])
def test_plans_and_listed_marks(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_no_plans_without_the_same_cost_asked() -> None:
    assert reckon("plan A is 5 a month, plan B is 9 a month. which do you like?") is None
