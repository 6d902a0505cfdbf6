"""One receipt item worked with a figure the person gives, and items split as mine and shared."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

SHOP = ("HARBOUR DELI\n2026-05-02\nSoup $ 6.40\nSalad $ 9.60\nJuice $ 4.00\n"
        "TOTAL $ 20.00\nTHANK YOU")


@pytest.mark.parametrize(("question", "shown"), [
    # elsewhere, saved, sold on
    ("the salad is $2.10 less at the place next door. what would it cost there?", "**7.50 USD**"),
    ("the soup's listed online for $5.15 - how much would I have saved getting it there?",
     "**1.25 USD**"),
    ("reselling the juice for $6.25 at my stall, what's the profit?", "**2.25 USD**"),
    # per unit, per weight
    ("the juice was a box of 8. what's that per item?", "**0.50 USD**"),
    ("the salad weighed 0.4 kg, what's that per kg?", "**24.00 USD**"),
    ("that soup was 800 g - price per 100 g?", "**0.80 USD**"),
    # a tax included in one item
    ("what was the salad without the 20% VAT included in its price?", "**8.00 USD**"),
    # one item more than once
    ("I get that juice every weekday. what's that over 2 weeks?", "**40.00 USD**"),
    ("I buy the soup every single day, what does it cost in a 7-day week?", "**44.80 USD**"),
    # one item against another
    ("how many times pricier was the salad than the juice?", "**2.40 times**"),
    # a cut that was missed, refunded
    ("the salad should have been 25% off but they charged full, what refund do I get?",
     "**2.40 USD**"),
    # my items plus my share of the rest
    ("I had the soup, my brother had the juice, we split whatever else. my total?",
     "**11.20 USD**"),
    ("the salad was just for me and everything else we share 50/50 - how much is mine?",
     "**14.80 USD**"),
    # a cut on everything but one item, then the whole
    ("20% off everything except the soup: what would the total have been?", "**17.28 USD**"),
    # the two cheapest
    ("which two things were cheapest?", "**Juice** (4.00) and **Soup** (6.40)"),
    # one item at a stated rate; yen shown whole
    ("the salad in pounds? use 0.80 GBP per dollar", "**7.68 GBP**"),
    ("at 151.3 yen to the dollar, the total in yen?", "**3026 JPY**"),
])
def test_item_kinds(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SHOP).text


def test_daily_over_a_year_is_365_days() -> None:
    assert "**7300.00 USD**" in answer_from_text("if I bought this daily, what's that over a "
                                                  "year?", SHOP).text


def test_a_markup_on_one_item() -> None:
    assert "**12.00 USD**" in answer_from_text("I sell the salad on at a 25% markup - what do I "
                                               "ask for it?", SHOP).text


@pytest.mark.parametrize("question", [
    "The soup is 30% off tomorrow. What will it cost?",
    "What's the juice with 8% tax added?",
    "if I resell the salad at a 20% markup, what's my price?",
])
def test_a_percentage_on_one_item_is_read_in_one_go(question: str) -> None:
    from core.agents.asks_receipt_chain import read_once

    assert read_once(question)


@pytest.mark.parametrize("question", ["what's the total with 8% tax added?",
                                      "the bill is 10% off today, what do I pay?"])
def test_a_percentage_on_the_bill_is_not_an_item(question: str) -> None:
    from core.agents.asks_receipt_chain import ITEM_STEP

    assert not ITEM_STEP.search(question)


def test_an_item_misread_by_one_letter_is_still_found() -> None:
    misread = SHOP.replace("Salad", "Sallad")
    assert "**6.72 USD**" in answer_from_text("the salad is 30% off - what will it cost?",
                                              misread).text
