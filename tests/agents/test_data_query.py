"""The table-question reader: rows kept, figures combined per row, groups and rows ranked,
and the questions asked of a table's rows in order."""

from __future__ import annotations

import pytest

from core.agents.data_sequence import table_figures

SALES = b"rep,region,amount\nAnn,North,120\nBo,South,80\nCy,North,200\nDi,East,50\nEd,South,90\n"
TEAMS = b"team,played,won\nReds,10,6\nBlues,4,3\nGreens,8,5\n"
GOODS = b"product,units,price\npens,10,1.50\npads,4,3.00\nink,2,12.25\n"
SCORES = b"pupil,class,pre,post\nA,9X,50,60\nB,9Y,70,72\nC,9X,40,58\nD,9Y,65,61\n"
MONTHS = b"month,saved\nJan,300\nFeb,250\nMar,400\nApr,100\n"
LOG = b"day,weekday,count\n1,Mon,10\n2,Tue,12\n3,Sat,30\n4,Sun,26\n5,Wed,8\n"
JOBS = b"job,status\nj1,done\nj2,open\nj3,done\nj4,done\n"
TIMES = b"swimmer,seconds\nAl,31.2\nBea,29.8\nCal,33.4\n"
DAILY = b"date,kwh\n2026-01-01,1000\n2026-01-05,1040\n2026-01-11,1100\n"
BP = b"day,sys,dia\n1,130,80\n2,120,70\n"


def _said(data: bytes, request: str) -> str:
    return " | ".join(table_figures(data, request))


@pytest.mark.parametrize(("data", "request_", "expected"), [
    (SALES, "which region brought in the most overall?", "**North**"),
    (SALES, "total amount by region — who's on top?", "**North**"),
    (SALES, "mean amount for the South region please", "**85**"),
    (SALES, "what share of the amount came from East?", "**9.26%**"),
    (TEAMS, "who wins most often per game played?", "**Blues**"),
    (GOODS, "what is the stock worth in total?", "**51.5**"),
    (GOODS, "which product is cheapest per unit?", "**pens**"),
    (SCORES, "how much did the class gain on average from pre to post?", "**6.5**"),
    (SCORES, "which pupil improved the most?", "**C**"),
    (SCORES, "which class has the best average post score?", "**9Y**"),
    (JOBS, "how many jobs are done?", "**3** of 4 jobs"),
    (JOBS, "what fraction of the jobs is still open?", "**25.00%**"),
    (LOG, "mean count on weekends?", "**28**"),
    (LOG, "average count on weekdays", "**10**"),
    (TIMES, "who swam fastest?", "**Bea**"),
    (TIMES, "who was the slowest swimmer?", "**Cal**"),
])
def test_a_table_question_read_whole(data: bytes, request_: str, expected: str) -> None:
    assert expected in _said(data, request_)


def test_the_most_common_value_of_a_column() -> None:
    data = b"n,colour\n1,red\n2,blue\n3,red\n4,green\n"
    assert "**red**" in _said(data, "what colour came up most?")
    assert "**red**" in _said(data, "which colour was the favourite")


@pytest.mark.parametrize(("data", "request_", "expected"), [
    (MONTHS, "there are 4 of us: how much saved per person?", "**262.5**"),
    (MONTHS, "if that's split between five people, what's each share?", "**210**"),
    (MONTHS, "how much more did I save in Mar than in Feb?", "**150**"),
    (MONTHS, "savings in Apr compared with Jan?", "**-200**"),
    (MONTHS, "which month did the total saved first pass 900?", "**Mar**"),
    (DAILY, "the meter counts up: average kwh per day?", "**10**"),
    (MONTHS, "what was the largest one-month drop?", "**300**"),
    (SALES, "at $2 per amount unit what's the bill?", "$1,080.00"),
    (BP, "average pressure please", "average sys **125**"),
])
def test_rows_in_order_and_totals_shared(data: bytes, request_: str, expected: str) -> None:
    assert expected in _said(data, request_)


def test_hours_at_a_rate_are_money() -> None:
    data = b"date,hours\n2026-01-02,3\n2026-01-03,4.5\n"
    assert "**£337.50**" in _said(data, "I charge £45 per hour — what's the invoice?")


def test_a_jump_from_the_month_before_is_no_highest_row() -> None:
    data = b"month,signups\nJan,100\nFeb,300\nMar,320\n"
    assert "highest signups" not in _said(data, "which month jumped the most on the one before?")


def test_the_last_week_of_daily_rows() -> None:
    values = [9, 1, 5, 7, 3, 2, 8, 6, 4, 9]
    rows = "".join(f"2026-02-{d:02d},{v}\n" for d, v in enumerate(values, 1))
    asked = "seven-day average for the latest week"
    assert "**5.57**" in _said(f"date,cases\n{rows}".encode(), asked)


def test_each_column_averaged_by_the_word_asked() -> None:
    data = b"date,max_temp,min_temp\nd1,20,10\nd2,24,12\n"
    said = _said(data, "what were the average max and the average min?")
    assert "average max **22**" in said and "average min **11**" in said


def test_a_total_and_the_best_row_of_a_product() -> None:
    data = b"item,qty,unit_price\ncake,3,4\nbun,10,2\n"
    said = _said(data, "what's the bill altogether, and which item cost us the most?")
    assert "**32**" in said and "**bun**" in said


def test_overall_speed_from_distance_and_time_columns() -> None:
    data = b"miles,minutes\n3,30\n6,60\n"
    assert "**6 mph**" in _said(data, "what's my overall average speed?")


def test_rows_of_a_month_named() -> None:
    data = b"date,amount\n2026-03-01,10\n2026-03-05,20\n2026-04-02,5\n2026-04-09,7\n"
    assert "**12**" in _said(data, "what did I spend in total in April?")
    assert "**15**" in _said(data, "mean amount for march")
    assert "for" not in _said(data, "what does the mark total?")
