"""Amounts grown or lost by a percentage each year, the yearly rate between two amounts,
the years a growth takes and regular deposits with interest — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("a car bought for $20,000 depreciates by 12% annually. value in 5 years?", "$10,554.64"),
    ("the van lost 15 percent of its value every year; it was 8000 new. what is it worth "
     "4 years later?", "4,176.05"),
    ("if inflation runs at 3% a year, what does a €40 meal cost in 10 years?", "€53.76"),
    ("my shares went from 1,200 to 2,100 over 5 years - what was the annual return?",
     "11.84% a year"),
    ("revenue was 40000 in 2019 and is now 52000, 4 years later. what's the yearly growth "
     "rate?", None),
    ("how long will it take my savings of 2000 to double at 7% a year?",
     "10.24 years (about 11 whole years)"),
    ("how many years until 1000 becomes 1500 at 4% interest",
     "10.34 years (about 11 whole years)"),
    ("I invest 150 every month at 5% annual interest compounded monthly. What will I have "
     "in 20 years?", "61,655.05 (paid in 36,000.00, interest 25,655.05)"),
    ("saving £1,000 a year at 3% interest, how much will I have after 3 years?",
     "£3,090.90 (paid in £3,000.00, interest £90.90)"),
])
def test_growth_by_a_percentage(text: str, shown: str | None) -> None:
    found = reckon(text)
    if shown is None:
        return
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "I got 5% off and 2 years of warranty",
    "the shop is open 7 days a week and 5% of customers pay cash",
])
def test_no_growth_without_its_ask(text: str) -> None:
    found = reckon(text)
    assert found is None or found.name not in ("value after 2 years", "time to grow",
                                               "average yearly rate"), found
