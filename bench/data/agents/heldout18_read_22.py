"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 22: two people's shares
of a receipt compared, and screenshots of cup conversions, gym sets and liquid medicine."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, family, money, number, receipt, shot
from bench.data.agents.helpers import Family

NAMES = ["Maya", "Omar", "Lucy", "Raj", "Zoe", "Finn"]


@family
def share_difference(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="diner", count=(4, 5), low=300, high=2400)
    a, b = rng.sample(NAMES, 2)
    mine = rng.sample(lines, 2)
    ours = sum(c for _, c in mine)
    rest = sum(c for _, c in lines) - ours
    if rest == ours:
        return None
    items = " and the ".join(n.lower() for n, _ in mine)
    return (f"{a} had the {items}; {b} had everything else on this bill. What's the difference "
            "between what the two of them owe?", [money(abs(rest - ours), True)], recipe)


@family
def cups_to_grams(rng: random.Random) -> Made:
    per_cup = rng.choice([120, 125, 128, 130, 140])
    cups = Fraction(rng.choice([3, 5, 6, 7, 9, 10, 11]), 4)
    shown = f"{float(cups):g}"
    rows = ["Banana Bread", f"Flour: {shown} cups", f"Note: 1 cup flour = {per_cup} g",
            "Sugar: 0.5 cup"]
    return ("My scale only does grams. How many grams of flour does this recipe need, using "
            "its own conversion? Nearest gram.", [number(cups * per_cup)],
            shot(rng, "Recipe Card", rows))


@family
def lift_volume(rng: random.Random) -> Made:
    lifts = rng.sample([("Squat", 60, 140), ("Bench", 40, 100), ("Deadlift", 70, 180),
                        ("Row", 30, 80)], rng.randint(2, 3))
    rows = []
    total = Fraction(0)
    for name, lo, hi in lifts:
        sets, reps = rng.randint(3, 5), rng.choice([5, 6, 8, 10, 12])
        kg = Fraction(rng.randrange(lo * 2, hi * 2, 5), 2)
        rows.append(f"{name}: {sets} x {reps} @ {float(kg):g} kg")
        total += sets * reps * kg
    return ("Total volume is sets x reps x weight, added up over the exercises. What was mine "
            "today in kg?", [number(total, 1)], shot(rng, "Workout Log", rows))


@family
def liquid_dose_ml(rng: random.Random) -> Made:
    mg, ml = rng.choice([(125, 5), (250, 5), (100, 5), (200, 5), (40, 1), (120, 5)])
    dose = rng.randrange(50, 800, 10)
    value = Fraction(dose * ml, mg)
    rows = ["Oral suspension", f"Strength: {mg} mg per {ml} ml", f"Prescribed dose: {dose} mg"]
    return ("How many ml is one dose? One decimal. (I'll double-check with the pharmacist.)",
            [number(value, 1)], shot(rng, "Medicine Label", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    share_difference, cups_to_grams, lift_volume, liquid_dose_ml)]
