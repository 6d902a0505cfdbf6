"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, health part 1: BMI, BMR, calorie
needs, heart-rate zones, daily water and calories burned."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import Made, R, Redraw, family, grid, pick, show, word
from bench.data.agents.helpers import Family


def sqrt_frac(x: F, d: int) -> list[str]:
    """sqrt(x) rounded to d decimals (exact test on squares), redrawing near ties."""
    scale = 10**d
    lo = int((x * scale * scale) ** 0.5)
    while F(lo + 1) ** 2 <= x * scale * scale:
        lo += 1
    while F(lo) ** 2 > x * scale * scale:
        lo -= 1
    mid = F(2 * lo + 1, 2 * scale)
    if abs(mid * mid - x) < F(1, 10 ** (d + 3)) * x:
        raise Redraw
    return R(F(lo + 1, scale) if mid * mid < x else F(lo, scale), d)


@family
def bmi_metric(rng: random.Random) -> Made:
    kg = grid(rng, 45, 140, 0.5)
    cm = rng.randint(150, 200)
    t = pick(
        rng,
        "What's my BMI? I'm {h} cm and {k} kg. One decimal.",
        "bmi for {k}kg, {h}cm tall? 1 dp",
        "Calculate BMI (kg/m²) for a person weighing {k} kg at a height of {h} cm, rounded to one "
        "decimal.",
    )
    return t.format(h=cm, k=show(kg)), [R(kg / F(cm, 100) ** 2, 1)]


@family
def bmi_imperial(rng: random.Random) -> Made:
    lb = rng.randint(100, 300)
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    h = ft * 12 + inch
    t = pick(
        rng,
        "I'm {f}'{i}\" and {p} lbs. What's my BMI using 703 × lb / in²? 1 decimal",
        "BMI for {p} pounds at {f} ft {i} in? formula 703*lb/in^2, one dp",
        "calc my bmi: weight {p} lb, height {f} feet {i} inches (use the 703 formula), round to 1 "
        "decimal",
    )
    return t.format(f=ft, i=inch, p=lb), [R(F(703 * lb, h * h), 1)]


@family
def weight_for_target_bmi(rng: random.Random) -> Made:
    cm = rng.randint(150, 200)
    b = rng.choice([F(185, 10), F(20), F(22), F(23), F(24), F(249, 10), F(25), F(27)])
    t = pick(
        rng,
        "I'm {h} cm. What weight would give me a BMI of exactly {b}? kg, 1 decimal",
        "At {h}cm tall, what's the weight (kg) for BMI {b}? one dp",
        "Which body weight in kg corresponds to a BMI of {b} for someone {h} cm tall? Round to one "
        "decimal place.",
    )
    return t.format(h=cm, b=show(b)), [R(b * F(cm, 100) ** 2, 1)]


@family
def bmr_mifflin(rng: random.Random) -> Made:
    sex = rng.choice(["male", "female"])
    kg, cm, age = rng.randint(45, 130), rng.randint(150, 200), rng.randint(18, 80)
    v = 10 * kg + F(25, 4) * cm - 5 * age + (5 if sex == "male" else -161)
    t = pick(
        rng,
        "BMR with Mifflin-St Jeor: {s}, {a} years, {k} kg, {h} cm. Nearest kcal.",
        "what's my basal metabolic rate (Mifflin St Jeor)? i'm a {a} yo {s}, {h} cm, {k} kg. round "
        "to whole kcal",
        "Mifflin-St Jeor BMR for a {s} aged {a}, height {h} cm, weight {k} kg? (kcal/day, nearest "
        "whole)",
    )
    return t.format(s=sex, a=age, k=kg, h=cm), [R(v, 0)]


@family
def bmr_harris_benedict(rng: random.Random) -> Made:
    sex = rng.choice(["man", "woman"])
    kg, cm, age = rng.randint(45, 130), rng.randint(150, 200), rng.randint(18, 80)
    if sex == "man":
        v = F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
        f = "88.362 + 13.397×kg + 4.799×cm − 5.677×age"
    else:
        v = F("447.593") + F("9.247") * kg + F("3.098") * cm - F("4.330") * age
        f = "447.593 + 9.247×kg + 3.098×cm − 4.330×age"
    t = pick(
        rng,
        "Revised Harris-Benedict BMR ({f}) for a {s}, {a} y, {k} kg, {h} cm? nearest kcal",
        "Using BMR = {f}: {s}, age {a}, {k} kg, {h} cm. Result rounded to a whole number?",
    )
    return t.format(f=f, s=sex, a=age, k=kg, h=cm), [R(v, 0)]


@family
def tdee_from_bmr(rng: random.Random) -> Made:
    bmr = rng.randint(1200, 2200)
    lvl, fct = rng.choice(
        [
            ("sedentary", F("1.2")),
            ("lightly active", F("1.375")),
            ("moderately active", F("1.55")),
            ("very active", F("1.725")),
        ]
    )
    t = pick(
        rng,
        "My BMR is {b} kcal. I'm {l} (multiplier {m}). What's my daily calorie need? nearest kcal",
        "TDEE = BMR x activity factor. BMR {b}, factor {m} ({l}). Answer to the nearest whole "
        "kcal?",
    )
    return t.format(b=bmr, l=lvl, m=show(fct)), [R(bmr * fct, 0)]


@family
def calorie_deficit_weeks(rng: random.Random) -> Made:
    kg = grid(rng, 1, 15, 0.5)
    deficit = rng.choice([250, 300, 400, 500, 600, 750])
    days = kg * 7700 / deficit
    t = pick(
        rng,
        "I want to lose {k} kg with a {d} kcal/day deficit. If 1 kg of fat = 7700 kcal, how many "
        "days? nearest day",
        "How long (days) to drop {k} kg eating {d} calories under maintenance daily? assume 7700 "
        "kcal per kg, round to whole days",
    )
    return t.format(k=show(kg), d=deficit), [R(days, 0)]


@family
def max_hr_formulas(rng: random.Random) -> Made:
    age = rng.randint(16, 75)
    kind = rng.choice(["fox", "tanaka", "gellish"])
    if kind == "fox":
        v, f = F(220 - age), "220 − age"
    elif kind == "tanaka":
        v, f = 208 - F(7, 10) * age, "208 − 0.7 × age (Tanaka)"
    else:
        v, f = F("207") - F("0.7") * age, "207 − 0.7 × age (Gellish)"
    t = pick(
        rng,
        "What's my max heart rate using {f}? I'm {a}. Nearest bpm.",
        "I'm {a} years old. max HR with the formula {f}? round to whole",
        "Estimate maximum heart rate for age {a} with {f}, to the nearest beat per minute.",
    )
    if v.denominator == 1 and kind == "fox":
        return t.format(f=f, a=word(rng, age) if age <= 12 else age), [R(v, 0)]
    return t.format(f=f, a=age), [R(v, 0)]


@family
def hr_zone_percent_max(rng: random.Random) -> Made:
    age = rng.randint(18, 70)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90), (65, 75), (60, 80)])
    mx = 220 - age
    t = pick(
        rng,
        "I'm {a}. Max HR = 220 − age. What's my {l}–{h}% heart-rate zone in bpm? round each end to "
        "whole",
        "{l} to {h} percent of max HR (220-age) for a {a} year old? bpm, nearest whole numbers",
    )
    a, b = R(F(mx * lo, 100), 0), R(F(mx * hi, 100), 0)
    return t.format(a=age, l=lo, h=hi), [a, b]


@family
def karvonen_target(rng: random.Random) -> Made:
    age = rng.randint(18, 70)
    rest = rng.randint(45, 85)
    pct = rng.choice([50, 60, 65, 70, 75, 80, 85])
    v = rest + F(pct, 100) * (220 - age - rest)
    t = pick(
        rng,
        "Karvonen: age {a}, resting HR {r}, max HR = 220 − age. What's my {p}% intensity target? "
        "nearest bpm",
        "target heart rate at {p}% using heart rate reserve (Karvonen), I'm {a} with resting {r} "
        "bpm, max = 220-age. whole number",
        "Using target = resting + {p}% x (max - resting), max = 220 - age: age {a}, resting {r}. "
        "Target bpm (round)?",
    )
    return t.format(a=age, r=rest, p=pct), [R(v, 0)]


@family
def daily_water_ml_per_kg(rng: random.Random) -> Made:
    kg = rng.randint(40, 130)
    per = rng.choice([30, 33, 35, 40])
    t = pick(
        rng,
        "How much water should I drink if the guide is {p} ml per kg and I weigh {k} kg? In "
        "litres, 2 decimals",
        "daily water = {p} mL x body weight. I'm {k}kg. how many litres? 2 dp",
    )
    return t.format(p=per, k=kg), [R(F(per * kg, 1000), 2)]


@family
def water_half_body_weight_oz(rng: random.Random) -> Made:
    lb = rng.randint(100, 300)
    cup = rng.choice([8, 12, 16, 20])
    t = pick(
        rng,
        "Rule: drink half your body weight (lb) in ounces of water. I weigh {p} lb. How many {c} "
        "oz glasses is that? 1 decimal",
        "{p} pounds -> ounces of water is half that. Number of {c}-ounce bottles, one decimal?",
    )
    return t.format(p=lb, c=cup), [R(F(lb, 2 * cup), 1)]


@family
def water_glasses_remaining(rng: random.Random) -> Made:
    goal = grid(rng, 1.5, 4, 0.1)
    drunk = rng.randint(1, 8)
    glass = rng.choice([200, 250, 300, 330, 350, 400])
    rem = goal * 1000 - drunk * glass
    if rem <= 0:
        raise Redraw
    n = -(-rem // glass)
    t = pick(
        rng,
        "Goal {g} L of water today. I've had {d} glasses of {m} ml. How many more full glasses do "
        "I need to reach the goal?",
        "water target {g} litres, drank {d} x {m}ml so far. {m}ml glasses still needed (round up)?",
    )
    return t.format(g=show(goal), d=word(rng, drunk), m=glass), [R(n, 0)]


@family
def calories_met(rng: random.Random) -> Made:
    act, met = rng.choice(
        [
            ("brisk walking", F("4.3")),
            ("cycling", F(8)),
            ("running", F("9.8")),
            ("swimming", F(7)),
            ("yoga", F("2.5")),
            ("tennis", F("7.3")),
            ("hiking", F(6)),
            ("rowing", F(7)),
        ]
    )
    kg = rng.randint(45, 120)
    m = rng.randint(15, 120)
    t = pick(
        rng,
        "Calories burned = MET × kg × hours. {a} (MET {e}), {k} kg, {m} minutes. Nearest kcal?",
        "I did {m} min of {a}, MET value {e}, I weigh {k} kg. kcal burned using MET x weight x "
        "time(h)? whole number",
    )
    return t.format(a=act, e=show(met), k=kg, m=m), [R(met * kg * F(m, 60), 0)]


@family
def calories_met_formula_35(rng: random.Random) -> Made:
    met = grid(rng, 3, 12, 0.5)
    kg = rng.randint(45, 120)
    m = rng.randint(10, 90)
    v = met * F(35, 10) * kg / 200 * m
    t = pick(
        rng,
        "Use kcal/min = MET × 3.5 × kg / 200. MET {e}, {k} kg, {m} minutes total. Calories burned, "
        "1 decimal?",
        "kcal per minute = MET*3.5*weight/200; {k} kg, MET {e}, workout {m} min. total kcal (one "
        "dp)?",
    )
    return t.format(e=show(met), k=kg, m=m), [R(v, 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        bmi_metric,
        bmi_imperial,
        weight_for_target_bmi,
        bmr_mifflin,
        bmr_harris_benedict,
        tdee_from_bmr,
        calorie_deficit_weeks,
        max_hr_formulas,
        hr_zone_percent_max,
        karvonen_target,
        daily_water_ml_per_kg,
        water_half_body_weight_oz,
        water_glasses_remaining,
        calories_met,
        calories_met_formula_35,
    )
]
