"""Totals made of parts: trip legs at their own speeds, a commute each way, an amount cut or
raised by a percent, what is left of a drinking goal, a loaded barbell, sets lifted."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_legs import legs_and_totals


@pytest.mark.parametrize(("text", "shown"), [
    ("we cycle 30 km at 15 km/h and then 10 km at 20 km/h; how long in total?", "2.5 hours"),
    ("I ride 8 miles each way to work, 5 days a week. how far is that in total?",
     "80 miles a week"),
    ("walk 2.5 km each way to school, 4 days a week over 38 school weeks a year - yearly km?",
     "760 km a year"),
    ("reduce the 250 ml of cream by 40% - how much is that?", "150 ml"),
    ("increase the 400 g of flour by 25%, what do I use?", "500 g"),
    ("target is 2 litres, had 3 glasses of 250 ml. how much more to go?", "1,250 ml"),
    ("15 kg bar, 20 and 10 kg plates each side - total?", "75 kg"),
    ("5 sets of 5 with 100 kg, what's the total volume?", "2,500 kg"),
    ("I drove 100 km at 50 km/h, how long?", None),
])
def test_totals_made_of_parts(text: str, shown: str | None) -> None:
    found = legs_and_totals(expand(text).lower())
    assert (found.shown.split(" (")[0] if found else None) == shown, (text, found)
