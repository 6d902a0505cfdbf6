"""Health and everyday-measure kinds, each in wordings of its own: the weight for a BMI
aimed at, how many doses a course takes, a clock time a duration after or before another,
and the fuel a trip needs with its cost."""

from __future__ import annotations

import pytest

from core.agents.health_doses import dose_count
from core.agents.intents import classify
from core.agents.measures import health_result
from core.agents.words_reckon import reckon
from core.tools.health import HealthResult


@pytest.mark.parametrize(("text", "value"), [
    ("I'm 185 cm tall. what would I need to weigh for a BMI of 24?", "82.14 kg"),
    ("what weight gives a BMI of 22 at 1.70 m?", "63.58 kg"),
    ("how heavy should I be for a BMI of 25 if I'm 5'10?", "79.03 kg"),
    ("target weight for BMI 23, height 168 cm", "64.92 kg"),
    ("I'm 6 ft, how many pounds is a 30 BMI?", "221.2 lb"),
    ("to get a bmi under 25 what should i weigh? i'm 172cm", "73.96 kg"),
])
@pytest.mark.asyncio
async def test_the_weight_for_a_bmi(text: str, value: str) -> None:
    assert classify(text).agent == "health"
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value == value, result


@pytest.mark.asyncio
async def test_the_weight_to_lose_for_a_bmi() -> None:
    result = await health_result("I'm 90 kg and 180 cm, how much do I need to lose to get my "
                                 "BMI down to 25?")
    assert isinstance(result, HealthResult) and result.value == "81 kg"
    assert "9 kg to lose" in result.detail


@pytest.mark.asyncio
async def test_a_bmi_asked_is_still_a_bmi() -> None:
    result = await health_result("my weight is 80 kg and height 170 cm - bmi?")
    assert isinstance(result, HealthResult) and result.value == "27.68"


@pytest.mark.parametrize(("text", "shown"), [
    ("if I take it every 4 hours for 7 days, how many doses is that altogether?", "42 doses"),
    ("one tablet every 8 hours for 2 weeks - how many tablets do I need?", "42 tablets"),
    ("2 puffs every 12 hours over a fortnight, how many puffs?", "56 puffs"),
    ("every 6 hours for 3 days: how many doses?", "12 doses"),
    ("a 10-day course, one capsule every 12 hours. how many capsules?", "20 capsules"),
    ("the drops go in every 2 hours for a day, total number of drops?", "12 drops"),
])
def test_doses_in_a_course(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
    assert classify(text).agent == "health"


def test_no_course_no_count() -> None:
    assert dose_count("every 4 hours, how many doses?") is None  # no length of course
    assert dose_count("take one every 8 hours for 5 days") is None  # nothing asked


@pytest.mark.parametrize(("text", "shown"), [
    ("last pill was at 20:00 and the next is due 12 hours later - what time is that?",
     "08:00 (8:00 am, the next day)"),
    ("took my tablet at 9:30pm, the next one is due in 8 hours. when should I take it?",
     "05:30 (5:30 am, the next day)"),
    ("what time is it 6 hours after 10pm?", "04:00 (4:00 am, the next day)"),
    ("5 hours before 3am is what time?", "22:00 (10:00 pm, the day before)"),
    ("the meeting starts at 2pm and lasts 90 minutes, when does it end?", "15:30 (3:30 pm)"),
    ("what time should I take my next pill if my last was at 7:30 and they're 8 hours apart?",
     "15:30 (3:30 pm)"),
    ("my flight is at 6:45am and I need to be at the airport 2 hours before, when do I need "
     "to be there?", "04:45 (4:45 am)"),
])
def test_a_clock_time_after_a_duration(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_a_dose_schedule_is_no_single_time() -> None:
    assert reckon("take one every 8 hours from 10pm, when are the next ones?") is None


@pytest.mark.parametrize(("text", "shown"), [
    ("driving 397 km, car uses 9.4 L/100km and fuel is €1.52 a litre. how many litres and "
     "what will it cost?", "37.32 litres, costing €56.72 at €1.52 a litre"),
    ("my car does 40 miles per gallon and gas is $3.50 a gallon, how many gallons for 300 "
     "miles and how much will I spend?", "7.5 gallons, costing $26.25 at $3.50 a gallon"),
    ("a 600 km trip, my car does 15 km per litre and petrol costs 1.80 a litre. how many "
     "litres do I need?", "40 litres"),
])
def test_fuel_and_its_cost(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_the_cost_alone_stays_maths() -> None:
    text = "driving 397 km, car uses 9.4 L/100km and fuel is €1.52 a litre. what will it cost?"
    assert reckon(text) is None and classify(text).agent == "math"


@pytest.mark.parametrize(("text", "shown"), [
    ("a 60 x 30 x 40 cm tank, how many litres?", "72 litres"),
    ("the pool is 8 m long, 4 m wide and 1.2 m deep - how many litres of water does it take?",
     "38,400 litres"),
    ("a raised bed 2.4m by 1.2m by 0.3m - how many cubic metres of soil?", "0.86 m³"),
    ("fish tank 24 by 12 by 16 inches: how many gallons?", "19.95 US gallons"),
    ("what's the volume of a box 30cm x 20cm x 10cm?", "6,000 cm³ (6 litres)"),
    ("tank: 2 m long, 1 m wide, 1 m high. how many litres, and how many US gallons?",
     "2,000 litres (528.34 US gallons)"),
])
def test_the_volume_of_a_box(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("cook the turkey 40 min per kg + 20 min, it's 5.5 kg - how long?", "240 minutes (4 h)"),
    ("20 minutes per 500 g plus 20 minutes extra, the chicken weighs 1.8 kg, cooking time?",
     "92 minutes (1 h 32 min)"),
    ("15 mins per lb plus 15, for a 12 lb turkey: how long?", "195 minutes (3 h 15 min)"),
    ("allow 25 minutes per kilo and an extra 25 minutes; 2.2 kg leg of lamb, how long in the "
     "oven?", "80 minutes (1 h 20 min)"),
    ("45 minutes a kilo, 3 kg ham - how many hours?", "2.25 hours (2 h 15 min)"),
])
def test_a_cooking_time_by_weight(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("burned 510 kcal on each of my 3 runs this week, total?", "1,530 kcal"),
    ("4 runs of 8.5 km each - total distance?", "34 km"),
    ("450 kcal per session, 3 sessions this week, how many kcal altogether?", "1,350 kcal"),
    ("each of my 5 loads weighed 12 kg, what's the total?", "60 kg"),
])
def test_a_repeated_amount_totalled(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_prices_are_no_repeated_measure() -> None:
    assert classify("3 pizzas at 11.50 each and 4 drinks at 2.25, total?").agent == "math"


@pytest.mark.parametrize(("text", "shown"), [
    ("did 21.1 km in 2h 03m - average speed?", "10.29 km/h"),
    ("cycled 42 km in 1 hour 45 minutes, what was my average speed?", "24 km/h"),
    ("ran 13.1 miles in 1:52:30 - how fast was that?", "6.99 mph"),
    ("10 km in 1h 15m, what's my speed in mph?", "4.97 mph"),
])
def test_a_speed_over_hours_and_minutes(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_a_plain_time_speed_stays_maths() -> None:
    assert reckon("did 12 km in 72 minutes, my speed?") is None


@pytest.mark.parametrize("text", [
    "how much should someone who weighs 81 kg drink?",
    "I weigh 70 kg, how much do I need to drink a day?",
    "what fluid intake is recommended for a 60 kg woman?",
])
@pytest.mark.asyncio
async def test_how_much_to_drink(text: str) -> None:
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.name == "daily water", result


def test_a_drink_at_a_party_is_chat() -> None:
    assert classify("how much should I drink at the party tonight?").agent == "chat"


@pytest.mark.asyncio
async def test_dose_times_beside_a_supply() -> None:
    result = await health_result("the bottle is 200 ml, 10 ml twice a day, every 12 hours "
                                 "from 7am. how long does it last and when do I take it?")
    assert isinstance(result, HealthResult) and result.value == "10 days"
    assert "07:00, 19:00" in result.detail


@pytest.mark.parametrize(("text", "shown"), [
    ("a 30 g serving of cereal, it has 380 kcal per 100 g. how many calories?", "114 kcal"),
    ("a 330 ml can has 10.6 g of sugar per 100 ml: how much sugar in the can?",
     "34.98 g of sugar"),
    ("25 g protein per 100 g, I ate 250 g of chicken - how much protein?", "62.5 g of protein"),
    ("crisps are 530 kcal/100g and the bag is 40g, how many kcal?", "212 kcal"),
    ("how many calories in 1.5 kg of potatoes at 77 kcal per 100 g?", "1,155 kcal"),
])
def test_an_amount_per_so_much(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("400mg three times a day for 5 days, how many mg in total?", "6,000 mg"),
    ("500 mg every 6 hours for 2 weeks: how many mg altogether?", "28,000 mg"),
    ("2 x 250 mg capsules twice daily for 10 days, how much in total?", "10,000 mg"),
])
def test_the_amount_taken_over_a_course(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("what's 30 mpg in litres per 100 km?", "7.84 L/100 km"),
    ("8 L/100km in mpg?", "29.4 mpg (US)"),
    ("my car does 15 km per litre, what's that in L/100km?", "6.67 L/100 km"),
    ("what is 50 uk mpg in l/100km?", "5.65 L/100 km"),
])
def test_fuel_economy_in_another_measure(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("what's a 5:30 per km pace in minutes per mile?", "8:51 per mile (8.85 min/mile)"),
    ("my pace is 8 min/mile, what's that per km?", "4:58 per km (4.97 min/km)"),
    ("running at 5:00 per km, what speed is that in km/h?", "12 km/h"),
    ("at 5:30 per km, how long does 21.1 km take?",
     "1:56:03 (h:mm:ss), 1.93 hours (1 h 56 min)"),
    ("my finish time for 10 miles at 9:15 per mile?", "1:32:30 (h:mm:ss), 1.54 hours (1 h 32 min)"),
])
def test_a_pace_given(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("I leave at 9:15 and drive 240 km at 80 km/h, what time do I arrive?", "12:15 (12:15 pm)"),
    ("the train departs 22:40 and covers 350 miles at 70 mph. when does it get in?",
     "03:40 (3:40 am, the next day)"),
])
def test_an_arrival_at_a_speed(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "value"), [
    ("fat burn zone for 30 yo", "114–133 bpm"),
    ("what's my cardio zone? I'm 40", "126–144 bpm"),
])
@pytest.mark.asyncio
async def test_a_heart_rate_zone_by_its_name(text: str, value: str) -> None:
    result = await health_result(text)
    assert isinstance(result, HealthResult) and result.value == value, result


@pytest.mark.parametrize(("text", "shown"), [
    ("how much butter if I scale it from 8 servings to 12? the recipe has 150 g butter",
     "225 g of butter"),
    ("the soup serves 6 with 900 ml stock - how much stock going from 6 people down to 4?",
     "600 ml of stock"),
])
def test_a_recipe_from_one_size_to_another(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_one_hour_is_singular() -> None:
    found = reckon("how long to walk 5 km at 5 km/h?")
    assert found is not None and found.shown() == "1 hour"


@pytest.mark.parametrize(("text", "shown"), [
    ("a 60 W bulb on for 5 hours, how many kWh?", "0.3 kWh"),
    ("a 2 kW heater runs 3 hours a day for 30 days: how much energy does it use?", "180 kWh"),
    ("a 2 kW heater runs 3 hours a day for 30 days at 0.28 per kWh, what does it cost?",
     "180 kWh, costing 50.40"),
    ("my 1500 W kettle runs 10 minutes a day, how many kWh in a week?", "1.75 kWh"),
])
def test_the_energy_an_appliance_uses(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


def test_paint_for_a_room_is_no_volume() -> None:
    assert reckon("the room is 5 m by 4 m by 3 m, how much paint do I need for the walls?") \
        is None


@pytest.mark.parametrize(("text", "shown"), [
    ("to lose 10 kg at 0.5 kg per week, how many weeks will it take?", "20 weeks"),
    ("how long to lose 6 kg if I lose 0.75 kg a week?", "8 weeks"),
    ("how long do I need to cycle to burn 500 kcal at 400 kcal an hour?",
     "1.25 hours (1 h 15 min)"),
])
def test_the_time_an_amount_takes_at_a_rate(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.asyncio
async def test_a_weight_aimed_at_beside_the_present_one() -> None:
    result = await health_result("what should I weigh for a BMI of 24? — 180 cm, 90 kg")
    assert isinstance(result, HealthResult) and result.value == "77.76 kg"
    assert "12.24 kg to lose" in result.detail
    mine = await health_result("I'm 170 cm and 80 kg - what would I have to weigh to have a "
                               "BMI of 22?")
    assert isinstance(mine, HealthResult) and mine.value == "63.58 kg"


@pytest.mark.asyncio
async def test_a_bmr_over_a_week_in_the_same_ask() -> None:
    result = await health_result("Female, 31, 158 cm, 54 kg. BMR please, and what is it over a "
                                 "week?")
    assert isinstance(result, HealthResult)
    assert result.value == "1211.5 kcal/day (about 1212 kcal/day)"
    assert result.detail.startswith("8484 kcal")


@pytest.mark.parametrize(("text", "shown"), [
    ("my tank is 50 litres and the car does 6 L/100km, how far can I go on a full tank?",
     "833.33 km"),
    ("with 12 gallons at 30 mpg, how many miles can I drive?", "360 miles"),
    ("how many km can I drive on 40 litres at 15 km per litre?", "600 km"),
])
def test_how_far_a_tank_goes(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
