"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: conversions asked tersely, in
pairs, with fractions, and for hobbies (jewellery, engines, workshops, networks)."""

from __future__ import annotations

import random

from bench.data.agents.heldout14_units import (
    DEG_C,
    DEG_F,
    FOOT,
    INCH,
    LB,
    MILE,
    MPH,
    TBSP,
    TSP,
    UK_GAL,
    US_CUP,
    US_FLOZ,
    US_GAL,
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
LBS = ("lb", "lbs", "pounds")
ML = ("ml", "mL", "millilitres", "milliliters")
FRACTIONS = [(1, 8), (3, 16), (1, 4), (5, 16), (3, 8), (7, 16), (1, 2), (9, 16), (5, 8), (3, 4),
             (7, 8), (1, 1)]


def two_temps(rng: random.Random) -> Item | None:  # two Celsius readings to Fahrenheit at once
    a, b = sorted(rng.sample(range(-10, 41), 2))
    return calc(f"what are {a}C and {b}C in fahrenheit", answer(a * F(9, 5) + 32, *DEG_F),
                answer(b * F(9, 5) + 32, *DEG_F))


def kg_lb_stone(rng: random.Random) -> Item | None:  # kilograms to pounds and to stone
    kg = rng.randint(45, 140)
    return calc(f"{kg} kg in pounds, and in stone?", answer(kg / LB, *LBS),
                answer(kg / LB / 14, "st", "stone"))


def terse_f_c(rng: random.Random) -> Item | None:  # a terse °F to °C request
    f = rng.randint(-20, 110)
    return conv(f"{f}f to c", (f - 32) * F(5, 9), *DEG_C)


def feet_cm(rng: random.Random) -> Item | None:  # decimal feet to centimetres
    ft = F(rng.randint(5, 80), 4)
    return conv(f"how many cm in {show(ft)} ft", ft * FOOT * 100, "cm", "centimetres",
                "centimeters")


def wrench_mm(rng: random.Random) -> Item | None:  # a fractional-inch spanner size to mm
    num, den = rng.choice(FRACTIONS)
    return conv(f"is a {num}/{den} inch socket close to a metric one? what is it in mm?"
                if den > 1 else "what's 1 inch in mm exactly?", F(num, den) * INCH * 1000,
                "mm", "millimetres", "millimeters")


def cups_tbsp(rng: random.Random) -> Item | None:  # US cups to tablespoons
    cups = F(rng.randint(1, 12), 4)
    return conv(f"How many tablespoons in {show(cups)} cups? (US)", cups * US_CUP / TBSP,
                "tablespoons", "tbsp", "Tbsp")


def cup_tsp(rng: random.Random) -> Item | None:  # a fraction of a cup in teaspoons
    num, den = rng.choice([(1, 8), (1, 4), (1, 3), (3, 8), (1, 2), (2, 3), (3, 4), (1, 6),
                           (5, 8)])
    return conv(f"my measuring cups are lost. {num}/{den} cup is how many teaspoons (US)?",
                F(num, den) * US_CUP / TSP, "teaspoons", "tsp")


def baby_bottle_ml(rng: random.Random) -> Item | None:  # US fluid ounces of milk to ml
    oz = F(rng.randint(2, 18), 2)
    return conv(f"pediatrician says {show(oz)} oz per feed, my bottles are marked in ml. how "
                "many ml?", oz * US_FLOZ, *ML)


def shower_lpm(rng: random.Random) -> Item | None:  # US gallons per minute to litres/minute
    gpm = F(rng.randint(10, 30), 10)
    return conv(f"shower head is rated {show(gpm)} gpm (US). how many litres per minute?",
                gpm * US_GAL, "L/min", "l/min", "litres per minute", "liters per minute")


def engine_litres(rng: random.Random) -> Item | None:  # cubic inches of displacement to litres
    ci = rng.choice([140, 183, 225, 250, 302, 318, 327, 350, 383, 400, 427, 440, 454, 502])
    return conv(f"classic V8 with {ci} cubic inches — what displacement is that in litres?",
                ci * INCH**3 * 1000, "L", "litres", "liters", "l")


def cc_cubic_inches(rng: random.Random) -> Item | None:  # cc to cubic inches
    cc = rng.choice([50, 110, 125, 250, 300, 400, 500, 600, 650, 750, 900, 1000, 1200])
    return conv(f"{cc}cc motorbike engine in cubic inches?", F(cc, 10**6) / INCH**3, "cu in",
                "cubic inches", "in³", "ci")


def mph_knots(rng: random.Random) -> Item | None:  # mph to knots
    mph = rng.randint(5, 180)
    return conv(f"{mph} mph in knots please", mph * MILE / 3600 / KNOT, "knots", "kn", "kt")


def kmh_ms(rng: random.Random) -> Item | None:  # km/h to metres per second
    kmh = rng.randint(5, 300)
    return conv(f"Convert {kmh} km/h into metres per second", F(kmh, F(36, 10)), "m/s",
                "metres per second", "meters per second")


def fps_mph(rng: random.Random) -> Item | None:  # feet per second to mph
    fps = rng.randint(10, 400)
    return conv(f"the spec says {fps} ft/s. mph?", fps * FOOT * 3600 / MILE, *MPH)


def carat_grams(rng: random.Random) -> Item | None:  # gemstone carats to grams
    ct = F(rng.randint(2, 60), 4)
    return conv(f"Engagement ring stone is {show(ct)} carats — how many grams is that?",
                ct / 5, "g", "grams")


def troy_grams(rng: random.Random) -> Item | None:  # troy ounces of gold to grams
    toz = F(rng.randint(1, 40), 4)
    return conv(f"I have {show(toz)} troy oz of gold coins. Grams?", toz * F("31.1034768"),
                "g", "grams")


def grains_mg(rng: random.Random) -> Item | None:  # apothecary grains to milligrams
    gr = rng.choice([1, 2, 3, 5, 10, 15])
    half = rng.choice([F(0), F(1, 2)])
    amount = gr + half
    return conv(f"An old prescription says {show(amount)} grains. How many mg? (1 grain = "
                "64.79891 mg)", amount * F("64.79891"), "mg", "milligrams")


def truck_cuft(rng: random.Random) -> Item | None:  # cubic metres to cubic feet
    m3 = rng.randint(5, 60)
    return conv(f"removal van is {m3} m³. how many cubic feet?", m3 / FOOT**3, "cu ft",
                "cubic feet", "ft³", "ft3")


def hectares_km2(rng: random.Random) -> Item | None:  # hectares to square kilometres
    ha = rng.randint(120, 90000)
    return conv(f"national park covers {ha:,} hectares; what's that in km²?", F(ha, 100), "km²",
                "km2", "square kilometres", "square kilometers", "sq km")


def screen_cm2(rng: random.Random) -> Item | None:  # square inches to square centimetres
    sq = F(rng.randint(40, 400), 2)
    return conv(f"{show(sq)} square inches to cm²?", sq * (INCH * 100) ** 2, "cm²", "cm2",
                "square centimetres", "square centimeters")


def pace_mph(rng: random.Random) -> Item | None:  # minutes per mile to mph
    secs = rng.randint(5 * 60, 15 * 60)
    m, s = divmod(secs, 60)
    return conv(f"walking pace of {m}:{s:02d} per mile, how many mph is that", F(3600, secs),
                *MPH)


def days_weeks(rng: random.Random) -> Item | None:  # days as weeks and days
    days = rng.randint(15, 400)
    w, d = divmod(days, 7)
    forms = [f"{w} weeks and {d} days", f"{w} weeks {d} days", f"{w} weeks, {d} days"] if d else \
        [f"{w} weeks"]
    if d == 1:
        forms += [f.replace("1 days", "1 day") for f in forms]
    return calc(f"How many weeks and days is {days} days?", forms)


def temp_rise(rng: random.Random) -> Item | None:  # a temperature difference in °F to °C
    rise = rng.randint(3, 60)
    return conv(f"The temperature rose by {rise} °F during the day. By how many degrees Celsius "
                "did it rise?", rise * F(5, 9), "°C", "degrees Celsius", "degrees C", "C",
                "celsius")


def nitrogen_c(rng: random.Random) -> Item | None:  # kelvin to Celsius for cold stuff
    k = F(rng.randint(40, 2600), 10)
    return conv(f"{show(k)} K in degrees Celsius?", k - F("273.15"), *DEG_C)


def ml_cups(rng: random.Random) -> Item | None:  # millilitres to US cups
    ml = rng.choice([100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 750, 1000])
    return conv(f"{ml} ml of stock — how many US cups?", ml / US_CUP, "cups", "cup")


def mbps_mbs(rng: random.Random) -> Item | None:  # megabits per second to megabytes per second
    mbps = rng.choice([8, 30, 50, 65, 80, 100, 150, 200, 300, 500, 900, 1000])
    return conv(f"internet plan is {mbps} Mbps. what's the max download in MB/s?",
                F(mbps, 8), "MB/s", "megabytes per second")


def kb_bytes(rng: random.Random) -> Item | None:  # kibibytes to bytes
    kb = F(rng.randint(3, 200), 2)
    return conv(f"how many bytes in {show(kb)} KiB", kb * 1024, "bytes", "B")


def metres_feet_inches(rng: random.Random) -> Item | None:  # metres to feet and inches
    m = F(rng.randint(120, 220), 100)
    near = numbers(m / INCH, 0)
    if near is None:
        return None
    ft, inch = divmod(int(near[0]), 12)
    return calc(f"{show(m)} m in feet and inches? nearest inch is fine",
                [f"{ft}'{inch}\"", f"{ft}' {inch}\"", f"{ft} ft {inch} in",
                 f"{ft} feet {inch} inches", f"{ft}ft {inch}in", f"{ft} foot {inch}"])


def uk_us_mpg(rng: random.Random) -> Item | None:  # UK mpg to US mpg
    mpg = rng.randint(25, 75)
    return conv(f"car review says {mpg} mpg but it's a UK review. what's that in US mpg?",
                mpg * US_GAL / UK_GAL, "mpg", "MPG", "US mpg", "miles per gallon")


def inlb_nm(rng: random.Random) -> Item | None:  # inch-pounds to newton-metres
    inlb = rng.randint(10, 250)
    return conv(f"bike stem bolts: {inlb} in-lb. in Nm?", inlb * LB * F("9.80665") * INCH,
                "Nm", "N·m", "N m", "newton metres", "newton meters")


def atm_psi(rng: random.Random) -> Item | None:  # atmospheres to psi
    atm = F(rng.randint(10, 60), 10)
    return conv(f"{show(atm)} atm expressed in psi?", atm * 101325 / (LB * F("9.80665") / INCH**2),
                "psi")


def kmh_race(rng: random.Random) -> Item | None:  # race-car speed km/h to mph, chatty
    kmh = rng.randint(180, 380)
    return conv(f"F1 cars hit {kmh} km/h on the straight! my dad only understands mph, help",
                kmh * 1000 / MILE, *MPH)


def density(rng: random.Random) -> Item | None:  # kg/m³ to g/cm³
    kgm3 = rng.randint(600, 12000)
    return conv(f"density {kgm3} kg/m³ in g/cm³?", F(kgm3, 1000), "g/cm³", "g/cm3",
                "g/cc")


FAMILIES: list[tuple[Family, int]] = families(
    two_temps, kg_lb_stone, terse_f_c, feet_cm, wrench_mm, cups_tbsp, cup_tsp, baby_bottle_ml,
    shower_lpm, engine_litres, cc_cubic_inches, mph_knots, kmh_ms, fps_mph, carat_grams,
    troy_grams, grains_mg, truck_cuft, hectares_km2, screen_cm2, pace_mph, days_weeks,
    temp_rise, nitrogen_c, ml_cups, mbps_mbs, kb_bytes, metres_feet_inches, uk_us_mpg, inlb_nm,
    atm_psi, kmh_race, density)
