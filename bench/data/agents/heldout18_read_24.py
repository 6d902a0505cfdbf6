"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 24: screenshots that
need a little geometry or physics: reaction distance, ramps, ladders, garden edging, pizzas."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, Tie, family, number, shot
from bench.data.agents.helpers import Family


def safe(value: float, places: int) -> float:
    """The value, or Tie when it sits too near a rounding boundary at `places` decimals."""
    scaled = value * 10**places
    if abs(scaled - math.floor(scaled) - 0.5) < 0.02:
        raise Tie(value)
    return round(value, places)


@family
def reaction_distance(rng: random.Random) -> Made:
    speed = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    react = Fraction(rng.randint(7, 25), 10)
    rows = [f"Speed: {speed} km/h", f"Your reaction time: {float(react):.1f} s", "Road: dry"]
    return ("How many metres would the car travel during my reaction time, before I even hit "
            "the brake? One decimal.", [number(Fraction(speed * 1000, 3600) * react, 1)],
            shot(rng, "Driving Test App", rows))


@family
def ramp_angle(rng: random.Random) -> Made:
    rise = rng.randint(10, 90)
    run = rise * rng.randint(6, 20) + rng.randint(-5, 5)
    rows = [f"Rise: {rise} cm", f"Run (horizontal): {run} cm", "Surface: non-slip"]
    value = safe(math.degrees(math.atan2(rise, run)), 1)
    return ("What angle does this ramp make with the ground, in degrees to one decimal?",
            [number(Fraction(str(value)), 1)], shot(rng, "Ramp Builder", rows))


@family
def ladder_height(rng: random.Random) -> Made:
    length = Fraction(rng.randint(30, 90), 10)
    foot = Fraction(rng.randint(5, int(length * 10) // 3), 10)
    rows = [f"Ladder length: {float(length):.1f} m", f"Foot from wall: {float(foot):.1f} m",
            "Max load: 150 kg"]
    value = safe(math.sqrt(float(length**2 - foot**2)), 2)
    return ("How high up the wall will the top of the ladder reach? metres, 2 decimals",
            [number(Fraction(str(value)), 2)], shot(rng, "Ladder Safety", rows))


@family
def edging_length(rng: random.Random) -> Made:
    diameter = Fraction(rng.randint(8, 60), 10)
    rows = ["Round flower bed", f"Diameter: {float(diameter):.1f} m", "Edging: steel"]
    value = safe(math.pi * float(diameter), 1)
    return ("How many metres of edging go all the way round this bed? One decimal.",
            [number(Fraction(str(value)), 1)], shot(rng, "Garden Plan", rows))


@family
def pizza_value(rng: random.Random) -> Made:
    small, big = rng.choice([(10, 14), (12, 16), (12, 18), (14, 18)])
    ps = rng.randint(799, 1499)
    pb = rng.randint(ps + 300, ps + 1200)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"{small} inch pizza: {cur}{ps / 100:.2f}", f"{big} inch pizza: {cur}{pb / 100:.2f}"]
    per = {s: p / (math.pi * (s / 2) ** 2) for s, p in ((small, ps), (big, pb))}
    best = min(per, key=per.get)
    if abs(per[small] - per[big]) < 0.05:
        return None
    value = safe(per[best], 2)
    return ("Which size gives more pizza for the money, and what's its price per square inch in "
            "cents (or pence)? two decimals", [[f"{best} inch", f"{best}-inch", f"{best}in"],
                                               number(Fraction(str(value)), 2)],
            shot(rng, "Pizza Menu", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    reaction_distance, ramp_angle, ladder_height, edging_length, pizza_value)]
