"""Round 17 (``M_*``, dev now) for ``muse bench agents``, units part 4: shared helpers and
everyday conversions (lengths, weights, volumes, temperatures, speeds, cooking, travel)."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units import (
    CAT,
    FOOT,
    GAL,
    INCH,
    LB,
    MILE,
    OZ,
    Skip,
    money,
    num,
    pick,
    registrar,
    whole,
)
from bench.data.agents.helpers import Family

__all__ = ["CAT", "FOOT", "GAL", "INCH", "LB", "MILE", "OZ", "Skip", "clock", "d2", "money", "num",
           "pick", "whole"]


d2 = registrar("M_u_d2_")


def clock(minutes: int) -> list[str]:
    """A time of day given in minutes after midnight, in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % 1440, 60)
    half = "am" if h < 12 else "pm"
    h12 = (h - 1) % 12 + 1
    return [f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{half}",
            f"{h12}:{m:02d}{half[0]}.m."]


@d2
def terse_height_cm(rng):
    f, i = rng.randint(4, 6), rng.randint(0, 11)
    t = pick(rng, f"{f}'{i} in cm?", f"{f}ft {i}in to cm", f"how tall is {f}'{i}\" in centimetres")
    return t + " (nearest cm)", [whole((f * 12 + i) * INCH)]


@d2
def marathon_splits_miles(rng):
    h, m = rng.randint(3, 5), rng.randint(0, 59)
    t = (f"I want to run a marathon (26.2 miles) in {h}:{m:02d}. What pace per mile is that? "
         "Answer in seconds per mile, rounded to the nearest second.")
    sec = (h * 3600 + m * 60) / 26.2
    r = round(sec)
    return t, [[*whole(sec), f"{r // 60}:{r % 60:02d}"]]


@d2
def cm_waist_inches(rng):
    cm = rng.randint(62, 118)
    t = pick(rng, f"jeans shop only lists waist in inches and I measured {cm} cm. what's that in "
             "inches, one decimal?", f"Waist {cm}cm -> inches? 1 dp please")
    return t, [num(cm / INCH, 1)]


@d2
def suitcase_limit_lb(rng):
    kg = rng.choice([20, 23, 25, 32])
    lb = rng.randint(int(kg / LB) - 6, int(kg / LB) + 6)
    over = lb * LB - kg
    if abs(over) < 0.15:
        return None
    t = (f"Airline limit is {kg} kg per bag. My bathroom scale says my suitcase is {lb} lb. "
         "By how many kg am I over (positive) or under (negative)? One decimal.")
    return t, [num(over, 1)]


@d2
def stone_to_kg(rng):
    st, lb = rng.randint(8, 20), rng.randint(0, 13)
    t = pick(rng, f"My nan weighs {st} stone {lb}. What's that in kg?",
             f"{st}st {lb}lb in kilos", f"convert {st} st {lb} lb to kilograms")
    return t + " (1 st = 14 lb; one decimal)", [num((st * 14 + lb) * LB, 1)]


@d2
def oven_gas_mark(rng):
    c = rng.choice(range(140, 235, 5))
    t = (f"Recipe says {c}°C fan. My oven is in Fahrenheit and has no fan, so I add 20°C first, "
         "then convert. What Fahrenheit setting is that, to the nearest degree?")
    return t, [whole((c + 20) * 9 / 5 + 32)]


@d2
def thermostat_difference(rng):
    a, b = rng.randint(62, 72), rng.randint(74, 80)
    t = (f"We argue about the thermostat: I like {a}°F and my partner likes {b}°F. How big is "
         "that difference in Celsius degrees? One decimal.")
    return t, [num((b - a) * 5 / 9, 1)]


@d2
def freezer_temp(rng):
    f = rng.choice([-10, -4, 0, 5, 10, -13])
    t = pick(rng, f"chest freezer thermometer reads {f} F — what's that in celsius (1 dp)?",
             f"Is {f}°F cold enough? Just tell me what it is in °C to one decimal.")
    return t, [num((f - 32) * 5 / 9, 1)]


@d2
def speed_limit_abroad(rng):
    kmh = rng.choice(range(30, 140, 10))
    t = (f"Driving a US rental car in France. The sign says {kmh} and the car shows mph. What "
         "should the speedo read? Nearest whole mph.")
    return t, [whole(kmh / MILE)]


@d2
def cycling_avg_speed(rng):
    km, mins = rng.randint(18, 95), rng.randint(40, 240)
    t = (f"Strava died halfway. I rode {km} km in {mins} minutes total. What was my average "
         "speed in km/h? One decimal.")
    return t, [num(km / mins * 60, 1)]


@d2
def ms_to_mph_wind(rng):
    ms = rng.randint(6, 35)
    t = pick(rng, f"forecast says gusts of {ms} m/s. in mph?",
             f"Wind {ms} metres per second = how many miles per hour?")
    return t + " (one decimal)", [num(ms * 3600 / 1000 / MILE, 1)]


@d2
def swim_lengths(rng):
    pool, goal = rng.choice([20, 25, 33, 50]), rng.choice([1000, 1500, 1609, 2000, 2500])
    t = (f"My pool is {pool} m long. How many full lengths must I swim to cover at least "
         f"{goal} m?")
    n = -(-goal // pool)
    return t, [[f"{n} lengths", f"{n} full lengths", f"{n}lengths"]]


@d2
def treadmill_mph_pace(rng):
    mph = rng.choice([x / 10 for x in range(40, 105, 1)])
    s = 3600 / (mph * MILE)
    m, sec = divmod(round(s), 60)
    if abs(s - round(s)) > 0.45:
        return None
    t = (f"treadmill is set to {mph} mph. what pace per kilometre is that? (min:sec, nearest "
         "second)")
    return t, [[f"{m}:{sec:02d}"]]


@d2
def ten_k_time_from_pace_mile(rng):
    m, s = rng.randint(7, 12), rng.choice([0, 15, 30, 45])
    tot = (m * 60 + s) * 10 / MILE
    mm, ss = divmod(round(tot), 60)
    if abs(tot - round(tot)) > 0.4:
        return None
    t = (f"If I hold {m}:{s:02d} per mile for a 10 km race, what's my finishing time? Give "
         "minutes:seconds to the nearest second.")
    return t, [[f"{mm}:{ss:02d}"]]


@d2
def uk_mpg_to_us_mpg(rng):
    mpg = rng.randint(32, 68)
    t = (f"UK review says the car does {mpg} mpg (imperial gallons, 4.54609 L). What's that in "
         "US mpg (3.785411784 L gallon)? One decimal.")
    return t, [num(mpg * GAL / 4.54609, 1)]


@d2
def ev_kwh_per_100km(rng):
    kwh, km = rng.randint(35, 78), rng.randint(190, 480)
    t = (f"Charged my EV with {kwh} kWh and then drove {km} km until it was back to the same "
         "level. Consumption in kWh per 100 km? One decimal.")
    return t, [num(kwh / km * 100, 1)]


@d2
def ev_charge_cost_trip(rng):
    km, eff, p = rng.randint(120, 600), rng.choice([15, 16, 17, 18, 19, 20]), \
        rng.choice([0.24, 0.28, 0.31, 0.35, 0.42])
    t = (f"Road trip of {km} km in an EV using {eff} kWh/100km, charging at ${p}/kWh. "
         "Electricity cost for the trip?")
    return t, [money(km * eff / 100 * p)]


@d2
def fuel_split_friends(rng):
    km, l100, price, n = rng.randint(250, 900), rng.choice([5.5, 6.2, 7.0, 7.8, 8.4]), \
        rng.choice([1.65, 1.72, 1.79, 1.85, 1.92]), rng.randint(3, 5)
    t = (f"{n} of us drove {km} km there and back total, car uses {l100} L/100km, fuel "
         f"{price} per litre. If we split the fuel evenly what does each person owe?")
    return t, [money(km * l100 / 100 * price / n)]


@d2
def range_on_tank(rng):
    tank, mpg = rng.randint(10, 18), rng.randint(22, 45)
    t = (f"My tank holds {tank} US gallons and the car gets {mpg} mpg. How many km can I drive "
         "on a full tank? Nearest km.")
    return t, [whole(tank * mpg * MILE)]


@d2
def litres_per_hour_boat(rng):
    gph = rng.randint(4, 25)
    t = f"Outboard burns {gph} US gal/hour. Litres per hour? (1 decimal)"
    return t, [num(gph * GAL, 1)]


@d2
def cups_rice_water(rng):
    cups = rng.choice([0.5, 1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6])
    t = (f"Rice ratio is 1 cup rice to 1.75 cups water, and 1 cup is 240 mL. I'm cooking {cups} "
         "cups of rice; how many mL of water?")
    return t, [whole(cups * 1.75 * 240)]


@d2
def yeast_packets(rng):
    g = rng.choice([14, 21, 28, 35, 42, 10.5, 17.5, 24.5, 31.5])
    if rng.random() < 0.5:
        return None
    t = (f"recipe wants {g} g of instant yeast and each sachet holds 7 g... how many sachets is "
         "that, as a number of sachets (can be a fraction)?")
    v = g / 7
    return t, [[f"{v:g} sachets", f"{v:g}sachets"]]


@d2
def pizza_dough_hydration(rng):
    flour, hyd = rng.choice([500, 600, 750, 1000, 1200]), rng.choice([58, 62, 65, 68, 70, 72])
    t = (f"Baker's percentages: {flour} g flour at {hyd}% hydration. How many grams of water? "
         "And the total dough weight if salt is 2.5% and yeast 0.5%? Give the water and the total "
         "in grams.")
    total = round(flour * (1 + hyd / 100 + 0.03))
    return t, [[f"{flour * hyd / 100:g} g", f"{flour * hyd / 100:g}g"],
               [f"{total:,}", f"{total}"]]


@d2
def butter_grams_tbsp(rng):
    g = rng.choice(range(25, 260, 5))
    t = (f"US recipe measures butter in tablespoons; 1 tbsp butter = 14.2 g. I have {g} g. How "
         "many tablespoons is that, one decimal?")
    return t, [num(g / 14.2, 1)]


@d2
def meat_per_person(rng):
    n, g = rng.randint(6, 25), rng.choice([150, 180, 200, 225, 250])
    t = (f"bbq for {n} people, planning {g} g of raw meat each. how many kg to buy? and in "
         "pounds (1 decimal)?")
    return t, [[f"{n * g / 1000:g} kg", f"{n * g / 1000:g}kg"], num(n * g / 1000 / LB, 1)]


@d2
def coffee_ratio(rng):
    ml, r = rng.choice([250, 300, 350, 400, 500, 600, 750, 1000]), rng.choice([15, 16, 17])
    t = (f"Pour-over at 1:{r} (grams coffee to grams water). I want {ml} g of water. How many "
         "grams of coffee, one decimal?")
    return t, [num(ml / r, 1)]


@d2
def candy_thermometer(rng):
    f = rng.choice(range(230, 320, 3))
    t = f"candy recipe: cook sugar to {f}°F. my thermometer is celsius. to what temp (1 dp)?"
    return t, [num((f - 32) * 5 / 9, 1)]


@d2
def sous_vide_time(rng):
    start_h, start_m, dur = rng.randint(9, 16), rng.choice([0, 15, 20, 40, 45]), \
        rng.choice([90, 150, 165, 210, 270])
    end = start_h * 60 + start_m + dur
    t = (f"Steak went in the water bath at {start_h}:{start_m:02d} and needs {dur} minutes. "
         "What time (24-hour clock) should I take it out?")
    return t, [clock(end)]


@d2
def jam_sugar_ratio(rng):
    fruit = rng.choice([x / 10 for x in range(8, 45)])
    t = (f"Jam recipe uses sugar at 3/4 of the fruit weight. I picked {fruit} kg of plums. "
         "How many grams of sugar?")
    return t, [[f"{fruit * 750:g} g", f"{fruit * 750:g}g", f"{fruit * 750:,.0f} g"]]


@d2
def recipe_servings_ml(rng):
    base, want, ml = rng.choice([4, 6]), rng.choice([9, 10, 14, 15]), rng.choice([350, 400, 450])
    t = (f"Soup recipe for {base} servings needs {ml} ml stock. I'm feeding {want}. How much "
         "stock in ml? nearest ml")
    return t, [whole(ml * want / base)]


@d2
def timezone_call_tokyo(rng):
    h = rng.randint(7, 11)
    off = rng.choice([(-5, "New York (UTC-5)"), (-8, "Los Angeles (UTC-8)"), (0, "London (UTC+0)"),
                      (1, "Paris (UTC+1)")])
    local = (h - 9 + off[0]) % 24
    t = (f"My colleague in Tokyo (UTC+9) wants a call at {h}:00 her time. I'm in {off[1]}. "
         "What time is that for me, 24-hour clock?")
    return t, [clock(local * 60)]


@d2
def flight_duration_zones(rng):
    dep, arr, d_off, a_off = rng.randint(6, 14), rng.randint(15, 23), rng.choice([1, 2]), \
        rng.choice([-5, -4])
    mins = (arr - a_off - (dep - d_off)) * 60
    if mins <= 0:
        return None
    t = (f"My flight leaves at {dep}:00 local (UTC+{d_off}) and lands at {arr}:00 local "
         f"(UTC{a_off}). How long is the flight in hours?")
    return t, [[f"{mins // 60} hours", f"{mins // 60} h", f"{mins // 60}h", f"{mins // 60} hrs"]]


@d2
def jet_lag_days(rng):
    zones = rng.randint(3, 12)
    if rng.random() < 0.3:
        return None
    t = (f"Rule of thumb for jet lag: one day to adjust per time zone crossed, but the first "
         f"day is free. I'm crossing {zones} time zones. How many days to adjust?")
    return t, [[f"{zones - 1} days"]]


@d2
def train_or_drive(rng):
    km, speed, train_min = rng.randint(120, 400), rng.choice([80, 90, 100, 110]), \
        rng.randint(90, 240)
    car = km / speed * 60
    if abs(car - train_min) < 2:
        return None
    t = (f"{km} km trip. Driving at an average {speed} km/h, or a train that takes {train_min} "
         "minutes. How many minutes does the quicker option save? Nearest minute.")
    return t, [whole(abs(car - train_min))]


@d2
def hike_naismith(rng):
    km, climb = rng.randint(8, 24), rng.choice([300, 450, 600, 750, 900, 1200])
    t = (f"Naismith's rule: 1 hour per 5 km plus 1 hour per 600 m of ascent. Our hike is {km} km "
         f"with {climb} m of climbing. How long, in hours to one decimal?")
    return t, [num(km / 5 + climb / 600, 1)]


@d2
def walk_to_station(rng):
    m, speed = rng.randint(800, 3200), rng.choice([4.5, 5, 5.5])
    t = (f"it's {m} m to the station and I walk about {speed} km/h — how many minutes do I need? "
         "(round up to a whole minute)")
    mins = m / 1000 / speed * 60
    return t, [[f"{math.ceil(mins)} min", f"{math.ceil(mins)} minutes"]]


@d2
def arrival_time_drive(rng):
    dist, speed, h, m = rng.randint(150, 700), rng.choice([60, 65, 70, 75, 80]), \
        rng.randint(6, 11), rng.choice([0, 15, 30, 45])
    stop = rng.choice([15, 30, 45])
    tot = h * 60 + m + dist / speed * 60 + stop
    if abs(tot - round(tot)) > 0.4:
        return None
    tot = round(tot)
    t = (f"Leaving at {h}:{m:02d}, {dist} miles at an average {speed} mph, plus a {stop}-minute "
         "break. What time do we arrive (24h, nearest minute)?")
    return t, [clock(tot)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    terse_height_cm, marathon_splits_miles, cm_waist_inches, suitcase_limit_lb, stone_to_kg,
    oven_gas_mark, thermostat_difference, freezer_temp, speed_limit_abroad, cycling_avg_speed,
    ms_to_mph_wind, swim_lengths, treadmill_mph_pace, ten_k_time_from_pace_mile, uk_mpg_to_us_mpg,
    ev_kwh_per_100km, ev_charge_cost_trip, fuel_split_friends, range_on_tank,
    litres_per_hour_boat, cups_rice_water, yeast_packets, pizza_dough_hydration,
    butter_grams_tbsp, meat_per_person, coffee_ratio, candy_thermometer, sous_vide_time,
    jam_sugar_ratio, recipe_servings_ml, timezone_call_tokyo, flight_duration_zones, jet_lag_days,
    train_or_drive, hike_naismith, walk_to_station, arrival_time_drive,
)]
