"""A screenshot's rows (payments, orders with a status, a figure per weekday) worked against
the question: one merchant's spend, the total, the average or the count of the payments;
an order's status or how many have one; the best day or the average of the days."""

from __future__ import annotations

from core.agents.vision import answer_from_text

PAYMENTS = "Card history\nTesco   -£12.40\nUber   -£7.15\nTesco   -£30.05\nBoots   -£4.60"


def test_one_merchants_rows_are_added() -> None:
    reply = answer_from_text("how much went to Tesco altogether?", PAYMENTS).text
    assert "**42.45 GBP**" in reply
    assert "**7.15 GBP**" in answer_from_text("what did I pay Uber?", PAYMENTS).text


def test_payments_are_averaged_counted_and_totalled() -> None:
    assert "**13.55 GBP**" in answer_from_text("mean spend per payment?", PAYMENTS).text
    assert "**4**" in answer_from_text("how many payments are listed?", PAYMENTS).text
    monthly = "Plans\nMusic  €9.99/mo\nCloud  €2.49/mo\nNews  €6.50/mo"
    assert "**18.98 EUR**" in answer_from_text("what are these plans in total?", monthly).text


def test_an_orders_status_and_a_status_count() -> None:
    orders = "Orders\n#5120  Shipped\n#7433  Delivered\n#1009  Shipped\n#6001  Returned"
    assert "**Returned**" in answer_from_text("order 6001 - what's its status?", orders).text
    assert "**2**" in answer_from_text("how many have shipped? count shipped ones",
                                        orders.replace("Shipped", "shipped")).text


def test_a_figure_per_weekday() -> None:
    sleep = "Sleep\nMon  6.5 h\nTue  7.25 h\nWed  8 h\nThu  5.75 h"
    assert "**Wednesday**" in answer_from_text("which day did I sleep the most?", sleep).text
    assert "**Thursday**" in answer_from_text("what day had the least sleep?", sleep).text
    assert "**6.88** h" in answer_from_text("my average sleep per night?", sleep).text


def test_a_merchant_not_listed_gives_no_spend() -> None:
    assert "At Zara" not in answer_from_text("how much did I spend at Zara?", PAYMENTS).text


def test_a_garbled_payment_row_gives_no_count_or_average() -> None:
    garbled = "Recent\nLidl   -$10.07\nC0sta   -S38.65\nUber   -$36.00"
    assert "**2**" not in answer_from_text("how many transactions are shown?", garbled).text
    assert "23.04" not in answer_from_text("average payment?", garbled).text
    whole = garbled.replace("C0sta   -S38.65", "Costa   -$38.65")
    assert "**3**" in answer_from_text("how many transactions are shown?", whole).text
    assert "**28.24 USD**" in answer_from_text("average payment?", whole).text
