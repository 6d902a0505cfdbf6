"""A percent bound on counts is a share of the whole the request states ("there were 40
classes … how many came to fewer than 75%?")."""

from __future__ import annotations

from core.agents.data_asks import threshold_count

VISITS = [12.0, 30.0, 29.0, 31.0, 18.0, 40.0, 25.0]


def test_a_percent_bound_is_taken_of_the_whole_stated() -> None:
    line = threshold_count(VISITS, "There were 40 classes this year. How many members came to "
                                   "fewer than 75% of them?")
    assert line is not None and line.startswith("**4** ")  # below 30: 12, 29, 18, 25


def test_an_at_least_percent_bound_of_a_total() -> None:
    line = threshold_count(VISITS, "Out of 40 sessions, how many people made at least 75 "
                                   "percent?")
    assert line is not None and line.startswith("**3** ")  # 30, 31, 40


def test_without_a_whole_the_bound_stays_as_written() -> None:
    line = threshold_count(VISITS, "How many are below 30%?")
    assert line is not None and line.startswith("**4** ")


def test_a_whole_smaller_than_a_value_is_no_whole() -> None:
    line = threshold_count(VISITS, "There were 35 sessions. How many are below 50%?")
    assert line is not None and line.startswith("**7** ")  # 40 > 35: read as written
