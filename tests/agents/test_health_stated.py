"""A formula written out in the message is worked with the values the message gives, each
name read by what it stands for; the formula given is the one used."""

from __future__ import annotations

import pytest

from core.agents.health_named import named_formula
from core.agents.health_stated import stated_formula
from core.agents.wording import expand


def _worked(text: str) -> str | None:
    found = stated_formula(expand(text).lower())
    return None if found is None else found.shown


@pytest.mark.parametrize(("text", "shown"), [
    ("Epley one rep max, w x (1 + reps/30): 100 kg, 5 reps", "116.67 kg"),
    ("I pressed 135 lbs 6 times - 1RM by Brzycki = w * 36/(37 - r)?", "156.77 lb"),
    ("bench 80 kg x 8, what's my one rep max using w*(1+r/30)", "101.33 kg"),
    ("Lombardi 1RM = weight × reps^0.1, 100 kg for 10", "125.89 kg"),
    ("uth vo2max = 15.3 * hrmax / hrrest with a max of 190 and resting 60", "48.45 ml/kg/min"),
    ("my bmi prime please (bmi divided by 25), I'm 90 kg and 180 cm", "1.11"),
    ("mean arterial pressure from 120/80 using (sbp + 2 × dbp) / 3", "93.33 mmHg"),
])
def test_a_formula_written_out(text: str, shown: str) -> None:
    assert _worked(text) == shown, text


@pytest.mark.parametrize("text", [
    "age 40, resting 60, Karvonen 70%: max = 220 - age",  # a definition beside another ask
    "I have (2 cats + 3 dogs), how many pets?",
    "what is 3 + 4 (about 7)?",
])
def test_no_formula_to_work(text: str) -> None:
    assert _worked(text) is None


def test_blood_pressure_at_the_end_of_a_sentence() -> None:
    found = named_formula("bp 128/84. what is the map?")
    assert found is not None and found.shown == "98.67 mmHg"
