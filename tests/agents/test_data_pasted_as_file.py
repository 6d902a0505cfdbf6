"""A table pasted in the message with a header row is answered like the same table attached
as a CSV file: weighted means, rows picked by name, groups; and the weights can be named in
more words ("weights = credits", "taking the quantities into account")."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.data_agent import make_data_agent
from core.agents.data_compare import weighted_mean
from core.agents.data_paste import pasted_csv
from core.agents.data_query import Table
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.data import DataTools
from core.tools.workers import WorkerPool

MODULES = b"module,mark,credits\nStats,72,20\nLogic,55,10\nOptics,64,30\nEthics,80,10\n"


@pytest.mark.parametrize("question", [
    "what's my overall mark with weights = credits? 1 dp",
    "average mark taking the credits into account, to 1 decimal",
    "credit-weighted average mark (1 dp)"])
def test_weights_named_in_more_words(question: str) -> None:
    line = weighted_mean(Table(MODULES), question)
    assert line is not None and "**67.29**" in line  # 4710 / 70


def test_a_quantity_column_is_the_weight_of_taking_quantities_into_account() -> None:
    buys = Table(b"lot,price,qty\nA,2.50,40\nB,3.10,10\nC,2.80,50\n")
    line = weighted_mean(buys, "average price paid overall, taking quantities into account?")
    assert line is not None and "**2.71**" in line  # (100 + 31 + 140) / 100


@pytest.mark.parametrize("separator", [" | ", "\t", ", ", ";"])
def test_a_pasted_table_with_a_header_reads_as_a_file(separator: str) -> None:
    rows = [["module", "mark", "credits"], ["Stats", "72", "20"], ["Logic", "55", "10"],
            ["Optics", "64", "30"], ["Ethics", "80", "10"]]
    text = "weighted mark please\n" + "\n".join(separator.join(r) for r in rows)
    assert pasted_csv(text) == MODULES


@pytest.mark.parametrize("text", [
    "numbers: 4, 8, 15, 16, 23, 42 - mean?", "Mon: 3\nTue: 5\nWed: 4\nThu: 6\naverage?",
    "1 | 2\n3 | 4\n5 | 6\n7 | 8\nmean of each column"])
def test_no_file_from_lists_or_tables_without_a_header(text: str) -> None:
    assert pasted_csv(text) == b""


@pytest.mark.asyncio
async def test_the_agent_answers_a_pasted_table_as_a_file() -> None:
    async with WorkerPool(1) as pool:
        agent = make_data_agent(DataTools(pool))
        request = ("weighted average mark (weights = credits), 1 dp\nmodule | mark | credits\n"
                   "Stats | 72 | 20\nLogic | 55 | 10\nOptics | 64 | 30\nEthics | 80 | 10")
        result = await agent(Subtask("t1", "data", request), AgentContext(PersonKey(1)), {})
    assert result.ok and "**67.3**" in result.text  # 4710 / 70, to 1 dp


@pytest.mark.asyncio
async def test_a_question_nothing_else_reads_goes_with_its_pasted_table() -> None:
    from core.agents.planner import Planner, Request
    plan = await Planner().plan(Request("how did the two stores do?\nstore | sales | staff\n"
                                        "North | 1200 | 4\nSouth | 950 | 3\nEast | 1430 | 5"))
    assert plan.agents == ("data",)


@pytest.mark.parametrize(("question", "shown"), [
    ("how much higher was Thursday than Monday?", "Thu against Mon: +**51**"),
    ("the gap from Tuesday to Friday?", "from Tue to Fri: +**25**"),
    ("percentage change, Monday vs Thursday?", "+**42.5%**")])
def test_two_rows_named_by_their_full_day_names(question: str, shown: str) -> None:
    from core.agents.data_between import between_rows
    lines = between_rows([120.0, 135, 128, 171, 160], ["Mon", "Tue", "Wed", "Thu", "Fri"],
                         question)
    assert lines and shown in lines[0]
