"""Figures asked of listed numbers in the words said around them."""

from __future__ import annotations

import pytest

from core.agents.data_asks import threshold_count
from core.agents.data_series import asked_figures
from core.agents.data_steps import step_asks
from core.agents.data_text import series_from_text


def _asked(request: str) -> str:
    return " | ".join(asked_figures(request))


@pytest.mark.parametrize(("request_", "expected"), [
    ("the hall holds 200. crowds of 150, 180, 170 — average occupancy rate?", "**83.33%**"),
    ("squad of 20 players; 18, 16, 20 and 14 trained. what's the turnout in percent?", "**85%**"),
    ("sales by stall 40, 10, 30, 20: what share of the total did the top stall make?", "**40%**"),
    ("tips 5, 15, 20, 10 — how much of the whole was the smallest day, as a percent?", "**10%**"),
    ("ratings: 3 five-star, 1 two-star, 2 four-star. average?", "**4.17**"),
    ("5 stars x 4, 1 star x 2 — mean rating please", "**3.67**"),
    ("queue times 1 hr 5 min, 45 min, 50 min — average in minutes?", "**53.33 minutes**"),
    ("ran 10 km in 50 min then 5 km in 25 min; overall average speed?", "**12 km/h**"),
    ("walked 3 miles in 1 h then 3 miles in 30 min, average speed?", "**4 mph**"),
    ("bank moves: +20, -50, +10, -5. what's the net?", "**-25**"),
])
def test_a_figure_said_around_the_numbers(request_: str, expected: str) -> None:
    assert expected in _asked(request_)


@pytest.mark.parametrize(("request_", "expected"), [
    ("marks 40, 55, 70, 90. passing grade is 60 — what percentage passed?", "**50%**"),
    ("daily steps 9000, 12000, 10000, 4000: on how many days did I hit 10,000?", "**2**"),
    ("temps 12, 18, 22, 25, 31: how many were in the 18-25 range?", "**3**"),
    ("how many fall within 10 to 20? 5, 12, 19, 25", "**2**"),
])
def test_thresholds_said_as_people_say_them(request_: str, expected: str) -> None:
    values = series_from_text(request_)["values"]
    assert expected in (threshold_count(values, request_) or "")


@pytest.mark.parametrize(("values", "request_", "expected"), [
    ([1, 2, 3, 4, 5, 6], "mean of the first half?", "**2**"),
    ([1, 2, 3, 4, 5, 6, 7], "average of the latter half please", "**6**"),
    ([10, 12, 500, 14], "the 500 is a typo. mean of the others?", "**12**"),
])
def test_parts_and_faulty_values(values: list[float], request_: str, expected: str) -> None:
    assert expected in " ".join(step_asks([float(v) for v in values], request_, False))


def test_signed_and_glued_numbers_are_read() -> None:
    assert series_from_text("moves -3, +4, -2 today")["values"] == [-3.0, 4.0, -2.0]
    assert series_from_text("bags of 1.5kg, 2kg and 0.5kg — total?")["values"] == [1.5, 2.0, 0.5]
