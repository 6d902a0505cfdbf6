"""Amounts in portions of a size, shared, batched, stops on a drive, things along a row,
printing time and pages a day."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_spoons import portions_and_paces


@pytest.mark.parametrize(("text", "shown"), [
    ("the recipe needs 45 g of butter, at 15 g per tablespoon how many tablespoons?",
     "3 tablespoons"),
    ("10 ml of medicine: how many 2.5 ml spoons?", "4 spoons"),
    ("2 kg of rice shared among 10 people, how much each?", "0.2 kg each"),
    ("150 ml of punch a glass, for 40 guests - how many litres?", "6 L"),
    ("a 9 hour drive, we stop every 3 hours. how many stops?", "2 stops"),
    ("fence 10 m long, a post every 2 m starting at one end - how many posts?", "6 posts"),
    ("50 copies of a 12-page booklet at 30 pages per minute - how long?", "20 minutes"),
    ("the novel has 400 pages, I'm on page 100 and have 10 days, how many pages a day?",
     "30 pages a day"),
])
def test_portions_and_paces(text: str, shown: str) -> None:
    found = portions_and_paces(expand(text).lower())
    assert found is not None and found.shown.startswith(shown), (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("a 2 litre bottle of squash: how many full 300 ml glasses?", "6 glasses"),
    ("25 kg of dough, 750 g dough per loaf - how many whole loaves?", "33 loaves"),
])
def test_whole_portions(text: str, shown: str) -> None:
    found = portions_and_paces(expand(text).lower())
    assert found is not None and found.shown.startswith(shown), (text, found)
