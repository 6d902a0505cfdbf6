"""Money read from each amount's role: a share by use, a part of an amount, an amount with a
percentage already in it, break-even counts, use over an allowance and a tax-free band — in
wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    # a share by use
    ("gas bill came to £240 and I used 150 of the 600 units, how much should I pay?",
     "£60 (£60.00)"),
    ("we got $500 in tips; I worked 12 of the 40 hours. my cut?", "$150 ($150.00)"),
    ("the takeaway was 84 and I owe 1/4 of it - how much is that?", "21 (21.00)"),
    ("I owe three quarters of it: the bill was $60. how much do I owe?", "$45 ($45.00)"),
    ("rent is 1,800 a month, my room is 12 m² and the other one is 18 m². we pay by room size, "
     "what do I pay?", "720 (720.00)"),
    # a part of an amount
    ("what's a 3% commission on $250,000?", "$7,500 ($7,500.00)"),
    ("my agent takes a 15% fee on the £2,000 contract, how much is it?", "£300 (£300.00)"),
    ("I've used 40% of my 2,500 budget. how much remains?", "1,500 (1,500.00)"),
    ("I spend 1,999 a month on rent out of a 3,649 income. as a percentage?", "54.78%"),
    # an amount with a percentage already in it
    ("the meal came to $55 including a 10% service charge — what was it before the service "
     "charge?", "$50 ($50.00)"),
    ("I paid €119 with 19% vat. price without vat?", "€100 (€100.00)"),
    ("90 is 20% less than what number?", "112.5"),
    ("150 is 25% more than which number?", "120"),
    ("total is $216 including 8% sales tax; I tip 20% on the pre-tax amount. tip?", "$40 ($40.00)"),
    # break-even counts
    ("mugs sell for $12 each and cost $4 each to make; the kiln hire is $100. how many mugs to "
     "break even?", "13"),
    ("swimming is £5 a session or £32 for a monthly pass — how many sessions before the pass "
     "is cheaper?", "7 sessions"),
    # use over an allowance, a tax-free band
    ("my phone plan includes 20 GB, then $2.50 per GB. I used 26 GB, what's the extra charge?",
     "$15 ($15.00)"),
    ("zero tax on the first 10,000, then 25% on anything above it. what's the tax on a salary "
     "of 40,000?", "7,500 (7,500.00)"),
])
def test_money_roles(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown), found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("butter is $9.90/kg, what is that per pound?", "$4.49 per lb"),
    ("apples at $2 a pound; per kilo?", "$4.41 per kg"),
    ("a gallon of petrol is $4.20. what's that per litre?", "$1.11 per litre"),
])
def test_price_per_other_unit(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown), found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("a tub of 50 wipes, we use 8 a day - how many days will it last?", "6.25 days"),
    ("the feeder holds 700 g and the birds eat 90 g a day. how many days will it last?",
     "7.78 days (about 7.8 days)"),
])
def test_spans_in_tenths(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown), found.shown()


@pytest.mark.parametrize("text", [
    "I worked 3 of the 5 days last week and it was tiring",
    "we split the 40 bill last night, it was fun",
    "I paid 20 for 3 of them",
])
def test_chat_stays_chat(text: str) -> None:
    assert reckon(text) is None
