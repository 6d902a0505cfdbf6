"""A tariff's fixed charge and price per unit at the count asked; the lines a question picks
from a list, counted and summed; a dropped monthly line over a year; an allowance left per
day; a clearance under a limit; a named time read off."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text, answer_image

PAYMENTS = ("Card activity\nOct 2  Tesco  -£12.40\nOct 3  Shell  -£55.00\nOct 5  Tesco  -£8.35\n"
            "Oct 9  Argos  -£61.20\nOct 9  Tesco  -£20.00")

CASES = [
    ("CAB PRICES\nFLAG FALL $2.50\nPER KM $1.20", "what's a 12 km trip going to cost?",
     "**16.90 USD**"),
    ("CONCERT\n£22.00 EACH\nSERVICE FEE £1.50 PER TICKET", "4 tickets plus fees?", "**94.00 GBP**"),
    (PAYMENTS, "how many times did I pay Tesco, and how much in total?", "**40.75 GBP**"),
    (PAYMENTS, "how many times did I pay Tesco, and how much in total?", "**3**"),
    (PAYMENTS, "how many payments over £50 and what's their sum?", "**116.20 GBP**"),
    ("Subscriptions\nMusic $10.99\nCloud $2.99\nNews $7.50", "how much would I save per year "
     "if I cancelled news?", "**90.00 USD**"),
    ("Mobile\nData used 4 GB of 12 GB\nRenews in 10 days", "how much data per day do I have "
     "left until it renews?", "**0.8 GB**"),
    ("LOW BRIDGE\n3.2 M", "my lorry is 2.9 m high - how much clearance do I have?", "**0.3 m**"),
    ("Coach ticket\nDeparts 06:40\nArrives 11:05\nSeat 12", "what time does it leave?",
     "**06:40**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), CASES)
async def test_lists_and_tariffs(text: str, question: str, shown: str) -> None:
    assert shown in (await answer_image(question, text)).text


def test_a_price_list_without_a_per_unit_price_is_not_a_tariff() -> None:
    text = "CAFE\nTEA £2.00\nCAKE £3.50"
    assert "**11.00" not in answer_from_text("how much for 3 teas?", text).text


def test_a_name_on_every_line_picks_nothing() -> None:
    text = "Log\nMon  Bus  -$2.00\nTue  Bus  -$2.00\nWed  Bus  -$2.00"
    assert "of the 3 lines" not in answer_from_text("how many bus payments?", text).text
