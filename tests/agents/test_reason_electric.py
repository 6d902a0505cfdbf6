"""Electrical quantities combined by their units: a power over a voltage is a current."""

from __future__ import annotations

import pytest

from core.agents.mathtext import find_math


@pytest.mark.parametrize(("text", "expected"), [
    ("A 2000 W toaster on a 240 V supply: how many amps does it draw?", "2000 / 240"),
    ("My 650-watt blender runs off a 110-volt outlet. What current does it pull in amps?",
     "650 / 110"),
])
def test_current_from_power_and_voltage(text: str, expected: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expected and call.unit == "amps", call
