"""Screenshots and signs: their labelled figures worked out whatever the wording."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text, find_total, priced_items

CASES = [
    ("Phone plan\nData used 3.5 GB of 15 GB", "how much data is still available to me?",
     "11.5 GB"),
    ("Data\nUsed: 4 GB\nAllowance: 10 GB", "what share of my allowance is gone?", "40%"),
    ("Coach to Leeds\nScheduled 09:05\nRunning late 25 min", "when does the coach now go?",
     "09:30"),
    ("Ferry\nDeparts 14:50", "check-in closes 40 minutes before departure. what time is that?",
     "14:10"),
    ("Savings\nBalance: $600.00\nRent due in 15 days", "what can I spend each day until then?",
     "40.00 USD"),
    ("Wages\nGross: $1,000.00\nTax: $150.00\nNI: $50.00", "what's my net pay after tax and NI?",
     "800.00 USD"),
    ("Account\nBalance: $500.00\nPending: $120.50", "after the pending one clears what's left?",
     "379.50 USD"),
    ("Fitness\nDistance 3.2 km\nTarget 5 km", "how far have I still to go?", "1.8 km"),
    ("Streaming\n$12.00 / month", "how much is that a year?", "144.00 USD"),
    ("Gym\n$26.00 per week", "and per month roughly, for 52 weeks over 12 months?",
     "112.67 USD"),
    ("DOSAGE\nTAKE 1 CAPSULE EVERY 6 HOURS", "how many capsules at most per day?", "4 capsules"),
    ("FLAT WHITE\n$3.80", "six flat whites for the office, what's the cost?", "22.80 USD"),
    ("TICKETS\nADULT $15\nCHILD $8", "2 adults and 4 children please, total?", "62.00 USD"),
    ("CAR PARK\n$2.50 PER HOUR", "I need to park for 4 hours; how much?", "10.00 USD"),
    ("PETROL 1.60\nDIESEL 1.70", "what would 30 litres of petrol cost?", "48"),
    ("CLEARANCE\n25% OFF", "the shoes were $80, what are they now?", "60.00 USD"),
    ("Forecast\nHigh 24°C\nLow 9°C", "what's the difference between the high and low?", "15°C"),
    ("Oven\nSet to 200°C", "what's that in fahrenheit?", "392°F"),
    ("MAX SPEED\n50 MPH", "what is that in km/h?", "80.47 km/h"),
    ("Scores\nQuiz 1 80\nQuiz 2 90\nQuiz 3 70", "what's the mean score?", "80"),
    ("LEEDS\n120 KM", "how long would it take at 60 km/h?", "2 hours"),
]


@pytest.mark.parametrize(("text", "question", "expected"), CASES)
def test_screen_figures_worked_out(text: str, question: str, expected: str) -> None:
    result = answer_from_text(question, text)
    assert result.ok
    assert expected in result.text.replace("*", ""), result.text


def test_plain_reading_still_quotes() -> None:
    result = answer_from_text("what does this sign say?", "SPEED LIMIT\n30 MPH")
    assert "SPEED LIMIT" in result.text


def test_garbled_total_read_with_items() -> None:
    text = ("SHOP\nBagel $ 610.26\nTea $ 19.41\nCheese $ 1.58\nCoffee $ 10.13\n"
            "TOTAL $ 86.441. 38\nTHANK YOU")
    assert find_total(text) == (41.38, "USD")
    assert [v for _, v, _ in priced_items(text)] == [10.26, 19.41, 1.58, 10.13]


RECEIPT = ("CORNER SHOP\n2026-03-14\nTea $ 4.00\nCheese $ 12.00\nMilk $ 2.50\nBread $ 6.50\n"
           "TOTAL $ 25.00\nTHANK YOU")
RECEIPT_CASES = [
    ("At 1 dollar = 0.90 euros, what was the total in euros?", "22.50 EUR"),
    ("using 0.8 GBP per USD, how much in pounds was this?", "20.00 GBP"),
    ("€0.5 to the dollar — so what's the total in euros?", "12.50 EUR"),
    ("I'm returning the cheese and the milk. What refund should I get?", "14.50 USD"),
    ("the bread and tea were for my flatmate, what did my own stuff come to?", "14.50 USD"),
    ("apart from the cheese and the milk, what did I spend?", "10.50 USD"),
    ("the cheese should have been half price. what should the total be?", "19.00 USD"),
    ("tea was meant to have 25% off. what should I have paid in total?", "24.00 USD"),
    ("what percentage of the bill was the bread?", "26.00%"),
    ("by what percent was the cheese dearer than the tea?", "200.00%"),
    ("how many things here were over five dollars?", "2 items"),
    ("four lots of the bread next week, how much?", "26.00"),
]


@pytest.mark.parametrize(("question", "expected"), RECEIPT_CASES)
def test_receipt_kinds(question: str, expected: str) -> None:
    result = answer_from_text(question, RECEIPT)
    assert expected in result.text.replace("*", ""), result.text


MORE_SCREENS = [
    ("Loyalty\nStars: 2,400\n200 stars = $5", "how much cash are my stars worth?", "60.00 USD"),
    ("Group bill\nTotal: $90.00\nDiners: 4", "what's the share per head?", "22.50 USD"),
    ("Usage\nToday: 2h 5m", "how many minutes have I used it?", "125 minutes"),
    ("Order\nSubtotal: $40.00\nShipping: $4.50", "what's the cost including shipping?",
     "44.50 USD"),
    ("Mail\nFrom: Dr Patel\nSubject: Results", "who sent this?", "Dr Patel"),
    ("Settings\nConnected to Home 5G", "which wifi network is this?", "Home 5G"),
    ("BACK IN 10 MINUTES\nBACK AT 3:30", "when will they be back?", "3:30"),
    ("CAR BOOT SALE\nEVERY SUNDAY", "which day is it held?", "Sunday"),
    ("10 ITEMS MAX", "I have 13 items; how many too many?", "3 items"),
]


@pytest.mark.parametrize(("text", "question", "expected"), MORE_SCREENS)
def test_more_screen_kinds(text: str, question: str, expected: str) -> None:
    assert expected in answer_from_text(question, text).text.replace("*", "")


@pytest.mark.parametrize(("question", "expected"), [
    ("4 of us, add a 10% tip and split evenly: each?", "6.88 USD"),
    ("we're going halves, plus 20% for service. what's each half?", "15.00 USD"),
    ("add 5% and round it up to the next whole dollar, total?", "27.00 USD"),
])
def test_receipt_steps(question: str, expected: str) -> None:
    assert expected in answer_from_text(question, RECEIPT).text.replace("*", "")


def test_a_weekend_party_is_no_weekday_ask() -> None:
    text = answer_from_text("friends are coming this weekend so I need twice everything here, "
                            "how much?", RECEIPT).text
    assert "Saturday" not in text


def test_what_is_free_of_a_capacity_is_what_is_left() -> None:
    from core.agents.vision import answer_from_text
    reply = answer_from_text("MB free on the card?", "Card\nUsed: 310 MB\nCapacity: 512 MB")
    assert "**202 MB**" in reply.text
