"""Statistics of a column of durations (m:ss, h:mm:ss), for the rows the question names."""

from __future__ import annotations

import pytest

from core.agents.data_query import Table
from core.agents.data_timecol import time_column_line

SWIMS = (b"swimmer,club,split\nAna,Otters,1:05.40\nBea,Sharks,1:02.10\nCat,Otters,1:09.95\n"
         b"Dot,Sharks,0:59.80\nEla,Otters,1:07.00\n")
RIDES = b"rider,team,elapsed\nJo,Red,1:02:10\nKai,Blue,0:58:45\nLee,Red,1:10:20\nMo,Red,1:05:00\n"


@pytest.mark.parametrize(("data", "request_", "shown"), [
    (SWIMS, "What's the average split for the Otters?", "**1:07.45**"),
    (SWIMS, "Fastest split among the Sharks?", "**0:59.80**"),
    (SWIMS, "median split overall", "**1:05.40**"),
    (RIDES, "median elapsed time for team Red, h:mm:ss", "**1:05:00**"),
    (RIDES, "the slowest elapsed time", "**1:10:20**"),
])
def test_the_time_asked_is_worked_in_seconds_and_shown_as_written(
        data: bytes, request_: str, shown: str) -> None:
    line = time_column_line(Table(data), request_)
    assert line is not None and shown in line


@pytest.mark.parametrize("request_", [
    "What was my average bedtime?",            # a clock time, not a duration
    "Which club has more swimmers?",           # no statistic of the times asked
])
def test_clock_times_and_other_questions_are_left_alone(request_: str) -> None:
    assert time_column_line(Table(SWIMS), request_) is None
