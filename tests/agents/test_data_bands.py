"""Values counted against a band the request defines ("zone 3 is 150-165", "B is 60 to 69")."""

from __future__ import annotations

import pytest

from core.agents.data_bands import band_line
from core.messages import FilePart
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply

SPEEDS = [41.0, 48.0, 52.0, 55.0, 57.0, 60.0, 63.0, 66.0, 71.0, 38.0, 59.0]


@pytest.mark.parametrize(("request_", "shown"), [
    ("Band C is 50-60 km/h. How many of the readings were band C?", "**5** of 11"),
    ("tier gold means 60 or more. What share of the laps is tier gold? 1 dp", "**36.4%**"),
    ("Level 1 covers under 45 — what percentage of the readings were in level 1?",
     "**18.18%**"),
    ("X is 70 and above, Y is 55 to 69, Z is below 55. How many got a Y?", "**6** of 11"),
])
def test_the_band_defined_is_counted(request_: str, shown: str) -> None:
    line = band_line(SPEEDS, request_)
    assert line is not None and shown in line


@pytest.mark.parametrize("request_", [
    "How many of the readings were above 50?",          # no band defined
    "Band C is 50-60 km/h. What was the average?",       # no count or share asked
    "Band C is 50-60 km/h. How many were band D?",       # the band asked is not defined
])
def test_no_band_asked_no_count(request_: str) -> None:
    assert band_line(SPEEDS, request_) is None


@pytest.mark.asyncio(loop_scope="module")
async def test_the_agent_counts_a_grade_band_in_a_file(pool: WorkerPool) -> None:
    data = b"pupil,score\nAmy,58\nBen,71\nCal,64\nDee,49\nEve,60\nFin,69\nGus,90\n"
    text = await final_reply(pool, "Boundaries: A is 70 and above, B is 60 to 69, C is 50 to "
                             "59. How many pupils in the attached list got a B?", files=(
                                 FilePart("scores.csv", len(data), "text/csv", data),))
    assert "**3** of 7" in text
