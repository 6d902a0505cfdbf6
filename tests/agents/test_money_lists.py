"""Everyday reckoning over a few stated amounts (sums, change for several things, saving per
month, shares, price per standard quantity, the mark needed, the amount before a change, a
total at a steady rate, dates, steps, a bare tip) in wordings the rules were not written
from; chat with numbers stays chat."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wordproblems import word_problem
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    # listed numbers added up
    ("please add these up: 4.50, 12.25 and 3.10", "19.85"),
    ("total these for me - 10, 20, 30, 45", "105"),
    ("what do these add up to? £3.99, £12.50, £7", "£23.49"),
    ("sum these: 1,200.50 and 99.50", "1,300.00"),
    # change for several things
    ("I handed over a 20 note for items at 3.75, 6.10 and 2.05 - how much change?", "8.10"),
    ("paid with a $100 bill for 45.99 and 32.50, what do I get back", "$21.51"),
    # saving per period
    ("I want to save 1,800 for a car over 9 months, how much per month?", "200.00 a month"),
    ("wedding costs £12,000 in 2 years - what should I put aside each month?",
     "£500.00 a month"),
    ("need 600 in 10 weeks, how much do I save a week?", "60.00 a week"),
    # shares
    ("I purchased 50 shares at 12.40 and sold them for 15.10 - what's my gain?", "135.00"),
    ("bought 10 shares @ $100, sold at $80 - how much did I lose?", "$200.00"),
    ("100 shares at 20 and then 300 more at 24 - what is my average cost?",
     "23.00 a share (400 shares)"),
    # price per standard quantity
    ("what's the price per 100 g if a 250 g tub is 3.40?", "1.36 per 100 g"),
    ("1.5 litre bottle for €2.70, how much per litre?", "€1.80 per litre"),
    ("a 2 kg bag costs 5.30, price per kg?", "2.65 per kg"),
    # the mark needed
    ("scores so far: 70, 80, 90. what must I get on the next one for an average of 85?", "100"),
    ("my marks are 55 and 65, what do I need to score in the third to average 70?", "90"),
    # the amount before a change
    ("my rent went up by 5% to 1,050 - what was it before?", "1,000"),
    ("prices rose 25% and it's now $50, what did it cost originally?", "$40.00"),
    ("after a 10% pay cut I earn 45,000. what did I earn before?", "50,000"),
    # a total at a steady rate
    ("the course has 45 lessons; doing 4 lessons a week, how many weeks will it take?",
     "12 weeks (11.25 weeks ≈ 11.3 weeks at 4 lessons a week)"),
    ("600 pages, 50 pages a night - how many nights?", "12 nights"),
    # dates
    ("today is 1 March 2026 - how many days until 15 April?", "45 days"),
    ("how many days from December 20, 2026 to January 5?", "16 days"),
    ("how many weeks between 2 jan 2027 and 30 jan 2027?", "4 weeks (28 days)"),
    # steps
    ("start from 200, add 10%, then subtract 20, then halve it. each step please?",
     "after adding 10%: 220; after taking off 20: 200; halved: 100"),
    ("begin with 80, double it, then take off 25% - what do you get after each?",
     "doubled: 160; after taking off 25%: 120"),
])
def test_reckoned(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown
    assert classify(text).agent == "health"


@pytest.mark.parametrize("text", [
    "I added these up: 5 apples and 3 pears",
    "I got 3 shares of the pizza",
    "we went from 10 March 2026 to 20 March 2026 on holiday",
    "start with 2 eggs and add 100 g flour",
    "my salary went up 5% this year",
    "I read 20 pages a day",
])
def test_chat_stays(text: str) -> None:
    assert reckon(text) is None


@pytest.mark.parametrize(("text", "expression"), [
    ("a 15% tip on $40", "40 * 15/100"),
    ("2 asks - 3% fee on 2,400", "2400 * 3/100"),
    ("the 20% vat of £95.50?", "95.50 * 20/100"),
])
def test_bare_part(text: str, expression: str) -> None:
    found = word_problem(text.lower())
    assert found is not None and found.expression == expression and found.money
