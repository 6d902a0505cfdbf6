"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: more health calculations -
BMI with its category, energy needs in imperial units, drug rates, pregnancy dates, lab
values and everyday nutrition sums."""

from __future__ import annotations

import datetime
import math
import random

from bench.data.agents.heldout13_units_forms import (
    INCH,
    LB,
    F,
    conv,
    date_forms,
    duration,
    families,
    multi,
    nums,
    show,
    with_units,
)
from bench.data.agents.helpers import Family, Item

KCAL = ("kcal", "kcal/day", "kcal per day", "calories", "Calories", "calories a day",
        "calories per day")
BPM = ("bpm", "beats per minute")
MG, ML = ("mg", "milligrams"), ("ml", "mL", "millilitres", "milliliters")
MLH = ("ml/h", "mL/h", "ml/hr", "mL/hr", "ml per hour", "mL per hour")
MGDL = ("mg/dL", "mg/dl")


def bmi(value: F) -> list[str] | None:
    two, one = nums(value, 2), nums(value, 1)
    return None if two is None or one is None else list(dict.fromkeys(two + one))


def beats(value: F | float) -> list[str] | None:
    bare, unit = nums(value, 0), with_units(value, BPM, 0)
    return None if bare is None or unit is None else bare + unit


def category(value: F) -> list[str] | None:
    """The WHO adult BMI category, or None close to a boundary."""
    cuts = [(F("18.5"), ["underweight"]), (F(25), ["normal", "healthy"]),
            (F(30), ["overweight"]), (F(10**6), ["obese", "obesity"])]
    if any(abs(value - cut) < F(2, 10) for cut, _ in cuts):
        return None
    return next(names for cut, names in cuts if value < cut)


def long_date(date: datetime.date) -> str:
    return f"{date.day} {date.strftime('%B')} {date.year}"


def k_bmi_terse(rng: random.Random) -> Item | None:  # terse BMI request
    m, kg = F(rng.randint(150, 200), 100), rng.randint(45, 130)
    return multi("K_u_bmi_terse", f"bmi {show(m)}m {kg}kg", bmi(kg / m**2))


def k_bmi_inches(rng: random.Random) -> Item | None:  # BMI from inches and pounds
    inches, lb = rng.randint(58, 78), rng.randint(100, 300)
    return multi("K_u_bmi_inches", f"I'm {inches} inches tall and weigh {lb} pounds, what is my "
                 "body mass index?", bmi(lb * LB / (inches * INCH) ** 2))


def k_bmi_category(rng: random.Random) -> Item | None:  # BMI and its WHO category
    kg, cm = rng.randint(45, 140), rng.randint(150, 200)
    value = F(kg) / F(cm, 100) ** 2
    return multi("K_u_bmi_category", f"{kg} kg and {cm} cm - what's the BMI and which WHO weight "
                 "category does it fall in?", bmi(value),
                 category(value))


def k_bmr_imperial(rng: random.Random) -> Item | None:  # Mifflin BMR from lb and inches
    lb, inches, age = rng.randint(110, 260), rng.randint(60, 76), rng.randint(18, 70)
    male = rng.random() < 0.5
    value = 10 * lb * LB + F("6.25") * inches * INCH * 100 - 5 * age + (5 if male else -161)
    who = "guy" if male else "woman"
    return conv("K_u_bmr_imperial", f"{age} year old {who}, {lb} lb, {inches} inches - BMR with "
                "Mifflin-St Jeor?", value, *KCAL)


def k_tdee_woman(rng: random.Random) -> Item | None:  # daily energy for a woman, given BMR
    bmr, (word, factor) = rng.randint(1150, 1750), rng.choice(
        [("sedentary (x1.2)", F("1.2")), ("lightly active (x1.375)", F("1.375")),
         ("moderately active (x1.55)", F("1.55")), ("very active (x1.725)", F("1.725"))])
    return conv("K_u_tdee_woman", f"my BMR is {bmr} kcal and I'm {word}. how many calories do I "
                "need to maintain my weight?", bmr * factor, *KCAL)


def k_weekly_loss(rng: random.Random) -> Item | None:  # daily deficit for a weekly target
    kg = F(rng.choice(["0.25", "0.5", "0.75", "1", "0.3", "0.4", "0.6", "0.8", "0.2", "0.9"]))
    return conv("K_u_weekly_loss", f"To lose {show(kg)} kg a week, what daily calorie deficit "
                "do I need if a kilo of fat is 7700 kcal?", kg * 7700 / 7, "kcal", "calories",
                "kcal/day", "kcal per day", "calories a day")


def k_water_glasses_oz(rng: random.Random) -> Item | None:  # 8 oz glasses for a ml/kg goal
    kg, per = rng.randint(45, 120), rng.choice([30, 33, 35, 40])
    return conv("K_u_water_glasses_oz", f"goal is {per} ml of water per kg, I'm {kg} kg. how "
                "many 8 oz (US) glasses is that?", F(kg * per) / (8 * F("29.5735295625")),
                "glasses")


def k_zone2_tanaka(rng: random.Random) -> Item | None:  # zone 2 bounds on a Tanaka maximum
    age = rng.randint(20, 70)
    hmax = 208 - F(7, 10) * age
    return multi("K_u_zone2_tanaka", f"Zone 2 is 60-70% of max HR. Using 208 - 0.7 x age for "
                 f"max and age {age}, what's my zone 2? whole beats", beats(hmax * F(6, 10)),
                 beats(hmax * F(7, 10)))


def k_gulati(rng: random.Random) -> Item | None:  # Gulati maximum heart rate for women
    age = rng.randint(20, 80)
    return multi("K_u_gulati", f"For women there's the Gulati formula, 206 - 0.88 x age. What "
                 f"does it give for me at {age}? nearest beat", beats(206 - F(88, 100) * age))


def k_hr_recovery(rng: random.Random) -> Item | None:  # one-minute heart-rate recovery
    peak = rng.randint(140, 195)
    after = peak - rng.randint(8, 50)
    return multi("K_u_hr_recovery", f"heart rate was {peak} at the end of my interval and "
                 f"{after} one minute later. what's my 1-minute recovery?", beats(F(peak - after)))


def k_steps_kcal(rng: random.Random) -> Item | None:  # calories from a step count
    steps = rng.randint(3000, 25000)
    per = rng.choice([F("0.04"), F("0.05"), F("0.045")])
    return conv("K_u_steps_kcal", f"if each step burns about {show(per)} kcal, how many calories "
                f"did my {steps:,} steps burn?", steps * per, "kcal", "calories")


def k_sleep_debt(rng: random.Random) -> Item | None:  # sleep debt over a week
    need = rng.choice([F(7), F(15, 2), F(8)])
    nights = [F(rng.randint(8, 17), 2) for _ in range(rng.randint(4, 7))]
    debt = F(need) * len(nights) - sum(nights)
    if debt <= 0:
        return None
    shown = ", ".join(show(n) for n in nights)
    return conv("K_u_sleep_debt", f"I need {show(F(need))} hours a night. Last {len(nights)} "
                f"nights I slept {shown}. How much sleep debt in hours?", debt, "hours", "h",
                "hrs")


def k_dose_capped(rng: random.Random) -> Item | None:  # weight dose with a maximum
    per, cap = rng.choice([(15, 1000), (10, 400), (20, 500), (50, 2000), (25, 1000)])
    kg = rng.randint(8, 90)
    return conv("K_u_dose_capped", f"{per} mg/kg per dose, maximum {cap} mg per dose. patient "
                f"weighs {kg} kg. what dose?", F(min(per * kg, cap)), *MG, dp=0)


def k_vial_volume(rng: random.Random) -> Item | None:  # ml drawn from a vial
    mg, ml = rng.choice([(500, 10), (1000, 20), (250, 5), (100, 2), (40, 1), (80, 2)])
    dose = rng.randint(5, 60) * mg // 100
    return conv("K_u_vial_volume", f"Vial contains {mg} mg in {ml} ml. Ordered dose is {dose} mg. "
                "How many ml to draw up?", F(dose * ml, mg), *ML)


def k_heparin_rate(rng: random.Random) -> Item | None:  # units per hour from a pump rate
    units, bag, rate = rng.choice([20000, 25000, 40000]), rng.choice([250, 500, 1000]), \
        rng.randint(5, 40)
    return conv("K_u_heparin_rate", f"{units:,} units in {bag} ml running at {rate} ml/h - how "
                "many units per hour is the patient getting?", F(units * rate, bag),
                "units/h", "units per hour", "units/hr", "units an hour")


def k_mcg_kg_min(rng: random.Random) -> Item | None:  # mcg/kg/min to a pump rate
    dose, kg, conc = rng.choice([2, 3, 5, 8, 10, 15]), rng.randint(45, 120), rng.choice(
        [800, 1600, 3200])
    return conv("K_u_mcg_kg_min", f"Infuse at {dose} mcg/kg/min, patient {kg} kg, bag "
                f"concentration {conc} mcg/ml. Pump rate in ml/h?", F(dose * kg * 60, conc),
                *MLH)


def k_o2_cylinder(rng: random.Random) -> Item | None:  # oxygen cylinder duration
    psi, flow = rng.randint(600, 2200), rng.choice([1, 2, 3, 4, 5, 6, 8, 10])
    mins = F(psi - 200) * F(16, 100) / flow
    return conv("K_u_o2_cylinder", f"D cylinder at {psi} psi, factor 0.16, safe residual 200 psi,"
                f" flowing {flow} L/min. How many minutes will it last?", mins, "minutes",
                "min", "mins")


def k_due_date(rng: random.Random) -> Item | None:  # Naegele due date from the last period
    lmp = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 400))
    due = lmp + datetime.timedelta(days=280)
    return multi("K_u_due_date", f"first day of my last period was {long_date(lmp)}. what's my due "
                 "date (40 weeks)?", date_forms(due.year, due.month, due.day))


def k_weeks_pregnant(rng: random.Random) -> Item | None:  # gestational age on a given day
    lmp = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
    days = rng.randint(30, 270)
    today = lmp + datetime.timedelta(days=days)
    w, d = divmod(days, 7)
    forms = [f"{w} weeks and {d} days", f"{w} weeks {d} days", f"{w}w{d}d", f"{w}+{d}",
             f"{w} weeks, {d} days", f"{w}w {d}d"] if d else [f"{w} weeks", f"{w}w", f"{w}+0"]
    if d == 1:
        forms += [f"{w} weeks and 1 day", f"{w} weeks 1 day", f"{w} weeks, 1 day"]
    return multi("K_u_weeks_pregnant", f"LMP was {long_date(lmp)}. How many weeks and days "
                 f"pregnant am I on {long_date(today)}?", forms)


def k_run_kcal(rng: random.Random) -> Item | None:  # running calories at 1 kcal/kg/km
    kg, km = rng.randint(50, 110), F(rng.randint(20, 250), 10)
    return conv("K_u_run_kcal", f"rule of thumb is 1 kcal per kg per km running. I'm {kg} kg "
                f"and ran {show(km)} km, how many kcal?", kg * km, "kcal", "calories")


def k_navy_fat(rng: random.Random) -> Item | None:  # US Navy body fat, men
    waist, neck, cm = rng.randint(75, 120), rng.randint(34, 45), rng.randint(160, 195)
    value = 495 / (1.0324 - 0.19077 * math.log10(waist - neck) + 0.15456 * math.log10(cm)) - 450
    return conv("K_u_navy_fat", f"US Navy body fat formula for a man: waist {waist} cm, neck "
                f"{neck} cm, height {cm} cm. Body fat %?", value, "%", "percent")


def k_ffmi(rng: random.Random) -> Item | None:  # fat-free mass index
    kg, fat, cm = rng.randint(60, 110), rng.randint(8, 30), rng.randint(160, 195)
    return multi("K_u_ffmi", f"FFMI for {kg} kg at {fat}% body fat and {cm} cm tall?",
                 nums(kg * F(100 - fat, 100) / F(cm, 100) ** 2))


def k_hamwi(rng: random.Random) -> Item | None:  # Hamwi ideal body weight
    inches = rng.randint(60, 78)
    male = rng.random() < 0.5
    value = (48 + F("2.7") * (inches - 60)) if male else (F("45.5") + F("2.2") * (inches - 60))
    return conv("K_u_hamwi", f"What's the Hamwi ideal weight for a {'man' if male else 'woman'} "
                f"{inches // 12}'{inches % 12}\"?", value, "kg", "kilograms")


def k_adjusted_bw(rng: random.Random) -> Item | None:  # adjusted body weight
    ibw, actual = rng.randint(50, 80), rng.randint(85, 160)
    return conv("K_u_adjusted_bw", f"IBW {ibw} kg, actual weight {actual} kg. Adjusted body "
                "weight (IBW + 0.4 x excess)?", ibw + F(4, 10) * (actual - ibw), "kg",
                "kilograms")


def k_protein_meal(rng: random.Random) -> Item | None:  # protein per meal
    kg, per, meals = rng.randint(50, 110), rng.choice([F("1.6"), F("2"), F("1.2"),
                                                       F("1.8")]), rng.choice([3, 4, 5])
    return conv("K_u_protein_meal", f"{show(per)} g/kg of protein a day, {kg} kg, spread over "
                f"{meals} meals - grams per meal?", per * kg / meals, "g", "grams")


def k_sugar_tsp(rng: random.Random) -> Item | None:  # grams of sugar to teaspoons
    g = rng.randint(5, 70)
    return conv("K_u_sugar_tsp", f"can of soda has {g} g of sugar. at 4 g per teaspoon how many "
                "teaspoons is that?", F(g, 4), "teaspoons", "tsp")


def k_sodium_salt(rng: random.Random) -> Item | None:  # sodium mg to salt grams
    mg = rng.randint(80, 2400)
    return conv("K_u_sodium_salt", f"the label lists sodium {mg} mg. How much salt is that in "
                "grams (x 2.5)?", F(mg * 25, 10000), "g", "grams", dp=2)


def k_pack_years(rng: random.Random) -> Item | None:  # smoking pack-years
    per_day, years = rng.choice([5, 10, 15, 20, 25, 30, 40]), rng.randint(3, 45)
    return conv("K_u_pack_years", f"smoked {per_day} cigarettes a day for {years} years. how "
                "many pack-years is that? (20 per pack)", F(per_day * years, 20),
                "pack-years", "pack years")


def k_bp_average(rng: random.Random) -> Item | None:  # average of home BP readings
    readings = [(rng.randint(105, 165), rng.randint(62, 100)) for _ in range(rng.randint(3, 5))]
    text = ", ".join(f"{s}/{d}" for s, d in readings)
    sys_mean = F(sum(s for s, _ in readings), len(readings))
    dia_mean = F(sum(d for _, d in readings), len(readings))
    return multi("K_u_bp_average", f"home readings this week: {text}. what's my average "
                 "systolic and average diastolic?", nums(sys_mean), nums(dia_mean))


def k_calcium_corr(rng: random.Random) -> Item | None:  # albumin-corrected calcium
    ca, alb = F(rng.randint(70, 105), 10), F(rng.randint(20, 45), 10)
    return conv("K_u_calcium_corr", f"Calcium {show(ca)} mg/dL, albumin {show(alb)} g/dL. "
                "Corrected calcium? (Ca + 0.8 x (4 - albumin))", ca + F(8, 10) * (4 - alb),
                *MGDL)


def k_anion_gap(rng: random.Random) -> Item | None:  # anion gap
    na, cl, hco3 = rng.randint(134, 148), rng.randint(95, 108), rng.randint(16, 29)
    gap = F(na - cl - hco3)
    return multi("K_u_anion_gap", f"Na {na}, Cl {cl}, HCO3 {hco3}: anion gap?",
                 (nums(gap, 0) or []) + (with_units(gap, ("mmol/L", "mEq/L"), 0) or []))


def k_ldl(rng: random.Random) -> Item | None:  # Friedewald LDL
    tc, hdl, tg = rng.randint(150, 300), rng.randint(30, 90), rng.randint(60, 380)
    return conv("K_u_ldl", f"Total chol {tc}, HDL {hdl}, triglycerides {tg} (all mg/dL). LDL by "
                "Friedewald?", F(tc - hdl) - F(tg, 5), *MGDL)


def k_creat_umol(rng: random.Random) -> Item | None:  # creatinine mg/dL to µmol/L
    cr = F(rng.randint(5, 40), 10)
    return conv("K_u_creat_umol", f"creatinine {show(cr)} mg/dL in µmol/L? (x 88.4)",
                cr * F("88.4"), "µmol/L", "umol/L", "μmol/L")


def k_since_dose(rng: random.Random) -> Item | None:  # time since the last dose
    took = rng.randint(20, 90) * 10
    now = took + rng.randint(4, 70) * 10
    h1, m1 = divmod(took, 60)
    h2, m2 = divmod(now % 1440, 60)
    return multi("K_u_since_dose", f"Last inhaler dose {h1:02d}:{m1:02d}, it's {h2:02d}:{m2:02d} "
                 "now. How long ago was that?", duration(now - took))


FAMILIES: list[tuple[Family, int]] = families(
    k_bmi_terse, k_bmi_inches, k_bmi_category, k_bmr_imperial, k_tdee_woman, k_weekly_loss,
    k_water_glasses_oz, k_zone2_tanaka, k_gulati, k_hr_recovery, k_steps_kcal, k_sleep_debt,
    k_dose_capped, k_vial_volume, k_heparin_rate, k_mcg_kg_min, k_o2_cylinder, k_due_date,
    k_weeks_pregnant, k_run_kcal, k_navy_fat, k_ffmi, k_hamwi, k_adjusted_bw, k_protein_meal,
    k_sugar_tsp, k_sodium_salt, k_pack_years, k_bp_average, k_calcium_corr, k_anion_gap,
    k_ldl, k_creat_umol, k_since_dose)
