"""A stated factor converts areas, powers, volumes, land and kitchen measures too: "use
10.764", "(3.412 BTU/h per watt)", "(28.317 L/cu ft)", "1 hectare = 2.471 acres", "take 1 cup
as 240 mL"."""

from __future__ import annotations

from fractions import Fraction

import pytest

from core.agents.wording import expand
from core.agents.words_factor import stated_factor


@pytest.mark.parametrize(("text", "value"), [
    ("a flat of 85 sqm is how many sq ft? use 10.764", Fraction(85) * Fraction("10.764")),
    ("1500 watts in BTU/hr (3.412 BTU/h per watt)?", Fraction(1500) * Fraction("3.412")),
    ("120 cu ft to litres (28.317 L/cu ft)", Fraction(120) * Fraction("28.317")),
    ("how many acres is 40 hectares (1 hectare = 2.471 acres)?", 40 * Fraction("2.471")),
    ("2 cups of milk in ml? take 1 cup as 240 mL", Fraction(480)),
])
def test_stated_factor_in_more_units(text: str, value: Fraction) -> None:
    found = stated_factor(expand(text).lower())
    assert found is not None and found.value == value


def test_a_factor_for_other_units_is_not_used() -> None:
    assert stated_factor(expand("5 acres in sq ft? (1 hectare = 2.471 acres)").lower()) is None
