"""An image's clock times as labelled rows: the span between two named rows (over the nights
given), the time until one from a time the question gives, and a named row moved by a
duration the question gives."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

PASS = "ee\nBoarding pass\nFlight XY 12\nGate B4\nBoarding 09:20\nDeparts 09:55\nArrives 13:40"
CASES = [
    (PASS, "how long is the flight from take-off... I mean departure to arrival?",
     "**225 minutes**"),
    (PASS, "it's 08:47 now, how long till boarding?", "**33 minutes**"),
    (PASS, "we're 40 minutes late leaving - what time will we land?", "**14:20**"),
    ("GIG\nDOORS 19:00\nHEADLINER 21:40", "how long between doors and the headliner?",
     "**160 minutes**"),
    ("Sleep\nBedtime 23:40\nWoke up 07:05", "how long did I sleep from bed to waking?",
     "**445 minutes**"),
    ("HOTEL\nCHECK-IN 15:00\nCHECK-OUT 11:00", "2 nights: total hours from check-in to "
     "check-out?", "**2640 minutes**"),
    ("Thursday\n09:30  Design sync\n11:15  Lunch with Ana", "how long from design sync to "
     "lunch with ana?", "**105 minutes**"),
    ("BIKE HIRE\nMAX HIRE 3 HOURS", "picked up at 10:20, when must it be back?", "**13:20**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), CASES)
def test_spans_between_named_times(text: str, question: str, shown: str) -> None:
    assert shown in answer_from_text(question, text).text


def test_a_word_naming_two_times_binds_neither() -> None:
    text = "Shifts\nShift start 08:00\nShift end 16:00\nBreak 12:00"
    assert "**240 minutes**" not in answer_from_text("how long from shift to break?", text).text
