"""Calendar days in health and family questions."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_days import calendar_days, weeks_pregnant


@pytest.mark.parametrize(("text", "shown"), [
    ("she was born on 14 March 2020 - how many days old is she on 2026-03-14?", "2,191 days"),
    ("due date 2027-01-20, today is 2026-12-01, how many weeks and days to go?",
     "7 weeks and 1 day"),
    ("a bottle of 60 capsules started on 1 June 2026, taking 2 a day: what date is the last dose?",
     "2026-06-30"),
    ("what is 2026-01-01 plus 5?", None),
])
def test_calendar_days(text: str, shown: str | None) -> None:
    found = calendar_days(expand(text).lower())
    assert (found.shown.split(" (")[0] if found else None) == shown, (text, found)


def test_days_ago_as_weeks_pregnant() -> None:
    found = weeks_pregnant("first day of my last period was 100 days ago - weeks pregnant?")
    assert found is not None and found.shown == "14 weeks and 2 days (14+2)"
