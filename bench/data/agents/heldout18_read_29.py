"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 29: a family's flight
total from a booking screen, e-scooter minutes from a sign, and a pool chlorine dose."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, count, family, money, number, shot, sign
from bench.data.agents.helpers import Family


@family
def family_fare(rng: random.Random) -> Made:
    adult = rng.randrange(6000, 40000, 100)
    pct = rng.choice([50, 60, 75, 80])
    bag = rng.choice([2500, 3000, 3500, 4500])
    adults, kids, bags = rng.randint(1, 2), rng.randint(1, 3), rng.randint(1, 4)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Adult fare: {cur}{adult / 100:.2f}", f"Child fare: {pct}% of adult",
            f"Checked bag: {cur}{bag / 100:.2f} each"]
    value = Fraction(adult * adults, 100) + Fraction(adult * pct * kids, 10000) + Fraction(
        bag * bags, 100)
    return (f"We're {adults} adult{'s' * (adults > 1)} and {kids} kid{'s' * (kids > 1)} with "
            f"{bags} checked bag{'s' * (bags > 1)}. What's the total for the booking?",
            [money(value)], shot(rng, "Flight Booking", rows))


@family
def scooter_minutes(rng: random.Random) -> Made:
    unlock = rng.choice([50, 100, 150, 200])
    per = rng.choice([12, 15, 18, 20, 25, 29, 35])
    cur = rng.choice(["£", "€", "$"])
    budget = rng.choice([5, 8, 10, 12, 15, 20])
    left = budget * 100 - unlock
    if left % per == 0:
        return None
    words = ["E-SCOOTERS", f"UNLOCK {cur}{unlock / 100:.2f}", f"THEN {cur}0.{per:02d} PER MIN"]
    return (f"If I've got {cur}{budget} to spend, how many whole minutes can I ride for?",
            [count(left // per, "minutes")], sign(rng, words))


@family
def chlorine_dose(rng: random.Random) -> Made:
    now = Fraction(rng.randint(0, 15), 10)
    target = Fraction(rng.randint(20, 30), 10)
    grams = rng.choice([10, 12, 15, 18, 20])
    volume = rng.randrange(8000, 60000, 1000)
    rows = [f"Chlorine now: {float(now):.1f} ppm", f"Target: {float(target):.1f} ppm",
            f"Pool volume: {volume:,} L", f"{grams} g raises 1 ppm per 10,000 L"]
    value = (target - now) * grams * Fraction(volume, 10000)
    if math.isclose(float(value) % 1, 0.5, abs_tol=0.05):
        return None
    return ("How many grams of chlorine do I add to bring it up to target? Nearest gram.",
            [number(round(value))], shot(rng, "Pool Care", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (family_fare, scooter_minutes,
                                                          chlorine_dose)]
