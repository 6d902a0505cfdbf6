"""A yield, a share of each pay saved, an expected gain and a bill split in proportion —
in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("the stock trades at $80 and pays a quarterly dividend of $0.50. yield?", "2.5%"),
    ("dividend of 3 a share, shares at 60 - what is the yield?", "5%"),
    ("I put away 10% of my 600 wage each week. how much after 6 months?",
     "1,560.00 (60.00 × 26)"),
    ("saving 5% of a £2,000 salary every month, how much in 2 years?",
     "£2,400.00 (£100.00 × 24)"),
    ("a raffle ticket is $5; 1 in 1,000 wins $2,000. expected winnings?", "2 on average"),
    ("each go costs 2 and there's a 10% chance to win 15. what's the expected profit per go?",
     "-0.5 per ticket (expected winnings 1.5 less the 2.00 price)"),
    ("split the £90 electricity bill in proportion to days stayed: Ann 10 days, Bob 20 days. "
     "how much each?", "Ann: £30.00; Bob: £60.00"),
])
def test_money_from_shares_of_amounts(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
