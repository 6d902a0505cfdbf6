"""A percentage off a list's sum ("a 15% voucher on the whole order") or off one named line
only ("20% off the blender only")."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_a_voucher_on_the_whole_list() -> None:
    order = "Order\nLamp  $40.00\nRug  $60.00\nMug  $8.00"
    reply = answer_from_text("with a 15% voucher on all of it, what's my total?", order).text
    assert "**91.80 USD**" in reply


def test_a_discount_on_one_line_only() -> None:
    receipt = ("HOME STORE\n2026-04-01\nBlender £40.00\nTowels £12.50\nCandle £7.50\n"
               "TOTAL £60.00")
    reply = answer_from_text("I get 20% off the blender only - what's my total now?", receipt)
    assert "**52.00 GBP**" in reply.text
