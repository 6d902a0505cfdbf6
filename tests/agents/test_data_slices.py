"""A table cut down before the figure asked: one named row across its columns, the rows
between two dates, and two groups set against each other."""

from __future__ import annotations

import pytest

from core.agents.data_slices import sliced

MARKS = b"pupil,english,biology,art\nNoor,81,64,90\nOwen,55,70,58\nPia,92,88,79\n"
RUNS = (b"day,distance_km,minutes\n2026-08-01,5.2,31\n2026-08-02,0,0\n2026-08-03,7.4,45\n"
        b"2026-08-04,3.1,19\n2026-08-05,10.0,62\n2026-08-06,6.6,40\n")
VISITS = (b"clinic,patient,wait_min\nNorth,A,12\nSouth,B,30\nNorth,C,18\nEast,D,9\n"
          b"South,E,26\nNorth,F,15\n")


def answer(data: bytes, question: str) -> str:
    return " | ".join(sliced(data, question))


@pytest.mark.parametrize(("question", "shown"), [
    ("What's Owen's average over every subject?", "**61**"),
    ("mean mark for Noor across all the subjects, 2 dp", "**78.33**"),
    ("Pia's total across the three papers?", "**259**"),
    ("what did Noor score altogether", "**235**"),
])
def test_one_named_row_across_its_columns(question: str, shown: str) -> None:
    assert shown in answer(MARKS, question)


def test_a_named_column_keeps_its_own_figure() -> None:
    assert answer(MARKS, "what's Owen's biology mark and the class average in art?") == ""


@pytest.mark.parametrize(("question", "shown"), [
    ("total distance_km from 2026-08-02 to 2026-08-05, both days included", "**20.5**"),
    ("total distance between 3 August and 5 August?", "**20.5**"),
    ("average minutes from Aug 3rd to Aug 6th (1 dp)", "**41.5**"),
    ("total distance from 2026-08-01 to 2026-08-04, not including the end dates", "**7.4**"),
    ("how many days from 2026-08-02 to 2026-08-06?", "**5**"),
])
def test_rows_between_two_dates(question: str, shown: str) -> None:
    assert shown in answer(RUNS, question)


def test_dates_out_of_order_or_missing_answer_nothing() -> None:
    assert answer(RUNS, "total distance from 2026-08-05 to 2026-08-02") == ""
    assert answer(RUNS, "total distance since 2026-08-03") == ""


@pytest.mark.parametrize(("question", "shown"), [
    ("how far apart are the average waits at North and South?", "**13**"),
    ("difference between the mean wait_min for East and North (2 dp)", "**6.00**"),
    ("how much more waiting in total at South than at East?", "**47**"),
])
def test_two_named_groups_set_against_each_other(question: str, shown: str) -> None:
    assert shown in answer(VISITS, question)


def test_one_group_or_no_statistic_is_no_gap() -> None:
    assert answer(VISITS, "what's the average wait at North?") == ""
    assert answer(VISITS, "North vs South") == ""
