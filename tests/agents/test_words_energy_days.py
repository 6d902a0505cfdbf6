"""Energy from a power over hours a day for a span written "a 30-day month", "28 days" or
with words between the hours and "a day" ("2.6 peak sun hours a day")."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_energy import energy_use


@pytest.mark.parametrize(("text", "shown"), [
    ("a 60 W lamp on 5 hours a day — kWh over a 7-day week?", "2.1 kWh"),
    ("4 kW solar array, 3.5 peak sun hours a day, 30 days: kWh?", "420 kWh"),
    ("fridge 100 watts, 24 hours a day, 10 days. how much energy?", "24 kWh"),
    ("a 1.5 kw kettle used 0.5 hours a day for 2 weeks - energy used?", "10.5 kWh"),
])
def test_energy_over_a_span(text: str, shown: str) -> None:
    found = energy_use(expand(text).lower())
    assert found is not None and found.shown.startswith(shown), (text, found)
