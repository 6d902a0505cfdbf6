"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, health part 1: BMI, BMR and energy
needs, water, heart rate and MET calories."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, num, pick, tenth
from bench.data.agents.helpers import Family

ACT = [
    ("sedentary", F("1.2")),
    ("lightly active", F("1.375")),
    ("moderately active", F("1.55")),
    ("very active", F("1.725")),
]


def mifflin(kg: F, cm: int, age: int, male: bool) -> F:
    return 10 * kg + F(625, 100) * cm - 5 * age + (5 if male else -161)


@family
def bmi_metric(rng: random.Random) -> Made:
    kg, cm = tenth(rng, 45, 130), rng.randint(150, 200)
    v = kg / F(cm, 100) ** 2
    return pick(
        rng,
        f"BMI for {d(kg)} kg and {cm} cm? 1 decimal",
        f"what's my bmi, I'm {cm}cm and weigh {d(kg)}kg (round to 1 dp)",
        f"Calculate body mass index: weight {d(kg)} kg, height {d(F(cm, 100))} m. One "
        f"decimal place.",
    ), [num(v, 1)]


@family
def bmi_imperial(rng: random.Random) -> Made:
    lb = rng.randint(100, 300)
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    h = ft * 12 + inch
    v = F(703 * lb, h * h)
    return pick(
        rng,
        f"bmi for {lb} lbs, {ft}'{inch}\"? use 703 x lb / in², 1 decimal",
        f"I'm {ft} ft {inch} in and {lb} pounds. BMI (formula 703 × weight in lb ÷ height "
        f"in inches squared), one decimal?",
    ), [num(v, 1)]


@family
def weight_for_bmi(rng: random.Random) -> Made:
    cm = rng.randint(150, 200)
    bmi = rng.choice([F("18.5"), F(22), F(24), F("24.9"), F(25), F(20), F(23)])
    v = bmi * F(cm, 100) ** 2
    return pick(
        rng,
        f"what weight gives a BMI of {d(bmi)} at {cm} cm tall? kg, 1 decimal",
        f"I'm {cm} cm - what would I have to weigh (kg, 1 dp) for a BMI of exactly {d(bmi)}?",
    ), [num(v, 1)]


@family
def bmi_change(rng: random.Random) -> Made:
    cm = rng.randint(155, 195)
    kg = rng.randint(60, 120)
    lose = rng.randint(3, 20)
    v = F(lose) / F(cm, 100) ** 2
    return pick(
        rng,
        f"I'm {cm} cm and {kg} kg. if I lose {lose} kg by how much does my BMI drop? 2 decimals",
        f"height {cm}cm: losing {lose} kg from {kg} kg lowers BMI by how many points (2 dp)?",
    ), [num(v, 2)]


@family
def bmr_mifflin(rng: random.Random) -> Made:
    male = rng.random() < 0.5
    kg, cm, age = rng.randint(45, 120), rng.randint(150, 198), rng.randint(18, 75)
    v = mifflin(F(kg), cm, age, male)
    sex = "man" if male else "woman"
    return pick(
        rng,
        f"BMR with Mifflin-St Jeor: {age} year old {sex}, {kg} kg, {cm} cm? 1 decimal",
        f"Using the Mifflin–St Jeor equation, what is the basal metabolic rate (kcal/day) "
        f"of a {sex} aged {age}, {cm} cm tall, weighing {kg} kg?",
    ), [num(v, 1)]


@family
def bmr_harris_benedict(rng: random.Random) -> Made:
    male = rng.random() < 0.5
    kg, cm, age = rng.randint(45, 120), rng.randint(150, 198), rng.randint(18, 75)
    if male:
        v = F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
    else:
        v = F("447.593") + F("9.247") * kg + F("3.098") * cm - F("4.330") * age
    sex = "male" if male else "female"
    return pick(
        rng,
        f"revised Harris-Benedict BMR (Roza & Shizgal 1984) for a {sex}, {age}y, "
        f"{kg}kg, {cm}cm? 1 decimal",
        f"{sex}, {kg} kg, {cm} cm, age {age}: BMR by the revised Harris–Benedict equation "
        f"(1984), kcal/day to one decimal?",
    ), [num(v, 1)]


@family
def tdee_mifflin(rng: random.Random) -> Made:
    male = rng.random() < 0.5
    kg, cm, age = rng.randint(45, 120), rng.randint(150, 198), rng.randint(18, 75)
    name, f = rng.choice(ACT)
    v = mifflin(F(kg), cm, age, male) * f
    sex = "man" if male else "woman"
    return pick(
        rng,
        f"daily calories to maintain weight: {sex}, {age}, {kg} kg, {cm} cm, {name} "
        f"(x{d(f)}), Mifflin-St Jeor BMR. nearest kcal",
        f"TDEE = Mifflin–St Jeor BMR × {d(f)} ({name}). I'm a {age}-year-old {sex}, "
        f"{cm}cm, {kg}kg. Round to whole kcal.",
    ), [num(v, 0)]


@family
def katch_mcardle(rng: random.Random) -> Made:
    kg = tenth(rng, 50, 120)
    bf = rng.randint(8, 40)
    v = 370 + F("21.6") * kg * (100 - bf) / 100
    return pick(
        rng,
        f"Katch-McArdle BMR (370 + 21.6 x lean mass kg) for {d(kg)} kg at {bf}% body "
        f"fat? 1 decimal",
        f"I weigh {d(kg)}kg with {bf}% body fat. BMR via Katch–McArdle = 370 + 21.6 × LBM. "
        f"One decimal.",
    ), [num(v, 1)]


@family
def calorie_deficit_weeks(rng: random.Random) -> Made:
    lose = rng.randint(2, 25)
    deficit = rng.randint(3, 10) * 100
    v = F(lose * 7700, deficit * 7)
    return pick(
        rng,
        f"to lose {lose} kg at a {deficit} kcal/day deficit, how many weeks? assume "
        f"7700 kcal per kg, 1 decimal",
        f"Using 7,700 kcal = 1 kg of fat, how many weeks (1 dp) to drop {lose} kg eating "
        f"{deficit} kcal under maintenance every day?",
    ), [num(v, 1)]


@family
def water_intake(rng: random.Random) -> Made:
    kg = rng.randint(45, 130)
    ml = rng.choice([30, 33, 35, 40])
    v = F(kg * ml, 1000)
    return pick(
        rng,
        f"how much water should I drink a day at {ml} ml per kg? I weigh {kg} kg. answer in litres",
        f"daily water target = {ml} mL × body weight (kg). for {kg} kg, how many litres?",
    ), [num(v, 2)]


@family
def water_glasses(rng: random.Random) -> Made:
    kg = rng.randint(45, 130)
    glass = rng.choice([200, 250, 300, 330, 150])
    per = rng.choice([30, 35, 40])
    need = F(kg * per)
    v = -(-need // glass)
    if need % glass == 0:
        raise Redraw
    return pick(
        rng,
        f"rule of thumb {per} ml water per kg, I'm {kg} kg. how many {glass} ml "
        f"glasses to reach it (round up)?",
        f"At {per} mL/kg for a {kg}kg person, how many full {glass}-mL glasses does it "
        f"take to meet the goal? round up",
    ), [num(v, 0)]


@family
def max_hr_220(rng: random.Random) -> Made:
    age = rng.randint(16, 80)
    return pick(
        rng,
        f"max heart rate for a {age} year old using 220 minus age?",
        f"I'm {age}. what's my max HR (220 - age)?",
    ), [num(220 - age, 0)]


@family
def max_hr_tanaka(rng: random.Random) -> Made:
    age = rng.randint(16, 80)
    v = 208 - F(7, 10) * age
    return pick(
        rng,
        f"max heart rate by the Tanaka formula (208 - 0.7 x age) at age {age}? 1 decimal",
        f"Tanaka HRmax for a {age}-year-old? (208 − 0.7×age)",
    ), [num(v, 1)]


@family
def hr_zone_percent(rng: random.Random) -> Made:
    age = rng.randint(18, 75)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90), (64, 76), (77, 93)])
    mx = 220 - age
    a, b = F(mx * lo, 100), F(mx * hi, 100)
    return pick(
        rng,
        f"I'm {age}. using max HR = 220 - age, what's my {lo}-{hi}% heart rate zone? "
        f"round each bound to whole bpm",
        f"heart rate zone {lo}% to {hi}% of max (max = 220 − age) for age {age}? give both "
        f"ends in bpm, rounded",
    ), [num(a, 0), num(b, 0)]


@family
def karvonen_target(rng: random.Random) -> Made:
    age = rng.randint(18, 70)
    rest = rng.randint(48, 85)
    pct = rng.choice([50, 60, 65, 70, 75, 80, 85])
    v = rest + F(pct, 100) * (220 - age - rest)
    return pick(
        rng,
        f"Karvonen target HR: age {age}, resting HR {rest}, {pct}% intensity, max = "
        f"220 - age. nearest bpm",
        f"what's my target heart rate at {pct}% using heart-rate reserve (Karvonen)? I'm "
        f"{age}, resting pulse {rest}, HRmax = 220−age. round to whole",
    ), [num(v, 0)]


@family
def hr_reserve(rng: random.Random) -> Made:
    age = rng.randint(18, 75)
    rest = rng.randint(45, 90)
    v = 220 - age - rest
    return pick(
        rng,
        f"heart rate reserve for age {age} with resting HR {rest}? (HRmax = 220 - age)",
        f"I'm {age} and my resting heart rate is {rest} bpm. What's my HRR, using 220−age as max?",
    ), [num(v, 0)]


@family
def pulse_from_count(rng: random.Random) -> Made:
    beats = rng.randint(15, 45)
    secs = rng.choice([10, 15, 20, 30])
    v = F(beats * 60, secs)
    if v > 200:
        raise Redraw
    return pick(
        rng,
        f"counted {beats} beats in {secs} seconds - what's my pulse per minute?",
        f"{beats} heartbeats in {secs} s = ? bpm",
    ), [num(v, 0)]


@family
def met_calories(rng: random.Random) -> Made:
    act, met = rng.choice(
        [
            ("brisk walking", F("4.3")),
            ("cycling", F(8)),
            ("running", F("9.8")),
            ("swimming", F(6)),
            ("yoga", F("2.5")),
            ("rowing", F(7)),
            ("hiking", F(6)),
        ]
    )
    kg, mins = rng.randint(50, 110), rng.randint(15, 120)
    v = met * F("3.5") * kg / 200 * mins
    return pick(
        rng,
        f"calories burned {act} for {mins} min at {kg} kg? use MET {d(met)} and "
        f"kcal/min = MET x 3.5 x kg / 200. nearest kcal",
        f"Using kcal per minute = MET × 3.5 × weight(kg) ÷ 200 with MET {d(met)} for "
        f"{act}: {mins} minutes, {kg} kg - total kcal (round to whole)?",
    ), [num(v, 0)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        bmi_metric,
        bmi_imperial,
        weight_for_bmi,
        bmi_change,
        bmr_mifflin,
        bmr_harris_benedict,
        tdee_mifflin,
        katch_mcardle,
        calorie_deficit_weeks,
        water_intake,
        water_glasses,
        max_hr_220,
        max_hr_tanaka,
        hr_zone_percent,
        karvonen_target,
        hr_reserve,
        pulse_from_count,
        met_calories,
    )
]
