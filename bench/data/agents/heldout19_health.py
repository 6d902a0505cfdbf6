"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, health part 1: BMI, BMR, heart."""

from __future__ import annotations

import random
from math import isqrt
from typing import Any

from bench.data.agents.heldout19_units import F, family, forms, num, pick, rnd
from bench.data.agents.helpers import Family


@family
def bmi_metric(rng: random.Random) -> Any:
    kg, cm = rnd(rng, 45, 130, "0.5"), rnd(rng, 150, 200, 1)
    text = pick(rng, "What's my BMI? I'm {cm} cm and {kg} kg. 1 decimal",
                "BMI for someone {kg}kg and {cm}cm tall? round to one decimal",
                "calculate BMI: weight {kg} kg, height {m} m (1 dp)", kg=num(kg), cm=num(cm),
                m=num(cm / 100))
    return text, forms(kg / (cm / 100) ** 2, 1)


@family
def bmi_imperial(rng: random.Random) -> Any:
    lb, ft, ins = rnd(rng, 100, 300, 1), rng.randint(4, 6), rng.randint(0, 11)
    h = ft * 12 + ins
    if h < 58:
        return None
    text = pick(rng, "I'm {ft}'{i}\" and {lb} lbs. What's my BMI using 703 x lb / in²? 1 decimal",
                "bmi for {lb} pounds, {ft} ft {i} in? (use the 703 formula) 1 dp",
                ft=ft, i=ins, lb=num(lb))
    return text, forms(703 * lb / F(h) ** 2, 1)


@family
def weight_for_target_bmi(rng: random.Random) -> Any:
    cm, bmi = rnd(rng, 150, 200, 1), rng.choice([20, 22, 24, F("24.9"), 25, F("18.5"), 23])
    text = pick(rng, "What weight in kg gives a BMI of {b} at {cm} cm tall? 1 decimal",
                "I'm {cm}cm. what would I have to weigh (kg, 1 dp) for a BMI of {b}?",
                b=num(bmi), cm=num(cm))
    return text, forms(bmi * (cm / 100) ** 2, 1)


@family
def bmr_mifflin(rng: random.Random) -> Any:
    sex = rng.choice(["male", "female"])
    kg, cm, age = rnd(rng, 45, 120, 1), rnd(rng, 150, 200, 1), rng.randint(18, 75)
    text = pick(rng, "Mifflin-St Jeor BMR for a {a}-year-old {s}, {kg} kg, {cm} cm? nearest kcal",
                "Calculate my BMR with the Mifflin St Jeor equation: {s}, {a} years, {cm} cm, "
                "{kg} kg. Round to whole kcal/day", s=sex, a=age, kg=num(kg), cm=num(cm))
    value = 10 * kg + F("6.25") * cm - 5 * age + (5 if sex == "male" else -161)
    return text, forms(value, 0)


@family
def bmr_harris_benedict(rng: random.Random) -> Any:
    sex = rng.choice(["man", "woman"])
    kg, cm, age = rnd(rng, 45, 120, 1), rnd(rng, 150, 200, 1), rng.randint(18, 75)
    if sex == "man":
        formula = "88.362 + 13.397×kg + 4.799×cm − 5.677×age"
        value = F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
    else:
        formula = "447.593 + 9.247×kg + 3.098×cm − 4.330×age"
        value = F("447.593") + F("9.247") * kg + F("3.098") * cm - F("4.330") * age
    text = pick(rng, "Revised Harris-Benedict BMR ({f}) for a {s} of {a}, {kg} kg, {cm} cm? "
                "1 decimal",
                "Using BMR = {f}: {s}, age {a}, {kg}kg, {cm}cm. What's the BMR (1 dp)?",
                f=formula, s=sex, a=age, kg=num(kg), cm=num(cm))
    return text, forms(value, 1)


@family
def tdee_from_bmr(rng: random.Random) -> Any:
    bmr = rnd(rng, 1200, 2200, 1)
    level, factor = rng.choice([("sedentary", F("1.2")), ("lightly active", F("1.375")),
                                ("moderately active", F("1.55")), ("very active", F("1.725"))])
    text = pick(rng, "My BMR is {b} kcal. I'm {l} (activity factor {f}). What's my TDEE? "
                     "nearest kcal",
                "BMR {b}, multiplier {f} for {l} - daily calories (whole number)?",
                b=num(bmr), l=level, f=num(factor))
    return text, forms(bmr * factor, 0)


@family
def katch_mcardle(rng: random.Random) -> Any:
    kg, bf = rnd(rng, 50, 120, "0.5"), rng.randint(8, 40)
    text = pick(rng, "Katch-McArdle BMR (370 + 21.6 × lean mass in kg) for {kg} kg at "
                     "{b}% body fat? "
                "1 decimal",
                "I'm {kg}kg with {b}% body fat. BMR by Katch-McArdle = 370 + 21.6 x LBM. 1 dp?",
                kg=num(kg), b=bf)
    return text, forms(370 + F("21.6") * kg * (100 - bf) / 100, 1)


@family
def daily_water_ml_per_kg(rng: random.Random) -> Any:
    kg = rnd(rng, 40, 130, "0.5")
    per = rng.choice([30, 33, 35, 40])
    text = pick(rng, "How much water should I drink a day at {p} mL per kg? I weigh {kg} kg. "
                "Answer in litres, 2 decimals",
                "{kg}kg person, {p} ml/kg/day - daily water in L (2 dp)?", p=per, kg=num(kg))
    return text, forms(kg * per / 1000, 2)


@family
def water_half_body_weight_oz(rng: random.Random) -> Any:
    lb = rnd(rng, 100, 300, 1)
    text = pick(rng, "Rule: drink half your body weight (lb) in ounces. I'm {lb} lb - how "
                     "many 8 oz "
                "glasses is that? 2 decimals",
                "{lb} pounds -> half that in fl oz of water per day. How many 8-ounce cups? 2 dp",
                lb=num(lb))
    return text, forms(lb / 2 / 8, 2)


@family
def max_heart_rate_220(rng: random.Random) -> Any:
    age = rng.randint(15, 85)
    text = pick(rng, "What's my max heart rate with 220 minus age? I'm {a}.",
                "max HR (220 - age) for a {a} year old?",
                "I'm {a} years old, what is my maximum heart rate using the 220-age formula?",
                a=age)
    return text, [str(220 - age), f"{220 - age}bpm"]


@family
def max_heart_rate_tanaka(rng: random.Random) -> Any:
    age = rng.randint(15, 85)
    text = pick(rng, "Tanaka formula max HR (208 - 0.7 × age) for age {a}? 1 decimal",
                "what's the max heart rate by Tanaka (208 − 0.7·age) for a {a}-year-old",
                a=age)
    return text, forms(208 - F("0.7") * age, 1)


@family
def heart_rate_zone_range(rng: random.Random) -> Any:
    age = rng.randint(18, 75)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90), (64, 76), (77, 93)])
    mx = 220 - age
    text = pick(rng, "I'm {a}. What heart rate range is {l}-{h}% of max HR (220 - age)? round to "
                "whole bpm",
                "age {a}, max HR = 220-age. give me the {l}% to {h}% zone in bpm (nearest whole)",
                a=age, l=lo, h=hi)
    return text, forms(F(mx * lo, 100), 0), forms(F(mx * hi, 100), 0)


@family
def karvonen_target(rng: random.Random) -> Any:
    age, rest = rng.randint(18, 70), rng.randint(48, 85)
    pct = rng.choice([50, 60, 65, 70, 75, 80, 85])
    text = pick(rng, "Karvonen: age {a}, resting HR {r}, max = 220 - age. Target HR at {p}% "
                "intensity? nearest bpm",
                "target heart rate = (HRmax - HRrest) x {p}% + HRrest, with HRmax = 220-{a} and "
                "resting {r}. whole bpm?", a=age, r=rest, p=pct)
    return text, forms((220 - age - rest) * F(pct, 100) + rest, 0)


@family
def calories_met(rng: random.Random) -> Any:
    act, met = rng.choice([("cycling", F(8)), ("brisk walking", F("4.3")), ("swimming", F(6)),
                           ("running", F("9.8")), ("yoga", F("2.5")), ("hiking", F(6))])
    kg, mins = rnd(rng, 45, 120, 1), rng.randint(15, 120)
    text = pick(rng, "Calories burned {a} for {m} min at {kg} kg? MET {e}, kcal = MET × "
                     "kg × hours. "
                "1 decimal",
                "I did {m} minutes of {a} (MET = {e}), I weigh {kg}kg. kcal burned = "
                "MET*kg*h, 1 dp?",
                a=act, m=mins, kg=num(kg), e=num(met))
    return text, forms(met * kg * F(mins, 60), 1)


@family
def calories_per_minute_rate(rng: random.Random) -> Any:
    rate = rnd(rng, 4, 16, "0.5")
    mins = rng.randint(10, 95)
    text = pick(rng, "If rowing burns {r} kcal per minute, how many kcal in {m} minutes?",
                "{m} min of exercise at {r} cal/min = ? calories", r=num(rate), m=mins)
    return text, forms(rate * mins, 1)


@family
def minutes_to_burn_snack(rng: random.Random) -> Any:
    kcal = rnd(rng, 90, 800, 10)
    rate = rnd(rng, 5, 14, "0.5")
    text = pick(rng, "How many minutes of jogging at {r} kcal/min to burn off a {k} kcal snack? "
                "1 decimal",
                "{k} calorie donut, I burn {r} cal a minute running. minutes needed (1 dp)?",
                r=num(rate), k=num(kcal))
    return text, forms(kcal / rate, 1)


@family
def waist_to_height(rng: random.Random) -> Any:
    waist, height = rnd(rng, 60, 120, 1), rnd(rng, 150, 200, 1)
    text = pick(rng, "Waist {w} cm, height {h} cm - what's my waist-to-height ratio? 2 decimals",
                "waist to height ratio for a {w}cm waist and {h}cm height (2 dp)?",
                w=num(waist), h=num(height))
    return text, forms(waist / height, 2)


@family
def waist_to_hip(rng: random.Random) -> Any:
    waist, hip = rnd(rng, 25, 45, "0.5"), rnd(rng, 32, 50, "0.5")
    text = pick(rng, "My waist is {w} in and hips {h} in. Waist-to-hip ratio? 2 decimals",
                "WHR with waist {w}\" and hip {h}\"? round to 2 dp", w=num(waist), h=num(hip))
    return text, forms(waist / hip, 2)


@family
def ideal_weight_devine(rng: random.Random) -> Any:
    sex = rng.choice(["man", "woman"])
    ft, ins = rng.choice([5, 6]), rng.randint(0, 11)
    if ft == 6 and ins > 6:
        return None
    over = ft * 12 + ins - 60
    base = 50 if sex == "man" else F("45.5")
    text = pick(rng, "Devine ideal body weight for a {s} {f}'{i}\"? ({b} kg + 2.3 kg per inch over "
                "5 ft) 1 decimal",
                "IBW (Devine: {b} + 2.3 × inches above 60) for a {f} ft {i} in {s}, kg 1 dp?",
                s=sex, f=ft, i=ins, b=num(base))
    return text, forms(base + F("2.3") * over, 1)


@family
def body_surface_area(rng: random.Random) -> Any:
    kg, cm = rnd(rng, 40, 120, 1), rnd(rng, 145, 200, 1)

    sq = F(kg * cm, 3600)
    # Mosteller: sqrt(cm*kg/3600); compute to 2 dp with integer square roots
    scaled = sq * 10**8
    root = isqrt(scaled.numerator // scaled.denominator)
    value = F(root, 10**4)
    text = pick(rng, "Body surface area by Mosteller (√(cm×kg/3600)) for {cm} cm, {kg} "
                     "kg? 2 decimals",
                "BSA, Mosteller formula, height {cm}cm weight {kg}kg - m² to 2 dp?",
                cm=num(cm), kg=num(kg))
    return text, forms(value, 2)


@family
def protein_target(rng: random.Random) -> Any:
    kg = rnd(rng, 45, 130, "0.5")
    per = rng.choice([F("0.8"), F("1.2"), F("1.6"), F(2), F("1.4")])
    text = pick(rng, "How many grams of protein a day at {p} g per kg body weight? I'm {kg} kg. "
                "1 decimal",
                "protein target: {p} g/kg, bodyweight {kg}kg. grams per day (1 dp)?",
                p=num(per), kg=num(kg))
    return text, forms(per * kg, 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    bmi_metric, bmi_imperial, weight_for_target_bmi, bmr_mifflin, bmr_harris_benedict,
    tdee_from_bmr, katch_mcardle, daily_water_ml_per_kg, water_half_body_weight_oz,
    max_heart_rate_220, max_heart_rate_tanaka, heart_rate_zone_range, karvonen_target,
    calories_met, calories_per_minute_rate, minutes_to_burn_snack, waist_to_height,
    waist_to_hip, ideal_weight_devine, body_surface_area, protein_target)]
