"""Compound rates asked the other way round, a month of card interest, loans paid to the cent,
items at a price with coupons and tax in the order given, and counts of two kinds — in
wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.prices import money_expression
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("at what yearly interest rate does money triple in 20 years?", "5.65% a year"),
    ("which annual rate doubles my savings in just 10 years, compounded annually?",
     "7.18% a year"),
    ("the fund made 8%, -3% and 12% over the last three years. what's the compound annual "
     "return?", "5.47% a year"),
    ("day 1 I did 20 pushups and I'm adding 10% each day. how many on day 8?", "38.97"),
    ("I'm cycling 50 km in week 1 and adding 5% a week - how far in week 4?", "57.88 km"),
    ("I owe 1,500 on my card, 24% APR. how much interest next month?", "30.00"),
    ("card balance of $820 at 21% APR - what's a month's interest?", "$14.35"),
    ("saving 150 a month into an account paying 5% a year compounded monthly, how much after "
     "2 years?", "3,777.89 (paid in 3,600.00, interest 177.89)"),
    ("a loan of 5,000 at 6% over 1 year, monthly payments rounded to the nearest cent. how "
     "much interest in total?", "5,163.96 repaid in all, 163.96 of it interest; 430.33 a month"),
    ("Concert: member's seats cost 30 and guests' seats 45. 200 seats were sold, bringing in "
     "7,350. how many of each?",
     "110 member and 90 guests (110 × 30.00 + 90 × 45.00 = 7,350.00)"),
    ("the tips came to $380 and we share them by hours worked - Kim 20 hours, Raj 30 hours. "
     "what is Kim's share?", "Kim: $152.00; Raj: $228.00"),
])
def test_rates_and_money_by_role(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "expression"), [
    ("i own 120 shares of a company trading at $41.50. what are they worth?", "120 * 41.50"),
    ("9.5 hours at 40 an hour plus 10% tax, total?", "(9.5 * 40) * (1 + 10/100)"),
    ("a jacket is 80, 25% off and then 10 off with a voucher. what do i pay?",
     "((80) * (1 - 25/100)) - 10"),
    ("basket is 50, 10 euros off coupon, then 20% vat on the rest. what do i pay?",
     "((50) - 10) * (1 + 20/100)"),
    ("3 days at 45 a day plus a 10 insurance charge per day, total?", "(3 * 45) + 3 * 10"),
])
def test_prices_in_the_order_given(text: str, expression: str) -> None:
    assert money_expression(text) == expression
