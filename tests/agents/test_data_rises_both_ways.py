"""Steps up and steps down counted, one way or both ways in one question."""

from __future__ import annotations

import pytest

from core.agents.data_counts import rises_counted

PRICES = [10.0, 12.0, 11.0, 15.0, 15.0, 9.0, 9.5]  # up 3, down 2, flat 1


@pytest.mark.parametrize(("request_", "shown"), [
    ("number of days the price went up, and the number it went down?",
     "**3** days out of 6 were up on the one before; **2** days were down"),
    ("count the weeks where it was lower than the previous week, and also the ones higher",
     "**2** weeks out of 6 were down on the one before; **3** weeks were up"),
    ("On how many days was it higher than the previous day?",
     "**3** days out of 6 were up on the one before"),
])
def test_rises_and_falls(request_: str, shown: str) -> None:
    assert rises_counted(PRICES, request_) == shown
