"""Times worked from a sign's hours and a time the person gives."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

HOURS = "OPEN\n8:30AM TO 6PM"


@pytest.mark.parametrize(("question", "shown"), [
    ("it's 3:40pm now - how long until they shut?", "2 hours 20 minutes"),
    ("It is 16:15. How much time is left before closing?", "1 hour 45 minutes"),
    ("I'm outside and it's 7:50am, how long till they open?", "40 minutes"),
    ("I won't make it before 6:30pm. How long after closing is that?", "30 minutes"),
    ("what time is half an hour after they open?", "**9AM**"),
    ("I need to leave 2 hours before they close, what time is that?", "**4PM**"),
    ("They keep these hours Monday to Saturday. How many hours are they open a week?",
     "**57 hours**"),
    ("open 5 days a week like this - how many hours is that per week?", "**47.5 hours**"),
    ("how many minutes a day are they open?", "**570 minutes**"),
])
def test_sign_times(question: str, shown: str) -> None:
    reply = answer_from_text(question, HOURS).text
    assert shown in reply
    assert "9 hours 30 minutes** each day" not in reply


def test_still_open_at_a_time_is_unchanged() -> None:
    assert answer_from_text("are they open at 7pm?", HOURS).text.startswith("No:")
