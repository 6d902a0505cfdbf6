"""Round 12 (``P_u_*``, dev now) for ``muse bench agents``: length and mass conversions
asked in everyday situations (heights, trips, parcels, body weight, kitchen scales)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout12_quantities import (
    FOOT,
    INCH,
    LB,
    MILE,
    NMI,
    OZ,
    STONE,
    YARD,
    calc,
    conv,
    families,
    show,
    tie,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
KM = ("km", "kilometres", "kilometers")
M = ("m", "metres", "meters")
CM = ("cm", "centimetres", "centimeters")
MI = ("miles", "mi")
FT = ("ft", "feet")
KG = ("kg", "kilograms", "kilos")
LBS = ("lb", "lbs", "pounds")


def p_run_km(rng: random.Random) -> Item | None:  # a morning run in miles to km
    miles = F(rng.randint(15, 140), 10)
    return conv("P_u_run_km", f"ran {show(miles)} miles this morning 🏃 how far is that in km?",
                miles * MILE / 1000, *KM)


def p_height_cm(rng: random.Random) -> Item | None:  # feet and inches to centimetres
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    return conv("P_u_height_cm", f"What is {ft} ft {inch} in in centimetres? Filling in a "
                "form that only takes cm.", (ft * 12 + inch) * INCH * 100, *CM)


def p_height_ft_in(rng: random.Random) -> Item | None:  # centimetres to feet and inches
    cm = rng.randint(150, 200)
    inches = F(cm, 100) / INCH
    if tie(inches, 0):
        return None
    ft, inch = divmod(round(inches), 12)
    forms = [f"{ft} ft {inch} in", f"{ft}ft {inch}in", f"{ft}'{inch}", f"{ft}' {inch}",
             f"{ft} feet {inch} inches", f"{ft} foot {inch}", f"{ft} ft {inch}"]
    return calc("P_u_height_ft_in", f"my doctor wrote my height as {cm} cm. how tall is that "
                "in feet and inches (nearest inch)?", forms)


def p_tv_cm(rng: random.Random) -> Item | None:  # a TV diagonal in inches to cm
    inches = rng.choice([24, 32, 40, 43, 50, 55, 65, 75, 77, 85, 98])
    return conv("P_u_tv_cm", f"Thinking of buying a {inches} inch telly. What's the diagonal "
                "in cm?", inches * INCH * 100, *CM)


def p_fabric_yards(rng: random.Random) -> Item | None:  # metres of fabric to yards
    m = F(rng.randint(5, 60), 10)
    return conv("P_u_fabric_yards", f"The pattern needs {show(m)} m of fabric but this shop "
                "sells it by the yard. How many yards do I ask for?", m / YARD, "yards", "yd")


def p_trail_miles(rng: random.Random) -> Item | None:  # a hiking trail in km to miles
    km = F(rng.randint(40, 400), 10)
    return conv("P_u_trail_miles", f"the loop trail is {show(km)} km long. miles?",
                km * 1000 / MILE, *MI)


def p_screw_mm(rng: random.Random) -> Item | None:  # a fractional inch size to mm
    num, den = rng.choice([(1, 4), (3, 8), (1, 2), (5, 8), (3, 4), (7, 8), (5, 16), (3, 16),
                           (1, 8), (7, 16), (9, 16), (11, 16)])
    whole = rng.choice([0, 0, 1, 2])
    size = f"{whole} {num}/{den}" if whole else f"{num}/{den}"
    inches = whole + F(num, den)
    return conv("P_u_screw_mm", f"I need {size}\" screws - what size is that in mm?",
                inches * INCH * 1000, "mm", "millimetres", "millimeters")


def p_altitude_ft(rng: random.Random) -> Item | None:  # cruising height in metres to feet
    m = rng.randrange(3000, 13000, 100)
    return conv("P_u_altitude_ft", f"The flight map says we're at {m:,} m. How high is that "
                "in feet?", m / FOOT, *FT)


def p_summit_m(rng: random.Random) -> Item | None:  # a summit height in feet to metres
    ft = rng.randint(3000, 20000)
    return conv("P_u_summit_m", f"summit elevation is {ft:,} ft, what's that in meters",
                ft * FOOT, *M)


def p_ferry_km(rng: random.Random) -> Item | None:  # nautical miles to km
    nmi = rng.randint(6, 90)
    return conv("P_u_ferry_km", f"Ferry crossing is {nmi} nautical miles. Convert to km "
                "please", nmi * NMI / 1000, *KM)


def p_stone_kg(rng: random.Random) -> Item | None:  # stone and pounds to kg
    st, lb = rng.randint(7, 20), rng.randint(0, 13)
    return conv("P_u_stone_kg", f"I weigh {st} stone {lb} lb, what is that in kg?",
                st * STONE + lb * LB, *KG)


def p_kg_stone(rng: random.Random) -> Item | None:  # kg to stone and whole pounds
    kg = F(rng.randint(450, 1300), 10)
    pounds = kg / LB
    if tie(pounds, 0):
        return None
    st, lb = divmod(round(pounds), 14)
    forms = [f"{st} st {lb} lb", f"{st}st {lb}lb", f"{st} stone {lb} lb", f"{st} stone {lb}",
             f"{st} stone {lb} pounds", f"{st} st {lb}", f"{st}st {lb}"]
    return calc("P_u_kg_stone", f"scales at the gym say {show(kg)} kg - my mum only "
                "understands stone. what's that in stone and pounds (to the nearest lb)?",
                forms)


def p_bag_lb(rng: random.Random) -> Item | None:  # a baggage allowance in kg to pounds
    kg = rng.choice([7, 8, 10, 12, 15, 20, 23, 25, 30, 32])
    return conv("P_u_bag_lb", f"Airline allows {kg} kg checked luggage. My scale is in "
                "pounds, so how many lb is the limit?", kg / LB, *LBS)


def p_butter_oz(rng: random.Random) -> Item | None:  # grams of butter to ounces
    g = rng.choice([50, 75, 100, 125, 150, 175, 200, 225, 250, 300, 350, 400, 500])
    return conv("P_u_butter_oz", f"{g}g butter to oz?", F(g, 1000) / OZ, "oz", "ounces")


def p_steak_g(rng: random.Random) -> Item | None:  # ounces of steak to grams
    oz = rng.choice([4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 24, 32])
    return conv("P_u_steak_g", f"menu lists a {oz} oz ribeye. how many grams is that?",
                oz * OZ * 1000, "g", "grams")


def p_short_tons(rng: random.Random) -> Item | None:  # tonnes to US short tons
    t = F(rng.randint(10, 400), 10)
    return conv("P_u_short_tons", f"The truck's payload is {show(t)} tonnes. What is that "
                "in US (short) tons?", t * 1000 / (2000 * LB), "short tons", "tons",
                "US tons")


def p_troy_oz(rng: random.Random) -> Item | None:  # grams of gold to troy ounces
    g = rng.choice([5, 10, 20, 25, 50, 100, 150, 200, 250, 500])
    return conv("P_u_troy_oz", f"how many troy ounces are in {g} grams of gold?",
                F(g) / F("31.1034768"), "troy ounces", "troy oz", "ozt", "oz t", "oz")


def p_carat_mg(rng: random.Random) -> Item | None:  # carats to milligrams
    ct = F(rng.randint(10, 400), 100)
    return conv("P_u_carat_mg", f"A {show(ct)} carat stone weighs how many milligrams?",
                ct * 200, "mg", "milligrams")


def p_baby_lb_oz(rng: random.Random) -> Item | None:  # a birth weight in kg to lb and oz
    kg = F(rng.randint(2300, 4800), 1000)
    ounces = kg / OZ
    if tie(ounces, 0):
        return None
    lb, oz = divmod(round(ounces), 16)
    forms = [f"{lb} lb {oz} oz", f"{lb}lb {oz}oz", f"{lb} lbs {oz} oz", f"{lb}lbs {oz}oz",
             f"{lb} pounds {oz} ounces", f"{lb} pounds, {oz} ounces", f"{lb} lb, {oz} oz",
             f"{lb} pounds {oz} oz"]
    return calc("P_u_baby_lb_oz", f"Baby's here!! {show(kg)} kg. What's that in pounds and "
                "ounces? (nearest ounce)", forms)


def p_lb_kg_total(rng: random.Random) -> Item | None:  # several packs in pounds to kg
    packs, lb = rng.randint(2, 6), F(rng.choice([1, 2, 3, 5, 10]) * 4 + rng.randint(1, 3), 4)
    return conv("P_u_lb_kg_total", f"bought {packs} bags of dog food at {show(lb)} lb each, "
                "how many kg is that altogether?", packs * lb * LB, *KG)


def p_yard_sprint(rng: random.Random) -> Item | None:  # a sprint distance in yards to metres
    yd = rng.choice([40, 50, 60, 100, 110, 150, 220, 300, 440, 880])
    return conv("P_u_yard_sprint", f"what's {yd} yards in metres?", yd * YARD, *M)


def p_room_feet(rng: random.Random) -> Item | None:  # a room length in metres to feet
    m = F(rng.randint(180, 900), 100)
    return conv("P_u_room_feet", f"Landlord says the bedroom is {show(m)} metres long. I "
                "think in feet - how long is that in ft?", m / FOOT, *FT)


def p_inch_cm(rng: random.Random) -> Item | None:  # a waist size in inches to cm
    inches = rng.randint(24, 48)
    return conv("P_u_inch_cm", f"jeans are {inches} inch waist — in cm?", inches * INCH * 100,
                *CM)


def p_mm_inches(rng: random.Random) -> Item | None:  # a phone size in mm to inches
    mm = F(rng.randint(1300, 1700), 10)
    return conv("P_u_mm_inches", f"The phone is {show(mm)} mm tall. How many inches?",
                mm / 1000 / INCH, "inches", "in", '"')


def p_commute_km(rng: random.Random) -> Item | None:  # a daily commute both ways to km
    miles = F(rng.randint(30, 300), 10)
    return conv("P_u_commute_km", f"my commute is {show(miles)} miles each way. how many km do "
                "I drive per day, there and back?", 2 * miles * MILE / 1000, *KM)


def p_marathon_m(rng: random.Random) -> Item | None:  # part of a mile to metres
    words = {F(1, 2): "half a mile", F(1, 4): "a quarter mile", F(3, 4): "three quarters of a "
             "mile", F(1): "one mile", F(2): "two miles", F(3): "3 miles", F(5, 2): "2.5 miles",
             F(13, 2): "6.5 miles", F(1, 10): "a tenth of a mile"}
    miles = rng.choice(list(words))
    return conv("P_u_marathon_m", f"How many metres is {words[miles]}?",
                miles * MILE, *M)


def p_postage_kg(rng: random.Random) -> Item | None:  # a parcel in lb and oz to kg
    lb, oz = rng.randint(1, 30), rng.randint(1, 15)
    return conv("P_u_postage_kg", f"parcel weighs {lb} lb {oz} oz. the courier form wants "
                "kg, what do I put?", lb * LB + oz * OZ, *KG)


def p_grams_lb(rng: random.Random) -> Item | None:  # grams of mince to pounds
    g = rng.choice([250, 400, 450, 500, 750, 800, 900, 1000, 1200, 1500, 2000])
    return conv("P_u_grams_lb", f"Recipe (American) wants pounds of ground beef; my pack is "
                f"{g} g. How many pounds have I got?", F(g, 1000) / LB, *LBS)


def p_walk_feet(rng: random.Random) -> Item | None:  # km walked to feet
    km = F(rng.randint(5, 50), 10)
    return conv("P_u_walk_feet", f"Just for fun: how many feet is {show(km)} km?",
                km * 1000 / FOOT, *FT)


def p_hand_height(rng: random.Random) -> Item | None:  # a horse's height in hands to cm
    hands, inches = rng.randint(12, 17), rng.randint(0, 3)
    return conv("P_u_hand_height", f"the pony is {hands}.{inches} hands high (hands and "
                "inches). what's that in cm?", (hands * 4 + inches) * INCH * 100, *CM)


FAMILIES: list[tuple[Family, int]] = families(
    p_run_km, p_height_cm, p_height_ft_in, p_tv_cm, p_fabric_yards, p_trail_miles,
    p_screw_mm, p_altitude_ft, p_summit_m, p_ferry_km, p_stone_kg, p_kg_stone, p_bag_lb,
    p_butter_oz, p_steak_g, p_short_tons, p_troy_oz, p_carat_mg, p_baby_lb_oz,
    p_lb_kg_total, p_yard_sprint, p_room_feet, p_inch_cm, p_mm_inches, p_commute_km,
    p_marathon_m, p_postage_kg, p_grams_lb, p_walk_feet, p_hand_height)
