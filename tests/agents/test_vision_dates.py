"""Dates in a screenshot or on a sign worked against the question: days from the "today" the
question states, a booking's nights and cost, an age from a date of birth, a date's month or
weekday. A yearless "today" takes the image's year; a yearless date still to come that falls
before today is next year's."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text


@pytest.mark.parametrize(("text", "question", "expected"), [
    ("Bookings\nDentist\nSep 3, 2026 10:15", "It is August 20 today, how many days till the "
     "dentist?", "**14 days**"),
    ("Bill\nAccount 4471\nTotal: $88.10\nPay by: Jan 9, 2027", "today's date is Dec 28, "
     "2026. how many days left to pay?", "**12 days**"),
    ("BIG REOPENING\nMARCH 3", "It's 20 February today. How many days until it reopens?",
     "**11 days**"),
    ("WINTER SALE\nENDS 5 JAN", "today is 28 december, how many days are left of the sale?",
     "**8 days**"),
])
def test_days_from_the_stated_today_to_a_shown_date(text: str, question: str,
                                                      expected: str) -> None:
    assert expected in answer_from_text(question, text).text


def test_a_date_of_birth_gives_an_age() -> None:
    text = "Member card\nName: A. Lee\nBorn: Nov 30, 1975"
    reply = answer_from_text("Today is Nov 29, 2025 - how old is she?", text).text
    assert "**49 years**" in reply


def test_a_booking_gives_its_nights_and_its_cost() -> None:
    text = "Trip\nCheck-in: Feb 25, 2028\nCheck-out: Mar 2, 2028\nRate: €84 per night"
    assert "**6 nights**" in answer_from_text("how many nights are we staying?", text).text
    assert "**504.00 EUR**" in answer_from_text("what does the whole stay cost?", text).text


def test_a_labelled_date_gives_its_month_or_weekday() -> None:
    text = "Shipment\nShipped: Aug 30, 2026\nArriving: Thu Sep 3, 2026"
    assert "**September**" in answer_from_text("which month will it arrive?", text).text
    assert "Thursday, 3 September 2026" in answer_from_text(
        "what day is it arriving?", text).text


def test_no_today_and_no_label_named_gives_no_count() -> None:
    text = "Plan\nStart: Aug 1, 2026\nReview: Aug 9, 2026\nLaunch: Aug 30, 2026"
    assert "days**" not in answer_from_text("how many days until it's done?", text).text


@pytest.mark.parametrize(("text", "question", "expected"), [
    # "today is" after other words naming the date asked
    ("Water Co\nAmount due: $80.00\nPay by: 20 Oct 2026", "days left until the pay by date "
     "when today is October 2?", "**18 days**"),
    ("Council Tax\nDue date: 1 Apr 2026", "what's the number of days until it's due if "
     "today is March 25?", "**7 days**"),
])
def test_the_today_stated_after_the_ask_is_today(text: str, question: str,
                                                 expected: str) -> None:
    assert expected in answer_from_text(question, text).text


@pytest.mark.parametrize(("text", "question", "expected"), [
    ("ShopNow\nOrder 55\nPlaced: 3 May 2026\nReceived: 11 May 2026",
     "how long did it take to come, in days?", "**8 days**"),
    ("Parcel\nDispatched: 28 Jan 2026\nDelivered: 2 Feb 2026", "number of days from dispatch "
     "to delivery?", "**5 days**"),
])
def test_days_between_an_order_and_its_delivery(text: str, question: str,
                                                expected: str) -> None:
    assert expected in answer_from_text(question, text).text
