"""Whole things counted from words: containers a total needs (rounded up), a count scaled by
a stated proportion, the full days a counted supply lasts, and a daily count over days."""

from __future__ import annotations

import pytest

from core.agents.wording import expand
from core.agents.words_counts import counted


def _counted(text: str) -> str | None:
    found = counted(expand(text).lower())
    return None if found is None else found.shown


@pytest.mark.parametrize(("text", "shown"), [
    ("the crate takes 20 bottles and we have 130 bottles, how many crates?", "7 crates"),
    ("150 cupcakes, 24 cupcakes to a tray - trays needed?", "7 trays"),
    ("we need 500 flyers printed; each pack holds 100 flyers. how many packs?", "5 packs"),
    ("40 kids, 2 slices each, one pizza has 8 slices. how many pizzas should we order?",
     "10 pizzas"),
    ("a tin makes 12 muffins. for 50 muffins how many tins?", "5 tins"),
    ("2 cups of flour make 12 scones, I want 30 scones; how many cups of flour?", None),
    ("4 lemons make 6 glasses of lemonade. how many lemons for 15 glasses?", "10 lemons"),
    ("a 60-dose inhaler, 2 doses twice a day — how many days will it last?", "15 days"),
    ("a tub of 90 capsules, 1 capsule 3 times a day. how many whole days?", "30 days"),
    ("the shop has 1000 masks and gives out 120 a day. how many full days before it runs out?",
     "8 full days"),
    ("5 ml bottle, 20 drops per ml, 1 drop twice a day in each eye. how long does it last?",
     "25 days"),
    ("he takes 1 capsule twice a day, how many capsules for a 2 week trip?", "28 capsules"),
    ("3 tablets in the morning and 1 at night for 10 days - how many tablets?", "40 tablets"),
    ("I have 3 kids, what is 5 times 4?", None),
    ("how many days until the weekend?", None),
])
def test_whole_counts(text: str, shown: str | None) -> None:
    got = _counted(text)
    if shown is None:
        assert got is None, (text, got)
    else:
        assert got is not None and got.startswith(shown), (text, got)


def test_beats_counted_over_seconds_are_also_bpm() -> None:
    from core.agents.words_dimensions import dimensions

    found = dimensions(expand("counted 21 beats in 15 seconds, what is my pulse per minute?")
                       .lower())
    assert found is not None and "(84 bpm)" in found.shown


def test_pack_years_are_no_packs() -> None:
    assert _counted("20 a day for 10 years, how many pack-years? (20 per pack)") is None
