"""A basket typed as quantities and unit prices: its total, item count and average per item."""

from __future__ import annotations

import pytest

from core.agents.data_cart import cart_figures
from core.agents.data_words import words_figure


@pytest.mark.parametrize(("request_", "shown"), [
    ("groceries: 3 x oat milk @ £1.85, 2 x bagels at £0.60 each. total?", "**£6.75**"),
    ("what's the bill? tomatoes: 4 at 0.35 each; onions: 3 at 0.20 each; leeks: 2 at 1.15 each",
     "**4.30**"),
    ("2 lamps ($24.99 ea)\n5 bulbs ($3.10 ea)\nhow much altogether?", "**$65.48**"),
])
def test_the_total_of_a_basket(request_: str, shown: str) -> None:
    assert shown in (words_figure(request_) or "")


def test_the_average_per_item_counts_every_unit() -> None:
    text = cart_figures("average price per item, counting every unit: 3 pens at 1.50 each, "
                        "1 ruler at 2.40 each") or ""
    assert "every unit counted: **1.73**" in text and "**4**" in text  # 6.90 ÷ 4
    assert "listed prices" not in text


def test_an_average_price_not_said_per_unit_shows_both_readings() -> None:
    text = cart_figures("mean price? 3 pens at 1.50 each, 1 ruler at 2.40 each") or ""
    assert "every unit counted: **1.73**" in text and "average of the listed prices: 1.95" in text


@pytest.mark.parametrize("request_", [
    "I bought 3 books at 12.50 and the total was?",  # one line is no basket
    "2 x milk at 1.20, 4 x yoghurt at 0.85",         # nothing asked
    "pay 3 at 2pm and 4 at 5pm: total?",             # times, not prices
])
def test_no_basket_no_figures(request_: str) -> None:
    assert cart_figures(request_) is None
