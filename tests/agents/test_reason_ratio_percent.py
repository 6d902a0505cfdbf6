"""A ratio of two labelled amounts asked as a percentage ("A/B as a percentage")."""

from __future__ import annotations

from core.agents.mathtext import find_math


def test_ratio_as_a_percentage() -> None:
    call = find_math("Measurements: waist 81 cm, hip 108 cm. waist/hip as a percentage, one "
                     "decimal?")
    assert call is not None and call.expression == "100 * 81 / 108" and call.unit == "%", call


def test_ratio_named_with_digits() -> None:
    call = find_math("Readings: PEF1 420, PEF2 500. PEF1/PEF2 ratio?")
    assert call is not None and call.expression == "420 / 500", call
