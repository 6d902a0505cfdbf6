"""A sign's opening hours by weekday: the hours open on the day asked, over a whole week,
and the day it is closed."""

from __future__ import annotations

from core.agents.vision import answer_from_text

SIGN = "LIBRARY\nMON-THU 8:30-18:00\nFRI 8:30-16:30\nSAT 10:00-13:30\nSUN CLOSED"


def test_the_hours_of_the_day_asked() -> None:
    reply = answer_from_text("how long is it open on saturdays?", SIGN).text
    assert "**3 h 30 min (210 minutes)**" in reply
    assert "**8 hours**" in answer_from_text("how many hours on Friday?", SIGN).text
    assert "**0 hours**" in answer_from_text("hours open on sunday?", SIGN).text


def test_the_hours_of_a_week() -> None:
    reply = answer_from_text("total opening hours per week?", SIGN).text
    assert "**49 h 30 min (2970 minutes)**" in reply


def test_the_day_closed() -> None:
    sign = "OPEN 9AM - 5PM\nCLOSED MONDAYS"
    assert "**Monday**" in answer_from_text("what day are they closed?", sign).text


def test_a_week_with_a_day_missing_gives_no_weekly_total() -> None:
    sign = "MON-FRI 9:00-17:00\nSAT 9:00-12:00"
    assert "a week" not in answer_from_text("how many hours a week is it open?", sign).text


def test_a_restriction_with_its_days_and_hours_on_separate_lines() -> None:
    from core.agents.vision import answer_from_text

    text = "NO WAITING\n9AM - 6:30PM\nMON-THU"
    answer = answer_from_text("how many hours a week does the no waiting apply?", text)
    assert "38 h 0 min" not in answer.text
    assert "**38 hours**" in answer.text
