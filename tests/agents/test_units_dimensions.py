"""Quantities with units combined by multiplying and dividing to the unit asked: times from
an amount and a rate, totals from a rate and a period, shares per person, counts of things
that fit or are needed, rates per period, percentages — in wordings of their own — and
the questions left alone (a single conversion, chat, two readings that fit equally)."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.wording import expand
from core.agents.words_dimensions import dimensions
from core.agents.words_reckon import reckon


def _shown(text: str) -> str:
    found = dimensions(expand(text).lower())
    assert found is not None, text
    return found.shown


@pytest.mark.parametrize(("text", "expected"), [
    # an amount at a rate: the time it takes
    ("the battery stores 75 kWh and the wall box delivers 11 kW - how long in hours?",
     "6.82 hours"),
    ("a 300 litre tank filled at 7 l per minute, how many hours? to 2 decimal places",
     "0.71 hours"),
    ("how many minutes to fill a 200 litre water butt from a tap running 8 l per minute?",
     "25 minutes"),
    ("a 4.5 GB film over a 20 Mbps connection: how many minutes to download it?", "30 minutes"),
    ("my tank is 60 litres and the pump moves 2.5 litres a second, how many seconds?",
     "24 seconds"),
    # a rate over a period, or a spread over an area
    ("the heater draws 2 kW; how many kWh does it use in 3.5 hours?", "7 kWh"),
    ("fertiliser at 35 g per square metre on a 120 m² garden, how many kg do I need?",
     "4.2 kg"),
    ("a tap drips 30 ml an hour. how many litres is that in a week?", "5.04 litres"),
    ("we burn 1.5 kg of charcoal a day, how many kg over a 14-day trip?", "21 kg"),
    # shared out
    ("3 litres of punch shared between 12 guests: how many ml each?", "250 ml"),
    ("a 2.4 kg roast for 8 people, how many grams per person?", "300 grams"),
    # speeds and rates per period
    ("she swam 100 m in 72 seconds. what is that in km/h?", "5 km/h"),
    ("my step counter says 1,250 steps in 10 minutes - how many steps per hour?",
     "7,500 steps an hour"),
    ("we used 45 litres of water over 3 days, how much is that per day?", "15 litres per day"),
    # things that fit, or that are needed (rounded down / up)
    ("how many 4 GB videos can I fit on a 64 GB stick?", "16 videos"),
    ("how many 2.5 MB songs fit on a 1 GB player (1 GB = 1000 MB)?", "400 songs"),
    ("the track is 400 m; how many laps do I need to run to cover at least 5 km?", "13 laps"),
    ("I have 10 litres of stock and 750 ml jars - how many jars do I need?", "14 jars"),
    ("I'm allowed 4 g of paracetamol a day and each tablet is 500 mg, what's the most "
     "tablets a day?", "8 tablets"),
    ("the EV uses 18 kWh per 100 km; how many kWh for a 250 km trip?", "45 kWh"),
    ("a 1.5 kW kettle running for 4 minutes uses how many kWh?", "0.1 kWh"),
    ("my phone uploads at 2 MB/s - how many minutes for a 3 GB backup?", "25 minutes"),
    ("my heart beat 18 times in 10 seconds - what is that per minute?", "108 times a minute"),
    ("put on 2.4 kg in 8 weeks, how much a week is that?", "0.3 kg per week"),
    ("the field is 2.5 hectares and we sow 180 kg per hectare, how many tonnes of seed?",
     "0.45 tonnes"),
    ("a 600 litre tank filled by a pump doing 40 litres a minute - how long will it take?",
     "15 minutes"),
    ("losing 0.6 kg a week, how long to lose 9 kg?", "15 weeks"),
    ("we rode 63 km in 2 hours 15 minutes - what's that in mph?", "17.4 mph"),
    ("finished the 10 km in 55 minutes, what was my average km/h?", "10.91 km/h"),
    # a rate stated as an amount in a time, used at the same rate
    ("I cycle 12 km in 40 minutes. at that rate, how long for 30 km?", "1.67 hours"),
    ("the printer did 120 pages in 8 minutes, how many pages an hour?", "900 pages an hour"),
    ("the kettle used 0.1 kWh in 4 minutes, what is that in kW?", "1.5 kW"),
    # a total from counts of things
    ("I walked 12,000 steps with a 70 cm stride, how many km?", "8.4 km"),
    ("6 bottles of 750 ml each, how many litres altogether?", "4.5 litres"),
    # a share as a percentage
    ("of my 2000 kcal today, 60 g was fat at 9 kcal per gram - what percentage of calories "
     "came from fat?", "27%"),
])
def test_quantities_combined_to_the_unit_asked(text: str, expected: str) -> None:
    assert expected in _shown(text)


@pytest.mark.parametrize("text", [
    "signed up for a 8 km race - how many miles is that? need it to 2 decimals",
    "convert 5 km to miles",
    "how many cats do I have if I had 2 and got 3 more?",
    "I have 2 cats and 3 dogs, how many pets?",
    "what's 5 km plus 3 km in miles?",
    "it's 20 km away and I have 3 kids, how many hours?",
    "the garden is 12 m by 8 m. how long is the 12 m side in feet?",
])
def test_questions_with_nothing_to_combine_are_left_alone(text: str) -> None:
    assert dimensions(expand(text).lower()) is None


def test_the_answer_is_a_health_reckoning_after_the_specific_kinds() -> None:
    found = reckon("the freezer uses 1.2 kWh a day, how many kWh in a 30-day month?")
    assert found is not None and found.value == 36
    assert classify("a 9 kWh battery on a 3 kW charger, how many hours?").agent == "health"


@pytest.mark.parametrize(("text", "expected"), [
    ("a 1.2 kW dehumidifier runs 6 hours a day - how many kWh per week?", "50.4 kWh"),
    ("the 150 W TV is on 4 hours a day, kWh in a year?", "219 kWh"),
])
def test_energy_a_day_over_the_period_asked(text: str, expected: str) -> None:
    found = reckon(text)
    assert found is not None and expected in found.shown()
