"""Data answers in the form asked: the rounding named anywhere in the request, a row's place
in the order, quartiles by the method named, and rounding words that are no data."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.data_agent import make_data_agent
from core.agents.data_quartiles import quartiles, spread_parts
from core.agents.data_rank import position_of
from core.agents.data_text import series_from_text
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.data import DataTools
from core.tools.workers import WorkerPool

HOURS = [7.5, 6.0, 8.25, 5.5, 9.0]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


@pytest.mark.parametrize(("request_text", "figures"), [
    ("hours slept: 7, 6.5, 8, 5, 9 (round to 1 dp)", [7.0, 6.5, 8.0, 5.0, 9.0]),
    ("weights 61.2, 60.8, 60.1 — average to two decimal places please", [61.2, 60.8, 60.1]),
    ("3, 9, 12, 4. give the mean, 2 d.p.", [3.0, 9.0, 12.0, 4.0]),
    ("bus times 36, 36, 29, 40, 39. the latest 3-day rolling average?", [36.0, 36.0, 29.0, 40.0,
                                                                          39.0]),
    ("readings 132, 137, 128, 132 - what's the 2 point moving average at the end?",
     [132.0, 137.0, 128.0, 132.0]),
])
def test_rounding_words_are_not_data(request_text: str, figures: list[float]) -> None:
    assert list(series_from_text(request_text).values()) == [figures]


@pytest.mark.parametrize(("question", "shown"), [
    ("where does Wed rank, highest first?", "**Wed** is **2nd**"),
    ("if I sort from highest to lowest, what position is Thu in?", "**Thu** is **5th**"),
    ("what place is Tue from lowest to highest?", "**Tue** is **2nd**"),
    ("Fri's rank in ascending order?", "**Fri** is **5th**"),
])
def test_a_rows_place_in_the_order(question: str, shown: str) -> None:
    line = position_of(HOURS, DAYS, question)
    assert line is not None and line.startswith(shown)


def test_no_place_without_one_named_row() -> None:
    assert position_of(HOURS, DAYS, "which position is best?") is None
    assert position_of(HOURS, DAYS, "rank of Mon and Tue?") is None
    assert position_of(HOURS, DAYS, "what's the average of Mon to Fri?") is None


def test_quartiles_by_the_method_named() -> None:
    seven = [121, 138, 131, 131, 146, 138, 147]
    assert quartiles(seven, "IQR please")[:2] == (131.0, 142.0)
    halves = "Q1 and Q3 as the medians of the lower and upper halves, leaving out the middle"
    assert quartiles(seven, halves)[:2] == (131.0, 146.0)
    assert quartiles(seven, "split-in-half method, include the median in both")[:2] == (
        131.0, 142.0)
    assert quartiles([1, 2, 3, 4, 5, 6, 7, 8], "use the (n+1) method")[:2] == (2.25, 6.75)
    line = spread_parts(seven, "interquartile range by the split-in-half method")
    assert line is not None and "interquartile range **15**" in line and "halves" in line


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(("request_text", "shown"), [
    ("Mon 130, Tue 139, Wed 138, Thu 132, Fri 133, Sat 139. fit a least-squares line and "
     "predict the next day, one decimal place", "predicts **137.3**"),
    ("weekly sales 655.33, 610.13, 908.12, 772.57, 579.76, 614.40: the mean to the nearest "
     "whole dollar", "mean **690**"),
])
async def test_the_figures_asked_are_rounded_as_asked(pool: WorkerPool, request_text: str,
                                                      shown: str) -> None:
    agent = make_data_agent(DataTools(pool))
    result = await agent(Subtask("t1", "data", request_text), AgentContext(PersonKey(1)), {})
    assert shown in result.text


@pytest.mark.parametrize(("question", "shown"), [
    ("Readings: Mon 80, Tue 90, Wed 72, Thu 100. By what percent did it change from Mon to "
     "Thu?", "from Mon to Thu: +**25%**"),
    ("Readings: Mon 80, Tue 90, Wed 72, Thu 100. How much did it go up or down between Tue "
     "and Wed in percent?", "from Tue to Wed: −**20%**"),
    ("Readings: Mon 80, Tue 90, Wed 72, Thu 100. percentage change, Wed vs Mon", "from Wed to "
     "Mon: +**11.11%**"),
    ("Readings: Mon 80, Tue 90, Wed 72, Thu 100. difference between Mon and Thu?",
     "from Mon to Thu: +**20**"),
    ("Readings: Mon 80, Tue 90, Wed 72, Thu 100. What share of the total was Tue?",
     "Tue: **26.32%** of the total"),
    ("Readings: Mon 80, Tue 90, Wed 72, Thu 100. Where does Tue rank?", ""),
])
def test_one_or_two_named_rows(question: str, shown: str) -> None:
    from core.agents.data_between import between_rows

    lines = between_rows([80, 90, 72, 100], ["Mon", "Tue", "Wed", "Thu"], question)
    assert (lines[0].startswith(shown) if shown else lines == [])


def test_a_place_asked_after_a_list_on_one_line() -> None:
    line = position_of(HOURS, DAYS, "Slept Mon 7.5, Tue 6, Wed 8.25, Thu 5.5, Fri 9. Where "
                                    "does Thu rank, highest first?")
    assert line is not None and line.startswith("**Thu** is **5th**")


def test_a_pasted_table_with_thousands_commas() -> None:
    from core.agents.data_paste import pasted_table

    table = "day | takings\nMon | 511.00\nTue | 853.17\nWed | 1,128.15\nThu | 794.37\nadd them up"
    assert pasted_table(table) == {"takings": [511.0, 853.17, 1128.15, 794.37]}


def test_a_named_rows_z_score() -> None:
    from core.agents.data_between import between_rows

    days, values = ["Mon", "Tue", "Wed", "Thu", "Fri"], [10.0, 12.0, 14.0, 16.0, 18.0]
    sample = between_rows(values, days, "what's the z-score of Thu, sample SD? 2 dp")
    assert sample[0].startswith("z-score of Thu: +**0.63**")
    whole = between_rows(values, days, "how many standard deviations from the mean is Mon? "
                                       "use the population SD")
    assert whole[0].startswith("z-score of Mon: −**1.41**")


def test_the_top_few_as_a_share_of_the_total() -> None:
    from core.agents.data_rank import ranked

    line = ranked([10, 40, 20, 30], [], "what % of the total do the top two make up?", None)
    assert line is not None and "**70%** of the total 100" in line


def test_rows_named_with_an_index_are_no_data() -> None:
    text = "pace: Week 1 46.3, Week 2 47.6, Week 3 45.2 and Week 4 44.4. population SD?"
    assert series_from_text(text) == {"values": [46.3, 47.6, 45.2, 44.4]}


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("text", [
    "bus times: 31, 32, 41, 35, 49, 41\nwhat % were over 34? (one decimal)",
    "Readings\nMon: 120\nTue: 131\nWed: 128\nThu: 140\npercentage change, first to last "
    "(Mon vs Thu)",
    "Sales: Jan 300, Feb 320, Mar 310 and Apr 400. what % of the total came from Feb?",
    "weights 61.2 60.8 60.1 59.9 59.5 - population SD of these, 2 dp",
    "hours 2 4 6 8 10\nscores 50 60 70 80 90\nUsing a least-squares line, what score would you "
    "predict for hours = 7?",
])
async def test_statistics_asked_of_listed_figures_are_data(text: str) -> None:
    from tests.agents.helpers import planned

    assert [agent for agent, _, _ in await planned(text)] == ["data"]


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("text", [
    "a shirt was $40 and now it's $50, what's the percentage change?",
    "what % of 80 is 20?",
])
async def test_a_percentage_of_two_figures_stays_maths(text: str) -> None:
    from tests.agents.helpers import planned

    assert "data" not in [agent for agent, _, _ in await planned(text)]


def test_a_share_above_a_threshold_is_counted() -> None:
    from core.agents.data_asks import threshold_count

    line = threshold_count([77, 59, 65, 54, 78], "what % were over 60?")
    assert line is not None and "**3** of the 5" in line and "**60%**" in line
