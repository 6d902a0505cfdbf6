"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: more health and fitness sums —
BMI, BMR and heart-rate questions from other situations, lab-value unit changes, alcohol
units, caffeine, training loads and dose timings told as stories."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_health import BPM, KCAL, bmi, mifflin, show_, whole
from bench.data.agents.heldout15_units import (
    INCH,
    LB,
    MG,
    ML,
    clock,
    conv,
    families,
    say,
    show,
)
from bench.data.agents.helpers import Family, Item, item

F = Fraction
KGS = ("kg", "kilograms", "kilos")


def j_bmi_clinic(rng: random.Random) -> Item | None:  # BMI for a patient note, metres
    kg, m = rng.randint(40, 160), F(rng.randint(145, 205), 100)
    return conv("J_u_bmi_clinic", f"Pt {kg} kg, {show(m)} m. Calculate BMI pls", bmi(F(kg), m))


def j_bmi_after_loss(rng: random.Random) -> Item | None:  # BMI after losing some weight
    kg, lost, cm = rng.randint(80, 130), rng.randint(3, 20), rng.randint(158, 195)
    return conv("J_u_bmi_after_loss", f"I was {kg} kg and I've lost {lost} kg since January. At "
                f"{cm} cm, what's my BMI now?", bmi(F(kg - lost), F(cm, 100)))


def j_bmi_inches_only(rng: random.Random) -> Item | None:  # imperial BMI formula with inches
    lb, inch = rng.randint(100, 300), rng.randint(58, 78)
    return conv("J_u_bmi_inches_only", f"{lb} lb and {inch} in tall - bmi? (703 x lb / in²)",
                F(703 * lb, inch * inch))


def j_bmi_compare(rng: random.Random) -> Item | None:  # BMI difference between two people
    a, b, cm = rng.randint(55, 95), rng.randint(55, 95), rng.randint(160, 190)
    if a == b:
        return None
    return conv("J_u_bmi_compare", f"My twin and I are both {cm} cm; I weigh {a} kg and she "
                f"weighs {b} kg. How far apart are our BMIs?", abs(bmi(F(a - b), F(cm, 100))))


def j_bmr_old(rng: random.Random) -> Item | None:  # Mifflin BMR for an older parent
    kg, cm, age = rng.randint(50, 95), rng.randint(150, 182), rng.randint(60, 90)
    return conv("J_u_bmr_old", f"My dad is {age}, {cm} cm, {kg} kg. His resting calories by "
                "Mifflin-St Jeor?", mifflin(F(kg), F(cm), age, True), *KCAL)


def j_bmr_diff(rng: random.Random) -> Item | None:  # BMR drop after a weight loss
    lost = rng.randint(2, 25)
    return conv("J_u_bmr_diff", f"With Mifflin-St Jeor, how many kcal/day lower is my BMR after "
                f"losing {lost} kg (everything else the same)?", F(10 * lost), *KCAL)


def j_bmr_harris(rng: random.Random) -> Item | None:  # revised Harris-Benedict, a man
    kg, cm, age = rng.randint(55, 120), rng.randint(160, 200), rng.randint(20, 70)
    value = F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
    return conv("J_u_bmr_harris", f"Revised Harris-Benedict for men: 88.362 + 13.397W + 4.799H - "
                f"5.677A. W={kg} kg, H={cm} cm, A={age}. BMR?", value, *KCAL)


def j_water_sport(rng: random.Random) -> Item | None:  # base water plus exercise top-up
    kg, mins = rng.randint(50, 110), rng.choice([30, 45, 60, 75, 90, 120])
    return conv("J_u_water_sport", f"Base water is 33 ml per kg and add 500 ml per hour of "
                f"exercise. I'm {kg} kg and train {mins} minutes today - litres total?",
                F(kg * 33, 1000) + F(mins, 120), "l", "L", "litres", "liters")


def j_water_left(rng: random.Random) -> Item | None:  # water still to drink today
    goal, drunk = F(rng.randint(18, 40), 10), rng.randint(2, 6)
    glass = rng.choice([200, 250, 300])
    left = goal * 1000 - drunk * glass
    if left <= 0:
        return None
    return conv("J_u_water_left", f"goal is {show(goal)} L a day, I've had {drunk} glasses of "
                f"{glass} ml. how many ml to go?", left, *ML)


def j_hr_zone_top(rng: random.Random) -> Item | None:  # upper limit of a fat-burn zone
    age = rng.randint(18, 80)
    pct = rng.choice([65, 70, 75, 80, 85])
    return whole("J_u_hr_zone_top", f"Treadmill chart says stay under {pct}% of max (220 - age). "
                 f"What's my ceiling at {age}?", F((220 - age) * pct, 100), *BPM)


def j_hr_which_pct(rng: random.Random) -> Item | None:  # a heart rate as % of max
    age, hr = rng.randint(20, 70), rng.randint(100, 180)
    if hr >= 220 - age:
        return None
    return conv("J_u_hr_which_pct", f"Watch says {hr} bpm on my run. I'm {age}. What percent of my "
                "max (220 minus age) is that?", F(hr * 100, 220 - age), "%", "percent", dp=1)


def j_hr_gulati(rng: random.Random) -> Item | None:  # women's max HR, 206 - 0.88 x age
    age = rng.randint(20, 80)
    return conv("J_u_hr_gulati", f"For women there's the Gulati formula, 206 minus 0.88 times "
                f"age. What does it give for me at {age}?", 206 - F(88, 100) * age, *BPM, dp=1)


def j_hr_recovery(rng: random.Random) -> Item | None:  # heart-rate drop after a minute
    peak, after = rng.randint(150, 190), rng.randint(100, 150)
    return whole("J_u_hr_recovery", f"HR was {peak} at the end of my interval and {after} one "
                 "minute later. What's my one-minute recovery?", F(peak - after), *BPM)


def j_glucose_mgdl(rng: random.Random) -> Item | None:  # glucose mmol/L to mg/dL
    mmol = F(rng.randint(30, 220), 10)
    return conv("J_u_glucose_mgdl", f"my meter shows {show(mmol)} mmol/L, US doctor asks mg/dL "
                "(multiply by 18)", mmol * 18, "mg/dL", "mg/dl")


def j_glucose_mmol(rng: random.Random) -> Item | None:  # glucose mg/dL to mmol/L
    mgdl = rng.randint(55, 400)
    return conv("J_u_glucose_mmol", f"Blood sugar {mgdl} mg/dL - what's that in mmol/L? (divide "
                "by 18)", F(mgdl, 18), "mmol/L", "mmol/l", dp=1)


def j_chol_mgdl(rng: random.Random) -> Item | None:  # cholesterol mmol/L to mg/dL
    mmol = F(rng.randint(25, 90), 10)
    return conv("J_u_chol_mgdl", f"Total cholesterol {show(mmol)} mmol/L. Convert to mg/dL using "
                "38.67.", mmol * F("38.67"), "mg/dL", "mg/dl", dp=1)


def j_alcohol_units(rng: random.Random) -> Item | None:  # UK alcohol units
    ml, abv = rng.choice([125, 175, 250, 330, 440, 500, 568, 750]), F(rng.randint(35, 140), 10)
    return conv("J_u_alcohol_units", f"how many UK units in {ml} ml of a {show(abv)}% drink? "
                "(ml x abv / 1000)", ml * abv / 1000, "units", dp=1)


def j_alcohol_week(rng: random.Random) -> Item | None:  # weekly units from pints
    pints, abv = rng.randint(2, 14), F(rng.randint(38, 60), 10)
    return conv("J_u_alcohol_week", f"{pints} pints (568 ml) of {show(abv)}% lager a week is how "
                "many units? ml x ABV / 1000", pints * 568 * abv / 1000, "units", dp=1)


def j_caffeine_day(rng: random.Random) -> Item | None:  # caffeine total in mg
    coffee, tea, cola = rng.randint(1, 5), rng.randint(0, 4), rng.randint(0, 3)
    return conv("J_u_caffeine_day", f"coffee ~95 mg, tea ~47 mg, cola ~34 mg. Today: {coffee} "
                f"coffees, {tea} teas, {cola} colas. total caffeine?",
                F(95 * coffee + 47 * tea + 34 * cola), *MG, dp=0)


def j_one_rep_max(rng: random.Random) -> Item | None:  # Epley 1RM estimate
    kg, reps = F(rng.randint(40, 300), 2), rng.randint(2, 12)
    return conv("J_u_one_rep_max", f"Did {reps} reps at {show(kg)} kg. Estimated 1RM with Epley "
                "(w x (1 + reps/30))?", kg * (1 + F(reps, 30)), *KGS, dp=1)


def j_training_volume(rng: random.Random) -> Item | None:  # sets x reps x weight
    sets, reps, kg = rng.randint(3, 6), rng.randint(5, 12), F(rng.randint(40, 240), 2)
    return conv("J_u_training_volume", f"{sets} sets of {reps} at {show(kg)} kg - total volume "
                "lifted?", sets * reps * kg, *KGS)


def j_sleep_hours(rng: random.Random) -> Item | None:  # average sleep over nights
    nights = [rng.randint(300, 540) for _ in range(rng.randint(3, 7))]
    shown = ", ".join(f"{m // 60}h{m % 60:02d}" for m in nights)
    return conv("J_u_sleep_hours", f"sleep tracker: {shown}. average hours per night as a "
                "decimal?", F(sum(nights), 60 * len(nights)), "hours", "h", "hrs")


def j_weekly_loss(rng: random.Random) -> Item | None:  # average loss per week
    start, weeks = F(rng.randint(700, 1300), 10), rng.randint(3, 20)
    end = start - F(rng.randint(10, 150), 10)
    return conv("J_u_weekly_loss", f"{show(start)} kg to {show(end)} kg over {weeks} weeks - "
                "average kg lost per week?", (start - end) / weeks, *KGS)


def j_calories_walk(rng: random.Random) -> Item | None:  # kcal per km walking, 0.5 x kg
    kg, km = rng.randint(50, 120), F(rng.randint(10, 150), 10)
    return conv("J_u_calories_walk", f"Walking burns about 0.5 kcal per kg per km. I'm {kg} kg "
                f"and walked {show(km)} km - kcal?", F(kg, 2) * km, *KCAL)


def j_macro_kcal(rng: random.Random) -> Item | None:  # calories from macros
    p, c, fat = rng.randint(5, 60), rng.randint(10, 120), rng.randint(2, 50)
    return conv("J_u_macro_kcal", f"meal has {p} g protein, {c} g carbs, {fat} g fat. calories "
                "(4/4/9 per gram)?", F(4 * p + 4 * c + 9 * fat), *KCAL, dp=0)


def j_fasting_end(rng: random.Random) -> Item | None:  # when a fast ends
    t = rng.randint(18, 22) * 60 + rng.choice([0, 15, 30, 45])
    hours = rng.choice([12, 14, 16, 18, 20])
    return item("J_u_fasting_end", "calc", f"Stopped eating at {say(t)} for a {hours}-hour fast. "
                "When can I eat again?", [clock(t + hours * 60)])


def j_dose_twice_daily(rng: random.Random) -> Item | None:  # second dose 12 h later
    t = rng.randint(5, 11) * 60 + rng.choice([0, 10, 20, 30, 40, 45, 50])
    return item("J_u_dose_twice_daily", "calc", f"Vet says give the dog his tablet twice a day, "
                f"12 hours apart. Morning one was {say(t)}. Evening one at?", [clock(t + 720)])


def j_dose_missed(rng: random.Random) -> Item | None:  # shifted schedule after a late dose
    t, every = rng.randint(7, 14) * 60 + rng.choice([5, 10, 25, 35, 55]), rng.choice([6, 8])
    return item("J_u_dose_missed", "calc", f"I took my every-{every}-hours tablet late, at "
                f"{say(t)}. If I keep the same gap from now on, when are the next two doses?",
                [clock(t + every * 60), clock(t + 2 * every * 60)])


def j_dose_mg_weight_lb(rng: random.Random) -> Item | None:  # mg/kg dose with weight in pounds
    lb, per = rng.randint(20, 90), rng.choice([5, 10, 15])
    return conv("J_u_dose_mg_weight_lb", f"Kid weighs {lb} lb and the dose is {per} mg/kg. How "
                "many mg?", lb * LB * per, *MG)


def j_dose_cap(rng: random.Random) -> Item | None:  # weight-based dose with a maximum
    kg, per, cap = rng.randint(20, 90), rng.choice([10, 15, 20]), rng.choice([500, 750, 1000])
    dose = min(kg * per, cap)
    return conv("J_u_dose_cap", f"{per} mg/kg, not more than {cap} mg per dose. Patient is {kg} "
                "kg — what dose?", F(dose), *MG, dp=0)


def j_dose_ml_per_day(rng: random.Random) -> Item | None:  # total ml of liquid per day
    ml, times = rng.choice([F(5, 2), 5, F(15, 2), 10, 15]), rng.choice([2, 3, 4])
    days = rng.randint(5, 10)
    return conv("J_u_dose_ml_per_day", f"{show(ml)} ml {times} times a day for {days} days. How "
                "much medicine in total?", ml * times * days, *ML)


def j_bottle_enough(rng: random.Random) -> Item | None:  # days a bottle of syrup lasts
    bottle, ml, times = rng.choice([100, 150, 200, 250]), rng.choice([F(5, 2), 5, 10]), rng.choice(
        [2, 3, 4])
    return conv("J_u_bottle_enough", f"{bottle} ml bottle, dose {show(ml)} ml {times}x daily. How "
                "many days will it last?", bottle / (ml * times), "days", dp=1)


def j_iv_time(rng: random.Random) -> Item | None:  # infusion duration
    vol, rate = rng.choice([100, 250, 500, 1000]), rng.choice([30, 40, 75, 80, 120, 150, 200])
    return conv("J_u_iv_time", f"How many hours will {vol} mL take at {rate} mL/h?",
                F(vol, rate), "hours", "h", "hrs")


def j_height_inches_bmi(rng: random.Random) -> Item | None:  # BMI with height in cm, weight lb
    lb, cm = rng.randint(100, 280), rng.randint(150, 200)
    return conv("J_u_height_inches_bmi", f"Mixed units sorry: {lb} lbs, {cm} cm. BMI?",
                bmi(lb * LB, F(cm, 100)))


def j_body_surface(rng: random.Random) -> Item | None:  # Mosteller BSA squared (exact form)
    kg, cm = rng.randint(40, 120), rng.randint(150, 200)
    root = F(round((kg * cm / 3600) ** 0.5 * 10**6), 10**6)
    return conv("J_u_body_surface", f"Mosteller BSA = sqrt(height cm x weight kg / 3600). {cm} cm, "
                f"{kg} kg. BSA in m²?", root, "m²",
                "m2", "square metres")


def j_kg_per_week_goal(rng: random.Random) -> Item | None:  # weeks to reach a goal weight
    now, rate = rng.randint(70, 120), rng.choice([F(1, 4), F(1, 2), F(3, 4), 1])
    goal = now - rng.randint(3, 25)
    return conv("J_u_kg_per_week_goal", f"I'm {now} kg, goal {goal} kg, losing {show(rate)} kg a "
                "week. How many weeks?", (now - goal) / rate, "weeks", dp=1)


def j_inch_waist_ratio(rng: random.Random) -> Item | None:  # waist-to-hip ratio in inches
    waist, hip = rng.randint(26, 48), rng.randint(34, 52)
    return conv("J_u_inch_waist_ratio", f"Waist {waist} in, hips {hip} in. Waist-to-hip ratio?",
                F(waist, hip))


def j_ideal_weight_lb(rng: random.Random) -> Item | None:  # Robinson IBW, inches, then kg
    inch = rng.randint(60, 78)
    male = rng.random() < 0.5
    base, per = (F(52), F("1.9")) if male else (F(49), F("1.7"))
    return conv("J_u_ideal_weight_lb", f"Robinson formula, {'man' if male else 'woman'}, "
                f"{inch // 12}'{inch % 12}\": {show_(base)} kg + {show(per)} kg per inch over "
                "5 ft. Ideal weight?", base + per * (inch - 60), *KGS)


def j_ht_cm_bmr(rng: random.Random) -> Item | None:  # Mifflin BMR for a woman given in feet
    ft, inch, kg, age = rng.randint(4, 5), rng.randint(0, 11), rng.randint(45, 100), rng.randint(
        18, 70)
    cm = (ft * 12 + inch) * INCH * 100
    return conv("J_u_ht_cm_bmr", f"she's {ft}'{inch}\", {kg} kg, {age} years. mifflin st jeor "
                "bmr?", mifflin(F(kg), cm, age, False), *KCAL)


FAMILIES: list[tuple[Family, int]] = families(
    j_bmi_clinic, j_bmi_after_loss, j_bmi_inches_only, j_bmi_compare, j_bmr_old, j_bmr_diff,
    j_bmr_harris, j_water_sport, j_water_left, j_hr_zone_top, j_hr_which_pct, j_hr_gulati,
    j_hr_recovery, j_glucose_mgdl, j_glucose_mmol, j_chol_mgdl, j_alcohol_units,
    j_alcohol_week, j_caffeine_day, j_one_rep_max, j_training_volume, j_sleep_hours,
    j_weekly_loss, j_calories_walk, j_macro_kcal, j_fasting_end, j_dose_twice_daily,
    j_dose_missed, j_dose_mg_weight_lb, j_dose_cap, j_dose_ml_per_day, j_bottle_enough,
    j_iv_time, j_height_inches_bmi, j_body_surface, j_kg_per_week_goal, j_inch_waist_ratio,
    j_ideal_weight_lb, j_ht_cm_bmr)
