"""An opening balance carried through signed amounts, and the best (or worst) quarter or half
of a year of months."""

from __future__ import annotations

import pytest

from core.agents.data_pick import derived_answers
from core.tools.data import columns_in_csv

BANK = b"date,what,amount\n2026-01-02,wages,900.50\n2026-01-03,rent,-700\n2026-01-05,gas,-45.25\n"
SPENDS = b"date,what,amount\n2026-01-02,shoes,60\n2026-01-03,food,40\n"
YEAR = ("month,units\n" + "\n".join(f"{m},{v}" for m, v in zip(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    (5, 6, 7, 20, 1, 1, 9, 9, 9, 2, 2, 2), strict=True))).encode()


def _asked(data: bytes, request: str) -> str:
    return "\n".join(derived_answers(data, columns_in_csv(data), request))


@pytest.mark.parametrize(("request_", "shown"), [
    ("Beginning balance: 250. What's my balance now?", "**405.25**"),
    ("I began the month with £1,000 - what did I end with?", "**1155.25**"),
    ("starting at 80.75, what's the final balance after all of these?", "**236.00**"),
])
def test_an_opening_balance_is_carried_through(request_: str, shown: str) -> None:
    assert shown in _asked(BANK, request_)


def test_unsigned_spending_is_not_taken_as_a_balance() -> None:
    assert "balance" not in _asked(SPENDS, "I started with 500. what's left?")


@pytest.mark.parametrize(("request_", "shown"), [
    ("which quarter sold the most units?", "**Q3** (quarter 3), total **27**"),
    ("what was our weakest quarter and its total?", "**Q4** (quarter 4), total **6**"),
    ("best half of the year?", "**H1** (half 1), total **40**"),
])
def test_the_best_period_of_the_year(request_: str, shown: str) -> None:
    assert shown in _asked(YEAR, request_)


def test_a_named_quarter_is_not_the_best_one() -> None:
    assert "highest quarter" not in _asked(YEAR, "what were the units in the third quarter?")


LOG = b"date,meal,grams_sugar\n2026-05-01,lunch,12\n2026-05-01,tea,8\n2026-05-02,lunch,25\n"


@pytest.mark.parametrize("request_", [
    "how much sugar do I eat a day on average?",
    "mean daily grams of sugar?",
    "average per day, i.e. total over the number of days",
])
def test_rows_of_one_day_are_added_before_averaging(request_: str) -> None:
    assert "**22.5000**" in _asked(LOG, request_)


def test_one_row_a_day_is_no_per_day_total() -> None:
    data = b"date,grams_sugar\n2026-05-01,12\n2026-05-02,25\n"
    assert "per day" not in _asked(data, "average per day?")
