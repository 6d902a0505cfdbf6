"""Health figures by the formula a message states, schedules on the clock, and bedtimes — in
wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "expected"), [
    # energy from METs (MET × kg × hours), or the per-minute formula when it is named
    ("swimming laps is 9.8 METs; at 62 kg for an hour and a half, how many calories?",
     "911.4 kcal"),
    ("I did 30 minutes at 6 METs and weigh 80 kg. kcal burnt using MET × 3.5 × kg / 200 per "
     "minute?", "252 kcal"),
    # maintenance calories from a BMR and an activity factor
    ("BMR of 1,450 and I'm moderately active (factor 1.55) - what's my TDEE?", "2,248 kcal"),
    # tablets at several times of day
    ("there are 50 capsules in the pack; 2 with breakfast and 3 with dinner. how many full "
     "days?", "10 days"),
    ("I take 1 tablet in the morning, 1 at lunch and 2 at bedtime, how many a day is that?",
     "4 a day"),
    # heart rate reserve (220 − age − resting)
    ("age 52, resting heart rate 64: heart rate reserve?", "104 bpm"),
    # the last of a run of doses, doses up to a latest time, a landing in local time
    ("4 injections 6 hours apart starting 07:00 - when is the final one?", "01:00"),
    ("one dose every 6 hours, first at 8am and none after 9pm, how many doses can I have?",
     "3 doses"),
    ("we depart at 09:10, the flight takes 3 h 20 min and they are 1 hour behind. what is the "
     "local time when we land?", "11:30"),
    # a bedtime from the alarm and the sleep wanted, a shift past midnight
    ("I need to be up at 6:15 and want 7.5 hours of sleep - what time should I go to bed?",
     "22:45"),
    ("night shift from 21:30 to 06:00, how long is that?", "8 h 30 min"),
    # kitchen ratios: a brew ratio, a dough's hydration, a tin of another size
    ("for a 1:16 coffee to water brew with 480 ml of water, how many grams of coffee?",
     "30 g"),
    ("bread at 68% hydration, using 750 g of flour - how much water do I add?", "510 g"),
    ("I have 390 g of water and want 65% hydration, how much flour?", "600 g"),
    ("the cake needs a 20 cm round tin and 240 g of butter; what do I use for a 25 cm round "
     "tin?", "375 g"),
    # a water rule the message states, in the unit asked
    ("they say drink two thirds of your weight in ounces of water. I'm 90 kg, how many "
     "ounces?", "132.28 fl oz"),
    ("drink 50% of your body weight (lb) in fl oz - at 180 lb, how many litres a day?",
     "2.66 litres"),
    # doses: a total asked in grams, the next dose from a time written 11.20
    ("she has 400 mg three times a day, how many grams a day in total?", "1.2 g"),
    # gas marks both ways, a weight per cup used for cups
    ("what gas mark is 200 C?", "gas mark 6"),
    ("the tin says gas mark 3 - what is that in celsius?", "170 °C"),
    ("if 1 cup of rice is 185 g, how many grams in 3 cups?", "555 grams"),
    # a pace from a stopwatch time
    ("parkrun 5 km in 27:30 - pace per km?", "5:30 per km"),
    ("half marathon, 21.1 km in 1:52:30, what pace per km is that?", "5:20 per km"),
])
def test_health_formulas_and_schedules(text: str, expected: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert expected in found.shown()


@pytest.mark.parametrize(("text", "expected"), [
    ("what is my max HR by 211 - 0.64 x age? I am 38", "186.68 bpm"),
    ("my max heart rate at 45 using 208 - 0.7 x age?", "176.5 bpm"),
])
def test_a_maximum_heart_rate_by_the_formula_written(text: str, expected: str) -> None:
    found = reckon(text)
    assert found is not None and expected in found.shown()


def test_an_amount_of_water_given_is_no_daily_need() -> None:
    from core.agents.bodydata import health_ask

    assert health_ask("how many 750 ml flasks for 4 litres of water?") is None
    assert health_ask("I weigh 80 kg, how much water should I drink?") == "water"


@pytest.mark.parametrize(("text", "expected"), [
    ("it's 7:30 am in Lisbon and Dubai is 4 hours ahead - what time is it in Dubai?", "11:30"),
    ("we're 3 hours behind our friends. it's 10pm here, what time is it there?", "01:00"),
])
def test_a_clock_time_in_another_time_zone(text: str, expected: str) -> None:
    found = reckon(text)
    assert found is not None and expected in found.shown()


@pytest.mark.asyncio
async def test_maintenance_calories_from_the_body_and_an_activity_level() -> None:
    from core.agents.measures import health_result
    from core.tools.health import HealthResult

    result = await health_result("woman, 50, 160 cm, 70 kg, lightly active - maintenance "
                                 "calories?")
    assert isinstance(result, HealthResult)
    assert result.value == "1772.38 kcal/day (about 1772 kcal/day)"
