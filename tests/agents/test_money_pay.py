"""Pay and spending reckoned from the role of each amount (net pay after several
deductions, dividends over a period, what is left of an income, several costs split, a
raise on a salary named after it, shares shown with their parts) in wordings the rules
were not written from; chat with numbers stays chat."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wordproblems import word_problem
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("salary is 3,000 a month, 20% income tax and 12% national insurance, what's my "
     "take-home?", "2,040.00"),
    ("I earn £2,500, tax is 20%, then 5% pension of what's left, and £30 union dues. net "
     "pay?", "£1,870.00"),
    ("my gross is $4,000; 15% tax and 6% pension come off. what do I keep?", "$3,160.00"),
    ("400 shares, dividend of $0.25 a share paid monthly - how much per year?", "$1,200.00"),
    ("I hold 1,000 shares paying 0.12 per share each quarter; what do I get over 2 years?",
     "960.00"),
    ("my income is 2,800. mortgage 950, car 210 and food 400 - how much remains?",
     "1,240.00"),
    ("we take home 3,900 a month; rent 1,250, childcare 600, bills 310. what is left over?",
     "1,740.00"),
    ("cabin 640, groceries 118.50 and firewood 25 split between 4 of us, what's my share?",
     "195.88 each (of 783.50)"),
    ("petrol £48.20 and parking £12 - 2 of us, how much each?", "£30.10 each (of £60.20)"),
])
def test_pay_kinds(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize(("text", "expression"), [
    ("getting a 4% pay rise on my current 31,500 salary - what will it be now?",
     "31500 * (1 + 4/100)"),
    ("a 2.5% increase on my 1,200 rent, what's the new rent?", "1200 * (1 + 2.5/100)"),
])
def test_raise_named_after_the_rise(text: str, expression: str) -> None:
    found = word_problem(text.lower())
    assert found is not None and found.expression == expression and found.money


def test_ratio_shares_show_their_parts() -> None:
    found = reckon("Split $500 among us in the ratio 5:3:2")
    assert found is not None
    assert found.shown() == "$250.00, $150.00 and $100.00"
    assert "5 × 50 = 250, 3 × 50 = 150, 2 × 50 = 100" in found.basis


@pytest.mark.parametrize("text", [
    "I earn 3,000 and pay 20% tax and 5% pension, it's fine",
    "we were 4 of us at dinner, it cost 80 and 20",
    "I own 300 shares of a company",
])
def test_pay_chat_stays_chat(text: str) -> None:
    assert reckon(text) is None
    assert classify(text).agent == "chat"


@pytest.mark.parametrize(("text", "shown"), [
    ("Monthly income 3,200. Rent 1,100, food 450, utilities 180. How much is left?",
     "1,470.00"),
    ("1,500 shares at 0.35 a share paid twice a year - yearly dividend?", "1,050.00"),
    ("we spent 45.60 on petrol, 22 on snacks and 80 on the hotel. split 3 ways, how much "
     "does each of us owe?", "49.20 each (of 147.60)"),
])
def test_more_pay_wordings(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


def test_a_rise_from_an_amount() -> None:
    found = word_problem("my pay went up 6% from 42,000. what do i earn now?")
    assert found is not None and found.expression == "42000 * (1 + 6/100)"


@pytest.mark.parametrize(("text", "shown"), [
    ("I spent 420 over 14 days on food. how much per day on average?", "30.00 a day"),
    ("we spent 630 in 3 weeks on groceries, what's that per week?", "210.00 a week"),
    ("if I save 200 a month starting with 1,000, how much will I have after 18 months?",
     "4,600.00"),
    ("putting away £25 a week, how much will I have saved after 30 weeks?", "£750.00"),
    ("how long to pay off a 1,200 debt at 150 a month?", "8 months"),
])
def test_saving_and_spending_over_periods(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("My paycheck is 3,400 before deductions. Taxes take 18%, retirement 6% and health "
     "insurance 4%. What do I take home?", "2,448.00"),
    ("after 25% tax and 5% pension, what's left of a 52,000 salary?", "36,400.00"),
    ("after rent of 950 and bills of 240, how much is left from my 2,100 pay?", "910.00"),
])
def test_pay_told_in_another_order(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


def test_one_share_is_no_cost() -> None:
    assert reckon("dinner came to €272.87, split 5 ways. how much each, and what's one share in "
                  "pounds?") is None


@pytest.mark.parametrize(("text", "shown"), [
    ("I sell cupcakes for 2.50 and each costs 0.90 to make. what's my profit on 120 cupcakes?",
     "192.00"),
    ("candles cost me 3.20 each and I sell them at 7.50. profit if I sell 45?", "193.50"),
    ("I bought 10 shirts at 4 each and sold them for 6 each, profit?", "20.00"),
])
def test_profit_on_things_sold(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown
