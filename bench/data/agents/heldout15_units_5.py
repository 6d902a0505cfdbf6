"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: short conversions and sums typed
in a hurry — recipe and shopping measures, travel abroad, sport, a few health figures."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_health import BPM, KCAL, bmi, whole
from bench.data.agents.heldout15_units import (
    C_,
    CM,
    F_,
    FOOT,
    G_,
    INCH,
    KG,
    KM,
    KMH,
    L_,
    LB,
    LBS,
    MI,
    MILE,
    ML,
    MPH,
    OZ,
    US_CUP,
    US_GAL,
    YARD,
    clock,
    conv,
    families,
    say,
    show,
)
from bench.data.agents.heldout15_units_2 import duration, money
from bench.data.agents.helpers import Family, Item, item

F = Fraction


def j_terse_mi_km(rng: random.Random) -> Item | None:  # bare "N mi in km"
    mi = rng.randint(2, 500)
    return conv("J_u_terse_mi_km", f"{mi} mi in km", mi * MILE / 1000, *KM)


def j_terse_lb_kg(rng: random.Random) -> Item | None:  # bare "N lbs to kg"
    lb = rng.randint(3, 400)
    return conv("J_u_terse_lb_kg", f"{lb}lbs to kg?", lb * LB, *KG)


def j_terse_c_f(rng: random.Random) -> Item | None:  # bare "N c in f"
    c = rng.randint(-30, 45)
    return conv("J_u_terse_c_f", f"{c}c in f", c * F(9, 5) + 32, *F_)


def j_terse_ft_m(rng: random.Random) -> Item | None:  # bare "N ft = ? m"
    ft = rng.randint(3, 3000)
    return conv("J_u_terse_ft_m", f"{ft} ft = ? m", ft * FOOT, "m", "metres", "meters")


def j_terse_in_cm(rng: random.Random) -> Item | None:  # bare "N inches -> cm"
    inch = F(rng.randint(2, 120), 2)
    return conv("J_u_terse_in_cm", f"{show(inch)} inches -> cm", inch * INCH * 100, *CM)


def j_terse_kmh_mph(rng: random.Random) -> Item | None:  # bare "N kmh mph"
    kmh = rng.randint(5, 320)
    return conv("J_u_terse_kmh_mph", f"{kmh} kmh mph", kmh * 1000 / MILE, *MPH)


def j_terse_gal_l(rng: random.Random) -> Item | None:  # bare US gallons to litres
    gal = rng.randint(1, 120)
    return conv("J_u_terse_gal_l", f"{gal} gal (US) to L", gal * US_GAL, *L_)


def j_terse_oz_g(rng: random.Random) -> Item | None:  # bare ounces to grams
    oz = F(rng.randint(1, 64), 2)
    return conv("J_u_terse_oz_g", f"{show(oz)}oz in grams", oz * OZ * 1000, *G_)


def j_cups_butter_g(rng: random.Random) -> Item | None:  # cups of melted butter in ml
    cups = F(rng.choice([1, 2, 3, 4, 5, 6, 8, 10]), 3)
    whole_cups = {F(1, 3): "1/3", F(2, 3): "2/3", F(4, 3): "1 1/3", F(5, 3): "1 2/3",
                  F(1): "1", F(2): "2", F(8, 3): "2 2/3", F(10, 3): "3 1/3"}[cups]
    return conv("J_u_cups_butter_g", f"{whole_cups} cup of melted butter is how many ml (US cup)?",
                cups * US_CUP, *ML)


def j_euro_trip_fuel(rng: random.Random) -> Item | None:  # l/100km trip fuel in US gallons
    km, l100 = rng.randint(200, 2000), F(rng.randint(50, 90), 10)
    return conv("J_u_euro_trip_fuel", f"Touring Europe: {km} km at {show(l100)} L/100 km. How many "
                "US gallons of fuel is that in total?", km * l100 / 100 / US_GAL, "gallons",
                "gal", "US gallons")


def j_hotel_temp(rng: random.Random) -> Item | None:  # preferred °F setting to °C
    f = rng.randint(64, 78)
    return conv("J_u_hotel_temp", f"I like my room at {f} F at home; the hotel AC is in Celsius. "
                "What should I set?", (f - 32) * F(5, 9), *C_, dp=1)


def j_bag_dimensions(rng: random.Random) -> Item | None:  # linear inches of a bag in cm
    a, b, c = rng.randint(40, 80), rng.randint(25, 50), rng.randint(15, 30)
    return conv("J_u_bag_dimensions", f"Airline limit is in linear inches. My bag is {a} x {b} x "
                f"{c} cm - what's the total in inches?", F(a + b + c, 100) / INCH, "in", "inches",
                "linear inches")


def j_ski_slope(rng: random.Random) -> Item | None:  # vertical drop in metres to feet
    m = rng.randint(150, 2200)
    return conv("J_u_ski_slope", f"the run drops {m} m top to bottom, how many feet of vertical?",
                m / FOOT, "ft", "feet")


def j_football_yards(rng: random.Random) -> Item | None:  # yards to metres on a pitch
    yd = rng.randint(5, 120)
    return conv("J_u_football_yards", f"{yd} yards in metres? (for a soccer drill)", yd * YARD,
                "m", "metres", "meters")


def j_marathon_mph(rng: random.Random) -> Item | None:  # average mph for a finish time
    h, m = rng.randint(2, 5), rng.randint(0, 59)
    return conv("J_u_marathon_mph", f"Finished the marathon (26.2 miles) in {h}h {m:02d}m. "
                "Average speed in mph?", F(262, 10) * 60 / (h * 60 + m), *MPH)


def j_swim_pace(rng: random.Random) -> Item | None:  # time per 100 m in seconds
    m, mins = rng.choice([400, 750, 1000, 1500, 1900, 3800]), rng.randint(6, 90)
    return conv("J_u_swim_pace", f"swam {m} m in {mins} min. what's my pace per 100 m in "
                "seconds?", F(mins * 60 * 100, m), "seconds", "s", "sec", dp=1)


def j_cycle_calories(rng: random.Random) -> Item | None:  # kcal from average watts and time
    watts, mins = rng.randint(90, 300), rng.randint(20, 180)
    return conv("J_u_cycle_calories", f"Rode {mins} minutes averaging {watts} W. Using kcal ≈ kJ "
                "of work, how many kcal?", F(watts * mins * 60, 1000), *KCAL, dp=0)


def j_bmi_family(rng: random.Random) -> Item | None:  # BMI for a partner, chatty
    kg, cm = F(rng.randint(450, 1300), 10), rng.randint(152, 198)
    return conv("J_u_bmi_family", f"my husband won't see a doctor lol. he's {cm}cm and "
                f"{show(kg)}kg. what's his bmi?", bmi(kg, F(cm, 100)))


def j_hrmax_kid(rng: random.Random) -> Item | None:  # 75% of max for a teenager
    age = rng.randint(11, 22)
    return whole("J_u_hrmax_kid", f"Teen athlete, {age} years old. What's 75% of max heart rate "
                 "(220 - age) to the nearest bpm?", F((220 - age) * 3, 4), *BPM)


def j_steps_goal(rng: random.Random) -> Item | None:  # steps left for a daily goal
    goal, done = rng.choice([8000, 10000, 12000, 15000]), rng.randint(1500, 7900)
    stride = rng.choice([65, 70, 75, 80])
    return conv("J_u_steps_goal", f"{done:,} steps so far, goal is {goal:,}. With a {stride} cm "
                "stride, how many more km do I need to walk?", F((goal - done) * stride, 100000),
                *KM)


def j_cheese_price_lb(rng: random.Random) -> Item | None:  # price per kg to per lb
    per_kg = F(rng.randint(800, 4500), 100)
    return money("J_u_cheese_price_lb", f"cheese is ${show(per_kg)}/kg. what's that per pound?",
                 per_kg * LB)


def j_produce_per_kg(rng: random.Random) -> Item | None:  # price per lb to per kg
    per_lb = F(rng.randint(99, 1299), 100)
    return money("J_u_produce_per_kg", f"Cherries ${show(per_lb)} a pound at the US market. Per "
                 "kilo that's?", per_lb / LB)


def j_bag_count_g(rng: random.Random) -> Item | None:  # grams per portion of a bag
    bag, portions = rng.choice([250, 400, 500, 750, 1000, 1500, 2000]), rng.randint(3, 16)
    return conv("J_u_bag_count_g", f"splitting a {bag} g bag of rice into {portions} equal "
                "portions, grams each?", F(bag, portions), *G_)


def j_oven_fan(rng: random.Random) -> Item | None:  # fan oven setting from °F, minus 20 °C
    f = rng.choice([325, 335, 340, 350, 360, 375, 390, 400, 425, 450])
    return conv("J_u_oven_fan", f"US recipe: {f}°F. I have a fan oven, so convert to °C and take "
                "off 20. What temp?", (f - 32) * F(5, 9) - 20, *C_, dp=0)


def j_train_arrival(rng: random.Random) -> Item | None:  # arrival time from km and km/h
    t = rng.randint(6, 18) * 60 + rng.choice([2, 14, 27, 33, 48, 56])
    km, kmh = rng.randint(60, 700), rng.choice([120, 150, 160, 200, 240, 250, 300])
    mins = F(km * 60, kmh)
    if (mins * 2).denominator == 1 and mins.denominator != 1:
        return None
    return item("J_u_train_arrival", "calc", f"train leaves {say(t)}, {km} km at an average "
                f"{kmh} km/h, no stops. arrival (nearest minute)?", [clock(t + round(mins))])


def j_jog_loops(rng: random.Random) -> Item | None:  # time for loops at a pace
    loop, loops, pace = F(rng.randint(8, 40), 10), rng.randint(2, 8), rng.randint(5, 8)
    return duration("J_u_jog_loops", f"the park loop is {show(loop)} km. {loops} loops at {pace} "
                    "min/km takes how long?", loop * loops * pace)


def j_water_kg(rng: random.Random) -> Item | None:  # mass of water in a container
    l_ = F(rng.randint(5, 400), 10)
    return conv("J_u_water_kg", f"how heavy is {show(l_)} litres of water in pounds? (1 L = 1 kg)",
                l_ / LB, *LBS)


def j_speed_limit_ms(rng: random.Random) -> Item | None:  # mph to km/h for cyclists
    mph = rng.randint(8, 35)
    return conv("J_u_speed_limit_ms", f"e-bike capped at {mph} mph, what's that in km/h",
                mph * MILE / 1000, *KMH)


def j_miles_per_day(rng: random.Random) -> Item | None:  # km per day on a tour in miles
    km, days = rng.randint(300, 4000), rng.randint(5, 60)
    return conv("J_u_miles_per_day", f"bike tour of {km} km over {days} days. average miles per "
                "day?", F(km * 1000, days) / MILE, *MI)


FAMILIES: list[tuple[Family, int]] = families(
    j_terse_mi_km, j_terse_lb_kg, j_terse_c_f, j_terse_ft_m, j_terse_in_cm, j_terse_kmh_mph,
    j_terse_gal_l, j_terse_oz_g, j_cups_butter_g, j_euro_trip_fuel, j_hotel_temp,
    j_bag_dimensions, j_ski_slope, j_football_yards, j_marathon_mph, j_swim_pace,
    j_cycle_calories, j_bmi_family, j_hrmax_kid, j_steps_goal, j_cheese_price_lb,
    j_produce_per_kg, j_bag_count_g, j_oven_fan, j_train_arrival, j_jog_loops, j_water_kg,
    j_speed_limit_ms, j_miles_per_day)
