"""A stock shown on a screenshot lasts (stock ÷ rate) whole days; a download left is worked
in the size the question asks (1 GB = 1000 MB unless stated)."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_a_stock_at_a_daily_rate() -> None:
    meds = "Pharmacy\nCapsules remaining: 45\nTake 3 per day"
    assert "**15 days**" in answer_from_text("how long will these last me?", meds).text
    food = "Pet food\nScoops left: 50\nFeed: 3 a day"
    reply = answer_from_text("how many days will the food last?", food).text
    assert "**16 days**" in reply


def test_a_download_left_in_another_size() -> None:
    update = "Update\nDownloaded 450 MB of 1.2 GB"
    assert "**750 MB**" in answer_from_text("how many MB remain?", update).text
    binary = "Update\nDownloaded 24 MB of 1 GB"
    assert "**1000 MB**" in answer_from_text("MB left? 1 GB = 1024 MB", binary).text
