"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 5: unit conversions
feeding health figures (BMI, BMR, doses, water, heart-rate zones, energy)."""
# ruff: noqa: E501

from __future__ import annotations

import math

from bench.data.agents.heldout20_multi import F, Redraw, ampm, clock, dec, fam, hm, num, pick, span
from bench.data.agents.helpers import Family

LB, INCH = F("0.4536"), F("2.54")


def feet(rng):
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    if ft == 4 and inch < 9:
        raise Redraw
    return ft, inch, (ft * 12 + inch) * INCH


def bmi(kg, cm):
    return kg / (cm / 100) ** 2


@fam
def lb_ft_to_bmi(rng):
    lb = rng.randint(100, 300)
    ft, inch, cm = feet(rng)
    kg = lb * LB
    text = pick(rng, f"I'm {ft}'{inch}\" and {lb} lbs. What's that in cm and kg, and what's my BMI? (1 lb = 0.4536 kg, 1 in = 2.54 cm)",
                f"convert {lb} pounds to kg and {ft} ft {inch} in to cm (0.4536, 2.54), then BMI to 2 decimals")
    return text, [num(kg, 2) + num(kg, 1), num(cm, 2) + num(cm, 1), num(bmi(kg, cm), 2) + num(bmi(kg, cm), 1)]


@fam
def stone_to_kg_bmi(rng):
    st, lb = rng.randint(7, 18), rng.randint(0, 13)
    cm = rng.randint(150, 195)
    kg = (st * 14 + lb) * LB
    text = pick(rng, f"I weigh {st} st {lb} lb and I'm {cm} cm. What's that in kg (1 lb = 0.4536 kg, 14 lb a stone) and my BMI?",
                f"{st} stone {lb} pounds in kilos? then BMI for {cm}cm height, 2 dp (use 0.4536 kg per lb)")
    return text, [num(kg, 2) + num(kg, 1), num(bmi(kg, cm), 2) + num(bmi(kg, cm), 1)]


@fam
def bmr_mifflin_from_lb(rng):
    sex = rng.choice(["male", "female"])
    lb, age = rng.randint(110, 280), rng.randint(19, 75)
    ft, inch, cm = feet(rng)
    kg = lb * LB
    b = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "male" else -161)
    text = pick(rng, f"{sex}, {age}, {lb} lb, {ft}'{inch}\". Convert to kg and cm (0.4536 kg/lb, 2.54 cm/in) and give my BMR with Mifflin-St Jeor.",
                f"What's my BMR (Mifflin-St Jeor)? I'm a {age} year old {sex}, {ft} ft {inch} in, {lb} pounds. Also my weight in kg please (1 lb = 0.4536 kg).")
    return text, [num(kg, 2) + num(kg, 1), num(b, 2) + num(b, 0) + num(b, 1)]


@fam
def water_by_weight_cups(rng):
    lb = rng.randint(100, 280)
    per = rng.choice([30, 33, 35])
    cup = rng.choice([240, 250])
    kg = lb * LB
    ml = kg * per
    text = pick(rng, f"If I should drink {per} ml of water per kg of body weight and I weigh {lb} lb (1 lb = 0.4536 kg), how many litres a day is that (2 dp), and how many {cup} ml cups (1 dp)?",
                f"daily water target: {per} ml/kg, my weight {lb} lbs (0.4536 kg each). litres per day (2 dp)? and in {cup}-ml glasses (1 dp)?")
    return text, [num(ml / 1000, 2), num(ml / cup, 1)]


@fam
def karvonen_zone(rng):
    age, rest = rng.randint(18, 70), rng.randint(48, 85)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    mx = 220 - age
    a, b = rest + F(lo, 100) * (mx - rest), rest + F(hi, 100) * (mx - rest)
    text = pick(rng, f"I'm {age} with a resting HR of {rest}. Using 220 - age for max and the heart-rate-reserve (Karvonen) method, what's my {lo}-{hi}% zone in bpm?",
                f"Karvonen zone {lo}% to {hi}%: age {age}, resting pulse {rest} bpm, max HR = 220 minus age. Lower and upper bpm? (1 dp)")
    return text, [num(a, 1) + num(a, 0), num(b, 1) + num(b, 0)]


@fam
def devine_ibw_lb(rng):
    sex = rng.choice(["man", "woman"])
    ft, inch = rng.randint(5, 6), rng.randint(0, 11)
    over = (ft - 5) * 12 + inch
    kg = (50 if sex == "man" else F("45.5")) + F("2.3") * over
    text = pick(rng, f"Ideal body weight (Devine formula) for a {sex} who is {ft}'{inch}\"? Give kg and lb (1 kg = 2.2046 lb).",
                f"Devine IBW: {sex}, height {ft} ft {inch} in. in kg, then converted to pounds at 2.2046 lb per kg (1 dp)")
    return text, [num(kg, 1) + num(kg, 2), num(kg * F("2.2046"), 1)]


@fam
def child_dose_suspension(rng):
    lb = rng.randint(18, 80)
    mgkg = rng.choice([10, 15])
    conc = rng.choice([(160, 5), (100, 5), (120, 5), (200, 5)])
    kg = lb * LB
    mg = kg * mgkg
    text = pick(rng, f"My kid weighs {lb} lb. The dose is {mgkg} mg/kg and the syrup is {conc[0]} mg per {conc[1]} ml. Weight in kg (1 lb = 0.4536 kg), dose in mg and in ml (from the unrounded weight)? 1 dp",
                f"convert {lb} lbs to kg (0.4536), then {mgkg} mg per kg dose in mg, and how many ml of a {conc[0]} mg/{conc[1]} ml liquid that is (1 decimal, work from the unrounded weight)")
    return text, [num(kg, 1) + num(kg, 2), num(mg, 1), num(mg * conc[1] / conc[0], 1)]


@fam
def met_calories_from_lb(rng):
    lb = rng.randint(110, 260)
    act, met = rng.choice([("cycling", 8), ("jogging", 7), ("brisk walking", F("4.3")), ("swimming laps", 6), ("yoga", F("2.5")), ("rowing", 7)])
    mins = rng.randrange(20, 120, 5)
    kg = lb * LB
    kcal = met * kg * F(mins, 60)
    text = pick(rng, f"How many calories does {mins} min of {act} burn for someone {lb} lb? Use MET {dec(met)}, kcal = MET x kg x hours, 1 lb = 0.4536 kg. Also give it in kJ (4.184).",
                f"{act} for {mins} minutes, I'm {lb} pounds (x0.4536 for kg). MET is {dec(met)}. Calories burned (kcal = MET*kg*h) and the same in kilojoules at 4.184 kJ/kcal, 1 dp")
    return text, [num(kcal, 1) + num(kcal, 0), num(kcal * F("4.184"), 1) + num(kcal * F("4.184"), 0)]


@fam
def protein_grams_stone(rng):
    st, lb = rng.randint(8, 17), rng.randint(0, 13)
    g = F(rng.choice([12, 14, 16, 18, 20, 22]), 10)
    kg = (st * 14 + lb) * LB
    text = pick(rng, f"I'm {st} stone {lb} and want {dec(g)} g of protein per kg. My weight in kg (14 lb per stone, 0.4536 kg per lb) and grams of protein a day?",
                f"{dec(g)}g protein per kilo, I weigh {st}st {lb}lb. how many kg is that (0.4536/lb) and how much protein daily, 1 dp")
    return text, [num(kg, 1) + num(kg, 2), num(kg * g, 1) + num(kg * g, 0)]


@fam
def waist_height_ratio(rng):
    waist = rng.randint(26, 48)
    ft, inch, _cm = feet(rng)
    text = pick(rng, f"My waist is {waist} inches and I'm {ft}'{inch}\". Waist in cm (2.54 cm/in), and my waist-to-height ratio to 2 decimals?",
                f"waist {waist} in, height {ft} ft {inch} in. convert waist to cm and give the waist:height ratio (2 dp)")
    return text, [num(waist * INCH, 2) + num(waist * INCH, 1), num(F(waist, ft * 12 + inch), 2)]


@fam
def bsa_mosteller(rng):
    lb = rng.randint(90, 280)
    ft, inch, cm = feet(rng)
    kg = lb * LB
    bsa = math.sqrt(float(cm * kg / 3600))
    if abs(bsa * 100 - math.floor(bsa * 100) - 0.5) < 0.02:
        raise Redraw
    text = pick(rng, f"Body surface area (Mosteller) for {lb} lb, {ft}'{inch}\"? Convert with 0.4536 kg/lb and 2.54 cm/in; give kg, cm and BSA (2 dp).",
                f"{ft} ft {inch} in and {lb} lbs: height in cm, weight in kg (2.54, 0.4536), then Mosteller BSA in m², 2 decimals")
    return text, [num(kg, 2) + num(kg, 1), num(cm, 2) + num(cm, 1), num(bsa, 2)]


@fam
def target_weight_for_bmi(rng):
    ft, inch, cm = feet(rng)
    tgt = F(rng.choice([22, 23, 24, 249, 25]))
    tgt = tgt / 10 if tgt > 100 else tgt
    kg = tgt * (cm / 100) ** 2
    text = pick(rng, f"What weight gives a BMI of {dec(tgt)} at {ft}'{inch}\"? Height in cm (2.54 cm/in), then the weight in kg and lb (2.2046 lb/kg), 1 dp.",
                f"I'm {ft} ft {inch}. what's my height in cm and what would I weigh at BMI {dec(tgt)}, in kg and pounds (1 kg = 2.2046 lb)?")
    return text, [num(cm, 2) + num(cm, 1), num(kg, 1) + num(kg, 2), num(kg * F("2.2046"), 1)]


@fam
def caffeine_left(rng):
    cups = rng.randint(1, 4)
    mg = rng.choice([80, 95, 100, 120])
    cans = rng.randint(0, 2)
    can = rng.choice([80, 111, 160])
    limit = 400
    used = cups * mg + cans * can
    if used >= limit or used * 2 == limit:
        raise Redraw
    oz = rng.choice([8, 12, 16])
    text = pick(rng, f"I've had {cups} coffees ({mg} mg each) and {cans} energy drink{'' if cans == 1 else 's'} ({can} mg each). How much caffeine is that, and how much is left of a {limit} mg daily limit? Also how many ml is a {oz} fl oz cup (29.57 ml/fl oz)?",
                f"caffeine so far: {cups} x {mg} mg coffee + {cans} x {can} mg cans. total, and remaining vs {limit} mg? plus {oz} fl oz to ml (29.57)")
    return text, [[f"{used} mg", f"{used}mg"], [f"{limit - used} mg", f"{limit - used}mg"], num(oz * F("29.57"), 2) + num(oz * F("29.57"), 1)]


@fam
def alcohol_units_pints(rng):
    pints = rng.randint(1, 6)
    abv = F(rng.choice([38, 40, 42, 45, 48, 50, 52]), 10)
    limit = 14
    units = pints * 568 * abv / 1000
    text = pick(rng, f"How many UK alcohol units in {pints} pints of {dec(abv)}% beer (1 pint = 568 ml, units = ml x ABV% / 1000)? And what's left of the {limit}-unit weekly guideline? 1 dp",
                f"{pints} pints at {dec(abv)}% — units (568 ml per pint, ml*abv/1000) and how many units I'd have left of {limit} a week, one decimal")
    if units >= limit:
        raise Redraw
    return text, [num(units, 1) + num(units, 2), num(limit - units, 1) + num(limit - units, 2)]


@fam
def sleep_cycles_bedtime(rng):
    wake = rng.randrange(5 * 60, 8 * 60 + 31, 15)
    cycles = rng.choice([4, 5, 6])
    fall = rng.choice([10, 15, 20])
    total = cycles * 90 + fall
    text = pick(rng, f"I need to wake at {ampm(wake)}. If I want {cycles} full 90-minute sleep cycles and it takes me {fall} min to fall asleep, when should I go to bed, and how many hours of sleep is that?",
                f"wake up {hm(wake)}, {cycles} cycles of 90 min, {fall} mins to drop off. bedtime? hours asleep?")
    return text, [clock(wake - total), span(cycles * 90) + [f"{v}{u}" for v in num(F(cycles * 90, 60), 1) for u in (" hours", "h", " hrs")]]


@fam
def fasting_window(rng):
    start = rng.randrange(18 * 60, 22 * 60, 15)
    fast = rng.choice([14, 16, 18, 20])
    text = pick(rng, f"Starting a {fast}-hour fast at {ampm(start)}. When can I eat again, and how long is my eating window in a 24-hour day?",
                f"{fast}h fast from {hm(start)} — what time does it end, and how many hours is the eating window left in the day?")
    if set(clock(start + fast * 60)) & set(span((24 - fast) * 60)):  # "10:00" both end time and window
        raise Redraw
    return text, [clock(start + fast * 60), span((24 - fast) * 60)]


@fam
def macros_grams_kj(rng):
    kcal = rng.randrange(1400, 3200, 100)
    p, c = rng.choice([(30, 40), (25, 50), (35, 35), (20, 50), (40, 30)])
    f = 100 - p - c
    text = pick(rng, f"On {kcal} kcal a day with {p}% protein, {c}% carbs and {f}% fat, how many grams of each (protein and carbs 4 kcal/g, fat 9 kcal/g)? And {kcal} kcal in kJ (4.184)?",
                f"macro split {p}/{c}/{f} (protein/carbs/fat) of {kcal} calories -> grams each (4, 4, 9 kcal per g, 1 dp) and total kJ at 4.184")
    gp, gc, gf = F(kcal * p, 400), F(kcal * c, 400), F(kcal * f, 900)
    def g(x):
        return [f"{v} g" for v in num(x, 1) + num(x, 0)] + [f"{v}g" for v in num(x, 1) + num(x, 0)]
    return text, [g(gp), g(gc), g(gf), num(kcal * F("4.184"), 1) + num(kcal * F("4.184"), 0)]


@fam
def swim_yards_pace(rng):
    m = rng.choice([400, 750, 800, 1000, 1500, 1900, 2000])
    secs = rng.randint(m * 12 // 10, m * 25 // 10)
    mm, ss = divmod(secs, 60)
    text = pick(rng, f"Swam {m} m in {mm}:{ss:02d}. How many yards is that (1 yd = 0.9144 m, 1 dp), and what was my pace per 100 m?",
                f"{m} metres -> yards (0.9144 m per yard)? and average time per 100m if it took {mm} min {ss} s")
    p = F(secs * 100, m)
    pm, ps = divmod(p, 60)
    if ps.denominator != 1:
        raise Redraw
    return text, [num(F(m) / F("0.9144"), 1), [f"{pm}:{int(ps):02d}", f"{pm} min {int(ps)} s", f"{pm}m {int(ps)}s"]]


@fam
def cockcroft_gault_lb(rng):
    sex = rng.choice(["male", "female"])
    age, lb = rng.randint(25, 85), rng.randint(110, 260)
    cr = F(rng.randrange(6, 20), 10)
    kg = lb * LB
    cl = (140 - age) * kg / (72 * cr) * (F("0.85") if sex == "female" else 1)
    text = pick(rng, f"Creatinine clearance (Cockcroft-Gault) for a {age}-year-old {sex}, {lb} lb, serum creatinine {dec(cr)} mg/dL? Convert weight at 0.4536 kg/lb first.",
                f"{sex} {age}y, weight {lb} lbs (x0.4536 = kg), Cr {dec(cr)} mg/dL. weight in kg and CrCl by Cockcroft-Gault (1 dp)")
    return text, [num(kg, 1) + num(kg, 2), num(cl, 1) + num(cl, 2)]


@fam
def fever_f_to_c_dose_times(rng):
    f = F(rng.randrange(990, 1045), 10)
    first = rng.randrange(6 * 60, 14 * 60, 30)
    every = rng.choice([4, 6, 8])
    text = pick(rng, f"My temp is {dec(f)}°F — what's that in °C (1 dp)? I took a dose at {ampm(first)} and can repeat every {every} hours; when are the next two doses?",
                f"{dec(f)} F in celsius? first dose {hm(first)}, every {every}h — times of the 2nd and 3rd doses")
    return text, [num((f - 32) * 5 / 9, 1), clock(first + every * 60), clock(first + 2 * every * 60)]


@fam
def steps_miles_calories(rng):
    steps = rng.randrange(3000, 25000, 10)
    stride = rng.choice([28, 30, 32])
    per = F(rng.choice([4, 5]), 100)
    miles = F(steps * stride, 63360)
    text = pick(rng, f"{steps:,} steps today with a {stride}-inch stride — how many miles (63,360 in per mile, 2 dp), and calories at {dec(per)} kcal per step?",
                f"convert {steps} steps to miles at {stride} inches each (2 dp) and estimate kcal burned at {dec(per)} per step")
    return text, [num(miles, 2), num(steps * per, 1) + num(steps * per, 0)]


@fam
def height_cm_to_ft_bmi(rng):
    cm, kg = rng.randint(150, 200), rng.randint(45, 130)
    inches = F(cm) / INCH
    ft = int(inches // 12)
    rem = inches - 12 * ft
    text = pick(rng, f"I'm {cm} cm and {kg} kg. How tall is that in feet and inches (2.54 cm/in, inches to 1 dp), and what's my BMI?",
                f"{cm}cm -> ft/in (1 in = 2.54 cm, nearest tenth of an inch) + BMI at {kg} kg please")
    r = num(rem, 1)
    if r[0] == "12.0":
        raise Redraw
    return text, [[f"{ft} ft {v} in" for v in r] + [f"{ft}'{v}" for v in r] + [f"{ft} feet {v} inches" for v in r] + [f"{ft}ft {v}in" for v in r] + [f"{ft} ft {v}" for v in r], num(bmi(F(kg), F(cm)), 2) + num(bmi(F(kg), F(cm)), 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    lb_ft_to_bmi, stone_to_kg_bmi, bmr_mifflin_from_lb, water_by_weight_cups, karvonen_zone,
    devine_ibw_lb, child_dose_suspension, met_calories_from_lb, protein_grams_stone,
    waist_height_ratio, bsa_mosteller, target_weight_for_bmi, caffeine_left,
    alcohol_units_pints, sleep_cycles_bedtime, fasting_window, macros_grams_kj,
    swim_yards_pace, cockcroft_gault_lb, fever_f_to_c_dose_times, steps_miles_calories,
    height_cm_to_ft_bmi)]
