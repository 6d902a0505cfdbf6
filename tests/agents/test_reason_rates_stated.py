"""The quantity reasoner reads money per a unit ("$14.20/hour", "30 a day" said of pay), a
price said of one thing ("for a 640 laptop"), "how long" / "time needed" asks and one rate
turned over ("km per litre" in litres per 100 km)."""

from __future__ import annotations

import pytest

from core.agents.reason_fallback import reasoned
from core.agents.wording import expand


def _call(text: str) -> tuple[str, str, int | None]:
    found = reasoned(expand(text).lower())
    assert found is not None
    return found.expression, found.unit, found.places


@pytest.mark.parametrize(("text", "expression", "unit"), [
    ("I make $14.20/hour. How many hours until I have $710?", "710 / 14.20", "hours"),
    ("Paid 30 a day, how many days of work to afford a 840 sofa?", "840 / 30", "days"),
    ("Tom earns £12 per hour. how many hours to save £300?", "300 / 12", "hours"),
])
def test_money_per_a_unit(text: str, expression: str, unit: str) -> None:
    assert _call(text)[:2] == (expression, unit)


def test_how_long_is_a_time_in_the_unit_of_the_rate() -> None:
    assert _call("cycling, I burn 7.5 calories a minute. how long to burn 600 calories?")[:2] \
        == ("600 / 7.5", "minutes")
    assert _call("the pump moves 40 litres a minute; time needed for 1000 litres? one dp") == (
        "1000 / 40", "minutes", 1)


def test_one_rate_turned_over() -> None:
    assert _call("convert 20 km per litre into litres per 100 km")[:2] == (
        "1 / 20 * 100", "litres per 100 km")


@pytest.mark.parametrize("text", [
    "how long is a 12 m fence in feet and inches?",  # a length, not a time
    "I bought 3 apples. how many hours?",  # nothing fits
])
def test_no_guess(text: str) -> None:
    found = reasoned(expand(text).lower())
    assert found is None or "hours" not in found.unit or found.expression != "3"
