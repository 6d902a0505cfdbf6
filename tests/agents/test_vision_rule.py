"""A rule the question states in words over an image's labels, counts of its priced labels,
and a list priced "quantity x unit price": each worked out over the image's figures."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text, answer_image

RULES = [
    # a rule over the image's labels, written in words or with signs
    ("Fitness\nTarget 2,500\nEaten 1,900\nBurned 300", "what's target less eaten plus burned",
     "**900**"),
    ("ee\nDiary\nBudget 1,800\nMeals 1,950\nWalk 240", "remaining = budget - meals + walk?",
     "**90**"),
    ("Stats\nRevenue $5,000\nCosts $3,200", "revenue - costs = ?", "**1800.00 USD**"),
    # a reading used between two meter readings, times the rate
    ("I\nWater\nLast reading 1200\nThis reading 1260\nPrice £1.50 per unit",
     "cost = units used x price", "**90.00 GBP**"),
    ("Gas\nPrevious reading 4410\nCurrent reading 4535\nUnit rate €0.12 / kWh",
     "what do I owe (usage times unit rate)?", "**15.00 EUR**"),
    # a percentage added to an amount is that share of it
    ("Quote\nSubtotal $640.00\nTax 8%", "subtotal plus tax please", "**691.20 USD**"),
    # a number the question gives
    ("Savings\nAvailable balance: €3,210.40\nAccount: ****1234", "balance minus 950 euros "
     "for the car?", "**2260.40 EUR**"),
    # what is left of an allowance, per the days given
    ("My plan\nData used 6 GB of 20 GB\nResets in 7 days", "data left divided by days until "
     "reset", "**2**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), RULES)
async def test_a_stated_rule_is_worked_over_the_labels(text: str, question: str,
                                                        shown: str) -> None:
    answer = await answer_image(question, text)
    assert shown in answer.text


COUNTS = [
    ("ZOO\nADULT $20.00\nCHILD $12.00\nSENIOR $15.00", "3 adults and 2 children, how much?",
     "**84.00 USD**"),
    ("CAR WASH\nBASIC £6.00\nDELUXE £11.50", "two deluxe and one basic - cost?",
     "**29.00 GBP**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), COUNTS)
def test_counts_of_priced_labels_are_summed(text: str, question: str, shown: str) -> None:
    assert shown in answer_from_text(question, text).text


def test_a_list_priced_by_quantity_counts_each_unit() -> None:
    text = "Order\nSocks  3 x $4.50\nHat  1 x $19.99\nScarf  2 x $12.00"
    answer = answer_from_text("how many items and what's the total?", text)
    assert "**57.49 USD**" in answer.text
    assert "**6**" in answer.text
    assert answer.amount == 57.49


def test_a_term_that_names_no_label_answers_nothing() -> None:
    text = "Stats\nRevenue $5,000\nCosts $3,200"
    answer = answer_from_text("revenue minus wages?", text)
    assert "1800" not in answer.text


def test_two_labels_a_term_could_name_bind_neither() -> None:
    text = "Meter\nDay reading 400\nNight reading 380\nRate $0.20"
    answer = answer_from_text("reading x rate", text)
    assert "80.00" not in answer.text and "76.00" not in answer.text


def test_a_list_with_the_count_first_and_a_price_each_counts_each_unit() -> None:
    text = "Cart\n3 x Mugs  €6.40 each\n2x Lamp  €21.00 each\n1 x Rug  €55.50 each"
    answer = answer_from_text("what's my cart total?", text)
    assert "**116.70 EUR**" in answer.text


def test_a_count_first_price_without_each_is_not_read_as_a_unit_price() -> None:
    from core.agents.vision_table import table
    rows = table("Order\n2 x Coffee $7.00\n3 x Cake $9.00")
    assert all(row.qty is None for row in rows)
