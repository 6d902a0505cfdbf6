"""Round 10 (``Z_u_*``, dev now) for ``muse bench agents``: health calculations (BMI, BMR,
daily water, heart rate and its zones, body size); dosing is in
:mod:`bench.data.agents.heldout10_health_2`."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout10_units import (
    INCH,
    LB,
    F,
    families,
    near_tie,
    num,
    num12,
    show,
    with_unit,
)
from bench.data.agents.helpers import Family, Item, item

BPM = ("bpm", "beats per minute")


def one_or_two(x: Fraction) -> bool:
    """No rounding tie at one or two decimals."""
    return not (near_tie(x, 1) or near_tie(x, 2))


def whole_or_tenth(x: Fraction) -> list[str]:
    """A heart rate: the whole number of beats, and the value to one and two decimals."""
    return with_unit(list(dict.fromkeys(num(x, 0) + num(x, 1) + num(x, 2))), *BPM)


def ties(x: Fraction, *dps: int) -> bool:
    return any(near_tie(x, dp) for dp in dps)


def z_bmi_metres(rng: random.Random) -> Item | None:  # BMI from metres and kilograms
    m, kg = F(rng.randint(150, 200), 100), rng.randint(45, 135)
    bmi = kg / m**2
    if not one_or_two(bmi) or not 16 <= bmi <= 45:
        return None
    return item("Z_u_bmi_metres", "calc", f"BMI for {float(m):.2f} m and {kg} kg?", [num12(bmi)])


def z_bmi_feet(rng: random.Random) -> Item | None:  # BMI from feet, inches and pounds
    feet, inches, lb = rng.randint(4, 6), rng.randint(0, 11), rng.randint(100, 300)
    bmi = lb * LB / ((feet * 12 + inches) * INCH) ** 2
    if not one_or_two(bmi) or not 16 <= bmi <= 45:
        return None
    return item("Z_u_bmi_feet", "calc", f"can u work out my bmi? {feet} foot {inches}, {lb} lbs",
                [num12(bmi)])


def z_bmi_stone(rng: random.Random) -> Item | None:  # BMI from feet and inches, stone and pounds
    feet, inches = rng.randint(5, 6), rng.randint(0, 11)
    stone, lb = rng.randint(8, 19), rng.randint(0, 13)
    bmi = (stone * 14 + lb) * LB / ((feet * 12 + inches) * INCH) ** 2
    if not one_or_two(bmi) or not 16 <= bmi <= 45:
        return None
    return item("Z_u_bmi_stone", "calc", f"Doctor's form asks for my BMI. I'm {feet}'{inches} "
                f"and {stone} st {lb} lb. What is it?", [num12(bmi)])


def z_healthy_range(rng: random.Random) -> Item | None:  # the weights for BMI 18.5 to 24.9
    cm = rng.randint(148, 200)
    low, high = F("18.5") * F(cm, 100) ** 2, F("24.9") * F(cm, 100) ** 2
    if not (one_or_two(low) and one_or_two(high)):
        return None
    return item("Z_u_healthy_range", "calc", f"I'm {cm} cm. What weight range in kg keeps me in "
                "a healthy BMI of 18.5 to 24.9?", [num12(low), num12(high)])


def mifflin(kg: Fraction, cm: Fraction, age: int, female: bool) -> Fraction:
    return 10 * kg + F(25, 4) * cm - 5 * age + (-161 if female else 5)


def z_bmr_mifflin(rng: random.Random) -> Item | None:  # a woman's BMR, Mifflin-St Jeor named
    age, cm, kg = rng.randint(18, 75), rng.randint(148, 185), rng.randint(45, 110)
    value = mifflin(F(kg), F(cm), age, True)
    if ties(value, 0, 2):
        return None
    return item("Z_u_bmr_mifflin", "calc", f"use mifflin st jeor pls: female, {age}, {cm}cm, "
                f"{kg}kg. what's the BMR", [with_unit(num(value, 0) + num(value, 2), "kcal",
                                                       "calories", "kcal/day")])


def z_bmr_man(rng: random.Random) -> Item | None:  # a man's BMR, no equation named
    age, cm, kg = rng.randint(20, 70), rng.randint(160, 200), rng.randint(55, 130)
    values = [mifflin(F(kg), F(cm), age, False),
              F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age,
              F("66.5") + F("13.75") * kg + F("5.003") * cm - F("6.755") * age]
    if any(near_tie(v, 0) for v in values) or near_tie(values[0], 2):
        return None
    answers = [a for v in values for a in num(v, 0)] + num(values[0], 2)
    return item("Z_u_bmr_man", "calc", f"What's my basal metabolic rate? Male, {age} years old, "
                f"{kg} kg, {cm} cm.", [with_unit(answers, "kcal", "calories")])


def z_maintenance(rng: random.Random) -> Item | None:  # BMR times an activity factor
    bmr = rng.randint(1150, 2150)
    factor, how = rng.choice([(F("1.2"), "desk job, basically no exercise"),
                              (F("1.375"), "light exercise 1-3 days a week"),
                              (F("1.55"), "moderately active"),
                              (F("1.725"), "very active")])
    value = bmr * factor
    if ties(value, 0, 2):
        return None
    return item("Z_u_maintenance", "calc", f"my BMR is {bmr:,} kcal, activity: {how} (multiplier "
                f"{show(factor)}). how many calories a day to maintain weight?",
                [with_unit(list(dict.fromkeys(num(value, 0) + num(value, 2))), "kcal",
                           "calories")])


def z_water_rate(rng: random.Random) -> Item | None:  # daily water at a stated ml per kg
    kg, rate = rng.randint(40, 130), rng.choice([30, 33, 35, 40])
    litres = F(kg * rate, 1000)
    if not one_or_two(litres):
        return None
    return item("Z_u_water_rate", "calc", f"coach says drink {rate} ml of water per kg of body "
                f"weight each day. I'm {kg} kg, so how many litres is that?",
                [with_unit(num12(litres), "L", "l", "litres", "liters")])


def z_max_hr(rng: random.Random) -> Item | None:  # maximum heart rate, either common formula
    age = rng.randint(16, 80)
    tanaka = 208 - F(7, 10) * age
    if near_tie(tanaka, 0):
        return None
    answers = [str(220 - age), *num(tanaka, 1), *num(tanaka, 0)]
    return item("Z_u_max_hr", "calc", f"whats my max heart rate im {age}",
                [with_unit(list(dict.fromkeys(answers)), *BPM)])


def z_tanaka(rng: random.Random) -> Item | None:  # Tanaka's maximum heart rate
    age = rng.randint(18, 85)
    value = 208 - F(7, 10) * age
    if ties(value, 0, 1, 2):
        return None
    return item("Z_u_tanaka", "calc", f"Using the Tanaka formula (208 - 0.7 x age), what is the "
                f"max heart rate of a {age}-year-old?", [whole_or_tenth(value)])


def z_zone_band(rng: random.Random) -> Item | None:  # a heart-rate band as percentages of max
    age = rng.randint(18, 70)
    zone, low, high = rng.choice([(2, 60, 70), (3, 70, 80), (4, 80, 90)])
    top = 220 - age
    lo, hi = F(top * low, 100), F(top * high, 100)
    if ties(lo, 0, 1, 2) or ties(hi, 0, 1, 2):
        return None
    return item("Z_u_zone_band", "calc", f"I'm {age}, max HR = 220 minus age. zone {zone} is "
                f"{low}-{high}% of max - what heart rates is that?",
                [whole_or_tenth(lo), whole_or_tenth(hi)])


def z_karvonen(rng: random.Random) -> Item | None:  # Karvonen target heart rate
    age, rest, pct = rng.randint(20, 65), rng.randint(48, 80), rng.choice(range(50, 90, 5))
    value = rest + F(pct, 100) * (220 - age - rest)
    if ties(value, 0, 1, 2):
        return None
    return item("Z_u_karvonen", "calc", f"Karvonen method: age {age}, resting HR {rest}, target "
                f"intensity {pct}%. What's my target heart rate?", [whole_or_tenth(value)])


def z_hr_percent(rng: random.Random) -> Item | None:  # a heart rate as a share of the maximum
    age, bpm = rng.randint(20, 65), rng.randint(110, 185)
    pct = F(bpm * 100, 220 - age)
    if near_tie(pct, 2) or pct >= 100:
        return None
    return item("Z_u_hr_percent", "calc", f"watch says {bpm} bpm on the hill. I'm {age}, so what "
                "percent of my max (220-age) is that?", [with_unit(num(pct), "%", "percent")])


def z_bsa(rng: random.Random) -> Item | None:  # Mosteller body surface area
    cm, kg = rng.randint(140, 200), rng.randint(40, 130)
    value = F(math.sqrt(cm * kg / 3600))
    if near_tie(value, 2):
        return None
    return item("Z_u_bsa", "calc", f"body surface area (Mosteller) for {cm} cm, {kg} kg?",
                [with_unit(num(value), "m²", "m2", "square metres", "square meters")])


def z_waist_ratio(rng: random.Random) -> Item | None:  # waist-to-height ratio
    waist, cm = rng.randint(60, 125), rng.randint(150, 200)
    value = F(waist, cm)
    if near_tie(value, 2):
        return None
    return item("Z_u_waist_ratio", "calc", f"Waist {waist} cm, height {cm} cm - what's my "
                "waist-to-height ratio?", [num(value)])


def z_protein(rng: random.Random) -> Item | None:  # daily protein at grams per kilogram
    kg, per = rng.randint(48, 120), rng.choice([F("0.8"), F("1.2"), F("1.6"), F("2"), F("2.2")])
    value = kg * per
    return item("Z_u_protein", "calc", f"aiming for {show(per)} g protein per kg bodyweight, "
                f"I'm {kg} kg. grams per day?", [with_unit(num(value), "g", "grams")])


def z_lose_weeks(rng: random.Random) -> Item | None:  # weeks to lose weight at a daily deficit
    kg, deficit = rng.randint(2, 20), rng.choice([300, 400, 500, 600, 750, 1000])
    weeks = F(kg * 7700, deficit * 7)
    if near_tie(weeks, 2):
        return None
    return item("Z_u_lose_weeks", "calc", f"if 1 kg of fat is about 7700 kcal and I eat {deficit} "
                f"kcal under maintenance every day, how many weeks to drop {kg} kg?",
                [with_unit(num(weeks), "weeks")])


def z_met_kcal(rng: random.Random) -> Item | None:  # calories burned from a MET value
    met = rng.choice([F("3.5"), F("4"), F("6"), F("7"), F("8"), F("9.8"), F("11")])
    kg, minutes = rng.randint(50, 110), rng.choice([20, 30, 40, 45, 50, 60, 75, 90])
    value = met * kg * F(minutes, 60)
    if ties(value, 0, 2):
        return None
    return item("Z_u_met_kcal", "calc", f"How many calories do I burn doing a {show(met)} MET "
                f"activity for {minutes} minutes if I weigh {kg} kg? (kcal = MET x kg x hours)",
                [with_unit(list(dict.fromkeys(num(value) + num(value, 0))), "kcal",
                           "calories")])


def z_steps_km(rng: random.Random) -> Item | None:  # steps and stride length to kilometres
    steps, stride = rng.randint(30, 250) * 100, F(rng.randint(60, 85), 100)
    km = steps * stride / 1000
    if near_tie(km, 2):
        return None
    return item("Z_u_steps_km", "calc", f"did {steps:,} steps today, my stride's about "
                f"{float(stride):.2f} m. how many km did I walk?",
                [with_unit(num(km), "km", "kilometres", "kilometers")])


FAMILIES: list[tuple[Family, int]] = families(
    z_bmi_metres, z_bmi_feet, z_bmi_stone, z_healthy_range, z_bmr_mifflin, z_bmr_man,
    z_maintenance, z_water_rate, z_max_hr, z_tanaka, z_zone_band, z_karvonen, z_hr_percent,
    z_bsa, z_waist_ratio, z_protein, z_lose_weeks, z_met_kcal, z_steps_km)
