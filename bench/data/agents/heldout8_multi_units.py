"""Round 8 (``X_*``, dev now) for ``muse bench agents``, multi-part requests that mix health
calculations, unit conversions and statistics (see :mod:`bench.data.agents.heldout8_multi`,
whose ``FAMILIES`` include these)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout8_forms import (
    DEG_C,
    DEG_F,
    GALLON,
    INCH,
    KG,
    KJ,
    KM,
    KMH,
    LB,
    LBS,
    LITRES,
    MI,
    MILE,
    MPH,
    OUNCE,
    SQ_FT,
    clock,
    num,
    tie,
    units,
)
from bench.data.agents.helpers import Family, Item, fresh, item, labelled

# --- health, units and data, mixed -----------------------------------------------------

def x_bmi_imperial(rng: random.Random) -> Item:  # BMI from feet, inches and pounds, plus kg
    ft, inch, lb = rng.choice([5, 6]), rng.randint(0, 11), rng.randint(110, 280)
    kg = lb * LB
    bmi = kg / ((ft * 12 + inch) * INCH / 100) ** 2
    if tie(bmi, 1) or tie(kg):
        return x_bmi_imperial(rng)
    return item("X_bmi_imperial", "multi", f"{ft}'{inch}\" and {lb} lbs - bmi? and what's my "
                "weight in kg", [num(bmi, 1), units(num(kg), *KG)])


def x_water_from_lb(rng: random.Random) -> Item:  # pounds to kg, then daily water from it
    lb = rng.randint(100, 300)
    kg = lb * LB
    water = {w for k in (kg, round(kg, 2)) for w in num(k * Fraction(35, 1000), 1)}
    if tie(kg) or tie(kg * Fraction(35, 1000), 1):
        return x_water_from_lb(rng)
    return item("X_water_from_lb", "multi", f"I weigh {lb} pounds. how many kg is that, and how "
                "much water should I be drinking a day?",
                [units(num(kg), *KG), units(sorted(water), *LITRES)])


def x_maxhr_percent(rng: random.Random) -> Item:  # maximum heart rate, then a share of it
    age, p = rng.randint(18, 75), rng.choice([50, 60, 70, 80, 90])
    top = 220 - age
    return item("X_maxhr_percent", "multi", f"I'm {age} - what's my max heart rate, and what's "
                f"{p}% of it?", [[f"{top} bpm", f"{top} beats per minute"],
                                 num(Fraction(top * p, 100), 1)])


def x_bmr_kj(rng: random.Random) -> Item:  # Mifflin-St Jeor BMR, also in kilojoules
    age, h, w, male = rng.randint(20, 70), rng.randint(150, 195), rng.randint(45, 120), \
        rng.random() < 0.5
    bmr = 10 * w + Fraction(25, 4) * h - 5 * age + (5 if male else -161)
    if tie(bmr, 0) or tie(bmr * KJ, 0) or tie(round(bmr) * KJ, 0):
        return x_bmr_kj(rng)
    kj = {f for v in (bmr, Fraction(round(bmr))) for f in num(v * KJ, 0)}
    return item("X_bmr_kj", "multi", f"what's the BMR for a {age}-year-old "
                f"{'man' if male else 'woman'}, {h} cm, {w} kg? and convert it to kJ",
                [num(bmr, 0), sorted(kj)])


def x_bmi_and_water(rng: random.Random) -> Item:  # two health numbers from one description
    h, w = rng.randint(150, 200), rng.randint(45, 130)
    bmi = Fraction(w * 10000, h * h)
    if tie(bmi, 1) or tie(w * Fraction(35, 1000), 1):
        return x_bmi_and_water(rng)
    return item("X_bmi_and_water", "multi", f"{h} cm, {w} kg. bmi and how much water a day?",
                [num(bmi, 1), units(num(w * Fraction(35, 1000), 1), *LITRES)])


def x_child_dose(rng: random.Random) -> Item:  # pounds to kg, then a dose per kilogram
    lb, per = rng.randint(20, 90), rng.choice([5, 10, 15, 20])
    kg = lb * LB
    if tie(kg) or tie(kg * per) or tie(round(kg, 2) * per):
        return x_child_dose(rng)
    mg = {f for k in (kg, round(kg, 2)) for f in num(k * per)}
    return item("X_child_dose", "multi", f"my son weighs {lb} lb. what's that in kg? the "
                f"medicine is {per} mg per kg, so how many mg for him?",
                [units(num(kg), *KG), units(sorted(mg), "mg", "milligrams")])


def x_dose_schedule(rng: random.Random) -> Item:  # last dose time of day and tablets needed
    first, gap, times, per, days = rng.randint(6, 9), rng.choice([4, 5, 6]), rng.choice([3, 4]), \
        rng.choice([1, 2]), rng.randint(5, 14)
    n = times * per * days
    return item("X_dose_schedule", "multi", f"I take {per} tablet{'s' if per > 1 else ''} every "
                f"{gap} hours, {times} times a day, first one at {first}am. when's my last dose "
                f"of the day, and how many tablets do I need for {days} days?",
                [clock(first + (times - 1) * gap), [str(n), f"{n} tablets"]])


def x_c_and_bmi(rng: random.Random) -> Item:  # a temperature and a BMI, unrelated
    c, h, w = rng.randint(-15, 40), rng.randint(150, 200), rng.randint(45, 130)
    bmi = Fraction(w * 10000, h * h)
    if tie(bmi, 1):
        return x_c_and_bmi(rng)
    return item("X_c_and_bmi", "multi", f"couple of things: {c}C in fahrenheit, and my bmi - "
                f"{w}kg, {h}cm", [units(num(Fraction(c * 9, 5) + 32), *DEG_F), num(bmi, 1)])


def x_drive_speed(rng: random.Random) -> Item:  # an average speed, then in mph
    km, hours = rng.randint(150, 650), Fraction(rng.randint(4, 12), 2)
    speed = km / hours
    mph = {f for s in (speed, round(speed, 2)) for f in num(s / MILE)}
    if tie(speed) or tie(speed / MILE) or tie(round(speed, 2) / MILE):
        return x_drive_speed(rng)
    return item("X_drive_speed", "multi", f"drove {km} km in {float(hours):g} hours. average "
                "speed? and what's that in mph", [units(num(speed), *KMH),
                                                  units(sorted(mph), *MPH)])


def x_run_miles(rng: random.Random) -> Item:  # a run's distance in miles and speed in km/h
    km = rng.randint(3, 25)
    minutes = km * rng.randint(4, 8) + rng.randint(0, 9)
    if tie(km / MILE) or tie(Fraction(km * 60, minutes)):
        return x_run_miles(rng)
    return item("X_run_miles", "multi", f"did {km}k in {minutes} minutes this morning. how many "
                "miles is that, and what was my average speed in km/h?",
                [units(num(km / MILE), *MI), units(num(Fraction(km * 60, minutes)), *KMH)])


def x_fuel(rng: random.Random) -> Item:  # the cost of a full tank and its size in gallons
    litres, price = rng.randint(35, 80), Fraction(rng.randint(145, 215), 100)
    if tie(litres / GALLON):
        return x_fuel(rng)
    return item("X_fuel", "multi", f"my tank holds {litres} litres and petrol is "
                f"{float(price):.2f} a litre. how much to fill it from empty, and how big "
                "is the tank in US gallons?",
                [num(litres * price), units(num(litres / GALLON), "gallons", "gal")])


def x_recipe_scale(rng: random.Random) -> Item:  # a recipe scaled up, then in ounces
    grams, people = rng.randint(5, 30) * 20, rng.choice([2, 3, 5, 6, 8, 10])
    new = Fraction(grams * people, 4)
    if tie(new / OUNCE):
        return x_recipe_scale(rng)
    return item("X_recipe_scale", "multi", f"recipe says {grams} g of flour for 4 servings. I'm "
                f"cooking for {people}: how many grams, and how many ounces is that?",
                [units(num(new), "g", "grams"), units(num(new / OUNCE), "oz", "ounces")])


def x_room_area(rng: random.Random) -> Item:  # a floor area, then in square feet
    a, b = Fraction(rng.randint(25, 65), 10), Fraction(rng.randint(25, 65), 10)
    sq = {f for v in (a * b, round(a * b, 2)) for f in num(v / SQ_FT)}
    if tie(a * b / SQ_FT):
        return x_room_area(rng)
    return item("X_room_area", "multi", f"bedroom is {float(a):g} m by {float(b):g} m. what's "
                "the floor area, and how many square feet is that?",
                [units(num(a * b), "m²", "square metres", "square meters", "m^2", "sq m"),
                 units(sorted(sq), "sq ft", "square feet", "ft²", "ft^2")])


def x_two_conversions(rng: random.Random) -> Item:  # two conversions asked together
    mi, f = rng.randint(2, 120), rng.randint(-10, 105)
    c = Fraction(f - 32) * 5 / 9
    if tie(mi * MILE) or tie(c):
        return x_two_conversions(rng)
    return item("X_two_conversions", "multi", f"convert {mi} miles to km and {f}°F to °C",
                [units(num(mi * MILE), *KM), units(num(c), *DEG_C)])


def x_runs_mean_km(rng: random.Random) -> Item:  # an average in miles, then in kilometres
    runs = [Fraction(rng.randint(25, 130), 10) for _ in range(rng.randint(4, 6))]
    mean = sum(runs, Fraction(0)) / len(runs)
    km = {f for m in (mean, round(mean, 2)) for f in num(m * MILE)}
    if tie(mean) or tie(mean * MILE) or tie(round(mean, 2) * MILE):
        return x_runs_mean_km(rng)
    listed = ", ".join(f"{float(r):g}" for r in runs)
    return item("X_runs_mean_km", "multi", f"my runs this week: {listed} miles. what's my "
                "average run, and what's that in km?",
                [[*labelled(["mean", "average"], num(mean)[0]), *units(num(mean), *MI)],
                 units(sorted(km), *KM)])


def x_highs_celsius(rng: random.Random) -> Item:  # a mean temperature, then in Celsius
    temps = [rng.randint(40, 98) for _ in range(rng.randint(5, 7))]
    mean = Fraction(sum(temps), len(temps))
    cs = {f for m in (mean, round(mean, 2)) for f in num((m - 32) * 5 / 9)}
    if tie(mean) or tie((mean - 32) * 5 / 9) or tie((round(mean, 2) - 32) * 5 / 9):
        return x_highs_celsius(rng)
    return item("X_highs_celsius", "multi", f"highs this week were {', '.join(map(str, temps))} "
                "°F. average? and in celsius please",
                [[*labelled(["mean", "average"], num(mean)[0]), *units(num(mean), *DEG_F)],
                 units(sorted(cs), *DEG_C)])


def x_parcels_kg(rng: random.Random) -> Item:  # a total weight in pounds, then in kilograms
    parcels = [Fraction(rng.randint(5, 400), 10) for _ in range(rng.randint(3, 5))]
    total = sum(parcels, Fraction(0))
    if tie(total * LB):
        return x_parcels_kg(rng)
    listed = ", ".join(f"{float(p):g}" for p in parcels)
    return item("X_parcels_kg", "multi", f"shipping {len(parcels)} parcels weighing {listed} lb. "
                "total weight, and what's that in kg?",
                [units(num(total), *LBS), units(num(total * LB), *KG)])


MIXED: list[tuple[Family, int]] = [(fresh(make), 6) for make in (
    x_bmi_imperial, x_water_from_lb, x_maxhr_percent, x_bmr_kj, x_bmi_and_water, x_child_dose,
    x_dose_schedule, x_c_and_bmi, x_drive_speed, x_run_miles, x_fuel, x_recipe_scale,
    x_room_area, x_two_conversions, x_runs_mean_km, x_highs_celsius, x_parcels_kg)]
