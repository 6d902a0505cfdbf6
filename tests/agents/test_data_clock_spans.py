"""Hours between two clock-time columns, past midnight when the end comes before the start."""

from __future__ import annotations

import pytest

from core.agents.data_clock_spans import clock_spans

SHIFTS = b"date,clock_in,clock_out\n2026-02-02,08:15,16:45\n2026-02-03,22:00,06:30\n"
NAPS = b"day,woke,slept\nSat,7:10,23:40\nSun,8:00,0:30\n"


@pytest.mark.parametrize(("data", "request_", "shown"), [
    (SHIFTS, "total hours clocked over the two shifts?", "**17** h (**17:00**"),
    (SHIFTS, "average shift length?", "**8.5** h (**8:30**"),
    (NAPS, "mean time asleep per night, 2 dp", "**7.5000** h (**7:30**"),
])
def test_hours_between_clock_times(data: bytes, request_: str, shown: str) -> None:
    assert shown in (clock_spans(data, request_) or "")


def test_one_clock_column_is_no_span() -> None:
    assert clock_spans(b"day,woke\nSat,7:10\nSun,8:00\n", "average wake time?") is None
