"""The items over (or under) a price counted, and their sum when it is asked too."""

from __future__ import annotations

from core.agents.vision import answer_from_text

RECEIPT = ("GARDEN CENTRE\n2026-06-01\nSeeds $3.50\nHose $24.00\nGloves $12.25\nPot $6.75\n"
           "TOTAL $46.50")


def test_the_count_and_the_sum_together() -> None:
    reply = answer_from_text("how many items cost over 6 dollars, and what do they add up to?",
                             RECEIPT).text
    assert "**3 items**" in reply and "**43.00**" in reply


def test_the_count_alone() -> None:
    reply = answer_from_text("how many items cost over 6 dollars?", RECEIPT).text
    assert "**3 items**" in reply and "Together" not in reply
