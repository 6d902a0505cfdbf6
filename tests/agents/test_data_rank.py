"""Rows ranked and grouped, numbers typed with names, and figures said with their unit."""

from __future__ import annotations

import pytest

from core.agents.data_agent import PLOT, _extras
from core.agents.data_labels import labelled_values
from core.agents.data_rank import by_label, ranked
from core.agents.data_rows import row_answers, value_column
from core.agents.data_table import table_answers
from core.agents.data_units import series_units, shown_unit
from core.tools.data import columns_in_csv

VALUES = [40.0, 75.0, 20.0, 90.0, 55.0]
NAMES = ["Ann", "Bo", "Cy", "Di", "Ed"]


@pytest.mark.parametrize(("question", "shown"), [
    ("who are the top 3?", "top 3: **Di** (90), **Bo** (75), **Ed** (55); together **220**"),
    ("the two lowest please", "bottom 2: **Cy** (20), **Ann** (40)"),
    ("list the best four", "top 4:"),
    ("which 2 were smallest?", "bottom 2:"),
])
async def test_the_top_or_bottom_few(question: str, shown: str) -> None:
    assert shown in (ranked(VALUES, NAMES, question, None) or "")


async def test_ranked_listed_numbers_are_added_up() -> None:
    text = " ".join(_extras([5.0, 9.0, 2.0, 8.0, 7.0], "sum of the 3 largest?"))
    assert "top 3: **9**, **8**, **7**; together **24**" in text
    assert ranked(VALUES, NAMES, "top 10% of earners", None) is None


@pytest.mark.parametrize(("question", "shown"), [
    ("spending by shop?", "total amount by shop: Aldi **30.50**, Lidl **12.00**"),
    ("break it down by store", "total amount by store:"),
    ("average per shop please", "average amount by shop: Aldi **15.25**"),
])
async def test_a_column_by_label(question: str, shown: str) -> None:
    values, labels = [10.0, 12.0, 20.5], ["Aldi", "Lidl", "Aldi"]
    assert shown in (by_label("amount", values, labels, question, 2) or "")
    assert by_label("amount", values, labels, "average spend per transaction", 2) is None


@pytest.mark.parametrize(("text", "labels", "values"), [
    ("visits Mon 12, Tue 30, Wed 7 - busiest?", ["Mon", "Tue", "Wed"], [12.0, 30.0, 7.0]),
    ("Q1: $1,200; Q2: $950; Q3: $1,410", ["Q1", "Q2", "Q3"], [1200.0, 950.0, 1410.0]),
    ("Mia 8, Leo 6 and Zoe 9 goals", ["Mia", "Leo", "Zoe"], [8.0, 6.0, 9.0]),
])
async def test_numbers_typed_with_a_name_each(text: str, labels: list[str],
                                              values: list[float]) -> None:
    assert labelled_values(text) == (labels, values)


@pytest.mark.parametrize("text", ["3, 5, 7 and 9", "I ran 5 km, 7 km and 9 km"])
async def test_plain_lists_have_no_names(text: str) -> None:
    assert labelled_values(text) is None


async def test_rows_of_one_label_counted() -> None:
    data = b"id,buyer,total\n1,Ann,20\n2,Bo,30\n3,Ann,50\n4,Cy,10\n"
    from core.agents.data_asks import csv_places

    text = " ".join(table_answers(data, columns_in_csv(data), "how many purchases did Ann "
                                  "make?", csv_places(data)))
    assert "**2** purchases for ann" in text


async def test_a_column_stepping_by_five_names_the_rows() -> None:
    series = {"minute": [0.0, 5.0, 10.0, 15.0], "kmh": [20.0, 31.5, 28.0, 25.0]}
    name, _, labels = value_column(series, [])
    assert name == "kmh" and labels[1] == "minute 5"
    assert "**minute 10**" not in " ".join(row_answers(name, series[name], labels,
                                                       "what was my top speed?", 1))


@pytest.mark.parametrize(("raw", "shown"), [("kmh", "km/h"), ("usd", "USD"), ("c", "°C"),
                                            ("steps", ""), ("km", "km")])
async def test_units_shown_as_written_after_a_figure(raw: str, shown: str) -> None:
    assert shown_unit(raw) == shown


async def test_series_units_from_a_file_or_the_message() -> None:
    series = {"minute": [0.0, 5.0, 10.0], "speed_kmh": [20.0, 25.0, 22.0]}
    assert series_units(series, "", True) == {"speed_kmh": "km/h"}
    assert series_units({"values": [3.0, 4.0, 5.0]}, "swims (km): 3, 4, 5", False) == {
        "values": "km"}
    assert "maximum **5** km" in _extras([3.0, 4.0, 5.0], "longest?", None, None, "km")
    assert "minimum" not in " ".join(_extras([3.0, 4.0, 5.0], "top speed every 5 min?"))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("plot y = 3*2^x from x=0 to x=5", "0", "5"),
    ("graph x^2 - 1 from x = -3 to x = 3", "-3", "3"),
    ("plot x^3 for x from -2 to 2", "-2", "2"),
])
async def test_a_plot_range_written_with_x(text: str, low: str, high: str) -> None:
    found = PLOT.search(text)
    assert found is not None and (found.group("a").strip(), found.group("b").strip()) == (
        low, high)


@pytest.mark.parametrize(("question", "shown"), [
    ("on how many mornings did it go up?", "**3** mornings out of 5 were up"),
    ("how often did the score drop?", "**2** times out of 5 were down"),
    ("how many weeks showed growth?", "**3** weeks out of 5 were up"),
])
async def test_steps_up_or_down_counted(question: str, shown: str) -> None:
    from core.agents.data_counts import rises_counted

    assert shown in (rises_counted([4.0, 6.0, 5.0, 7.0, 7.5, 7.0], question) or "")


async def test_a_rise_past_a_threshold_is_no_step_count() -> None:
    from core.agents.data_counts import rises_counted

    assert rises_counted([4.0, 6.0, 5.0, 7.0], "how many times did it rise above 5?") is None
    assert rises_counted([4.0, 6.0, 5.0, 7.0], "how many kg did I drop?") is None


@pytest.mark.parametrize(("question", "line"), [
    ("line of best fit?", "**y = 2x + 1**"),
    ("linear regression please, and predict for x = 10", "predicts **21**"),
    ("what's the trend line of b against a", "(b on a): **y = 2x + 1**"),
    ("fit a least-squares line of a on b", "(a on b): **y = 0.5x − 0.5**"),
])
async def test_the_line_of_best_fit(question: str, line: str) -> None:
    from core.agents.data_fit import best_fit

    series = {"a": [1.0, 2.0, 3.0, 4.0], "b": [3.0, 5.0, 7.0, 9.0]}
    assert line in (best_fit(series, question) or "")


async def test_a_unit_before_a_dashed_list_and_on_the_change() -> None:
    from core.agents.data_units import unit_after_numbers

    assert unit_after_numbers("night lows °F — 31 28 35 — average?") == "°f"
    assert shown_unit("°f") == "°F"
    lines = _extras([70.0, 69.2, 68.0], "how much did I lose overall?", None, None, "kg")
    assert lines[0].startswith("change from first to last: **-2** kg")


@pytest.mark.parametrize(("question", "shown"), [
    ("what's the 3-week rolling average?", "3-point moving average: **12**, **13**, **14.67**"),
    ("moving mean over 2 readings", "2-point moving average: **11**,"),
    ("running total please", "running total: 10, 22, 36, 49, 66, 86 (**86** in all)"),
    ("mean of the most recent three", "average of the last 3: **16.67**"),
    ("add up the first 2", "total of the first 2: **22**"),
])
async def test_windows_of_the_values(question: str, shown: str) -> None:
    assert shown in " ".join(_extras([10.0, 12.0, 14.0, 13.0, 17.0, 20.0], question))


@pytest.mark.parametrize(("text", "mean"), [
    ("weighted mean of 60 (weight 1), 90 (weight 2)", "**80**"),
    ("homework 88 worth 25%, final 74 worth 75% - overall?", "**77.5**"),
    ("marks 50, 70 and 90 with weights 1, 1 and 2", "**75**"),
    ("essay 64 counts for 30%, exam 80 counts for 70%: weighted average?", "**75.2**"),
    ("Coursework (40%): 70\nExam (60%): 85\nweighted average?", "**79**"),
    ("quiz (weight 1) - 60, test (weight 3) - 80. weighted mean", "**75**"),
])
async def test_a_weighted_average(text: str, mean: str) -> None:
    from core.agents.data_words import weighted_mean

    assert f"weighted average: {mean}" in (weighted_mean(text) or "")


async def test_weights_listed_alone_are_no_weighted_average() -> None:
    from core.agents.data_words import weighted_mean

    assert weighted_mean("weights of the puppies: 2.1, 2.5, 3.0 - average?") is None
