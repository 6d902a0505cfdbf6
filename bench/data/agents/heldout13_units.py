"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: length, mass and volume
conversions asked in passing. Forms from :mod:`bench.data.agents.heldout13_units_forms`."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_units_forms import (
    FOOT,
    INCH,
    LB,
    MILE,
    NMI,
    OZ,
    STONE,
    UK_GAL,
    UK_PINT,
    US_CUP,
    US_FLOZ,
    US_GAL,
    US_PINT,
    YARD,
    F,
    conv,
    families,
    show,
)
from bench.data.agents.helpers import Family, Item

KM, MI, M = ("km", "kilometres", "kilometers"), ("miles", "mi"), ("m", "metres", "meters")
CM, MM = ("cm", "centimetres", "centimeters"), ("mm", "millimetres", "millimeters")
IN, FT = ("inches", "in", '"'), ("feet", "ft")
KG, LBS = ("kg", "kilograms", "kilos"), ("lb", "lbs", "pounds")
L, ML = ("L", "l", "litres", "liters"), ("ml", "mL", "millilitres", "milliliters")


def k_hike_miles(rng: random.Random) -> Item | None:  # a hike's length in km to miles
    km = F(rng.randint(45, 320), 10)
    return conv("K_u_hike_miles", f"the trail app says {show(km)} km for the loop. how far is "
                "that in miles?", km * 1000 / MILE, *MI)


def k_commute_km(rng: random.Random) -> Item | None:  # a commute in miles to km
    mi = F(rng.randint(15, 95), 2)
    return conv("K_u_commute_km", f"My commute is {show(mi)} miles each way - what would "
                "that be in kilometres?", mi * MILE / 1000, *KM)


def k_height_cm(rng: random.Random) -> Item | None:  # feet and inches to centimetres
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    return conv("K_u_height_cm", f"I'm {ft}'{inch}\" - how tall is that in cm?",
                (ft * 12 + inch) * INCH * 100, *CM)


def k_tv_cm(rng: random.Random) -> Item | None:  # a screen diagonal in inches to cm
    inch = rng.choice([24, 27, 32, 40, 43, 50, 55, 58, 65, 70, 75, 77, 85])
    return conv("K_u_tv_cm", f"thinking about a {inch} inch tv, what's the diagonal in "
                "centimetres?", inch * INCH * 100, *CM)


def k_fabric_yards(rng: random.Random) -> Item | None:  # metres of fabric to yards
    m = F(rng.randint(5, 60), 10)
    return conv("K_u_fabric_yards", f"The pattern needs {show(m)} m of fabric but the shop "
                "sells by the yard. How many yards is that?", m / YARD, "yards", "yd")


def k_shelf_inches(rng: random.Random) -> Item | None:  # a shelf width in cm to inches
    cm = rng.randint(25, 180)
    return conv("K_u_shelf_inches", f"alcove is {cm} cm wide, need it in inches for the "
                "shelf order", F(cm, 100) / INCH, *IN)


def k_screw_mm(rng: random.Random) -> Item | None:  # a fractional inch to millimetres
    num, den = rng.choice([(1, 8), (3, 16), (1, 4), (5, 16), (3, 8), (7, 16), (5, 8), (3, 4),
                           (7, 8), (9, 16), (11, 16), (13, 16)])
    return conv("K_u_screw_mm", f"what is {num}/{den} of an inch in mm?",
                F(num, den) * INCH * 1000, *MM)


def k_swim_yards(rng: random.Random) -> Item | None:  # metres swum to yards
    m = rng.choice([200, 400, 500, 750, 800, 1000, 1200, 1500, 1800, 2000, 2500, 3000, 3800])
    return conv("K_u_swim_yards", f"Swam {m}m this morning. My coach counts in yards - how "
                "many is that?", F(m) / YARD, "yards", "yd")


def k_sail_nm(rng: random.Random) -> Item | None:  # km sailed to nautical miles
    km = rng.randint(12, 260)
    return conv("K_u_sail_nm", f"how many nautical miles is a {km} km crossing",
                F(km * 1000) / NMI, "nautical miles", "nm", "NM", "nmi")


def k_altitude_m(rng: random.Random) -> Item | None:  # cruising altitude in feet to metres
    ft = rng.choice(range(28000, 43001, 1000))
    return conv("K_u_altitude_m", f"pilot just said we're cruising at {ft:,} feet. what's that "
                "in metres?", ft * FOOT, *M)


def k_peak_feet(rng: random.Random) -> Item | None:  # a summit height in m to feet
    m = rng.randint(900, 4800)
    return conv("K_u_peak_feet", f"Climbed a {m} m peak last summer - how high is that in "
                "feet?", m / FOOT, *FT)


def k_pipe_inches(rng: random.Random) -> Item | None:  # pipe diameter in mm to inches
    mm = rng.choice([15, 22, 28, 32, 35, 40, 42, 50, 54, 63, 75, 110])
    return conv("K_u_pipe_inches", f"{mm}mm pipe = how many inches? (3 decimals)",
                F(mm, 1000) / INCH, *IN, dp=3)


def k_room_feet(rng: random.Random) -> Item | None:  # a room length in metres to feet
    m = F(rng.randint(240, 780), 100)
    return conv("K_u_room_feet", f"Convert {show(m)} metres into feet please.", m / FOOT, *FT)


def k_step_km(rng: random.Random) -> Item | None:  # steps times stride to km
    steps, stride = rng.randint(4000, 18000), rng.randint(62, 82)
    return conv("K_u_step_km", f"did {steps} steps today and my stride is about {stride} cm. "
                "how many km did i walk?", F(steps * stride, 100000), *KM)


def k_suitcase_kg(rng: random.Random) -> Item | None:  # luggage in pounds to kg
    lb = rng.randint(28, 70)
    return conv("K_u_suitcase_kg", f"Bathroom scale says my suitcase is {lb} lbs. The airline "
                "limit is in kg - what does it weigh in kg?", lb * LB, *KG)


def k_stone_kg(rng: random.Random) -> Item | None:  # stones and pounds to kilograms
    st, lb = rng.randint(7, 19), rng.randint(0, 13)
    return conv("K_u_stone_kg", f"my weight is {st} st {lb} lb, whats that in kilos",
                (st * 14 + lb) * LB, *KG)


def k_kg_stone(rng: random.Random) -> Item | None:  # kilograms to stones (decimal)
    kg = F(rng.randint(450, 1300), 10)
    return conv("K_u_kg_stone", f"How many stone is {show(kg)} kg?", kg / STONE,
                "stone", "st")


def k_butter_oz(rng: random.Random) -> Item | None:  # grams of butter to ounces
    g = rng.choice([50, 75, 100, 125, 150, 175, 200, 225, 250, 300, 350, 400, 450, 500])
    return conv("K_u_butter_oz", f"uk recipe wants {g} g butter, my scale only does ounces. "
                "how many oz?", F(g, 1000) / OZ, "oz", "ounces")


def k_steak_grams(rng: random.Random) -> Item | None:  # ounces of steak to grams
    oz = rng.choice([6, 8, 10, 12, 14, 16, 18, 20, 24, 32])
    return conv("K_u_steak_grams", f"the menu lists a {oz} oz ribeye. how many grams is that?",
                oz * OZ * 1000, "g", "grams")


def k_truck_tonnes(rng: random.Random) -> Item | None:  # pounds to metric tonnes
    lb = rng.randint(3000, 40000)
    return conv("K_u_truck_tonnes", f"Towing capacity is listed as {lb:,} lb. What is it in "
                "metric tonnes?", lb * LB / 1000, "tonnes", "t", "metric tons")


def k_dog_lbs(rng: random.Random) -> Item | None:  # a dog's weight in kg to pounds
    kg = F(rng.randint(25, 450), 10)
    return conv("K_u_dog_lbs", f"vet weighed our dog at {show(kg)}kg. pounds?", kg / LB, *LBS)


def k_gold_grams(rng: random.Random) -> Item | None:  # troy ounces to grams
    toz = rng.choice([F(1, 10), F(1, 4), F(1, 2), F(1), F(2), F(5), F(10), F(20), F(50), F(100)])
    return conv("K_u_gold_grams", f"How many grams is {show(F(toz))} troy oz of gold?",
                F(toz) * F("31.1034768"), "g", "grams")


def k_coffee_oz(rng: random.Random) -> Item | None:  # a bag of beans in kg to ounces
    kg = rng.choice([F(1, 4), F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2), F(3), F(5)])
    return conv("K_u_coffee_oz", f"Bought a {show(F(kg))} kg bag of coffee beans - what's that "
                "in ounces?", F(kg) / OZ, "oz", "ounces")


def k_pack_lb(rng: random.Random) -> Item | None:  # backpack grams to pounds
    g = rng.randint(4500, 16000)
    return conv("K_u_pack_lb", f"my loaded backpack is {g} grams. in pounds?",
                F(g, 1000) / LB, *LBS)


def k_milk_pints(rng: random.Random) -> Item | None:  # litres to UK pints
    litres = rng.choice([F(1), F(3, 2), F(2), F(5, 2), F(3), F(4), F(5), F(6), F(8), F(10), F(12)])
    return conv("K_u_milk_pints", f"How many UK pints are in {show(F(litres))} "
                f"litre{'' if litres == 1 else 's'} of milk?",
                F(litres) * 1000 / UK_PINT, "pints", "UK pints", "pt")


def k_beer_ml(rng: random.Random) -> Item | None:  # US pints to millilitres
    pints = rng.randint(2, 12)
    return conv("K_u_beer_ml", f"we drank {pints} US pints between us lol, how many ml is that",
                pints * US_PINT, *ML)


def k_gas_litres(rng: random.Random) -> Item | None:  # US gallons of gas to litres
    gal = F(rng.randint(50, 260), 10)
    return conv("K_u_gas_litres", f"Filled up {show(gal)} gallons of gas in Texas. In litres "
                "that's how much?", gal * US_GAL, *L)


def k_uk_gallons(rng: random.Random) -> Item | None:  # litres to UK (imperial) gallons
    litres = rng.randint(20, 400)
    return conv("K_u_uk_gallons", f"{litres} litres in imperial gallons?", litres / UK_GAL,
                "gallons", "gal", "imperial gallons", "UK gallons")


def k_cups_ml(rng: random.Random) -> Item | None:  # US cups to millilitres
    frac, cups = rng.choice([("1/4", F(1, 4)), ("1/3", F(1, 3)), ("1/2", F(1, 2)),
                             ("2/3", F(2, 3)), ("3/4", F(3, 4)), ("1 1/2", F(3, 2)),
                             ("2", F(2)), ("2 1/2", F(5, 2)), ("3", F(3)), ("1 1/4", F(5, 4))])
    word = "cups" if cups > 1 else "cup"
    return conv("K_u_cups_ml", f"recipe says {frac} {word} of milk (US cups). how many ml do I "
                "measure?", cups * US_CUP, *ML)


def k_aquarium_gal(rng: random.Random) -> Item | None:  # tank volume from cm dimensions
    a, b, c = rng.randint(40, 120), rng.randint(25, 50), rng.randint(30, 60)
    return conv("K_u_aquarium_gal", f"Fish tank is {a} x {b} x {c} cm inside. How many US "
                "gallons does it hold when full?", F(a * b * c, 1000) / US_GAL,
                "gallons", "gal", "US gallons")


def k_floz_ml(rng: random.Random) -> Item | None:  # US fluid ounces to millilitres
    floz = rng.choice([1, 2, 3, 4, 6, 8, 12, 16, 20, 24, 32, 64])
    return conv("K_u_floz_ml", f"the shampoo bottle says {floz} fl oz. how much is that in mL?",
                floz * US_FLOZ, *ML)


def k_rain_barrel(rng: random.Random) -> Item | None:  # cubic feet of water to litres
    cuft = rng.randint(3, 90)
    return conv("K_u_rain_barrel", f"Water tank holds {cuft} cubic feet. How many litres is "
                "that?", cuft * FOOT**3 * 1000, *L)


def k_wine_glasses(rng: random.Random) -> Item | None:  # a bottle split into glasses
    glass = rng.choice([100, 120, 125, 150, 175, 200, 250])
    bottles = rng.randint(2, 9)
    return conv("K_u_wine_glasses", f"{bottles} bottles of wine at 750 ml each - how many "
                f"{glass} ml glasses can we pour?", F(bottles * 750 // glass),
                "glasses", "full glasses", dp=0)


def k_m3_litres(rng: random.Random) -> Item | None:  # cubic metres to litres
    m3 = F(rng.randint(5, 450), 100)
    return conv("K_u_m3_litres", f"how many litres in {show(m3)} cubic metres", m3 * 1000, *L)


def k_bath_gallons(rng: random.Random) -> Item | None:  # UK gallons to litres
    gal = rng.randint(15, 60)
    return conv("K_u_bath_gallons", f"A full bath is about {gal} imperial gallons. How many "
                "litres?", gal * UK_GAL, *L)


def k_cheese_oz(rng: random.Random) -> Item | None:  # decimal pounds to pounds and ounces check
    kg = F(rng.randint(150, 2500), 1000)
    return conv("K_u_cheese_oz", f"the cheese weighs {show(kg)} kg, how many ounces", kg / OZ,
                "oz", "ounces")


def k_roof_rain(rng: random.Random) -> Item | None:  # mm rain over a roof to litres
    mm, area = rng.randint(2, 40), rng.randint(30, 160)
    return conv("K_u_roof_rain", f"{mm} mm of rain fell on our {area} m² roof. How many "
                "litres should that send to the water butt?", F(mm * area), *L)


def k_carpet_m2(rng: random.Random) -> Item | None:  # square yards of carpet to m²
    sy = rng.randint(8, 60)
    return conv("K_u_carpet_m2", f"Carpet quote is for {sy} square yards - how many square "
                "metres?", sy * YARD**2, "m²", "m2", "sq m", "square metres", "square meters")


def k_km_feet(rng: random.Random) -> Item | None:  # a kilometre-scale distance to feet
    km = F(rng.randint(2, 50), 10)
    return conv("K_u_km_feet", f"{show(km)} km is how many feet?", km * 1000 / FOOT, *FT)


def k_thou_mm(rng: random.Random) -> Item | None:  # thousandths of an inch to mm
    thou = rng.randint(2, 60)
    return conv("K_u_thou_mm", f"spec says {thou} thou clearance. what's that in millimetres? "
                "3 dp please", thou * INCH, *MM, dp=3)


def k_horse_hands(rng: random.Random) -> Item | None:  # a horse's height in hands to cm
    hands, extra = rng.randint(12, 17), rng.randint(0, 3)
    return conv("K_u_horse_hands", f"The horse is {hands}.{extra} hands. How tall is that in "
                "cm? (a hand is 4 inches)", (hands * 4 + extra) * INCH * 100, *CM)


def k_oz_kg_bulk(rng: random.Random) -> Item | None:  # ounces to kilograms
    oz = rng.randint(20, 400)
    return conv("K_u_oz_kg_bulk", f"convert {oz} ounces to kg", oz * OZ, *KG, dp=3)


def k_soup_quarts(rng: random.Random) -> Item | None:  # quarts to litres
    qt = rng.randint(2, 16)
    return conv("K_u_soup_quarts", f"soup recipe makes {qt} quarts (US). How many litres is "
                "that?", qt * US_GAL / 4, *L)


def k_ribbon_m(rng: random.Random) -> Item | None:  # a ribbon length in inches to m
    inches = rng.randint(40, 400)
    return conv("K_u_ribbon_m", f"need {inches} inches of ribbon for the banner, the shop "
                "sells it by the metre - how many metres?", inches * INCH, *M)


def k_track_laps(rng: random.Random) -> Item | None:  # laps of a track to miles
    laps = rng.randint(5, 60)
    return conv("K_u_track_laps", f"ran {laps} laps of a 400 m track. How many miles?",
                F(laps * 400) / MILE, *MI)


FAMILIES: list[tuple[Family, int]] = families(
    k_hike_miles, k_commute_km, k_height_cm, k_tv_cm, k_fabric_yards, k_shelf_inches,
    k_screw_mm, k_swim_yards, k_sail_nm, k_altitude_m, k_peak_feet, k_pipe_inches, k_room_feet,
    k_step_km, k_suitcase_kg, k_stone_kg, k_kg_stone, k_butter_oz, k_steak_grams,
    k_truck_tonnes, k_dog_lbs, k_gold_grams, k_coffee_oz, k_pack_lb, k_milk_pints, k_beer_ml,
    k_gas_litres, k_uk_gallons, k_cups_ml, k_aquarium_gal, k_floz_ml, k_rain_barrel,
    k_wine_glasses, k_m3_litres, k_bath_gallons, k_cheese_oz, k_roof_rain, k_carpet_m2,
    k_km_feet, k_thou_mm, k_horse_hands, k_oz_kg_bulk, k_soup_quarts, k_ribbon_m,
    k_track_laps)
