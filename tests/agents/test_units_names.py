"""Unit names and shapes the converter reads: furlongs, plural kilowatt-hours, inches
written "in" after a number where it cannot be the preposition."""

from __future__ import annotations

import pytest

from core.agents.quantities import parse_conversion


@pytest.mark.parametrize(("text", "source", "target"), [
    ("the course is 7 furlongs. how many metres?", "furlong", "meter"),
    ("how many kilowatt-hours is 18 MJ?", "megajoule", "kilowatt_hour"),
    ("52in → cm", "inch", "centimeter"),
    ("my wrist is 6.3 in around. in mm?", "inch", "millimeter"),
])
def test_units_read(text: str, source: str, target: str) -> None:
    ask = parse_conversion(text)
    assert ask is not None and (ask.source.pint, ask.target.pint) == (source, target), ask


def test_in_as_a_preposition_stays() -> None:
    assert parse_conversion("3 in 10 people prefer tea") is None
