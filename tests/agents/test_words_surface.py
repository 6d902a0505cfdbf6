"""An area from its sides (or told) and what covers or fills it."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_surface import surface


@pytest.mark.parametrize(("text", "shown"), [
    ("patio slab 4 m by 2.5 m and 10 cm thick - how much concrete in cubic metres?", "1 m³"),
    ("raised bed 2 x 1.2 m filled 30 cm deep, what volume of soil?", "0.72 m³"),
    ("topsoil 15 cm deep over 40 m2, weighs 1.3 tonnes per m3 - how many tonnes?", "7.8 t"),
    ("laminate at 18.50 per m² for a 5 m x 4 m lounge, how much?", "370.00"),
    ("a 2.4 m by 1.8 m bathroom floor with 30 x 30 cm tiles: how many tiles?", "48 tiles"),
    ("bedroom 4 m x 3 m, ceiling 2.4 m, each roll covers 5 m² - how many rolls of paper?",
     "7 rolls"),
    ("30 m² of fence, 3 coats, 8 m² per litre, 2.5 l tins - how many tins do I buy?", "5 tins"),
    ("what is 3 x 4?", None),
    ("the room is 4 x 5 m, how far is it to the shop?", None),
])
def test_areas_and_what_they_take(text: str, shown: str | None) -> None:
    found = surface(expand(text).lower())
    if shown is None:
        assert found is None, (text, found)
    else:
        assert found is not None and found.shown.startswith(shown), (text, found)
