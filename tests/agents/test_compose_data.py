"""Data questions by kind: the listed numbers (not a size in the preamble), the spread of
the highest and lowest, the row a CSV's largest value belongs to, the unit a statistic is
in, and receipts' totals asked as a charge."""

from __future__ import annotations

import pytest

from core.agents.data_agent import _column_unit, _extras, _unit_after_numbers, main_list
from core.agents.vision import ASKS_TOTAL
from core.tools.data import labels_in_csv

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "values"), [
    ("filled 250 ml bottles, measured: 251, 247, 249, 255. std dev?", [251, 247, 249, 255]),
    ("2 kg bags weighed 2.1 1.9 2.05 and 2.0 - mean?", [2.1, 1.9, 2.05, 2.0]),
    ("average of 3, 5 and 7", [3, 5, 7]),
    ("scores 10 12", [10, 12]),
])
async def test_the_list_not_the_preamble(text: str, values: list[float]) -> None:
    assert main_list(text) == values


@pytest.mark.parametrize("question", [
    "what's the gap between the highest and lowest?",
    "how far apart are the top and bottom scores?", "what's the spread?",
    "difference between the largest and smallest"])
async def test_range_asked_in_words(question: str) -> None:
    assert any(e.startswith("range **9**") for e in _extras([1.0, 10.0, 4.0], question))


@pytest.mark.parametrize(("text", "unit"), [
    ("daily lows in °C last week: 3, 5, 1", "°c"),
    ("rainfall, mm per day: 3, 0, 12", "mm"),
    ("my runs this month (miles): 3.1, 5, 6.2", "miles"),
    ("sold 3, 5 and 9 kg", "kg"),
])
async def test_the_unit_of_listed_numbers(text: str, unit: str) -> None:
    assert _unit_after_numbers(text) == unit


async def test_a_csv_names_its_rows_and_units() -> None:
    data = b"item,cost\nmug,4.5\npen,1.2\nbag,19.99\n"
    assert labels_in_csv(data) == ["mug", "pen", "bag"]
    assert labels_in_csv(b"day,steps\n2026-01-01,400\n2026-01-02,500\n") == []
    assert _column_unit("distance_km") == "km"
    assert _column_unit("Weight (lb)") == "lb"
    assert _column_unit("price") == ""


@pytest.mark.parametrize(("question", "total"), [
    ("how much did this shop put on my card?", True), ("what did it come to?", True),
    ("how much was I charged here", True), ("how much did the tea cost?", False)])
async def test_a_charge_is_the_total(question: str, total: bool) -> None:
    assert bool(ASKS_TOTAL.search(question)) is total


async def test_a_listed_value_keeps_its_decimals() -> None:
    assert "minimum **9.50**" in _extras([9.5, 10.25, 11.0], "laps: 10.25, 9.50, 11.00 - quickest?"
                                         " the minimum")
    assert "maximum **11**" in _extras([9.5, 11.0, 10.0], "9.5, 11 and 10 - the max?")


async def test_receipt_lines_read_through_ocr_slips() -> None:
    from core.agents.vision import answer_from_text, find_total

    text = "SHOP\n2026-03-14\nSoap $ 6.14.20\nRice $ 2.30\nTOTAL $ 8616.50\nTHANK YOU"
    assert find_total(text) == (16.5, "USD")
    counted = answer_from_text("how many items are on it?", text)
    assert "**2 items**" in counted.text and "Soap" in counted.text


async def test_a_column_named_by_one_of_its_words() -> None:
    from core.agents.data_agent import named_first

    series = {"steps": [1.0, 2.0], "sleep_hours": [7.0, 6.0]}
    assert list(named_first(series, "which night did I sleep least?")) == ["sleep_hours", "steps"]
    assert list(named_first(series, "most steps?")) == ["steps", "sleep_hours"]
    assert list(named_first(series, "how many hours?")) == ["steps", "sleep_hours"]


async def test_thousands_with_commas_are_one_number() -> None:
    from core.tools.data import numbers_in

    assert numbers_in("rent was 1,250, 1,300 and 1,375 this year") == [1250, 1300, 1375]
    assert numbers_in("we sold 12,000 then 15,500 units") == [12000, 15500]
    assert numbers_in("120,150,180") == [120, 150, 180]  # a list written without spaces
    assert numbers_in("1,2,3 and 4") == [1, 2, 3, 4]
