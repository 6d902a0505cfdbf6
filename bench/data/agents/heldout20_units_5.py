"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 5: kitchen volumes,
area, temperature and yard/foot lengths."""

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
)
from bench.data.agents.helpers import Family


@family
def ml_to_fl_oz(rng: random.Random) -> Made:
    ml = rng.randint(50, 2000)
    t = pick(
        rng,
        "how many US fl oz in a {m} ml bottle? 1 fl oz = 29.57 ml, 1 decimal",
        "Convert {m} mL to US fluid ounces (1 fl oz = 29.57 mL), round to one decimal.",
        "{m}ml -> fl oz? (US, 29.57 ml each) one decimal please",
    )
    return t.format(m=ml), [R(F(ml) / F("29.57"), 1)]


@family
def cups_to_ml(rng: random.Random) -> Made:
    cups = rng.choice(
        [
            F(1, 4),
            F(1, 3),
            F(1, 2),
            F(2, 3),
            F(3, 4),
            F(1),
            F(3, 2),
            F(2),
            F(5, 2),
            F(3),
            F(4),
            F(5, 4),
        ]
    )
    c = {
        F(1, 4): "1/4",
        F(1, 3): "1/3",
        F(1, 2): "half a",
        F(2, 3): "2/3",
        F(3, 4): "3/4",
        F(1): "1",
        F(3, 2): "1 and a half",
        F(2): "2",
        F(5, 2): "2.5",
        F(3): "3",
        F(4): "4",
        F(5, 4): "1 1/4",
    }[cups]
    per = rng.choice([240, 250, 236.6])
    t = pick(
        rng,
        "How many ml is {c} cup of milk if 1 cup = {p} ml? Nearest ml.",
        "{c} cup(s) of water in millilitres? take 1 cup as {p} mL, round to whole ml",
        "Converting a recipe: {c} cup of stock, with 1 cup = {p} ml. How many ml is that (nearest "
        "whole number)?",
    )
    return t.format(c=c, p=show(F(str(per)))), [R(cups * F(str(per)), 0)]


@family
def sqft_to_sqm(rng: random.Random) -> Made:
    a = rng.randint(80, 3500)
    t = pick(
        rng,
        "The flat is {a} sq ft. How many square metres is that? 1 sq ft = 0.0929 m², one decimal.",
        "convert {a} square feet to m2 (1 ft² = 0.0929 m²), 1 dp",
        "How big is a {a} sq. ft apartment in square meters? Use 0.0929 m² per sq ft and round to "
        "one decimal.",
    )
    return t.format(a=a), [R(a * F("0.0929"), 1)]


@family
def sqm_to_sqft(rng: random.Random) -> Made:
    a = rng.randint(9, 300)
    t = pick(
        rng,
        "{a} m² in square feet? 1 m² = 10.764 sq ft, nearest whole sq ft",
        "Convert {a} square metres to square feet (1 m² = 10.764 ft²). Round to the nearest whole "
        "number.",
        "our garden is {a} sqm, how many sq ft is it? use 10.764, round to whole",
    )
    return t.format(a=a), [R(a * F("10.764"), 0)]


@family
def room_area_sqft(rng: random.Random) -> Made:
    w, ln = grid(rng, 2, 6, 0.1), grid(rng, 2, 8, 0.1)
    t = pick(
        rng,
        "Room is {w} m by {l} m. What's the floor area in square feet? (1 m = 3.281 ft, round to a "
        "whole sq ft)",
        "A bedroom measures {w}m x {l}m — area in sq ft? Use 1 metre = 3.281 feet, nearest whole "
        "number.",
        "floor {w} by {l} metres, how many square feet is that? 1 m = 3.281 ft, no decimals",
    )
    return t.format(w=show(w), l=show(ln)), [R(w * ln * F("3.281") ** 2, 0)]


@family
def acres_to_hectares(rng: random.Random) -> Made:
    a = grid(rng, 0.5, 500, 0.5)
    t = pick(
        rng,
        "How many hectares is {a} acres? (1 acre = 0.4047 ha) Round to 2 decimals.",
        "{a} acres to ha, use 0.4047, two decimal places",
        "The farm covers {a} acres. Convert that to hectares using 1 acre = 0.4047 hectares, 2 dp.",
    )
    return t.format(a=show(a)), [R(a * F("0.4047"), 2)]


@family
def hectares_to_acres(rng: random.Random) -> Made:
    h = grid(rng, 0.2, 200, 0.1)
    t = pick(
        rng,
        "Convert {h} ha to acres. 1 ha = 2.471 acres, one decimal.",
        "how many acres is {h} hectares (1 hectare = 2.471 acres)? 1 dp",
        "A {h}-hectare vineyard is how many acres? Use 2.471 acres per hectare and round to one "
        "decimal.",
    )
    return t.format(h=show(h)), [R(h * F("2.471"), 1)]


@family
def celsius_to_fahrenheit(rng: random.Random) -> Made:
    c = grid(rng, -30, 45, 0.5)
    t = pick(
        rng,
        "What's {c}°C in Fahrenheit? One decimal.",
        "{c} degrees celsius to F please (1 dp)",
        "It's {c} C outside, how much is that in °F? Round to one decimal place.",
    )
    return t.format(c=show(c)), [R(c * F(9, 5) + 32, 1)]


@family
def fahrenheit_to_celsius(rng: random.Random) -> Made:
    f = rng.randint(-20, 110)
    t = pick(
        rng,
        "convert {f}°F to celsius, 1 decimal",
        "What is {f} Fahrenheit in Celsius? Round to one decimal place.",
        "The forecast says {f} F. What's that in °C (one decimal)?",
    )
    return t.format(f=f), [R((f - 32) * F(5, 9), 1)]


@family
def oven_temp_f_to_c(rng: random.Random) -> Made:
    f = rng.randrange(300, 505, 5)
    t = pick(
        rng,
        "US recipe says bake at {f}°F. What's that in Celsius, to the nearest degree?",
        "oven to {f}F — what do I set my celsius oven to? nearest whole degree",
        "Convert an oven temperature of {f} °F to °C, rounded to a whole number.",
    )
    return t.format(f=f), [R((f - 32) * F(5, 9), 0)]


@family
def kelvin_to_celsius(rng: random.Random) -> Made:
    k = grid(rng, 200, 400, 0.5)
    t = pick(
        rng,
        "What is {k} K in °C? (0 °C = 273.15 K)",
        "{k} kelvin to celsius, 0°C = 273.15 K",
        "Convert {k} Kelvin to degrees Celsius using 273.15.",
    )
    v = k - F("273.15")
    return t.format(k=show(k)), [R(v, 2)]


@family
def temp_rise_c_to_f(rng: random.Random) -> Made:
    a = rng.randint(-5, 25)
    b = a + rng.randint(3, 20)
    t = pick(
        rng,
        "The temperature went up from {a}°C to {b}°C. How big was the rise in Fahrenheit degrees? "
        "One decimal.",
        "it was {a} C this morning and {b} C this afternoon; what's that increase in °F (a "
        "temperature difference, 1 dp)?",
        "By how many degrees Fahrenheit did it warm up, going from {a} to {b} degrees Celsius? "
        "Round to one decimal.",
    )
    return t.format(a=a, b=b), [R((b - a) * F(9, 5), 1)]


@family
def yards_to_meters(rng: random.Random) -> Made:
    y = rng.randint(10, 600)
    t = pick(
        rng,
        "{y} yards in metres? 1 yd = 0.9144 m, one decimal",
        "How many meters is a {y}-yard shot? (1 yard = 0.9144 m) round to 1 dp",
        "Convert {y} yd to m using 0.9144 m per yard, to one decimal place.",
    )
    return t.format(y=y), [R(y * F("0.9144"), 1)]


@family
def feet_to_meters(rng: random.Random) -> Made:
    f = grid(rng, 3, 40000, 0.5) if rng.random() < 0.5 else grid(rng, 3, 30, 0.5)
    t = pick(
        rng,
        "{f} ft - how many metres is that? (1 ft = 0.3048 m, 2 dp)",
        "convert {f} feet to meters, 1 ft = 0.3048 m, two decimals",
        "What is {f} feet in metres? Use 0.3048 and round to 2 decimal places.",
    )
    return t.format(f=show(f)), [R(f * F("0.3048"), 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        ml_to_fl_oz,
        cups_to_ml,
        sqft_to_sqm,
        sqm_to_sqft,
        room_area_sqft,
        acres_to_hectares,
        hectares_to_acres,
        celsius_to_fahrenheit,
        fahrenheit_to_celsius,
        oven_temp_f_to_c,
        kelvin_to_celsius,
        temp_rise_c_to_f,
        yards_to_meters,
        feet_to_meters,
    )
]
