"""A daily drink worked out by body weight ("35 ml of fluid per kg") is no medicine dose: no
dose warning, and it is given in litres when litres are asked."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "name", "value", "unit"), [
    ("I'm 64 kg. How much fluid should I have daily at 35 ml per kg? give it in litres",
     "water a day", "2.24", "l"),
    ("at 40 ml per kg how much water do I need each day? I weigh 70 kg", "water a day", "2800",
     "ml"),
])
def test_daily_water(text: str, name: str, value: str, unit: str) -> None:
    found = reckon(expand(text))
    assert found is not None
    assert (found.name, float(found.value), found.unit, found.note) == (
        name, float(value), unit, "")


def test_a_medicine_stays_a_dose() -> None:
    found = reckon(expand("she weighs 20 kg, the syrup dose is 2 ml per kg - how much?"))
    assert found is not None and found.name == "dose" and found.note
