"""CSV files in every common export style: the separator (comma, semicolon, tab, pipe) is
found from the header, a thousands comma and a decimal comma are read as numbers, and the
data agent answers the same whichever style the file was written in."""

from __future__ import annotations

import pytest

from core.messages import FilePart
from core.tools.csvread import csv_rows, separator_of, text_rows
from core.tools.data import columns_in_csv, labels_in_csv
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply


@pytest.mark.parametrize(("text", "separator"), [
    ("a,b,c\n1,2,3\n", ","),
    ("week;bed;grams\n1;north bed;1000\n2;south bed;550\n", ";"),
    ("name\tscore\nAnn\t12\nBo\t15\n", "\t"),
    ("item | price\npen | 1.50\nink | 7.25\n", "|"),
    ('product,note\n"Tea; green",3\n"Cake; lemon",4\n', ","),  # a semicolon inside a quote
    ("city;price\nLyon;3,50\nNice;4,25\n", ";"),  # decimal commas do not split the header
    ("values\n1\n2\n", ","),  # one column: the usual comma
])
def test_the_separator_is_found_from_the_header(text: str, separator: str) -> None:
    assert separator_of(text) == separator


def test_decimal_commas_are_read_as_decimals() -> None:
    rows = text_rows("city;price;stock\nLyon;3,50;1.200,5\nNice;4,25;80\n")
    assert rows[1:] == [["Lyon", "3.50", "1200.5"], ["Nice", "4.25", "80"]]


def test_a_thousands_comma_in_quotes_is_a_thousands_comma() -> None:
    rows = text_rows('month,revenue\nJan,"1,234.50"\nFeb,"12,000"\n')
    assert [row[1] for row in rows[1:]] == ["1234.50", "12000"]


def test_a_semicolon_file_with_dot_decimals_keeps_them() -> None:
    rows = text_rows("day;kg\nMon;81.5\nTue;80.9\nWed;1,250\n")
    assert [row[1] for row in rows[1:]] == ["81.5", "80.9", "1250"]


def test_columns_and_labels_from_a_semicolon_file() -> None:
    data = b"fruit;kg;price\napples;2,5;3,10\npears;1,5;2,90\nplums;3;4,00\n"
    assert columns_in_csv(data) == {"kg": [2.5, 1.5, 3.0], "price": [3.1, 2.9, 4.0]}
    assert labels_in_csv(data) == ["apples", "pears", "plums"]
    assert csv_rows(b"\xef\xbb\xbfa\tb\n1\t2\n") == [["a", "b"], ["1", "2"]]  # a BOM is skipped


@pytest.mark.parametrize("data", [
    b"day,steps\nMon,4000\nTue,6000\nWed,8000\nThu,10000\n",
    b"day;steps\nMon;4000\nTue;6000\nWed;8000\nThu;10000\n",
    b"day\tsteps\nMon\t4000\nTue\t6000\nWed\t8000\nThu\t10000\n",
    b'day,steps\nMon,"4,000"\nTue,"6,000"\nWed,"8,000"\nThu,"10,000"\n',
])
@pytest.mark.asyncio(loop_scope="module")
async def test_the_agent_answers_alike_in_every_style(pool: WorkerPool, data: bytes) -> None:
    text = await final_reply(pool, "what's my average daily steps?", files=(
        FilePart("steps.csv", len(data), "text/csv", data),))
    assert "7000" in text


@pytest.mark.asyncio(loop_scope="module")
async def test_a_blank_cell_leaves_its_row_out_and_the_rest_keep_their_names(
        pool: WorkerPool) -> None:
    data = (b'day,takings\nMonday,607.13\nTuesday,716.40\nWednesday,\nThursday,786.75\n'
            b'Friday,"1,069.15"\nSaturday,848.61\n')
    text = await final_reply(
        pool, "skip the blank one. which day had the highest takings, and the lowest?",
        files=(FilePart("till.csv", len(data), "text/csv", data),))
    assert "**Friday**" in text and "**Monday**" in text and "Wednesday" not in text


def test_money_cells_and_blank_cells_keep_a_column_numeric() -> None:
    data = (b'who,salary,share\nAnn,"$81,300",12%\nBo,,8%\nCy,"$57,200",\nDi,$70900,5 %\n'
            b'Ed,,7%\n')
    assert columns_in_csv(data) == {"salary": [81300.0, 57200.0, 70900.0],
                                    "share": [12.0, 8.0, 5.0, 7.0]}
    pounds = 'house,price\nA,"£602,000"\nB,"£591,000"\nC,-£5\n'.encode()
    assert columns_in_csv(pounds) == {"price": [602000.0, 591000.0, -5.0]}
