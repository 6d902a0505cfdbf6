"""Round 17 (``M_*``, dev now) for ``muse bench agents``, health part 5: blood pressure,
fluids, nutrition targets, activity energy, weigh-ins and step goals."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units_d2 import LB, clock, d2, num, pick, whole
from bench.data.agents.helpers import Family


@d2
def map_from_reading(rng):
    s, d = rng.randint(100, 170), rng.randint(60, 100)
    t = pick(rng, f"BP {s}/{d}: pulse pressure and MAP (MAP = DBP + PP/3, 1 dp)?",
             f"my blood pressure is {s} over {d}. what are the pulse pressure and the mean "
             "arterial pressure? (MAP = diastolic + a third of the pulse pressure; one decimal)")
    return t, [[f"{s - d} mmHg", f"pulse pressure {s - d}", f"pulse pressure is {s - d}",
                f"pulse pressure: {s - d}", f"pp = {s - d}", f"pp {s - d}"],
               num(d + (s - d) / 3, 1)]


@d2
def bp_morning_evening(rng):
    r = [(rng.randint(118, 160), rng.randint(70, 99)) for _ in range(4)]
    t = ("Home BP readings: " + "; ".join(f"{a}/{b}" for a, b in r) +
         ". Average systolic and diastolic, one decimal each?")
    return t, [num(sum(a for a, _ in r) / 4, 1), num(sum(b for _, b in r) / 4, 1)]


@d2
def water_intake_oz(rng):
    lb = rng.randint(110, 260)
    t = (f"Rule I read: drink half your body weight (lb) in fluid ounces. I weigh {lb} lb. How "
         "many litres is that? (1 fl oz = 29.57 mL, two decimals)")
    return t, [num(lb / 2 * 29.57 / 1000, 2)]


@d2
def bottles_left_today(rng):
    goal, bottle, drunk = rng.choice([2, 2.5, 3, 3.5]), rng.choice([500, 750]), rng.randint(1, 3)
    left = goal * 1000 - bottle * drunk
    if left <= 0:
        return None
    t = (f"Goal is {goal} L a day. I've had {drunk} of my {bottle} ml bottles. How many more "
         "bottles (round up)?")
    return t, [[f"{math.ceil(left / bottle)} more", f"{math.ceil(left / bottle)} bottles"]]


@d2
def protein_per_meal(rng):
    kg, gpk, meals = rng.randint(55, 110), rng.choice([1.2, 1.6, 2.0, 2.2]), rng.choice([3, 4, 5])
    t = (f"Aiming for {gpk} g protein per kg, I'm {kg} kg, spread over {meals} meals. Grams per "
         "meal, one decimal?")
    return t, [num(kg * gpk / meals, 1)]


@d2
def fibre_gap(rng):
    foods = [("oats", rng.randint(3, 6)), ("apple", 4), ("lentils", rng.randint(7, 9)),
             ("bread", rng.randint(2, 5))]
    eaten = sum(v for _, v in foods)
    goal = rng.choice([30, 35, 38])
    t = ("fibre so far: " + ", ".join(f"{n} {v}g" for n, v in foods) +
         f". target {goal} g. how much more?")
    return t, [[f"{goal - eaten} g", f"{goal - eaten}g", f"{goal - eaten} grams"]]


@d2
def sugar_teaspoons(rng):
    g = rng.randint(18, 65)
    t = (f"A bottle of soda has {g} g sugar. At 4 g per teaspoon, how many teaspoons is that? "
         "one decimal")
    return t, [num(g / 4, 1)]


@d2
def kcal_walk_met(rng):
    kg, met, mins = rng.randint(50, 110), rng.choice([3.5, 4.3, 5.0]), rng.randint(20, 90)
    t = (f"kcal = MET × kg × hours. Brisk walk MET {met}, I'm {kg} kg, walked {mins} min. Kcal, "
         "nearest whole?")
    return t, [whole(met * kg * mins / 60)]


@d2
def weight_weekly_average(rng):
    w = [round(rng.uniform(70, 90), 1)]
    for _ in range(6):
        w.append(round(w[-1] + rng.uniform(-0.6, 0.5), 1))
    t = "weigh-ins this week (kg): " + ", ".join(f"{x}" for x in w) + ". weekly average, 2 dp?"
    return t, [num(sum(w) / 7, 2)]


@d2
def lb_lost_to_kg(rng):
    lb = rng.randint(5, 60)
    t = pick(rng, f"Lost {lb} lb since January!! How many kg is that? 1 dp",
             f"{lb} pounds lost = ? kg (one decimal)")
    return t, [num(lb * LB, 1)]


@d2
def steps_to_goal_per_hour(rng):
    goal, done, hrs = rng.choice([8000, 10000, 12000]), rng.randint(1500, 7000), rng.randint(2, 6)
    t = (f"I've got {done} steps and {hrs} hours until bed. To hit {goal}, how many steps per "
         "hour? nearest whole")
    return t, [whole((goal - done) / hrs)]


@d2
def ponderal_index(rng):
    kg, cm = rng.randint(45, 120), rng.randint(150, 200)
    t = (f"Ponderal index = kg / m³. {kg} kg, {cm} cm. One decimal?")
    return t, [num(kg / (cm / 100) ** 3, 1)]


@d2
def body_fat_deurenberg(rng):
    bmi, age, male = round(rng.uniform(19, 35), 1), rng.randint(20, 70), rng.random() < 0.5
    bf = 1.2 * bmi + 0.23 * age - 10.8 * (1 if male else 0) - 5.4
    t = (f"Deurenberg formula: body fat % = 1.2×BMI + 0.23×age − 10.8×sex − 5.4 (sex = 1 for "
         f"men, 0 for women). {'Man' if male else 'Woman'}, {age}, BMI {bmi}. Body fat %, 1 dp?")
    return t, [num(bf, 1)]


@d2
def lean_mass_kg(rng):
    kg, bf = round(rng.uniform(55, 120), 1), rng.randint(10, 40)
    t = f"scale says {kg} kg and {bf}% fat. how many kg is lean mass? 1 dp"
    return t, [num(kg * (1 - bf / 100), 1)]


@d2
def fat_loss_vs_muscle(rng):
    w0, f0 = rng.randint(80, 110), rng.randint(25, 35)
    w1, f1 = w0 - rng.randint(3, 10), f0 - rng.randint(2, 6)
    t = (f"Start: {w0} kg at {f0}% fat. Now: {w1} kg at {f1}% fat. How many kg of fat did I "
         "lose? one decimal")
    return t, [num(w0 * f0 / 100 - w1 * f1 / 100, 1)]


@d2
def ideal_weight_robinson(rng):
    inch, male = rng.randint(60, 76), rng.random() < 0.5
    kg = (52 + 1.9 * (inch - 60)) if male else (49 + 1.7 * (inch - 60))
    t = (f"Robinson formula: men 52 kg + 1.9 kg per inch over 5 ft, women 49 kg + 1.7 kg per "
         f"inch over 5 ft. {'Male' if male else 'Female'}, {inch // 12} ft {inch % 12} in. Ideal "
         "weight in kg, one decimal?")
    return t, [num(kg, 1)]


@d2
def calorie_burn_run_km(rng):
    kg, km = rng.randint(50, 100), round(rng.uniform(3, 21), 1)
    t = (f"Running burns roughly 1 kcal per kg per km. I'm {kg} kg and ran {km} km. Kcal? "
         "nearest whole")
    return t, [whole(kg * km)]


@d2
def snack_walk_off(rng):
    kcal, per = rng.choice([250, 320, 480, 540, 610, 720]), rng.choice([4, 4.5, 5])
    t = (f"A muffin is {kcal} kcal. Walking burns about {per} kcal per minute for me. How many "
         "minutes to walk it off? nearest minute")
    return t, [[f"{v} min" for v in whole(kcal / per)] + [f"{v} minutes" for v in
                                                          whole(kcal / per)]]


@d2
def weekly_kcal_balance(rng):
    eaten = [rng.randint(1600, 2800) for _ in range(7)]
    tdee = rng.randint(1900, 2600)
    net = sum(eaten) - 7 * tdee
    t = ("Calories eaten this week: " + ", ".join(map(str, eaten)) + f". My TDEE is {tdee}. "
         "Net surplus (+) or deficit (−) for the week, and the kg that equals at 7700 kcal/kg "
         "(2 dp)?")
    return t, [[f"{net}", f"{net:,}", f"−{-net}", f"−{-net:,}", f"deficit of {-net}",
                f"deficit of {-net:,}", f"{-net} kcal deficit", f"{-net:,} kcal deficit"]
               if net < 0 else
               [f"+{net}", f"+{net:,}", f"surplus of {net}", f"surplus of {net:,}",
                f"{net} kcal surplus", f"{net:,} kcal surplus"], num(abs(net) / 7700, 2)]


@d2
def carb_grams_percent(rng):
    kcal, pct = rng.randint(1500, 3000), rng.choice([40, 45, 50, 55])
    t = (f"{kcal} kcal diet with {pct}% from carbs. Grams of carbs at 4 kcal/g? nearest gram")
    return t, [whole(kcal * pct / 100 / 4)]


@d2
def fat_grams_label(rng):
    g, serv = round(rng.uniform(2, 25), 1), rng.choice([1.5, 2, 2.5, 3])
    t = (f"Label: {g} g fat per serving. I ate {serv} servings. kcal from fat at 9 kcal/g? "
         "one decimal")
    return t, [num(g * serv * 9, 1)]


@d2
def sodium_to_salt_day(rng):
    mg = [rng.randint(150, 900) for _ in range(4)]
    salt = sum(mg) * 2.5 / 1000
    t = ("Sodium in today's meals (mg): " + ", ".join(map(str, mg)) + ". Salt = sodium × 2.5. "
         "How many grams of salt, and am I over 6 g? (2 dp)")
    return t, [num(salt, 2), ["over", "yes"] if salt > 6 else ["under", "not over", "no,"]]


@d2
def insulin_correction(rng):
    bg, target, isf = rng.randint(9, 20), rng.choice([5, 6, 7]), rng.choice([2, 2.5, 3, 4])
    t = (f"Homework for my diabetes course: correction dose = (current − target) / ISF. Glucose "
         f"{bg} mmol/L, target {target}, ISF {isf} mmol/L per unit. Units, one decimal?")
    return t, [num((bg - target) / isf, 1)]


@d2
def mmol_to_mgdl(rng):
    mmol = round(rng.uniform(3.5, 15), 1)
    t = pick(rng, f"{mmol} mmol/L glucose in mg/dL? (×18, nearest whole)",
             f"my meter shows {mmol} mmol/L but the US article uses mg/dL (multiply by 18). "
             "what's my number? whole number")
    return t, [whole(mmol * 18)]


@d2
def cholesterol_ratio(rng):
    tc, hdl = round(rng.uniform(3.5, 7.5), 1), round(rng.uniform(0.8, 2.2), 1)
    t = (f"Total cholesterol {tc}, HDL {hdl} (mmol/L). Total:HDL ratio to one decimal?")
    return t, [num(tc / hdl, 1)]


@d2
def egfr_like_creatinine_clearance(rng):
    age, kg, cr, female = rng.randint(30, 85), rng.randint(50, 100), rng.randint(60, 160), \
        rng.random() < 0.5
    cl = (140 - age) * kg * (1.04 if female else 1.23) / cr
    t = (f"Cockcroft-Gault (SI): CrCl = (140 − age) × weight × k / creatinine, with k = 1.23 "
         f"for men, 1.04 for women. {'Woman' if female else 'Man'}, {age} y, {kg} kg, "
         f"creatinine {cr} µmol/L. mL/min, one decimal?")
    return t, [num(cl, 1)]


@d2
def qtc_bazett(rng):
    qt, hr = rng.randint(340, 460), rng.randint(55, 110)
    rr = 60 / hr
    t = (f"Bazett: QTc = QT / √RR (RR in seconds = 60 / HR). QT {qt} ms, HR {hr}. QTc in ms, "
         "nearest whole?")
    return t, [whole(qt / math.sqrt(rr))]


@d2
def oxygen_cylinder_time(rng):
    litres, flow = rng.choice([340, 460, 680, 1360]), rng.choice([1, 2, 3, 4, 5])
    t = (f"Oxygen cylinder holds {litres} L, flow {flow} L/min. How long does it last, in hours "
         "to one decimal?")
    return t, [num(litres / flow / 60, 1)]


@d2
def urine_output_ml_kg_h(rng):
    kg, ml, hrs = rng.randint(50, 100), rng.randint(150, 900), rng.choice([4, 6, 8, 12])
    t = (f"Patient {kg} kg passed {ml} mL urine in {hrs} h. Output in mL/kg/h, two decimals?")
    return t, [num(ml / kg / hrs, 2)]


@d2
def tablets_half_split(rng):
    dose, tab, days = rng.choice([2.5, 5, 7.5, 12.5]), rng.choice([5, 10, 25]), \
        rng.choice([28, 30, 56, 90])
    per = dose / tab
    if per not in (0.25, 0.5, 0.75, 1, 1.25, 1.5):
        return None
    n = math.ceil(per * days)
    t = (f"I take {dose} mg a day but the tablets are {tab} mg (scored so I can split them). "
         f"How many whole tablets do I need for {days} days?")
    return t, [[f"{n} tablets"]]


@d2
def refill_date(rng):
    pills, per = rng.randint(28, 120), rng.choice([1, 2, 3])
    day = rng.randint(1, 20)
    last = day + pills // per - 1
    if last > 31 or pills % per:
        return None
    suffix = "th" if 10 <= last % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(last % 10, "th")
    t = (f"Got {pills} tablets on {day} March, taking {per} a day starting that day. "
         "Which day of March do I take the last ones?")
    return t, [[f"{last}{suffix}", f"march {last}", f"{last} march"]]


@d2
def vitamin_d_iu(rng):
    mcg = rng.choice([5, 10, 12.5, 15, 20, 25, 30, 50, 75, 100, 125, 250])
    t = f"my vitamin D is {mcg} mcg per capsule. how many IU is that? (1 mcg = 40 IU)"
    v = round(mcg * 40)
    return t, [[f"{v} IU", f"{v:,} IU", f"{v} international units"]]


@d2
def pregnancy_weight_gain_rate(rng):
    pre, wk = rng.randint(50, 85), rng.randint(14, 36)
    now = pre + round(rng.uniform(3, 15), 1)
    t = (f"I was {pre} kg before pregnancy and I'm {now} kg at {wk} weeks. Recommended rate after "
         "week 13 is about 0.4 kg/week. How much have I gained in total, and what's my average "
         "per week since week 13 if I'd gained 1.5 kg by week 13? (2 dp)")
    return t, [num(now - pre, 1), num((now - pre - 1.5) / (wk - 13), 2)]


@d2
def baby_sleep_total(rng):
    naps = [rng.randint(25, 120) for _ in range(rng.randint(2, 4))]
    night = rng.randint(540, 690)
    tot = sum(naps) + night
    t = ("Baby's naps today: " + ", ".join(f"{n} min" for n in naps) +
         f", plus {night // 60}h {night % 60}m at night. Total sleep in hours and minutes?")
    return t, [[f"{tot // 60}h {tot % 60}m", f"{tot // 60} h {tot % 60} min",
                f"{tot // 60} hours {tot % 60} minutes", f"{tot // 60} hours and {tot % 60} "
                "minutes", f"{tot // 60}h{tot % 60}min", f"{tot // 60}:{tot % 60:02d}"]]


@d2
def toddler_fever_dose_interval(rng):
    h, m = rng.randint(0, 22), rng.choice([0, 10, 20, 30, 40, 50])
    gap = rng.choice([4, 6])
    t = (f"Gave Calpol at {h}:{m:02d}. Leaflet says wait at least {gap} hours between doses. "
         "Earliest time for the next one?")
    return t, [clock(h * 60 + m + gap * 60)]


@d2
def run_pace_hr_drift(rng):
    a, b = rng.randint(130, 150), rng.randint(151, 172)
    t = (f"First half of my long run avg HR {a}, second half {b} at the same pace. Cardiac drift "
         "as a percentage of the first half, one decimal?")
    return t, [[f"{v}{u}" for v in num((b - a) / a * 100, 1) for u in ("%", " percent")]]


@d2
def vo2_from_race(rng):
    mins = rng.randint(17, 40)
    v = 1000 * 5 / mins
    vo2 = -4.6 + 0.182258 * v + 0.000104 * v ** 2
    t = (f"Estimate oxygen cost: VO2 = −4.60 + 0.182258·v + 0.000104·v², with v in metres per "
         f"minute. I ran 5 km in {mins} minutes. VO2 in ml/kg/min, one decimal?")
    return t, [num(vo2, 1)]


@d2
def cycling_ftp_zone(rng):
    ftp = rng.randint(150, 320)
    t = (f"FTP is {ftp} W. Sweet spot is 88–94% of FTP. What's the watt range? nearest watt")
    return t, [whole(ftp * 0.88), whole(ftp * 0.94)]


@d2
def watts_per_kg(rng):
    w, kg = rng.randint(150, 350), round(rng.uniform(55, 95), 1)
    t = pick(rng, f"{w} W FTP at {kg} kg — W/kg to 2 dp?",
             f"Trying to work out my power-to-weight: FTP {w} watts, I weigh {kg} kg. Two "
             "decimals please.")
    return t, [num(w / kg, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    map_from_reading, bp_morning_evening, water_intake_oz, bottles_left_today, protein_per_meal,
    fibre_gap, sugar_teaspoons, kcal_walk_met, weight_weekly_average, lb_lost_to_kg,
    steps_to_goal_per_hour, ponderal_index, body_fat_deurenberg, lean_mass_kg, fat_loss_vs_muscle,
    ideal_weight_robinson, calorie_burn_run_km, snack_walk_off, weekly_kcal_balance,
    carb_grams_percent, fat_grams_label, sodium_to_salt_day, insulin_correction, mmol_to_mgdl,
    cholesterol_ratio, egfr_like_creatinine_clearance, qtc_bazett, oxygen_cylinder_time,
    urine_output_ml_kg_h, tablets_half_split, refill_date, vitamin_d_iu,
    pregnancy_weight_gain_rate, baby_sleep_total, toddler_fever_dose_interval, run_pace_hr_drift,
    vo2_from_race, cycling_ftp_zone, watts_per_kg,
)]
