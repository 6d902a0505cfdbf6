"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 2: volume, area, temp.
"""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout19_units import F, family, forms, num, pick, rnd
from bench.data.agents.helpers import Family


@family
def liters_to_us_gallons(rng: random.Random) -> Any:
    litres = rnd(rng, 2, 400, "0.5")
    text = pick(rng, "how many US gallons is {l} litres? 1 gal = 3.785 L, 2 decimals",
                "Convert {l} L to US gallons (3.785 litres per gallon), round to 2 dp",
                "my fish tank holds {l} liters, what's that in gallons (US, 1 gal = 3.785 L)? 2 dp",
                l=num(litres))
    return text, forms(litres / F("3.785"), 2)


@family
def gallons_to_liters(rng: random.Random) -> Any:
    gal = rnd(rng, 1, 80, "0.5")
    text = pick(rng, "{g} gallons in litres? (US gallon = 3.785 L) 1 decimal",
                "The water heater is {g} gal. How many liters is that if 1 gal = 3.785 L? 1 dp",
                "convert {g} US gal to L please, one decimal place, 3.785 L/gal", g=num(gal))
    return text, forms(gal * F("3.785"), 1)


@family
def imperial_pints_to_liters(rng: random.Random) -> Any:
    pints = rnd(rng, 1, 40, "0.5")
    text = pick(rng, "How many litres in {p} UK pints? 1 pint = 568 ml, 2 decimals",
                "{p} pints (imperial, 568 mL each) to litres, 2 dp",
                "we drank {p} pints lol - how many liters is that? a pint is 568 ml. 2 decimals",
                p=num(pints))
    return text, forms(pints * F("0.568"), 2)


@family
def fl_oz_to_ml(rng: random.Random) -> Any:
    oz = rnd(rng, 1, 64, "0.5")
    text = pick(rng, "{o} fl oz in ml? use 1 fl oz = 29.57 mL, round to 1 decimal",
                "My bottle says {o} fluid ounces. How many millilitres? (29.57 ml per fl oz) 1 dp",
                "Convert {o} US fl. oz to mL, one decimal place (1 fl oz = 29.57 mL)", o=num(oz))
    return text, forms(oz * F("29.57"), 1)


@family
def ml_to_fl_oz(rng: random.Random) -> Any:
    ml = rnd(rng, 30, 2000, 10)
    text = pick(rng, "{m} ml to fl oz? 1 fl oz = 29.57 mL. 2 decimals",
                "How many fluid ounces is a {m} mL bottle? Use 29.57 mL per fl oz, round to 2 dp",
                "convert {m}ml into US fluid ounces (29.57 ml each), 2 dp", m=num(ml))
    return text, forms(ml / F("29.57"), 2)


@family
def cubic_meters_to_liters(rng: random.Random) -> Any:
    m3 = rnd(rng, "0.05", 30, "0.05")
    text = pick(rng, "How many litres is {v} cubic metres?",
                "{v} m³ in liters?", "convert {v} m3 of water to litres please", v=num(m3))
    value = m3 * 1000
    return text, forms(value, 0)


@family
def box_volume_liters(rng: random.Random) -> Any:
    a, b, c = rnd(rng, 10, 120, 1), rnd(rng, 10, 80, 1), rnd(rng, 5, 60, 1)
    text = pick(rng, "A box is {a} cm x {b} cm x {c} cm. What's its volume in litres? 2 decimals",
                "how many liters fit in a container {a}cm long, {b}cm wide and {c}cm deep? 2 dp",
                "Volume in L of a {a} by {b} by {c} cm planter? (1 L = 1000 cm³) round 2 dp",
                a=num(a), b=num(b), c=num(c))
    return text, forms(a * b * c / 1000, 2)


@family
def celsius_to_fahrenheit(rng: random.Random) -> Any:
    c = rnd(rng, -30, 45, "0.5")
    text = pick(rng, "{c}°C in Fahrenheit? one decimal",
                "What is {c} degrees Celsius in °F? Round to 1 decimal place.",
                "it's {c} C here today, what's that in F (1 dp)?", c=num(c))
    return text, forms(c * F(9, 5) + 32, 1)


@family
def fahrenheit_to_celsius(rng: random.Random) -> Any:
    f = rnd(rng, -20, 110, 1)
    text = pick(rng, "{f}°F to Celsius, 1 decimal please",
                "The forecast says {f} degrees Fahrenheit. What is that in Celsius? 1 dp",
                "convert {f} F to C (round to one decimal)", f=num(f))
    return text, forms((f - 32) * F(5, 9), 1)


@family
def oven_fahrenheit_to_celsius(rng: random.Random) -> Any:
    f = rnd(rng, 250, 500, 5)
    text = pick(rng, "Recipe says bake at {f}F. What's that in Celsius, to the nearest degree?",
                "My oven only shows °C - the recipe wants {f} °F. Nearest whole degree C?",
                f=num(f))
    return text, forms((f - 32) * F(5, 9), 0)


@family
def kelvin_to_celsius(rng: random.Random) -> Any:
    k = rnd(rng, 200, 400, "0.5")
    text = pick(rng, "{k} K in degrees Celsius? (0 °C = 273.15 K)",
                "Convert {k} kelvin to °C, using 273.15 as the offset", k=num(k))
    return text, forms(k - F("273.15"), 2)


@family
def temperature_change_c_to_f(rng: random.Random) -> Any:
    d = rnd(rng, "1.5", 30, "0.5")
    text = pick(rng, "The temperature rose by {d} °C. How big a rise is that in °F? (a change, "
                "not a temperature) 1 decimal",
                "A {d} degree Celsius increase equals how many Fahrenheit degrees? 1 dp",
                d=num(d))
    return text, forms(d * F(9, 5), 1)


@family
def square_meters_to_square_feet(rng: random.Random) -> Any:
    m2 = rnd(rng, 8, 400, "0.5")
    text = pick(rng, "{a} m² in square feet? 1 m² = 10.764 sq ft, round to 1 decimal",
                "Our flat is {a} square metres - how many sq ft is that? (10.764 ft² per m²) 1 dp",
                "convert {a} sqm to sq ft, one decimal, 1 m2 = 10.764 ft2", a=num(m2))
    return text, forms(m2 * F("10.764"), 1)


@family
def square_feet_to_square_meters(rng: random.Random) -> Any:
    ft2 = rnd(rng, 100, 5000, 10)
    text = pick(rng, "How many square metres is {a} sq ft? Use 1 m² = 10.764 ft². 2 decimals",
                "{a} square feet to m2, round to 2 dp (10.764 sq ft per sq m)",
                "the listing says {a} ft² - what's that in square meters? 1 m² = 10.764 ft², 2 dp",
                a=num(ft2))
    return text, forms(ft2 / F("10.764"), 2)


@family
def acres_to_hectares(rng: random.Random) -> Any:
    ac = rnd(rng, "0.5", 300, "0.5")
    text = pick(rng, "{a} acres in hectares? 1 acre = 0.4047 ha, 2 decimals",
                "How many hectares is a {a}-acre farm? (0.4047 ha per acre) round to 2 dp",
                a=num(ac))
    return text, forms(ac * F("0.4047"), 2)


@family
def hectares_to_acres(rng: random.Random) -> Any:
    ha = rnd(rng, 1, 200, "0.5")
    text = pick(rng, "convert {h} ha to acres, 1 hectare = 2.471 acres, 1 decimal",
                "How many acres is {h} hectares? Use 2.471 acres per ha, round to one decimal",
                h=num(ha))
    return text, forms(ha * F("2.471"), 1)


@family
def room_feet_to_square_meters(rng: random.Random) -> Any:
    a, b = rnd(rng, 8, 30, "0.5"), rnd(rng, 6, 25, "0.5")
    text = pick(rng, "My room is {a} ft by {b} ft. What's the floor area in m²? "
                "(1 ft = 0.3048 m) 2 decimals",
                "floor area in square metres of a {a}' x {b}' bedroom? 1 foot = 0.3048 m, 2 dp",
                a=num(a), b=num(b))
    return text, forms(a * b * F("0.3048") ** 2, 2)


@family
def square_km_to_square_miles(rng: random.Random) -> Any:
    km2 = rnd(rng, 5, 5000, 5)
    text = pick(rng, "{a} km² in square miles? 1 sq mi = 2.59 km², 1 decimal",
                "The park covers {a} square kilometres. How many square miles (2.59 km² "
                "each)? 1 dp",
                a=num(km2))
    return text, forms(km2 / F("2.59"), 1)


@family
def teaspoons_to_ml(rng: random.Random) -> Any:
    tsp = rnd(rng, "0.5", 12, "0.5")
    tbsp = rnd(rng, 1, 6, 1)
    text = pick(rng, "How many mL is {t} tsp plus {b} tbsp? (1 tsp = 5 mL, 1 tbsp = 15 mL)",
                "{b} tablespoons and {t} teaspoons in millilitres? tsp = 5 ml, tbsp = 15 ml",
                t=num(tsp), b=num(tbsp))
    return text, forms(tsp * 5 + tbsp * 15, 1)


@family
def liters_per_person_party(rng: random.Random) -> Any:
    people = rng.randint(6, 60)
    ml = rnd(rng, 150, 600, 50)
    bottle = rng.choice([F("1.5"), F(2), F(1), F("0.75")])
    text = pick(rng, "{p} guests, each drinks about {m} ml of juice. How many {b} L bottles do "
                "I need (whole bottles)?",
                "Party for {p}: {m}mL of soda per person, sold in {b}-litre bottles. How many "
                "bottles to buy?", p=people, m=num(ml), b=num(bottle))
    need = people * ml / 1000 / bottle
    count = -(-need.numerator // need.denominator)
    return text, [str(count), f"{count} bottles"]


@family
def cups_to_ml(rng: random.Random) -> Any:
    cups = rnd(rng, "0.25", 8, "0.25")
    text = pick(rng, "How many ml is {c} cups? (1 cup = 240 mL)",
                "{c} cups of milk in millilitres, using 240 ml per cup?",
                "convert {c} c to mL, 1 cup = 240 ml", c=num(cups))
    return text, forms(cups * 240, 1)


@family
def gallons_per_minute_to_lps(rng: random.Random) -> Any:
    gpm = rnd(rng, 2, 120, "0.5")
    text = pick(rng, "My pump does {g} gallons per minute. What's that in litres per second? "
                "(1 US gal = 3.785 L) 3 decimals",
                "{g} gpm to L/s please, 3 dp, 3.785 litres per gallon", g=num(gpm))
    return text, forms(gpm * F("3.785") / 60, 3)


@family
def swimming_pool_volume(rng: random.Random) -> Any:
    a, b, d = rnd(rng, 4, 25, "0.5"), rnd(rng, 2, 12, "0.5"), rnd(rng, "0.8", "2.5", "0.1")
    text = pick(rng, "How many litres of water does a {a} m x {b} m pool, {d} m deep, hold?",
                "pool is {a}m long, {b}m wide, {d}m deep - volume in liters?",
                a=num(a), b=num(b), d=num(d))
    return text, forms(a * b * d * 1000, 0)


@family
def cubic_feet_to_liters(rng: random.Random) -> Any:
    cf = rnd(rng, 1, 30, "0.1")
    text = pick(rng, "A fridge is {c} cu ft. How many litres is that? 1 ft³ = 28.317 L, 1 decimal",
                "{c} cubic feet to liters, 1 dp (28.317 L per cubic foot)", c=num(cf))
    return text, forms(cf * F("28.317"), 1)


@family
def body_temp_f_fever(rng: random.Random) -> Any:
    f = rnd(rng, "97.0", "104.5", "0.1")
    text = pick(rng, "my kid's temp is {f} F, what is it in C? 1 decimal",
                "Thermometer reads {f}°F. Convert to Celsius, one decimal place.", f=num(f))
    return text, forms((f - 32) * F(5, 9), 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    liters_to_us_gallons, gallons_to_liters, imperial_pints_to_liters, fl_oz_to_ml, ml_to_fl_oz,
    cubic_meters_to_liters, box_volume_liters, celsius_to_fahrenheit, fahrenheit_to_celsius,
    oven_fahrenheit_to_celsius, kelvin_to_celsius, temperature_change_c_to_f,
    square_meters_to_square_feet, square_feet_to_square_meters, acres_to_hectares,
    hectares_to_acres, room_feet_to_square_meters, square_km_to_square_miles, teaspoons_to_ml,
    liters_per_person_party, cups_to_ml, gallons_per_minute_to_lps, swimming_pool_volume,
    cubic_feet_to_liters, body_temp_f_fever)]
