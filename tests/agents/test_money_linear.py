"""A fixed part plus so much per unit read backwards, break-even sales, the interest in
equal repayments and loyalty points — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("a plumber charges a 45 call-out fee plus 30 per hour. the bill came to 150. how many "
     "hours did he work?", "3.5 hours"),
    ("electricity: standing charge 12 a month and 0.30 per kWh. my bill was 72, how much "
     "electricity did I use?", "200 kWh"),
    ("cab: 3.50 flat fee and 2 a mile, fare was 23.50 - how many miles?", "10 miles"),
    ("we need to cover 10,000 of fixed costs. mugs sell at 12 and cost 4 each to make - how "
     "many mugs to break even?", "1,250 units (each brings in 8.00 over its cost)"),
    ("Fixed costs of 5,000 a month; we sell mugs for 12 each and they cost 4 each to make. "
     "Break-even number of mugs?", "625 units (each brings in 8.00 over its cost)"),
    ("I borrowed 20,000 and pay back 400 a month for 5 years. how much interest is that?",
     "4,000.00 (paid back 24,000.00 in all)"),
    ("you earn 2 points per 1 spent and 500 points are worth 5. I've spent 730, what are my "
     "points worth?", "14.60 (1,460 points)"),
])
def test_fixed_plus_per_unit(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
