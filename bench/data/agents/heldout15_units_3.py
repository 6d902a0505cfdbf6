"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: more unit conversions, asked in
passing at school, in the kitchen, at the shops, on holiday and on the job."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_units import (
    ACRE,
    C_,
    F_,
    FOOT,
    G_,
    HRS,
    INCH,
    KG,
    KM,
    KMH,
    L_,
    LB,
    LBS,
    MI,
    MIN,
    ML,
    MPH,
    OZ,
    PINT_UK,
    TBSP,
    TSP,
    UK_GAL,
    US_CUP,
    US_FLOZ,
    US_GAL,
    YARD,
    M,
    conv,
    families,
    show,
)
from bench.data.agents.heldout15_units_2 import money
from bench.data.agents.helpers import Family, Item

F = Fraction
MILE = 1760 * YARD
SQM = ("m²", "m2", "sq m", "square metres", "square meters")


def j_shoe_box(rng: random.Random) -> Item | None:  # cm to inches, a parcel side
    cm = rng.randint(12, 120)
    return conv("J_u_shoe_box", f"courier form is in inches, box side is {cm} cm. convert?",
                cm / (INCH * 100), "in", "inches", '"')


def j_waist_inches(rng: random.Random) -> Item | None:  # waist in cm to inches for jeans
    cm = rng.randint(60, 120)
    return conv("J_u_waist_inches", f"Buying jeans from a US site. My waist is {cm} cm - what's "
                "that in inches?", cm / (INCH * 100), "in", "inches", '"')


def j_mountain_feet(rng: random.Random) -> Item | None:  # a summit in metres to feet
    m = rng.randint(900, 8848)
    return conv("J_u_mountain_feet", f"The summit is {m:,} m above sea level. How many feet is "
                "that?", m / FOOT, "ft", "feet")


def j_altitude_m(rng: random.Random) -> Item | None:  # cruising altitude in feet to metres
    ft = rng.choice([28000, 31000, 33000, 35000, 36000, 37000, 38000, 39000, 41000])
    return conv("J_u_altitude_m", f"pilot just said we're cruising at {ft:,} feet, what's that in "
                "metres", ft * FOOT, *M)


def j_swim_yards(rng: random.Random) -> Item | None:  # metres swum to yards
    m = rng.choice([400, 750, 800, 1000, 1200, 1500, 1900, 2000, 2500, 3800])
    return conv("J_u_swim_yards", f"Swam {m} m this morning. My US club logs yards - how many "
                "yards is it?", m / YARD, "yd", "yards")


def j_sprint_feet(rng: random.Random) -> Item | None:  # metres to feet, a distance on a pitch
    m = rng.randint(5, 110)
    return conv("J_u_sprint_feet", f"how many feet is {m} metres", m / FOOT, "ft", "feet")


def j_mm_rain_inches(rng: random.Random) -> Item | None:  # millimetres of snow or rain to inches
    mm = rng.randint(5, 300)
    return conv("J_u_mm_rain_inches", f"{mm} mm of snow fell overnight — my dad wants to hear it "
                "in inches", F(mm, 1000) / INCH, "in", "inches", '"')


def j_kg_oz(rng: random.Random) -> Item | None:  # kilograms to ounces
    kg = F(rng.randint(2, 40), 10)
    return conv("J_u_kg_oz", f"{show(kg)} kg = ? oz", kg / OZ, "oz", "ounces")


def j_kg_stone(rng: random.Random) -> Item | None:  # kilograms to stones (decimal)
    kg = rng.randint(50, 140)
    return conv("J_u_kg_stone", f"My British granddad asks everyone's weight in stone. I'm {kg} "
                "kg, so what's that in stone (decimal is fine)?", kg / (14 * LB), "st", "stone")


def j_meat_lb(rng: random.Random) -> Item | None:  # grams of mince to pounds
    g = rng.choice([250, 300, 400, 450, 500, 600, 750, 800, 900, 1000, 1200, 1500])
    return conv("J_u_meat_lb", f"US recipe wants ground beef in pounds; the pack I bought is "
                f"{g} g. How many lb?", F(g, 1000) / LB, *LBS)


def j_tonne_lb(rng: random.Random) -> Item | None:  # metric tonnes to pounds
    t = F(rng.randint(5, 400), 10)
    return conv("J_u_tonne_lb", f"trailer max load {show(t)} tonnes. how many pounds?",
                t * 1000 / LB, *LBS)


def j_short_ton(rng: random.Random) -> Item | None:  # US short tons to tonnes
    tons = rng.randint(2, 80)
    return conv("J_u_short_ton", f"The spec sheet says {tons} short tons. In metric tonnes?",
                tons * 2000 * LB / 1000, "t", "tonnes", "metric tons")


def j_cup_sugar_g(rng: random.Random) -> Item | None:  # cups of sugar to grams at 200 g/cup
    cups = F(rng.choice([1, 2, 3, 5, 6, 7, 9]), 4) * rng.choice([1, 2, 3])
    return conv("J_u_cup_sugar_g", f"if a cup of sugar weighs 200 g, how many grams is "
                f"{show(cups)} cups?", cups * 200, *G_)


def j_stick_butter(rng: random.Random) -> Item | None:  # sticks of butter to grams
    sticks = F(rng.choice([1, 2, 3, 5, 6, 7, 9, 10, 12, 14, 16]), 4)
    return conv("J_u_stick_butter", f"American recipe says {show(sticks)} sticks of butter. One "
                "stick is 113.4 g, so how many grams?", sticks * F("113.4"), *G_)


def j_ml_cups(rng: random.Random) -> Item | None:  # millilitres to US cups
    ml = rng.choice([100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 750, 800, 1000])
    return conv("J_u_ml_cups", f"my measuring jug is metric. {ml} ml is how many US cups?",
                ml / US_CUP, "cups", "US cups")


def j_ml_tbsp(rng: random.Random) -> Item | None:  # millilitres to tablespoons
    ml = rng.choice([10, 20, 25, 30, 40, 45, 50, 60, 75, 80, 90, 100, 120])
    return conv("J_u_ml_tbsp", f"{ml}ml of soy sauce in tablespoons (US)?", ml / TBSP, "tbsp",
                "tablespoons", "Tbsp")


def j_tbsp_tsp(rng: random.Random) -> Item | None:  # tablespoons to teaspoons (x3)
    tbsp = F(rng.randint(1, 16), 2)
    return conv("J_u_tbsp_tsp", f"Only have a teaspoon. Recipe says {show(tbsp)} tablespoons of "
                "vanilla - how many teaspoons?", tbsp * TBSP / TSP, "tsp", "teaspoons")


def j_floz_ml(rng: random.Random) -> Item | None:  # US fl oz to ml, a can of soda
    floz = rng.choice([8, 10, 12, 16, 20, 24, 32, 40, 64])
    return conv("J_u_floz_ml", f"a {floz} fl oz drink (US) holds how many millilitres?",
                floz * US_FLOZ, *ML)


def j_pints_litres(rng: random.Random) -> Item | None:  # UK pints to litres
    pints = rng.randint(1, 20)
    return conv("J_u_pints_litres", f"we drank {pints} pints between us last night (UK pints). "
                "how many litres lol", pints * PINT_UK, *L_)


def j_ukgal_l(rng: random.Random) -> Item | None:  # imperial gallons to litres
    gal = rng.randint(2, 60)
    return conv("J_u_ukgal_l", f"The old water butt holds {gal} imperial gallons. Litres?",
                gal * UK_GAL, *L_)


def j_litres_ukgal(rng: random.Random) -> Item | None:  # litres to imperial gallons
    l_ = rng.randint(10, 500)
    return conv("J_u_litres_ukgal", f"how many imperial gallons in {l_} litres?", l_ / UK_GAL,
                "gallons", "gal", "imperial gallons")


def j_aquarium_l(rng: random.Random) -> Item | None:  # tank dimensions in cm to litres
    a, b, c = rng.randint(30, 150), rng.randint(25, 60), rng.randint(25, 70)
    return conv("J_u_aquarium_l", f"fish tank is {a} x {b} x {c} cm inside. how many litres does "
                "it hold?", F(a * b * c, 1000), *L_)


def j_cubic_feet(rng: random.Random) -> Item | None:  # cubic feet to litres
    cuft = F(rng.randint(20, 250), 10)
    return conv("J_u_cubic_feet", f"Fridge capacity {show(cuft)} cu ft. What's that in litres?",
                cuft * FOOT**3 * 1000, *L_)


def j_tea_c(rng: random.Random) -> Item | None:  # a brewing temperature in °F to °C
    f = rng.randint(160, 212)
    return conv("J_u_tea_c", f"tea tin says steep at {f}°F. my kettle does celsius, what temp?",
                (f - 32) * F(5, 9), *C_)


def j_roast_f(rng: random.Random) -> Item | None:  # meat core temperature in °C to °F
    c = rng.randint(52, 85)
    return conv("J_u_roast_f", f"Beef is done at {c} °C core temperature. My probe reads in F - "
                "what number am I waiting for?", c * F(9, 5) + 32, *F_)


def j_room_temp(rng: random.Random) -> Item | None:  # thermostat °F to °C
    f = rng.randint(60, 82)
    return conv("J_u_room_temp", f"Airbnb thermostat is on {f}. It's Fahrenheit I think - what's "
                "that in Celsius?", (f - 32) * F(5, 9), *C_)


def j_space_kelvin_c(rng: random.Random) -> Item | None:  # kelvin to Celsius
    k = rng.randint(2, 600)
    return conv("J_u_space_kelvin_c", f"{k} K in degrees celsius?", k - F("273.15"), *C_)


def j_temp_change(rng: random.Random) -> Item | None:  # a temperature difference °C to °F
    d = rng.randint(2, 30)
    return conv("J_u_temp_change", f"The forecast says it'll drop by {d} °C overnight. How big a "
                "drop is that in Fahrenheit degrees?", d * F(9, 5), "°F", "F", "degrees F",
                "Fahrenheit degrees", "degrees Fahrenheit")


def j_knots_kmh(rng: random.Random) -> Item | None:  # knots to km/h
    kn = rng.randint(5, 60)
    return conv("J_u_knots_kmh", f"gusts of {kn} knots expected at the marina. in km/h?",
                kn * F("1.852"), *KMH)


def j_mph_ms(rng: random.Random) -> Item | None:  # mph to metres per second
    mph = rng.randint(10, 200)
    return conv("J_u_mph_ms", f"Convert {mph} mph to m/s for my physics report.",
                mph * MILE / 3600, "m/s", "metres per second", "meters per second")


def j_kmh_ms(rng: random.Random) -> Item | None:  # km/h to m/s
    kmh = rng.randint(10, 300)
    return conv("J_u_kmh_ms", f"whats {kmh} kmh in metres per second", kmh / F("3.6"), "m/s",
                "metres per second", "meters per second")


def j_pace_kmh(rng: random.Random) -> Item | None:  # min/mile pace to km/h
    sec = rng.randint(330, 780)
    return conv("J_u_pace_kmh", f"my running pace is {sec // 60}:{sec % 60:02d} per mile. what "
                "speed in km/h is that?", MILE / 1000 / F(sec, 3600), *KMH)


def j_sqft_price(rng: random.Random) -> Item | None:  # price per sq ft to per m²
    p = rng.randint(150, 1500)
    return conv("J_u_sqft_price", f"Office rent quoted at ${p} per sq ft per year. What is that "
                "per square metre?", p / FOOT**2, "per m²", "per square metre", "/m²",
                "per square meter", "per m2")


def j_sqyd_m2(rng: random.Random) -> Item | None:  # square yards of carpet to m²
    sqyd = rng.randint(8, 80)
    return conv("J_u_sqyd_m2", f"carpet quote is for {sqyd} square yards. how many m²?",
                sqyd * YARD**2, *SQM)


def j_pitch_ha(rng: random.Random) -> Item | None:  # a field in metres by metres to hectares
    a, b = rng.randint(60, 400), rng.randint(40, 300)
    return conv("J_u_pitch_ha", f"Field is {a} m by {b} m. Area in hectares?", F(a * b, 10000),
                "ha", "hectares")


def j_ha_m2_acres(rng: random.Random) -> Item | None:  # m² plot to acres
    m2 = rng.randint(300, 20000)
    return conv("J_u_ha_m2_acres", f"the plot is {m2:,} m², what is it in acres?", m2 / ACRE,
                "acres", "ac")


def j_cal_kcal(rng: random.Random) -> Item | None:  # kJ on a food label, per 100 g, to kcal
    kj = rng.randint(150, 2500)
    return conv("J_u_cal_kcal", f"Label: energy {kj} kJ / 100 g. I count calories - what's that "
                "in kcal per 100 g?", kj / F("4.184"), "kcal", "calories", "Calories")


def j_powerbank_wh(rng: random.Random) -> Item | None:  # watt-hours of a power bank to joules
    mah, volts = rng.choice([3000, 5000, 6700, 10000, 12000, 15000,
                                    20000, 25000, 26800, 30000]), F("3.7")
    return conv("J_u_powerbank_wh", f"Power bank: {mah:,} mAh at 3.7 V. How many watt-hours is "
                "that?", F(mah, 1000) * volts, "Wh", "watt-hours", "watt hours")


def j_kwh_cost(rng: random.Random) -> Item | None:  # appliance running cost
    w, h, price = rng.choice([60, 100, 150, 400, 800, 1200, 2000]), rng.randint(1, 10), F(
        rng.randint(12, 40), 100)
    days = rng.choice([7, 30, 31, 365])
    return money("J_u_kwh_cost", f"A {w} W device runs {h} h a day for {days} days at "
                 f"${show(price)}/kWh. What does it cost?", F(w * h * days, 1000) * price)


def j_tb_gb(rng: random.Random) -> Item | None:  # terabytes to gigabytes (decimal)
    tb = F(rng.randint(5, 200), 10)
    return conv("J_u_tb_gb", f"drive is {show(tb)} TB, that's how many GB (1 TB = 1000 GB)?",
                tb * 1000, "GB", "gigabytes")


def j_mbps_mbs(rng: random.Random) -> Item | None:  # megabits per second to megabytes per second
    mbps = rng.choice([30, 50, 75, 100, 150, 250, 300, 500, 900, 1000])
    return conv("J_u_mbps_mbs", f"my broadband is {mbps} Mbps - what's that in megabytes per "
                "second?", F(mbps, 8), "MB/s", "megabytes per second", "MBps")


def j_gib_gb(rng: random.Random) -> Item | None:  # GiB to GB
    gib = rng.randint(4, 512)
    return conv("J_u_gib_gb", f"How many GB (decimal) is {gib} GiB?", gib * F(2**30, 10**9), "GB",
                "gigabytes")


def j_video_hours(rng: random.Random) -> Item | None:  # hours of video at a bitrate
    gb, mbps = rng.choice([16, 32, 64, 128, 256]), rng.choice([3, 5, 8, 10, 15, 25])
    return conv("J_u_video_hours", f"How many hours of {mbps} Mbps video fit on a {gb} GB card? "
                "(GB = 1000 MB)", F(gb * 8000, mbps * 3600), *HRS)


def j_weeks_minutes(rng: random.Random) -> Item | None:  # minutes in some days/weeks
    weeks = rng.randint(2, 12)
    return conv("J_u_weeks_minutes", f"minutes in {weeks} weeks?", F(weeks * 7 * 24 * 60), *MIN)


def j_stopwatch_hours(rng: random.Random) -> Item | None:  # seconds to hours (decimal)
    secs = rng.randint(4000, 90000)
    return conv("J_u_stopwatch_hours", f"stopwatch app shows {secs:,} seconds. how many hours "
                "is that as a decimal?", F(secs, 3600), *HRS)


def j_wedding_weeks(rng: random.Random) -> Item | None:  # days to weeks
    days = rng.randint(10, 400)
    return conv("J_u_wedding_weeks", f"{days} days until the wedding! how many weeks is that?",
                F(days, 7), "weeks")


def j_height_inches(rng: random.Random) -> Item | None:  # cm to inches total
    cm = rng.randint(140, 210)
    return conv("J_u_height_inches", f"I'm {cm} cm tall. How many inches in total?",
                cm / (INCH * 100), "in", "inches", '"')


def j_km_miles_run(rng: random.Random) -> Item | None:  # weekly km to miles
    km = F(rng.randint(100, 1200), 10)
    return conv("J_u_km_miles_run", f"ran {show(km)} km this week according to strava. my US "
                "friends want miles", km * 1000 / MILE, *MI)


def j_feet_km(rng: random.Random) -> Item | None:  # feet climbed to km
    ft = rng.randint(1000, 30000)
    return conv("J_u_feet_km", f"elevation gain was {ft:,} ft on the trip — in km?",
                ft * FOOT / 1000, *KM)


def j_weight_oz_g(rng: random.Random) -> Item | None:  # pounds and ounces to grams
    lb, oz = rng.randint(5, 10), rng.randint(0, 15)
    return conv("J_u_weight_oz_g", f"Baby weighed {lb} lb {oz} oz at birth. In grams?",
                (lb * 16 + oz) * OZ * 1000, *G_)


def j_lb_kg_bag(rng: random.Random) -> Item | None:  # a sack in pounds to kg
    lb = rng.choice([5, 10, 15, 20, 25, 40, 50, 55, 80, 100])
    return conv("J_u_lb_kg_bag", f"dog food sack is {lb} lb. how many kg?", lb * LB, *KG)


def j_gallon_cost_litre(rng: random.Random) -> Item | None:  # price per gallon to per litre
    p = F(rng.randint(279, 599), 100)
    return conv("J_u_gallon_cost_litre", f"Gas is ${show(p)} a gallon in the US. What is that per "
                "litre?", p / US_GAL, "per litre", "per liter", "/L", "a litre", "/litre")


def j_mpg_kmpl(rng: random.Random) -> Item | None:  # US mpg to km per litre
    mpg = rng.randint(15, 60)
    return conv("J_u_mpg_kmpl", f"{mpg} mpg US in km per litre?", mpg * MILE / 1000 / US_GAL,
                "km/l", "km/L", "km per litre", "km per liter", "kilometres per litre")


def j_patch_sqcm(rng: random.Random) -> Item | None:  # square inches to square cm
    sqin = rng.randint(4, 200)
    return conv("J_u_patch_sqcm", f"the label patch is {sqin} square inches. how many square "
                "centimetres?", sqin * (INCH * 100) ** 2, "cm²", "cm2", "sq cm",
                "square centimetres", "square centimeters")


def j_hours_days(rng: random.Random) -> Item | None:  # hours to days
    h = rng.randint(30, 1000)
    return conv("J_u_hours_days", f"Game says I've played {h} hours. How many days is that?",
                F(h, 24), "days")


def j_mph_kmh_limit(rng: random.Random) -> Item | None:  # km/h limit to mph
    kmh = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    return conv("J_u_mph_kmh_limit", f"Speed limit signs in France say {kmh}. My hire car's "
                "speedo is in mph - what's the limit there?", kmh * 1000 / MILE, *MPH)


FAMILIES: list[tuple[Family, int]] = families(
    j_shoe_box, j_waist_inches, j_mountain_feet, j_altitude_m, j_swim_yards, j_sprint_feet,
    j_mm_rain_inches, j_kg_oz, j_kg_stone, j_meat_lb, j_tonne_lb, j_short_ton, j_cup_sugar_g,
    j_stick_butter, j_ml_cups, j_ml_tbsp, j_tbsp_tsp, j_floz_ml, j_pints_litres, j_ukgal_l,
    j_litres_ukgal, j_aquarium_l, j_cubic_feet, j_tea_c, j_roast_f, j_room_temp,
    j_space_kelvin_c, j_temp_change, j_knots_kmh, j_mph_ms, j_kmh_ms, j_pace_kmh, j_sqft_price,
    j_sqyd_m2, j_pitch_ha, j_ha_m2_acres, j_cal_kcal, j_powerbank_wh, j_kwh_cost, j_tb_gb,
    j_mbps_mbs, j_gib_gb, j_video_hours, j_weeks_minutes, j_stopwatch_hours, j_wedding_weeks,
    j_height_inches, j_km_miles_run, j_feet_km, j_weight_oz_g, j_lb_kg_bag,
    j_gallon_cost_litre, j_mpg_kmpl, j_patch_sqcm, j_hours_days, j_mph_kmh_limit)
