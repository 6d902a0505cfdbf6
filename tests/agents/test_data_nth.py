"""The row in a given place of the order."""

from __future__ import annotations

import pytest

from core.agents.data_nth import nth_row

TIMES = [12.5, 11.0, 14.25, 10.5, 13.0]
RUNNERS = ["Ann", "Bo", "Cy", "Di", "Ed"]


@pytest.mark.parametrize(("request_", "shown"), [
    ("who came third on points?", "**Ann** (12.5)"),
    ("the 2nd-highest score belongs to whom?", "**Ed** (13)"),
    ("which runner had the second lowest time", "**Bo** (11)"),
    ("the 2nd-highest time belongs to whom?", "**Ed** (13)"),
    ("who was the runner-up in points?", "**Ed** (13)"),
])
def test_the_place_asked(request_: str, shown: str) -> None:
    assert shown in (nth_row(TIMES, RUNNERS, request_) or "")


def test_a_place_by_time_without_a_direction_is_not_guessed() -> None:
    assert nth_row(TIMES, RUNNERS, "who finished third by time?") is None


def test_a_tie_holds_no_place() -> None:
    assert nth_row([5.0, 9.0, 9.0, 1.0], ["a", "b", "c", "d"], "which came second?") is None


def test_a_second_half_is_no_place() -> None:
    assert nth_row(TIMES, RUNNERS, "total in the second half?") is None
