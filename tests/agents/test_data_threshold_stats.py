"""The average, total or median of only the values past a limit the question sets."""

from __future__ import annotations

import pytest

from core.agents.data_agent import _extras
from core.agents.data_threshold_stats import threshold_figure

READINGS = [95.0, 130.0, 150.0, 88.0, 121.0]


@pytest.mark.parametrize(("request_", "shown"), [
    ("average of the readings over 120?", "**133.6667**"),
    ("sum only the ones that reached at least 121", "**401**"),
    ("median of the readings of 100 or more", "**130**"),
    ("mean of those below 100", "**91.5**"),
])
def test_the_values_past_the_limit(request_: str, shown: str) -> None:
    assert shown in (threshold_figure(READINGS, request_) or "")


def test_no_limit_or_no_statistic_reads_nothing() -> None:
    assert threshold_figure(READINGS, "average reading?") is None
    assert threshold_figure(READINGS, "how many readings were above 120?") is None


def test_the_unfiltered_total_and_a_minimum_are_not_added() -> None:
    lines = _extras(READINGS, "total of the readings that were at least 121?")
    assert lines == ["total of the 3 values at least 121: **401**"]
