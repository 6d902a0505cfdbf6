"""The figure a question takes from a receipt (the total, one item, the dearest or cheapest,
a few of them, everything but one) and the money it works on it, in wordings of each kind;
such a message is read once with the image."""

from __future__ import annotations

import pytest

from core.agents.planner import Planner, Request
from core.agents.vision import answer_from_text

pytestmark = pytest.mark.asyncio(loop_scope="module")

SHOP = "HILL STORES\n2026-05-02\nSoap $ 4.50\nRice $ 12.00\nJuice $ 3.25\nTOTAL $ 19.75\nTHANKS"


@pytest.mark.parametrize(("question", "figure"), [
    # a percentage of the figure alone
    ("this card pays 3% cashback - what will I earn back?", "0.59"),
    ("with 5 percent cash back on my card how much comes back to me", "0.99"),
    ("if GST is 10%, how much would the GST on this come to?", "1.98"),
    ("what would a 12% deposit on this be?", "2.37"),
    # a flat amount off or on top
    ("got a $4 voucher, what's left to pay after using it?", "15.75"),
    ("there's a coupon worth $2.50. what do I pay with it?", "17.25"),
    ("add $3 for shipping - what's the new total?", "22.75"),
    ("delivery fee is $4.25 on top. all in?", "24.00"),
    # money set aside
    ("we put aside $30 for the shop, how much remains?", "10.25"),
    ("I took out 25 dollars for this, how much do I still have?", "5.25"),
    # a percentage off or on top of an item or the total
    ("the rice should have been 20% off. what ought it to have cost?", "9.60"),
    ("prices here are before the 10% sales tax - total once it's added?", "21.73"),
    ("the total includes VAT at 25%. what's it without the VAT?", "15.80"),
    # a split after a tip
    ("adding a 20% tip and going halves with my friend, what do I pay?", "11.85"),
    # what a payment left as a tip
    ("I handed over $22 and said keep the change as a tip. what percent tip was that?",
     "11.39%"),
    # the dearest, the cheapest, a few of them, everything but one
    ("what share of the bill was the priciest thing? as a %", "60.76%"),
    ("percentage of the total for the cheapest item?", "16.46%"),
    ("add up the 2 cheapest things", "7.75"),
    ("the two most expensive items together?", "16.50"),
    ("ignoring the dearest item, what's the mean price of the rest?", "3.88"),
    ("if I'd not bought the cheapest thing, what would this have come to?", "16.50"),
    ("what's the lowest price on here?", "3.25"),
    ("I'm paying half of the rice, how much is my half?", "6.00"),
    # a limit overspent, the shop repeated, spread over days
    ("I meant to spend no more than $15 here. how much over am I?", "4.75"),
    ("what if I'd got 3 of each item?", "59.25"),
    ("I shop like this twice a week, what's that per week?", "39.50"),
    ("this food needs to last us 5 days. what's that per day?", "3.95"),
])
async def test_a_figure_worked_from_the_receipt(question: str, figure: str) -> None:
    assert figure in answer_from_text(question, SHOP).text


@pytest.mark.parametrize("question", [
    "My card gives 1% cash back. How much do I get back on this?",
    "got a $5 coupon for this shop, what do I pay now?",
    "there's a $5 coupon for this bill; what do I still have to pay?",
    "they add $6 for delivery on top of this. what's the total?",
    "this total includes 20% VAT. what was the net amount?",
    "these prices don't include the 7% tax. what's the final amount with it?",
    "add a 15% tip to this bill. what do I pay in total?",
])
async def test_read_once_with_the_whole_message(question: str) -> None:
    plan = await Planner().plan(Request(question, images=1))
    assert plan.agents == ("vision",)
    assert plan.subtasks[0].request == question


async def test_a_tax_inside_the_total_is_not_taken_as_a_share_of_it() -> None:
    text = answer_from_text("this includes 25% VAT - what is the VAT?", SHOP).text
    assert "3.95" in text and "4.94" not in text


PAGE = "xx\nYour purchases\nOrder #55120\nDate: 2026-02-20\nStatus: out for delivery"
SIGN = "NO PARKING\nFIRE LANE"


@pytest.mark.parametrize(("question", "shown"), [
    ("what month and year did I buy this?", "February 2026"),
    ("year and month of the purchase?", "February 2026"),
    ("the first payment is due the month after the order. which month?", "March"),
    ("and the previous month?", "January"),
    ("which day of the year was this placed (1-365)?", "day **51**"),
    ("how many days into the year was that?", "**51**"),
    ("was it a weekday or a weekend? which day was it?", "Friday"),
    ("how far along is my order?", "out for delivery"),
])
async def test_facets_of_the_date_and_the_order(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, PAGE).text


@pytest.mark.parametrize(("question", "shown"), [
    ("what's the opening word on it?", "**NO**"),
    ("last word of the sign?", "**LANE**"),
    ("count the lines on this sign", "**2 lines**"),
])
async def test_facets_of_a_sign(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SIGN).text


async def test_a_receipts_lines_are_its_items() -> None:
    assert "lines** of text" not in answer_from_text("how many lines are on this?", SHOP).text


@pytest.mark.parametrize("question", [
    "dearest item on here and how much was everything?",
    "cheapest thing I got here and the total",
])
async def test_parts_that_all_read_the_image_are_read_together(question: str) -> None:
    plan = await Planner().plan(Request(question, images=1))
    assert plan.agents == ("vision",) and plan.subtasks[0].request == question
    answer = answer_from_text(question, SHOP).text
    assert "19.75" in answer and ("Rice" in answer or "Juice" in answer)


async def test_a_converted_figure_is_carried_exactly() -> None:
    found = answer_from_text("add a 15% tip to this", SHOP)
    assert "**22.71" in found.text and found.amount == pytest.approx(22.7125)


@pytest.mark.parametrize(("question", "shown"), [
    ("who's this receipt from, and what was the damage?", "HILL STORES"),
    ("I allowed myself $25 for this shop. how much is left?", "5.25"),
])
async def test_who_it_is_from_and_an_allowance(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SHOP).text


async def test_what_was_bought_and_how_many() -> None:
    listed = answer_from_text("read out what we bought here, and the total", SHOP).text
    assert "**Rice** (12.00)" in listed and "19.75" in listed
    counted = answer_from_text("three of everything - the cost? and how many things are on it?",
                               SHOP).text
    assert "59.25" in counted and "There are **3 items**" in counted
