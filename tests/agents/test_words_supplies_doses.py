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


@pytest.mark.parametrize(("text", "shown"), [
    ("my phone battery is 4500 mAh at 3.8 V, how many watt-hours?", "17.1 Wh"),
    ("a 2.5 Ah pack at 12 V - what is that in Wh?", "30 Wh"),
])
def test_a_battery_in_watt_hours(text: str, shown: str) -> None:
    from core.agents.words_energy import battery_energy

    found = battery_energy(text)
    assert found is not None and found.shown == shown, found


def test_a_water_jug_is_no_daily_water_ask() -> None:
    from core.agents.bodydata import health_ask

    assert health_ask("how many ml does a 2 litre (UK) water bottle hold?") is None
