"""A table's row asked about by its label, and listed numbers asked about as a whole or in
groups, in wordings of each kind."""

from __future__ import annotations

import pytest

from core.agents.data_groups import count_of, group_means, trimmed_mean
from core.agents.data_rows import row_answers, value_column

pytestmark = pytest.mark.asyncio(loop_scope="module")

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May"]
SALES = [120.0, 340.5, 90.25, 410.0, 205.0]


@pytest.mark.parametrize(("request_", "label"), [
    ("which month brought in the most?", "Apr"),
    ("our best month?", "Apr"),
    ("slowest month for sales", "Mar"),
    ("in which month were sales lowest?", "Mar"),
    ("when did we sell the least", "Mar"),
    ("which month had the biggest jump from the month before?", "Apr"),
    ("in which month did sales drop the most?", "Mar"),
])
async def test_the_row_asked_is_named(request_: str, label: str) -> None:
    lines = row_answers("sales", SALES, MONTHS, request_, 2)
    assert lines and f"**{label}**" in lines[0]


async def test_rows_sharing_a_label_are_added_first() -> None:
    lines = row_answers("amount", [30, 12, 25, 9], ["Kim", "Lou", "Kim", "Lou"],
                        "whose spending was highest overall?", None)
    assert "**Kim**" in lines[0] and "**55**" in lines[0]


async def test_both_ends_keep_the_files_decimals() -> None:
    lines = row_answers("bill", SALES, MONTHS, "what was the highest bill and the lowest?", 2)
    assert any("410.00" in line for line in lines) and any("90.25" in line for line in lines)


async def test_a_time_column_is_fastest_when_smallest() -> None:
    series = {"run": [1.0, 2.0, 3.0], "seconds": [58.4, 55.0, 57.1]}
    name, values, labels = value_column(series, [])
    lines = row_answers(name, values, labels, "my quickest run time?", 1)
    assert name == "seconds" and "**run 2**" in lines[0] and "55.0" in lines[0]


async def test_rows_above_the_average_are_counted() -> None:
    lines = row_answers("sales", SALES, MONTHS, "how many months beat the average?", 2)
    assert lines == [] or "**" in lines[0]
    lines = row_answers("sales", SALES, MONTHS, "how many months were higher than the mean?", 2)
    assert "**2**" in lines[0]


@pytest.mark.parametrize("request_", [
    "how many values are there in 3, 9, 4, 1?",
    "count these for me: 3 9 4 1",
    "what's the number of entries: 3; 9; 4; 1",
])
async def test_numbers_counted(request_: str) -> None:
    assert "**4**" in (count_of([3.0, 9.0, 4.0, 1.0], request_) or "")
    assert count_of([3.0, 9.0, 4.0, 1.0], "how many values are over 3?") is None


@pytest.mark.parametrize("request_", [
    "ignore the top and bottom marks and give me the mean",
    "what's the average if you throw out the lowest and the highest?",
    "trimmed mean please",
])
async def test_the_trimmed_mean(request_: str) -> None:
    assert "**5.5**" in (trimmed_mean([1.0, 5.0, 6.0, 20.0], request_) or "")


async def test_two_groups_means_compared() -> None:
    said = ("team red: 10, 12, 14 and team blue: 8, 9, 10 - what's the difference in their "
            "averages?")
    assert "**3**" in (group_means(said) or "")
    assert group_means("the mean of 3, 4, 5?") is None
