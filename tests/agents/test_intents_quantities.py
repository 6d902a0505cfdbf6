"""Routing that keeps one quantity whole and a speed asked for out of the statistics."""

from __future__ import annotations

from core.agents.intents import Context, classify


def test_a_sum_that_drops_half_a_duration_is_not_claimed() -> None:
    intent = classify("cycled 96 km in 5 hours 45 minutes, what was my average km/h?",
                      Context())
    assert intent.agent != "math"


def test_average_kmh_is_no_summary_of_figures() -> None:
    intent = classify("ran 21 km in 2 hours 6 minutes, average mph?", Context())
    assert intent.agent != "data"


def test_a_whole_duration_is_still_worked() -> None:
    assert classify("what is 3 h 20 min in minutes", Context()).agent == "units"
