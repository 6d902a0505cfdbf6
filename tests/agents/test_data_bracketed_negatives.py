"""Amounts written in brackets, as accounts show a negative, are read as negatives."""

from __future__ import annotations

import pytest

from core.messages import FilePart
from core.tools.csvread import text_rows
from core.tools.data import columns_in_csv
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply


def test_bracketed_cells_become_minus_signs() -> None:
    rows = text_rows('entry,value\nRent,"(1,100.00)"\nFees,(57.25)\nRefund,($40)\nNote,(tbc)\n')
    assert [row[1] for row in rows[1:]] == ["-1100.00", "-57.25", "-$40", "(tbc)"]


def test_a_decimal_comma_file_keeps_its_brackets_as_negatives() -> None:
    rows = text_rows("entry;value\nRent;(1.100,50)\nSales;2,25\n")
    assert [row[1] for row in rows[1:]] == ["-1100.50", "2.25"]


def test_a_column_with_bracketed_amounts_stays_numeric() -> None:
    data = b'entry,value\nRent,"(1,100.00)"\nSales,"3,402.10"\nFees,(57.25)\nRefund,818.40\n'
    assert columns_in_csv(data) == {"value": [-1100.0, 3402.1, -57.25, 818.4]}


@pytest.mark.asyncio(loop_scope="module")
async def test_the_net_total_counts_bracketed_amounts_as_negatives(pool: WorkerPool) -> None:
    data = b'entry,value\nRent,"(1,100.00)"\nSales,"3,402.10"\nFees,(57.25)\nRefund,818.40\n'
    text = await final_reply(pool, "Bracketed figures are negatives. What's the net total of "
                             "the value column?", files=(
                                 FilePart("books.csv", len(data), "text/csv", data),))
    assert "3063.25" in text.replace(",", "")
