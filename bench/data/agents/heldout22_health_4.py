"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, health part 4: calories burned,
protein, ideal weight and body ratios."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, d, family, num, pick, tenth
from bench.data.agents.helpers import Family


@family
def calories_at_rate(rng: random.Random) -> Made:
    rate = rng.randint(5, 16)
    mins = rng.randint(10, 150)
    act = rng.choice(["spin class", "jog", "tennis match", "dance session", "elliptical workout"])
    return pick(
        rng,
        f"my watch says I burn about {rate} kcal a minute. a {mins} minute {act} burns how much?",
        f"{act}, {mins} min, {rate} calories/min - total?",
    ), [num(rate * mins, 0)]


@family
def minutes_to_burn(rng: random.Random) -> Made:
    food, kcal = rng.choice(
        [
            ("a slice of pizza", 285),
            ("a donut", 250),
            ("a latte", 190),
            ("a burger", 540),
            ("a chocolate bar", 230),
            ("a beer", 150),
            ("a muffin", 420),
        ]
    )
    kcal += rng.randint(-20, 20)
    rate = tenth(rng, 6, 14)
    v = kcal / rate
    return pick(
        rng,
        f"how many minutes of running at {d(rate)} kcal/min to burn off {food} "
        f"({kcal} kcal)? 1 decimal",
        f"{food} is {kcal} calories. If I burn {d(rate)} kcal per minute, how long (min, 1 "
        f"dp) to burn it off?",
    ), [num(v, 1)]


@family
def steps_calories(rng: random.Random) -> Made:
    steps = rng.randint(20, 250) * 100
    per = rng.choice([F("0.04"), F("0.045"), F("0.05"), F("0.035")])
    v = steps * per
    return pick(
        rng,
        f"if each step burns {d(per)} kcal, how many calories are {steps:,} steps?",
        f"{steps} steps at {d(per)} kcal per step = ? kcal",
    ), [num(v, 1)]


@family
def protein_target(rng: random.Random) -> Made:
    kg = tenth(rng, 45, 130)
    per = rng.choice([F("0.8"), F("1.2"), F("1.6"), F(2), F("1.4"), F("1.8")])
    v = kg * per
    return pick(
        rng,
        f"protein target {d(per)} g per kg, I weigh {d(kg)} kg. grams per day? 1 decimal",
        f"How many grams of protein a day is {d(per)} g/kg for someone at {d(kg)}kg?",
    ), [num(v, 1)]


@family
def ideal_weight_devine(rng: random.Random) -> Made:
    male = rng.random() < 0.5
    inches = rng.randint(61, 78)
    v = (50 if male else F("45.5")) + F("2.3") * (inches - 60)
    sex = "man" if male else "woman"
    return pick(
        rng,
        f"ideal body weight by Devine for a {sex} {inches} inches tall? (50 kg men / "
        f"45.5 kg women + 2.3 kg per inch over 5 ft) 1 decimal",
        f"Devine formula IBW, {sex}, height {inches // 12} ft {inches % 12} in. (base 50 "
        f"kg for men, 45.5 kg for women, +2.3 kg per inch above 60 in)",
    ), [num(v, 1)]


@family
def waist_to_height(rng: random.Random) -> Made:
    waist, h = rng.randint(60, 120), rng.randint(150, 200)
    v = F(waist, h)
    return pick(
        rng,
        f"waist {waist} cm, height {h} cm - waist-to-height ratio? 2 decimals",
        f"what's my WHtR if my waist is {waist}cm and I'm {h}cm tall (2dp)?",
    ), [num(v, 2)]


@family
def waist_hip_ratio(rng: random.Random) -> Made:
    waist, hip = rng.randint(60, 115), rng.randint(85, 125)
    v = F(waist, hip)
    return pick(
        rng,
        f"waist {waist} cm and hips {hip} cm, waist-hip ratio to 2 decimals?",
        f"WHR for a {waist}cm waist and {hip}cm hip? two decimal places",
    ), [num(v, 2)]


@family
def lean_mass(rng: random.Random) -> Made:
    kg = tenth(rng, 50, 130)
    bf = tenth(rng, 8, 40)
    v = kg * (100 - bf) / 100
    return pick(
        rng,
        f"{d(kg)} kg at {d(bf)}% body fat - how many kg lean mass? 2 decimals",
        f"my scale says {d(bf)}% fat and I'm {d(kg)}kg. fat-free mass in kg (2dp)?",
    ), [num(v, 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        calories_at_rate,
        minutes_to_burn,
        steps_calories,
        protein_target,
        ideal_weight_devine,
        waist_to_height,
        waist_hip_ratio,
        lean_mass,
    )
]
