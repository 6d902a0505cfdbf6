"""An amount asked in several units of one kind at once: hours, minutes and seconds; weeks
and days; stone and pounds (with a stated pound)."""

from __future__ import annotations

import pytest

from core.agents.mixed_units import mixed


@pytest.mark.parametrize(("text", "value", "source", "shown"), [
    ("turn 50000 seconds into h:mm:ss", 50000, "second", "13 h 53 min 20 s (13:53:20)"),
    ("write 7.75 hours = ? hours ? minutes", 7.75, "hour", "7 h 45 min (7:45)"),
    ("200 days in weeks and leftover days", 200, "day", "28 weeks 4 days"),
    ("how many full weeks and extra days in 45 days", 45, "day", "6 weeks 3 days"),
    ("95 kg in stones + lbs, 1 lb = 0.4536 kg", 95, "kilogram", "14 st 13 lb"),
    ("3599.6 seconds to hh:mm:ss", 3599.6, "second", "1 h 0 min 0 s (1:00:00)"),
])
def test_mixed_units(text: str, value: float, source: str, shown: str) -> None:
    found = mixed(text, value, source)
    assert found is not None and found[0] == shown


@pytest.mark.parametrize(("text", "source"), [
    ("5000 seconds in minutes", "second"),
    ("180 cm in feet and inches", "centimeter"),
    ("3 days in hours and kilograms", "day"),
])
def test_no_mix_asked(text: str, source: str) -> None:
    assert mixed(text, 1.0, source) is None
