"""Round 16 multi-part families (``L_m_*``, dev now), continued from
``heldout16_multi_health``: unit conversions used again: cooking, travel, fitness."""

from __future__ import annotations

from bench.data.agents.heldout16_multi_common import (
    FOOT,
    GALLON,
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Family,
    clock,
    dec,
    deg_c,
    deg_f,
    fam,
    forms,
    kg,
    km,
    num,
    random,
    safe,
    unit,
)
from bench.data.agents.heldout16_multi_health import grams, litres

HEALTH_2: list[Family] = []
add = fam(HEALTH_2)


# --- units used again -------------------------------------------------------------------


@add
def oven_f_and_time(rng: random.Random):  # a US recipe: oven in Celsius, and an end time
    f = rng.choice([325, 350, 375, 400, 425, 450])
    c = (F(f) - 32) * 5 / 9
    mins = rng.choice([35, 40, 45, 50, 55, 65, 75])
    start = rng.randint(16 * 60, 18 * 60) // 5 * 5
    h, m = divmod(start, 60)
    if not safe(c):
        return None
    return (f"american recipe says bake at {f}F for {mins} minutes. what's that in C for my oven,"
            f" and if it goes in at {h}:{m:02d} when is it done?", [deg_c(c),
                                                                  clock(start + mins)])


@add
def turkey_kg_time(rng: random.Random):  # a turkey in pounds: kilograms and cooking time
    lb = rng.randint(8, 24)
    w = lb * LB
    per = rng.choice([40, 45])
    mins = w * per
    if not safe(w, mins):
        return None
    return (f"the turkey is {lb} lb. how many kg is that, and at {per} minutes per kg how many "
            "minutes does it need?", [kg(w), [f"{v} minutes" for v in forms(mins)] + [
                f"{v} min" for v in forms(mins)]])


@add
def recipe_ounces_scaled(rng: random.Random):  # ounces of flour to grams, then doubled
    oz = rng.randint(4, 20)
    g = oz * OZ
    if not safe(g, 2 * g):
        return None
    return (f"recipe needs {oz} oz of flour. how many grams is that, and how much if I double "
            "the recipe?", [grams(g), grams(2 * g)])


@add
def gallons_cost(rng: random.Random):  # filling a tank in gallons: litres and cost
    gal = rng.randint(8, 20)
    price = F(rng.randint(150, 199), 100)
    lit = gal * GALLON
    if not safe(lit, lit * price):
        return None
    return (f"my tank holds {gal} US gallons. how many litres is that, and what does a full tank"
            f" cost at €{float(price):.2f} per litre?", [litres(lit),
                                                         [*num(lit * price),
                                                          *(f"€{v}" for v in num(lit * price)),
                                                          *(f"{v} €" for v in num(lit * price)),
                                                          *(f"{v} euros" for v in num(
                                                              lit * price))]])


@add
def mpg_to_l100(rng: random.Random):  # miles per gallon to litres per 100 km, then a trip
    mpg = rng.randint(22, 55)
    l100 = 100 * GALLON / (mpg * MILE)
    trip = rng.randint(100, 900)
    used = l100 * trip / 100
    if not safe(l100, used):
        return None
    return (f"car does {mpg} mpg (US). what's that in L/100km and how many litres for a {trip} km"
            " drive?", [[f"{v} L/100km" for v in forms(l100)] + [
                f"{v} L/100 km" for v in forms(l100)] + [
                f"{v} litres per 100 km" for v in forms(l100)], litres(used)])


@add
def marathon_pace(rng: random.Random):  # a race distance in miles: km, and the pace needed
    mi = rng.choice([F(131, 10), F(262, 10), F(62, 10), F(31, 10)])
    k = mi * MILE
    mins = rng.randint(int(4 * k), int(8 * k))
    pace = mins / k
    if not safe(k, pace):
        return None
    return (f"race is {dec(mi)} miles and I want to finish in {mins} minutes. distance in km? "
            "pace in "
            "min per km?", [km(k), [f"{v} min/km" for v in forms(pace)] + [
                f"{v} minutes per km" for v in forms(pace)] + forms(pace)])


@add
def room_feet_to_m2(rng: random.Random):  # a room in feet: square metres and flooring cost
    a, b = rng.randint(8, 20), rng.randint(8, 20)
    area = a * b * FOOT * FOOT
    price = rng.randint(15, 60)
    if not safe(area, area * price):
        return None
    return (f"bedroom is {a} ft by {b} ft. area in square metres? laminate is €{price}/m², so the "
            "cost?", [unit(area, "m²", "m2", "square metres", "square meters", "sq m"),
                      [*(f"€{v}" for v in forms(area * price)), *(f"{v} €" for v in forms(
                          area * price)), *(f"{v} euros" for v in forms(area * price)),
                       *(f"{v} EUR" for v in forms(area * price))]])


@add
def height_cm_to_feet(rng: random.Random):  # a height in cm to feet, and inches total
    h = rng.randint(150, 200)
    inches = F(h, 100) / INCH
    feet = inches / 12
    if not safe(inches, feet):
        return None
    return (f"how tall is {h} cm in inches? and in feet (decimal is fine)?",
            [unit(inches, "in", "inches", "\""), unit(feet, "ft", "feet")])


@add
def luggage_limit(rng: random.Random):  # a bag in pounds against a 23 kg limit
    lb = rng.randint(35, 65)
    w = lb * LB
    diff = abs(23 - w)
    if not safe(w, diff):
        return None
    return (f"my suitcase weighs {lb} lb on my scale. how many kg is that and how far am I from "
            "the 23 kg allowance?", [kg(w), kg(diff)])


@add
def pool_volume(rng: random.Random):  # a pool's volume in litres and gallons
    ln, w, d = rng.randint(4, 12), rng.randint(2, 6), F(rng.randint(10, 20), 10)
    m3 = ln * w * d
    lit = m3 * 1000
    gal = lit / GALLON
    if not safe(gal):
        return None
    return (f"pool is {ln} m long, {w} m wide and {dec(d)} m deep. how many litres of "
            "water, and how "
            "many US gallons?", [litres(lit), unit(gal, "gal", "gallons", "US gallons")])


@add
def speed_ms_kmh(rng: random.Random):  # a sprint: m/s, then km/h and mph
    d, t = rng.choice([60, 100, 200, 400]), F(rng.randint(100, 700), 10)
    v = d / t
    kmh = v * F(18, 5)
    if not safe(v, kmh):
        return None
    return (f"ran {d} m in {dec(t)} seconds. average speed in m/s and in km/h?",
            [unit(v, "m/s", "metres per second", "meters per second"),
             unit(kmh, "km/h", "kilometres per hour", "kilometers per hour", "kph")])


@add
def fabric_yards(rng: random.Random):  # yards of fabric to metres, and cost
    yd = rng.randint(2, 12)
    m = yd * FOOT * 3
    p = rng.randint(6, 25)
    if not safe(m, m * p):
        return None
    return (f"pattern calls for {yd} yards of fabric. how many metres is that, and what would it "
            f"cost at £{p} a metre?", [unit(m, "m", "metres", "meters"),
                                      [*(f"£{v}" for v in forms(m * p)), *(
                                          f"{v} pounds" for v in forms(m * p)), *(
                                          f"{v} GBP" for v in forms(m * p))]])


@add
def fahrenheit_weather_diff(rng: random.Random):  # two cities' temperatures compared in C
    c = rng.randint(-5, 32)
    f = rng.randint(40, 100)
    fc = (F(f) - 32) * 5 / 9
    if not safe(fc, fc - c):
        return None
    return (f"it's {c}°C here and {f}°F where my sister lives. what's hers in celsius and how "
            "much warmer or colder is it there?", [deg_c(fc), num(abs(fc - c)) + [
                f"{v} °C" for v in forms(abs(fc - c))] + [
                f"{v} degrees" for v in forms(abs(fc - c))]])


@add
def body_temp_c_to_f(rng: random.Random):  # two temperatures in Celsius to Fahrenheit
    a, b = F(rng.randint(360, 405), 10), F(rng.randint(360, 405), 10)
    if a == b:
        return None
    fa, fb = a * 9 / 5 + 32, b * 9 / 5 + 32
    if not safe(fa, fb):
        return None
    return (f"my son was {dec(a)} this morning and {dec(b)} tonight (celsius). can you give "
            "me both in "
            "fahrenheit for the US nurse line?", [deg_f(fa), deg_f(fb)])
