"""Named statistics worked from listed or attached data: percentiles (nearest rank or
interpolated), trimmed means, several modes, covariance, error measures between paired
readings, means of the non-zero or one weekday's values, and the share of named rows."""

from __future__ import annotations

import pytest

from core.agents.data_named import named_statistics, pairs_listed
from core.messages import FilePart
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply

VALUES = [12.0, 40.0, 7.0, 33.0, 21.0, 18.0, 29.0, 3.0, 50.0, 25.0]


def _said(request: str, series: dict[str, list[float]] | None = None,
          labels: list[str] | None = None) -> str:
    return " | ".join(named_statistics(series or {"v": VALUES}, request, labels))


@pytest.mark.parametrize(("request_", "expected"), [
    ("90th percentile using nearest rank?", "P90 **40**"),
    ("what is the 25th percentile? (nearest-rank method)", "P25 **12**"),
    ("give me p50, 1 dp", "P50 **23.0**"),
    ("the 90th percentile, interpolated", "P90 **41**"),
])
def test_percentiles(request_: str, expected: str) -> None:
    assert expected in _said(request_)


def test_a_trimmed_mean_drops_the_share_asked_from_each_end() -> None:
    assert "trimmed mean **23.00**" in _said("20% trimmed mean to 2 dp")
    assert "trimmed mean **23.00**" in _said("trimmed mean, cutting 20 percent each end, 2 dp")
    assert _said("what's the trimmed mean?") == ""  # no share said: nothing guessed


def test_every_mode_is_named() -> None:
    said = _said("are there two modes here?", {"v": [4.0, 9.0, 4.0, 1.0, 9.0, 6.0]})
    assert "modes **4 and 9**" in said
    assert "no mode" in _said("what are the modes?", {"v": [1.0, 2.0, 3.0]})


def test_covariance_sample_unless_population_is_said() -> None:
    series = {"hours": [1.0, 2.0, 4.0, 5.0], "mark": [50.0, 54.0, 70.0, 78.0]}
    assert "covariance **24**" in _said("sample covariance of hours and mark?", series)
    assert "covariance **18**" in _said("population covariance (divide by n)", series)


def test_errors_between_paired_readings() -> None:
    request = "reference vs watch: 60 vs 62; 75 vs 71; 90 vs 93; 120 vs 118. RMSE, 2 dp?"
    pairs = pairs_listed(request)
    assert pairs == ([60.0, 75.0, 90.0, 120.0], [62.0, 71.0, 93.0, 118.0])
    assert "RMSE **2.87**" in _said(request, {"a": pairs[0], "b": pairs[1]})
    said = _said("and the mean absolute error?", {"a": pairs[0], "b": pairs[1]})
    assert "MAE **2.75**" in said


def test_means_of_the_rows_asked() -> None:
    rain = {"mm": [0.0, 4.0, 0.0, 10.0, 1.0]}
    assert "**5**" in _said("average rainfall on the days it rained?", rain)
    assert "**5**" in _said("mean, leaving out the zeros", rain)
    days = ["2026-03-02", "2026-03-03", "2026-03-09", "2026-03-10", "2026-03-16"]
    steps = {"steps": [8000.0, 5000.0, 9000.0, 4000.0, 10000.0]}
    assert "average on a Monday **9000**" in _said("average steps on a Monday?", steps, days)
    assert "average on a Tuesday **4500**" in _said("mean for tuesdays", steps, days)


def test_the_share_of_named_rows() -> None:
    months = ["Jan", "Feb", "Mar", "Apr"]
    use = {"kwh": [400.0, 300.0, 200.0, 100.0]}
    said = _said("what percentage of the total came in January and February?", use, months)
    assert "share of the total **70%**" in said
    assert _said("what percentage came in March?", use, months) == ""  # one row: not a share


@pytest.mark.asyncio(loop_scope="module")
async def test_the_agent_answers_them_from_a_file_and_a_message(pool: WorkerPool) -> None:
    data = b"ticket,wait_min\n1,4\n2,9\n3,2\n4,15\n5,7\n6,11\n7,3\n8,6\n"
    text = await final_reply(pool, "waits attached. 75th percentile by nearest rank?", files=(
        FilePart("waits.csv", len(data), "text/csv", data),))
    assert "P75 **9**" in text
    text = await final_reply(pool, "Scale vs lab: 10 vs 10.5; 20 vs 19; 30 vs 31; 40 vs 40. "
                                   "What's the RMSE of the scale? 2 dp")
    assert "RMSE **0.75**" in text
    text = await final_reply(pool, "Stats: u = [2, 4, 6, 8], w = [1, 3, 2, 6]. "
                                   "Sample covariance of u and w?")
    assert "covariance **4.67**" in text
