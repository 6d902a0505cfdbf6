"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: health calculations as people
ask them (BMI, BMR, daily water, heart rate, dose timing and body-weight dosing)."""

from __future__ import annotations

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


def hours_or_clock(minutes: Fraction) -> list[str] | None:
    """Decimal hours, or the same span in hours and minutes."""
    decimal, spoken = answer(minutes / 60, "hours", "h", "hrs"), duration(minutes)
    return None if decimal is None or spoken is None else list(dict.fromkeys(decimal + spoken))


def bmi_forms(value: Fraction) -> list[str] | None:
    return numbers(value, 2)


def span(low: Fraction, high: Fraction, unit: str = "bpm") -> list[str] | None:
    """A whole-number range, in the ways a range is written."""
    a, b = numbers(low, 0), numbers(high, 0)
    if a is None or b is None:
        return None
    lo, hi = a[0], b[0]
    seps = ["-", "–", " - ", " – ", " to "]
    return [f"{lo}{s}{hi}{u}" for s in seps for u in ("", f" {unit}")]


def bmi_metric(rng: random.Random) -> Item | None:  # BMI from cm and kg, asked plainly
    cm, kg = rng.randint(150, 198), rng.randint(45, 130)
    return calc(f"what's my bmi? {cm}cm, {kg}kg", bmi_forms(F(kg) / (F(cm, 100)) ** 2))


def bmi_metres(rng: random.Random) -> Item | None:  # BMI with the height in metres, chatty
    m, kg = F(rng.randint(148, 201), 100), F(rng.randint(450, 1250), 10)
    return calc(f"Doctor weighed me at {show(kg)} kg today and I'm {show(m)} m tall. Can you "
                "work out my BMI?", bmi_forms(kg / m**2))


def bmi_imperial(rng: random.Random) -> Item | None:  # BMI from feet/inches and pounds
    ft, inch, lb = rng.randint(4, 6), rng.randint(0, 11), rng.randint(100, 280)
    inches = ft * 12 + inch
    exact = lb * LB / (inches * INCH) ** 2
    rough = F(703 * lb, inches**2)
    a, b = bmi_forms(exact), bmi_forms(rough)
    forms = None if a is None or b is None else list(dict.fromkeys(a + b))
    return calc(f"BMI for someone {ft} ft {inch} in, {lb} lbs?", forms)


def bmi_target(rng: random.Random) -> Item | None:  # weight that gives a target BMI
    cm, target = rng.randint(152, 195), F(rng.choice([200, 210, 220, 230, 240, 250, 245]), 10)
    return conv(f"I'm {cm} cm. What weight would put me at a BMI of exactly {show(target)}?",
                target * F(cm, 100) ** 2, "kg", "kilograms", "kilos")


def bmi_after_loss(rng: random.Random) -> Item | None:  # BMI after losing some weight
    cm, kg, lose = rng.randint(155, 192), rng.randint(80, 125), rng.randint(4, 15)
    return calc(f"currently {kg} kg at {cm} cm. if i lose {lose} kg what will my BMI be?",
                bmi_forms(F(kg - lose) / F(cm, 100) ** 2))


def bmr_mifflin_man(rng: random.Random) -> Item | None:  # Mifflin-St Jeor BMR for a man
    age, cm, kg = rng.randint(20, 70), rng.randint(160, 195), rng.randint(55, 120)
    return conv(f"Mifflin-St Jeor BMR for me please: male, {age}, {cm} cm, {kg} kg",
                F(10 * kg) + F(625, 100) * cm - 5 * age + 5, *KCALS)


def bmr_mifflin_woman(rng: random.Random) -> Item | None:  # Mifflin-St Jeor BMR for a woman
    age, cm, kg = rng.randint(19, 72), rng.randint(150, 185), rng.randint(45, 105)
    return conv(f"how many calories does my body burn at rest? woman, {age} years old, {kg}kg, "
                f"{cm}cm. use mifflin st jeor", F(10 * kg) + F(625, 100) * cm - 5 * age - 161,
                *KCALS)


def tdee_active(rng: random.Random) -> Item | None:  # Mifflin BMR times an activity factor
    age, cm, kg = rng.randint(22, 60), rng.randint(158, 192), rng.randint(52, 110)
    sex = rng.choice(["man", "woman"])
    factor, label = rng.choice([(F("1.2"), "sedentary (1.2)"), (F("1.375"), "lightly active "
                                "(1.375)"), (F("1.55"), "moderately active (1.55)"),
                                (F("1.725"), "very active (1.725)")])
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "man" else -161)
    return conv(f"Maintenance calories? {sex}, {age}, {cm} cm, {kg} kg, {label}. Mifflin-St "
                "Jeor for the BMR.", bmr * factor, *KCALS)


def bmr_katch(rng: random.Random) -> Item | None:  # Katch-McArdle from weight and body fat
    kg, fat = rng.randint(55, 115), rng.randint(10, 35)
    return conv(f"Katch-McArdle BMR: {kg} kg, {fat}% body fat?",
                370 + F(216, 10) * kg * (100 - fat) / 100, *KCALS)


def water_35(rng: random.Random) -> Item | None:  # daily water at 35 ml per kg
    kg = rng.randint(45, 120)
    return conv(f"If I should drink 35 ml of water per kg a day and I weigh {kg} kg, how many "
                "litres is that?", F(35 * kg, 1000), "L", "litres", "liters", "l")


def water_ounces(rng: random.Random) -> Item | None:  # half your weight in pounds, as ounces
    lb = rng.randint(105, 290)
    return conv(f"my trainer says drink half my body weight (lbs) in ounces of water. I'm {lb} "
                "lbs - how many litres is that a day?", F(lb, 2) * F("29.5735295625") / 1000,
                "L", "litres", "liters", "l")


def water_glasses(rng: random.Random) -> Item | None:  # 30 ml/kg, counted in glasses
    kg, glass = rng.randint(50, 110), rng.choice([200, 250, 300])
    return conv(f"30 ml per kilo per day, I'm {kg} kilos, and my glass holds {glass} ml. How "
                "many glasses a day?", F(30 * kg, glass), "glasses")


def hrmax_220(rng: random.Random) -> Item | None:  # max heart rate by 220 minus age
    age = rng.randint(16, 75)
    return conv(f"max heart rate for a {age} year old? the 220-minus-age one", F(220 - age),
                *BPM)


def hrmax_tanaka(rng: random.Random) -> Item | None:  # Tanaka's 208 - 0.7 x age
    age = rng.randint(18, 80)
    return conv(f"Using Tanaka (208 - 0.7 × age), what's the max HR at age {age}?",
                208 - F(7, 10) * age, *BPM)


def zone_range(rng: random.Random) -> Item | None:  # a zone as a percentage range of max
    age = rng.randint(20, 65)
    low, high = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    top = 220 - age
    return calc(f"I'm {age}. What heart rate range is {low}-{high}% of my max (220 minus age)? "
                "whole beats", span(F(low * top, 100), F(high * top, 100)))


def zone_percent(rng: random.Random) -> Item | None:  # one target percentage of max
    age, pct = rng.randint(18, 70), rng.choice([55, 65, 75, 85, 95])
    return conv(f"coach wants my easy runs at {pct}% of max HR. age {age}, max = 220 - age. "
                "target bpm?", F(pct * (220 - age), 100), *BPM, dp=(0, 2))


def karvonen(rng: random.Random) -> Item | None:  # Karvonen target from resting rate
    age, rest, pct = rng.randint(20, 65), rng.randint(48, 80), rng.choice([50, 60, 65, 70, 75,
                                                                           80, 85])
    top = 220 - age
    return conv(f"Karvonen method: age {age}, resting HR {rest}, intensity {pct}%. Target heart "
                "rate?", rest + F(pct * (top - rest), 100), *BPM, dp=(0, 2))


def hr_count(rng: random.Random) -> Item | None:  # beats counted over a few seconds
    secs = rng.choice([10, 15, 20, 30])
    beats = rng.randint(9, 40) * secs // 10
    return conv(f"counted {beats} beats in {secs} seconds on my wrist. what's my pulse per "
                "minute", F(beats * 60, secs), *BPM)


def next_dose(rng: random.Random) -> Item | None:  # next dose time after an interval
    start, every = rng.randint(6 * 60, 14 * 60), rng.choice([4, 6, 8])
    h, m = divmod(start, 60)
    return calc(f"took paracetamol at {h}:{m:02d}, it says every {every} hours. when can I take "
                "the next one?", clock(start + every * 60))


def dose_pm(rng: random.Random) -> Item | None:  # next dose given a 12-hour clock time
    start, every = rng.randint(13 * 60, 20 * 60), rng.choice([4, 5, 6])
    h, m = divmod(start, 60)
    return calc(f"Gave my daughter ibuprofen at {h - 12}:{m:02d}pm. Label says every {every} "
                "hours at most. Earliest next dose?", clock(start + every * 60))


def third_dose(rng: random.Random) -> Item | None:  # the third dose in a day's schedule
    start, every = rng.randint(6 * 60, 10 * 60), rng.choice([3, 4, 5, 6])
    h, m = divmod(start, 60)
    return calc(f"first antibiotic dose at {h:02d}:{m:02d}, then every {every} hours. what time "
                "is the third dose?", clock(start + 2 * every * 60))


def last_dose_gap(rng: random.Random) -> Item | None:  # hours between two dose times
    a = rng.randint(6 * 60, 11 * 60)
    b = a + rng.randint(150, 600)
    ha, ma = divmod(a, 60)
    hb, mb = divmod(b, 60)
    return calc(f"Took one tablet at {ha:02d}:{ma:02d} and another at {hb:02d}:{mb:02d}. How "
                "many hours apart is that?", hours_or_clock(F(b - a)))


def doses_per_day(rng: random.Random) -> Item | None:  # max daily amount from a dose schedule
    mg, every = rng.choice([200, 250, 400, 500]), rng.choice([4, 6, 8, 12])
    return conv(f"If I take {mg} mg every {every} hours around the clock, how many mg is that "
                "in 24 hours?", F(mg * 24 // every), "mg", "milligrams")


def mg_per_kg(rng: random.Random) -> Item | None:  # a body-weight dose in mg
    kg, dose = F(rng.randint(80, 450), 10), rng.choice([5, 7, 10, 12, 15])
    return conv(f"the dose is {dose} mg/kg and my kid weighs {show(kg)} kg. how many mg?",
                kg * dose, "mg", "milligrams")


def syrup_ml(rng: random.Random) -> Item | None:  # a weight-based dose as millilitres of syrup
    kg, dose = rng.randint(8, 30), rng.choice([10, 15])
    conc = rng.choice([(120, 5), (250, 5), (100, 5), (200, 5)])
    return conv(f"Child is {kg} kg, dose {dose} mg/kg, syrup is {conc[0]} mg per {conc[1]} ml. "
                "How many ml do I give?", F(kg * dose * conc[1], conc[0]), "ml", "mL",
                "millilitres", "milliliters")


def divided_dose(rng: random.Random) -> Item | None:  # a daily mg/kg split into doses
    kg, daily, times = rng.randint(10, 40), rng.choice([20, 30, 40, 45, 50, 60]), rng.choice(
        [2, 3, 4])
    return conv(f"{daily} mg/kg/day split into {times} doses for a {kg} kg child — mg per dose?",
                F(daily * kg, times), "mg", "milligrams")


def mcg_mg(rng: random.Random) -> Item | None:  # micrograms to milligrams
    mcg = rng.choice([25, 50, 75, 88, 100, 112, 125, 137, 150, 175, 200, 300, 400, 600, 800])
    return conv(f"My levothyroxine is {mcg} mcg, how many mg is that?", F(mcg, 1000), "mg",
                "milligrams", dp=3)


def tablets_needed(rng: random.Random) -> Item | None:  # tablets for a prescribed dose
    strength, dose = rng.choice([(250, 750), (250, 500), (5, 15), (10, 25), (2, 5), (20, 50),
                                 (100, 250), (500, 1500), (25, 75), (50, 125)])
    return conv(f"Prescribed {dose} mg, tablets are {strength} mg each. How many tablets is one "
                "dose?", F(dose, strength), "tablets", "tabs")


def drip_rate(rng: random.Random) -> Item | None:  # infusion rate in ml per hour
    ml, hours = rng.choice([250, 500, 750, 1000, 1500]), rng.choice([3, 4, 6, 8, 12])
    return conv(f"{ml} mL of saline over {hours} hours — what rate do I set on the pump in "
                "mL/h?", F(ml, hours), "mL/h", "ml/h", "ml/hr", "mL per hour", "ml per hour")


def drops_min(rng: random.Random) -> Item | None:  # gravity drip in drops per minute
    ml, hours, factor = rng.choice([500, 1000, 250, 750]), rng.choice([2, 4, 6, 8]), rng.choice(
        [10, 15, 20, 60])
    return conv(f"nursing homework: {ml} ml over {hours} h, drop factor {factor} gtt/ml. drops "
                "per minute?", F(ml * factor, hours * 60), "drops per minute", "gtt/min",
                "drops/min", dp=(0, 2))


def maintenance_fluid(rng: random.Random) -> Item | None:  # Holliday-Segar 4-2-1 hourly rate
    kg = rng.randint(6, 45)
    rate = 4 * min(kg, 10) + 2 * min(max(kg - 10, 0), 10) + max(kg - 20, 0)
    return conv(f"maintenance fluids by the 4-2-1 rule for a {kg} kg child, ml per hour?",
                F(rate), "ml/h", "mL/h", "ml/hr", "ml per hour", "mL per hour")


def bsa(rng: random.Random) -> Item | None:  # Mosteller body surface area
    cm, kg = rng.randint(150, 195), rng.randint(45, 120)
    value = (F(cm * kg, 3600)) ** 0.5
    return conv(f"body surface area (Mosteller) for {cm} cm and {kg} kg?", F(value), "m²",
                "m2", "square metres", "square meters", "m^2")


def ideal_weight(rng: random.Random) -> Item | None:  # Devine ideal body weight
    sex, inches = rng.choice(["male", "female"]), rng.randint(60, 78)
    base = 50 if sex == "male" else F(455, 10)
    ft, inch = divmod(inches, 12)
    return conv(f"Devine ideal body weight for a {sex} patient, {ft}'{inch}\"?",
                base + F(23, 10) * (inches - 60), "kg", "kilograms")


def waist_height(rng: random.Random) -> Item | None:  # waist-to-height ratio
    waist, height = rng.randint(60, 120), rng.randint(150, 195)
    return calc(f"waist {waist} cm, height {height} cm — what's my waist-to-height ratio?",
                numbers(F(waist, height), 2))


def waist_hip(rng: random.Random) -> Item | None:  # waist-to-hip ratio
    waist, hip = rng.randint(64, 115), rng.randint(85, 125)
    return calc(f"Waist to hip ratio if my waist is {waist} and my hips {hip} (both inches)?",
                numbers(F(waist, hip), 2))


def met_burn(rng: random.Random) -> Item | None:  # calories burned from a MET value
    met, kg, minutes = F(rng.choice([35, 50, 60, 75, 80, 98, 110]), 10), rng.randint(
        50, 110), rng.choice([20, 30, 40, 45, 60, 75, 90])
    return conv(f"Activity is {show(met)} METs, I weigh {kg} kg and did it for {minutes} minutes. "
                "Calories burned (MET × kg × hours)?", met * kg * F(minutes, 60), *KCALS)


def protein_need(rng: random.Random) -> Item | None:  # protein target from grams per kg
    kg, per = rng.randint(50, 115), F(rng.choice([8, 12, 16, 20, 22]), 10)
    return conv(f"aiming for {show(per)} g of protein per kg bodyweight at {kg} kg — grams a "
                "day?", per * kg, "g", "grams")


def macro_kcal(rng: random.Random) -> Item | None:  # calories from protein, carbs and fat
    p, c, f = rng.randint(5, 60), rng.randint(10, 120), rng.randint(3, 45)
    return conv(f"Meal has {p}g protein, {c}g carbs, {f}g fat. Using 4/4/9, how many calories?",
                F(4 * p + 4 * c + 9 * f), *KCALS)


def alcohol_units(rng: random.Random) -> Item | None:  # UK alcohol units in a drink
    ml, abv = rng.choice([125, 175, 250, 330, 440, 500, 568, 750]), F(rng.randint(35, 140), 10)
    return conv(f"how many UK units of alcohol in {ml} ml at {show(abv)}% ABV?",
                ml * abv / 1000, "units")


def sleep_hours(rng: random.Random) -> Item | None:  # hours slept from bedtime to alarm
    bed = rng.randint(21 * 60 + 30, 25 * 60)
    wake = rng.randint(5 * 60 + 30, 8 * 60 + 30) + 24 * 60
    hb, mb = divmod(bed % 1440, 60)
    hw, mw = divmod(wake % 1440, 60)
    return calc(f"If I fall asleep at {hb:02d}:{mb:02d} and the alarm goes at {hw}:{mw:02d}, how "
                "many hours of sleep is that?", hours_or_clock(F(wake - bed)))


def glucose_mgdl(rng: random.Random) -> Item | None:  # glucose mmol/L to mg/dL with 18
    mmol = F(rng.randint(35, 200), 10)
    return conv(f"meter reads {show(mmol)} mmol/L, the clinic leaflet uses mg/dL (multiply by "
                "18). what is it?", mmol * 18, "mg/dL", "mg/dl")


def due_weeks(rng: random.Random) -> Item | None:  # weeks pregnant from days since LMP
    days = rng.randint(40, 270)
    weeks, extra = divmod(days, 7)
    forms = [f"{weeks} weeks and {extra} days", f"{weeks} weeks {extra} days", f"{weeks}+{extra}",
             f"{weeks}w{extra}d", f"{weeks} weeks, {extra} days"] if extra else [
        f"{weeks} weeks"]
    return calc(f"my last period started {days} days ago. how many weeks pregnant does that "
                "make me?", forms)


def weight_loss_weeks(rng: random.Random) -> Item | None:  # weeks to lose weight at a deficit
    kg, deficit = rng.randint(3, 20), rng.choice([300, 400, 500, 600, 750, 1000])
    return conv(f"To lose {kg} kg at a {deficit} kcal daily deficit (7700 kcal per kg), roughly "
                "how many weeks?", F(kg * 7700, deficit * 7), "weeks")


FAMILIES: list[tuple[Family, int]] = families(
    bmi_metric, bmi_metres, bmi_imperial, bmi_target, bmi_after_loss, bmr_mifflin_man,
    bmr_mifflin_woman, tdee_active, bmr_katch, water_35, water_ounces, water_glasses, hrmax_220,
    hrmax_tanaka, zone_range, zone_percent, karvonen, hr_count, next_dose, dose_pm, third_dose,
    last_dose_gap, doses_per_day, mg_per_kg, syrup_ml, divided_dose, mcg_mg, tablets_needed,
    drip_rate, drops_min, maintenance_fluid, bsa, ideal_weight, waist_height, waist_hip,
    met_burn, protein_need, macro_kcal, alcohol_units, sleep_hours, glucose_mgdl, due_weeks,
    weight_loss_weeks)
