"""Comparisons asked of a table or a list: rows named by label, weighted averages, a target
first reached, halves, runs of rises or falls, one column's total against another's,
correlations, and two lists' averages."""

from __future__ import annotations

import pytest

from core.agents.data_asks import asks_range
from core.agents.data_sequence import table_figures
from core.agents.data_series import asked_figures
from core.agents.data_table import table_answers
from core.agents.data_text import series_from_text

BALANCE = b"month,balance\nJan,500\nFeb,650\nMar,400\nApr,900\nMay,1000\n"
STOCK = b"item,qty,cost\npens,10,2.00\npads,30,1.00\nink,10,5.00\n"
SIGNUPS = b"week,signups\nW1,120\nW2,90\nW3,200\nW4,150\n"
TEMPS = b"day,temp_c,heating_kwh\n1,2,50\n2,5,41\n3,9,30\n4,12,22\n5,15,15\n"
ROWS = b"day,visits\n1,5\n2,7\n3,9\n4,4\n5,6\n6,8\n7,10\n8,12\n"
PLAN = b"dept,planned,spent\nIT,100,130\nHR,200,180\nOps,300,310\n"
YEARS = b"quarter,last_year,this_year\nQ1,100,110\nQ2,200,190\nQ3,100,150\n"
SALES = b"units,unit_price\n10,20.00\n30,5.00\n5,20.00\n50,1.50\n"  # 525 ÷ 95
BILLS = b"bill,state,amount\n1,paid,100\n2,open,40\n3,late,60\n4,paid,10\n"


@pytest.mark.parametrize(("data", "request_", "expected"), [
    (BALANCE, "by how much did the balance go up from Feb to May?", "**350**"),
    (BALANCE, "what's the difference between Mar and Apr", "**500**"),
    (STOCK, "mean cost per item, weighted by qty", "**2**"),
    (STOCK, "qty-weighted average cost?", "**2**"),
    (SALES, "weighted average unit_price (weights = units)", "**5.53**"),
    (YEARS, "% change in the mean from last_year to this_year", "**+12.50%**"),
    (YEARS, "by how much did the average rise, last year vs this year?", "**+16.67**"),
    (SALES, "average unit price weighted by the units sold", "**5.53**"),
    (SALES, "price weighted by units: what's the mean?", "**5.53**"),
    (SIGNUPS, "our goal is 300 sign-ups; which week did the running total first hit it?",
     "**W3**"),
    (TEMPS, "is heating use related to the temperature? correlation please", "**-1.00**"),
    (ROWS, "compare the second half with the first half: total visits, % change", "**+44.00%**"),
    (ROWS, "what's the longest streak of days in a row with visits rising?", "**5** days"),
    (PLAN, "how much over plan are we in total (spent vs planned)?", "**20**"),
    (YEARS, "percentage change in the total from last year to this year?", "**+12.50%**"),
    (BILLS, "total amount of the bills that are not paid yet", "**100**"),
])
def test_table_comparisons(data: bytes, request_: str, expected: str) -> None:
    assert expected in " | ".join(table_figures(data, request_))


@pytest.mark.parametrize(("request_", "expected"), [
    ("goal of 10000 steps. daily: 9000, 12000, 7000, 11000, 10000. how many days did I make it?",
     "**3** days out of 5"),
    ("quota is 20 calls. calls per shift 18, 25, 20, 12 — what share of shifts met the quota?",
     "**50.00%**"),
    ("3 students scored 9, 2 students scored 6, 5 students scored 8 — mean score?", "**7.9**"),
    ("sales 5, 6, 7, 8 then 4, 4, 3, 2: how did the first half compare with the second half, "
     "as a percentage change in the total?", "**-50.00%**"),
    ("readings 3 5 2 4 6 8 7 — how many days was the longest run of going up?", "**4**"),
    ("monthly users 120, 135, 150, 160, 175, 190 — if this upward trend continues, what do you "
     "expect next month?", "**203**"),
])
def test_list_comparisons(request_: str, expected: str) -> None:
    assert expected in " | ".join(asked_figures(request_))


def test_two_lists_and_the_change_of_their_averages() -> None:
    text = "team A times: 10, 12, 14. team B times: 11, 12. how much did the average change?"
    series = series_from_text(text)
    assert "**-0.5**" in " | ".join(asked_figures(text, series))


@pytest.mark.parametrize("text", [
    "hours studied 1, 2, 3, 4, 5 and marks 50, 55, 65, 70, 80: are they correlated?",
    "we spent 100, 200, 300, 400 dollars on ads and got 10, 25, 28, 41 leads — relationship?",
])
def test_two_runs_of_numbers_are_two_series(text: str) -> None:
    series = series_from_text(text)
    assert len(series) == 2 and len(set(map(len, series.values()))) == 1


@pytest.mark.parametrize("text", [
    "how much taller is the tallest plant than the shortest? 12, 30, 22 cm",
    "how many more points did the top scorer get than the lowest? 10, 40, 25",
])
def test_a_gap_said_as_a_comparison_is_the_range(text: str) -> None:
    assert asks_range(text)


def test_the_top_row_as_a_share_of_the_total() -> None:
    data = b"team,points\nreds,30\nblues,50\ngreens,20\n"
    said = " | ".join(table_figures(data, "who's on top and what % of all the points is that?"))
    assert "**50%**" in said or "**50.00%**" in said


def test_the_winner_as_a_share_of_a_listed_vote() -> None:
    said = " | ".join(asked_figures("poll: yes 40, no 35, maybe 25 - what share did the winner "
                                    "take?"))
    assert "**40%**" in said


def test_a_file_totals_things_counted_with_their_noun() -> None:
    data = b"player,goals,assists\nA,3,1\nB,5,2\n"
    series = {"goals": [3.0, 5.0], "assists": [1.0, 2.0]}
    said = " | ".join(table_answers(data, series, "total goals and total assists?", {}))
    assert "total **8** goals" in said and "total **3** assists" in said
