"""The image's one price or limit worked with the figure the question gives, and a price
for a block of units ("per 100 g", "per 15 min") applied to the amount asked."""

from __future__ import annotations

from core.agents.vision import answer_from_text
from core.agents.vision_asked import with_asked


def test_what_is_still_needed_to_reach_a_threshold() -> None:
    sign = "FREE SHIPPING\nOVER £50"
    reply = answer_from_text("My cart is £41.50, how much more for free shipping?", sign).text
    assert "**8.50 GBP**" in reply


def test_a_fee_for_the_people_counted() -> None:
    sign = "ENTRY\n€4.50"
    assert "**13.50 EUR**" in answer_from_text("three of us are going, what's the total?",
                                               sign).text


def test_the_goes_a_group_needs_and_the_last_one() -> None:
    reply = with_asked("we are 10 people, how many cable car rides, and how many in the last?",
                       "CABLE CAR\nMAX 4 PERSONS")
    assert reply[0][0].startswith("It takes **3 trips**")
    assert "**2**" in reply[1][0]


def test_a_payment_times_the_payments_left() -> None:
    screen = "Phone plan\nInstalment $120.00\nInstalments left: 7"
    assert "**840.00 USD**" in answer_from_text("how much is left to pay in total?", screen).text


def test_nothing_when_two_prices_are_shown() -> None:
    assert with_asked("two of us, total?", "ADULT £5.00\nCHILD £3.00") == []


def test_a_price_per_block_of_units() -> None:
    assert "**6.30 EUR**" in answer_from_text("how much are 450g?", "FUDGE\n€1.40 PER 100G").text
    reply = answer_from_text("one wash and a 45 minute dry, total?",
                             "WASH $3.00\nDRY $0.50 PER 15 MIN").text
    assert "**4.50 USD**" in reply
