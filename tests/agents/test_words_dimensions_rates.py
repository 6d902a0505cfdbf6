"""Quantities combined by their units: chained rates, a terse asked unit, a share of time,
a pulse, fence posts at both ends and counts shown as they are when no rounding is asked."""

from __future__ import annotations

import pytest

from core.agents.words_dimensions import dimensions


@pytest.mark.parametrize(("text", "shown"), [
    ("2 g/kg of protein a day, 80 kg, over 4 meals - grams per meal?", "40 grams per meal"),
    ("10,000 units in 500 ml at 25 ml/h - how many units per hour does she get?",
     "500 units an hour"),
    ("a 10 minute bath every day at 8 l per minute, how many litres a week?", "560 litres"),
    ("burns 0.5 kcal per kg per km; 80 kg, walked 6 km, how many kcal?", "240 kcal"),
    ("syrup is 5 mg/ml and I need 40 mg. ml?", "8 ml"),
    ("500 ml over 4 hours - ml per hour?", "125 ml per hour"),
    ("resting pulse of 60 bpm, how many beats in an hour?", "3,600 beats"),
    ("hedge 30 m long, a stake every 3 m including both ends, how many stakes?", "11 stakes"),
    ("how many metric cups (250 ml) are in 2 litres?", "8 cups"),
    ("dose is 7.5 ml and I have a 5 ml spoon. how many spoonfuls?", "1.5 spoonfuls"),
])
def test_dimension_kinds(text: str, shown: str) -> None:
    found = dimensions(text)
    assert found is not None
    assert shown in found.shown


@pytest.mark.parametrize(("text", "shown"), [
    ("the pharmacist says 900 mg and the capsules are 300 mg each. how many capsules?",
     "3 capsules"),
    ("1 sachet per 200 ml of water and the jug is 500 ml. how many sachets?", "2.5 sachets"),
    ("4 cartons of juice at 1 litre each, how many 250 ml beakers can we fill?", "16 beakers"),
])
def test_things_counted_by_their_size(text: str, shown: str) -> None:
    found = dimensions(text)
    assert found is not None
    assert shown in found.shown


@pytest.mark.parametrize(("text", "shown"), [
    ("5,000 units in 250 ml running at 10 ml/h, how many units per hour?", "200 units an hour"),
    ("a rule of 2 kcal per kg per hour; 70 kg for 3 hours, how many kcal?", "420 kcal"),
])
def test_the_wider_reading_wins(text: str, shown: str) -> None:
    from core.agents.words_reckon import reckon

    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("I'm told 35 ml of water per kilo and I weigh 60, how many 250 ml glasses a day?",
     "8.4 glasses"),
    ("I want 2 litres of water a day and my flask holds 500 ml. how many flasks is that?",
     "4 flasks a day"),
])
def test_a_daily_amount_in_things_of_a_size(text: str, shown: str) -> None:
    found = dimensions(text.lower())
    assert found is not None
    assert shown in found.shown


def test_a_total_this_week_per_day() -> None:
    found = dimensions("i swam 10.5 km this week. how far is that per day on average?")
    assert found is not None
    assert found.shown == "1.5 km per day"
