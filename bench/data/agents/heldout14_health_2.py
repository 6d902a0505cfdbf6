"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: more health arithmetic — body
measures, training numbers, medicines and their timing, fluids and clinic formulas."""

from __future__ import annotations

import datetime
import random
from fractions import Fraction

from bench.data.agents.heldout14_units import (
    INCH,
    LB,
    F,
    answer,
    calc,
    clock,
    conv,
    duration,
    families,
    numbers,
    show,
)
from bench.data.agents.helpers import Family, Item

KCALS = ("kcal", "calories", "kcal/day", "cal")
BPM = ("bpm", "beats per minute", "beats/min")
MG, ML = ("mg", "milligrams"), ("ml", "mL", "millilitres", "milliliters")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def percent(value: Fraction) -> list[str] | None:
    forms = numbers(value, 2)
    return None if forms is None else [f"{n}{s}" for n in forms for s in ("%", " %", " percent")]


def day(when: datetime.date) -> list[str]:
    month = MONTHS[when.month - 1]
    return [when.isoformat(), f"{when.day} {month} {when.year}", f"{month} {when.day}, {when.year}",
            f"{when.day} {month[:3]} {when.year}", f"{month[:3]} {when.day}, {when.year}",
            f"{month} {when.day} {when.year}"]


def hhmm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def bmi_class(rng: random.Random) -> Item | None:  # BMI and its WHO category together
    cm, kg = rng.randint(150, 195), rng.randint(42, 135)
    bmi = F(kg) / F(cm, 100) ** 2
    if any(abs(bmi - edge) < F(1, 10) for edge in (F(185, 10), 25, 30)):
        return None
    label = (["underweight"] if bmi < F(185, 10) else ["normal", "healthy"] if bmi < 25 else
             ["overweight"] if bmi < 30 else ["obese", "obesity"])
    return calc(f"{kg} kg and {cm} cm — what's the BMI and which category does it fall in?",
                numbers(bmi, 2), label)


def bmi_mixed(rng: random.Random) -> Item | None:  # BMI with pounds and centimetres
    cm, lb = rng.randint(150, 195), rng.randint(100, 300)
    return calc(f"i know my height in cm ({cm}) but weight in pounds ({lb}). bmi?",
                numbers(lb * LB / F(cm, 100) ** 2, 2))


def bmi_to_healthy(rng: random.Random) -> Item | None:  # kilograms to lose to reach BMI 25
    cm, kg = rng.randint(155, 195), rng.randint(85, 140)
    target = 25 * F(cm, 100) ** 2
    if kg <= target:
        return None
    return conv(f"How many kg would I need to lose to get down to a BMI of 25? I'm {cm} cm and "
                f"{kg} kg.", kg - target, "kg", "kilograms", "kilos")


def bmr_imperial(rng: random.Random) -> Item | None:  # Mifflin-St Jeor from pounds and inches
    ft, inch, lb, age = rng.randint(5, 6), rng.randint(0, 11), rng.randint(110, 260), \
        rng.randint(20, 65)
    sex = rng.choice(["male", "female"])
    cm, kg = (ft * 12 + inch) * INCH * 100, lb * LB
    value = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "male" else -161)
    return conv(f"{sex}, {age}, {ft}'{inch}\", {lb} lb. BMR via Mifflin-St Jeor?", value, *KCALS)


def bmr_harris(rng: random.Random) -> Item | None:  # revised Harris-Benedict (Roza-Shizgal)
    age, cm, kg, sex = rng.randint(20, 70), rng.randint(155, 195), rng.randint(50, 120), \
        rng.choice(["man", "woman"])
    if sex == "man":
        value = F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
    else:
        value = F("447.593") + F("9.247") * kg + F("3.098") * cm - F("4.330") * age
    return conv(f"Revised Harris-Benedict BMR (Roza & Shizgal) for a {age}-year-old {sex}, "
                f"{kg} kg, {cm} cm?", value, *KCALS)


def cut_calories(rng: random.Random) -> Item | None:  # maintenance then a deficit, two parts
    age, cm, kg = rng.randint(22, 55), rng.randint(160, 190), rng.randint(60, 110)
    deficit = rng.choice([300, 400, 500, 600])
    tdee = (10 * kg + F(625, 100) * cm - 5 * age + 5) * F("1.55")
    return calc(f"Male, {age}, {cm} cm, {kg} kg, moderately active (x1.55). Using Mifflin-St "
                f"Jeor, what's my maintenance, and what should I eat a day for a {deficit} kcal "
                "deficit?", answer(tdee, *KCALS), answer(tdee - deficit, *KCALS))


def water_per_kg(rng: random.Random) -> Item | None:  # water at 0.033 L per kg
    kg = rng.randint(45, 125)
    return conv(f"Rule of thumb 0.033 L per kg body weight — how much water for {kg} kg?",
                F(33 * kg, 1000), "L", "litres", "liters", "l")


def water_workout(rng: random.Random) -> Item | None:  # baseline water plus exercise
    kg, hours = rng.randint(50, 110), F(rng.randint(1, 6), 2)
    return conv(f"30 ml/kg baseline plus 500 ml per hour of exercise. I'm {kg} kg and train "
                f"{show(hours)} h today. Total water in litres?", F(30 * kg, 1000) + hours / 2,
                "L", "litres", "liters", "l")


def karvonen_range(rng: random.Random) -> Item | None:  # Karvonen range for an intensity band
    age, rest = rng.randint(20, 65), rng.randint(45, 85)
    low, high = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    top = 220 - age
    a = numbers(rest + F(low * (top - rest), 100), 0)
    b = numbers(rest + F(high * (top - rest), 100), 0)
    if a is None or b is None:
        return None
    forms = [f"{a[0]}{s}{b[0]}{u}" for s in ("-", "–", " - ", " – ", " to ") for u in ("",
                                                                                    " bpm")]
    return calc(f"age {age}, resting pulse {rest}. using heart rate reserve (Karvonen), what's "
                f"my {low}-{high}% zone? max = 220 - age", forms)


def hrmax_gulati(rng: random.Random) -> Item | None:  # Gulati formula for women
    age = rng.randint(20, 80)
    return conv(f"For women there's the Gulati formula, 206 − 0.88 × age. I'm {age}. Max heart "
                "rate?", 206 - F(88, 100) * age, *BPM)


def hr_reserve(rng: random.Random) -> Item | None:  # heart rate reserve
    age, rest = rng.randint(18, 70), rng.randint(42, 90)
    return conv(f"What's my heart rate reserve? {age} years old, resting HR {rest}, max by "
                "220-age.", F(220 - age - rest), *BPM)


def vo2_uth(rng: random.Random) -> Item | None:  # VO2max estimate from heart rates
    top, rest = rng.randint(165, 205), rng.randint(45, 80)
    return conv(f"Estimate VO2max with the Uth formula (15.3 × HRmax/HRrest): max {top}, resting "
                f"{rest}.", F(153 * top, 10 * rest), "ml/kg/min", "mL/kg/min")


def dose_schedule(rng: random.Random) -> Item | None:  # every dose time in a day, one part each
    start, every = rng.randint(5 * 60, 9 * 60) // 15 * 15, rng.choice([6, 8])
    count = 24 // every
    return calc(f"Antibiotic every {every} hours, first one at {hhmm(start)}. What times are the "
                "rest of today's doses?", *[clock(start + i * every * 60) for i in range(1, count)])


def max_tablets(rng: random.Random) -> Item | None:  # tablets allowed under a daily maximum
    tab, cap = rng.choice([(200, 1200), (250, 3000), (500, 4000), (500, 3000), (400, 2400),
                           (325, 3900), (200, 3200), (100, 1000), (10, 40), (20, 120)])
    return calc(f"maximum {cap} mg in 24 hours, each tablet is {tab} mg. how many tablets at "
                "most per day?", [f"{cap // tab} tablets", f"{cap // tab} tabs"])


def tablets_left(rng: random.Random) -> Item | None:  # tablets still allowed today
    cap, tab = rng.choice([(4000, 500), (3000, 500), (3200, 400), (2400, 200)])
    taken = rng.randint(1, 4)
    left = (cap - taken * tab) // tab
    return calc(f"Daily limit {cap} mg. I've had {taken} x {tab} mg tablets since this morning. "
                "How many more can I take today?", [f"{left} more", f"{left} tablets",
                                                    f"{left} more tablets"])


def suspension_ml(rng: random.Random) -> Item | None:  # ml of suspension for a mg dose
    conc, dose = rng.choice([125, 250, 200, 100, 160]), rng.choice([100, 150, 200, 250, 300, 400,
                                                                    500])
    return conv(f"need {dose} mg and the bottle is {conc} mg/5 mL. how many mL?",
                F(dose * 5, conc), *ML)


def ml_teaspoons(rng: random.Random) -> Item | None:  # medicine ml in 5 ml spoons
    ml = F(rng.randint(3, 40), 2)
    return conv(f"Dose is {show(ml)} ml. How many 5 ml spoons is that?", ml / 5, "spoons",
                "teaspoons", "spoonfuls")


def dose_pounds(rng: random.Random) -> Item | None:  # a mg/kg dose for a weight in pounds
    lb, per = rng.randint(20, 90), rng.choice([5, 10, 15])
    return conv(f"My kid is {lb} lbs. Dose is {per} mg per kg. How many mg?", lb * LB * per, *MG)


def iv_duration(rng: random.Random) -> Item | None:  # how long a bag runs at a rate
    ml, rate = rng.choice([250, 500, 1000, 1500]), rng.choice([50, 75, 80, 100, 125, 150, 200,
                                                               250])
    return calc(f"{ml} ml bag running at {rate} ml/h — how long will it take?",
                duration(F(ml * 60, rate)))


def infusion_ends(rng: random.Random) -> Item | None:  # when an infusion finishes
    start, ml, rate = rng.randint(7 * 60, 18 * 60), rng.choice([100, 250, 500, 1000]), \
        rng.choice([50, 100, 125, 200, 250])
    minutes = F(ml * 60, rate)
    if minutes.denominator != 1:
        return None
    return calc(f"infusion of {ml} mL started at {hhmm(start)} at {rate} mL/hr. what time does it "
                "finish?", clock(start + int(minutes)))


def concentration(rng: random.Random) -> Item | None:  # mg per ml of a mixed bag
    mg, ml = rng.choice([100, 200, 250, 400, 500, 800, 1000]), rng.choice([50, 100, 250, 500])
    return conv(f"{mg} mg of drug in {ml} ml of fluid. Concentration in mg/ml?", F(mg, ml),
                "mg/ml", "mg/mL", "mg per ml", dp=2)


def saline_grams(rng: random.Random) -> Item | None:  # grams of solute in a % w/v solution
    pct, ml = F(rng.choice([90, 45, 500, 1000, 2000]), 100), rng.choice([100, 250, 500, 1000])
    return conv(f"how many grams of solute in {ml} ml of a {show(pct)}% w/v solution?",
                pct * ml / 100, "g", "grams")


def dilution(rng: random.Random) -> Item | None:  # C1V1 = C2V2 for stock volume
    c1, c2, v2 = rng.choice([10, 20, 25, 50, 100]), rng.choice([1, 2, 4, 5]), rng.choice(
        [50, 100, 200, 250, 500])
    if c2 >= c1:
        return None
    return conv(f"Stock is {c1} mg/ml. I want {v2} ml at {c2} mg/ml. How much stock do I use?",
                F(c2 * v2, c1), *ML)


def course_tablets(rng: random.Random) -> Item | None:  # tablets for a whole course
    per, times, days = rng.randint(1, 2), rng.randint(2, 4), rng.choice([5, 7, 10, 14, 21, 28])
    return calc(f"Take {per} tablet{'s' if per > 1 else ''} {times} times a day for {days} days. "
                "How many tablets in total?", [f"{per * times * days} tablets",
                                               f"{per * times * days} tabs"])


def eye_drops(rng: random.Random) -> Item | None:  # how long a bottle of drops lasts
    ml, per_ml, drops, times, eyes = rng.choice([5, 10]), 20, rng.randint(1, 2), rng.choice(
        [2, 3, 4]), rng.choice([1, 2])
    days = ml * per_ml // (drops * times * eyes)
    which = "both eyes" if eyes == 2 else "one eye"
    return calc(f"{ml} ml bottle of eye drops, about {per_ml} drops per ml. {drops} drop(s) "
                f"{times} times a day in {which}. How many full days will it last?",
                [f"{days} days", f"{days} full days"])


def fat_mass(rng: random.Random) -> Item | None:  # fat and lean mass from body-fat percentage
    kg, bf = F(rng.randint(500, 1200), 10), F(rng.randint(80, 400), 10)
    return calc(f"scale says {show(kg)} kg and {show(bf)}% body fat. how many kg of fat, and how "
                "much lean mass?", answer(kg * bf / 100, "kg"), answer(kg * (100 - bf) / 100,
                                                                         "kg"))


def goal_weight_bf(rng: random.Random) -> Item | None:  # weight at a target body fat
    kg, bf, goal = rng.randint(65, 110), rng.randint(22, 35), rng.choice([12, 15, 18, 20])
    return conv(f"I'm {kg} kg at {bf}% body fat. Keeping my lean mass the same, what would I "
                f"weigh at {goal}% body fat?", F(kg * (100 - bf), 100 - goal), "kg", "kilograms")


def weight_lost_pct(rng: random.Random) -> Item | None:  # percentage of body weight lost
    start = F(rng.randint(700, 1400), 10)
    now = start - F(rng.randint(20, 200), 10)
    return calc(f"Started at {show(start)} kg, now {show(now)} kg. What percent of my body weight "
                "have I lost?", percent((start - now) / start * 100))


def epley(rng: random.Random) -> Item | None:  # Epley one-rep max estimate
    kg, reps = F(rng.randint(40, 300), 2), rng.randint(2, 12)
    return conv(f"did {show(kg)} kg for {reps} reps on bench. estimated 1RM with Epley "
                "(w × (1 + reps/30))?", kg * (1 + F(reps, 30)), "kg", "kilograms")


def brzycki(rng: random.Random) -> Item | None:  # Brzycki one-rep max estimate
    lb, reps = rng.randint(95, 500), rng.randint(2, 10)
    return conv(f"Squatted {lb} lb for {reps}. Brzycki 1RM = weight × 36 / (37 − reps). What do "
                "I get?", F(lb * 36, 37 - reps), "lb", "lbs", "pounds")


def due_date(rng: random.Random) -> Item | None:  # Naegele due date from the last period
    lmp = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    month = MONTHS[lmp.month - 1]
    return calc(f"first day of my last period was {lmp.day} {month} {lmp.year}. due date by "
                "Naegele's rule (280 days)?", day(lmp + datetime.timedelta(days=280)))


def bedtime_cycles(rng: random.Random) -> Item | None:  # bedtime for whole sleep cycles
    wake, cycles, settle = rng.randint(5 * 60, 8 * 60) // 5 * 5, rng.choice([4, 5, 6]), \
        rng.choice([10, 15, 20])
    return calc(f"want to wake at {hhmm(wake)} after {cycles} full 90-minute cycles, and it "
                f"takes me {settle} min to fall asleep. when should I go to bed?",
                clock(wake - cycles * 90 - settle))


def caffeine_left(rng: random.Random) -> Item | None:  # caffeine remaining after half-lives
    mg, half, hours = rng.choice([80, 95, 120, 150, 200, 240, 300]), rng.choice([4, 5, 6]), \
        rng.choice([2, 3, 4, 6, 8, 10, 12])
    value = mg * 2 ** (-hours / half)
    return conv(f"Had {mg} mg of caffeine. With a {half} hour half-life, how much is left after "
                f"{hours} hours?", F(value), *MG)


def mean_arterial(rng: random.Random) -> Item | None:  # mean arterial pressure
    sys_bp, dia = rng.randint(95, 180), rng.randint(55, 110)
    if dia >= sys_bp - 20:
        return None
    return conv(f"BP {sys_bp}/{dia}. what's the MAP (SBP + 2×DBP)/3?", F(sys_bp + 2 * dia, 3),
                "mmHg", "mm Hg")


def cockcroft(rng: random.Random) -> Item | None:  # Cockcroft-Gault creatinine clearance
    age, kg, cr, sex = rng.randint(25, 90), rng.randint(45, 110), F(rng.randint(6, 25), 10), \
        rng.choice(["male", "female"])
    value = F((140 - age) * kg) / (72 * cr) * (F(85, 100) if sex == "female" else 1)
    return conv(f"Cockcroft-Gault CrCl: {sex}, {age} y, {kg} kg, serum creatinine {show(cr)} "
                "mg/dL?", value, "mL/min", "ml/min")


def qtc_bazett(rng: random.Random) -> Item | None:  # Bazett-corrected QT interval
    qt, hr = rng.randint(320, 480), rng.choice([50, 60, 75, 80, 90, 100, 120])
    rr = F(60, hr)
    return conv(f"QT {qt} ms at heart rate {hr}. QTc by Bazett?", F(qt / float(rr) ** 0.5),
                "ms", "milliseconds", dp=(0, 2))


def pack_years(rng: random.Random) -> Item | None:  # smoking pack-years
    per_day, years = rng.choice([5, 10, 15, 20, 25, 30, 40]), rng.randint(3, 45)
    return conv(f"{per_day} cigarettes a day for {years} years — how many pack-years (20 per "
                "pack)?", F(per_day * years, 20), "pack-years", "pack years")


def fluid_balance(rng: random.Random) -> Item | None:  # intake minus output over a shift
    drinks, iv, urine, drain = rng.randint(200, 1500), rng.randint(0, 1500), rng.randint(300,
                                                                                   2000), \
        rng.randint(0, 300)
    return calc(f"12h shift: oral intake {drinks} ml, IV {iv} ml, urine {urine} ml, drain {drain} "
                "ml. net fluid balance?", answer(F(drinks + iv - urine - drain), "ml", "mL"))


def drink_calories(rng: random.Random) -> Item | None:  # calories from the alcohol in a drink
    ml, abv = rng.choice([125, 175, 250, 330, 440, 500, 568]), F(rng.randint(40, 140), 10)
    grams = ml * abv / 100 * F("0.789")
    return conv(f"how many calories from the alcohol alone in {ml} ml at {show(abv)}%? use "
                "0.789 g/ml and 7 kcal/g", grams * 7, *KCALS)


def walk_burn(rng: random.Random) -> Item | None:  # rule-of-thumb calories for walking
    kg, km = rng.randint(50, 120), F(rng.randint(10, 150), 10)
    return conv(f"rule of thumb: walking burns about 0.5 kcal per kg per km. I'm {kg} kg and "
                f"walked {show(km)} km. calories?", F(1, 2) * kg * km, *KCALS)


FAMILIES: list[tuple[Family, int]] = families(
    bmi_class, bmi_mixed, bmi_to_healthy, bmr_imperial, bmr_harris, cut_calories, water_per_kg,
    water_workout, karvonen_range, hrmax_gulati, hr_reserve, vo2_uth, dose_schedule,
    max_tablets, tablets_left, suspension_ml, ml_teaspoons, dose_pounds, iv_duration,
    infusion_ends, concentration, saline_grams, dilution, course_tablets, eye_drops, fat_mass,
    goal_weight_bf, weight_lost_pct, epley, brzycki, due_date, bedtime_cycles, caffeine_left,
    mean_arterial, cockcroft, qtc_bazett, pack_years, fluid_balance, drink_calories, walk_burn)
