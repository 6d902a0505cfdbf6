"""Round 9 (``Y_*``, dev now) for ``muse bench agents``, third part: unit conversions and
health calculations (BMI, BMR, daily water, heart rate, dose timing; see
:mod:`bench.data.agents.heldout9`)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout9_forms import num, rounded, safe, show, tie
from bench.data.agents.helpers import Family, Item, item

F = Fraction
INCH, FOOT, YARD, MILE = F("0.0254"), F("0.3048"), F("0.9144"), F("1.609344")  # m, m, m, km
LB, OZ, GALLON, KWH = F("0.45359237"), F("28.349523125"), F("3.785411784"), F("3.6")
ACRE, SQ_FT = F("4046.8564224"), F("0.09290304")  # m², m²


def one_dp(x: Fraction) -> list[str]:
    return num(x, 1)[:1] + [f"{num(x, 1)[0]}.0"] * (rounded(x, 1).denominator == 1)


def with_unit(values: list[str], *units: str) -> list[str]:
    return [f"{v}{gap}{u}" for v in values for u in units for gap in (" ", "")
            if gap or len(u) <= 3]


def clock(hour: int, minute: int = 0) -> list[str]:
    """A time of day in 24-hour and 12-hour spellings."""
    hour %= 24
    twelve, suffix = hour % 12 or 12, "pm" if hour >= 12 else "am"
    out = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}"]
    out += [f"{twelve}:{minute:02d}{gap}{s}" for gap in (" ", "") for s in (suffix, suffix.upper())]
    if not minute:
        out += [f"{twelve}{gap}{s}" for gap in (" ", "") for s in (suffix, suffix.upper())]
    return list(dict.fromkeys(out))


def spoken(hour: int, minute: int = 0) -> str:
    return f"{hour % 12 or 12}{f':{minute:02d}' if minute else ''}{'pm' if hour >= 12 else 'am'}"


# --- conversions -----------------------------------------------------------------------

def y_race_miles(rng: random.Random) -> Item:  # a race distance in km to miles
    km = rng.choice([3, 5, 8, 10, 12, 15, 16, 21, 25, 30, 42, 50, 100])
    return item("Y_race_miles", "calc", f"signed up for a {km}km race, how many miles is it?",
                [num(km / MILE)])


def y_drive_km(rng: random.Random) -> Item:  # miles to kilometres
    miles = rng.randint(12, 480)
    if not safe(miles * MILE):
        return y_drive_km(rng)
    return item("Y_drive_km", "calc", f"The drive is {miles} miles. How many km is that?",
                [num(miles * MILE)])


def y_baby_lb(rng: random.Random) -> Item:  # a baby's weight in kg to pounds
    kg = F(rng.randint(240, 480), 100)
    if not safe(kg / LB):
        return y_baby_lb(rng)
    return item("Y_baby_lb", "calc", f"baby weighed {show(kg)} kg at birth - what is that in "
                "pounds?", [num(kg / LB)])


def y_dumbbell_kg(rng: random.Random) -> Item:  # pounds to kilograms
    lb = rng.randint(5, 120) * 5
    if not safe(lb * LB):
        return y_dumbbell_kg(rng)
    return item("Y_dumbbell_kg", "calc", f"convert {lb} lbs to kg", [num(lb * LB)])


def y_weather_c(rng: random.Random) -> Item:  # a forecast in °F to °C
    f = rng.randint(-10, 105)
    c = (f - 32) * F(5, 9)
    if not safe(c):
        return y_weather_c(rng)
    return item("Y_weather_c", "calc", f"forecast says {f}F tomorrow, what's that in celsius?",
                [num(c)])


def y_sauna_f(rng: random.Random) -> Item:  # °C to °F
    c = rng.randint(-30, 100)
    f = F(c * 9, 5) + 32
    if not safe(f):
        return y_sauna_f(rng)
    return item("Y_sauna_f", "calc", f"{c} degrees C in fahrenheit?", [num(f)])


def y_waist_inches(rng: random.Random) -> Item:  # centimetres to inches
    cm = rng.randint(55, 130)
    if not safe(F(cm, 100) / INCH):
        return y_waist_inches(rng)
    return item("Y_waist_inches", "calc", f"my waist is {cm}cm, what size is that in inches",
                [num(F(cm, 100) / INCH)])


def y_rain_mm(rng: random.Random) -> Item:  # inches of rain to millimetres, with the unit
    inches = F(rng.randint(5, 120), 10) if rng.random() < 0.5 else F(rng.randint(1, 40), 4)
    mm = inches * INCH * 1000
    if not safe(mm) or inches.denominator == 1:
        return y_rain_mm(rng)
    return item("Y_rain_mm", "calc", f"We had {show(inches)} inches of rain overnight. How much "
                "is that in mm?", [[f"{v} {u}" for v in num(mm) for u in
                                    ("mm", "millimetres", "millimeters")] + num(mm)])


def y_ceiling_feet(rng: random.Random) -> Item:  # metres to feet
    m = F(rng.randint(20, 600), 10)
    if not safe(m / FOOT):
        return y_ceiling_feet(rng)
    return item("Y_ceiling_feet", "calc", f"how many feet is {show(m)} metres?", [num(m / FOOT)])


def y_track_yards(rng: random.Random) -> Item:  # metres to yards
    m = rng.choice([50, 100, 200, 400, 800, 1500, 3000, 5000, 10000])
    if not safe(m / YARD):
        return y_track_yards(rng)
    return item("Y_track_yards", "calc", f"{m}m in yards?", [num(m / YARD)])


def y_tank_gallons(rng: random.Random) -> Item:  # litres to US gallons
    litres = rng.randint(10, 400)
    if not safe(litres / GALLON):
        return y_tank_gallons(rng)
    return item("Y_tank_gallons", "calc", f"{litres} litres is how many US gallons?",
                [num(litres / GALLON)])


def y_flour_oz(rng: random.Random) -> Item:  # grams to ounces
    g = rng.randint(4, 100) * 5
    if not safe(g / OZ):
        return y_flour_oz(rng)
    return item("Y_flour_oz", "calc", f"recipe needs {g}g flour, my scale only does ounces. how "
                "many oz?", [num(g / OZ)])


def y_speed_mph(rng: random.Random) -> Item:  # km/h to mph
    kmh = rng.randint(3, 26) * 5
    if not safe(kmh / MILE):
        return y_speed_mph(rng)
    return item("Y_speed_mph", "calc", f"Convert {kmh} km/h to mph.", [num(kmh / MILE)])


def y_wind_kmh(rng: random.Random) -> Item:  # metres per second to km/h
    ms = F(rng.randint(10, 400), 10)
    return item("Y_wind_kmh", "calc", f"wind gusts of {show(ms)} m/s, what's that in km/h?",
                [num(ms * F(18, 5))])


def y_flat_sqft(rng: random.Random) -> Item:  # square metres to square feet
    m2 = rng.randint(25, 250)
    if not safe(m2 / SQ_FT):
        return y_flat_sqft(rng)
    return item("Y_flat_sqft", "calc", f"apartment is {m2} square metres, how many sq ft?",
                [num(m2 / SQ_FT)])


def y_hectares_acres(rng: random.Random) -> Item:  # hectares to acres
    ha = rng.randint(2, 300)
    if not safe(ha * 10000 / ACRE):
        return y_hectares_acres(rng)
    return item("Y_hectares_acres", "calc", f"{ha} hectares to acres", [num(ha * 10000 / ACRE)])


def y_energy_mj(rng: random.Random) -> Item:  # kilowatt-hours to megajoules
    kwh = rng.randint(2, 900)
    return item("Y_energy_mj", "calc", f"how many megajoules is {kwh} kWh?", [num(kwh * KWH)])


def y_film_hours(rng: random.Random) -> Item:  # minutes to hours
    minutes = rng.randint(70, 400)
    if not safe(F(minutes, 60)) or minutes % 60 == 0:
        return y_film_hours(rng)
    return item("Y_film_hours", "calc", f"{minutes} minutes in hours?", [num(F(minutes, 60))])


def y_weeks_hours(rng: random.Random) -> Item:  # weeks to hours
    weeks = rng.randint(2, 12)
    return item("Y_weeks_hours", "calc", f"How many hours are in {weeks} weeks?",
                [num(weeks * 168, 0)])


def y_tyre_kpa(rng: random.Random) -> Item:  # psi to kilopascals
    psi = rng.randint(24, 50)
    kpa = psi * LB * F("9.80665") / INCH ** 2 / 1000
    if not safe(kpa):
        return y_tyre_kpa(rng)
    return item("Y_tyre_kpa", "calc", f"manual says {psi} psi for the tyres; the pump at the "
                "station shows kPa. what number do I want?", [num(kpa)])


def y_label_kcal(rng: random.Random) -> Item:  # kilojoules to kilocalories
    kj = rng.randint(80, 3000)
    if not safe(kj / F("4.184")):
        return y_label_kcal(rng)
    return item("Y_label_kcal", "calc", f"label says {kj:,} kJ per serving, how many calories "
                "(kcal) is that?", [num(kj / F("4.184"))])


# --- health ----------------------------------------------------------------------------

def y_bmi_cm(rng: random.Random) -> Item:  # BMI from centimetres and kilograms
    cm, kg = rng.randint(150, 198), rng.randint(45, 130)
    bmi = F(kg) / F(cm, 100) ** 2
    if tie(bmi, 1) or not 16 <= bmi <= 42:
        return y_bmi_cm(rng)
    return item("Y_bmi_cm", "calc", f"I'm {cm}cm and {kg}kg, what's my bmi", [one_dp(bmi)])


def y_bmi_imperial(rng: random.Random) -> Item:  # BMI from inches and pounds
    inches, lb = rng.randint(58, 77), rng.randint(95, 290)
    bmi = lb * LB / (inches * INCH) ** 2
    if tie(bmi, 1) or not 16 <= bmi <= 42:
        return y_bmi_imperial(rng)
    return item("Y_bmi_imperial", "calc", f"Calculate BMI: {inches} inches tall, {lb} pounds.",
                [one_dp(bmi)])


def y_weight_for_bmi(rng: random.Random) -> Item:  # the weight that gives a target BMI
    cm, target = rng.randint(152, 195), rng.choice([20, 22, 23, 24, 25])
    kg = target * F(cm, 100) ** 2
    if not safe(kg, 1):
        return y_weight_for_bmi(rng)
    return item("Y_weight_for_bmi", "calc", f"I'm {cm} cm tall. what would I need to weigh for a "
                f"BMI of {target}?", [num(kg, 1)])


def mifflin(kg: int, cm: int, age: int, female: bool) -> Fraction:
    return 10 * kg + F(25, 4) * cm - 5 * age + (-161 if female else 5)


def y_bmr_her(rng: random.Random) -> Item:  # BMR of a woman, Mifflin-St Jeor named
    age, cm, kg = rng.randint(20, 70), rng.randint(150, 182), rng.randint(48, 105)
    value = mifflin(kg, cm, age, True)
    if tie(value, 0):
        return y_bmr_her(rng)
    return item("Y_bmr_her", "calc", f"Mifflin-St Jeor BMR for a female, {age} years, {kg} kg, "
                f"{cm} cm?", [num(rounded(value, 0), 0)])


def y_bmr_him(rng: random.Random) -> Item:  # BMR of a man, asked in passing
    age, cm, kg = rng.randint(20, 70), rng.randint(165, 198), rng.randint(60, 125)
    value = mifflin(kg, cm, age, False)
    if tie(value, 0):
        return y_bmr_him(rng)
    return item("Y_bmr_him", "calc", f"how many calories does my body burn at rest? guy, {age}yo, "
                f"{cm} cm, {kg} kg", [num(rounded(value, 0), 0)])


def y_water_daily(rng: random.Random) -> Item:  # daily water need from weight
    kg = rng.randint(40, 125)
    water = kg * F(35, 1000)
    if tie(water, 1):
        return y_water_daily(rng)
    return item("Y_water_daily", "calc", f"how many litres of water a day for someone who's "
                f"{kg}kg?",
                [with_unit(one_dp(water), "L", "litres", "liters", "l")])


def y_max_heart(rng: random.Random) -> Item:  # maximum heart rate from age
    age = rng.randint(15, 80)
    return item("Y_max_heart", "calc", f"max heart rate for a {age} year old?",
                [[*with_unit([str(220 - age)], "bpm", "beats per minute"), str(220 - age)]])


def y_zone_percent(rng: random.Random) -> Item:  # one percentage of the maximum heart rate
    age, p = rng.randint(18, 70), rng.choice([60, 65, 70, 75, 80, 85, 90])
    value = F((220 - age) * p, 100)
    if value.denominator != 1:
        return y_zone_percent(rng)
    return item("Y_zone_percent", "calc", f"I'm {age}. what heart rate is {p}% of my max?",
                [[*with_unit([str(value)], "bpm", "beats per minute"), str(value)]])


def y_zone_two(rng: random.Random) -> Item:  # the 60-70% band for easy runs
    age = rng.randint(18, 70)
    top = 220 - age
    if top % 10:
        return y_zone_two(rng)
    return item("Y_zone_two", "calc", f"for easy zone 2 runs (60-70% of max HR), what range "
                f"should I keep to? I'm {age}", [[str(top * 6 // 10)], [str(top * 7 // 10)]])


def y_next_ibuprofen(rng: random.Random) -> Item:  # the next dose time
    hour, minute, gap = rng.randint(7, 16), rng.choice([0, 10, 20, 30, 40, 50]), \
        rng.choice([4, 6, 8])
    return item("Y_next_ibuprofen", "calc", f"took ibuprofen at {spoken(hour, minute)}, it says "
                f"every {gap} hours. when's my next dose?", [clock(hour + gap, minute)])


def y_overnight_dose(rng: random.Random) -> Item:  # a dose after midnight in 24-hour time
    hour, gap = rng.randint(18, 23), rng.choice([6, 8, 12])
    if (hour + gap) % 12 == 0:  # midnight and noon have spellings of their own
        return y_overnight_dose(rng)
    return item("Y_overnight_dose", "calc", f"last dose was at {hour}:00, next is due {gap} hours "
                "later. what time is that?", [clock(hour + gap)])


def y_doses_a_day(rng: random.Random) -> Item:  # how many doses over a few days
    gap, days = rng.choice([4, 6, 8, 12]), rng.randint(2, 14)
    total = days * 24 // gap
    return item("Y_doses_a_day", "calc", f"if I take it every {gap} hours for {days} days, how "
                "many doses is that altogether?", [[f"{total} doses", str(total)]])


def y_tablet_count(rng: random.Random) -> Item:  # tablets needed for a course
    per, times, days = rng.choice([1, 2]), rng.choice([2, 3, 4]), rng.randint(5, 21)
    often = {2: "twice", 3: "three times", 4: "four times"}[times]
    return item("Y_tablet_count", "calc", f"doctor says {per} tablet{'s' * (per > 1)} {often} a "
                f"day for {days} days. how many tablets do I need?",
                [[f"{per * times * days} tablets", str(per * times * days)]])


def y_syrup_ml(rng: random.Random) -> Item:  # millilitres of a syrup for a dose
    strength, ml = rng.choice([100, 120, 125, 200, 250]), 5
    want = strength * rng.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2), F(3)])
    need = want * ml / strength
    if want.denominator != 1:
        return y_syrup_ml(rng)
    return item("Y_syrup_ml", "calc", f"the syrup is {strength} mg per {ml} ml and the dose is "
                f"{want} mg. how many ml do I give?",
                [with_unit(num(need), "ml", "mL", "millilitres", "milliliters")])


def y_mg_per_kg(rng: random.Random) -> Item:  # a weight-based single dose
    per, kg = rng.choice([5, 10, 12, 15, 20]), rng.randint(8, 45)
    return item("Y_mg_per_kg", "calc", f"dose is {per} mg per kg, my kid is {kg} kg. how many mg?",
                [with_unit([str(per * kg)], "mg", "milligrams")])


def y_last_dose(rng: random.Random) -> Item:  # the last of several doses in a day
    hour, gap, count = rng.randint(6, 9), rng.choice([3, 4]), rng.choice([3, 4])
    return item("Y_last_dose", "calc", f"first dose at {spoken(hour)}, then every {gap} hours, "
                f"{count} doses total today. what time is the last one?",
                [clock(hour + gap * (count - 1))])


UNITS: list[tuple[Family, int]] = [
    (y_race_miles, 6), (y_drive_km, 6), (y_baby_lb, 6), (y_dumbbell_kg, 6), (y_weather_c, 6),
    (y_sauna_f, 6), (y_waist_inches, 6), (y_rain_mm, 6), (y_ceiling_feet, 6),
    (y_track_yards, 6), (y_tank_gallons, 6), (y_flour_oz, 6), (y_speed_mph, 6),
    (y_wind_kmh, 6), (y_flat_sqft, 6), (y_hectares_acres, 6), (y_energy_mj, 6),
    (y_film_hours, 6), (y_weeks_hours, 6), (y_tyre_kpa, 6), (y_label_kcal, 6),
    (y_weight_for_bmi, 6), (y_bmi_cm, 6), (y_bmi_imperial, 6), (y_bmr_her, 6),
    (y_bmr_him, 6), (y_water_daily, 6), (y_max_heart, 6), (y_zone_percent, 6),
    (y_zone_two, 6), (y_next_ibuprofen, 6), (y_overnight_dose, 6), (y_doses_a_day, 6),
    (y_tablet_count, 6), (y_syrup_ml, 6), (y_mg_per_kg, 6), (y_last_dose, 6)]
