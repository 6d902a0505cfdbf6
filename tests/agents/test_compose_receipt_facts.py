"""A receipt or an order page read once into facts; the sums, dates and details asked of it
answered from them, in wordings of each kind; the plan reads the image once for them."""

from __future__ import annotations

import pytest

from core.agents.asks_receipt_facts import item_name
from core.agents.compose_receipt import asked_of_receipt
from core.agents.planner import Planner, Request
from core.agents.vision import answer_from_text, priced_items

pytestmark = pytest.mark.asyncio(loop_scope="module")

SHOP = "HILL STORES\n2026-05-02\nSoap $ 4.50\nRice $ 12.00\nJuice $ 3.50\nTOTAL $ 20.00\nTHANKS"
PAGE = "xx\nYour purchases\nOrder #55120\nDate: 2026-02-20\nStatus: delivered"


@pytest.mark.parametrize(("question", "figure"), [
    ("prices here are inclusive of 25% VAT - what's the VAT amount?", "4.00"),
    ("this has 25% vat included. how much went on tax?", "4.00"),
    ("the total contains 25% VAT; what was it excluding VAT?", "16.00"),
    ("incl. 25% sales tax, so what's the pre-tax price?", "16.00"),
    ("what's a 10% tip on this?", "2.00"),
    ("thinking of tipping 15 percent, how much would the tip be?", "3.00"),
    ("a quarter of this please", "5.00"),
    ("what's double this?", "40.00"),
    ("what share of the bill was the rice?", "60.00%"),
    ("juice as a percentage of the total?", "17.50%"),
    ("soap and juice together?", "8.00"),
    ("how much did the rice + soap come to", "16.50"),
    ("taking the soap back for a refund, what's my spend now?", "15.50"),
    ("what if I'd bought 4 of the juice?", "14.00"),
    ("gap between the dearest and the cheapest item?", "8.50"),
    ("what did I get? list them", "**Rice**"),
])
async def test_sums_asked_of_a_receipt(question: str, figure: str) -> None:
    assert figure in answer_from_text(question, SHOP).text


async def test_the_total_rounded_and_with_the_tip() -> None:
    text = SHOP.replace("20.00", "20.60").replace("12.00", "12.60")
    assert "**21**" in answer_from_text("about how much in whole dollars?", text).text
    both = answer_from_text("tip 20% - how much is the tip, and what do I pay overall?", SHOP)
    assert "4.00" in both.text and "24.00" in both.text


@pytest.mark.parametrize(("question", "figure"), [
    ("which weekday did I order on?", "Friday"),
    ("free returns for 14 days after ordering. last day to return?", "2026-03-06"),
    ("shipping takes a fortnight from the order date - when will it get here?", "2026-03-06"),
    ("the warranty runs 2 months from the order date; until when?", "2026-04-20"),
    ("how many days after new year's day is the order date?", "50 days"),
    ("what's the order ref and its status?", "55120"),
    ("status of the order?", "delivered"),
    ("what's the title at the top of the page?", "Your purchases"),
])
async def test_dates_and_details_of_an_order_page(question: str, figure: str) -> None:
    assert figure in answer_from_text(question, PAGE).text


async def test_item_names_and_garbled_totals() -> None:
    assert item_name("Bage}") == "Bagel"
    assert item_name("Co0kies") == "Cookies"
    text = ("SHOP\nBagel $ 612.91\nBread $ 16.27\nApples $ 7.92\nPasta $ 24.89\n"
            "TOTAL $ 8 6©661.99\n")
    assert next(v for _, v, _ in priced_items(text)) == 12.91


@pytest.mark.parametrize("text", [
    "what's 5% of 80?",
    "how are you today?",
    "what's the total on this receipt?",
])
async def test_not_asked_of_a_receipt(text: str) -> None:
    assert not asked_of_receipt(text)


@pytest.mark.parametrize("text", [
    "returns are accepted for 30 days from the order date. what is the final day?",
    "everything on this order page please: order number, date, status",
    "this price includes 10% GST. what was it before GST?",
    "Rice + Soap on here, what's that?",
])
async def test_the_image_is_read_once_for_the_whole_message(text: str) -> None:
    plan = await Planner().plan(Request(text, images=1))
    assert [(s.agent, s.request) for s in plan.subtasks] == [("vision", text)]


async def test_a_conversion_of_the_figure_asked_stays() -> None:
    text = "we're splitting this in half. how much does each of us pay in euros?"
    plan = await Planner().plan(Request(text, images=1))
    assert plan.agents[0] == "vision" and "units" in plan.agents


async def test_tax_added_on_top_is_still_worked_on_the_total() -> None:
    text = "what's this receipt with 20% VAT on top?"
    assert (await Planner().plan(Request(text, images=1))).agents == ("vision",)
    assert "**24.00" in answer_from_text(text, SHOP).text


@pytest.mark.parametrize(("question", "figure"), [
    ("what's 10% of this?", "2.00"),
    ("what portion of the total went on rice, in percent?", "60.00%"),
    ("if I bought 2 more juices what would I pay?", "27.00"),
    ("how much tax is in this if VAT is 25% included?", "4.00"),
    ("how much cheaper was the juice than the rice?", "8.50"),
])
async def test_more_sums_asked_of_a_receipt(question: str, figure: str) -> None:
    assert figure in answer_from_text(question, SHOP).text


@pytest.mark.parametrize(("question", "figure"), [
    ("it takes 5 working days to arrive - when will it come?", "2026-02-27"),
    ("how many days ago was this ordered if today is 2026-03-01?", "9 days"),
])
async def test_more_dates_of_an_order_page(question: str, figure: str) -> None:
    assert figure in answer_from_text(question, PAGE).text
