"""Any formula a message states as "<name> = <formula>" is worked with the values it gives
(not only the named ones): its names read as a weight, height, age, distance or a label; a
percent inside it; a name defined by a formula of its own ("max = 220 - age")."""

from __future__ import annotations

from fractions import Fraction

from core.agents.health_stated import stated_formula
from core.agents.wording import expand


def _worked(text: str) -> tuple[str, Fraction] | None:
    found = stated_formula(expand(text).lower())
    return None if found is None else (found.name, found.value)


def test_a_bmr_formula_given_is_the_one_used() -> None:
    text = ("Using BMR = 66.5 + 13.75×kg + 5.003×cm − 6.75×age: man, age 40, 80 kg, 180 cm. "
            "Whole number?")
    assert _worked(text) == ("BMR", Fraction("66.5") + Fraction("13.75") * 80
                             + Fraction("5.003") * 180 - Fraction("6.75") * 40)


def test_a_distance_name_takes_the_metres_given_not_the_formula_numbers() -> None:
    text = "I covered 2800 m in the 12 minute test. using fitness = (distance − 500) / 45. 1 dp?"
    assert _worked(text) == ("fitness", Fraction(2300, 45))


def test_a_percent_and_a_name_defined_by_its_own_formula() -> None:
    text = ("Using zone = rest + 70% x (max - rest), max = 208 - age: age 30, rest 60. "
            "Zone bpm?")
    assert _worked(text) == ("zone", 60 + Fraction(70, 100) * (208 - 30 - 60))


def test_a_name_without_a_value_gives_nothing() -> None:
    assert _worked("score = speed × 3 + bonus. speed 12. score?") is None


def test_a_rule_for_a_one_letter_name_is_no_definition() -> None:
    assert _worked("using y = 3*k + 1 with k 4. result?") is None
