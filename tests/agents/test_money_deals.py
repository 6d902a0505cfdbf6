"""Multi-buy deals and the profit on a batch sold — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("socks are £4 a pair, buy 2 get 1 free. how much for 7 pairs?", "£20.00"),
    ("mugs at 12.50 each, 3 for 2. I need 6 of them, what do I pay?", "50.00"),
    ("candles cost 9 each and the second one is half price. what do I pay for 5?", "36.00"),
    ("we sold 120 lemonades at 1.50 each; each one cost us 0.40 and the pitch cost 35. what "
     "profit did we make?", "97.00"),
    ("sold 30 prints for 25 each, they cost 18 each to make, and the stall fee was 250. "
     "profit?", "a loss of 40.00"),
])
def test_deals_and_batch_profit(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_a_deal_named_without_an_ask_is_no_sum() -> None:
    assert reckon("the shop has buy 1 get 1 free on shirts at 20 each today!") is None
