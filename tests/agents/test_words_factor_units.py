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


@pytest.mark.parametrize(("text", "value"), [
    # one unit under two names: "1 gal = 3.785 L" applies to "litres"
    ("how many US gallons are 150 litres? 1 gal = 3.785 L", Fraction(150) / Fraction("3.785")),
    ("a recipe wants 6 tbsp of oil, in millilitres? (1 tablespoon = 15 ml)", Fraction(90)),
    ("what is 30 kilograms in pounds, if 1 lb = 0.4536 kg?", Fraction(30) / Fraction("0.4536")),
    # the unit defined with "a" or "one", "as" or "being"
    ("how far is 8 km in miles, counting a mile as 1.6 km", Fraction(5)),
    ("12 teaspoons of syrup, one teaspoon being 5 ml, is how many ml", Fraction(60)),
])
def test_stated_factor_under_any_name_of_the_unit(text: str, value: Fraction) -> None:
    found = stated_factor(expand(text).lower())
    assert found is not None and found.value == value
