"""Round 11 (``Q_u_*``, dev now) for ``muse bench agents``: more unit conversions asked in
passing (clothes sizes, kitchen volumes, car weight, room area, kelvin, minutes, pints,
speed, food energy) and kitchen, travel and household quantities. The answer forms come
from :mod:`bench.data.agents.heldout10_units`."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout10_units import (
    INCH,
    LB,
    MILE,
    SQ_FT,
    UK_PINT,
    US_CUP,
    clock,
    conv,
    families,
    near_tie,
    show,
    spoken,
    with_unit,
)
from bench.data.agents.helpers import Family, Item, both, item

F = Fraction


def q_waist_inches(rng: random.Random) -> Item | None:  # a waist in cm to inches
    cm = rng.randint(60, 120)
    return conv("Q_u_waist_inches", f"jeans here are sized in inches, my waist is {cm} cm - "
                "what's that in inches?", F(cm, 100) / INCH, "in", "inches", '"')


def q_ml_cups(rng: random.Random) -> Item | None:  # millilitres to US cups
    ml = rng.choice(range(50, 1000, 25))
    return conv("Q_u_ml_cups", f"How many US cups is {ml} ml?", ml / US_CUP, "cups", "cup")


def q_car_lb(rng: random.Random) -> Item | None:  # tonnes to pounds
    tonnes = F(rng.randint(8, 35), 10)
    return conv("Q_u_car_lb", f"the car weighs {show(tonnes)} tonnes, what's that in pounds?",
                tonnes * 1000 / LB, "lb", "lbs", "pounds")


def q_room_sqft(rng: random.Random) -> Item | None:  # square metres to square feet
    m2 = F(rng.randint(60, 400), 10)
    return conv("Q_u_room_sqft", f"Bedroom is {show(m2)} m². How many square feet?", m2 / SQ_FT,
                "sq ft", "ft²", "ft2", "square feet")


def q_celsius_k(rng: random.Random) -> Item | None:  # celsius to kelvin
    c = F(rng.randint(-400, 1000), 10)
    return conv("Q_u_celsius_k", f"what's {show(c)} degrees C in kelvin?", c + F("273.15"),
                "K", "kelvin")


def q_minutes_hours(rng: random.Random) -> Item | None:  # minutes to decimal hours
    minutes = rng.randint(70, 900)
    if minutes % 60 == 0:
        return None
    return conv("Q_u_minutes_hours", f"{minutes} minutes is how many hours? decimal please",
                F(minutes, 60), "hours", "h", "hrs")


def q_litres_pints(rng: random.Random) -> Item | None:  # litres to UK pints
    litres = F(rng.randint(5, 60), 2)
    return conv("Q_u_litres_pints", f"Got a {show(litres)} litre keg - how many (UK) pints is "
                "that?", litres / UK_PINT, "pints", "pt")


def q_mph_ms(rng: random.Random) -> Item | None:  # mph to metres per second
    mph = rng.randint(10, 90)
    return conv("Q_u_mph_ms", f"convert {mph} mph to metres per second", mph * MILE / 3600,
                "m/s", "metres per second", "meters per second")


def q_kcal_kwh(rng: random.Random) -> Item | None:  # food energy to kilowatt-hours
    kcal = rng.choice(range(1200, 3600, 50))
    return conv("Q_u_kcal_kwh", f"Just curious: {kcal} kcal of food is how many kWh?",
                kcal * F("4.184") / 3600, "kWh", "kilowatt-hours", "kilowatt hours")


def whole(name: str, text: str, value: int, *units: str) -> Item:
    return item(name, "calc", text, [with_unit([str(value)], *units)])


def q_rice_portions(rng: random.Random) -> Item | None:  # portions from a bag
    bag, portion = rng.choice([F(1), F(2), F(5, 2), F(5)]), rng.choice([60, 65, 70, 75, 80, 90])
    return whole("Q_u_rice_portions", f"if one portion is {portion} g of dry rice, how many full "
                 f"portions are in a {show(bag)} kg bag?", int(bag * 1000 // portion), "portions")


def q_price_100g(rng: random.Random) -> Item | None:  # price per 100 g of a pack
    grams = rng.choice([150, 180, 200, 250, 340, 400, 454, 500, 750])
    price = F(rng.randint(99, 899), 100)
    value = price * 100 / grams
    if near_tie(value):
        return None
    text = f"A {grams} g jar costs {float(price):.2f}. What's that per 100 g?"
    return item("Q_u_price_100g", "calc", text, [both(float(value))])


def q_tank_range(rng: random.Random) -> Item | None:  # how far a full tank goes
    litres, rate = rng.randint(35, 80), F(rng.randint(42, 98), 10)
    return conv("Q_u_tank_range", f"{litres} L tank and the car averages {show(rate)} L/100km. "
                "how far can I get on a full tank?", litres * 100 / rate, "km", "kilometres",
                "kilometers")


def q_pool_lengths(rng: random.Random) -> Item | None:  # lengths needed for a swim distance
    pool, metres = rng.choice([20, 25, 33, 50]), rng.choice(range(400, 3100, 100))
    return whole("Q_u_pool_lengths", f"the pool is {pool} m. how many lengths do I need to swim "
                 f"at least {metres} m?", -(-metres // pool), "lengths")


def q_oven_done(rng: random.Random) -> Item | None:  # when something comes out of the oven
    hour, minute = rng.randint(13, 19), rng.choice([5, 10, 20, 25, 40, 50])
    bake = rng.choice([35, 45, 55, 75, 90, 105])
    total = hour * 60 + minute + bake
    return item("Q_u_oven_done", "calc", f"Put the lasagne in at {spoken(hour, minute)} and it "
                f"needs {bake} minutes. When do I take it out?", [clock(total // 60, total % 60)])


def q_soup_tubs(rng: random.Random) -> Item | None:  # containers to hold a batch
    litres, tub = F(rng.randint(15, 90), 10), rng.choice([300, 400, 500, 600, 750, 1000])
    return whole("Q_u_soup_tubs", f"made {show(litres)} litres of soup, freezing it in {tub} ml "
                 "tubs - how many tubs do I need?", -(-int(litres * 1000) // tub), "tubs")


def q_speed_needed(rng: random.Random) -> Item | None:  # the average speed a deadline needs
    km, hours = rng.randint(30, 400), rng.randint(1, 4)
    minutes = rng.choice([10, 15, 20, 40, 45, 50])
    if not 30 <= F(km * 60, hours * 60 + minutes) <= 130:
        return None
    return conv("Q_u_speed_needed", f"Need to cover {km} km in {hours} h {minutes} min. What "
                "average speed is that?", F(km * 60, hours * 60 + minutes), "km/h", "kph")


def q_soup_portion(rng: random.Random) -> Item | None:  # a batch shared out
    litres, people = F(rng.randint(12, 60), 10), rng.randint(3, 12)
    return conv("Q_u_soup_portion", f"There's {show(litres)} L of soup for {people} people. How "
                "many ml each?", litres * 1000 / people, "ml", "mL", "millilitres")


def q_lawn_seed(rng: random.Random) -> Item | None:  # grass seed for a lawn
    area, rate = rng.randint(12, 200), rng.choice([25, 30, 35, 40, 50])
    return conv("Q_u_lawn_seed", f"lawn is {area} square metres and the seed goes down at "
                f"{rate} g per square metre. how many kg of seed?", F(area * rate, 1000), "kg",
                "kilograms", "kilos")


def q_fridge_year(rng: random.Random) -> Item | None:  # yearly energy of an appliance
    daily = F(rng.randint(3, 25), 10)
    return conv("Q_u_fridge_year", f"our fridge uses {show(daily)} kWh a day. how many kWh is "
                "that over a (365-day) year?", daily * 365, "kWh", "kilowatt-hours")


FAMILIES: list[tuple[Family, int]] = families(
    q_waist_inches, q_ml_cups, q_car_lb, q_room_sqft, q_celsius_k, q_minutes_hours,
    q_litres_pints, q_mph_ms, q_kcal_kwh, q_rice_portions, q_price_100g, q_tank_range,
    q_pool_lengths, q_oven_done, q_soup_tubs, q_speed_needed, q_soup_portion, q_lawn_seed,
    q_fridge_year)
