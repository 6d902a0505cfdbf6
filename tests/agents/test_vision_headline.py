"""A bill's headline amount (a receipt's total, an amount due) worked with the one amount the
question states: the operation read from that amount's role in the question's words."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text
from core.agents.vision_headline import headline_sum
from core.agents.vision_typed import typed_question

RECEIPT = ("MARKET HALL\n2025-11-02\nCoffee $ 3.40\nBread $ 4.25\nHoney $ 9.10\n"
           "TOTAL $ 16.75\nTHANK YOU")
BILL = "Gas Co\nAmount due: £212.40\nDue date: 3 Feb 2026\nStatus: Unpaid"

ASKS = [
    # an amount added on top of the bill
    (RECEIPT, "I took 20 dollars cash back with it, what hit my account?", "**36.75 USD**"),
    (BILL, "they add a £12 admin fee if it's late - what would I owe then?", "**224.40 GBP**"),
    (RECEIPT, "if I add a $3 tip what is the total?", "**19.75 USD**"),
    # part paid one way, the rest another
    (RECEIPT, "a $10 voucher covered part of it and I paid the rest by card. card amount?",
     "**6.75 USD**"),
    # a budget gone over, or what is left of it
    (RECEIPT, "I'd set a budget of $15 and went over - by how much?", "**1.75 USD**"),
    (RECEIPT, "budget was 20 dollars, how much do I have left?", "**3.25 USD**"),
    # the change from cash handed over
    (RECEIPT, "if I hand over $20 in cash what change should I get?", "**3.25 USD**"),
    (RECEIPT, "what's the change from a 20?", "**3.25 USD**"),
    # the bill split a number of ways
    (BILL, "amount due divided by 4, to the penny?", "**53.10 GBP**"),
    (BILL, "split it 3 ways please", "**70.80 GBP**"),
    # the bill over several periods
    (RECEIPT, "what do 6 weeks of this add up to?", "**100.50 USD**"),
    # loyalty points per whole unit
    (RECEIPT, "the shop gives 4 points per full dollar. how many points did I earn?",
     "**64 points**"),
    # the round-up donation
    (RECEIPT, "if I round up to the next whole dollar for charity, how much do I donate?",
     "**0.25 USD**"),
    (RECEIPT, "they round the bill up to the nearest whole number above and give the "
     "difference to charity - how much is given?", "**0.25 USD**"),
    # a tax or tip at a stated percentage: the share alone, or split between a group
    (RECEIPT, "what's the VAT on this at 8 percent, to 2 decimals?", "**1.34 USD**"),
    (RECEIPT, "party of 5: add a 10% tip to the total and share it out. each pays?",
     "**3.69 USD**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), ASKS)
def test_the_headline_is_worked_with_the_stated_amount(text: str, question: str,
                                                       shown: str) -> None:
    assert shown in answer_from_text(question, text).text


def test_the_answer_keeps_its_figure_for_a_later_part() -> None:
    answer = answer_from_text("I took 20 dollars cash back with it, what hit my account?",
                              RECEIPT)
    assert answer.amount == 36.75 and answer.currency == "USD"


NOTHING = [
    # another currency is an exchange, not a fee
    (RECEIPT, "plus a €5 delivery fee?", "21.75"),
    # two amounts stated: no single role
    (RECEIPT, "budget of $15 and another $3 fee - how far over?", "1.75"),
    # a budget not gone over cannot be "over by"
    (RECEIPT, "my budget was $30, how much did I go over?", "13.25"),
    # cash that does not cover the bill gives no change
    (RECEIPT, "paying with $10 cash, what comes back?", "6.75"),
]


@pytest.mark.parametrize(("text", "question", "absent"), NOTHING)
def test_no_figure_without_every_amount_in_its_role(text: str, question: str,
                                                    absent: str) -> None:
    assert not any(absent in line for line, _ in headline_sum(question, text))


def test_a_business_name_is_read_from_the_top_line() -> None:
    assert "**MARKET HALL**" in answer_from_text("what's the business called?", RECEIPT).text


def test_the_biggest_single_purchase_is_the_dearest_line() -> None:
    assert "**Honey**" in answer_from_text("which was my biggest single purchase?", RECEIPT).text


def test_a_receipt_is_typed_as_its_total_without_its_date() -> None:
    typed = typed_question("what is that in yen?", RECEIPT)
    assert typed is not None and "2025" not in typed and "16.75" in typed
    assert "3.40" not in typed
