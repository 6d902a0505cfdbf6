"""What the remaining entries must reach for a stated average."""

from __future__ import annotations

import pytest

from core.agents.data_figures import needed_next
from core.agents.data_lists import main_list
from core.agents.data_series import asked_figures


def needed_for_average(request: str) -> str | None:
    return needed_next(main_list(request), request)


@pytest.mark.parametrize(("request_", "shown"), [
    ("quiz marks 14, 17, 12 and 19 — what do I need in the fifth quiz to average 16?",
     "needed: **18**"),
    ("ran 5.2, 6.1 and 4.8 km. what must tomorrow's run be for a mean of 5.5 km over 4 runs?",
     "needed: **5.9**"),
    ("sold 30, 42, 25 so far this week; how many do we need to sell in each of the last 2 days "
     "to average 35 over 5 days?", "needed each: **39**"),  # (175 − 97) ÷ 2
    ("bowling: 150, 162, 171. what score do I need in the final game for a 160 average?",
     "needed: **157**"),
])
def test_the_rest_needed_for_an_average(request_: str, shown: str) -> None:
    assert shown in (needed_for_average(request_) or "")
    assert shown in " ".join(asked_figures(request_))


def test_an_average_already_reached_needs_nothing() -> None:
    line = needed_for_average("scores 90, 95, 99; what do I need on the last of 4 tests to "
                              "average 70?")
    assert line is not None and "nothing more" in line


@pytest.mark.parametrize("request_", [
    "what's the average of 12, 15 and 18?",                   # nothing to reach
    "I need the mean of 4, 8, 15",                            # no target average
    "to average 20 over 3 games I scored 25, 18, 22, 30",     # more done than the span
])
def test_no_target_or_no_room_no_answer(request_: str) -> None:
    assert needed_for_average(request_) is None


@pytest.mark.parametrize(("request_", "shown"), [
    ("Steps so far: 12727; 7800; 5967; 5582; 8755. How many do I need tomorrow to average "
     "10,000 per day over all 6 days?", "needed: **19169**"),
    ("aiming for a 9,000 average across 4 days. done 8200 / 9900 / 7400 - what do I need on day 4?",
     "needed: **10500**"),
])
def test_thousands_and_slashes(request_: str, shown: str) -> None:
    assert shown in (needed_for_average(request_) or "")


@pytest.mark.parametrize(("request_", "shown"), [
    ("rides this month 12, 30, 18 and 20 km. how far along am I towards my 100 km goal, in %?",
     "**80%** (80 of 100)"),
    ("My target for the week is 40 hours; logged 7.5, 8, 9, 6.5 so far — what percent is that?",
     "**77.5%**"),
    ("saved 50, 75, 100 and 25 — what share of my 1,000 holiday goal is that?", "**25%**"),
])
def test_the_share_of_a_stated_goal(request_: str, shown: str) -> None:
    from core.agents.data_reckon import against_limit

    assert shown in (against_limit(main_list(request_), request_) or "")
