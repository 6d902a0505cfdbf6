"""Everyday money sums: what is left of a budget, how many a budget buys, the better value
of two packs and one amount as a share of another, in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("I had 50, spent 12.40 and 8.75, how much is left?", "28.85"),
    ("my budget is 200; I spent 45.50 on food and 60 on a jacket. what's left?", "94.50"),
    ("started with £80, bought a book for £12.99 and lunch for £8.50 - how much do I have "
     "left?", "£58.51"),
    ("how many 0.85 stamps can I buy with 20?", "23 (0.45 left over)"),
    ("I have 20 dollars, tickets are 3.50 each, how many can I buy?", "5 ($2.50 left over)"),
    ("with 100, how many 12.99 games can I afford?", "7"),
    ("which is better value, 500 g for 2.40 or 750 g for 3.30?", "750 g for 3.30"),
    ("is 1.5 l at 2.10 better value than 2 l at 2.60?", "2 l for 2.60"),
    ("6 eggs for 1.80 or 12 eggs for 3.30, which is cheaper?", "12 eggs for 3.30"),
    ("I earn 2,800 a month and pay 950 rent, what percentage of my income is rent?", "33.93%"),
    ("my salary is 3,500 and I spend 700 on food. what percent of my salary is food?", "20%"),
])
def test_everyday_money(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown)


@pytest.mark.parametrize("text", [
    "I had 50 and spent 12 of it on lunch",
    "I have 56 pills left and take 2 a day",
    "500 g for 2.40 is a good deal",
    "I paid with a 20 dollar note for something that cost 18.59, how much change?",
])
def test_no_everyday_money(text: str) -> None:
    assert reckon(text) is None


@pytest.mark.parametrize(("text", "shown"), [
    # an amount over several periods at once
    ("My rent is $1,450 a month. What's that per year and per week?",
     "$17,400.00 a year and $334.62 a week"),
    ("I spend 4.50 a day on coffee - how much is that a week, a month and a year?",
     "31.50 a week, 136.88 a month and 1,642.50 a year"),
    ("my car insurance is 960 a year, what is it monthly and weekly?",
     "80.00 a month and 18.46 a week"),
    ("I earn 3000 a month, how much a week?", "692.31 a week"),
])
def test_money_over_other_periods(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown


@pytest.mark.parametrize("text", [
    "I take 2 a day, how many in a month and a year?",
    "netflix is 15.49 a month, how much a year?",  # one period: the plain money rate
])
def test_not_money_over_periods(text: str) -> None:
    assert reckon(text) is None


@pytest.mark.parametrize("text", [
    "I earn 40k a year and work 40 hours a week, is that normal?",
    "we split the 300 bill 2:1 last week, was that fair?",
])
def test_money_chat_stays_chat(text: str) -> None:
    from core.agents.mathtext import find_math

    assert reckon(text) is None and find_math(text) is None
