"""A percentage put on or taken off an amount of money, shown in the question's currency."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.wordproblems import word_problem
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("£80 with 12.5% service added, total?", "£90.00"),
    ("$45 minus 20% = ?", "$36.00"),
    ("what's 1,200 euros plus 19% tax?", "€1,428.00"),
    ("€250 less 15% - how much?", "€212.50"),
])
def test_a_percentage_on_an_amount_of_money(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "what's a 20% tip on $85 and what's the total?",
    "I have 3 kids and 20% of my time is free, what now?",
    "what is 15% of 80",
])
def test_other_asks_are_left_alone(text: str) -> None:
    found = reckon(text)
    assert found is None or found.name != "amount", found


def test_a_share_of_dollars_keeps_the_currency() -> None:
    found = word_problem(expand("an 18% tip on $118.87?").lower())
    assert found is not None and found.unit == "USD" and found.money, found


def test_a_price_including_its_tax_is_not_taxed_again() -> None:
    found = reckon("I paid €120 including 20% VAT, how much was the VAT?")
    assert found is None or found.name != "amount", found


def test_an_asked_share_of_dollars_keeps_the_currency() -> None:
    found = word_problem(expand("and what's a 20% tip on $64?").lower())
    assert found is not None and found.unit == "USD", found
