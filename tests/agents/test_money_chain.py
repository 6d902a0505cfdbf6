"""Percentage changes one after another, a percentage gain between two amounts, and the
tax inside a price, in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.money_tax import ex_tax
from core.agents.wording import expand
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("a £90 lamp went up 20% and was then reduced by 25% in the sale. what does it cost now?",
     "after the 20% rise: £108.00; after the 25% cut: £81.00"),
    ("begin with 250, increase it by 10 percent, then lower the total by 10 percent - "
     "what is left?", "after the 10% rise: 275; after the 10% cut: 247.5"),
    ("rent of 1,200 rose 5% last year and another 3% this year, what is it now?",
     "after the 5% rise: 1,260.00; after the 3% rise: 1,297.80"),
    ("a 20% rise followed by a 20% drop on 50, what do I get?",
     "after the 20% rise: 60; after the 20% cut: 48"),
    ("my salary of 40000 got a 5% raise and then a 2% pay cut, new salary?",
     "after the 5% rise: 42,000.00; after the 2% cut: 41,160.00"),
])
def test_changes_one_after_another_show_each_value(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "shares rose 10% then fell 10%, what is the overall change?",
    "I have 3 cats and 2 dogs, 50% are black and 20% are old",
])
def test_an_overall_change_or_a_statement_is_no_chain(text: str) -> None:
    found = reckon(text)
    assert found is None or "after the" not in found.shown(), found


@pytest.mark.parametrize(("text", "shown"), [
    ("my fund went from 250 to 270. return in percent?", "8%"),
    ("portfolio grew from 12,000 to 13,800 - what % gain is that?", "15%"),
    ("price went from 80 to 60, percentage drop?", "25%"),
])
def test_a_percentage_gain_between_two_amounts(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown().lstrip("-") == shown, (text, found)


@pytest.mark.parametrize(("text", "expression"), [
    ("spent £54 with 20% vat included - how much of it is vat?", "54 - 54 / (1 + 20/100)"),
    ("I paid 118 including 18% GST. How much of that was the GST?", "118 - 118 / (1 + 18/100)"),
])
def test_the_tax_inside_a_price_paid(text: str, expression: str) -> None:
    found = ex_tax(expand(text).lower())
    assert found is not None and found.expression == expression, (text, found)


def test_a_percentage_range_asked_about_is_no_percent_change() -> None:
    found = reckon("a 40 kWh battery on a 7 kW charger, how long from 10% to 90%?")
    assert found is None or not found.shown().endswith("%"), found
