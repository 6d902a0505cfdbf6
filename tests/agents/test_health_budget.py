"""Everyday health sums in their own words (not the wordings of any measured round)."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("the daily limit is 3000 mg and I've had 3 tablets of 500 mg. how much more can I take?",
     "1,500 mg"),
    ("I have taken 800 mg today, what share of the 3200 mg maximum is that?", "25%"),
    ("half-life of 4 hours; I took 200 mg. how much is left after 12 hours?", "25 mg"),
    ("my glucose is 15, my target is 7 and 1 unit lowers it by 2. how many units for the "
     "correction?", "4 units"),
    ("pulse 170 at the finish and 140 a minute later - heart rate recovery?", "30 bpm"),
    ("I should get 8 hours a night but slept 6, 7 and 5. what is my sleep debt?", "6 hours"),
    ("intake 1500 ml, urine 1200 ml, vomit 100 ml: what is the fluid balance?", "+200 ml"),
    ("average of my readings 130/80, 120/90 and 140/70?", "130/80 mmHg"),
    ("a kg of fat is 7700 kcal; with a 550 kcal daily deficit, how many weeks to lose 5 kg?",
     "10 weeks"),
    ("to lose 0.5 kg a week what deficit do I need per day if 1 kg of fat is 7700 kcal?",
     "550 kcal a day"),
    ("I weigh 80 kg with 25% body fat, how much is lean mass?", "lean mass 60 kg"),
    ("a yoghurt has 200 kcal and 10 g of protein, what percent of calories is protein?", "20%"),
])
def test_health_budget(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("my last period started on 1 January 2026, when is the due date?", "8 October 2026"),
    ("LMP was March 3rd, 2026 - when am I due?", "2026-12-08"),
    ("we conceived on 2026-02-14, what is the due date?", "7 November 2026"),
])
def test_due_date(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("TDEE of 2,400 calories and I want a 20% deficit - how many calories a day?",
     "1920 kcal a day"),
    ("maintenance 2000 kcal; to bulk I'll eat 10% more. what is my target?", "2200 kcal a day"),
])
def test_calories_moved_by_a_percent(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


def test_a_daily_dose_per_kilogram() -> None:
    found = reckon("he takes 250 mg per day and weighs 20 kg - what is that in mg/kg/day?")
    assert found is not None
    assert found.shown() == "12.5 mg/kg/day"
