"""Everyday quantities (doses, supplies, walks, recipes, a share of maximum heart rate) are
worked out exactly and shown in the unit the question names, in wordings the rules were
not written from."""

from __future__ import annotations

import pytest

from core.agents.asks import complete
from core.agents.intents import classify
from core.agents.measures import health_result
from core.agents.plan import Subtask
from core.agents.quantities import target_units
from core.tools.health import HealthResult


@pytest.mark.parametrize(("text", "value"), [
    # a dose by body weight, per dose or per day split into doses
    ("she weighs 18 kg and the dose is 5 mg/kg, what should I give?", "90 mg"),
    ("give 30 mg per kg per day divided into 3 doses; he is 20 kg. how much per dose?",
     "200 mg"),
    ("dosage 2 mg per lb, dog weighs 45 lb - how many mg?", "90 mg"),
    # a liquid medicine: the volume for a dose, or the mg in a volume
    ("paracetamol suspension 120mg/5ml, I need 180 mg - how many ml?", "7.5 ml"),
    ("how many mg in 7.5 ml of a 250 mg per 5 ml liquid?", "375 mg"),
    ("dose is 300 mg and the bottle says 250 mg in 5 ml. what volume do I give?", "6 ml"),
    # how long a supply lasts, or how many are needed
    ("a bottle of 60 vitamins, one daily, how many weeks does it last?",
     "8.57 weeks (about 8.6 weeks)"),
    ("I've got 56 pills left and take 2 a day - when do they run out, how many days?",
     "28 days"),
    ("I take 2 pills a day, how many pills do I need for 3 weeks?", "42"),
    # a dose every few hours, a number of times a day: the doses by the times
    ("she has 3 capsules every 6 hours, 4 times a day; how many capsules for 5 days?", "60"),
    ("1 tablet every 8 hrs and 3 times a day - how many tablets for a fortnight?", "42"),
    # a walk from steps and stride, either way round
    ("my stride is 75 cm and I did 12,000 steps, how far is that in miles?", "5.59 miles"),
    ("walked 9,000 steps with a stride of 0.7 m. distance in km?", "6.3 km"),
    ("how many steps is 5 km if my step length is 0.8 m?", "6,250 steps"),
    # a recipe scaled
    ("recipe serves 4: 300 g rice, 2 onions. how much rice for 10 people?", "750 g of rice"),
    ("this cake recipe makes 8 portions with 3 eggs. how many eggs if I bake it for 12?",
     "4.5 eggs"),
    # a percentage change: a profit or loss on a resale, an old and a new amount
    ("picked up a guitar for 250 and resold it for 310 - percentage profit?", "24%"),
    ("bought shares at $40, sold them at $30, what % loss?", "25%"),
    ("cost price 80, selling price 100, what's the markup percent?", "25%"),
    ("there were 4,500 members last year and 4,140 now, by how many percent did it drop?",
     "8%"),
    ("rent went from 1,200 to 1,350, what's the percentage increase?", "12.5%"),
    ("we now have 56 staff, 5 years ago it was 40. percentage growth?", "40%"),
    ("by what percent is 60 more than 48?", "25%"),
    ("my rent went down from 1700 to 1496 a month. by what percent?", "12%"),
    ("the price rose from 80 to 100, what's the percentage increase?", "25%"),
    ("visitors: 2019 had 12,000, 2023 had 9,000. what's the % change?", "25% (−25%)"),
    ("last month I weighed 80 kg, now 76 kg, what percentage did I lose?", "5%"),
    # a supply counted on its own
    ("30 tablets, 2 a day, how many days?", "15 days"),
    # speed, distance and time, any way round
    ("I drove 150 km at 60 km/h, how long did it take?", "2.5 hours (2 h 30 min)"),
    ("at 12 mph, how many miles do I cover in 45 minutes?", "9 miles"),
    ("a ship sails 90 nautical miles at 15 knots. how many hours is that?", "6 hours"),
    ("cycling at 20 km/h for 1 hour 30 minutes, how far?", "30 km"),
    ("the train goes 300 km/h. how long for 450 km?", "1.5 hours (1 h 30 min)"),
    # percentage points between two rates, or the change relative to the first
    ("the mortgage rate went from 3% to 4.5%. how many percentage points is that?",
     "1.5 percentage points"),
    ("the rate rose from 2% to 3%, by what percent did it increase?", "50%"),
    ("the medicine is 40 mg per ml, I need 100 mg, how many ml?", "2.5 ml"),
    ("how many tablets for 30 days at 2 tablets twice a day?", "120"),
    # a discount or a saving as a percentage; a change asked 'in percent'
    ("original price 80, sale price 60, what percent off is that?", "25%"),
    ("what percentage did I save if I paid 72 for something normally 90?", "20%"),
    ("my electricity bill went up from 85 to 102 a month. how much is that in percent?",
     "20%"),
    ("take 5 ml three times a day; the bottle is 150 ml. how many days will it last?",
     "10 days"),
    ("a 100 ml bottle, 10 ml twice a day - how long does it last?", "5 days"),
    ("2 tablets twice daily from a pack of 56, how many days?", "14 days"),
    # how many are taken over a period
    ("I pay 2 tablets a day, how many in a week?", "14"),
    # fuel economy from a trip, or the fuel a trip needs
    ("a car travels 180 km on 12 litres. how many km per litre?", "15 km per litre"),
    ("I drove 420 miles on 12 gallons, what's my mpg?", "35 mpg"),
    ("used 38 litres for 520 km - what's the fuel consumption?", "7.31 L/100 km"),
    ("how many litres do I need for 350 km if the car uses 6 L per 100 km?", "21 litres"),
    ("a 240 mile trip at 30 mpg, how many gallons?", "8 gallons"),
    # an amount at a steady rate over a time, or the time an amount takes
    ("I burn 300 kcal an hour cycling, how many in 45 minutes?", "225 kcal"),
    ("a tap drips 5 ml per minute, how much water is lost in a day?", "7,200 ml"),
    ("I read 30 pages an hour. how long will a 420 page book take?", "14 hours"),
    ("how long to burn 500 kcal at 400 kcal per hour?", "1.25 hours (1 h 15 min)"),
    # a running pace
    ("ran 10 km in 52 minutes, what's my pace?", "5:12 per km (5.2 min/km)"),
    ("3 miles in 27 minutes - how many minutes per mile is that?", "9:00 per mile (9 min/mile)"),
    # the time between two clock times, past midnight too
    ("my shift is from 9:15 to 17:45, how long is that?", "8 h 30 min (8.5 hours)"),
    ("I slept from 10:30pm until 6:45am, how many hours is that?", "8 h 15 min (8.25 hours)"),
    ("the meeting runs 9am - 12:30pm. duration?", "3 h 30 min (3.5 hours)"),
    ("the match ran from 19:45 to 21:38, how many minutes was that?", "113 minutes (1 h 53 min)"),
    ("how long from 8:10am to 2:05pm in minutes?", "355 minutes (5 h 55 min)"),
    ("I made 30 on something that cost me 120, what's that as a percent profit?", "25%"),
    ("I sold my old phone for 180 after paying 650 for it. what was the loss in percent?",
     "72.31%"),
    ("what was the return on investment if I put in 2,000 and got back 2,300?", "15%"),
    ("I need 3 cups of flour for 12 cookies. how much for 30 cookies?", "7.5 cups of flour"),
    ("target heart rate at 75% for a 30-year-old?", "142.5 bpm (about 143 bpm)"),
    # a heart rate as a share of the maximum
    ("my heart rate hit 150 bpm on the run, I'm 40. what percent of my max is that?",
     "83.3%"),
    ("I'm 30 and my pulse was 133. what percentage of max heart rate is that?", "70%"),
    # a recipe doubled, or for a number of people instead of another
    ("the recipe uses 250 g butter, I'm doubling it - how much butter?", "500 g of butter"),
    ("to feed 10 instead of 4, how many grams of pasta if the recipe says 320 g?",
     "800 g of pasta"),
    # one percentage of the maximum heart rate
    ("what's 75% of my maximum heart rate? I am 44", "132 bpm"),
])
async def test_everyday_quantities(text: str, value: str) -> None:
    assert classify(text).agent == "health"
    result = await health_result(text)
    assert isinstance(result, HealthResult), result
    assert result.value == value


def test_the_answer_unit_is_no_conversion() -> None:
    text = "the leaflet says 10 mg per kg and he is 31 kg, how many mg?"
    assert target_units(text, alone=False) == []
    plan = complete([Subtask("t1", "health", text)], text, 0)
    assert [t.agent for t in plan] == ["health"]


async def test_a_dose_rate_without_the_weight_asks_for_it() -> None:
    text = "the dose is 10 mg/kg - how many mg?"
    assert classify(text).agent == "health"
    assert "weight" in str(await health_result(text))
    result = await health_result(f"{text} — 69 lb")  # a weight converted just before
    assert isinstance(result, HealthResult) and result.value == "313 mg"


@pytest.mark.parametrize("text", [
    "I walked 8000 steps today, feeling great",
    "the recipe serves 4 and it was delicious",
    "my pack has 30 tablets in it",
    "I drove at 60 km/h yesterday for fun",
    "the shop is open 9:00-17:30 every day",
])
def test_statements_stay_chat(text: str) -> None:
    assert classify(text).agent == "chat"


def test_a_duration_asked_is_no_conversion() -> None:
    assert target_units("how many days will it last?", bare=True) == []
    assert target_units("how many hours does the trip take?", bare=True) == []
    assert target_units("how many hours is it?", bare=True) != []


@pytest.mark.parametrize(("text", "kg"), [
    ("I'm 5 foot 4 and weigh 9 stone 7, what's my bmi?", 60.33),
    ("12 st 4, 170 cm, bmi?", 78.02),
    ("11 stone and 3 pounds", 71.21),
    ("I am 10 stone, 30 years old", 63.5),
])
def test_stones_and_pounds(text: str, kg: float) -> None:
    from core.agents.bodydata import weight_kg

    weight = weight_kg(text)
    assert weight is not None and abs(weight - kg) < 0.01
