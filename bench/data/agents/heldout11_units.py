"""Round 11 (``Q_u_*``, dev now) for ``muse bench agents``: unit conversions people ask for
in passing (length, mass, volume, temperature, speed, area, pressure, energy, data, time).
The answer forms come from :mod:`bench.data.agents.heldout10_units`."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout10_units import (
    FOOT,
    INCH,
    LB,
    MILE,
    OZ,
    SQ_FT,
    UK_GAL,
    US_FLOZ,
    US_GAL,
    YARD,
    conv,
    families,
    show,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
ACRE = F("4046.8564224")  # m²
KNOT = F(1852, 3600)  # m/s
BAR_PSI = F(100000) / (LB * F("9.80665") / INCH**2)  # psi in one bar
BTU_H = F("1055.05585262") / 3600  # W
M, KM, MI = ("m", "metres", "meters"), ("km", "kilometres", "kilometers"), ("miles", "mi")


def q_race_miles(rng: random.Random) -> Item | None:  # a race distance in km, to miles
    km = rng.choice([3, 5, 8, 10, 12, 15, 16, 20, 25, 30, 50, 60, 80, 100])
    return conv("Q_u_race_miles", f"signed up for a {km}k on sunday - how many miles is that "
                "roughly? need it to 2 decimals", km * 1000 / MILE, *MI)


def q_ceiling_feet(rng: random.Random) -> Item | None:  # a ceiling height in m to feet
    m = F(rng.randint(220, 420), 100)
    return conv("Q_u_ceiling_feet", f"The flat's ceilings are {show(m)} m high. What is that "
                "in feet?", m / FOOT, "ft", "feet")


def q_drill_inches(rng: random.Random) -> Item | None:  # a drill bit in mm to inches
    mm = F(rng.randint(6, 60), 2)
    return conv("Q_u_drill_inches", f"convert {show(mm)}mm to inches pls", mm / 1000 / INCH,
                "in", "inches", '"', dp=3)


def q_baby_lb(rng: random.Random) -> Item | None:  # a birth weight in grams to pounds
    g = rng.randint(2400, 4600)
    return conv("Q_u_baby_lb", f"My niece was born this morning, {g} g! Grandma wants to "
                "know what that is in pounds", F(g, 1000) / LB, "lb", "lbs", "pounds")


def q_parcel_oz(rng: random.Random) -> Item | None:  # a parcel in grams to ounces
    g = rng.randint(40, 900)
    return conv("Q_u_parcel_oz", f"postage site wants the weight in ounces, the parcel is "
                f"{g}g", F(g) / OZ, "oz", "ounces")


def q_tank_gallons(rng: random.Random) -> Item | None:  # litres to US gallons
    litres = rng.randint(30, 90)
    return conv("Q_u_tank_gallons", f"Our car's tank takes {litres} litres. How many US "
                "gallons is that?", litres / US_GAL, "gallons", "gal", "US gallons")


def q_weather_c(rng: random.Random) -> Item | None:  # a forecast in °F to °C
    f = rng.randint(-5, 104)
    return conv("Q_u_weather_c", f"forecast for tomorrow says {f}°F, what's that in celsius?",
                (f - 32) * F(5, 9), "°C", "C", "degrees Celsius", "degrees C", "celsius")


def q_oven_f(rng: random.Random) -> Item | None:  # an oven setting in °C to °F
    c = rng.choice([140, 150, 160, 170, 175, 180, 190, 200, 210, 220, 230, 240, 250])
    return conv("Q_u_oven_f", f"the cake recipe says bake at {c}C but my oven dial is in "
                "fahrenheit. what do i set it to?", c * F(9, 5) + 32, "°F", "F",
                "degrees Fahrenheit", "degrees F", "fahrenheit")


def q_limit_kmh(rng: random.Random) -> Item | None:  # a speed limit in mph to km/h
    mph = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80])
    return conv("Q_u_limit_kmh", f"Driving in the US next week. Speed limit {mph} mph means "
                "how many km/h?", mph * MILE / 1000, "km/h", "kph", "kilometres per hour",
                "kilometers per hour")


def q_cycle_mph(rng: random.Random) -> Item | None:  # a cycling speed in km/h to mph
    kmh = F(rng.randint(120, 420), 10)
    return conv("Q_u_cycle_mph", f"averaged {show(kmh)} km/h on the bike today, my mate "
                "wants it in mph", kmh * 1000 / MILE, "mph", "miles per hour")


def q_flat_m2(rng: random.Random) -> Item | None:  # square feet to square metres
    sqft = rng.randint(350, 2400)
    return conv("Q_u_flat_m2", f"Apartment listing says {sqft} sq ft. How many square metres "
                "is it?", sqft * SQ_FT, "m²", "m2", "sq m", "square metres", "square meters")


def q_field_acres(rng: random.Random) -> Item | None:  # hectares to acres
    ha = F(rng.randint(5, 400), 10)
    return conv("Q_u_field_acres", f"how many acres is {show(ha)} hectares", ha * 10000 / ACRE,
                "acres", "ac")


def q_tyre_bar(rng: random.Random) -> Item | None:  # tyre pressure psi to bar
    psi = rng.randint(26, 44)
    return conv("Q_u_tyre_bar", f"door sticker says {psi} psi but the garage pump shows bar. "
                "what should I pump to?", psi / BAR_PSI, "bar")


def q_battery_mj(rng: random.Random) -> Item | None:  # kilowatt-hours to megajoules
    kwh = F(rng.randint(5, 150), 2)
    return conv("Q_u_battery_mj", f"How many megajoules of energy are in {show(kwh)} kWh?",
                kwh * F(36, 10), "MJ", "megajoules")


def q_label_kcal(rng: random.Random) -> Item | None:  # kilojoules on a label to kcal
    kj = rng.randint(300, 2400)
    return conv("Q_u_label_kcal", f"Packet only lists energy as {kj} kJ per serving. How many "
                "kcal is that?", kj / F("4.184"), "kcal", "calories", "Calories")


def q_file_megabits(rng: random.Random) -> Item | None:  # megabytes to megabits
    mb = F(rng.randint(15, 900), 10)
    return conv("Q_u_file_megabits", f"a {show(mb)} MB file is how many megabits?", mb * 8,
                "Mb", "Mbit", "megabits")


def q_shift_minutes(rng: random.Random) -> Item | None:  # decimal hours to minutes
    hours = F(rng.choice([5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 27, 29, 31]), 4)
    return conv("Q_u_shift_minutes", f"timesheet says {show(hours)} hours. how many minutes is "
                "that", hours * 60, "minutes", "min", "mins")


def q_weeks_hours(rng: random.Random) -> Item | None:  # weeks to hours
    weeks = rng.randint(2, 16)
    return conv("Q_u_weeks_hours", f"How many hours are there in {weeks} weeks?",
                F(weeks * 168), "hours", "h", "hrs")


def q_fuel_l100(rng: random.Random) -> Item | None:  # UK mpg to litres per 100 km
    mpg = rng.randint(25, 70)
    return conv("Q_u_fuel_l100", f"my car does {mpg} mpg (UK gallons). what is that in "
                "l/100km?", 100 * UK_GAL / (mpg * MILE / 1000), "l/100km", "L/100km",
                "litres per 100 km", "liters per 100 km")


def q_bottle_floz(rng: random.Random) -> Item | None:  # millilitres to US fluid ounces
    ml = rng.choice([250, 330, 355, 440, 500, 568, 600, 700, 750, 1000, 1500])
    return conv("Q_u_bottle_floz", f"{ml} ml bottle - how many US fl oz?", ml / US_FLOZ,
                "fl oz", "US fl oz", "fluid ounces", "oz")


def q_lift_lb(rng: random.Random) -> Item | None:  # a gym lift in kg to pounds
    kg = F(rng.randint(80, 500), 2)
    return conv("Q_u_lift_lb", f"Hit a {show(kg)} kg deadlift PR today!! what's that in lbs?",
                kg / LB, "lb", "lbs", "pounds")


def q_roast_kg(rng: random.Random) -> Item | None:  # pounds of meat to kilograms
    lb = F(rng.randint(4, 40), 4)
    return conv("Q_u_roast_kg", f"Recipe calls for a {show(lb)} lb pork shoulder. How much is "
                "that in kg?", lb * LB, "kg", "kilograms", "kilos")


def q_pool_metres(rng: random.Random) -> Item | None:  # feet to metres
    feet = rng.randint(20, 120)
    return conv("Q_u_pool_metres", f"the hotel pool is {feet} feet long, how many metres?",
                feet * FOOT, *M)


def q_road_km(rng: random.Random) -> Item | None:  # road miles to kilometres
    miles = rng.randint(40, 900)
    return conv("Q_u_road_km", f"it's about {miles} miles from here to my parents. what's "
                "that in km", miles * MILE / 1000, *KM)


def q_kelvin_f(rng: random.Random) -> Item | None:  # kelvin to fahrenheit
    k = F(rng.randint(2400, 3400), 10)
    return conv("Q_u_kelvin_f", f"Convert {show(k)} K to Fahrenheit.", (k - F("273.15"))
                * F(9, 5) + 32, "°F", "F", "degrees Fahrenheit", "fahrenheit")


def q_wind_kmh(rng: random.Random) -> Item | None:  # wind in m/s to km/h
    ms = F(rng.randint(30, 400), 10)
    return conv("Q_u_wind_kmh", f"gusts up to {show(ms)} m/s forecast, what is that in km/h?",
                ms * F(36, 10), "km/h", "kph", "kilometres per hour", "kilometers per hour")


def q_boat_mph(rng: random.Random) -> Item | None:  # knots to mph
    knots = rng.randint(5, 45)
    return conv("Q_u_boat_mph", f"Boat cruises at {knots} knots. In mph that would be?",
                knots * KNOT * 3600 / MILE, "mph", "miles per hour")


def q_rain_mm(rng: random.Random) -> Item | None:  # inches of rain to millimetres
    inches = F(rng.randint(3, 80), 10)
    return conv("Q_u_rain_mm", f"we had {show(inches)} inches of rain overnight - how many mm "
                "is that?", inches * INCH * 1000, "mm", "millimetres", "millimeters")


def q_golf_metres(rng: random.Random) -> Item | None:  # yards to metres
    yards = rng.randint(90, 580)
    return conv("Q_u_golf_metres", f"the {yards}-yard hole - how long is it in metres?",
                yards * YARD, *M)


def q_aircon_kw(rng: random.Random) -> Item | None:  # BTU per hour to kilowatts
    btu = rng.choice([5000, 6000, 7000, 8000, 9000, 10000, 12000, 14000, 18000, 24000, 30000])
    return conv("Q_u_aircon_kw", f"Air conditioner is rated at {btu:,} BTU/h. How many kW is "
                "that?", btu * BTU_H / 1000, "kW", "kilowatts")


FAMILIES: list[tuple[Family, int]] = families(
    q_race_miles, q_ceiling_feet, q_drill_inches, q_baby_lb, q_parcel_oz, q_tank_gallons,
    q_weather_c, q_oven_f, q_limit_kmh, q_cycle_mph, q_flat_m2, q_field_acres, q_tyre_bar,
    q_battery_mj, q_label_kcal, q_file_megabits, q_shift_minutes, q_weeks_hours, q_fuel_l100,
    q_bottle_floz, q_lift_lb, q_roast_kg, q_pool_metres, q_road_km, q_kelvin_f, q_wind_kmh,
    q_boat_mph, q_rain_mm, q_golf_metres, q_aircon_kw)
