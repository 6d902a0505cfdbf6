"""Data questions by kind: the listed numbers (not a size in the preamble), the spread of
the highest and lowest, the row a CSV's largest value belongs to, the unit a statistic is
in, and receipts' totals asked as a charge."""

from __future__ import annotations

import pytest

from core.agents.data_agent import _column_unit, _extras, _unit_after_numbers
from core.agents.data_lists import main_list
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


@pytest.mark.parametrize(("question", "count"), [
    ("how many readings went over one twenty?", "**3**"),
    ("count the days above 125", "**2**"),
    ("how many were 130 or more?", "**2**"),
    ("how many values are at least 118", "**4**"),
    ("how many times did it dip below 100?", "**1**"),
    ("how many were between 110 and 130?", "**3**"),
    ("how many scores no more than 118?", "**3**"),
])
async def test_how_many_pass_a_threshold(question: str, count: str) -> None:
    values = [95.0, 118.0, 131.0, 112.0, 140.0, 125.0]
    assert any(e.startswith(count) for e in _extras(values, question))


@pytest.mark.parametrize("question", [
    "the population standard deviation please", "pop sd?", "σ of these, dividing by n",
    "std dev of the whole group (not a sample)"])
async def test_population_deviation_said_which(question: str) -> None:
    extras = " ".join(_extras([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0], question))
    assert "population standard deviation **2**" in extras and "sample" in extras


@pytest.mark.parametrize(("question", "labels", "change"), [
    ("how much did it grow from the first month to the last?", [], "**+40**"),
    ("net change over the period?", [], "**+40**"),
    ("how much has it dropped since the start?", [], "**+40**"),
    ("what was the increase from feb to apr?", ["Jan", "Feb", "Mar", "Apr"], "**+30**"),
])
async def test_change_from_first_to_last(question: str, labels: list[str], change: str) -> None:
    assert any(change in e for e in _extras([100.0, 110.0, 125.0, 140.0], question, labels))


@pytest.mark.parametrize("question", [
    "which score came up most often?", "what's the most common value", "the mode?",
    "which one appears the most"])
async def test_the_mode_not_the_largest(question: str) -> None:
    extras = _extras([3.0, 5.0, 3.0, 9.0, 3.0, 5.0], question)
    assert "mode **3** (3 times)" in extras and not any("maximum" in e for e in extras)


@pytest.mark.parametrize("question", [
    "how much did I spend altogether?", "what's it all add up to? total please",
    "combined cost?", "how much have we raised in all"])
async def test_a_total_in_words_keeps_the_cents(question: str) -> None:
    assert any(e.endswith("**20.10**") for e in _extras([12.5, 7.6], question, places=2))


@pytest.mark.parametrize("question", [
    "gap between the cheapest and the dearest?", "how far apart are the lowest and highest",
    "most expensive minus least expensive"])
async def test_the_gap_between_extremes(question: str) -> None:
    assert any(e.startswith("range **9.50**") for e in _extras([10.5, 20.0, 14.0], question,
                                                               places=2))


async def test_pairs_are_two_series() -> None:
    from core.agents.data_text import series_from_text

    series = series_from_text("height vs weight: (150, 50), (160, 58), (170, 66), (180, 77)."
                              " correlated?")
    assert series == {"height": [150, 160, 170, 180], "weight": [50, 58, 66, 77]}


@pytest.mark.parametrize("text", [
    "how many of these are over 100: 95, 130, 101, 88, 150",
    "temps this week 21, 25, 30, 19, 28. how many days were 25 or more?",
    "what's the sd of 4, 8, 15, 16, 23, 42 treating it as the whole population",
    "weights 80.5, 79.9, 79.1, 78.4. how much did I lose from the first week to the last?",
    "which number appears most: 4, 7, 4, 2, 7, 4"])
async def test_listed_number_questions_go_to_data(text: str) -> None:
    from core.agents.compose_data import listed_numbers_question
    from core.agents.plan import Subtask

    plan = listed_numbers_question([Subtask("t1", "chat", text)], text)
    assert [t.agent for t in plan] == ["data"]


@pytest.mark.parametrize("text", ["I have 3 cats and 2 dogs, and 5 fish",
                                  "we were 4, then 6, now 9 of us and it's more fun"])
async def test_chat_with_numbers_stays_chat(text: str) -> None:
    from core.agents.compose_data import listed_numbers_question
    from core.agents.plan import Subtask

    plan = listed_numbers_question([Subtask("t1", "chat", text)], text)
    assert [t.agent for t in plan] == ["chat"]


@pytest.mark.parametrize(("question", "shown"), [
    ("what's the interquartile range?", "interquartile range **5**"),
    ("give me the quartiles", "lower quartile (Q1) **3.5**, upper quartile (Q3) **8.5**"),
    ("the 90th percentile please", "90th percentile **9.4**"),
])
async def test_quartiles_and_percentiles(question: str, shown: str) -> None:
    extras = _extras([1.0, 3.0, 4.0, 6.0, 8.0, 9.0, 10.0], question)
    assert any(shown in e for e in extras) and not any(e.startswith("range") for e in extras)


@pytest.mark.parametrize(("question", "shown"), [
    ("which month had the biggest jump?", "biggest jump: **+30** (Feb → Mar"),
    ("where was the sharpest drop", "biggest drop: **-15** (Mar → Apr"),
])
async def test_the_biggest_step(question: str, shown: str) -> None:
    values, labels = [100.0, 105.0, 135.0, 120.0], ["Jan", "Feb", "Mar", "Apr"]
    assert any(shown in e for e in _extras(values, question, labels))


@pytest.mark.parametrize(("question", "shown"), [
    ("how much did I spend on taxis?", "total for taxi: **31.50** (2 rows)"),
    ("what was the average cost of lunch", "average for lunch: **12.25**"),
])
async def test_rows_named_in_the_question(question: str, shown: str) -> None:
    values, labels = [12.5, 20.0, 11.5, 12.0], ["lunch", "taxi", "taxi", "lunch"]
    assert any(shown in e for e in _extras(values, question, labels, places=2))


async def test_a_threshold_count_gives_its_share() -> None:
    assert any("**25%**" in e for e in _extras([1.0, 5.0, 9.0, 2.0], "what percent are over 8?"))


@pytest.mark.parametrize(("question", "count"), [
    ("on how many days did I walk more than 10k steps?", "**2**"),
    ("how many entries over 1,000?", "**3**"),
])
async def test_a_threshold_written_with_k_or_commas(question: str, count: str) -> None:
    values = [8000.0, 12000.0, 10500.0, 900.0]
    assert any(e.startswith(count) for e in _extras(values, question))


@pytest.mark.parametrize(("text", "mean"), [
    ("parkrun times 22:10, 21:50, 23:00 and 22:20 - average?", "**22:20**"),
    ("swim splits 1:05.2, 1:04.8, 1:06.0: mean please", "**1:05.3**"),
    ("long rides: 1:45:00, 2:10:30, 1:58:00. average duration?", "**1:57:50**"),
])
async def test_times_written_m_ss_are_times(text: str, mean: str) -> None:
    from core.agents.data_asks import describe_durations, durations_in

    times = durations_in(text)
    assert times is not None and f"mean {mean}" in describe_durations(times, text)


async def test_clock_times_of_day_are_no_durations() -> None:
    from core.agents.data_asks import durations_in

    assert durations_in("alarms at 6:30am, 7:00am and 7:15am") is None
