"""A table of dated readings is no bill, and a huge figure is shown to the cent without
raising (a reader that fails would leave the whole message unplanned)."""

from __future__ import annotations

from fractions import Fraction

from core.agents.intents import classify
from core.agents.money_bill import bill_total
from core.agents.money_reckon import money
from core.agents.wording import expand

TABLE = ("steps per day\nday | steps\n2026-03-02 | 8120\n2026-03-03 | 10450\n2026-03-04 | 7300\n"
         "2026-03-05 | 9900\nwhat's the total?")


def test_a_dated_table_is_no_bill() -> None:
    assert bill_total(expand(TABLE).lower()) is None
    assert classify(TABLE).agent != "math"


def test_a_huge_figure_keeps_its_cents() -> None:
    assert money(Fraction(10**30) + Fraction(1, 8), "$") == "$" + f"{10**30:,}" + ".13"
