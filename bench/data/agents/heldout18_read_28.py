"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 28: a road-closure sign
counted in days, and screenshots of plant-feed dilution and scaling a cake to a bigger tin."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import MONTHS, Made, count, family, number, shot, sign
from bench.data.agents.helpers import Family


@family
def closure_days(rng: random.Random) -> Made:
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
    length = rng.randint(3, 60)
    end = start + dt.timedelta(days=length - 1)
    def short(day: dt.date) -> str:
        return f"{day.day} {MONTHS[day.month - 1][:3].upper()}"

    words = ["ROAD CLOSED", f"{short(start)} - {short(end)}", "DIVERSION IN PLACE"]
    return ("Counting both the first and the last day, how many days is this road shut for? "
            "(all dates are this year)", [count(length, "days")], sign(rng, words))


@family
def dilution_ml(rng: random.Random) -> Made:
    dose = rng.choice([5, 10, 15, 20, 25, 30])
    per = rng.choice([1, 2, 4, 5])
    can = Fraction(rng.randint(3, 20), 2)
    rows = ["Tomato feed", f"Mix {dose} ml per {per} L of water", "Use weekly"]
    return (f"My watering can holds {float(can):g} litres. How many ml of feed go in? one "
            "decimal", [number(dose * can / per, 1)], shot(rng, "Garden App", rows))


@family
def tin_scale(rng: random.Random) -> Made:
    small, big = rng.choice([(18, 20), (18, 23), (20, 23), (20, 24), (20, 25), (23, 28),
                             (15, 20)])
    flour = rng.randrange(150, 400, 25)
    rows = ["Victoria sponge", f"Tin: {small} cm round", f"Flour: {flour} g", "Eggs: 4"]
    value = Fraction(flour * big * big, small * small)
    return (f"I only have a {big} cm round tin. If I scale the recipe by the tin's area, how "
            "many grams of flour do I need? Nearest gram.", [number(value)],
            shot(rng, "Baking", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (closure_days, dilution_ml, tin_scale)]
