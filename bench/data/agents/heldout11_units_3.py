"""Held-out round 11 (``Q_u_*``) for ``muse bench agents``: more unit conversions asked in
passing (clothes sizes, kitchen volumes, car weight, room area, kelvin, minutes, pints,
speed, food energy). The answer forms come from :mod:`bench.data.agents.heldout10_units`."""

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
    conv,
    families,
    show,
)
from bench.data.agents.helpers import Family, Item

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


FAMILIES: list[tuple[Family, int]] = families(
    q_waist_inches, q_ml_cups, q_car_lb, q_room_sqft, q_celsius_k, q_minutes_hours,
    q_litres_pints, q_mph_ms, q_kcal_kwh)
