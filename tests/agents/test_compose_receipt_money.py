"""Everyday money and dates asked of a receipt or an order page, in wordings of each kind,
answered from the image's facts."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

pytestmark = pytest.mark.asyncio(loop_scope="module")

SHOP = "HILL STORES\n2026-05-02\nSoap $ 4.50\nRice $ 12.00\nJuice $ 3.25\nTOTAL $ 19.75\nTHANKS"
PAGE = "xx\nYour purchases\nOrder #55120\nDate: 2026-02-20\nStatus: delivered"
SIGN = "KEEP LEFT\nNO ENTRY"


@pytest.mark.parametrize(("question", "figure"), [
    ("what was the mean price of the things I bought?", "6.58"),
    ("roughly what does one item cost, on average?", "6.58"),
    ("I set aside €40 for groceries. how much do I still have?", "20.25"),
    ("this came out of my $25 weekly allowance, what's left over?", "5.25"),
    ("I handed the cashier a twenty and a five - what change?", "5.25"),
    ("gave them 3 tenners, how much should I get back?", "10.25"),
    ("paying with a $50 bill, how much change comes back?", "30.25"),
    ("my sister got exactly the same things. what did we spend between us?", "39.50"),
    ("I buy this same basket every day. cost over 2 weeks?", "276.50"),
    ("same shop twice a week - what's that over 4 weeks?", "158.00"),
    ("I get the same stuff every working day, how much for 3 weeks?", "296.25"),
    ("they asked to round it up to the nearest $5 for a charity. how much extra is that?",
     "0.25"),
    ("round the bill up to the next whole dollar - what would I pay?", "20.00"),
    ("you get 2 stars per $1 spent. how many stars for this?", "38 stars"),
    ("10 points for every whole euro - points earned?", "190 points"),
    ("the rice was mine, my flatmate owes for all the other items. what does she owe?",
     "7.75"),
    ("total of everything that cost less than $5?", "7.75"),
    ("which line was dearest, and what did the rest come to?", "7.75"),
    ("the cheapest thing aside, what did everything else add up to?", "16.50"),
    ("sum of the items over 4 dollars", "16.50"),
    ("what's the bottom item on the list, just before the total?", "Juice"),
    ("what was the first thing listed?", "Soap"),
    ("how many items cost more than $4?", "2 items"),
    ("if I had bought the soap three times, what would the bill have come to?", "28.75"),
])
async def test_money_asked_of_a_receipt(question: str, figure: str) -> None:
    assert figure in answer_from_text(question, SHOP).text


@pytest.mark.parametrize(("question", "figure"), [
    ("put the date in dd.mm.yyyy for me", "20.02.2026"),
    ("the form wants the order date American style", "02/20/2026"),
    ("UK format date please", "20/02/2026"),
    ("what's the order date in yyyy/mm/dd?", "2026/02/20"),
    ("what month was that in?", "February"),
    ("which financial quarter was the purchase in?", "Q1"),
    ("the guarantee lasts 2 years from the order date. when does it end?", "2028-02-20"),
    ("how many days from the order date to halloween?", "253 days"),
    ("how many days until 1st of March 2026 from when I ordered?", "9 days"),
    ("today's date is March 30, 2026 - how many weeks since I ordered?", "5 full weeks"),
    ("it's 2 April 2026 now; how many days ago was the order?", "41 days"),
])
async def test_dates_asked_of_an_order_page(question: str, figure: str) -> None:
    assert figure in answer_from_text(question, PAGE).text


async def test_words_on_a_sign_counted() -> None:
    assert "**4 words**" in answer_from_text("count the words on here", SIGN).text
    assert "**1 word**" in answer_from_text("how many words does it say?", "EXIT").text


@pytest.mark.parametrize("question", [
    "what's the total?",
    "how much was the rice?",
])
async def test_plain_readings_stay_plain(question: str) -> None:
    text = answer_from_text(question, SHOP).text
    assert "change" not in text and "points" not in text and "average" not in text.lower()


@pytest.mark.parametrize("text", [
    "I had a $60 budget for the market. this is what I spent, how much of it remains?",
    "same lunch every school day - what's that over 3 weeks?",
    "I'm returning the rice. what did I end up spending?",
    "how many days passed between the order date and 1 May 2026?",
])
async def test_the_whole_message_read_once(text: str) -> None:
    from core.agents.planner import Planner, Request

    plan = await Planner().plan(Request(text, images=1))
    assert [(s.agent, s.request) for s in plan.subtasks] == [("vision", text)]


async def test_a_garbled_line_read_so_the_lines_add_up() -> None:
    text = "DELI\n2026-03-14\nOlives $ 714.20\nBread $ 3.10\nTOTAL $ 17.30\nTHANKS"
    assert "**14.20 USD**" in answer_from_text("what did the olives come to?", text).text
    listed = answer_from_text("read out all the items and their prices", text).text
    assert "**Olives** (14.20)" in listed and "**Bread** (3.10)" in listed
