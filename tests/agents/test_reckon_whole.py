"""Whole containers rounded up, a charge per period begun, an age from a year of birth,
and the mark needed next with the average so far — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("a minibus seats 14, how many minibuses for 60 people?", "5 minibuses (10 spare)"),
    ("tiles are sold 12 to a pack, I need 150 tiles, how many packs?", "13 packs (6 spare)"),
    ("each shelf holds 30 books. 95 books, how many shelves?", "4 shelves (25 spare)"),
    ("Cups come in packets of 50 and we expect 400 guests: how many packets?", "8 packets"),
])
def test_whole_containers_are_rounded_up(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "start"), [
    ("parking costs £2.50 for each 30 minutes or part thereof. I parked for 95 minutes, "
     "how much?", "£10.00"),
    ("the garage bills 40 an hour or part of an hour; the job took 2 hours 5 minutes. "
     "what is the labour charge?", "120.00"),
])
def test_a_charge_for_each_period_begun(text: str, start: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown().startswith(start), (text, found)


@pytest.mark.parametrize(("text", "age"), [
    ("my dad was born in 1960, what age does he turn in 2025?", "65"),
    ("if you were born in 2003, how old are you in 2040?", "37"),
])
def test_an_age_from_the_year_of_birth(text: str, age: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == f"{age} years old", (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("after 4 quizzes I have 7, 8, 6 and 9. what score on the next one gets my mean to 8?",
     "10"),
    ("my marks: 55, 60, 70. what is my current average and what do I need in the 4th exam "
     "for a 65 average?", "average so far 61.67; needed next: 75"),
    ("scored 12, 15 and 9 in 3 games; what must I score in game four to average 13 over 4?",
     "16"),
])
def test_the_mark_needed_next(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_how_many_fit_in_a_limit_is_not_rounded_up() -> None:
    found = reckon("I allow myself 400 mg a day and a can has 80 mg; how many full cans can I "
                   "have?")
    assert found is None or "spare" not in found.shown(), found
