"""Everyday geometry in words: gradients and angles, round and square areas by size."""

from __future__ import annotations

import pytest

from core.agents.words_geometry import geometry


@pytest.mark.parametrize(("text", "shown"), [
    ("the hill has a 10% gradient, what is the angle in degrees?", "5.71°"),
    ("a slope of 8 degrees - what percent gradient is it?", "14.05%"),
    ("a 12 inch pizza, how many square inches is it?", "113.1 square inches"),
    ("area of a 20 cm cake tin in square cm?", "314.16 square cm"),
    ("tiles are 30 cm square; area of one in square inches?", "139.5 square inches"),
])
def test_geometry(text: str, shown: str) -> None:
    found = geometry(text)
    assert found is not None
    assert found.shown == shown


def test_no_square_unit_asked() -> None:
    assert geometry("we ordered a 14 inch pizza for 12 people") is None
