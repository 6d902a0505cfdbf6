"""A weighted mean asked as "weighted average … by number of X" or "average cost per share"."""

from __future__ import annotations

import pytest

from core.agents.data_sequence import table_figures

BUYS = b"day,units,price\nMon,10,2.00\nTue,30,4.00\n"


@pytest.mark.parametrize("request_", [
    "weighted average price (by the number of units)?",
    "what's my average price paid per unit over both days?",
    "average purchase cost per unit?",
])
def test_weighted_by_the_units(request_: str) -> None:
    assert any("**3.5**" in line for line in table_figures(BUYS, request_))
