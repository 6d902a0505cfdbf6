"""Round 12 (``P_u_*``, dev now) for ``muse bench agents``: volume, temperature, speed and
area conversions (drinks, fevers, ovens, cars, rooms and plots of land)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout12_quantities import (
    ACRE,
    FOOT,
    INCH,
    MILE,
    NMI,
    SURVEY_ACRE,
    UK_GAL,
    UK_PINT,
    US_CUP,
    US_FLOZ,
    US_GAL,
    US_TBSP,
    US_TSP,
    YARD,
    alts,
    conv,
    families,
    show,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
ML = ("ml", "mL", "millilitres", "milliliters")
L = ("L", "l", "litres", "liters")
DEG_C = ("°C", "° C", "C", "degrees Celsius", "degrees C", "celsius", "degrees")
DEG_F = ("°F", "° F", "F", "degrees Fahrenheit", "degrees F", "fahrenheit", "degrees")
KMH = ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour", "km per hour")
MPH = ("mph", "miles per hour", "mi/h")
M2 = ("m²", "m2", "sq m", "square metres", "square meters", "sqm")
FT2 = ("sq ft", "ft²", "ft2", "square feet", "sqft")


def celsius(f: Fraction) -> Fraction:
    return (f - 32) * F(5, 9)


def fahrenheit(c: Fraction) -> Fraction:
    return c * F(9, 5) + 32


def p_pints_litres(rng: random.Random) -> Item | None:  # UK pints to litres
    pints = rng.randint(2, 12)
    return conv("P_u_pints_litres", f"we got through {pints} pints of milk this week (UK "
                "pints). how many litres is that?", pints * UK_PINT / 1000, *L)


def p_jug_litres(rng: random.Random) -> Item | None:  # US gallons to litres
    gal = rng.choice([1, 2, 3, 5, 6, 10, 15, 20, 25, 55])
    return conv("P_u_jug_litres", f"How many litres does a {gal} gallon (US) water jug hold?"
                if gal < 10 else f"{gal} US gallons in litres?", gal * US_GAL, *L)


def p_cups_ml(rng: random.Random) -> Item | None:  # US cups to millilitres
    cups = rng.choice([F(1, 4), F(1, 3), F(1, 2), F(2, 3), F(3, 4), F(3, 2), F(5, 4), F(2),
                       F(5, 2), F(3), F(7, 4), F(4)])
    said = {F(1, 4): "1/4", F(1, 3): "1/3", F(1, 2): "1/2", F(2, 3): "2/3", F(3, 4): "3/4",
            F(3, 2): "1 1/2", F(5, 4): "1 1/4", F(7, 4): "1 3/4", F(5, 2): "2 1/2"}
    noun = "cup" if cups <= 1 else "cups"
    return conv("P_u_cups_ml", f"recipe says {said.get(cups, show(cups))} {noun} of milk (US "
                "cups). how many ml do I measure?", cups * US_CUP, *ML)


def p_tbsp_ml(rng: random.Random) -> Item | None:  # US tablespoons to ml
    tbsp = rng.randint(2, 12)
    return conv("P_u_tbsp_ml", f"{tbsp} US tablespoons of olive oil = how many millilitres?",
                tbsp * US_TBSP, *ML)


def p_ml_tsp(rng: random.Random) -> Item | None:  # millilitres to US teaspoons
    ml = rng.choice([10, 12, 15, 20, 25, 30, 40, 45, 50, 60])
    return conv("P_u_ml_tsp", f"How many US teaspoons is {ml} ml of vanilla?", ml / US_TSP,
                "teaspoons", "tsp", "US teaspoons")


def p_can_ml(rng: random.Random) -> Item | None:  # US fluid ounces to ml
    floz = rng.choice([6, 8, 10, 12, 16, 20, 24, 32, 64])
    return conv("P_u_can_ml", f"A {floz} fl oz can (US) holds how many ml?", floz * US_FLOZ,
                *ML)


def p_fridge_litres(rng: random.Random) -> Item | None:  # cubic feet to litres
    cuft = F(rng.randint(40, 280), 10)
    return conv("P_u_fridge_litres", f"american-style fridge, {show(cuft)} cu ft capacity. "
                "what's that in litres", cuft * FOOT**3 * 1000, *L)


def p_engine_litres(rng: random.Random) -> Item | None:  # cubic inches to litres
    ci = rng.choice([250, 302, 305, 318, 327, 350, 383, 400, 427, 440, 454, 502])
    return conv("P_u_engine_litres", f"My uncle's old V8 is a {ci} cubic inch engine. How "
                "many litres is that?", ci * INCH**3 * 1000, *L)


def p_pool_gallons(rng: random.Random) -> Item | None:  # cubic metres to US gallons
    m3 = rng.randint(8, 90)
    return conv("P_u_pool_gallons", f"The pool holds {m3} cubic metres of water. How many US "
                "gallons is that?", F(m3 * 1000) / US_GAL, "gallons", "gal", "US gallons")


def p_aquarium_uk(rng: random.Random) -> Item | None:  # UK gallons to litres
    gal = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 100])
    return conv("P_u_aquarium_uk", f"fish tank is {gal} imperial gallons - litres?",
                gal * UK_GAL, *L)


def p_fever_f(rng: random.Random) -> Item | None:  # a fever in °C to °F
    c = F(rng.randint(360, 410), 10)
    return conv("P_u_fever_f", f"My son's temperature is {show(c)} °C. The leaflet from the "
                "US uses Fahrenheit - what is it in °F?", fahrenheit(c), *DEG_F)


def p_fever_c(rng: random.Random) -> Item | None:  # a thermometer in °F to °C
    f = F(rng.randint(965, 1050), 10)
    return conv("P_u_fever_c", f"thermometer reads {show(f)}F, is that a fever? what is it in "
                "celsius", celsius(f), *DEG_C)


def p_freezer_c(rng: random.Random) -> Item | None:  # a freezer setting in °F to °C
    f = rng.randint(-20, 10)
    return conv("P_u_freezer_c", f"The freezer manual says keep it at {f} °F. What's that in "
                "Celsius?", celsius(F(f)), *DEG_C)


def p_kelvin_c(rng: random.Random) -> Item | None:  # kelvin to °C
    k = F(rng.randint(2000, 4000), 10)
    return conv("P_u_kelvin_c", f"convert {show(k)} K to degrees celsius", k - F("273.15"),
                *DEG_C)


def p_c_kelvin(rng: random.Random) -> Item | None:  # a cold °C value to kelvin
    c = -F(rng.randint(100, 2700), 10)
    return conv("P_u_c_kelvin", f"Lab note: sample stored at {show(c)} °C. I need it in "
                "kelvin.", c + F("273.15"), "K", "kelvin", "Kelvin")


def p_temp_drop(rng: random.Random) -> Item | None:  # a temperature change in °F to °C
    df = rng.randint(4, 40)
    return conv("P_u_temp_drop", f"The news said temperatures will drop by {df} degrees "
                "Fahrenheit overnight. How big a drop is that in Celsius degrees?",
                df * F(5, 9), *DEG_C)


def p_sauna_f(rng: random.Random) -> Item | None:  # a sauna in °C to °F
    c = rng.randint(60, 110)
    return conv("P_u_sauna_f", f"sauna was {c} degrees C today, my american friend asks what "
                "that is in F", fahrenheit(F(c)), *DEG_F)


def p_pace_kmh(rng: random.Random) -> Item | None:  # a running pace per km to km/h
    minutes, seconds = rng.randint(3, 8), rng.choice(range(0, 60, 5))
    pace = minutes + F(seconds, 60)
    return conv("P_u_pace_kmh", f"If I run at {minutes}:{seconds:02d} per km, what speed do I "
                "set on the treadmill in km/h?", 60 / pace, *KMH)


def p_ms_mph(rng: random.Random) -> Item | None:  # metres per second to mph
    ms = rng.randint(5, 60)
    return conv("P_u_ms_mph", f"{ms} m/s in mph?", F(ms) * 3600 / MILE, *MPH)


def p_knots_kmh(rng: random.Random) -> Item | None:  # wind in knots to km/h
    kt = rng.randint(8, 70)
    return conv("P_u_knots_kmh", f"Sailing forecast: wind {kt} knots. What's that in "
                "kilometres per hour?", kt * NMI / 1000, *KMH)


def p_train_ms(rng: random.Random) -> Item | None:  # km/h to metres per second
    kmh = rng.choice([120, 160, 200, 220, 250, 270, 300, 320, 350, 380, 430])
    return conv("P_u_train_ms", f"the high-speed train tops out at {kmh} km/h. how many "
                "metres per second is that?", F(kmh * 1000, 3600), "m/s",
                "metres per second", "meters per second")


def p_mph_kmh_sign(rng: random.Random) -> Item | None:  # a UK road sign in mph to km/h
    mph = rng.choice([20, 30, 40, 50, 60, 70])
    extra = rng.choice(["", " roughly", " exactly"])
    return conv("P_u_mph_kmh_sign", f"Renting a car in Scotland - the sign says {mph}. That's "
                f"mph, right? What is it in km/h{extra}?", mph * MILE / 1000, *KMH)


def p_acre_m2(rng: random.Random) -> Item | None:  # acres to square metres
    acres = F(rng.randint(1, 40), 4)
    return alts("P_u_acre_m2", f"The plot for sale is {show(acres)} acres. How many square "
                "metres?", [acres * ACRE, acres * SURVEY_ACRE], *M2)


def p_office_sqft(rng: random.Random) -> Item | None:  # square metres to square feet
    m2 = rng.randint(12, 400)
    return conv("P_u_office_sqft", f"Our office is {m2} m². The US client asks for square "
                "feet — how much is it?", m2 / FOOT**2, *FT2)


def p_sq_miles(rng: random.Random) -> Item | None:  # square km to square miles
    km2 = rng.randint(50, 5000)
    return conv("P_u_sq_miles", f"the national park covers {km2:,} km². how many square "
                "miles?", F(km2 * 10**6) / MILE**2, "square miles", "sq mi", "mi²", "sq miles")


def p_acres_ha(rng: random.Random) -> Item | None:  # acres to hectares
    acres = rng.randint(3, 640)
    return alts("P_u_acres_ha", f"Grandad's farm is {acres} acres. What's that in hectares?",
                [acres * ACRE / 10000, acres * SURVEY_ACRE / 10000], "hectares", "ha")


def p_tile_sq_in(rng: random.Random) -> Item | None:  # square inches to square cm
    sq_in = rng.choice([4, 9, 16, 25, 36, 48, 64, 100, 144])
    return conv("P_u_tile_sq_in", f"each tile is {sq_in} square inches. whats that in square "
                "centimetres?", sq_in * INCH**2 * 10**4, "cm²", "cm2", "sq cm",
                "square centimetres", "square centimeters")


def p_garden_sqyd(rng: random.Random) -> Item | None:  # square metres to square yards
    m2 = rng.randint(10, 600)
    return conv("P_u_garden_sqyd", f"Turf is sold per square yard. My lawn is {m2} square "
                "meters - how many square yards?", m2 / YARD**2, "square yards", "sq yd",
                "yd²", "sq yards")


def p_room_m2(rng: random.Random) -> Item | None:  # a room in feet by feet to square metres
    a, b = rng.randint(8, 24), rng.randint(8, 24)
    return conv("P_u_room_m2", f"Bedroom is {a} ft by {b} ft. Floor area in square metres?",
                a * b * FOOT**2, *M2)


def p_shot_ml(rng: random.Random) -> Item | None:  # US fl oz of a drink mix to ml, scaled
    drinks, oz = rng.randint(3, 12), rng.choice([F(1), F(3, 2), F(2), F(1, 2), F(3, 4)])
    return conv("P_u_shot_ml", f"Each cocktail takes {show(oz)} oz (US fl oz) of rum and I'm "
                f"making {drinks}. How many ml of rum in total?", drinks * oz * US_FLOZ, *ML)


FAMILIES: list[tuple[Family, int]] = families(
    p_pints_litres, p_jug_litres, p_cups_ml, p_tbsp_ml, p_ml_tsp, p_can_ml, p_fridge_litres,
    p_engine_litres, p_pool_gallons, p_aquarium_uk, p_fever_f, p_fever_c, p_freezer_c,
    p_kelvin_c, p_c_kelvin, p_temp_drop, p_sauna_f, p_pace_kmh, p_ms_mph, p_knots_kmh,
    p_train_ms, p_mph_kmh_sign, p_acre_m2, p_office_sqft, p_sq_miles, p_acres_ha,
    p_tile_sq_in, p_garden_sqyd, p_room_m2, p_shot_ml)
