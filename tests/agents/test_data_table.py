"""Whole-table questions, counts said with their noun, and figures read from the message."""

from __future__ import annotations

import pytest

from core.agents.data_agent import _extras
from core.agents.data_counts import counted_noun
from core.agents.data_table import row_labels, table_answers
from core.agents.data_text import series_from_text
from core.agents.data_words import compound_growth
from core.tools.data import columns_in_csv

SPEND = (b"when,kind,cost\n2026-01-02,Food,12.50\n2026-01-03,Travel,30.00\n"
         b"2026-01-04,Food,7.50\n2026-01-05,Rent,100.00\n2026-01-06,Travel,50.00\n")
CASH = b"week,money_in,money_out\n1,500.00,320.25\n2,410.50,600.00\n3,380.00,120.00\n"
SALES = b"year,sales\n2016,200\n2017,260\n2018,250\n2019,330\n2020,400\n"
PEOPLE = b"ticket,buyer\nT1,Ann\nT2,Bo\nT3,Ann\nT4,Cy\nT5,Bo\nT6,Ann\n"
HEALTH = b"day,weight_kg,waist_cm\n2026-02-01,80.0,92\n2026-02-02,79.0,91\n2026-02-03,78.5,91\n"


def answers(data: bytes, question: str) -> str:
    from core.agents.data_asks import csv_places

    return " ".join(table_answers(data, columns_in_csv(data), question, csv_places(data)))


@pytest.mark.parametrize("question", [
    "how many rows does this file have?", "number of entries in the sheet, header excluded",
    "how many lines of data are there (not the header)?", "row count please",
    "how many transactions are in here?"])
async def test_rows_counted_without_the_header(question: str) -> None:
    assert "**5**" in answers(SPEND, question)


@pytest.mark.parametrize(("question", "shown"), [
    ("how many distinct buyers are there?", "**3** different buyers"),
    ("number of unique buyers", "**3** different buyers"),
    ("how many buyers bought tickets?", "**3** different buyers"),
    ("count the different people who bought", "**3** different people"),
])
async def test_different_values_of_a_column(question: str, shown: str) -> None:
    assert shown in answers(PEOPLE, question)


@pytest.mark.parametrize("question", [
    "what share of my costs was travel?", "travel as a percentage of everything?",
    "what % went on travel", "how big a chunk of the spending is travel?",
    "what proportion of the total did travel take?"])
async def test_one_category_share_of_the_total(question: str) -> None:
    assert "travel: **40.00%**" in answers(SPEND, question)


@pytest.mark.parametrize("question", [
    "what's the net over these weeks?", "how much more came in than went out?",
    "am I up or down overall?", "what's left over after expenses?", "profit overall?"])
async def test_net_of_money_in_and_out(question: str) -> None:
    assert "**250.25**" in answers(CASH, question)


async def test_net_of_rows_labelled_in_and_out() -> None:
    data = b"type,amount\nincome,1000.00\nexpense,250.50\nexpense,100.00\nincome,50.00\n"
    assert "**699.50**" in answers(data, "what's my balance for the month?")


@pytest.mark.parametrize("question", [
    "CAGR from the first year to the last?", "compound annual growth rate of sales?",
    "what's the yearly growth, compounded, over the file?"])
async def test_compound_growth_over_the_rows(question: str) -> None:
    assert "**18.92%**" in answers(SALES, question)  # (400 / 200) ^ (1/4) − 1


async def test_named_columns_each_get_the_statistic_asked() -> None:
    text = answers(HEALTH, "what's my mean weight and mean waist?")
    assert "average weight kg **79.17**" in text and "average waist cm **91.33**" in text
    assert answers(HEALTH, "what's my mean weight?") == ""  # one column: the summary says it


async def test_rows_named_by_dates_or_years_when_no_text_column() -> None:
    assert row_labels(HEALTH)[0] == "2026-02-01"
    assert row_labels(SALES) == ["2016", "2017", "2018", "2019", "2020"]
    assert row_labels(SPEND)[1] == "Travel"


@pytest.mark.parametrize(("question", "noun"), [
    ("on how many nights did I sleep under 6 hours?", "nights"),
    ("how many of the weeks were above 100?", "weeks"),
    ("how many were over 100?", "values"),
    ("count the readings above 140", "readings"),
])
async def test_the_counted_noun(question: str, noun: str) -> None:
    assert counted_noun(question) == noun


@pytest.mark.parametrize(("question", "shown"), [
    ("on how many mornings was it below 5?", "**2** mornings out of 6"),
    ("how many weeks beat the average?", ""),
    ("how many weeks came in above the mean?", "**3** weeks out of 6 above the average"),
    ("how many readings were under the average?", "**3** readings out of 6 below"),
])
async def test_listed_counts_say_what_they_count(question: str, shown: str) -> None:
    text = " ".join(_extras([3.0, 4.0, 9.0, 12.0, 6.0, 10.0], question))
    assert shown in text


@pytest.mark.parametrize(("text", "rate"), [
    ("turnover was £120,000 in 2018 and £210,000 in 2023. CAGR?", "**11.84%**"),
    ("it was worth 10k, and 3 years later 13.31k - compound annual growth?", "**10.00%**"),
    ("the fund went from $5,000 to $7,000 in 4 years; compounded yearly growth rate?",
     "**8.78%**"),
])
async def test_compound_growth_from_two_figures(text: str, rate: str) -> None:
    assert rate in (compound_growth(text) or "")


async def test_a_series_name_with_its_unit_in_brackets() -> None:
    series = series_from_text("Temp (°C): 10, 14, 18, 22; ice creams: 30, 45, 61, 80. "
                              "correlation?")
    assert list(series) == ["Temp", "ice creams"]


async def test_money_list_keeps_out_a_size_in_the_preamble() -> None:
    series = series_from_text("prices for 2-room flats: €900, €1100, €1000, €1250. median?")
    assert list(series.values()) == [[900.0, 1100.0, 1000.0, 1250.0]]
