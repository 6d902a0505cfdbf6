"""A whole shared into a counted number of units, in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.reckon_divide import per_each
from core.agents.wording import expand


@pytest.mark.parametrize(("text", "shown"), [
    ("this stew costs £12.60 and feeds 6 - what's the cost per portion?", "£2.10"),
    ("the office is 120 m² and the rent is $3,000; price per square metre?", "$25 ($25.00)"),
    ("a 48,000 salary split into 12 payslips, how much per payslip?", "4,000 (4,000.00)"),
    ("a 2 kg wheel of cheese cut into 16 pieces, how many grams per piece?", "125 g"),
    ("dividing a 750 g tub into 4 equal portions, grams each?", "187.5 g"),
])
def test_per_each(text: str, shown: str) -> None:
    found = per_each(expand(text).lower())
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize("text", [
    "we were 6 people at dinner and it was 120 - fun night",
    "the cake weighs 900 g, how many grams of sugar are in it?",
])
def test_not_a_whole_shared(text: str) -> None:
    assert per_each(expand(text).lower()) is None
