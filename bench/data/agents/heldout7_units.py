"""Round 7 (``W_*``, held out once, dev now) for ``muse bench agents``, third part: unit
conversions and health calculations (see :mod:`bench.data.agents.heldout7`)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout5_math import commas, show, tie
from bench.data.agents.heldout5_units import INCH, LB, litres, one_place
from bench.data.agents.heldout6_units import FL_OZ, STONE, ok, value
from bench.data.agents.helpers import Family, Item, item

CUP, GALLON, PINT = 8 * FL_OZ, 128 * FL_OZ / 1000, 16 * FL_OZ / 1000  # ml, litres, litres
TSP, MPH_MS, SQ_FT = FL_OZ / 6, Fraction("0.44704"), Fraction("0.09290304")
PSI = LB * Fraction("9.80665") / INCH ** 2  # pascals


def clock(hour: int, minute: int = 0) -> list[str]:
    """A time of day on the 24-hour clock and the ways a 12-hour one is written."""
    twelve = hour - 12 if hour > 12 else (12 if hour == 0 else hour)
    suffix = "pm" if hour >= 12 else "am"
    forms = [f"{hour}:{minute:02d}", f"{twelve}:{minute:02d} {suffix}",
             f"{twelve}:{minute:02d}{suffix}", f"{twelve}:{minute:02d} {suffix.upper()}"]
    if not minute:
        forms += [f"{twelve} {suffix}", f"{twelve}{suffix}", f"{twelve} {suffix.upper()}"]
    return list(dict.fromkeys(forms))


def with_unit(values: list[str], *units: str) -> list[str]:
    return [f"{v} {u}" for v in values for u in units]


# --- conversions -----------------------------------------------------------------------

def w_cups(rng: random.Random) -> Item:  # US cups in a recipe to millilitres
    v = rng.choice([Fraction(1, 2), Fraction(3, 4), Fraction(1), Fraction(3, 2), Fraction(2),
                    Fraction(5, 2), Fraction(3), Fraction(4)])
    thing = rng.choice(["milk", "water", "stock", "cream"])
    return item("W_cups", "calc", f"american recipe: {show(v)} cups of {thing}. how many ml is "
                "that?", [value(v * CUP)])


def w_gusts(rng: random.Random) -> Item:  # wind in miles per hour to metres per second
    v = rng.randint(15, 90)
    if not ok(v * MPH_MS):
        return w_gusts(rng)
    return item("W_gusts", "calc", f"forecast says gusts up to {v} mph. what is that in metres "
                "per second?", [value(v * MPH_MS)])


def w_flat_area(rng: random.Random) -> Item:  # square metres to square feet
    v = rng.randint(28, 180)
    if not ok(v / SQ_FT):
        return w_flat_area(rng)
    return item("W_flat_area", "calc", f"the flat is listed as {v} m² - how many square feet?",
                [value(v / SQ_FT)])


def w_tank_gallons(rng: random.Random) -> Item:  # litres to US gallons
    v = rng.randint(20, 90)
    if not ok(v / GALLON):
        return w_tank_gallons(rng)
    return item("W_tank_gallons", "calc", f"my car's tank takes {v} litres. how many US gallons "
                "is that?", [value(v / GALLON)])


def w_rainfall(rng: random.Random) -> Item:  # millimetres of rain to inches
    v = rng.randint(3, 160)
    if not ok(Fraction(v * 10, 254)):
        return w_rainfall(rng)
    return item("W_rainfall", "calc", f"we had {v} mm of rain yesterday; what's that in inches?",
                [value(Fraction(v * 10, 254))])


def w_altitude(rng: random.Random) -> Item:  # a cruising altitude in feet, to metres
    v = rng.randint(28, 43) * 1000
    return item("W_altitude", "calc", f"the pilot said we're cruising at {v:,} feet. how many "
                "metres up are we?", [value(v * Fraction("0.3048"))])


def w_f_kelvin(rng: random.Random) -> Item:  # Fahrenheit straight to kelvin
    f = rng.randint(-40, 450)
    k = (f - 32) * Fraction(5, 9) + Fraction("273.15")
    if not ok(k):
        return w_f_kelvin(rng)
    return item("W_f_kelvin", "calc", f"convert {f} °F to kelvin", [value(k)])


def w_mg_grams(rng: random.Random) -> Item:  # milligrams to grams
    v = rng.randint(12, 900) * 10
    return item("W_mg_grams", "calc", f"how many grams are {v:,} milligrams?",
                [value(Fraction(v, 1000))])


def w_weeks_hours(rng: random.Random) -> Item:  # weeks to hours
    w = rng.randint(2, 52)
    return item("W_weeks_hours", "calc", f"how many hours are in {w} weeks?",
                [commas(str(w * 168))])


def w_minutes_hours(rng: random.Random) -> Item:  # minutes to decimal hours
    m = rng.randint(11, 80) * 6
    if m % 60 == 0:
        return w_minutes_hours(rng)
    return item("W_minutes_hours", "calc", f"express {m} minutes in hours",
                [value(Fraction(m, 60))])


def w_nautical(rng: random.Random) -> Item:  # nautical miles to kilometres
    v = rng.randint(5, 400)
    return item("W_nautical", "calc", f"the crossing is {v} nautical miles - in km?",
                [value(v * Fraction("1.852"))])


def w_kpa_psi(rng: random.Random) -> Item:  # kilopascals to psi
    v = rng.randint(180, 320)
    if not ok(v * 1000 / PSI):
        return w_kpa_psi(rng)
    return item("W_kpa_psi", "calc", f"the manual says {v} kPa for the tyres, my gauge reads psi. "
                "what number am I looking for?", [value(v * 1000 / PSI)])


def w_hectares(rng: random.Random) -> Item:  # hectares to square metres
    v = Fraction(rng.randint(1, 80), 4)
    return item("W_hectares", "calc", f"how many square metres is {show(v)} hectares?",
                [value(v * 10000)])


def w_kmh_ms(rng: random.Random) -> Item:  # km/h to m/s
    v = rng.randint(5, 130)
    if not ok(Fraction(v, Fraction("3.6"))):
        return w_kmh_ms(rng)
    return item("W_kmh_ms", "calc", f"{v} km/h in m/s please", [value(v / Fraction("3.6"))])


def w_teaspoons(rng: random.Random) -> Item:  # millilitres to US teaspoons
    v = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 60])
    return item("W_teaspoons", "calc", f"how many teaspoons (US) are {v} ml of medicine?",
                [value(v / TSP)])


def w_pints(rng: random.Random) -> Item:  # US pints to litres
    v = rng.randint(1, 16)
    return item("W_pints", "calc", f"{v} US pints in litres?", [value(v * PINT)])


def w_cm_feet(rng: random.Random) -> Item:  # centimetres to feet
    v = rng.randint(40, 900)
    if not ok(Fraction(v, Fraction("30.48"))):
        return w_cm_feet(rng)
    return item("W_cm_feet", "calc", f"the sofa is {v} cm long. how many feet is that?",
                [value(v / Fraction("30.48"))])


def w_kg_stone(rng: random.Random) -> Item:  # kilograms to stone, as a decimal
    v = rng.randint(45, 140)
    if not ok(v / STONE):
        return w_kg_stone(rng)
    return item("W_kg_stone", "calc", f"my british cousin asked what {v} kg is in stone",
                [value(v / STONE)])


# --- health ----------------------------------------------------------------------------

def w_bmi_dad(rng: random.Random) -> Item:  # BMI asked for someone else
    h, w = rng.randint(155, 195), rng.randint(50, 130)
    bmi = Fraction(w * 10000, h * h)
    if tie(bmi, 1):
        return w_bmi_dad(rng)
    who = rng.choice(["my dad", "my husband", "my mum", "my sister"])
    return item("W_bmi_dad", "calc", f"{who} is {h} cm and {w} kg - what's the BMI?",
                [one_place(bmi)])


def w_bmi_feet_kg(rng: random.Random) -> Item:  # BMI with feet and inches but kilograms
    ft, inch, w = rng.choice([5, 6]), rng.randint(0, 11), rng.randint(50, 120)
    h = (ft * 12 + inch) * INCH
    bmi = w / h ** 2
    if tie(bmi, 1):
        return w_bmi_feet_kg(rng)
    return item("W_bmi_feet_kg", "calc", f"height {ft} ft {inch} in, weight {w} kg. BMI?",
                [one_place(bmi)])


def w_bmr_inches(rng: random.Random) -> Item:  # Mifflin-St Jeor BMR, height in feet/inches
    age, ft, inch, w = rng.randint(20, 70), rng.choice([5, 6]), rng.randint(0, 11), \
        rng.randint(48, 115)
    female = rng.random() < 0.5
    h = (ft * 12 + inch) * INCH * 100
    bmr = 10 * w + Fraction(25, 4) * h - 5 * age + (-161 if female else 5)
    if tie(bmr, 0):
        return w_bmr_inches(rng)
    who = "female" if female else "male"
    return item("W_bmr_inches", "calc", f"basal metabolic rate for me please: {who}, {age}, "
                f"{ft}'{inch}\", {w} kg", [commas(str(round(bmr)))])


def w_water_lb(rng: random.Random) -> Item:  # daily water from a weight in pounds
    lb = rng.randint(100, 300)
    water = lb * LB * Fraction(35, 1000)
    if tie(water, 1):
        return w_water_lb(rng)
    return item("W_water_lb", "calc", f"I'm {lb} lbs - how many litres of water a day should I "
                "aim for?", [litres(water)])


def w_hr_fraction(rng: random.Random) -> Item:  # a percentage of the maximum heart rate
    age, p = rng.randint(20, 70), rng.choice([50, 60, 65, 70, 75, 80, 85, 90])
    v = Fraction((220 - age) * p, 100)
    if v.denominator != 1:
        return w_hr_fraction(rng)
    return item("W_hr_fraction", "calc", f"coach wants me at {p}% of max heart rate. I'm {age}. "
                "what bpm is that?", [[f"{v} bpm"]])


def w_dose_weight(rng: random.Random) -> Item:  # a dose worked out per kilogram
    per, kg = rng.choice([5, 10, 15, 20]), rng.randint(8, 40)
    return item("W_dose_weight", "calc", f"the leaflet says {per} mg per kg. my child weighs "
                f"{kg} kg - how many mg is one dose?", [with_unit(commas(str(per * kg)), "mg")])


def w_syrup(rng: random.Random) -> Item:  # millilitres of a syrup for a dose in mg
    strength, ml = rng.choice([100, 120, 125, 200, 250]), Fraction(rng.randint(4, 30), 2)
    mg = strength * ml / 5
    if mg.denominator != 1:
        return w_syrup(rng)
    return item("W_syrup", "calc", f"the syrup is {strength} mg per 5 ml and the dose is {mg} "
                "mg. how many ml do I measure?", [with_unit([show(ml)], "ml", "mL")])


def w_days_supply(rng: random.Random) -> Item:  # how long a pack of tablets lasts
    per_day, days = rng.randint(1, 4), rng.randint(7, 45)
    return item("W_days_supply", "calc", f"a box of {per_day * days} tablets, taking {per_day} "
                "a day. how many days will it last?", [[f"{days} days"]])


def w_third_dose(rng: random.Random) -> Item:  # the time of the third dose of the day
    hour, gap = rng.randint(6, 9), rng.choice([4, 5, 6, 7])
    return item("W_third_dose", "calc", f"first dose at {hour}am, then every {gap} hours. "
                "what time is the third dose?", [clock(hour + 2 * gap)])


def w_steps_km(rng: random.Random) -> Item:  # steps and stride to a distance
    steps, stride = rng.randint(20, 160) * 100, Fraction(rng.randint(60, 85), 100)
    km = steps * stride / 1000
    if tie(km):
        return w_steps_km(rng)
    return item("W_steps_km", "calc", f"{steps:,} steps today with a {float(stride):.2f} m "
                "stride - how many km did I walk?", [value(km)])


UNITS: list[tuple[Family, int]] = [
    (w_cups, 6), (w_gusts, 6), (w_flat_area, 6), (w_tank_gallons, 6), (w_rainfall, 6),
    (w_altitude, 6), (w_f_kelvin, 6), (w_mg_grams, 6), (w_weeks_hours, 6),
    (w_minutes_hours, 6), (w_nautical, 6), (w_kpa_psi, 6), (w_hectares, 6), (w_kmh_ms, 6),
    (w_teaspoons, 6), (w_pints, 6), (w_cm_feet, 6), (w_kg_stone, 6), (w_bmi_dad, 6),
    (w_bmi_feet_kg, 6), (w_bmr_inches, 6), (w_water_lb, 6), (w_hr_fraction, 6),
    (w_dose_weight, 6), (w_syrup, 6), (w_days_supply, 6), (w_third_dose, 6),
    (w_steps_km, 6)]
