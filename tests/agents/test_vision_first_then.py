"""A first unit at one price and the rest at another, in a sign's other wordings: "THEN €4
PER HOUR", "$7 PER HOUR AFTER", "FIRST HOUR FREE"."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_then_a_rate_per_unit() -> None:
    sign = "CANOE HIRE\nFIRST HOUR £9\nTHEN £5 PER HOUR"
    assert "**29.00 GBP**" in answer_from_text("what do 5 hours cost?", sign).text


def test_a_rate_per_unit_after() -> None:
    sign = "E-SCOOTERS\n$3 FIRST HOUR\n$2 PER HOUR AFTER"
    assert "**9.00 USD**" in answer_from_text("4 hours on a scooter, price?", sign).text


def test_a_free_first_unit() -> None:
    sign = "CAR PARK\nFIRST HOUR FREE\nTHEN €1.50 PER HOUR"
    assert "**4.50 EUR**" in answer_from_text("I'll stay 4 hours, what's the charge?", sign).text
