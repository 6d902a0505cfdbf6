"""A receipt's total against a figure or a count the person states, in several wordings."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

SHOP = ("HARBOUR DELI\n2026-05-02\nSoup $ 6.40\nSalad $ 9.20\nJuice $ 4.40\n"
        "TOTAL $ 20.00\nTHANK YOU")


@pytest.mark.parametrize(("question", "shown"), [
    # part paid one way, the rest another
    ("used a $7.50 voucher and paid the rest by card - what went on the card?", "**12.50 USD**"),
    ("I put $5 on my gift card then the remainder in cash; how much cash?", "**15.00 USD**"),
    # charged elsewhere against the receipt
    ("my card statement says $21.35 for this. how much extra did they overcharge?",
     "**1.35 USD**"),
    # against last time
    ("usually this costs me about $17 - how much more was it today?", "**3.00 USD**"),
    # a threshold not reached
    ("free shipping kicks in over $35, how much more would I need to spend?", "**15.00 USD**"),
    # a limit overshot
    ("I meant to spend no more than $12 here, by how much did I go over?", "**8.00 USD**"),
    # cash carried before
    ("I had $45 in my wallet before this shop. what's still in there?", "**25.00 USD**"),
    # everything several times over
    ("catering for a crowd: I need 6 times everything on here. cost?", "**120.00 USD**"),
    ("the same order on 3 school days would come to what?", "**60.00 USD**"),
    # a split with the payer counted, a split by ratio
    ("split it between me and my 4 flatmates, what does each owe?", "**4.00 USD**"),
    ("we go 60/40 on food and I'm the 40. my part of this?", "**8.00 USD**"),
    # in cents
    ("type the amount in cents, no decimal point", "**2000**"),
    # a charge not printed
    ("they added 4 bags at 15 cents each that aren't on the receipt, what did I really pay?",
     "**20.60 USD**"),
    # a tip as a percentage
    ("I left $3.50 on top. what percentage tip is that?", "**17.50%**"),
    # instalments with two words before them
    ("paying it in 5 equal weekly instalments - each one?", "**4.00 USD**"),
])
def test_stated(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SHOP).text


def test_count_on_the_receipt() -> None:
    text = answer_from_text("she says 5 things, how many were on the receipt really?", SHOP).text
    assert "**3 items**" in text


ODD = ("PIER KIOSK\n2026-05-02\nWrap $ 7.15\nTea $ 3.20\nCake $ 4.75\n"
       "TOTAL $ 15.10\nTHANK YOU")


@pytest.mark.parametrize(("question", "shown"), [
    ("claiming from the float in whole dollars: the total rounded up to the next dollar?",
     "**16** flat"),
    ("add an 18% tip then round up to the next whole dollar, what do I write?", "**18** flat"),
    ("they round your purchase up to the next whole dollar for charity; what goes to charity?",
     "adds **0.90 USD**"),
])
def test_rounding_up_to_whole_dollars(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, ODD).text


@pytest.mark.parametrize(("question", "shown"), [
    ("leave 20% in cash, the 4 of us. how much tip each?", "**1.00 USD** each"),
    ("we settled the bill; a 10% tip split between the 2 of us - how much tip per person?",
     "**1.00 USD** each"),
])
def test_tip_alone_is_split(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SHOP).text


@pytest.mark.parametrize(("question", "shown"), [
    ("what's a 15% tip on this? just the tip", "**3.00 USD**"),
    ("add 10% tip and split it down the middle, what's my half?", "**11.00 USD**"),
])
def test_tip_wordings(question: str, shown: str) -> None:
    text = answer_from_text(question, SHOP).text
    assert shown in text and "23.00" not in text


@pytest.mark.parametrize(("question", "shown"), [
    ("3 of us, whole dollars only, so round each share up - what does each pay?",
     "**6** flat"),
    ("the office is 6 people and this was the birthday cake. what does everybody chip in?",
     "**2.52 USD** each"),
])
def test_a_party_counted_in_other_words(question: str, shown: str) -> None:
    from core.agents.asks_receipt_chain import read_once

    assert read_once(question)
    assert shown in answer_from_text(question, ODD).text


def test_a_rate_said_as_about() -> None:
    text = answer_from_text("in euros please; 1 USD is roughly 0.90 EUR", ODD).text
    assert "**13.59 EUR**" in text
