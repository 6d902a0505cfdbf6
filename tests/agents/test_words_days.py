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


@pytest.mark.parametrize(("text", "shown"), [
    ("number of days between 3 March 2025 and 2025-04-12?", "40 days"),
    ("days since 1 January 2000 up to 2000-03-01?", "60 days"),
    ("how far along am I (weeks + days) on 2026-05-20 if my last period began 1 March 2026?",
     "11 weeks and 3 days"),
])
def test_days_between_asked_in_other_words(text: str, shown: str) -> None:
    found = calendar_days(expand(text).lower())
    assert found is not None and found.shown.split(" (")[0] == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("tetanus jab on 2025-12-20, the next one 4 weeks after - which date is that?", "2026-01-17"),
    ("last period 3 April 2025 + 21 days = what date?", "2025-04-24"),
    ("LMP was 1 October 2025. On what date will I be 10 weeks pregnant?", "2025-12-10"),
    ("the date when I reach 20 weeks if my LMP = February 2, 2026?", "2026-06-22"),
    ("the deadline is 15 May 2026; 10 days before that, what date is it?", "2026-05-05"),
    ("started on 2026-01-05, 3 weeks and 2 days later what date?", "2026-01-28"),
    ("what date is 2026-01-05?", None),
    ("2 weeks of leave from 2026-07-01 and 3 days more - what date?", None),
])
def test_date_after_a_span(text: str, shown: str | None) -> None:
    found = calendar_days(expand(text).lower())
    assert (found.shown.split(" (")[0] if found else None) == shown, (text, found)
