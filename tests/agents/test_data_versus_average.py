"""Rows counted against the average, the average named before and the count after ("it")."""

from __future__ import annotations

import pytest

from core.agents.data_rows import versus_average

MARKS = [40.0, 55.0, 70.0, 95.0]  # mean 65


@pytest.mark.parametrize(("request_", "shown"), [
    ("give me the mean mark and how many pupils scored over it", "**2** "),
    ("average first, then the number of marks below that", "**2** "),
    ("how many pupils are beating the class average?", "**2** "),
    ("count the marks exceeding the mean", "**2** "),
])
def test_counted_against_the_average(request_: str, shown: str) -> None:
    lines = versus_average(MARKS, request_)
    assert lines and lines[0].startswith(shown) and "(65.00)" in lines[0]


def test_a_count_past_a_number_is_not_against_the_average() -> None:
    assert versus_average(MARKS, "mean mark, and how many are over 60?") == []
