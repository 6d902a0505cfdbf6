"""One column's total over another's (said as a division, a share or by the ratio's name),
a column worked out on each row and averaged, and the overall profit margin."""

from __future__ import annotations

import pytest

from core.agents.data_pick import derived_answers
from core.agents.data_totals_ratio import mean_difference, totals_ratio
from core.tools.data import columns_in_csv

SHOP = b"day,orders,revenue\nMon,10,250\nTue,30,550\n"
WEB = b"week,sessions,signups\n1,400,10\n2,600,20\n3,1000,33\n"
CAR = b"fill,km,litres\n1,500,40\n2,300,20\n"
TRUCK = b"fill,miles,gal\n1,300,12\n2,200,8\n"
CAFE = b"table,bill,tip\n1,80,12\n2,120,20\n"
BUDGET = b"month,income,expenses\nMay,3000,2500\nJune,3200,2900\nJuly,2800,3000\n"
TEMPS = b"day,high,low\nMon,20,8\nTue,24,10\n"
FIRM = b"quarter,revenue,cost\nQ1,1000,700\nQ2,3000,2500\n"


def _asked(data: bytes, request: str) -> str:
    return "\n".join(derived_answers(data, columns_in_csv(data), request))


@pytest.mark.parametrize(("data", "request_", "shown"), [
    (SHOP, "average order value for the fortnight?", "**20.00**"),
    (SHOP, "what's the AOV?", "**20.00**"),
    (SHOP, "revenue / orders overall please", "**20.00**"),
    (WEB, "overall conversion rate?", "**3.15%**"),
    (WEB, "signups divided by sessions, as a %", "**3.15%**"),
    (WEB, "what percentage of sessions ended in a signup?", "**3.15%**"),
    (CAR, "fuel consumption in l/100km?", "**7.50**"),
    (CAR, "total litres / total km x 100", "**7.50**"),
    (TRUCK, "what mpg did I get across both fills?", "**25.00**"),
    (CAFE, "tips as a share of the bills?", "**16.00%**"),
    (CAFE, "what's my tip rate over all tables?", "**16.00%**"),
    (BUDGET, "average of income minus expenses", "**200.00**"),
    (BUDGET, "mean monthly savings?", "**200.00**"),
    (TEMPS, "average of high - low", "**13.00**"),
    (FIRM, "what was the overall margin?", "**20.00%**"),
])
def test_ratios_and_row_figures(data: bytes, request_: str, shown: str) -> None:
    assert shown in _asked(data, request_)


def test_places_asked_leave_room_for_rounding() -> None:
    assert "**3.1500%**" in _asked(WEB, "conversion rate, 2 dp")


def test_nothing_is_read_when_no_ratio_is_asked() -> None:
    series = columns_in_csv(SHOP)
    assert totals_ratio(series, "what's the total revenue?") is None
    assert mean_difference(series, "average revenue?") is None
