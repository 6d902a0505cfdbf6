"""Named health measures, weighed supplies and fuel consumption read from everyday wording."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("BSA by Mosteller, 180 cm and 75 kg?", "1.94 m²"),
    ("what's the body surface area of a patient 160cm tall weighing 60kg", "1.63 m²"),
    ("waist 80 cm, I'm 170 cm tall - waist to height ratio?", "0.47"),
    ("what is my waist-to-height? height 180 cm and waist 90 cm", "0.5"),
    ("I weigh 70 kg and want 1.6 g of protein per kg. how many grams a day?", "112 g"),
    ("how many units of alcohol in a 500 ml beer at 4% ABV?", "2 units"),
    ("a 750ml bottle of 12% wine - how many units?", "9 units"),
    ("U-100 insulin, how many ml is 15 units?", "0.15 ml"),
    ("1 litre to run over 8 hours, what's the rate in ml/hr?", "125 ml/hr"),
    ("1000 ml over 8 hours with a 20 drops/ml set: how many drops/min?", "41.67 drops/min"),
    ("a 2 kg bag of cat food, she eats 80 g a day. how long will it last?", "25 days"),
    ("500g of coffee, 15 g a cup and 2 cups a day - how many days will it last", "16.67 days"),
    ("15kg sack of kibble, 350 g per day, how many whole days does it last?", "42 full days"),
    ("40 tablets, half a tablet a day. how many days will that last?", "80 days"),
    ("I put in 45 litres and had driven 600 km. consumption in L/100 km?", "7.5 L/100 km"),
])
def test_measures_worked_out(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


@pytest.mark.parametrize("text", [
    "I had 3 beers at 5% last night, was that a lot?",
    "there are 40 units in our block of flats",
    "my waist is 80 cm",
])
def test_chat_left_alone(text: str) -> None:
    assert reckon(text) is None


@pytest.mark.parametrize(("text", "shown"), [
    ("what's my max heart rate by Tanaka? I'm 40", "180 bpm"),
    ("Tanaka formula for a 65 year old - maximum HR?", "162.5 bpm"),
    ("Karvonen: I'm 30, resting heart rate 60, what's 70% intensity?", "151 bpm"),
    ("using karvonen, age 50 and 55 bpm at rest, target at 60%?", "124 bpm"),
])
def test_named_heart_rate_formulas(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("took paracetamol at 9.15 pm and must wait 4 hours before the next one, when is that?",
     "01:15"),
    ("last dose at 7am, leave at least 6 hours before taking another - what time?", "13:00"),
])
def test_waiting_before_the_next_dose_runs_on(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()
