"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 11: more receipt and
sign questions (unit prices, reverse look-ups, payment splits)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_read import (
    Made,
    family,
    money,
    number,
    sign,
    tie,
)
from bench.data.agents.heldout17_read_4 import (
    EN,
)
from bench.data.agents.helpers import Family


@family
def sign_ice_cream(rng: random.Random) -> Made:
    one, two, extra = rng.randint(250, 350), rng.randint(400, 550), rng.choice([50, 75, 100])
    a, b = rng.randint(1, 3), rng.randint(1, 3)
    sprinkles = rng.randint(1, a + b)
    value = a * one + b * two + sprinkles * extra
    return (
        f"{EN[a].title()} single scoop{'s' * (a > 1)}, {EN[b]} double scoop{'s' * (b > 1)}, "
        f"and {EN[sprinkles]} of the cones get sprinkles. How much?",
        [money(value, True)],
        sign(
            rng,
            [
                f"1 SCOOP ${one / 100:.2f}",
                f"2 SCOOPS ${two / 100:.2f}",
                f"SPRINKLES +${extra / 100:.2f}",
            ],
        ),
    )


@family
def sign_hourly_minimum(rng: random.Random) -> Made:
    rate, minimum = rng.choice([(250, 2), (300, 2), (400, 1), (350, 2), (200, 3)])
    minutes = rng.choice([40, 75, 100, 130, 200, 250])
    hours = max(minimum, math.ceil(minutes / 60))
    return (
        f"If I use a kayak for {minutes} minutes, what will it cost? It's charged per started "
        "hour.",
        [money(rate * hours, True)],
        sign(
            rng,
            [
                "KAYAK HIRE",
                f"${rate / 100:.2f} PER HOUR",
                f"MINIMUM {minimum} HOUR" + ("S" if minimum > 1 else ""),
            ],
        ),
    )


@family
def sign_weight_shipping(rng: random.Random) -> Made:
    base, per = rng.choice([(500, 150), (450, 200), (600, 125), (399, 100)])
    kg = rng.randint(2, 9)
    value = base + per * (kg - 1)
    return (
        f"How much to send a {kg} kg box according to this counter sign?",
        [money(value, True)],
        sign(rng, ["PARCELS", f"FIRST KG ${base / 100:.2f}", f"EACH EXTRA KG ${per / 100:.2f}"]),
    )


@family
def sign_speed_time(rng: random.Random) -> Made:
    limit, km = rng.choice([50, 60, 80, 90, 100, 110, 120]), rng.randint(8, 60)
    value = Fraction(km * 60, limit)
    if tie(value, 0):
        return None
    town = rng.choice(["ASHFORD", "KENDAL", "DURHAM", "SALEM"])
    return (
        "If I drive exactly at the speed limit the whole way, how many minutes to get there? "
        "Nearest minute.",
        [[f"{t} minutes" for t in number(value)] + [f"{t} min" for t in number(value)]],
        sign(rng, [f"SPEED LIMIT {limit} KM/H", f"{town} {km} KM"]),
    )


@family
def sign_hours_today(rng: random.Random) -> Made:
    wk_open, wk_close = rng.choice([7, 8, 9]), rng.choice([6, 7, 8, 9])
    sat_open, sat_close = rng.choice([9, 10]), rng.choice([4, 5, 6])
    sunday = rng.choice(["SUN CLOSED", f"SUN 11AM - {rng.choice([3, 4, 5])}PM"])
    ask = rng.choice(["Wednesday", "Saturday"])
    end = f"{wk_close}PM" if ask == "Wednesday" else f"{sat_close}PM"
    return (
        f"What time does this shop close on {ask}?",
        [[end.lower(), end.lower().replace("pm", ":00pm"), f"{int(end[:-2]) + 12}:00"]],
        sign(
            rng,
            [
                "OPENING HOURS",
                f"MON - FRI {wk_open}AM - {wk_close}PM",
                f"SAT {sat_open}AM - {sat_close}PM",
                sunday,
            ],
        ),
    )


@family
def sign_stall_change(rng: random.Random) -> Made:
    jam, eggs = rng.randint(3, 6), rng.choice([2, 3, 4])
    j, e = rng.randint(1, 3), rng.randint(1, 3)
    note = 20 if j * jam + e * eggs < 20 else 50
    return (
        f"honesty box at the farm stall: taking {EN[j]} jar{'s' * (j > 1)} of jam and {EN[e]} "
        f"dozen eggs, I've only got a ${note} note. how much change do I take out of the box?",
        [money(note - j * jam - e * eggs)],
        sign(rng, ["FARM STALL", f"JAM ${jam} A JAR", f"EGGS ${eggs} A DOZEN", "HONESTY BOX"]),
    )


@family
def sign_kmh_to_mph(rng: random.Random) -> Made:
    limit = rng.choice([30, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    value = Fraction(limit) / Fraction(1609344, 1000000)
    if tie(value, 0):
        return None
    return (
        "I'm from the US and just crossed into Canada, what's this limit in mph? round it",
        [[f"{t} mph" for t in number(value)] + number(value)],
        sign(rng, ["MAXIMUM", str(limit), "KM/H"]),
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        sign_ice_cream,
        sign_hourly_minimum,
        sign_weight_shipping,
        sign_speed_time,
        sign_hours_today,
        sign_stall_change,
        sign_kmh_to_mph,
    )
]
