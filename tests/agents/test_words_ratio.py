"""The other side of a stated ratio, and grams of a nutrient from a share of the energy."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_ratio import energy_grams, ratio_amount


@pytest.mark.parametrize(("text", "shown"), [
    ("coffee to water 1:16 — how much water for 30 g of coffee, in ml?", "480 ml"),
    ("pour-over at 1:15, I have 20 grams of beans... how many ml of water?", "300 ml"),
    ("oats to milk ratio is 1:2.5. for 80 g of oats, how many ml of milk?", "200 ml"),
    ("squash 1:6 with water: 600 ml of water needs how much squash in ml?", "100 ml"),
    ("carb ratio 1:15, lunch has 45 g of carbs - how many units of insulin?", "3 units"),
    ("the train leaves at 7:45, how many grams of coffee?", None),
])
def test_the_other_side_of_a_ratio(text: str, shown: str | None) -> None:
    found = ratio_amount(expand(text).lower())
    assert (found.shown if found else None) == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("30% of 1800 calories from protein: how many grams is that?", "135 g"),
    ("I eat 2500 kcal, 35 percent as fat - grams of fat?", "97.22 g"),
    ("carbs are 50% of my 2000 kcal; in grams (4 kcal/g)?", "250 g"),
    ("what is 20% of 300?", None),
])
def test_grams_from_a_share_of_energy(text: str, shown: str | None) -> None:
    found = energy_grams(expand(text).lower())
    assert (found.shown if found else None) == shown, (text, found)
