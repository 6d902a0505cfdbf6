"""An attached table's columns combined and its rows picked, in several wordings."""

from __future__ import annotations

import pytest

from core.agents.data_pick import derived_answers
from core.tools.data import columns_in_csv

SHOP = b"item,qty,price\nPen,10,1.50\nBook,2,12.00\nLamp,3,20.00\n"
WEATHER = b"day,high_c,low_c\nMon,20,5\nTue,22,18\nWed,15,10\n"
STOCK = b"part,in_stock,min_level\nBolt,5,10\nNut,50,20\nPin,8,9\n"
FUEL = b"trip,km,litres\n1,400,30\n2,600,42\n"
POWER = b"month,kwh\nJan,100\nFeb,300\n"
VOTES = b"voter,stars\n1,5\n2,3\n3,5\n4,1\n"
RAIN = b"date,rain_mm\n2026-01-01,0\n2026-01-02,3.5\n2026-01-03,0.0\n2026-01-04,1\n"
MARKS = b"pupil,mark\nAva,48\nBen,71\nCal,50\nDee,30\n"
SALES = ("month,sales\n" + "\n".join(f"{m},{v}" for m, v in zip(
    "January February March April May June July August September October November December"
    .split(), range(100, 1300, 100), strict=True))).encode()


def _asked(data: bytes, request: str) -> str:
    return "\n".join(derived_answers(data, columns_in_csv(data), request))


@pytest.mark.parametrize(("data", "request_", "shown"), [
    (SHOP, "how much money did we take in total?", "**99.00**"),
    (SHOP, "what were the takings, qty times price?", "**99.00**"),
    (SHOP, "which item earned us the most?", "**Lamp** (**60.00**)"),
    (WEATHER, "what day had the largest difference between high and low?", "**Mon**"),
    (STOCK, "count the parts that are under their min level", "**2**"),
    (STOCK, "which parts sit below their min level?", "Bolt, Pin"),
    (FUEL, "fuel use in litres per 100 km overall?", "**7.2**"),
    (POWER, "at $0.25 per kWh what's the bill for all of it?", "**100.00**"),
    (VOTES, "what share of voters gave it 5 stars?", "**50%**"),
    (VOTES, "how many people rated it 3?", "**1**"),
    (RAIN, "how many days had any rain?", "**2** days"),
    (RAIN, "how many dry days were there?", "**2**"),
    (MARKS, "50 is a pass - how many pupils passed?", "**2**"),
    (MARKS, "passing grade is forty-five; how many failed?", "**1**"),
    (MARKS, "what did Cal get?", "Cal: **50**"),
    (MARKS, "Ben's mark?", "Ben: **71**"),
    (SALES, "sales for Q3 please", "**2400**"),
    (SALES, "total from Feb through Apr?", "**900**"),
    (SALES, "how did the 2nd half compare with the 1st half?", "**+3600**"),
])
def test_table_figures(data: bytes, request_: str, shown: str) -> None:
    assert shown in _asked(data, request_)


def test_plain_questions_combine_nothing() -> None:
    assert _asked(SHOP, "what's the average price?") == ""
    assert _asked(MARKS, "who scored the highest?") == ""


def test_two_columns_added_together() -> None:
    from core.agents.data_table import table_answers

    data = b"shop,web,store\nA,10,20\nB,5,7\n"
    series = columns_in_csv(data)
    text = " ".join(table_answers(data, series, "total web, total store and combined?", {}))
    assert "all together **42**" in text


@pytest.mark.parametrize(("request_", "shown"), [
    ("what's our total profit?", "total profit (revenue − cost): **45**"),
    ("which line had the best margin?", "**Pens** (**30**)"),
])
def test_profit_from_revenue_and_cost(request_: str, shown: str) -> None:
    data = b"line,revenue,cost\nPens,50,20\nInk,40,25\n"
    assert shown in _asked(data, request_)


def test_the_row_with_the_best_ratio() -> None:
    data = b"car,km,litres\nAudi,500,40\nFiat,450,25\n"
    assert "**Fiat** (**18**)" in _asked(data, "which car got the most km per litre?")


BUDGET = b"month,budget,actual\nJan,500,520\nFeb,500,480\nMar,500,610\n"


@pytest.mark.parametrize(("data", "request_", "shown"), [
    (BUDGET, "how many months were over budget?", "**2** months out of 3 above their budget"),
    (BUDGET, "which month went furthest over budget?", "**Mar** (by **110**"),
    (POWER, "what's the bill if power is 0.28 a kWh?", "**112.00**"),
])
def test_more_table_wordings(data: bytes, request_: str, shown: str) -> None:
    assert shown in _asked(data, request_)
    assert "equal to" not in _asked(VOTES, "how many rated it 3 or more?")


def test_freezing_is_zero() -> None:
    from core.agents.data_asks import threshold_count

    assert "**2**" in (threshold_count([2.0, -1.0, -3.0, 4.0], "how many below freezing?") or "")


def test_dated_rows_by_weekday_or_month() -> None:
    data = (b"date,visits\n2026-03-02,10\n2026-03-03,20\n2026-03-09,30\n2026-03-10,10\n"
            b"2026-04-06,50\n")
    assert "**Monday** (**30**)" in _asked(data, "which day of the week is busiest on average?")
    assert "**March** (**70**)" in _asked(data, "total visits per month - which month led?")


ORDERS = (b"date,store,item,qty,price\n2026-05-01,Leeds,Desk,2,150.00\n"
          b"2026-05-02,York,Chair,12,45.00\n2026-05-03,Leeds,Lamp,20,12.50\n")


@pytest.mark.parametrize("request_", [
    "biggest single order by revenue? date and amount please",
    "largest sale by revenue",
])
def test_one_order_by_value_is_shown_whole(request_: str) -> None:
    shown = _asked(ORDERS, request_)
    assert "**540.00**" in shown and "2026-05-02, York, Chair, 12, 45.00" in shown  # 12 × 45
    assert "**1090.00**" not in shown  # not the total of every order


def test_the_total_value_when_every_order_is_asked() -> None:
    assert "**1090.00**" in _asked(ORDERS, "total revenue across all orders")


WORKOUTS = (b"date,activity,minutes,km\n2026-05-01,walk,40,4.0\n2026-05-03,bike,30,12.0\n"
            b"2026-05-04,run,50,10.0\n2026-05-06,bike,45,18.0\n")


def test_a_combined_figure_of_the_rows_named_only() -> None:
    shown = _asked(WORKOUTS, "overall minutes per km for the bike rides (total minutes / total km)")
    assert "**2.5**" in shown and "bike only" in shown  # 75 ÷ 30
    assert "**3.75**" in _asked(WORKOUTS, "total minutes / total km")  # 165 ÷ 44
