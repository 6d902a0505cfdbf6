"""Rows kept by a group the question names (a one-letter group after its column's name), and
the median, or the count with the total, of the rows kept."""

from __future__ import annotations

import pytest

from core.agents.data_kept import table_query
from core.agents.data_query import Table, measure

TEAMS = b"player,team,goals\nAl,X,3\nBea,Y,5\nCal,X,7\nDot,Y,1\nEd,X,2\n"
SHOP = (b"store,item,units,unit_price\nLeeds,Tea,4,2.50\nYork,Tea,10,2.40\nLeeds,Mug,3,6.00\n"
        b"Leeds,Tea,6,2.50\n")


def _asked(data: bytes, request: str) -> str:
    return "\n".join(table_query(Table(data), request))


@pytest.mark.parametrize(("request_", "shown"), [
    ("mean goals for team X?", "**4**"),
    ("what's team Y's average goals", "**3**"),
    ("median goals in team X", "**3**"),
])
def test_a_one_letter_group(request_: str, shown: str) -> None:
    assert shown in _asked(TEAMS, request_)


def test_a_column_named_whole_wins_over_one_sharing_a_word() -> None:
    assert measure(Table(SHOP), "median units sold in Leeds")[0] == "units"  # type: ignore[index]


def test_median_of_the_rows_kept() -> None:
    assert "median units for Leeds: **4**" in _asked(SHOP, "median units per sale in Leeds?")


def test_count_and_total_of_the_rows_kept() -> None:
    shown = _asked(SHOP, "how many Tea sales were there and how many Tea units in total?")
    assert "**3**" in shown and "total units for Tea: **20**" in shown


def test_the_largest_single_row_by_value_not_the_total() -> None:
    shown = _asked(SHOP, "largest order by value?")
    assert "**24**" in shown and "total" not in shown  # York's 10 × 2.40


@pytest.mark.parametrize("request_", [
    "name the two items with the most units in total",
    "top 2 items by units sold",
])
def test_the_top_few_groups(request_: str) -> None:
    shown = _asked(SALES, request_)
    assert "**Tea** (14), **Pen** (9)" in shown


SALES = (b"store,item,units,unit_price\nLeeds,Tea,4,2.50\nYork,Pen,9,1.00\nLeeds,Mug,3,6.00\n"
         b"York,Tea,10,2.50\nLeeds,Cup,1,3.00\n")
