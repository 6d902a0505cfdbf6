"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, health part 1: BMI, BMR, energy
needs, water, heart rate and calories burned."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout23_units import F, Redraw, dec, fam, num, pick, show, whole
from bench.data.agents.helpers import Family

SEX = [("male", "man", "he", 5), ("female", "woman", "she", -161)]


def _bmi_forms(value: F) -> list[str]:
    return num(value, 1)


@fam
def bmi_metric(rng: random.Random) -> Any:
    kg, cm = dec(rng, 45, 130, rng.choice([0, 1])), rng.randint(150, 200)
    bmi = kg / (F(cm, 100) ** 2)
    text = pick(rng, f"what's my BMI? {show(kg)} kg, {cm} cm",
                f"Calculate BMI for someone who is {cm} cm tall and weighs {show(kg)} kg "
                "(1 decimal).",
                f"I'm {F(cm, 100)} m and {show(kg)} kilos, BMI please, one decimal")
    return text.replace(f"{F(cm, 100)} m", f"{show(F(cm, 100))} m"), _bmi_forms(bmi)


@fam
def bmi_imperial(rng: random.Random) -> Any:
    lb, ft, inch = rng.randint(100, 300), rng.randint(4, 6), rng.randint(0, 11)
    h = ft * 12 + inch
    bmi = F(703 * lb, h * h)
    text = pick(rng, f"BMI for {lb} lb and {ft}'{inch}\"? use BMI = 703 x lb / in², 1 decimal",
                f"I'm {ft} ft {inch} in and weigh {lb} pounds. What's my BMI with the 703 "
                "formula (one decimal)?")
    return text, _bmi_forms(bmi)


@fam
def weight_for_bmi(rng: random.Random) -> Any:
    target = rng.choice([F(22), F(25), F("24.9"), F("18.5"), F(23), F(21)])
    cm = rng.randint(150, 200)
    kg = target * F(cm, 100) ** 2
    text = pick(rng, f"What weight gives a BMI of {show(target)} at {cm} cm? 1 decimal",
                f"I'm {cm}cm. what weight puts me at a BMI of exactly {show(target)}? kg, "
                "rounded to 1 dp")
    return text, num(kg, 1)


@fam
def bmi_change(rng: random.Random) -> Any:
    cm, lose = rng.randint(155, 195), rng.randint(3, 25)
    kg = rng.randint(70, 130)
    drop = F(lose) / F(cm, 100) ** 2
    text = pick(rng, f"I'm {cm} cm, {kg} kg. If I lose {lose} kg, by how much does my BMI drop? "
                     "2 decimals",
                f"How many BMI points is losing {lose} kg at a height of {cm} cm? (2 dp)")
    return text, num(drop, 2)


@fam
def bmr_mifflin(rng: random.Random) -> Any:
    sex, noun, _, s = rng.choice(SEX)
    kg, cm, age = rng.randint(45, 120), rng.randint(150, 198), rng.randint(18, 75)
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + s
    text = pick(rng, f"BMR using Mifflin-St Jeor: {sex}, {age} years, {kg} kg, {cm} cm. nearest "
                     f"kcal",
                f"I'm a {age} year old {noun}, {cm}cm and {kg}kg. What's my basal metabolic rate "
                "(Mifflin-St Jeor), rounded to a whole number?")
    return text, num(bmr, 0)


@fam
def bmr_harris_stated(rng: random.Random) -> Any:
    kg, cm, age = rng.randint(45, 120), rng.randint(150, 198), rng.randint(18, 75)
    if rng.random() < 0.5:
        who, bmr = "man", F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
        formula = "88.362 + 13.397W + 4.799H - 5.677A"
    else:
        who, bmr = "woman", F("447.593") + F("9.247") * kg + F("3.098") * cm - F("4.330") * age
        formula = "447.593 + 9.247W + 3.098H - 4.330A"
    text = pick(rng, f"Revised Harris-Benedict for a {who}: BMR = {formula} (W kg, H cm, A years)."
                     f" W={kg}, H={cm}, A={age}. Round to 1 decimal.",
                f"{who}, {age} y, {kg} kg, {cm} cm. Using BMR = {formula}, what is the BMR? 1 dp")
    return text, num(bmr, 1)


@fam
def bmr_katch(rng: random.Random) -> Any:
    kg, bf = rng.randint(50, 120), rng.randint(8, 40)
    lbm = kg * (1 - F(bf, 100))
    bmr = 370 + F("21.6") * lbm
    text = pick(rng, f"Katch-McArdle BMR (370 + 21.6 x lean mass kg) for {kg} kg at {bf}% body "
                     "fat? 1 decimal",
                f"I weigh {kg} kg with {bf}% body fat. BMR with Katch-McArdle = 370 + 21.6 x LBM,"
                " one decimal?")
    return text, num(bmr, 1)


@fam
def tdee(rng: random.Random) -> Any:
    sex, noun, _, s = rng.choice(SEX)
    kg, cm, age = rng.randint(50, 110), rng.randint(155, 195), rng.randint(20, 65)
    factor = rng.choice([F("1.2"), F("1.375"), F("1.55"), F("1.725")])
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + s
    text = pick(rng, f"{noun}, {age}, {kg} kg, {cm} cm. Mifflin-St Jeor BMR times activity factor "
                     f"{show(factor)} - daily calories? nearest kcal",
                f"What's the TDEE of a {age}-year-old {sex} ({cm} cm, {kg} kg) using Mifflin-St "
                f"Jeor and an activity multiplier of {show(factor)}? whole kcal")
    return text, num(bmr * factor, 0)


@fam
def lean_mass(rng: random.Random) -> Any:
    kg, bf = dec(rng, 50, 130, 1), dec(rng, 8, 45, 1)
    text = pick(rng, f"{show(kg)} kg at {show(bf)}% body fat - how much is lean mass? 2 dp",
                f"What's my fat-free mass if I weigh {show(kg)} kg and my body fat is {show(bf)}%?"
                " 2 decimals")
    return text, num(kg * (1 - bf / 100), 2)


@fam
def water_per_kg(rng: random.Random) -> Any:
    kg, ml = rng.randint(40, 130), rng.choice([30, 33, 35, 40])
    text = pick(rng, f"How much water should I drink a day at {ml} ml per kg? I weigh {kg} kg. "
                     "Answer in litres",
                f"daily water for {kg}kg person, rule of {ml} mL/kg, in L?")
    return text, num(F(kg * ml, 1000), 2)


@fam
def water_half_weight(rng: random.Random) -> Any:
    lb = rng.randint(100, 300)
    if lb % 2:
        raise Redraw
    cups = F(lb, 2) / 8
    text = pick(rng, f"Rule: drink half your body weight (lb) in ounces. I'm {lb} lb. How many 8-oz"
                     " cups is that? 2 dp",
                f"{lb} lbs -> half in fl oz of water per day, then into 8 oz glasses. how many "
                "glasses? 2 decimals")
    return text, num(cups, 2)


@fam
def water_with_exercise(rng: random.Random) -> Any:
    kg, mins = rng.randint(45, 120), rng.choice([30, 60, 90, 120, 150])
    ml = kg * 35 + F(mins, 30) * 350
    text = pick(rng, f"I weigh {kg} kg and train {mins} min today. Using 35 ml/kg plus 350 ml per "
                     "30 min of exercise, how many ml should I drink?",
                f"Water target: 35 mL per kg body weight + 350 mL for every 30 minutes of "
                f"exercise. {kg} kg, {mins} minutes of exercise. Total in mL?")
    return text, num(ml, 0)


@fam
def max_hr(rng: random.Random) -> Any:
    age = rng.randint(14, 80)
    text = pick(rng, f"max heart rate for a {age} year old (220 - age)?",
                f"I'm {age}. What's my maximum heart rate by 220 minus age?")
    return text, [f"{220 - age}bpm", f"{220 - age}beats", str(220 - age)]


@fam
def max_hr_tanaka(rng: random.Random) -> Any:
    age = rng.randint(18, 80)
    text = pick(rng, f"Max HR with the Tanaka formula (208 - 0.7 x age) for age {age}?",
                f"I'm {age}: estimate max heart rate as 208 - 0.7 x age. 1 decimal")
    return text, num(208 - F(7, 10) * age, 1)


@fam
def hr_zone_percent(rng: random.Random) -> Any:
    age = rng.randint(18, 70)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90), (64, 76)])
    mx = 220 - age
    a, b = F(mx * lo, 100), F(mx * hi, 100)
    text = pick(rng, f"I'm {age}. Max HR = 220 - age. What heart rate range is {lo}-{hi}% of max? "
                     "1 decimal",
                f"{lo}% to {hi}% of max heart rate for a {age}-year-old (max = 220-age), bpm to "
                "1 dp?")
    return text, [num(a, 1), num(b, 1)]


@fam
def karvonen(rng: random.Random) -> Any:
    age, rest = rng.randint(20, 70), rng.randint(48, 85)
    pct = rng.choice([50, 60, 65, 70, 75, 80, 85])
    target = (220 - age - rest) * F(pct, 100) + rest
    text = pick(rng, f"Karvonen: target HR = (max - resting) x intensity + resting, max = 220 - "
                     f"age. Age {age}, resting {rest}, intensity {pct}%. 1 decimal",
                f"what's my {pct}% heart rate reserve target? {age} years old, resting HR {rest},"
                " max = 220-age. round 1 dp")
    return text, num(target, 1)


@fam
def hr_from_count(rng: random.Random) -> Any:
    secs, beats = rng.choice([10, 15, 20, 30]), rng.randint(10, 55)
    bpm = F(beats * 60, secs)
    text = pick(rng, f"I counted {beats} beats in {secs} seconds. Heart rate in bpm?",
                f"pulse: {beats} beats over {secs} s, what's that per minute?")
    return text, num(bpm, 1) if bpm.denominator != 1 else whole(int(bpm))


@fam
def met_calories(rng: random.Random) -> Any:
    act, met = rng.choice([("cycling", F("7.5")), ("swimming", F(6)), ("running", F("9.8")),
                           ("walking", F("3.5")), ("yoga", F("2.5")), ("rowing", F(7))])
    kg, mins = rng.randint(45, 120), rng.choice([20, 25, 30, 40, 45, 50, 60, 75, 90])
    kcal = met * kg * F(mins, 60)
    text = pick(rng, f"Calories burned = MET x kg x hours. {act.capitalize()} MET {show(met)}, I "
                     f"weigh {kg} kg, {mins} minutes. How many kcal? 1 dp",
                f"{mins} min of {act} (MET {show(met)}) at {kg} kg - kcal burned with MET x weight"
                " x time in hours?")
    return text, num(kcal, 1)


@fam
def kcal_per_minute(rng: random.Random) -> Any:
    rate, mins = dec(rng, 4, 15, 1), rng.randint(10, 120)
    text = pick(rng, f"The machine says I burn {show(rate)} kcal a minute. How much in {mins} "
                     "minutes?",
                f"{mins} min at {show(rate)} cal/min = ? calories")
    return text, num(rate * mins, 1)


@fam
def minutes_to_burn(rng: random.Random) -> Any:
    food, kcal = rng.choice([("a donut", 250), ("a slice of pizza", 285), ("a latte", 190),
                             ("a chocolate bar", 230), ("a beer", 150), ("a muffin", 420)])
    kcal += rng.randint(-20, 20)
    rate = dec(rng, 5, 14, 1)
    mins = kcal / rate
    text = pick(rng, f"{food} is {kcal} kcal. if I burn {show(rate)} kcal per minute jogging, how "
                     "many minutes to burn it off? 1 decimal",
                f"How long (min, 1 dp) to burn {kcal} calories at {show(rate)} kcal/min?")
    return text, num(mins, 1)


@fam
def weight_loss_weeks(rng: random.Random) -> Any:
    kg, deficit = rng.randint(2, 25), rng.choice([300, 400, 500, 600, 750, 1000])
    days = F(kg * 7700, deficit)
    text = pick(rng, f"To lose {kg} kg at a {deficit} kcal/day deficit, how many weeks? Assume 7700"
                     " kcal per kg. 1 decimal",
                f"How many weeks to drop {kg} kilos with a daily deficit of {deficit} calories "
                "(1 kg fat = 7,700 kcal)? 1 dp")
    return text, num(days / 7, 1)


@fam
def deficit_needed(rng: random.Random) -> Any:
    lb, weeks = rng.randint(4, 40), rng.randint(4, 30)
    per_day = F(lb * 3500, weeks * 7)
    text = pick(rng, f"I want to lose {lb} lb in {weeks} weeks. Using 3500 kcal per pound, what "
                     "daily calorie deficit do I need? nearest kcal",
                f"daily deficit to lose {lb} pounds over {weeks} weeks (3,500 cal = 1 lb)? whole "
                "number")
    return text, num(per_day, 0)


@fam
def ideal_weight_devine(rng: random.Random) -> Any:
    ft, inch = rng.choice([5, 6]), rng.randint(0, 11)
    male = rng.random() < 0.5
    over = ft * 12 + inch - 60
    kg = (50 if male else F("45.5")) + F("2.3") * over
    who = "man" if male else "woman"
    base = "50" if male else "45.5"
    text = pick(rng, f"Ideal body weight (Devine) for a {who} who is {ft}'{inch}\"? {base} kg + 2.3"
                     " kg per inch over 5 ft",
                f"Devine IBW: {base} + 2.3 x (inches over 60). {who}, {ft} ft {inch} in. kg?")
    return text, num(kg, 1)


@fam
def waist_height(rng: random.Random) -> Any:
    waist, height = rng.randint(60, 130), rng.randint(150, 200)
    text = pick(rng, f"waist {waist} cm, height {height} cm - waist-to-height ratio? 2 decimals",
                f"What's my waist to height ratio if my waist is {waist}cm and I'm {height}cm "
                "tall? (2 dp)")
    return text, num(F(waist, height), 2)


@fam
def waist_hip(rng: random.Random) -> Any:
    waist, hip = rng.randint(60, 120), rng.randint(85, 130)
    text = pick(rng, f"Waist {waist} cm, hips {hip} cm. Waist-hip ratio to 2 decimals?",
                f"whr? waist {waist}, hip {hip} (cm), 2 dp")
    return text, num(F(waist, hip), 2)


@fam
def protein_target(rng: random.Random) -> Any:
    kg, gpk = rng.randint(45, 130), rng.choice([F("0.8"), F("1.2"), F("1.6"), F("2.0"), F("1.4")])
    text = pick(rng, f"How much protein a day at {show(gpk)} g per kg if I weigh {kg} kg?",
                f"{kg} kg, target {show(gpk)} g protein/kg - grams per day?")
    return text, num(kg * gpk, 1)


@fam
def macro_percent(rng: random.Random) -> Any:
    p, c, f = rng.randint(40, 220), rng.randint(50, 400), rng.randint(20, 120)
    total = 4 * p + 4 * c + 9 * f
    which = rng.choice(["protein", "carbs", "fat"])
    part = {"protein": 4 * p, "carbs": 4 * c, "fat": 9 * f}[which]
    text = pick(rng, f"Today I ate {p} g protein, {c} g carbs, {f} g fat. What % of my calories "
                     f"came from {which}? (4/4/9 kcal per g) 1 decimal",
                f"macros: P {p}g C {c}g F {f}g. percent of calories from {which}, using 4 kcal/g "
                "for protein & carbs and 9 for fat? 1 dp")
    pct = F(part * 100, total)
    return text, num(pct, 1)


@fam
def macro_grams(rng: random.Random) -> Any:
    kcal = rng.choice([1500, 1800, 2000, 2200, 2400, 2500, 2800, 3000]) + rng.randint(0, 9) * 10
    which, per = rng.choice([("protein", 4), ("carbs", 4), ("fat", 9)])
    pct = rng.choice([20, 25, 30, 35, 40, 45, 50])
    grams = F(kcal * pct, 100 * per)
    text = pick(rng, f"{kcal} kcal diet with {pct}% from {which}: how many grams of {which}? "
                     f"({per} kcal/g) 1 decimal",
                f"If {pct}% of my {kcal} calories should be {which} ({per} kcal per gram), that's "
                "how many grams? one decimal")
    return text, num(grams, 1)


@fam
def food_label_portion(rng: random.Random) -> Any:
    per100, g = rng.randint(50, 600), rng.randint(20, 450)
    food = rng.choice(["granola", "pasta", "cheese", "yoghurt", "bread", "peanut butter"])
    text = pick(rng, f"{food} has {per100} kcal per 100 g. I ate {g} g - how many calories? "
                     "1 decimal",
                f"Label: {per100} kcal/100g. Portion {g} g of {food}. kcal? 1 dp")
    return text, num(F(per100 * g, 100), 1)


@fam
def sugar_teaspoons(rng: random.Random) -> Any:
    g = rng.randint(8, 90)
    per = rng.choice([4, F("4.2")])
    text = pick(rng, f"A drink has {g} g of sugar. How many teaspoons is that at {show(per)} g per "
                     "tsp? 1 dp",
                f"{g}g sugar = how many tsp of sugar ({show(per)} g each)? round to 1 decimal")
    return text, num(g / F(per), 1)


@fam
def caffeine_total(rng: random.Random) -> Any:
    esp, cola, tea = rng.randint(1, 3), rng.randint(1, 2), rng.randint(1, 3)
    e, c, t = rng.choice([63, 64, 75]), rng.choice([34, 32, 40]), rng.choice([47, 40, 30])
    if esp + cola + tea < 2:
        raise Redraw
    total = esp * e + cola * c + tea * t
    limit = 400
    if total >= limit:
        raise Redraw
    text = pick(rng, f"I had {esp} espressos ({e} mg each), {cola} colas ({c} mg) and {tea} cups "
                     f"of tea ({t} mg). How much caffeine in total, and how much left until "
                     f"{limit} mg?",
                f"caffeine today: {esp} x {e} mg espresso, {cola} x {c} mg cola, {tea} x {t} mg "
                f"tea. total mg? and remaining to a {limit} mg limit?")
    return text, [whole(total), whole(limit - total)]


@fam
def alcohol_units(rng: random.Random) -> Any:
    ml, abv = rng.choice([175, 250, 330, 440, 500, 568, 125, 750]), dec(rng, 3.5, 14.5, 1)
    n = rng.randint(1, 4)
    units = F(n * ml) * abv / 1000
    text = pick(rng, f"UK units: {n} drink(s) of {ml} ml at {show(abv)}% ABV. Units = ml x ABV / "
                     "1000. How many? 1 dp",
                f"how many alcohol units in {n} x {ml}ml at {show(abv)}%? (units = volume ml x "
                "abv% / 1000) 1 decimal")
    return text, num(units, 1)


@fam
def standard_drinks(rng: random.Random) -> Any:
    oz, abv = rng.choice([5, 8, 12, 16, 24, 25]), dec(rng, 4, 15, 1)
    drinks = oz * abv / 100 / F("0.6")
    text = pick(rng, f"A {oz} oz drink at {show(abv)}% - how many US standard drinks (0.6 oz pure "
                     "alcohol each)? 2 dp",
                f"US standard drink = 0.6 fl oz of alcohol. {oz} fl oz at {show(abv)}% ABV is how "
                "many? two decimals")
    return text, num(drinks, 2)


@fam
def mean_arterial(rng: random.Random) -> Any:
    sbp, dbp = rng.randint(95, 180), rng.randint(55, 110)
    if dbp >= sbp - 20:
        raise Redraw
    text = pick(rng, f"MAP for a BP of {sbp}/{dbp}? MAP = (SBP + 2 x DBP) / 3, 1 decimal",
                f"blood pressure {sbp} over {dbp}. mean arterial pressure (DBP + (SBP-DBP)/3), "
                "1 dp")
    return text, num(F(sbp + 2 * dbp, 3), 1)


@fam
def pack_years(rng: random.Random) -> Any:
    per_day, years = rng.choice([5, 10, 15, 20, 25, 30, 40]), rng.randint(3, 45)
    text = pick(rng, f"pack-years for {per_day} cigarettes a day for {years} years? (20 per pack)",
                f"Smoked {per_day} a day for {years} years. Pack-years (packs/day x years, 20 "
                "cigs per pack)?")
    return text, num(F(per_day * years, 20), 1)


@fam
def weight_change_pct(rng: random.Random) -> Any:
    start = dec(rng, 60, 140, 1)
    now = start + dec(rng, -15, 12, 1)
    if start == now:
        raise Redraw
    pct = (start - now) / start * 100
    word = "lost" if pct > 0 else "gained"
    text = pick(rng, f"I went from {show(start)} kg to {show(now)} kg. What percent of my body "
                     f"weight have I {word}? 1 decimal",
                f"start {show(start)}kg, now {show(now)}kg -> % change in weight? (1 dp)")
    return text, num(abs(pct), 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    bmi_metric, bmi_imperial, weight_for_bmi, bmi_change, bmr_mifflin, bmr_harris_stated,
    bmr_katch, tdee, lean_mass, water_per_kg, water_half_weight, water_with_exercise, max_hr,
    max_hr_tanaka, hr_zone_percent, karvonen, hr_from_count, met_calories, kcal_per_minute,
    minutes_to_burn, weight_loss_weeks, deficit_needed, ideal_weight_devine, waist_height,
    waist_hip, protein_target, macro_percent, macro_grams, food_label_portion, sugar_teaspoons,
    caffeine_total, alcohol_units, standard_drinks, mean_arterial, pack_years,
    weight_change_pct)]
