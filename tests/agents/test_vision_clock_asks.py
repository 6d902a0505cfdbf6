"""Clock times an image shows worked with the question's own time or minutes: the end of an
event and the minutes after it, a delayed departure, the wait from "now" to a shown time,
the wait to opening or to closing, and the hours open less a break the sign gives."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text
from core.tools.ocr import fix_times

ASKS = [
    # the event's length, then the question's minutes after it
    ("Diary\nDentist\nStarts 09:10\nDuration 40 min", "I want 25 minutes after it for "
     "coffee - when am I done?", "**10:15**"),
    ("Schedule\nTalk\nStarts 16:20\nDuration 95 min", "add 10 minutes of questions "
     "afterwards, what time does it finish?", "**18:05**"),
    # a delay on the image moves the departure asked
    ("Trains\nService 2231\nDeparts: 06:50\nDelayed 35 min", "so what's the actual "
     "departure time?", "**07:25**"),
    # from the question's "now" to the one time shown
    ("NEXT BUS\nHARBOUR 13:12", "now 12:48. waiting time for it?", "**24 minutes**"),
    # before opening, a wait with no word of closing is to opening
    ("POOL\nOPEN\n07:00 - 21:00", "got here at 06:20, how long to wait?", "40 minutes"),
    ("MUSEUM\nOPEN\n10:00 - 18:00", "the clock says 15:35. minutes left before closing?",
     "145 minutes"),
    # the hours open less the break the sign gives
    ("CLINIC HOURS\n08:30 - 17:30\nCLOSED 12:30-13:15", "hours open a day excluding the "
     "closed period?", "495 minutes"),
]


@pytest.mark.parametrize(("text", "question", "shown"), ASKS)
def test_clock_times_worked_with_the_question(text: str, question: str, shown: str) -> None:
    assert shown in answer_from_text(question, text).text


def test_a_letter_read_for_a_clock_times_first_digit_is_that_digit() -> None:
    assert fix_times("O8:15 - 17:00") == "08:15 - 17:00"
    assert fix_times("ROOM O8") == "ROOM O8"
