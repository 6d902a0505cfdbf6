"""A measured supply used as a dose several times a day: the full days it lasts."""

from __future__ import annotations

import pytest

from core.agents.words_supplies import supply_days


@pytest.mark.parametrize(("text", "shown"), [
    ("a 250 ml tub of liquid feed, she gets 12 ml 3 times a day. how many full days will it "
     "last?", "6 full days"),
    ("how long will 60 ml of eye wash last at 2 ml twice a day?", "15 days"),
])
def test_a_dose_several_times_a_day(text: str, shown: str) -> None:
    found = supply_days(text)
    assert found is not None and found.shown == shown, found
