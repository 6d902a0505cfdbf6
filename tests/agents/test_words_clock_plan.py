"""Clock times from several pieces: time left or since, a wait still to run, a time of day
moved by a duration made of parts."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("the bus comes at 9:05 and it's 8:50 now - how many minutes do I have?", "15 minutes"),
    ("now 10:15pm, the film started at 8:30pm. how long ago was that?", "1 hours 45 minutes"),
    ("how much time until my 3pm meeting? it is 1:20pm", "1 hours 40 minutes"),
    ("had my last tablet at 9:00 and it's now 11:15; they must be 6 hours apart. how much longer "
     "do I need to wait?", "3 hours 45 minutes"),
    ("chicken goes in the oven at 5:00pm, 45 minutes per kg, 2 kg, plus 20 minutes resting. "
     "what time is dinner served?", "18:50"),
    ("I need to get up at 6:45am and want five 90-minute cycles plus 20 minutes to fall asleep. "
     "what time should I go to bed?", "22:55"),
    ("started a 2 hours 30 minutes timer at 9:40am, when will it ring?", "12:10"),
    ("you can only take it every 6 hours. I took one at 10:30pm - when's the earliest next "
     "one?", "04:30"),
])
def test_clock_plan(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


def test_plain_clock_chat_is_not_worked() -> None:
    assert reckon("we met at 7:00pm and talked for ages, it was lovely") is None


@pytest.mark.parametrize(("text", "shown"), [
    ("twice a day, 12 hours apart, the first at 8:30am - when is the other one?", None),
    ("4 times a day, 4 hours apart, starting at 6:00. when are the remaining doses?",
     "10:00 (10:00 am) and 14:00 (2:00 pm) and 18:00 (6:00 pm)"),
    ("5 doses 3 hours apart, first at 9am: what time is the final one?", "21:00"),
])
def test_dose_times_after_the_first(text: str, shown: str | None) -> None:
    found = reckon(text)
    if shown is None:
        return
    assert found is not None
    assert shown in found.shown()
