"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-14: health figures
(BMI, water, heart-rate zones, sleep, carbohydrate ratios, walking energy) with a second step.
"""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import MEAN, F
from bench.data.agents.heldout17_multi_b3 import family
from bench.data.agents.heldout17_multi_common import CHART, Made, near, num, stat
from bench.data.agents.helpers import Family


@family
def bmi_then_target_weight(rng: random.Random) -> Made:
    h, kg = rng.randint(155, 195), rng.randint(70, 120)
    bmi = F(kg * 10000, h * h)
    target = F(25 * h * h, 10000)
    if near(bmi, 1) or near(target, 1) or bmi <= 25:
        return None
    text = (f"I'm {h} cm and {kg} kg. What's my BMI (1 dp), and what's the most I could weigh to "
            "get to a BMI of 25 (1 dp)? How many kg would that mean losing?")
    return text, [num(bmi, 1), num(target, 1), num(kg - target, 1)]


@family
def water_glasses_ml_oz(rng: random.Random) -> Made:
    kg, per = rng.randint(50, 110), rng.choice([30, 35])
    ml = kg * per
    oz = F(ml) / F("29.5735295625")
    glasses = -(-ml // 250)
    if near(oz, 0):
        return None
    text = (f"Guideline I read: {per} ml of water per kg of body weight a day. I weigh {kg} kg. "
            "How much is that in ml, in US fl oz (nearest whole), and how many 250 ml glasses "
            "(round up)?")
    return text, [[f"{ml} ml", f"{ml:,} ml", f"{ml}ml", f"{ml:,}ml"], num(oz, 0),
                  [f"{glasses} glasses", f"{glasses} glass"]]


@family
def resting_hr_max_zone(rng: random.Random) -> Made:
    age, rest = rng.randint(22, 65), rng.randint(50, 75)
    mx = 220 - age
    lo, hi = F(rest) + F(60, 100) * (mx - rest), F(rest) + F(70, 100) * (mx - rest)
    if near(lo, 0) or near(hi, 0):
        return None
    text = (f"Age {age}, resting heart rate {rest}. Using max HR = 220 − age and the Karvonen "
            "formula (target = rest + intensity × (max − rest)), what's my max HR and my 60–70% "
            "zone, rounded to whole bpm?")
    return text, [[f"{mx} bpm", f"{mx} beats"], num(lo, 0), num(hi, 0)]


@family
def sleep_debt_week_avg(rng: random.Random) -> Made:
    hrs = [F(rng.randint(10, 18), 2) for _ in range(7)]
    mean = sum(hrs) / 7
    debt = 7 * 8 - sum(hrs)
    if near(mean, 2, 0.002) or debt <= 0:
        return None
    listed = ", ".join(f"{float(h):g}" for h in hrs)
    text = (f"sleep tracker for the week (Mon–Sun): {listed} hours. average per night to 2 dp? and "
            "how many hours short of 8 a night am I over the week? plot it as a line if you can")
    return text, [stat(MEAN, mean), num(debt, 1), CHART]


@family
def insulin_carbs_units(rng: random.Random) -> Made:
    carbs = [rng.randint(15, 60) for _ in range(3)]
    ratio = rng.choice([10, 12, 15])
    total = sum(carbs)
    units = F(total, ratio)
    if near(units, 1):
        return None
    text = (f"Doing the maths for a meal (my clinic gave me the ratio): 1 unit "
            f"per {ratio} g carbs. Meal has {carbs[0]} g, {carbs[1]} g and {carbs[2]} g of carbs. "
            "Total carbs? Units by the ratio, to one decimal?")
    return text, [[f"{total} g", f"{total}g", f"{total} grams"], num(units, 1)]


@family
def calorie_walk_minutes(rng: random.Random) -> Made:
    kcal, kg = rng.choice([250, 350, 480, 540]), rng.randint(55, 100)
    met = rng.choice([3.5, 4.3, 5])
    per_min = F(str(met)) * F("3.5") * kg / 200
    mins = kcal / per_min
    if near(per_min, 1) or near(mins, 0):
        return None
    text = (f"a slice of cake is {kcal} kcal. I'm {kg} kg. Walking is MET {met}; kcal/min = MET × "
            "3.5 × kg / 200. how many kcal a minute do I burn (1 dp) and how many minutes to walk "
            "off the cake (nearest minute)?")
    return text, [num(per_min, 1), num(mins, 0)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bmi_then_target_weight, water_glasses_ml_oz, resting_hr_max_zone,
    sleep_debt_week_avg, insulin_carbs_units, calorie_walk_minutes)]
