"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 21: signs for river
levels and group prices, and screenshots of ink, lifts, appliances and filling a paddling pool.
"""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, family, money, number, shot, sign, span
from bench.data.agents.helpers import Family


@family
def river_alert(rng: random.Random) -> Made:
    level = rng.randint(180, 420)
    alert = level + rng.randint(15, 90)
    rise = rng.randint(2, 9)
    words = ["FLOOD WATCH", f"RIVER LEVEL {level / 100:.2f} M", f"ALERT AT {alert / 100:.2f} M"]
    return (f"The river's rising about {rise} cm an hour. How many hours until it reaches the "
            "alert level on the sign? one decimal", [number(Fraction(alert - level, rise), 1)],
            sign(rng, words))


@family
def group_discount(rng: random.Random) -> Made:
    price = rng.randint(5, 25)
    size = rng.choice([8, 10, 12, 15])
    pct = rng.choice([10, 15, 20, 25])
    cur = rng.choice(["$", "£", "€"])
    people = rng.choice([rng.randint(3, size - 1), rng.randint(size, size + 12)])
    value = Fraction(price * people * (100 - pct if people >= size else 100), 100)
    words = ["BOAT TRIPS", f"{cur}{price} PER PERSON", f"GROUPS OF {size}+ SAVE {pct}%"]
    return (f"There are {people} of us. What will the boat trip cost in total?",
            [money(value)], sign(rng, words))


@family
def ink_cost_page(rng: random.Random) -> Made:
    pages = rng.randrange(180, 2500, 10)
    price = rng.randint(999, 5999)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Cartridge: {cur}{price / 100:.2f}", f"Yield: about {pages:,} pages",
            "Colour: black"]
    value = Fraction(price, pages)
    return ("Roughly how many cents (or pence) per page does this cartridge work out at? two "
            "decimals", [number(value, 2)], shot(rng, "Ink Shop", rows))


@family
def lift_descent(rng: random.Random) -> Made:
    floor = rng.randint(5, 40)
    height = Fraction(rng.randint(28, 42), 10)
    speed = Fraction(rng.randint(10, 40), 10)
    rows = [f"Current floor: {floor}", f"Floor height: {float(height):.1f} m",
            f"Lift speed: {float(speed):.1f} m/s"]
    return ("Ignoring stops and speeding up, how many seconds does the lift take to get from "
            "here down to the ground floor (floor 0)? one decimal",
            [number(floor * height / speed, 1)], shot(rng, "Lift Panel", rows))


@family
def appliance_year_cost(rng: random.Random) -> Made:
    kwh = Fraction(rng.randint(50, 250), 100)
    price = Fraction(rng.randint(12, 45), 100)
    per_week = rng.randint(2, 10)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Energy per cycle: {float(kwh):.2f} kWh", f"Cycles per week: {per_week}",
            f"Tariff: {cur}{float(price):.2f}/kWh"]
    return ("Over 52 weeks, what does running this dishwasher cost in electricity? nearest cent",
            [money(kwh * price * per_week * 52)], shot(rng, "Appliance Stats", rows))


@family
def fill_pool_time(rng: random.Random) -> Made:
    a, b = Fraction(rng.randint(15, 40), 10), Fraction(rng.randint(10, 30), 10)
    d = Fraction(rng.randint(3, 9), 10)
    flow = rng.randint(8, 30)
    minutes = a * b * d * 1000 / flow
    rows = [f"Pool: {float(a):.1f} x {float(b):.1f} m", f"Water depth: {float(d):.1f} m",
            f"Hose flow: {flow} L/min"]
    if abs(minutes - int(minutes) - Fraction(1, 2)) < Fraction(1, 20):
        return None
    return ("How long will it take to fill the paddling pool to that depth with the hose? "
            "Nearest minute.", [span(round(minutes))], shot(rng, "Pool Planner", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    river_alert, group_discount, ink_cost_page, lift_descent, appliance_year_cost,
    fill_pool_time)]
