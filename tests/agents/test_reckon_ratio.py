"""Shares asked by their everyday names (a win percentage, a batting average, a dividend
yield, a price for a margin, a time as a share of the day) and a margin or a return from two
amounts — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("the Hawks won 41 and lost 23 this season. what's their winning percentage?",
     "64.06% (41 won of 64)"),
    ("what percentage of their games did they win if they went 30-10?", "75% (30 won of 40)"),
    ("she has 150 hits in 480 at-bats; what's her batting average?", "0.312 (.312)"),
    ("batting avg for 45 hits and 160 at bats?", "0.281 (.281)"),
    ("quarterly dividend is 0.55 a share and the stock trades at $88. what's the yield?",
     "2.5%"),
    ("shares cost 52.40 and pay a dividend of 2.10 per year. dividend yield?", "4.01%"),
    ("it costs us €40 to make each one. what price should we sell at for a 30% margin?",
     "€57.14"),
    ("I buy them at 12.50. what should I charge for a 40% markup?", "17.50"),
    ("I sleep 7 h 30 min a day. what share of the day is that?", "31.25%"),
    ("I commute 90 minutes a day - what percent of the day is it?", "6.25%"),
    ("i make them for 18 and sell them at 112, margin in %?", "83.93%"),
    ("the fund started the year at 8,000 and is worth 8,600 today. gain as a percentage?",
     "7.5%"),
])
def test_a_share_by_its_name(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "we won 3-1 last night, great game!",
    "I sleep 7 hours a day, is that enough?",
])
def test_no_share_without_its_name(text: str) -> None:
    assert reckon(text) is None
