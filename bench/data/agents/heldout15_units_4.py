"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: everyday quantities at work, in
a small business, at school and around the house — rates, yields, times and amounts, with a
unit change now and then."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_units import (
    FOOT,
    G_,
    HRS,
    INCH,
    KM,
    L_,
    LB,
    MILE,
    MIN,
    ML,
    US_GAL,
    clock,
    conv,
    families,
    say,
    show,
)
from bench.data.agents.heldout15_units_2 import duration, money
from bench.data.agents.helpers import Family, Item, item

F = Fraction
DAYS = ("days",)


def j_bakery_batches(rng: random.Random) -> Item | None:  # flour for a number of loaves
    loaves, g = rng.randint(12, 80), rng.choice([350, 400, 450, 500, 550])
    return conv("J_u_bakery_batches", f"Each loaf takes {g} g flour. For {loaves} loaves how many "
                "kg of flour do I need?", F(loaves * g, 1000), "kg", "kilograms", "kilos")


def j_cafe_milk(rng: random.Random) -> Item | None:  # litres of milk for lattes
    cups, ml = rng.randint(40, 300), rng.choice([150, 180, 200, 220, 250])
    return conv("J_u_cafe_milk", f"cafe sells about {cups} lattes a day at {ml} ml milk each. "
                "litres of milk per day?", F(cups * ml, 1000), *L_)


def j_soap_batch(rng: random.Random) -> Item | None:  # bars from a batch of soap
    kg, bar = F(rng.randint(20, 120), 10), rng.choice([90, 100, 110, 120, 125, 150])
    count = int(kg * 1000 / bar)
    return item("J_u_soap_batch", "calc", f"My soap batch is {show(kg)} kg. Cut into {bar} g bars, "
                "how many full bars do I get?", [[str(count), f"{count} bars"]])


def j_candle_wax(rng: random.Random) -> Item | None:  # wax for candles in ounces to grams
    candles, oz = rng.randint(6, 60), rng.choice([4, 6, 8, 10, 12, 16])
    return conv("J_u_candle_wax", f"Making {candles} candles of {oz} oz wax each. How many kg of "
                "wax is that?", candles * oz * LB / 16, "kg", "kilograms", "kilos")


def j_jam_jars(rng: random.Random) -> Item | None:  # jars filled from a pot
    litres, jar = F(rng.randint(20, 120), 10), rng.choice([190, 227, 250, 340, 370, 450])
    count = int(litres * 1000 / jar)
    return item("J_u_jam_jars", "calc", f"{show(litres)} L of jam in the pot - how many full "
                f"{jar} ml jars?", [[str(count), f"{count} jars"]])


def j_markup_price(rng: random.Random) -> Item | None:  # selling price from cost and markup
    cost, pct = F(rng.randint(150, 9000), 100), rng.choice([20, 25, 30, 35, 40, 50, 60, 75])
    return money("J_u_markup_price", f"Item costs me ${show(cost)} and I mark up {pct}%. What do "
                 "I sell it for?", cost * (100 + pct) / 100)


def j_per_hour_rate(rng: random.Random) -> Item | None:  # hourly rate from a quote
    total, hours = F(rng.randint(20000, 400000), 100), rng.randint(3, 60)
    return money("J_u_per_hour_rate", f"the job paid ${show(total)} and took {hours} hours. what's "
                 "that per hour?", total / hours)


def j_mileage_claim(rng: random.Random) -> Item | None:  # mileage expense claim
    miles, rate = rng.randint(12, 600), rng.choice([F(45, 100), F(67, 100), F(70, 100),
                                                  F(655, 1000)])
    return money("J_u_mileage_claim", f"Expenses: drove {miles} miles for work at ${show(rate)} a "
                 "mile. How much do I claim?", miles * rate)


def j_km_claim(rng: random.Random) -> Item | None:  # kilometres claim converted from miles
    miles, rate = rng.randint(10, 400), F(rng.randint(30, 90), 100)
    return money("J_u_km_claim", f"Company pays ${show(rate)} per km but my log is in miles: "
                 f"{miles} miles. What's my reimbursement?", miles * MILE / 1000 * rate)


def j_shift_length(rng: random.Random) -> Item | None:  # hours worked from start/end and break
    start = rng.randint(6, 10) * 60 + rng.choice([0, 15, 30, 45])
    end = rng.randint(15, 20) * 60 + rng.choice([0, 15, 30, 45])
    brk = rng.choice([20, 30, 45, 60])
    return conv("J_u_shift_length", f"Clocked in {say(start)}, out {say(end)}, {brk} min unpaid "
                "break. Decimal hours for the timesheet?", F(end - start - brk, 60), *HRS)


def j_meeting_end(rng: random.Random) -> Item | None:  # end time of back-to-back meetings
    t = rng.randint(8, 14) * 60 + rng.choice([0, 30])
    n, each, gap = rng.randint(2, 5), rng.choice([25, 30, 45, 50, 60]), rng.choice([5, 10, 15])
    end = t + n * each + (n - 1) * gap
    return item("J_u_meeting_end", "calc", f"{n} interviews of {each} min each starting {say(t)}, "
                f"{gap} min gap between them. When does the last one finish?", [clock(end)])


def j_exam_time(rng: random.Random) -> Item | None:  # minutes per question
    mins, questions = rng.choice([45, 60, 90, 120, 150, 180]), rng.randint(12, 80)
    return conv("J_u_exam_time", f"exam is {mins} minutes for {questions} questions. minutes per "
                "question if I split evenly?", F(mins, questions), *MIN)


def j_reading_days(rng: random.Random) -> Item | None:  # days to finish a book
    pages, per = rng.randint(180, 900), rng.randint(12, 60)
    return conv("J_u_reading_days", f"book is {pages} pages, I read {per} a day. How many days to "
                "finish?", F(pages, per), *DAYS, dp=1)


def j_typing_time(rng: random.Random) -> Item | None:  # minutes to type an essay
    words, wpm = rng.randint(800, 5000), rng.randint(25, 90)
    return duration("J_u_typing_time", f"Need to type up a {words}-word essay at {wpm} words a "
                    "minute. How long will it take?", F(words, wpm))


def j_podcast_speed(rng: random.Random) -> Item | None:  # listening time at a playback speed
    mins, speed = rng.randint(30, 240), rng.choice([F(5, 4), F(3, 2), F(7, 4), 2])
    return duration("J_u_podcast_speed", f"a {mins}-minute audiobook chapter at {show(speed)}x "
                    "speed takes how long?", mins / F(speed))


def j_sleep_wake(rng: random.Random) -> Item | None:  # wake time after cycles of sleep
    t = rng.randint(21, 23) * 60 + rng.choice([0, 15, 30, 45])
    cycles, fall = rng.randint(4, 6), rng.choice([10, 15, 20])
    return item("J_u_sleep_wake", "calc", f"going to bed at {say(t)}, takes {fall} min to fall "
                f"asleep, want {cycles} sleep cycles of 90 minutes. alarm time?",
                [clock(t + fall + cycles * 90)])


def j_bread_rise(rng: random.Random) -> Item | None:  # when the dough is ready
    t = rng.randint(7, 18) * 60 + rng.choice([0, 10, 20, 40, 50])
    first, second, bake = rng.choice([60, 90, 120]), rng.choice([30, 45, 60]), rng.choice([
        25, 30, 35, 40, 45])
    return item("J_u_bread_rise", "calc", f"Dough mixed at {say(t)}. First rise {first} min, "
                f"second {second} min, bake {bake} min. When is the bread out of the oven?",
                [clock(t + first + second + bake)])


def j_countdown_hours(rng: random.Random) -> Item | None:  # hours between two times
    a = rng.randint(5, 11) * 60 + rng.choice([0, 15, 30, 45])
    b = rng.randint(13, 23) * 60 + rng.choice([0, 15, 30, 45])
    return conv("J_u_countdown_hours", f"from {say(a)} to {say(b)} is how many hours (decimal)?",
                F(b - a, 60), *HRS)


def j_gallons_drum(rng: random.Random) -> Item | None:  # drum volume in gallons from litres
    litres = rng.choice([20, 25, 60, 100, 120, 150, 200, 208, 210, 220, 1000])
    return conv("J_u_gallons_drum", f"a {litres}-litre drum holds how many US gallons?",
                litres / US_GAL, "gallons", "gal", "US gallons")


def j_spray_mix(rng: random.Random) -> Item | None:  # concentrate for a sprayer
    ml_per_l, tank = rng.choice([5, 8, 10, 15, 20, 25, 30]), rng.choice([5, 8, 12, 15, 16, 20])
    return conv("J_u_spray_mix", f"Weedkiller: {ml_per_l} ml concentrate per litre of water. My "
                f"sprayer holds {tank} L. How much concentrate?", F(ml_per_l * tank), *ML)


def j_bleach_ratio(rng: random.Random) -> Item | None:  # part of a mix at a ratio
    ratio, total = rng.choice([4, 9, 10, 19, 20, 32, 49]), rng.choice([500, 750, 1000, 2000, 5000])
    return conv("J_u_bleach_ratio", f"Mix bleach and water 1:{ratio}. For {total} ml total, how "
                "much bleach?", F(total, ratio + 1), *ML)


def j_fertiliser(rng: random.Random) -> Item | None:  # grams per square metre over a lawn
    g, a, b = rng.choice([20, 25, 30, 35, 40, 50, 70]), rng.randint(4, 25), rng.randint(3, 15)
    return conv("J_u_fertiliser", f"feed says {g} g per m². lawn is {a} m x {b} m. how many kg?",
                F(g * a * b, 1000), "kg", "kilograms", "kilos")


def j_concrete_bags(rng: random.Random) -> Item | None:  # bags of concrete for a slab
    a, b, depth = F(rng.randint(8, 40), 10), F(rng.randint(8, 40), 10), rng.choice([8, 10, 12, 15])
    per_bag = F(1, 100)
    need = a * b * depth / 100 / per_bag
    n = -(-need.numerator // need.denominator)
    return item("J_u_concrete_bags", "calc", f"slab {show(a)} x {show(b)} m, {depth} cm thick. "
                "each bag makes 0.01 m³. how many bags (round up)?", [[str(n), f"{n} bags"]])


def j_wallpaper_rolls(rng: random.Random) -> Item | None:  # wallpaper rolls for a room
    perimeter, height = rng.randint(10, 30), F(rng.randint(22, 30), 10)
    roll = F(53, 100) * 10
    need = perimeter * height / roll
    n = -(-need.numerator // need.denominator)
    return item("J_u_wallpaper_rolls", "calc", f"walls total {perimeter} m around, {show(height)} "
                "m high, each roll covers 5.3 m². how many rolls, rounded up?",
                [[str(n), f"{n} rolls"]])


def j_deck_boards(rng: random.Random) -> Item | None:  # deck area in sq ft from feet and inches
    a, ai, b = rng.randint(8, 24), rng.randint(1, 11), rng.randint(8, 20)
    return conv("J_u_deck_boards", f"deck is {a} ft {ai} in by {b} ft. area in square feet?",
                (a + F(ai, 12)) * b, "sq ft", "ft²", "ft2", "square feet")


def j_rope_feet(rng: random.Random) -> Item | None:  # metres of rope to feet and cut pieces
    m, piece = rng.randint(10, 100), rng.choice([2, 3, 4, 5, 6])
    return conv("J_u_rope_feet", f"{m} m of rope cut into {piece}-foot pieces - how many pieces "
                "(decimal ok)?", m / (piece * FOOT), "pieces", dp=1)


def j_shelf_inches(rng: random.Random) -> Item | None:  # books per shelf length
    cm = rng.randint(60, 240)
    return conv("J_u_shelf_inches", f"shelf is {cm} cm long, how many inches of books fit?",
                cm / (INCH * 100), "in", "inches", '"')


def j_bike_gear(rng: random.Random) -> Item | None:  # distance per pedal turn
    front, rear, wheel = rng.choice([34, 36, 39, 42, 50, 52, 53]), rng.randint(11, 32), rng.choice(
        [2096, 2105, 2136, 2155, 2199])
    return conv("J_u_bike_gear", f"{front}x{rear} gearing, wheel circumference {wheel} mm. "
                "Metres travelled per pedal turn?", F(front, rear) * F(wheel, 1000), "m", "metres",
                "meters")


def j_commute_year(rng: random.Random) -> Item | None:  # yearly commuting distance
    km, days = F(rng.randint(30, 600), 10), rng.choice([180, 200, 220, 230, 240])
    return conv("J_u_commute_year", f"My commute is {show(km)} km each way. Working {days} days a "
                "year, how many km is that in total?", km * 2 * days, *KM)


def j_lawn_time(rng: random.Random) -> Item | None:  # mowing time from area and rate
    m2, rate = rng.randint(200, 3000), rng.choice([300, 400, 500, 600, 800])
    return duration("J_u_lawn_time", f"I mow about {rate} m² an hour. The field is {m2} m². How "
                    "long will it take?", F(m2 * 60, rate))


def j_queue_wait(rng: random.Random) -> Item | None:  # waiting time in a queue
    ahead, mins = rng.randint(5, 60), F(rng.randint(10, 60), 10)
    return duration("J_u_queue_wait", f"{ahead} people ahead of me, each takes about {show(mins)} "
                    "minutes at the counter. How long will I wait?", ahead * mins)


def j_litres_per_person(rng: random.Random) -> Item | None:  # punch per guest
    litres, guests = rng.randint(4, 30), rng.randint(8, 60)
    return conv("J_u_litres_per_person", f"Made {litres} L of punch for {guests} guests. ml per "
                "person?", F(litres * 1000, guests), *ML)


def j_pizza_share(rng: random.Random) -> Item | None:  # pizzas needed for a party
    kids, slices, per = rng.randint(10, 60), rng.choice([6, 8, 10, 12]), rng.randint(2, 4)
    need = F(kids * per, slices)
    n = -(-need.numerator // need.denominator)
    return item("J_u_pizza_share", "calc", f"{kids} kids, {per} slices each, {slices} slices a "
                "pizza. how many pizzas should I order?", [[str(n), f"{n} pizzas"]])


def j_grams_per_serving(rng: random.Random) -> Item | None:  # grams per serving of a cake
    g, servings = rng.randint(600, 2500), rng.randint(6, 24)
    return conv("J_u_grams_per_serving", f"The whole cake weighs {g} g and we cut {servings} "
                "slices. How many grams per slice?", F(g, servings), *G_)


def j_hourly_kwh(rng: random.Random) -> Item | None:  # battery runtime from Wh and watts
    wh, watts = rng.choice([100, 256, 300, 500, 518, 1000, 1500, 2000]), rng.choice([
        15, 40, 60, 80, 120, 200, 300, 500])
    return conv("J_u_hourly_kwh", f"Camping: my power station stores {wh} Wh. Running a {watts} W "
                "fridge, how many hours?", F(wh, watts), *HRS)


def j_solar_daily(rng: random.Random) -> Item | None:  # solar output per day
    panels, watts, sun = rng.randint(4, 24), rng.choice([300, 350, 400, 420, 450]), F(
        rng.randint(25, 60), 10)
    return conv("J_u_solar_daily", f"{panels} panels of {watts} W, about {show(sun)} peak sun "
                "hours a day. kWh per day?", panels * watts * sun / 1000, "kWh", "kilowatt-hours",
                "kilowatt hours")


def j_rain_litres(rng: random.Random) -> Item | None:  # rainwater off a roof
    m2, mm = rng.randint(20, 200), rng.randint(2, 60)
    return conv("J_u_rain_litres", f"{mm} mm of rain on a {m2} m² roof - how many litres could I "
                "collect?", F(m2 * mm), *L_)


def j_speed_sound(rng: random.Random) -> Item | None:  # lightning distance from the delay
    secs = F(rng.randint(10, 150), 10)
    return conv("J_u_speed_sound", f"counted {show(secs)} seconds between the flash and the thunder"
                ". sound goes 343 m/s. how many km away was it?", secs * 343 / 1000, *KM)


def j_fuel_per_hour(rng: random.Random) -> Item | None:  # boat fuel for hours at a burn rate
    lph, hours = rng.choice([8, 12, 15, 20, 25, 30, 40]), F(rng.randint(5, 60), 10)
    return conv("J_u_fuel_per_hour", f"outboard burns {lph} L/h, planning {show(hours)} hours on "
                "the water - fuel needed?", lph * hours, *L_)


def j_weight_postage(rng: random.Random) -> Item | None:  # parcel weight in lb and oz to kg
    lb, oz = rng.randint(0, 12), rng.randint(1, 15)
    return conv("J_u_weight_postage", f"shipping label says {lb} lb {oz} oz. whats that in kg?",
                (lb * 16 + oz) * LB / 16, "kg", "kilograms", "kilos")


def j_track_laps(rng: random.Random) -> Item | None:  # laps of a track for a distance
    km, lap = rng.choice([3, 5, 8, 10, 12, 15]), rng.choice([200, 250, 333, 400, 500])
    return conv("J_u_track_laps", f"How many laps of a {lap} m track make {km} km?",
                F(km * 1000, lap), "laps", dp=1)


def j_pool_laps(rng: random.Random) -> Item | None:  # metres swum from lengths of a pool
    lengths, pool = rng.randint(16, 120), rng.choice([20, 25, 33, 50])
    return conv("J_u_pool_laps", f"swam {lengths} lengths of a {pool} m pool. how many km?",
                F(lengths * pool, 1000), *KM)


def j_yard_goal(rng: random.Random) -> Item | None:  # feet of travel to yards and metres
    ft = rng.randint(30, 900)
    return conv("J_u_yard_goal", f"The drive is {ft} ft long. What is it in yards?", F(ft, 3),
                "yd", "yards")


def j_oven_gas_mark(rng: random.Random) -> Item | None:  # gas mark to °C via 121 + 14 x mark
    mark = rng.randint(1, 9)
    return conv("J_u_oven_gas_mark", f"recipe says gas mark {mark}. Using °C ≈ 121 + 14 × mark, "
                "what celsius is that?", F(121 + 14 * mark), "°C", "C", "degrees Celsius",
                "degrees C", "celsius", dp=0)


def j_milk_cost(rng: random.Random) -> Item | None:  # gallon price to litre
    price = F(rng.randint(250, 650), 100)
    return money("J_u_milk_cost", f"a gallon of milk is ${show(price)} here (US). what is that per "
                 "litre?", price / US_GAL)


def j_coins_weight(rng: random.Random) -> Item | None:  # weight of a jar of coins
    coins, g = rng.randint(100, 2000), rng.choice([F(25, 10), F(5), F(567, 100), F(875, 100)])
    return conv("J_u_coins_weight", f"{coins} coins at {show(g)} g each - total weight in kg?",
                coins * g / 1000, "kg", "kilograms", "kilos")


FAMILIES: list[tuple[Family, int]] = families(
    j_bakery_batches, j_cafe_milk, j_soap_batch, j_candle_wax, j_jam_jars, j_markup_price,
    j_per_hour_rate, j_mileage_claim, j_km_claim, j_shift_length, j_meeting_end, j_exam_time,
    j_reading_days, j_typing_time, j_podcast_speed, j_sleep_wake, j_bread_rise,
    j_countdown_hours, j_gallons_drum, j_spray_mix, j_bleach_ratio, j_fertiliser,
    j_concrete_bags, j_wallpaper_rolls, j_deck_boards, j_rope_feet, j_shelf_inches, j_bike_gear,
    j_commute_year, j_lawn_time, j_queue_wait, j_litres_per_person, j_pizza_share,
    j_grams_per_serving, j_hourly_kwh, j_solar_daily, j_rain_litres, j_speed_sound,
    j_fuel_per_hour, j_weight_postage, j_track_laps, j_pool_laps, j_yard_goal, j_oven_gas_mark,
    j_milk_cost, j_coins_weight)
