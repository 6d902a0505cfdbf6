"""Round 12 (``P_u_*``, dev now) for ``muse bench agents``: dose timing and dose arithmetic,
body-weight dosing, and other everyday health sums (ratios, calories, sleep, glucose)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout12_health import either, plain
from bench.data.agents.heldout12_quantities import LB, calc, clock, duration, families, num, show
from bench.data.agents.helpers import Family, Item

F = Fraction
MG = ("mg", "milligrams")
ML = ("ml", "mL", "millilitres", "milliliters")
KCAL = ("kcal", "calories", "Calories", "cal")
KG = ("kg", "kilograms", "kilos")


def twelve(minutes: int) -> str:
    """A time of day as people type it in a message: 9:40am, 12:05pm."""
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def p_next_dose(rng: random.Random) -> Item | None:  # the next dose after an interval
    start, every = rng.randrange(6 * 60, 23 * 60, 5), rng.choice([4, 6, 8, 12])
    return calc("P_u_next_dose", f"took ibuprofen at {twelve(start)}, the box says no more "
                f"often than every {every} hours. when can I take the next one?",
                clock(start + every * 60))


def p_last_dose(rng: random.Random) -> Item | None:  # the last of n evenly spaced doses
    start, every = rng.randrange(5 * 60, 10 * 60, 15), rng.choice([4, 5, 6, 8])
    n = rng.randint(3, 4)
    if start + (n - 1) * every * 60 >= 24 * 60:
        return None
    return calc("P_u_last_dose", f"The doctor said {n} doses today, {every} hours apart. If "
                f"the first is at {start // 60:02d}:{start % 60:02d}, what time is the last "
                "one?", clock(start + (n - 1) * every * 60))


def p_dose_schedule(rng: random.Random) -> Item | None:  # the next three dose times
    start, every = rng.randrange(0, 24 * 60, 10), rng.choice([4, 6, 8])
    return calc("P_u_dose_schedule", f"Gave my daughter her medicine at {twelve(start)}. It's "
                f"every {every} hours - what are the next three times?",
                *[clock(start + k * every * 60) for k in (1, 2, 3)])


def p_course_tablets(rng: random.Random) -> Item | None:  # tablets needed for a course
    per, times, days = rng.choice([1, 1, 2]), rng.randint(2, 4), rng.choice([5, 7, 10, 14, 21])
    total = per * times * days
    return calc("P_u_course_tablets", f"{per} tablet{'s' * (per > 1)} {times} times a day for "
                f"{days} days - how many tablets is the whole course?",
                [f"{total} tablets", f"{total} pills"])


def p_bottle_days(rng: random.Random) -> Item | None:  # full days a bottle of syrup lasts
    bottle, times = rng.choice([100, 150, 200, 250, 300]), rng.randint(2, 4)
    dose = rng.choice([F(5, 2), F(5), F(10), F(15, 2)])
    days = int(bottle / (dose * times))
    return calc("P_u_bottle_days", f"The bottle has {bottle} ml of syrup and the dose is "
                f"{show(dose)} ml {times} times a day. How many full days will it last?",
                [f"{days} days", f"{days} full days"])


def p_liquid_ml(rng: random.Random) -> Item | None:  # ml of a suspension for a mg dose
    strength, dose = rng.choice([100, 120, 125, 200, 250]), rng.randrange(60, 800, 20)
    return plain("P_u_liquid_ml", f"suspension is {strength} mg per 5 ml. I need to give "
                 f"{dose} mg. how many ml is that?", F(dose * 5, strength), units=ML)


def p_weight_dose(rng: random.Random) -> Item | None:  # mg per kg of body weight
    per, kg = rng.choice([5, 7, 10, 12, 15, 20, 25]), F(rng.randint(60, 450), 10)
    return plain("P_u_weight_dose", f"Dose is {per} mg/kg. Child weighs {show(kg)} kg. How "
                 "many mg?", per * kg, units=MG)


def p_weight_dose_lb(rng: random.Random) -> Item | None:  # mg per kg, weight in pounds
    per, lb = rng.choice([5, 10, 15, 20]), rng.randint(18, 95)
    return plain("P_u_weight_dose_lb", f"vet says {per} mg per kg for our dog. he's {lb} lb. "
                 "how many mg per dose?", per * lb * LB, units=MG)


def p_daily_split(rng: random.Random) -> Item | None:  # a daily mg/kg split into doses
    per_day, kg = rng.choice([30, 40, 45, 50, 60, 75, 90]), rng.randint(8, 40)
    doses = rng.choice([2, 3, 4])
    return plain("P_u_daily_split", f"The prescription is {per_day} mg/kg/day divided into "
                 f"{doses} doses. My son is {kg} kg. How much per dose?",
                 F(per_day * kg, doses), units=MG)


def p_tablets_per_dose(rng: random.Random) -> Item | None:  # tablets per dose from a daily g
    tablet, per_dose_tabs = rng.choice([250, 500]), rng.randint(1, 3)
    doses = rng.choice([2, 3, 4])
    grams = F(tablet * per_dose_tabs * doses, 1000)
    return calc("P_u_tablets_per_dose", f"I'm on {show(grams)} g a day split into {doses} "
                f"doses, and the tablets are {tablet} mg. How many tablets per dose?",
                [f"{per_dose_tabs} tablet{'s' * (per_dose_tabs > 1)}"])


def p_iv_rate(rng: random.Random) -> Item | None:  # an infusion rate in ml per hour
    ml, hours = rng.choice([250, 500, 750, 1000, 1500]), rng.choice([2, 3, 4, 6, 7, 8, 9, 12])
    return plain("P_u_iv_rate", f"nursing homework: {ml} ml to run over {hours} hours, what "
                 "rate in ml/hr?", F(ml, hours), units=("ml/hr", "ml/h", "mL/h", "mL/hr",
                                                       "ml per hour", "mL per hour"))


def p_drip_rate(rng: random.Random) -> Item | None:  # drops per minute with a drop factor
    ml, hours = rng.choice([250, 500, 1000]), rng.choice([2, 4, 5, 6, 8])
    factor = rng.choice([10, 15, 20, 60])
    return plain("P_u_drip_rate", f"{ml} mL over {hours} h with a giving set of {factor} "
                 "drops/mL. How many drops per minute?", F(ml * factor, hours * 60),
                 units=("drops per minute", "drops/min", "gtt/min", "drops a minute"))


def p_dose_gap(rng: random.Random) -> Item | None:  # hours between two doses overnight
    first, second = rng.randrange(20 * 60, 24 * 60, 5), rng.randrange(5 * 60, 9 * 60, 5)
    if (second - first) % 60 == 0:
        return None
    return calc("P_u_dose_gap", f"Took a painkiller at {twelve(first)} and another at "
                f"{twelve(second)}. How long was the gap?", duration(second + 1440 - first))


def p_wait_time(rng: random.Random) -> Item | None:  # how long until the next dose is allowed
    last, every = rng.randrange(8 * 60, 16 * 60, 5), rng.choice([4, 6])
    now = last + rng.randrange(20, every * 60 - 10, 5)
    if (last - now) % 60 == 0:
        return None
    return calc("P_u_wait_time", f"last dose at {twelve(last)}, minimum {every} hours between "
                f"doses, and it's {twelve(now)} now. how long do I have to wait?",
                duration(last + every * 60 - now))


def p_daily_left(rng: random.Random) -> Item | None:  # what is left under a daily maximum
    dose = rng.choice([200, 250, 400, 500, 1000])
    cap = {200: 1200, 250: 2000, 400: rng.choice([1200, 2400, 3200]), 500: 4000,
           1000: 4000}[dose]
    taken = rng.randint(1, cap // dose - 1)
    return calc("P_u_daily_left", f"Max is {cap:,} mg in 24 hours. I've taken {taken} doses of "
                f"{dose} mg today. How much more can I take?",
                [f"{n} {u}" for n in num(cap - taken * dose, 0) for u in MG])


def p_spoons(rng: random.Random) -> Item | None:  # a syrup dose in 5 ml spoons
    ml = rng.choice([F(5, 2), F(15, 2), F(10), F(25, 2), F(15), F(20), F(35, 2), F(4), F(6),
                     F(8)])
    return plain("P_u_spoons", f"dose is {show(ml)} ml and all I've got is the 5 ml spoon. how "
                 "many spoonfuls?", ml / 5, units=("spoons", "spoonfuls", "teaspoons",
                                                   "spoonful"))


def p_mcg_mg(rng: random.Random) -> Item | None:  # micrograms to milligrams
    mcg = rng.choice([25, 50, 62, 75, 88, 100, 112, 125, 137, 150, 175, 200])
    return plain("P_u_mcg_mg", f"Prescription says {mcg} mcg but the pharmacy label is in mg. "
                 "What is it in mg?", F(mcg, 1000), units=MG, dp=3)


def p_insulin_ml(rng: random.Random) -> Item | None:  # units of U-100 insulin to ml
    units = rng.randint(4, 60)
    return plain("P_u_insulin_ml", f"How many ml is {units} units of U-100 insulin?",
                 F(units, 100), units=ML)


def p_waist_height(rng: random.Random) -> Item | None:  # waist-to-height ratio
    waist, height = rng.randint(60, 120), rng.randint(150, 200)
    return plain("P_u_waist_height", f"waist {waist} cm, height {height} cm. what's my "
                 "waist-to-height ratio?", F(waist, height))


def p_waist_hip(rng: random.Random) -> Item | None:  # waist-to-hip ratio
    waist, hip = rng.randint(26, 44), rng.randint(34, 50)
    return plain("P_u_waist_hip", f"Measured my waist at {waist} inches and hips at {hip} "
                 "inches. Waist to hip ratio?", F(waist, hip))


def p_met_kcal(rng: random.Random) -> Item | None:  # calories from a MET value
    met = rng.choice([F(35, 10), F(5), F(6), F(7), F(8), F(98, 10), F(11)])
    kg, minutes = rng.randint(50, 110), rng.choice([20, 30, 40, 45, 50, 60, 75, 90])
    return plain("P_u_met_kcal", f"An activity of {show(met)} METs for {minutes} minutes - "
                 f"how many kcal do I burn at {kg} kg? (kcal = MET x kg x hours)",
                 met * kg * F(minutes, 60), units=KCAL)


def p_deficit_kg(rng: random.Random) -> Item | None:  # weight lost from a daily deficit
    deficit, weeks = rng.choice([250, 300, 400, 500, 600, 750]), rng.randint(2, 16)
    return plain("P_u_deficit_kg", f"If I eat {deficit} kcal a day below maintenance for "
                 f"{weeks} weeks, and 1 kg of fat is about 7700 kcal, how many kg would I "
                 "lose?", F(deficit * 7 * weeks, 7700), units=KG)


def p_protein(rng: random.Random) -> Item | None:  # daily protein from grams per kg
    per = rng.choice([F(8, 10), F(12, 10), F(14, 10), F(16, 10), F(18, 10), F(2), F(22, 10)])
    kg = rng.randint(48, 120)
    return plain("P_u_protein", f"aiming for {show(per)} g of protein per kg of bodyweight, "
                 f"I'm {kg} kg. how many grams a day?", per * kg, units=("g", "grams"))


def p_steps_km(rng: random.Random) -> Item | None:  # steps and stride length to km
    steps, stride = rng.randrange(3000, 25000, 50), F(rng.randint(60, 85), 100)
    return plain("P_u_steps_km", f"Did {steps:,} steps today and my stride is {show(stride)} m. "
                 "How many km did I walk?", steps * stride / 1000,
                 units=("km", "kilometres", "kilometers"))


def p_fat_mass(rng: random.Random) -> Item | None:  # fat mass and lean mass, two parts
    kg, pct = F(rng.randint(500, 1200), 10), rng.randint(12, 38)
    fat = kg * pct / 100
    return plain("P_u_fat_mass", f"I weigh {show(kg)} kg with {pct}% body fat. How many kg "
                 "is fat and how many kg is lean mass?", fat, kg - fat, units=KG)


def p_caffeine_left(rng: random.Random) -> Item | None:  # caffeine left under 400 mg
    cups, per = rng.randint(1, 3), rng.choice([63, 80, 95, 120, 140])
    extra = rng.choice([0, 32, 40, 80, 160])
    used = cups * per + extra
    if used >= 400:
        return None
    more = f" plus a can with {extra} mg" if extra else ""
    return plain("P_u_caffeine_left", f"Had {cups} coffee{'s' * (cups > 1)} at {per} mg each"
                 f"{more}. If the limit is 400 mg a day, how much caffeine have I got left?",
                 F(400 - used), units=MG)


def p_bedtime(rng: random.Random) -> Item | None:  # when to go to bed for enough sleep
    wake = rng.randrange(5 * 60, 8 * 60 + 1, 5)
    sleep = rng.choice([F(7), F(15, 2), F(8), F(17, 2), F(9)])
    fall = rng.choice([0, 10, 15, 20, 30])
    extra = f", and it takes me {fall} minutes to fall asleep" if fall else ""
    return calc("P_u_bedtime", f"Alarm is at {twelve(wake)}. I want {show(sleep)} hours of "
                f"sleep{extra}. What time should I go to bed?",
                clock(wake - int(sleep * 60) - fall))


def p_glucose_mgdl(rng: random.Random) -> Item | None:  # glucose mmol/L to mg/dL
    mmol = F(rng.randint(35, 200), 10)
    return either("P_u_glucose_mgdl", f"My meter reads {show(mmol)} mmol/L. What's that in "
                  "mg/dL?", [mmol * 18, mmol * F("18.016")], units=("mg/dL", "mg/dl"))


def p_glucose_mmol(rng: random.Random) -> Item | None:  # glucose mg/dL to mmol/L
    mgdl = rng.randint(60, 320)
    return either("P_u_glucose_mmol", f"fasting glucose {mgdl} mg/dl — in mmol/l please",
                  [F(mgdl, 18), mgdl / F("18.016")], units=("mmol/L", "mmol/l"))


def p_map(rng: random.Random) -> Item | None:  # mean arterial pressure
    sys, dia = rng.randint(100, 170), rng.randint(60, 100)
    return plain("P_u_map", f"BP was {sys}/{dia}. What's the mean arterial pressure (diastolic "
                 "+ a third of the pulse pressure)?", dia + F(sys - dia, 3),
                 units=("mmHg", "mm Hg"))


def p_macros_kcal(rng: random.Random) -> Item | None:  # calories from macronutrients
    p, c, f = rng.randint(5, 60), rng.randint(10, 120), rng.randint(2, 45)
    return plain("P_u_macros_kcal", f"a meal with {p} g protein, {c} g carbs and {f} g fat - "
                 "how many calories, using 4/4/9 per gram?", F(4 * p + 4 * c + 9 * f),
                 units=KCAL)


def p_weight_lost_pct(rng: random.Random) -> Item | None:  # percentage of body weight lost
    start, lost = F(rng.randint(700, 1400), 10), F(rng.randint(10, 150), 10)
    return plain("P_u_weight_lost_pct", f"went from {show(start)} kg to {show(start - lost)} "
                 "kg. what percentage of my body weight have I lost?", lost / start * 100,
                 units=("%", "percent", "per cent"))


def p_devine(rng: random.Random) -> Item | None:  # Devine ideal body weight
    male, inches = rng.random() < 0.5, rng.randint(61, 78)
    base = F(50) if male else F("45.5")
    ft, inch = divmod(inches, 12)
    who = "man" if male else "woman"
    return plain("P_u_devine", f"Ideal body weight by the Devine formula for a {who} who is "
                 f"{ft}'{inch}\"?", base + F("2.3") * (inches - 60), units=KG)


FAMILIES: list[tuple[Family, int]] = families(
    p_next_dose, p_last_dose, p_dose_schedule, p_course_tablets, p_bottle_days, p_liquid_ml,
    p_weight_dose, p_weight_dose_lb, p_daily_split, p_tablets_per_dose, p_iv_rate,
    p_drip_rate, p_dose_gap, p_wait_time, p_daily_left, p_spoons, p_mcg_mg, p_insulin_ml,
    p_waist_height, p_waist_hip, p_met_kcal, p_deficit_kg, p_protein, p_steps_km,
    p_fat_mass, p_caffeine_left, p_bedtime, p_glucose_mgdl, p_glucose_mmol, p_map,
    p_macros_kcal, p_weight_lost_pct, p_devine)
