"""Two columns holding one figure at two times: each row's change, the row that moved most,
the share that went up, one named row's change and the change of the totals."""

from __future__ import annotations

import pytest

from core.agents.base import AgentResult
from core.agents.data_change_rows import change_pair, row_changes
from core.agents.data_pick import derived_answers
from core.agents.rounding_asked import as_asked
from core.tools.data import columns_in_csv

FARES = b"route,fare_2022,fare_2023\nNorth,4.00,4.60\nSouth,5.00,5.25\nEast,8.00,7.20\n"
QUIZ = b"pupil,quiz1,quiz2\nAmy,40,52\nBo,70,65\nCy,55,60\nDi,80,80\n"
RENT = b"flat,old,new\nA,900,990\nB,1200,1260\n"
BEFORE = b"shop,before,after\nMain St,120,150\nHigh St,200,180\n"


def _asked(data: bytes, request: str) -> str:
    return "\n".join(derived_answers(data, columns_in_csv(data), request))


@pytest.mark.parametrize(("data", "pair"), [
    (FARES, ("fare_2022", "fare_2023")), (QUIZ, ("quiz1", "quiz2")), (RENT, ("old", "new")),
    (BEFORE, ("before", "after")),
])
def test_the_earlier_column_comes_first(data: bytes, pair: tuple[str, str]) -> None:
    assert change_pair(columns_in_csv(data)) == pair


@pytest.mark.parametrize(("data", "request_", "shown"), [
    (FARES, "which route's fare rose the most in % terms?", "**North** (% change **15.00%**"),
    (FARES, "Which route had the biggest percentage increase in fare?", "**North**"),
    (FARES, "which route fell the most, percent-wise?", "**East** (% change **-10.00%**"),
    (BEFORE, "which shop improved the most?", "**Main St** (change **30**"),
    (QUIZ, "what % of pupils did better on quiz2 than on quiz1?", "**50.00%** (2 of 4)"),
    (QUIZ, "how many pupils improved?", "**2** of 4"),
    (FARES, "what was the % change for South, 2023 against 2022?", "South: % change **5.00%**"),
    (RENT, "if I rented both, by what percent has the total gone up?", "**7.14%**"),
])
def test_row_changes_in_several_wordings(data: bytes, request_: str, shown: str) -> None:
    assert shown in _asked(data, request_)


def test_places_asked_are_used() -> None:
    assert "**15.0%**" in _asked(FARES, "which route's fare went up most in percent? 1 dp")


def test_no_change_asked_reads_nothing() -> None:
    series = columns_in_csv(FARES)
    assert row_changes(series, ["North", "South", "East"], "what is the mean fare_2023?") is None
    assert row_changes(series, ["North", "South", "East"],
                       "which route had the highest fare_2023?") is None


def test_a_signed_percent_is_rounded_as_asked() -> None:
    result = as_asked("to 1 dp", AgentResult(ok=True, text="change: **+12.3456%**"))
    assert result.text == "change: **+12.3%**"


def test_a_percent_change_between_two_named_months_is_the_figure_shown() -> None:
    data = b"month,visits\nMarch,400\nApril,380\nMay,500\n"
    assert "**+25.00%**" in _asked(data, "percent change in visits from March to May?")


def test_an_average_gain_in_points_is_not_a_count_of_rows() -> None:
    assert "rows where it went" not in _asked(QUIZ, "By how many points did pupils improve on "
                                                    "average?")
