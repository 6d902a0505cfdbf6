"""Rows kept by a name and a month together, with dates written day/month/year or ISO."""

from __future__ import annotations

from core.agents.data_kept import filtered
from core.agents.data_query import Table, months_of

LOG = (b"date,driver,km\n03/02/2026,Sam,120.5\n14/03/2026,Sam,80.25\n20/03/2026,Ali,60\n"
       b"28/03/2026,Sam,40\n02/04/2026,Ali,95\n09/05/2026,Sam,33.5\n")


def test_a_name_and_a_month_keep_only_the_rows_with_both() -> None:
    line = filtered(Table(LOG), "Dates are day/month/year. How far did Sam drive in March "
                                "in total?")
    assert line is not None and "**120.25**" in line


def test_in_may_is_the_month() -> None:
    line = filtered(Table(LOG), "What was the total km Sam drove in May?")
    assert line is not None and "**33.5**" in line


def test_the_date_order_comes_from_the_request_or_a_day_past_twelve() -> None:
    assert months_of(["03/02/2026", "04/05/2026"], "dates are dd/mm/yyyy") == [2, 5]
    assert months_of(["03/02/2026", "04/05/2026"], "dates are month/day/year") == [3, 4]
    assert months_of(["03/02/2026", "04/05/2026"], "") is None  # unclear: no month read
    assert months_of(["03/02/2026", "25/05/2026"], "") == [2, 5]
    assert months_of(["2026-01-09", "2026-07-01"], "") == [1, 7]
