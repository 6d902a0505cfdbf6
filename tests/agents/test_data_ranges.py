"""A statistic of the rows whose other numeric column lies in the range the question says."""

from __future__ import annotations

import pytest

from core.agents.data_query import Table
from core.agents.data_ranges import range_filtered
from core.messages import FilePart
from core.tools.workers import WorkerPool
from tests.agents.helpers import final_reply

HOUSES = (b"house,bedrooms,price\nH1,2,210000\nH2,3,260000\nH3,4,330000\nH4,3,250000\n"
          b"H5,5,410000\nH6,1,150000\nH7,4,310000\n")


@pytest.mark.parametrize(("request_", "shown"), [
    ("Median price of the houses with 3 to 4 bedrooms?", "median **285000**"),
    ("average price where bedrooms is between 2 and 3", "average **240000**"),
    ("What's the total price for bedrooms of at least 4?", "total **1050000**"),
    ("the mean price for houses with bedrooms over 3", "average **350000**"),
    ("highest price with bedrooms under 4", "highest **260000**"),
    ("How many houses have bedrooms of 4 or more?", "**3** of 7"),
])
def test_the_rows_in_the_range_give_the_figure(request_: str, shown: str) -> None:
    line = range_filtered(Table(HOUSES), request_)
    assert line is not None and line.startswith(shown)


@pytest.mark.parametrize("request_", [
    "What's the median price?",                       # no range said
    "median price for bedrooms between 7 and 9",      # the range keeps no row
    "average price for bedrooms from 1 to 5",         # the range keeps every row
    "average price over 80% of the houses",           # a percent is no bound of a column
])
def test_no_range_no_figure(request_: str) -> None:
    assert range_filtered(Table(HOUSES), request_) is None


@pytest.mark.asyncio(loop_scope="module")
async def test_the_agent_answers_for_the_age_band_asked(pool: WorkerPool) -> None:
    data = (b"member,age,minutes\nA1,31,40\nA2,45,25\nA3,52,30\nA4,38,55\nA5,61,20\n"
            b"A6,49,35\nA7,44,45\n")
    text = await final_reply(pool, "Gym log attached. What's the median workout minutes for "
                             "members aged 40 to 50?", files=(
                                 FilePart("gym.csv", len(data), "text/csv", data),))
    assert "median **35**" in text
