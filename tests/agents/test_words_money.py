"""Money and percentage word problems are read by the roles of their amounts, in wordings
the rules were not written from; each answer is checked by value."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.agents.intents import classify
from core.agents.mathtext import find_math
from core.tools.mathparse import build, normalise


def _value(text: str) -> tuple[Decimal, bool]:
    call = find_math(text)
    assert call is not None, text
    number = build(normalise(call.expression)).evalf(30)
    return round(Decimal(str(number)), 4), call.money


@pytest.mark.parametrize(("text", "expected", "money"), [
    # a total with a tip or tax added, the sentence ending after the amount
    ("the meal came to 64.00. we want to leave 15% as a tip on top - what's the total?",
     "73.6", True),
    # the price before tax from one that includes it
    ("paid 118 including 18% GST, what was it without the tax?", "100", True),
    ("£240 inc. 20% vat - what's the price ex vat?", "200", True),
    ("the price with tax is $53.50 and sales tax is 7%. what was the pre-tax price?", "50",
     True),
    ("a 120 total including 20% VAT, how much of it is VAT?", "20", True),
    ("net pay is 2,400 after 20% tax, what was the gross?", "3000", True),
    ("how much is 99 without 10% GST?", "90", True),
    ("how much do I earn for 45 hours at 16 an hour with time and a half after 40?", "760",
     True),
    ("overtime pay: base 22/hr, 6 hours at double time. how much is the overtime?", "264",
     True),
    ("my invoice says 1,440 including VAT at 20%. what's the VAT-exclusive amount?", "1200",
     True),
    # growth or decline at a steady rate
    ("a car worth 20,000 depreciates 15% per year, what's its value after 3 years?",
     "12282.5", True),
    ("a colony of 500 grows 10% each day. how many after 4 days?", "732.05", False),
    ("I earn 15 dollars an hour, how much for 8 hours?", "120", True),
    # a share of an amount named by what it is for
    ("our budget is 12,000 and 15% goes to marketing - how much is marketing?", "1800", True),
    ("of my 500 savings, 20% is for holidays. how much for holidays?", "100", True),
    # the profit itself
    ("I paid 120 for the bike and sold it for 95, how much did I lose?", "25", True),
    # overtime at a multiple of the hourly rate
    ("I earn $18.50 an hour and worked 46 hours this week; anything over 40 hours is paid "
     "at time and a half. what's my pay?", "906.5", True),
    ("rate is 20 per hour, 38 regular hours plus 5 hours of overtime at double time, what "
     "do I earn?", "960", True),
    ("the hourly rate is 14, overtime is paid at 1.5x; I worked 40 regular and 8 overtime "
     "hours, how much do I get?", "728", True),
    ("£15/h and I worked 50 h; hours above 40 h are paid at 2×. gross pay?", "900", True),
    ("$19.20 an hour, I worked 44 hours; beyond 38 hours is paid at 1.5x. what's my pay?",
     "902.4", True),
    ("time-and-a-half over 37.5 hours; I worked 45 hours at £12 per hour. what's my gross "
     "pay?", "585", True),
    # a tip or service named before its rate; a bill shared
    ("restaurant check came to €52, service 12.5% not included - what do we pay in total?",
     "58.5", True),
    ("the bill for 4 of us is 180 with 10% service added, how much each?", "49.5", True),
    # the fuel cost of a trip from its consumption
    ("driving 300 miles in a car that does 30 mpg, gas is $3.50 a gallon, how much will "
     "gas cost?", "35", True),
    ("600 km trip, my car does 15 km per litre, petrol costs 1.80 per litre, what will it "
     "cost?", "72", True),
    ("how much fuel money for 250 km if the car needs 6 litres per 100 km and diesel is "
     "2.10 per litre?", "31.5", True),
])
def test_money_kinds(text: str, expected: str, money: bool) -> None:
    value, is_money = _value(text)
    assert value == Decimal(expected)
    assert is_money is money
    assert classify(text).agent == "math"


def test_compound_interest_asked_as_interest_only() -> None:
    value, _ = _value("what interest does 1000 earn at 10% compounded yearly after 2 years?")
    assert value == Decimal("210")


@pytest.mark.parametrize("text", [
    "I bought a bike for 300 and sold it for 350 last summer",
    "our town had 5,000 people in 1990 and 7,000 now, it's grown a lot",
    "I worked 46 hours this week with 6 hours overtime, exhausting",
    "the car does 40 mpg and gas is 3.20 a gallon, nice",
    "the town grows 2% a year, it's lovely",
    "I spent 20% on food yesterday",
])
def test_statements_stay_chat(text: str) -> None:
    assert find_math(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("I get $20/hour, double time after 40 hours. I worked 46. How much did I make?", "1040"),
    ("i earn 18 an hour, time and a half after 40 hours, and worked 45 this week. what is my "
     "pay?", "855"),
])
def test_overtime_with_the_hours_worked_said_bare(text: str, expected: str) -> None:
    value, is_money = _value(text)
    assert value == Decimal(expected) and is_money
