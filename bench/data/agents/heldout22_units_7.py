"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 7: mass, volume, area
and temperature conversions."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import (
    Made,
    d,
    family,
    num,
    pick,
    tenth,
)
from bench.data.agents.helpers import Family


@family
def grams_to_ounces(rng: random.Random) -> Made:
    g = rng.randint(6, 200) * 5
    v = F(g) / F("28.3495")
    return pick(
        rng,
        f"{g} g in ounces, 2 decimals (1 oz = 28.3495 g)",
        f"what's {g} grams in oz? use 28.3495 g per ounce and round to 2 dp",
    ), [num(v, 2)]


@family
def tonnes_to_lb(rng: random.Random) -> Made:
    t = tenth(rng, 0.5, 12)
    v = t * 1000 / F("0.45359237")
    return pick(
        rng,
        f"{d(t)} tonnes is how many pounds? 1 lb = 0.45359237 kg, nearest pound",
        f"my trailer carries {d(t)} t - how many lbs is that (nearest whole lb, 1 lb = "
        f"0.45359237 kg)?",
    ), [num(v, 0)]


@family
def liters_to_gallons_us(rng: random.Random) -> Made:
    liters = rng.randint(4, 250)
    v = F(liters) / F("3.78541")
    return pick(
        rng,
        f"{liters} litres in US gallons? 1 US gal = 3.78541 L, 2 decimals",
        f"how many US gallons is {liters}L (1 gallon = 3.78541 liters)? round to 2 decimal places",
    ), [num(v, 2)]


@family
def gallons_uk_to_liters(rng: random.Random) -> Made:
    gal = d(F(rng.randint(2, 60), 2))
    v = F(str(gal)) * F("4.54609")
    return pick(
        rng,
        f"{gal} imperial gallons in litres (1 imp gal = 4.54609 L)? 2 dp",
        f"Convert {gal} UK gallons to liters, using 4.54609 L per gallon, round to two decimals",
    ), [num(v, 2)]


@family
def floz_to_ml(rng: random.Random) -> Made:
    oz = d(tenth(rng, 1, 70))
    v = F(str(oz)) * F("29.5735")
    return pick(
        rng,
        f"{oz} fl oz (US) is how many ml? 1 US fl oz = 29.5735 ml, round to 1 decimal",
        f"my bottle says {oz} fl. oz - in millilitres? use 29.5735 mL per US fl oz, 1 dp",
    ), [num(v, 1)]


@family
def ml_to_cups(rng: random.Random) -> Made:
    ml = rng.randint(6, 60) * 25
    cup = rng.choice([240, 250])
    v = F(ml, cup)
    return pick(
        rng,
        f"how many cups is {ml} ml if 1 cup = {cup} ml? round to 2 decimals",
        f"{ml}ml in cups (taking a cup as {cup} ml)? 2 dp",
    ), [num(v, 2)]


@family
def cubic_feet_to_liters(rng: random.Random) -> Made:
    cf = d(tenth(rng, 1, 30))
    v = F(str(cf)) * F("28.3168")
    return pick(
        rng,
        f"a fridge is {cf} cubic feet. how many litres is that? 1 ft³ = 28.3168 L, nearest litre",
        f"{cf} cu ft to liters (1 cubic foot = 28.3168 L), round to whole liters",
    ), [num(v, 0)]


@family
def tank_liters_from_dims(rng: random.Random) -> Made:
    a, b, c = rng.randint(30, 120), rng.randint(25, 60), rng.randint(25, 60)
    v = F(a * b * c, 1000)
    return pick(
        rng,
        f"my fish tank is {a} cm long, {b} cm wide and {c} cm high. how many litres "
        f"when full? (1 L = 1000 cm³)",
        f"How many liters does a {a} x {b} x {c} cm box hold? 1000 cubic cm = 1 L; round "
        f"to 1 decimal",
    ), [num(v, 1)]


@family
def sqm_to_sqft(rng: random.Random) -> Made:
    m2 = d(rng.choice([tenth(rng, 5, 30), F(rng.randint(20, 400))]))
    v = F(str(m2)) / F("0.09290304")
    return pick(
        rng,
        f"{m2} m² in square feet? 1 sq ft = 0.09290304 m², nearest whole number",
        f"the flat is {m2} square metres, how many sq ft is that (1 ft² = 0.09290304 m²)? "
        f"round to whole sq ft",
    ), [num(v, 0)]


@family
def sqft_to_sqm(rng: random.Random) -> Made:
    ft2 = rng.randint(30, 300) * 10
    v = F(ft2) * F("0.09290304")
    return pick(
        rng,
        f"{ft2} sq ft to m2, 1 sq ft = 0.09290304 m², 1 decimal",
        f"How many square meters is a {ft2:,} square foot house? One decimal place; 1 ft² "
        f"= 0.09290304 m².",
    ), [num(v, 1)]


@family
def acres_to_hectares(rng: random.Random) -> Made:
    ac = d(rng.choice([F(rng.randint(1, 40), 4), F(rng.randint(10, 400))]))
    v = F(str(ac)) * F("0.404686")
    return pick(
        rng,
        f"{ac} acres in hectares (1 acre = 0.404686 ha)? 3 decimals",
        f"convert {ac} acre(s) to hectares, round to 3 dp, using 1 ac = 0.404686 ha",
    ), [num(v, 3)]


@family
def room_area_sqft(rng: random.Random) -> Made:
    a, b = rng.randint(8, 20), rng.randint(8, 20)
    v = F(a * b) * F("0.09290304")
    return pick(
        rng,
        f"room is {a} ft by {b} ft, what's the area in square metres? 1 ft² = "
        f"0.09290304 m², 2 decimals",
        f"My bedroom measures {a}' x {b}'. Area in m², to 2 decimal places (1 sq ft = "
        f"0.09290304 m²)?",
    ), [num(v, 2)]


@family
def hectares_to_sqm(rng: random.Random) -> Made:
    ha = tenth(rng, 0.2, 9)
    v = ha * 10000
    return pick(rng, f"{d(ha)} ha is how many square metres?", f"convert {d(ha)} hectares to m²"), [
        num(v, 0)
    ]


@family
def c_to_f(rng: random.Random) -> Made:
    c = d(rng.choice([F(rng.randint(-30, 45)), tenth(rng, 35, 42), F(rng.randint(14, 26) * 10)]))
    v = F(str(c)) * 9 / 5 + 32
    return pick(
        rng,
        f"{c}°C in Fahrenheit?",
        f"what's {c} C in F",
        f"Convert {c} degrees Celsius to Fahrenheit (1 decimal if needed)",
    ), [num(v, 1)]


@family
def f_to_c(rng: random.Random) -> Made:
    f = d(rng.choice([F(rng.randint(-20, 110)), tenth(rng, 96, 105), F(rng.randint(60, 100) * 5)]))
    v = (F(str(f)) - 32) * 5 / 9
    return pick(
        rng,
        f"{f}°F to Celsius, 1 decimal",
        f"what is {f} fahrenheit in celsius? round to one decimal",
        f"My oven is at {f} F. What's that in °C (1 dp)?"
        if F(f) > 300
        else f"thermometer says {f}F - in C? 1 decimal place",
    ), [num(v, 1)]


@family
def temp_difference(rng: random.Random) -> Made:
    a = rng.randint(-10, 35)
    rise = rng.randint(3, 25)
    v = F(rise) * 9 / 5
    return pick(
        rng,
        f"the temperature went from {a}°C to {a + rise}°C. how big is that rise in "
        f"Fahrenheit degrees (a change, not a temperature)?",
        f"A {rise} °C increase in temperature corresponds to how many °F of increase?",
    ), [num(v, 1)]


@family
def kelvin_convert(rng: random.Random) -> Made:
    k = tenth(rng, 250, 320)
    v = k - F("273.15")
    return pick(
        rng,
        f"{d(k)} K in °C? (0 °C = 273.15 K), 2 decimals",
        f"convert {d(k)} kelvin to celsius, round to two decimal places",
    ), [num(v, 2)]


@family
def f_fever_to_c(rng: random.Random) -> Made:
    f = tenth(rng, 97, 104)
    v = (f - 32) * 5 / 9
    return pick(
        rng,
        f"my kid's temp is {d(f)} F, what is it in celsius (1 decimal)?",
        f"Temperature {d(f)}°F - convert to °C, one decimal place.",
    ), [num(v, 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        grams_to_ounces,
        tonnes_to_lb,
        liters_to_gallons_us,
        gallons_uk_to_liters,
        floz_to_ml,
        ml_to_cups,
        cubic_feet_to_liters,
        tank_liters_from_dims,
        sqm_to_sqft,
        sqft_to_sqm,
        acres_to_hectares,
        room_area_sqft,
        hectares_to_sqm,
        c_to_f,
        f_to_c,
        temp_difference,
        kelvin_convert,
        f_fever_to_c,
    )
]
