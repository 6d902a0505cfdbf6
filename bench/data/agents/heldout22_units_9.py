"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 9: batteries, roasting,
elevation, lab values and sports arithmetic."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction as F

from bench.data.agents.heldout22_units import (
    Made,
    Redraw,
    clock,
    d,
    family,
    loose,
    num,
    pick,
    tenth,
)
from bench.data.agents.helpers import Family


@family
def battery_runtime(rng: random.Random) -> Made:
    mah = rng.randint(10, 100) * 100
    ma = rng.randint(20, 800)
    v = F(mah, ma)
    return pick(
        rng,
        f"{mah} mAh battery powering a {ma} mA device - runtime in hours? 2 dp",
        f"how long will a {mah}mAh pack run something drawing {ma}mA? hours, 2 decimals (ideal)",
    ), [num(v, 2)]


@family
def power_bank_charges(rng: random.Random) -> Made:
    bank = rng.choice([5000, 10000, 15000, 20000, 26800, 30000])
    eff = rng.choice([60, 65, 70, 75, 80])
    phone = rng.randint(28, 55) * 100
    v = F(bank * eff, 100 * phone)
    return pick(
        rng,
        f"{bank} mAh power bank at {eff}% efficiency, phone battery {phone} mAh. how "
        f"many full charges? 2 decimals",
        f"How many times (2 dp) can a {bank:,}mAh bank charge a {phone}mAh phone if only "
        f"{eff}% gets through?",
    ), [num(v, 2)]


@family
def roast_time(rng: random.Random) -> Made:
    kg = tenth(rng, 1, 8)
    per, extra = rng.choice([(40, 20), (45, 0), (30, 30), (20, 20), (50, 25)])
    mins = kg * per + extra
    if mins.denominator != 1:
        raise Redraw
    h0, m0 = rng.randint(10, 16), rng.choice(range(0, 60, 15))
    end = h0 * 60 + m0 + int(mins)
    return pick(
        rng,
        f"roasting a {d(kg)} kg joint at {per} min per kg plus {extra} min. in the "
        f"oven at {h0}:{m0:02d}, when is it done?",
        f"{d(kg)}kg turkey, {per} minutes/kg + {extra} minutes. If it goes in at "
        f"{h0:02d}:{m0:02d}, what time does it come out?",
    ), [clock(*divmod(end, 60))]


@family
def elevation_feet(rng: random.Random) -> Made:
    ft = rng.randint(300, 29000)
    v = ft * F("0.3048")
    return pick(
        rng,
        f"{ft:,} ft elevation in metres? (1 ft = 0.3048 m) nearest metre",
        f"the hike climbs {ft} feet - how many meters is that, rounded? 0.3048 m per ft",
    ), [num(v, 0)]


@family
def glucose_mgdl_to_mmol(rng: random.Random) -> Made:
    mg = rng.randint(55, 350)
    v = F(mg, 18)
    return pick(
        rng,
        f"blood sugar {mg} mg/dL in mmol/L? divide by 18, 1 decimal",
        f"convert glucose {mg} mg/dl to mmol/l (÷18), one decimal place",
    ), [num(v, 1)]


@family
def glucose_mmol_to_mgdl(rng: random.Random) -> Made:
    mm = tenth(rng, 3, 20)
    v = mm * 18
    return pick(
        rng,
        f"glucose {d(mm)} mmol/L is how many mg/dL? (x18)",
        f"my meter says {d(mm)} mmol/l - in mg/dL using 18 as the factor?",
    ), [num(v, 1)]


@family
def cholesterol_convert(rng: random.Random) -> Made:
    mg = rng.randint(120, 320)
    v = mg / F("38.67")
    return pick(
        rng,
        f"total cholesterol {mg} mg/dL to mmol/L? divide by 38.67, 2 decimals",
        f"cholesterol {mg} mg/dl in mmol/L (factor 38.67), 2dp",
    ), [num(v, 2)]


@family
def a1c_to_eag(rng: random.Random) -> Made:
    a1c = tenth(rng, 5, 12)
    v = F("28.7") * a1c - F("46.7")
    return pick(
        rng,
        f"HbA1c {d(a1c)}% - estimated average glucose in mg/dL? eAG = 28.7 x A1c - 46.7, 1 decimal",
        f"using the ADAG formula eAG = 28.7×A1C − 46.7, what's the eAG for an A1c of "
        f"{d(a1c)}%? one decimal",
    ), [num(v, 1)]


@family
def sweat_rate_fluids(rng: random.Random) -> Made:
    before = tenth(rng, 55, 95)
    loss = tenth(rng, 0.3, 2.5)
    factor = rng.choice([F("1.5"), F("1.25")])
    v = loss * factor
    return pick(
        rng,
        f"weighed {d(before)} kg before my run and {d(before - loss)} kg after. to "
        f"rehydrate I should drink {d(factor)} L per kg lost. how many litres?",
        f"pre-workout {d(before)}kg, post-workout {d(before - loss)}kg. replace "
        f"{d(factor)} litres per kg lost - litres to drink?",
    ), [loose(v)]


@family
def swim_laps_distance(rng: random.Random) -> Made:
    pool = rng.choice([25, 50, 33])
    laps = rng.randint(10, 120)
    v = F(pool * laps, 1000)
    return pick(
        rng,
        f"swam {laps} lengths of a {pool} m pool. how many km?",
        f"{laps} lengths × {pool}m pool = ? kilometres",
    ), [loose(v)]


@family
def heartbeats_per_day(rng: random.Random) -> Made:
    bpm = rng.randint(50, 95)
    days = rng.choice([1, 7, 30, 365])
    v = bpm * 60 * 24 * days
    return pick(
        rng,
        f"average heart rate {bpm} bpm - how many beats in {days} day(s)?",
        f"at {bpm} beats per minute, total heartbeats over {days} day{'s' if days > 1 else ''}?",
    ), [num(v, 0)]


@family
def sugar_teaspoons(rng: random.Random) -> Made:
    per100 = tenth(rng, 2, 60)
    g = rng.randint(25, 500)
    v = per100 * g / 100 / 4
    return pick(
        rng,
        f"{d(per100)} g sugar per 100 g, I ate {g} g. how many teaspoons of sugar is "
        f"that at 4 g per tsp? 1 decimal",
        f"drink has {d(per100)}g sugars/100ml; I had {g}ml. teaspoons of sugar (4 g each), 1 dp?",
    ), [num(v, 1)]


@family
def sodium_to_salt(rng: random.Random) -> Made:
    mg = rng.randint(50, 2500)
    v = F(mg * 5, 2) / 1000
    return pick(
        rng,
        f"label says sodium {mg} mg. salt in grams (salt = sodium x 2.5)?",
        f"{mg}mg sodium is how many g of salt using the 2.5 factor?",
    ), [loose(v)]


@family
def lap_pace_to_5k(rng: random.Random) -> Made:
    lap_s = rng.randint(75, 150)
    laps = F(5000, 400)
    v = lap_s * laps
    sec = int(v)
    if v.denominator != 1:
        raise Redraw
    m, s = divmod(sec, 60)
    return pick(
        rng,
        f"running {lap_s} seconds per 400 m lap, what's my 5 km time?",
        f"if each 400m lap takes {lap_s // 60}:{lap_s % 60:02d}, how long for 5000 m at that pace?",
    ), [
        [
            f"{m}:{s:02d}",
            f"{m}min{s}s",
            f"{m}minutes{s}seconds",
            f"{m}minutesand{s}seconds",
            f"{m}m{s}s",
        ]
        if s
        else [f"{m}:00", f"{m}minutes", f"{m}min"]
    ]


@family
def bsa_mosteller(rng: random.Random) -> Made:
    cm, kg = rng.randint(150, 200), rng.randint(45, 130)
    v = F((Decimal(cm * kg) / Decimal(3600)).sqrt())
    return pick(
        rng,
        f"body surface area by Mosteller (sqrt(height cm x weight kg / 3600)) for "
        f"{cm} cm, {kg} kg? 2 decimals",
        f"BSA, Mosteller formula: {kg}kg, {cm}cm. m² to 2 dp?",
    ), [num(v, 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        battery_runtime,
        power_bank_charges,
        roast_time,
        elevation_feet,
        glucose_mgdl_to_mmol,
        glucose_mmol_to_mgdl,
        cholesterol_convert,
        a1c_to_eag,
        sweat_rate_fluids,
        swim_laps_distance,
        heartbeats_per_day,
        sugar_teaspoons,
        sodium_to_salt,
        lap_pace_to_5k,
        bsa_mosteller,
    )
]
