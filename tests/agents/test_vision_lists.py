"""A screenshot's list of like figures gives its total, mean, best or worst; figures that are
not alike (a capacity, a percent and a power; marks out of a paper's maximum; coins counted
by kind) make no list to add up or average."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text


@pytest.mark.parametrize(("text", "question", "expected"), [
    ("Rain gauge\nMon: 1.5 mm\nTue: 2.0 mm\nWed: 0.5 mm", "total rain over these days?",
     "The total is **4**"),
    ("Report\nMaths: 72\nEnglish: 65\nScience: 80", "what's my average mark?",
     "The average is **72.33**"),
    ("Sprints\nSprint 1: 40 points\nSprint 2: 44 points", "what's the average per sprint?",
     "The average is **42**"),
])
def test_a_list_of_like_figures_is_summed_or_averaged(text: str, question: str,
                                                      expected: str) -> None:
    assert expected in answer_from_text(question, text).text


@pytest.mark.parametrize(("text", "question"), [
    ("Laptop\nBattery: 56 Wh\nCharge: 100%\nAverage draw: 8 W",
     "how long will it keep going at that average draw?"),
    ("Exam\nPaper A: 30/40\nPaper B: 45/60", "what's my total across both papers?"),
    ("Coin counter\n10c coins: 12\n€1 coins: 5", "how much is in it altogether?"),
    ("Tyre\nSize: 205/55 R16\nLoad index: 94", "what's the total diameter?"),
    ("Marks\nLabs (25%): 70\nExam (75%): 60", "what's my overall grade?"),
])
def test_unlike_figures_are_no_list(text: str, question: str) -> None:
    reply = answer_from_text(question, text).text
    assert "The total is" not in reply and "The average is" not in reply
