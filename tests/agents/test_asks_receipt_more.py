"""More money and dates asked of a receipt's figures, in wordings of each kind."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

SHOP = ("CORNER STORE\n2026-04-09\nEggs $ 4.50\nJuice $ 3.20\nRice $ 12.30\n"
        "TOTAL $ 20.00\nTHANK YOU")
PAGE = "Account\nOrder #3321\nDate: 2026-01-31\nStatus: delivered"


@pytest.mark.parametrize(("question", "shown"), [
    # its share of an amount stated
    ("how much of my $80 weekly budget is this, as a percentage?", "25.00%"),
    ("what percent of my 50 dollar allowance did this eat?", "40.00%"),
    # what is left of money stated
    ("she paid with her $25 pocket money, how much is left?", "5.00"),
    ("I had 30 dollars on me; what remains after this?", "10.00"),
    # how many times it fits
    ("how many times could we afford this shop on $130?", "6 times"),
    # repeated over a period
    ("if I bought this every day for two weeks, what would it cost?", "280.00"),
    ("three times a week for 4 weeks, how much is that?", "240.00"),
    ("I get this daily. what's that over ten days?", "200.00"),
    # a rise or a cut
    ("prices are rising by 10% - what will this cost then?", "22.00"),
    ("with my 20 percent student discount how much would I pay?", "16.00"),
    ("a 5% loyalty discount applies; what's the bill now?", "19.00"),
    # a few named items, with a tax or a tip, split
    ("I only had the eggs and the juice. what do I owe?", "7.70"),
    ("the rice with 10% sales tax on top?", "13.53"),
    ("What did the rice cost including 10% tax?", "13.53"),
    ("juice and eggs for my sister plus a 10% tip, what does she owe?", "8.47"),
    ("four of us, split evenly - one share?", "5.00"),
    ("half of everything except the rice, which was mine", "3.85"),
    # one item against another
    ("how many times more expensive was the rice than the juice?", "3.84 times"),
    # ranks and the median
    ("the second priciest item?", "Eggs"),
    ("which was the 2nd cheapest?", "Eggs"),
    ("what is the median item price?", "4.50"),
    # put back one, round up
    ("if I'd put the most expensive thing back, what would I have paid?", "7.70"),
    ("add 12% tip and round the lot up to the next dollar", "23.00"),
])
def test_receipt_kinds(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SHOP).text


def test_share_ignores_a_tax_inside_the_total() -> None:
    text = answer_from_text("this includes 25% VAT - what is the VAT?", SHOP).text
    assert "25.00 USD" not in text


@pytest.mark.parametrize(("question", "shown"), [
    ("our payroll uses week numbers. what week is this order in?", "week 5"),
    ("calendar week of this purchase?", "W05"),
    ("this renews every month; when is the next payment due?", "2026-02-28"),
    ("I order weekly. when's the next one?", "2026-02-07"),
    ("weekday or weekend order?", "Saturday"),
    ("was this bought during the working week or on a Saturday or Sunday?", "weekend"),
])
def test_dates_of_an_order(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, PAGE).text


@pytest.mark.parametrize(("question", "shown"), [
    ("the euro is worth $1.25 today - what's this in euros?", "16.00 EUR"),
    ("using 1.5 CAD per USD, what is this in Canadian dollars?", "30.00 CAD"),
])
def test_stated_rates(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SHOP).text


def test_shop_name_and_total() -> None:
    text = answer_from_text("for the expenses sheet: store name and the total?", SHOP).text
    assert "CORNER STORE" in text and "20.00" in text


def test_none_under_a_price_counts_zero() -> None:
    assert "**0 items**" in answer_from_text("how many things were under two dollars?", SHOP).text


def test_the_tip_alone_is_not_the_total_with_it() -> None:
    text = answer_from_text("great service, tipping 10%. how much is the tip itself?", SHOP).text
    assert "2.00" in text and "22.00" not in text
