"""The hours for the weekday asked, from a sign that gives different hours on different days."""

from __future__ import annotations

from core.agents.vision import answer_from_text

SIGN = "LIBRARY\nMON-THU 09:00-20:00\nFRI 09:00-17:00\nSAT 10:00-13:00\nSUN CLOSED"


def test_the_line_for_the_day_named() -> None:
    assert "**13:00**" in answer_from_text("closing time on saturday?", SIGN).text
    assert "**17:00**" in answer_from_text("when does it shut on friday?", SIGN).text


def test_a_day_inside_a_range() -> None:
    assert "**20:00**" in answer_from_text("what time does it close on a tuesday?", SIGN).text


def test_a_closed_day() -> None:
    assert "**closed**" in answer_from_text("what time does it open on sunday?", SIGN).text
