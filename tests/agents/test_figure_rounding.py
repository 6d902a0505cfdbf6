"""The precision a question asks for is honoured on the figure any calculation shows."""

from __future__ import annotations

import pytest

from core.agents.base import AgentResult
from core.agents.figure_rounding import as_asked, places_asked


@pytest.mark.parametrize(("question", "places"), [
    ("how many joules is that? whole number", 0),
    ("litres of paint needed (round)?", 0),
    ("area in square yards, round to whole", 0),
    ("how much protein in grams? nearest gram", 0),
    ("energy used, to the nearest kWh", 0),
    ("give it with no decimals", 0),
    ("what does each pay? to the cent", 2),
    ("speed in m/s, 3 decimals", 3),
    ("distance in miles? one decimal place", 1),
    ("round to a tenth of a mile", 1),
    ("to the nearest hundredth", 2),
    ("how many boxes? round up", None),
    ("to the nearest 5 cents", None),
    ("how long, to the nearest minute", None),
    ("height to the nearest inch", None),
    ("write 5/8 as a decimal", None),
    ("x to 2 dp and y to the nearest whole", None),
    ("how far is it?", None),
])
def test_places_asked(question: str, places: int | None) -> None:
    assert places_asked(question) == places


def _result(text: str, amount: float | None = None) -> AgentResult:
    return AgentResult(ok=True, text=text, basis="b", amount=amount)


def test_whole_number_rounds_the_shown_figure_and_keeps_it_beside() -> None:
    got = as_asked("9310 steps at 0.06 kcal each, whole number", _result(
        "energy: **558.6 kcal**\n_Basis: energy = 0.06 kcal × 9310 steps._", 558.6))
    assert got.text == ("energy: **559 kcal** (558.6 kcal)\n"
                        "_Basis: energy = 0.06 kcal × 9310 steps._")


def test_exact_value_is_rounded_not_the_shown_one() -> None:
    # shown 2.35 of an exact 2.3496: one decimal is 2.3, not 2.4
    got = as_asked("in litres, 1 dp", _result("water: **2.35 litres**", 2.3496))
    assert got.text.startswith("water: **2.3 litres**")


def test_every_figure_of_a_span_and_an_existing_bracket_kept() -> None:
    got = as_asked("fat and lean mass, one decimal", _result(
        "**fat 12.36 kg, lean mass 60.64 kg**"))
    assert got.text == "**fat 12.4 kg, lean mass 60.6 kg** (fat 12.36 kg, lean mass 60.64 kg)"
    got = as_asked("how many minutes together? 1 decimal", _result(
        "together **17.14 minutes** (exactly 120/7)"))
    assert got.text == "together **17.1 minutes** (exactly 120/7)"


def test_padding_times_and_unasked_left_alone() -> None:
    assert as_asked("cost? 2 decimals", _result("**4.5**")).text == "**4.50**"
    assert as_asked("1 dp", _result("leave at **9:45**")).text == "leave at **9:45**"
    same = _result("**3.14159**")
    assert as_asked("what is pi?", same) is same
    assert as_asked("whole number", _result("**12.5**\n_Basis: 12.5_")).text == \
        "**13** (12.5)\n_Basis: 12.5_"
