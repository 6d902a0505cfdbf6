"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 9: more length, volume,
weight and temperature conversions."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import (
    Made,
    R,
    family,
    grid,
    pick,
    show,
    word,
)
from bench.data.agents.helpers import Family


@family
def mm_to_inches(rng: random.Random) -> Made:
    mm = rng.randint(2, 160)
    t = pick(
        rng,
        "How many inches is {m} mm? 1 in = 25.4 mm, round to 3 decimals.",
        "{m}mm to inches (25.4 mm per inch), 3 dp",
        "I've got a {m} millimetre drill bit, what size is that in inches? 3 decimal places, 1 in "
        "= 25.4 mm",
    )
    return t.format(m=mm), [R(F(mm) / F("25.4"), 3)]


@family
def nautical_miles_to_km(rng: random.Random) -> Made:
    nm = grid(rng, 2, 800, 0.5)
    t = pick(
        rng,
        "{n} nautical miles in km? (1 nmi = 1.852 km) one decimal",
        "The ferry crossing is {n} nautical miles. How many kilometres is that, to 1 dp? 1 NM = "
        "1.852 km.",
        "Convert {n} NM to kilometers, 1.852 km each, round to one decimal.",
    )
    return t.format(n=show(nm)), [R(nm * F("1.852"), 1)]


@family
def pool_volume_liters(rng: random.Random) -> Made:
    ln, w, d = grid(rng, 2, 12, 0.5), grid(rng, 1.5, 6, 0.5), grid(rng, 0.3, 2, 0.1)
    t = pick(
        rng,
        "How many litres of water does a {l} m x {w} m pool filled to {d} m deep hold? (1 m³ = "
        "1000 L)",
        "paddling pool {l}m long {w}m wide, water {d}m deep - how many liters is that",
        "A rectangular tank is {l} by {w} metres and the water is {d} metres deep. Volume in "
        "litres?",
    )
    return t.format(l=show(ln), w=show(w), d=show(d)), [R(ln * w * d * 1000, 0)]


@family
def tablespoons_to_ml(rng: random.Random) -> Made:
    n = rng.randint(2, 20)
    tb = rng.choice([15, 14.8])
    t = pick(
        rng,
        "{n} tablespoons of oil is how many ml? 1 tbsp = {t} ml",
        "How much is {n} tbsp in millilitres, using {t} ml per tablespoon?",
        "recipe wants {n} tbsp of soy sauce; in ml that's? (1 tbsp = {t} mL, 1 dp)",
    )
    return t.format(n=word(rng, n), t=show(F(str(tb)))), [R(n * F(str(tb)), 1)]


@family
def teaspoons_per_cup(rng: random.Random) -> Made:
    cups = rng.choice(
        [
            F(1, 8),
            F(1, 4),
            F(1, 3),
            F(1, 2),
            F(2, 3),
            F(3, 4),
            F(1),
            F(5, 4),
            F(3, 2),
            F(2),
            F(5, 2),
            F(3),
        ]
    )
    unit, per = rng.choice([("teaspoons", 48), ("tablespoons", 16)])
    c = {
        F(1, 8): "1/8",
        F(1, 4): "1/4",
        F(1, 3): "1/3",
        F(1, 2): "1/2",
        F(2, 3): "2/3",
        F(3, 4): "3/4",
        F(1): "1",
        F(5, 4): "1 1/4",
        F(3, 2): "1 1/2",
        F(2): "2",
        F(5, 2): "2 1/2",
        F(3): "3",
    }[cups]
    t = pick(
        rng,
        "How many {u} are in {c} cup? (1 cup = 16 tbsp, 1 tbsp = 3 tsp)",
        "{c} cup = how many {u}, with 16 tablespoons per cup and 3 teaspoons per tablespoon?",
        "no measuring cup here - how many {u} make {c} cup(s)? 1 cup = 16 tbsp = 48 tsp",
    )
    return t.format(c=c, u=unit), [R(cups * per, 0)]


@family
def pints_to_ml(rng: random.Random) -> Made:
    p = grid(rng, 0.5, 16, 0.5)
    kind, per = rng.choice([("UK", 568), ("US", 473)])
    t = pick(
        rng,
        "How many ml in {p} {k} pints? ({k} pint = {m} ml)",
        "{p} pint(s) ({k}, {m} mL per pint) in millilitres?",
        "convert {p} {k} pints to ml, 1 pint = {m} ml",
    )
    return t.format(p=show(p), k=kind, m=per), [R(p * per, 0)]


@family
def carats_to_grams(rng: random.Random) -> Made:
    c = grid(rng, 0.25, 12, 0.05)
    t = pick(
        rng,
        "A {c} carat stone weighs how many grams? 1 ct = 0.2 g",
        "{c} ct in grams please (0.2 g per carat)",
        "Convert {c} carats to grams (1 carat = 200 mg).",
    )
    return t.format(c=show(c)), [R(c * F(1, 5), 3)]


@family
def tonnes_to_pounds(rng: random.Random) -> Made:
    t_ = grid(rng, 0.5, 40, 0.5)
    t = pick(
        rng,
        "The truck carries {t} tonnes. How many pounds is that? 1 kg = 2.2046 lb, round to the "
        "nearest pound.",
        "{t} metric tons in lbs? (1000 kg per tonne, 2.2046 lb per kg) nearest lb",
        "convert {t} t to pounds using 2.2046 lb/kg, whole number",
    )
    return t.format(t=show(t_)), [R(t_ * 1000 * F("2.2046"), 0)]


@family
def liters_to_cubic_feet(rng: random.Random) -> Made:
    L = rng.randint(50, 900)
    t = pick(
        rng,
        "A fridge is {l} litres. How many cubic feet is that? 1 cu ft = 28.317 L, 1 decimal.",
        "{l} L to cubic feet (28.317 litres per ft³), one decimal",
        "convert {l} liters to cu ft, 1 ft3 = 28.317 L, round to 1 dp",
    )
    return t.format(l=L), [R(F(L) / F("28.317"), 1)]


@family
def inches_rain_to_mm(rng: random.Random) -> Made:
    i = grid(rng, 0.1, 12, 0.05)
    t = pick(
        rng,
        "We got {i} inches of rain yesterday. How many mm is that? (1 in = 25.4 mm, 1 dp)",
        '{i}" of snow in millimetres? one decimal, 25.4 mm per inch',
        "convert {i} in of rainfall to mm, 1 decimal place",
    )
    return t.format(i=show(i)), [R(i * F("25.4"), 1)]


@family
def body_temp_f_to_c(rng: random.Random) -> Made:
    f = grid(rng, 95, 105, 0.1)
    t = pick(
        rng,
        "My thermometer says {f}°F, what's that in °C? 1 decimal",
        "kid's temp is {f} F - in celsius? round to 1 dp",
        "Convert a body temperature of {f} degrees Fahrenheit to Celsius (one decimal place).",
    )
    return t.format(f=show(f)), [R((f - 32) * F(5, 9), 1)]


@family
def fabric_yards_to_meters_cost(rng: random.Random) -> Made:
    y = grid(rng, 1, 12, 0.25)
    p = grid(rng, 4, 30, 0.5)
    t = pick(
        rng,
        "I need {y} yards of fabric but the shop sells by the metre at ${p}/m. How many metres (1 "
        "yd = 0.9144 m, 2 dp)?",
        "pattern calls for {y} yd of cotton. how many meters is that? 0.9144 m per yard, 2 "
        "decimals",
    )
    return t.format(y=show(y), p=show(p)), [R(y * F("0.9144"), 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        mm_to_inches,
        nautical_miles_to_km,
        pool_volume_liters,
        tablespoons_to_ml,
        teaspoons_per_cup,
        pints_to_ml,
        carats_to_grams,
        tonnes_to_pounds,
        liters_to_cubic_feet,
        inches_rain_to_mm,
        body_temp_f_to_c,
        fabric_yards_to_meters_cost,
    )
]
