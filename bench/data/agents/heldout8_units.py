"""Round 8 (``X_*``, dev now) for ``muse bench agents``, third part: unit conversions and
health calculations (see :mod:`bench.data.agents.heldout8`)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout8_math import an, fixed, num, show, tie
from bench.data.agents.helpers import Family, Item, item

F = Fraction
INCH, FOOT, YARD, MILE = F("0.0254"), F("0.3048"), F("0.9144"), F("1.609344")  # m, m, m, km
LB, OZ, FL_OZ, GALLON = F("0.45359237"), F("28.349523125"), F("29.5735295625"), \
    F("3.785411784")  # kg, g, ml, litres (US)
ACRE, SQ_FT, KNOT, KCAL = F("4046.8564224"), F("0.09290304"), F("1.852"), F("4.184")
SURVEY_ACRE = 10 * (66 * F(1200, 3937)) ** 2  # m²: the US survey acre, which some tools use
PSI = LB * F("9.80665") / INCH ** 2  # pascals


def safe(x: Fraction, places: int = 2) -> bool:
    return not tie(x, places)


def one_dp(x: Fraction) -> list[str]:
    """One decimal place, the way BMI and litres of water are given."""
    whole = int(x * 10 + F(1, 2))
    return [f"{whole // 10}.{whole % 10}"]


def with_unit(values: list[str], *units: str) -> list[str]:
    return [f"{v} {u}" for v in values for u in units]


def clock(hour: int, minute: int = 0) -> list[str]:
    """A time of day, 24-hour and the usual 12-hour spellings."""
    hour %= 24
    twelve = hour % 12 or 12
    suffix = "pm" if hour >= 12 else "am"
    forms = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}"]
    forms += [f"{twelve}:{minute:02d}{gap}{s}" for gap in (" ", "") for s in (suffix,
              suffix.upper())]
    if not minute:
        forms += [f"{twelve}{gap}{s}" for gap in (" ", "") for s in (suffix, suffix.upper())]
    return list(dict.fromkeys(forms))


def said(hour: int, minute: int = 0) -> str:
    twelve = hour % 12 or 12
    return f"{twelve}{f':{minute:02d}' if minute else ''}{'pm' if hour >= 12 else 'am'}"


# --- conversions -----------------------------------------------------------------------

def x_morning_run(rng: random.Random) -> Item:  # a run in kilometres, to miles
    km = F(rng.randint(30, 450), 10)
    if not safe(km / MILE):
        return x_morning_run(rng)
    return item("X_morning_run", "calc", f"ran {show(km)}k this morning 🏃 how far is that in "
                "miles?", [num(km / MILE)])


def x_height_cm(rng: random.Random) -> Item:  # feet and inches to centimetres
    ft, inch = rng.choice([5, 5, 6]), rng.randint(0, 11)
    if ft == 6 and inch > 6:
        return x_height_cm(rng)
    said_height = f"{ft} foot {inch}" if inch else f"{ft} foot"
    return item("X_height_cm", "calc", f"I'm {said_height}, what's that in cm?",
                [num((ft * 12 + inch) * INCH * 100)])


def x_screen_inches(rng: random.Random) -> Item:  # centimetres to inches
    cm = rng.randint(30, 200)
    if not safe(cm / (INCH * 100)):
        return x_screen_inches(rng)
    return item("X_screen_inches", "calc", f"The TV is {cm} cm wide. How many inches is that?",
                [num(cm / (INCH * 100))])


def x_stone_kg(rng: random.Random) -> Item:  # stones and pounds to kilograms
    st, lb = rng.randint(7, 20), rng.randint(1, 13)
    kg = (st * 14 + lb) * LB
    if not safe(kg):
        return x_stone_kg(rng)
    return item("X_stone_kg", "calc", f"i weigh {st} stone {lb} pounds. in kg?", [num(kg)])


def x_luggage_lb(rng: random.Random) -> Item:  # kilograms to pounds
    kg = rng.choice([7, 8, 10, 12, 15, 20, 23, 25, 30, 32])
    return item("X_luggage_lb", "calc", f"the airline allows {kg} kg of luggage - how many lbs "
                "is that?", [num(kg / LB)])


def x_oven_f(rng: random.Random) -> Item:  # an oven temperature in °C to °F
    c = rng.randint(24, 48) * 5
    return item("X_oven_f", "calc", f"recipe says bake at {c}°C but my oven's in fahrenheit. "
                "what do i set it to?", [num(F(c * 9, 5) + 32)])


def x_fever_c(rng: random.Random) -> Item:  # a body temperature in °F to °C
    f = F(rng.randint(970, 1045), 10)
    c = (f - 32) * F(5, 9)
    if not safe(c):
        return x_fever_c(rng)
    return item("X_fever_c", "calc", f"my son's temperature is {show(f)} °F - what is it in "
                "celsius?", [num(c)])


def x_limit_kmh(rng: random.Random) -> Item:  # miles per hour to km/h
    mph = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80])
    return item("X_limit_kmh", "calc", f"Speed limit over there is {mph} mph. What's that in "
                "km/h?", [num(mph * MILE)])


def x_butter_grams(rng: random.Random) -> Item:  # ounces to grams
    oz = F(rng.randint(2, 40), 2)
    if not safe(oz * OZ):
        return x_butter_grams(rng)
    return item("X_butter_grams", "calc", f"{show(oz)} oz of butter in grams?", [num(oz * OZ)])


def x_can_ml(rng: random.Random) -> Item:  # US fluid ounces to millilitres
    oz = rng.choice([6, 8, 10, 12, 16, 20, 24, 32, 40, 64])
    if not safe(oz * FL_OZ):
        return x_can_ml(rng)
    return item("X_can_ml", "calc", f"how many ml in {an(oz)} {oz} fl oz bottle (US)?",
                [num(oz * FL_OZ)])


def x_jug_litres(rng: random.Random) -> Item:  # US gallons to litres
    gal = F(rng.randint(1, 30), 2)
    if not safe(gal * GALLON):
        return x_jug_litres(rng)
    return item("X_jug_litres", "calc", f"convert {show(gal)} US gallons to liters",
                [num(gal * GALLON)])


def x_acres(rng: random.Random) -> Item:  # acres to hectares
    acres = rng.randint(2, 600)
    if not safe(acres * ACRE / 10000) or num(acres * ACRE / 10000) != \
            num(acres * SURVEY_ACRE / 10000):
        return x_acres(rng)
    return item("X_acres", "calc", f"the farm is {acres} acres. how many hectares?",
                [num(acres * ACRE / 10000)])


def x_sqft(rng: random.Random) -> Item:  # square feet to square metres
    sq = rng.randint(40, 320) * 10
    if not safe(sq * SQ_FT):
        return x_sqft(rng)
    return item("X_sqft", "calc", f"house listing: {sq:,} sq ft. in square metres that's?",
                [num(sq * SQ_FT)])


def x_pool_yards(rng: random.Random) -> Item:  # yards to metres
    yd = rng.randint(10, 200) * 25
    if not safe(yd * YARD):
        return x_pool_yards(rng)
    return item("X_pool_yards", "calc", f"swam {yd:,} yards today, how many metres?",
                [num(yd * YARD)])


def x_cliff_feet(rng: random.Random) -> Item:  # feet to metres
    ft = rng.randint(40, 2000)
    if not safe(ft * FOOT):
        return x_cliff_feet(rng)
    return item("X_cliff_feet", "calc", f"The cliff is {ft:,} ft tall. Metres?",
                [num(ft * FOOT)])


def x_kelvin_c(rng: random.Random) -> Item:  # kelvin to Celsius
    k = F(rng.randint(2000, 4000), 10)
    return item("X_kelvin_c", "calc", f"{show(k)} K to °C", [num(k - F("273.15"))])


def x_seconds_days(rng: random.Random) -> Item:  # days to seconds
    days = rng.randint(2, 30)
    return item("X_seconds_days", "calc", f"how many seconds are there in {days} days?",
                [num(days * 86400)])


def x_hours_minutes(rng: random.Random) -> Item:  # decimal hours to minutes
    h = F(rng.randint(5, 60), 4)
    if h.denominator == 1:
        return x_hours_minutes(rng)
    return item("X_hours_minutes", "calc", f"{show(h)} hours is how many minutes?",
                [num(h * 60)])


def x_psi_bar(rng: random.Random) -> Item:  # tyre pressure in psi to bar
    psi = rng.randint(26, 45)
    if not safe(psi * PSI / 100000):
        return x_psi_bar(rng)
    return item("X_psi_bar", "calc", f"my tyres should be at {psi} psi, what's that in bar?",
                [num(psi * PSI / 100000)])


def x_kcal_kj(rng: random.Random) -> Item:  # kilocalories to kilojoules
    kcal = rng.randint(40, 900)
    if not safe(kcal * KCAL):
        return x_kcal_kj(rng)
    return item("X_kcal_kj", "calc", f"this snack bar has {kcal} kcal. how many kJ is that?",
                [num(kcal * KCAL)])


def x_knots(rng: random.Random) -> Item:  # knots to km/h
    kn = rng.randint(4, 40)
    return item("X_knots", "calc", f"we're sailing at {kn} knots, what's that in km/h?",
                [num(kn * KNOT)])


# --- health ----------------------------------------------------------------------------

def x_bmi_ft_lb(rng: random.Random) -> Item:  # BMI from feet, inches and pounds
    ft, inch, lb = rng.choice([5, 6]), rng.randint(0, 11), rng.randint(100, 300)
    bmi = lb * LB / ((ft * 12 + inch) * INCH) ** 2
    if tie(bmi, 1) or ft * 12 + inch > 78 or not 16 <= bmi <= 42:
        return x_bmi_ft_lb(rng)
    return item("X_bmi_ft_lb", "calc", f"what's my BMI? {ft}'{inch}\" and {lb} lbs",
                [one_dp(bmi)])


def x_bmi_metres(rng: random.Random) -> Item:  # BMI with height in metres
    m, kg = F(rng.randint(150, 200), 100), F(rng.randint(450, 1300), 10)
    bmi = kg / m ** 2
    if tie(bmi, 1) or not 16 <= bmi <= 42:
        return x_bmi_metres(rng)
    return item("X_bmi_metres", "calc", f"Height {fixed(m)} m, weight {show(kg)} kg. Can you work "
                "out the BMI?", [one_dp(bmi)])


def x_bmi_stone(rng: random.Random) -> Item:  # BMI from stones and feet
    st, lb, ft, inch = rng.randint(8, 18), rng.randint(1, 13), rng.choice([5, 6]), \
        rng.randint(0, 11)
    bmi = (st * 14 + lb) * LB / ((ft * 12 + inch) * INCH) ** 2
    if tie(bmi, 1) or ft * 12 + inch > 78 or not 16 <= bmi <= 42:
        return x_bmi_stone(rng)
    tall = f"{ft} ft {inch}" if inch else f"{ft} ft"
    return item("X_bmi_stone", "calc", f"bmi for someone {tall} who weighs {st} st "
                f"{lb} lb?", [one_dp(bmi)])


def bmr(kg: int, cm: int, age: int, female: bool) -> Fraction:
    """Mifflin-St Jeor, kcal a day."""
    return 10 * kg + F(25, 4) * cm - 5 * age + (-161 if female else 5)


def x_bmr_woman(rng: random.Random) -> Item:  # BMR for a woman, metric
    age, cm, kg = rng.randint(18, 75), rng.randint(150, 185), rng.randint(45, 110)
    value = bmr(kg, cm, age, True)
    if tie(value, 0):
        return x_bmr_woman(rng)
    return item("X_bmr_woman", "calc", f"what's the BMR of a {age}-year-old woman, {cm} cm tall "
                f"and {kg} kg?", [num(round(value))])


def x_bmr_man(rng: random.Random) -> Item:  # BMR for a man, asked chattily
    age, cm, kg = rng.randint(18, 75), rng.randint(160, 200), rng.randint(55, 130)
    value = bmr(kg, cm, age, False)
    if tie(value, 0):
        return x_bmr_man(rng)
    return item("X_bmr_man", "calc", f"trying to figure out my calories. male, {age}, {kg}kg, "
                f"{cm}cm - what's my basal metabolic rate?", [num(round(value))])


def x_water_kg(rng: random.Random) -> Item:  # daily water from body weight
    kg = rng.randint(45, 130)
    water = kg * F(35, 1000)
    if tie(water, 1):
        return x_water_kg(rng)
    return item("X_water_kg", "calc", f"I weigh {kg} kg. How much water should I be drinking "
                "per day?", [with_unit(one_dp(water), "litres", "liters", "L")])


def x_max_hr(rng: random.Random) -> Item:  # maximum heart rate, asked casually
    age = rng.randint(16, 85)
    return item("X_max_hr", "calc", f"just turned {age}. what's my max heart rate supposed to "
                "be?", [[f"{220 - age} bpm"]])


def x_zone_range(rng: random.Random) -> Item:  # a band of percentages of the maximum
    age, low = rng.randint(18, 70), rng.choice([50, 55, 60, 65, 70, 75, 80])
    high = low + rng.choice([10, 15])
    top = 220 - age
    if (top * low) % 100 or (top * high) % 100:
        return x_zone_range(rng)
    return item("X_zone_range", "calc", f"what bpm range is {low}-{high}% of max heart rate for "
                f"a {age} year old?", [num(top * low // 100), num(top * high // 100)])


def x_dose_times(rng: random.Random) -> Item:  # the next two doses after the first
    hour, minute, gap = rng.randint(6, 10), rng.choice([0, 15, 30, 45]), rng.choice([4, 6])
    return item("X_dose_times", "calc", f"took my first antibiotic at {said(hour, minute)}, one "
                f"every {gap} hours. when are the next two?",
                [clock(hour + gap, minute), clock(hour + 2 * gap, minute)])


def x_next_dose(rng: random.Random) -> Item:  # the next dose, past midnight
    hour, gap = rng.randint(19, 23), rng.choice([4, 5, 6, 8])
    if (hour + gap) % 24 == 0:
        return x_next_dose(rng)
    return item("X_next_dose", "calc", f"had paracetamol at {said(hour)}. it's every {gap} "
                "hours - when can I take the next one?", [clock(hour + gap)])


def x_daily_mg(rng: random.Random) -> Item:  # total milligrams in a day
    mg, gap = rng.choice([100, 200, 250, 300, 400, 500, 600]), rng.choice([4, 6, 8, 12])
    return item("X_daily_mg", "calc", f"{mg} mg every {gap} hours - how many mg is that over 24 "
                "hours?", [with_unit(num(mg * 24 // gap), "mg")])


def x_bottle_days(rng: random.Random) -> Item:  # how many days a bottle of liquid lasts
    ml, times, days = rng.choice([5, 10, 15]), rng.choice([2, 3, 4]), rng.randint(5, 20)
    often = {2: "twice", 3: "three times", 4: "four times"}[times]
    return item("X_bottle_days", "calc", f"the bottle holds {ml * times * days} ml and the dose "
                f"is {ml} ml {often} a day. how many days will it last?",
                [[f"{days} days"]])


def x_split_dose(rng: random.Random) -> Item:  # a daily mg/kg dose split into doses
    per, doses, kg = rng.choice([20, 30, 40, 45, 60]), rng.choice([2, 3, 4]), rng.randint(6, 40)
    each = F(per * kg, doses)
    if each.denominator != 1:
        return x_split_dose(rng)
    return item("X_split_dose", "calc", f"dose is {per} mg/kg/day divided into {doses} doses. "
                f"child weighs {kg} kg, how much per dose?", [with_unit(num(each), "mg")])


UNITS: list[tuple[Family, int]] = [
    (x_morning_run, 6), (x_height_cm, 6), (x_screen_inches, 6), (x_stone_kg, 6),
    (x_luggage_lb, 6), (x_oven_f, 6), (x_fever_c, 6), (x_limit_kmh, 6), (x_butter_grams, 6),
    (x_can_ml, 6), (x_jug_litres, 6), (x_acres, 6), (x_sqft, 6), (x_pool_yards, 6),
    (x_cliff_feet, 6), (x_kelvin_c, 6), (x_seconds_days, 6), (x_hours_minutes, 6),
    (x_psi_bar, 6), (x_kcal_kj, 6), (x_knots, 6), (x_bmi_ft_lb, 6), (x_bmi_metres, 6),
    (x_bmi_stone, 6), (x_bmr_woman, 6), (x_bmr_man, 6), (x_water_kg, 6), (x_max_hr, 6),
    (x_zone_range, 6), (x_dose_times, 6), (x_next_dose, 6), (x_daily_mg, 6),
    (x_bottle_days, 6), (x_split_dose, 6)]
