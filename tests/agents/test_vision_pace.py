"""A run's or ride's summary worked into the pace per unit of distance or the average speed."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_pace_per_unit_and_speed() -> None:
    summary = "Activity\nDistance: 12.5 km\nTime: 1:02:30"
    assert "**5:00 per km**" in answer_from_text("what was my pace?", summary).text
    assert "**12 km/h**" in answer_from_text("average speed of this ride?", summary).text
    miles = "Walk\nDistance: 2 mi\nDuration: 41:10"
    assert "**20:35 per mile**" in answer_from_text("minutes per mile?", miles).text


def test_no_time_gives_no_pace() -> None:
    assert "per km" not in answer_from_text("my pace?", "Activity\nDistance: 5 km").text
