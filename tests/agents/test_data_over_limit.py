"""The row furthest over its own limit, asked as a noun ("the biggest overspend")."""

from __future__ import annotations

import pytest

from core.agents.data_pick import derived_answers
from core.tools.data import columns_in_csv

PLAN = b"team,allocated,spent\nSales,1000,1150.5\nOps,800,790\nIT,500,640\n"


@pytest.mark.parametrize("request_", [
    "largest overspend: which team, how much?",
    "who overspent the most?",
    "which team had the biggest budget overrun?",
])
def test_the_biggest_overspend(request_: str) -> None:
    shown = "\n".join(derived_answers(PLAN, columns_in_csv(PLAN), request_))
    assert "**Sales** (by **150.5**" in shown
