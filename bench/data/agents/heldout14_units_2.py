"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: more unit conversions, from
kitchens, gyms, garages, weather reports and computers."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout14_units import (
    CM,
    DEG_C,
    DEG_F,
    FOOT,
    INCH,
    KM,
    KMH,
    LB,
    MILE,
    OZ,
    TSP,
    UK_GAL,
    UK_PINT,
    US_GAL,
    YARD,
    F,
    answer,
    calc,
    conv,
    families,
    numbers,
    show,
)
from bench.data.agents.helpers import Family, Item

KNOT = F(1852, 3600)  # m/s
LBF_FT = F("1.3558179483314004")  # N·m
MMHG = F("133.322387415")  # Pa
PSI = LB * F("9.80665") / INCH**2  # Pa
HP = F("745.69987158227022")  # W
SURVEY_ACRE = 10 * (66 * F(1200, 3937)) ** 2  # m², ten square US survey chains
KG, LBS = ("kg", "kilograms", "kilos"), ("lb", "lbs", "pounds")
FT, M = ("ft", "feet"), ("m", "metres", "meters")


def pace(seconds: Fraction) -> list[str] | None:
    """A pace in whole seconds written as m:ss and in words."""
    forms = numbers(seconds, 0)
    if forms is None:
        return None
    m, s = divmod(int(forms[0]), 60)
    return [f"{m}:{s:02d}", f"{m} min {s} s", f"{m} minutes {s} seconds", f"{m}m {s}s",
            f"{m}'{s:02d}"]


def swim_yards(rng: random.Random) -> Item | None:  # metres swum to yards
    metres = rng.choice([200, 400, 500, 750, 800, 1200, 1500, 1900, 2500, 3000, 3800])
    return conv(f"swam {metres} m this morning, my US friend counts in yards - how many yards?",
                metres / YARD, "yd", "yards")


def snow_inches(rng: random.Random) -> Item | None:  # centimetres of snow to inches
    cm = rng.randint(3, 90)
    return conv(f"Ski resort reported {cm} cm of fresh snow overnight. Inches?", F(cm, 100) / INCH,
                "in", "inches", '"')


def peak_feet(rng: random.Random) -> Item | None:  # a mountain height in metres to feet
    m = rng.randint(900, 4800)
    return conv(f"We're climbing a {m} m peak in the summer. How high is that in feet?",
                m / FOOT, *FT)


def cruise_metres(rng: random.Random) -> Item | None:  # a cruising altitude in feet to metres
    ft = rng.choice([28000, 31000, 33000, 35000, 36000, 37000, 38000, 39000, 41000, 43000])
    return conv(f"pilot just said we're cruising at {ft:,} feet. what's that in metres",
                ft * FOOT, *M)


def dive_feet(rng: random.Random) -> Item | None:  # a dive depth in feet to metres
    ft = rng.randint(15, 130)
    return conv(f"Dive computer's in feet: max depth {ft} ft. Metres?", ft * FOOT, *M)


def butter_sticks(rng: random.Random) -> Item | None:  # grams of butter to US sticks
    g = rng.choice([50, 75, 100, 125, 150, 175, 200, 250, 300])
    return conv(f"American recipe measures butter in sticks (a stick is 1/4 lb). I need {g} g — "
                "how many sticks?", F(g, 1000) / (LB / 4), "sticks")


def chocolate_grams(rng: random.Random) -> Item | None:  # ounces of chocolate to grams
    oz = F(rng.randint(2, 32), 2)
    return conv(f"{show(oz)} oz dark chocolate → grams?", oz * OZ * 1000, "g", "grams")


def apples_kg(rng: random.Random) -> Item | None:  # pounds of produce to kilograms
    lb = F(rng.randint(2, 24), 2)
    return conv(f"farmers market sells apples by the pound, I bought {show(lb)} lb. how many kg "
                "is that?", lb * LB, *KG)


def dumbbell_kg(rng: random.Random) -> Item | None:  # dumbbell pounds to kilograms
    lb = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60])
    return conv(f"Gym only has lb dumbbells. The {lb} pounder is how many kilos?", lb * LB, *KG)


def tsp_ml(rng: random.Random) -> Item | None:  # US teaspoons to millilitres
    tsp = F(rng.randint(1, 16), 2)
    return conv(f"{show(tsp)} US teaspoons of vanilla in ml?", tsp * TSP, "ml", "mL",
                "millilitres", "milliliters")


def quarts_litres(rng: random.Random) -> Item | None:  # US quarts to litres
    qt = F(rng.randint(1, 20), 2)
    return conv(f"Slow cooker is {show(qt)} quarts (US). How many litres does it hold?",
                qt * US_GAL / 4, "L", "litres", "liters", "l")


def uk_gallons_litres(rng: random.Random) -> Item | None:  # imperial gallons to litres
    gal = rng.randint(2, 60)
    return conv(f"old aquarium label: {gal} gallons (imperial). litres?", gal * UK_GAL,
                "L", "litres", "liters", "l")


def litres_pints(rng: random.Random) -> Item | None:  # litres to UK pints
    litres = F(rng.randint(3, 40), 2)
    return conv(f"How many British pints in {show(litres)} litres of milk?",
                litres * 1000 / UK_PINT, "pints", "pt")


def fridge_litres(rng: random.Random) -> Item | None:  # cubic feet to litres
    cuft = F(rng.randint(40, 280), 10)
    return conv(f"fridge capacity listed as {show(cuft)} cu ft - in litres please",
                cuft * FOOT**3 * 1000, "L", "litres", "liters", "l")


def pool_gallons(rng: random.Random) -> Item | None:  # cubic metres to US gallons
    m3 = rng.randint(8, 90)
    return conv(f"Our pool holds {m3} cubic metres of water. The chemical dosing chart is in US "
                "gallons — how many?", m3 * 1000 / US_GAL, "gallons", "gal", "US gallons")


def lab_kelvin(rng: random.Random) -> Item | None:  # degrees Celsius to kelvin
    c = F(rng.randint(-800, 1200), 10)
    return conv(f"lab sheet wants kelvin, sample was at {show(c)} °C", c + F("273.15"), "K",
                "kelvin")


def pool_celsius(rng: random.Random) -> Item | None:  # pool water °F to °C
    f = rng.randint(72, 104)
    return conv(f"Hot tub is set to {f}°F — what's that in °C?", (f - 32) * F(5, 9), *DEG_C)


def fever_fahrenheit(rng: random.Random) -> Item | None:  # body temperature °C to °F
    c = F(rng.randint(355, 415), 10)
    return conv(f"My temp is {show(c)} C, US doctor on the phone wants Fahrenheit",
                c * F(9, 5) + 32, *DEG_F)


def wind_knots(rng: random.Random) -> Item | None:  # wind in knots to km/h
    kn = rng.randint(5, 60)
    return conv(f"sailing forecast: wind {kn} knots. how many km/h?", kn * KNOT * F(36, 10), *KMH)


def mph_metres(rng: random.Random) -> Item | None:  # mph to metres per second
    mph = rng.randint(5, 120)
    return conv(f"Physics homework: convert {mph} mph to m/s.", mph * MILE / 3600, "m/s",
                "metres per second", "meters per second")


def mile_pace_km(rng: random.Random) -> Item | None:  # a pace per mile to a pace per km
    secs = rng.randint(6 * 60, 12 * 60)
    m, s = divmod(secs, 60)
    return calc(f"my running app shows {m}:{s:02d} per mile. what's that per km? (nearest "
                "second)", pace(secs * 1000 / MILE))


def kmh_pace(rng: random.Random) -> Item | None:  # a treadmill km/h to a pace per km
    kmh = F(rng.randint(70, 180), 10)
    return calc(f"Treadmill at {show(kmh)} km/h — what pace per kilometre is that, to the "
                "second?", pace(3600 / kmh))


def country_sqmi(rng: random.Random) -> Item | None:  # square kilometres to square miles
    km2 = rng.randint(1000, 600000)
    return conv(f"a country of {km2:,} km² is how many square miles?", km2 * 10**6 / MILE**2,
                "sq mi", "square miles", "mi²")


def acres_sqm(rng: random.Random) -> Item | None:  # acres to square metres
    acres = F(rng.randint(1, 40), 4)
    units = ("m²", "m2", "square metres", "square meters", "sq m")
    # the international acre, and the US survey acre some tables still use
    a, b = answer(acres * F("4046.8564224"), *units), answer(acres * SURVEY_ACRE, *units)
    return calc(f"The plot is {show(acres)} acres. How many square metres?",
                None if a is None or b is None else list(dict.fromkeys(a + b)))


def battery_wh(rng: random.Random) -> Item | None:  # power bank mAh at 3.7 V to watt-hours
    mah = rng.choice([3000, 5000, 6000, 8000, 10000, 12000, 15000, 20000, 25000, 26800, 30000])
    return conv(f"can I fly with a {mah} mAh power bank? what is it in Wh (3.7 V cells)?",
                F(mah * 37, 10000), "Wh", "watt-hours", "watt hours")


def wh_kj(rng: random.Random) -> Item | None:  # watt-hours to kilojoules
    wh = rng.randint(10, 900)
    return conv(f"how many kJ in {wh} Wh", F(wh * 36, 10), "kJ", "kilojoules")


def kw_hp(rng: random.Random) -> Item | None:  # kilowatts to horsepower
    kw = rng.randint(40, 400)
    return conv(f"EV spec sheet: motor {kw} kW. how much horsepower is that (mechanical hp)?",
                kw * 1000 / HP, "hp", "horsepower", "bhp")


def torque_nm(rng: random.Random) -> Item | None:  # pound-feet to newton-metres
    lbft = rng.randint(15, 150)
    return conv(f"Wheel nuts need {lbft} lb-ft. My torque wrench is in N·m. Setting?",
                lbft * LBF_FT, "N·m", "Nm", "N m", "newton metres", "newton-metres",
                "newton meters")


def bar_psi(rng: random.Random) -> Item | None:  # bar to psi
    bar = F(rng.randint(15, 120), 10)
    return conv(f"{show(bar)} bar in psi?", bar * 100000 / PSI, "psi")


def bp_kpa(rng: random.Random) -> Item | None:  # blood pressure mmHg to kilopascals
    mmhg = rng.randint(60, 190)
    return conv(f"what's {mmhg} mmHg in kPa?", mmhg * MMHG / 1000, "kPa", "kilopascals")


def tb_gb(rng: random.Random) -> Item | None:  # terabytes to gigabytes
    tb = F(rng.randint(5, 200), 10)
    return conv(f"A {show(tb)} TB drive is how many GB (decimal units)?", tb * 1000, "GB",
                "gigabytes")


def drive_gib(rng: random.Random) -> Item | None:  # advertised GB to GiB shown by the OS
    gb = rng.choice([120, 128, 250, 256, 480, 500, 512, 960, 1000, 2000])
    return conv(f"Bought a {gb} GB SSD but the computer shows less. How many GiB is {gb} GB?",
                F(gb * 10**9, 2**30), "GiB", "gibibytes")


def song_mb(rng: random.Random) -> Item | None:  # file size of audio from bitrate and length
    kbps, mins = rng.choice([128, 160, 192, 256, 320]), rng.randint(2, 9)
    return conv(f"a {mins} minute song at {kbps} kbps - how many MB? (1 MB = 1000 kB, 8 bits per "
                "byte)", F(kbps * mins * 60, 8 * 1000), "MB", "megabytes")


def hours_days(rng: random.Random) -> Item | None:  # a large number of hours in days
    hours = rng.randint(100, 5000)
    return conv(f"{hours} hours is how many days?", F(hours, 24), "days")


def seconds_clock(rng: random.Random) -> Item | None:  # seconds to hours and minutes
    minutes = rng.randint(61, 420)
    secs = minutes * 60
    h, m = divmod(minutes, 60)
    forms = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} h {m} min",
             f"{h}h {m}m", f"{h}:{m:02d}:00", f"{h} hr {m} min"] if m else [f"{h} hours", f"{h} h",
                                                                  f"{h}:00:00"]
    if h == 1:
        forms += [f.replace("hours", "hour") for f in forms]
    if m == 1:
        forms += [f.replace("minutes", "minute") for f in forms]
    return calc(f"The video is {secs:,} seconds long. How many hours and minutes?", forms)


def uk_floz_ml(rng: random.Random) -> Item | None:  # imperial fluid ounces to millilitres
    floz = rng.randint(2, 40)
    return conv(f"old British cookbook says {floz} fl oz of water — ml?", floz * UK_GAL * 1000
                / 160, "ml", "mL", "millilitres", "milliliters")


def height_metres(rng: random.Random) -> Item | None:  # feet and inches to metres
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    return conv(f"How tall is {ft} feet {inch} inches in metres?", (ft * 12 + inch) * INCH, *M)


def cm_feet_inches(rng: random.Random) -> Item | None:  # centimetres to feet and inches
    cm = rng.randint(140, 205)
    total = F(cm, 100) / INCH
    near = numbers(total, 0)
    if near is None:
        return None
    ft, inch = divmod(int(near[0]), 12)
    forms = [f"{ft}'{inch}\"", f"{ft}' {inch}\"", f"{ft} ft {inch} in", f"{ft} feet {inch} inches",
             f"{ft}ft {inch}in", f"{ft}ft{inch}", f"{ft} foot {inch}"]
    return calc(f"I'm {cm} cm, what's that in feet and inches (nearest inch)?", forms)


def kml_l100(rng: random.Random) -> Item | None:  # km per litre to litres per 100 km
    kml = F(rng.randint(80, 250), 10)
    return conv(f"Car manual says {show(kml)} km/L. Convert to L/100km", 100 / kml, "L/100km",
                "l/100km", "L/100 km", "litres per 100 km", "liters per 100 km")


def flow_lph(rng: random.Random) -> Item | None:  # millilitres per minute to litres per hour
    mlmin = rng.randint(15, 900)
    return conv(f"pump runs at {mlmin} mL/min. How many litres per hour?", F(mlmin * 60, 1000),
                "L/h", "l/h", "litres per hour", "liters per hour")


def road_sign_km(rng: random.Random) -> Item | None:  # a road sign in miles to km
    miles = F(rng.randint(1, 12), 4) if rng.random() < 0.4 else F(rng.randint(2, 60))
    return conv(f"road sign says services {show(miles)} miles. km?", miles * MILE / 1000, *KM)


def cyclist_speed(rng: random.Random) -> Item | None:  # mph on the bike computer to km/h
    mph = F(rng.randint(80, 300), 10)
    return conv(f"Bike computer stuck on imperial: {show(mph)} mph. In km/h?",
                mph * MILE / 1000, *KMH)


def kmh_knots(rng: random.Random) -> Item | None:  # km/h to knots
    kmh = rng.randint(20, 950)
    return conv(f"convert {kmh} km/h to knots", kmh / F(36, 10) / KNOT, "knots", "kn", "kt")


def child_cm(rng: random.Random) -> Item | None:  # inches to centimetres for a child's height
    inches = F(rng.randint(40, 120), 2)
    return conv(f"Paediatrician wrote {show(inches)} inches for my son's height. In cm?",
                inches * INCH * 100, *CM)


def lb_oz_grams(rng: random.Random) -> Item | None:  # pounds and ounces to grams
    lb, oz = rng.randint(5, 10), rng.randint(0, 15)
    return conv(f"Baby weighed {lb} lb {oz} oz at birth — grams?", (lb * 16 + oz) * OZ * 1000,
                "g", "grams")


def mph_pace_mile(rng: random.Random) -> Item | None:  # mph to a pace per mile
    mph = F(rng.randint(45, 110), 10)
    return calc(f"what's {show(mph)} mph as a pace per mile? nearest second",
                pace(3600 / mph))


FAMILIES: list[tuple[Family, int]] = families(
    swim_yards, snow_inches, peak_feet, cruise_metres, dive_feet, butter_sticks, chocolate_grams,
    apples_kg, dumbbell_kg, tsp_ml, quarts_litres, uk_gallons_litres, litres_pints,
    fridge_litres, pool_gallons, lab_kelvin, pool_celsius, fever_fahrenheit, wind_knots,
    mph_metres, mile_pace_km, kmh_pace, country_sqmi, acres_sqm, battery_wh, wh_kj, kw_hp,
    torque_nm, bar_psi, bp_kpa, tb_gb, drive_gib, song_mb, hours_days, seconds_clock,
    uk_floz_ml, height_metres, cm_feet_inches, kml_l100, flow_lph, road_sign_km, cyclist_speed,
    kmh_knots, child_cm, lb_oz_grams, mph_pace_mile)
