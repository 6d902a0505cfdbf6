"""Rows kept by a stated limit on a column of numbers, by weekday (from day names or ISO
dates) or left out by label, one group or two side by side, and the figure asked of each."""

from __future__ import annotations

from core.agents.data_kept import filtered
from core.agents.data_pick import date_groups
from core.agents.data_query import Table
from core.agents.data_where import groups

SHOP = (b"day,temp_c,ice_creams\n2025-07-07,31,120\n2025-07-08,24,60\n2025-07-09,28,95\n"
        b"2025-07-10,19,30\n2025-07-11,33,150\n2025-07-12,26,88\n2025-07-13,22,41\n")


def test_two_groups_by_a_limit_each_get_their_figure() -> None:
    line = filtered(Table(SHOP), "mean ice_creams when temp_c >= 28 compared with temp_c < 28?")
    assert line is not None
    assert "**121.67**" in line and "**54.75**" in line  # (120+95+150)/3, (60+30+88+41)/4
    assert line.index("121.67") < line.index("54.75")


def test_one_limit_in_words() -> None:
    line = filtered(Table(SHOP), "total ice creams sold on days when temp c was above 25")
    assert line is not None and "**453**" in line  # 120 + 95 + 150 + 88


def test_a_limit_with_or_more_is_not_read_as_equal() -> None:
    assert groups(Table(SHOP).numeric, {}, [], "ice creams on days with temp_c of 28 or more") \
        == []


def test_weekends_against_weekdays_from_iso_dates() -> None:
    line = filtered(Table(SHOP), "average ice_creams at weekends versus weekdays")
    assert line is not None
    assert "weekends: **64.5**" in line and "weekdays: **91**" in line  # 12th, 13th: Sat, Sun


def test_a_row_left_out_by_its_date() -> None:
    line = filtered(Table(SHOP), "what's the average ice_creams leaving out 2025-07-11?")
    assert line is not None and "**72.33**" in line  # (120+60+95+30+88+41)/6


def test_no_limit_no_groups() -> None:
    table = Table(SHOP)
    assert groups(table.numeric, table.text, table.labels(), "average ice creams?") == []


def test_weekends_against_weekdays_is_not_a_table_of_seven_days() -> None:
    sold = Table(SHOP).numeric["ice_creams"]
    assert date_groups(SHOP, "ice_creams", sold, "ice creams on weekends vs weekdays?") is None
    assert date_groups(SHOP, "ice_creams", sold, "which weekday sells most?") is not None


def test_the_gap_between_two_groups_when_it_is_asked() -> None:
    line = filtered(Table(SHOP), "how much higher is the average ice_creams on weekdays than "
                                 "at weekends?")
    assert line is not None and "difference: **26.5**" in line  # 91 − 64.5
    plain = filtered(Table(SHOP), "average ice_creams on weekdays and at weekends")
    assert plain is not None and "difference" not in plain
