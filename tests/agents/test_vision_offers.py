"""A sign's multibuy offer against its single price; a first unit then extra units priced
apart; a wait on a sign added to the clock time the question gives (with am/pm)."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_a_multibuy_saving() -> None:
    sign = "SOCKS\n$3.50 EACH\n3 FOR $8.00"
    assert "**2.50 USD**" in answer_from_text("how much cheaper is the 3 for deal than "
                                              "buying singly?", sign).text
    assert "**5.00 USD**" in answer_from_text("if I buy 6 on the offer what do I save?",
                                              sign).text


def test_a_part_offer_gives_no_saving() -> None:
    sign = "SOCKS\n$3.50 EACH\n3 FOR $8.00"
    assert "save" not in answer_from_text("buying 4 how much do I save?", sign).text


def test_a_first_hour_then_extra_hours() -> None:
    sign = "KAYAK HIRE\nFIRST HOUR $12\nEXTRA HOURS $5"
    assert "**27.00 USD**" in answer_from_text("cost for 4 hours of kayak hire?", sign).text


def test_a_wait_added_to_an_afternoon_clock() -> None:
    sign = "QUEUE TIME\n40 MIN"
    reply = answer_from_text("it's 3:35pm now, when will I get in?", sign).text
    assert "**16:15**" in reply
