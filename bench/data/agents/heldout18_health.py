"""Round 18 (``B_*``, dev now) for ``muse bench agents``, health part 1: body size and energy
formulas with every coefficient given, heart-rate intensity, doses and fluids."""

from __future__ import annotations

import math

from bench.data.agents.heldout18_units import LB, clock, count, family, num, pick, whole


@family
def bmi_mixed_units(rng):
    lb = rng.randint(105, 290)
    cm = rng.randint(150, 198)
    bmi = lb * LB / (cm / 100) ** 2
    t = pick(rng, f"my scale is in pounds but my height's in cm lol — {lb} lb, {cm} cm. BMI to one "
             "decimal?",
             f"Weight {lb} pounds, height {cm} centimetres. What is the BMI (1 dp)?")
    return t, [num(bmi, 1)]


@family
def bmi_prime(rng):
    kg = rng.randint(48, 140)
    m = rng.randint(152, 197) / 100
    bmi = kg / m ** 2
    t = (f"I read about 'BMI prime' = BMI divided by 25 (the upper limit of normal). I'm {kg} kg "
         "and "
         f"{m:.2f} m. BMI to one decimal and BMI prime to two decimals?")
    return t, [num(bmi, 1), num(bmi / 25, 2)]


@family
def bmi_couple_gap(rng):
    a = (rng.randint(50, 120), rng.randint(155, 195))
    b = (rng.randint(50, 120), rng.randint(150, 185))
    ba, bb = a[0] / (a[1] / 100) ** 2, b[0] / (b[1] / 100) ** 2
    t = (f"Me: {a[0]} kg, {a[1]} cm. My partner: {b[0]} kg, {b[1]} cm. Both BMIs to one decimal, "
         "and the difference between them (one decimal, from the unrounded values)?")
    return t, [num(ba, 1), num(bb, 1), num(abs(ba - bb), 1)]


@family
def bmr_roza_shizgal(rng):
    male = rng.random() < 0.5
    w, h, a = rng.randint(50, 125), rng.randint(152, 198), rng.randint(19, 78)
    if male:
        bmr = 88.362 + 13.397 * w + 4.799 * h - 5.677 * a
        f = "88.362 + 13.397×kg + 4.799×cm − 5.677×age"
    else:
        bmr = 447.593 + 9.247 * w + 3.098 * h - 4.330 * a
        f = "447.593 + 9.247×kg + 3.098×cm − 4.330×age"
    t = (f"Revised Harris-Benedict (Roza & Shizgal) for a {'man' if male else 'woman'}: BMR = {f}. "
         f"{'He' if male else 'She'} is {a}, {w} kg, {h} cm. BMR in kcal/day, nearest whole?")
    return t, [whole(bmr)]


@family
def bmr_owen(rng):
    male = rng.random() < 0.5
    w = rng.randint(45, 140)
    bmr = 879 + 10.2 * w if male else 795 + 7.18 * w
    form = "879 + 10.2 × weight(kg)" if male else "795 + 7.18 × weight(kg)"
    pal = rng.choice([1.2, 1.375, 1.55, 1.725])
    t = pick(rng, f"Owen equation ({'men' if male else 'women'}): REE = {form}. For {w} kg, what's "
             f"REE and the daily need with an activity factor of {pal}? nearest kcal",
             f"owen formula, {'male' if male else 'female'}, {w}kg: {form}. give REE + total at "
             f"activity x{pal} (whole kcal)")
    return t, [whole(bmr), whole(bmr * pal)]


@family
def water_with_exercise(rng):
    kg = rng.randint(48, 115)
    base = rng.choice([30, 33, 35])
    mins = rng.choice([0, 20, 30, 45, 60, 75, 90, 120])
    extra = rng.choice([350, 500])
    ml = kg * base + mins / 30 * extra
    t = (f"Water target: {base} ml per kg of body weight, plus {extra} ml for every 30 minutes of "
         f"exercise. I weigh {kg} kg and trained {mins} min today. How many litres? (two decimals)")
    return t, [num(ml / 1000, 2, 0.0) if (ml / 10) % 1 < 1e-9 else num(ml / 1000, 2)]


@family
def hr_percent_of_max(rng):
    age = rng.randint(18, 70)
    hr = rng.randint(110, 185)
    mx = 220 - age
    if hr >= mx:
        return None
    t = pick(rng, f"I'm {age}. watch says {hr} bpm on my run. what % of max is that using 220-age? "
             "(1 dp)",
             f"Using max HR = 220 − age, a {age}-year-old at {hr} beats per minute is working at "
             "what percentage of max, to one decimal?")
    return t, [num(hr / mx * 100, 1)]


@family
def hrr_intensity(rng):
    age = rng.randint(20, 68)
    rest = rng.randint(46, 78)
    hr = rng.randint(105, 175)
    mx = 220 - age
    if hr >= mx:
        return None
    pct = (hr - rest) / (mx - rest) * 100
    t = (f"Resting HR {rest}, age {age}, max taken as 220 − age. During intervals I held {hr} bpm. "
         "What percent of my heart-rate reserve is that? one decimal")
    return t, [num(pct, 1)]


@family
def gellish_zone(rng):
    age = rng.randint(20, 75)
    lo, hi = rng.choice([(60, 70), (70, 80), (80, 90), (50, 60)])
    mx = 207 - 0.7 * age
    t = pick(rng, f"Gellish formula says max HR = 207 − 0.7 × age. For age {age}, max HR (1 dp) "
                  "and "
             f"the {lo}–{hi}% zone in bpm, rounded to whole beats?",
             f"{age} y/o. max hr via 207 - 0.7*age (one decimal). then {lo}% and {hi}% of it, "
             "nearest bpm")
    return t, [num(mx, 1, 0.0), whole(mx * lo / 100), whole(mx * hi / 100)]


@family
def steroid_taper_tablets(rng):
    start = rng.choice([20, 25, 30, 35, 40, 45, 50])
    step = 5
    days = rng.choice([2, 3, 4, 5, 7])
    tab = 5
    doses = list(range(start, 0, -step))
    total_mg = sum(doses) * days
    t = (f"Prednisolone taper: start at {start} mg a day, cut by {step} mg every {days} days until "
         f"stopped (the last step is {step} mg for {days} days). Tablets are {tab} mg. Total "
         "tablets "
         "for the course, and how many days does it last?")
    return t, [count(total_mg // tab), [f"{len(doses) * days} days", f"{len(doses) * days}-day",
                                       f"{len(doses) * days} day"]]


@family
def cream_percent_mg(rng):
    pct = rng.choice([0.025, 0.05, 0.1, 0.5, 1, 2, 2.5, 5])
    tube = rng.choice([15, 20, 30, 50, 100])
    per_app = rng.choice([0.5, 1, 2, 0.25])
    mg = tube * pct / 100 * 1000
    t = (f"Cream is {pct:g}% w/w active ingredient (grams per 100 g), tube is {tube} g. How many "
         "mg "
         f"of active ingredient in the whole tube, and in a {per_app:g} g application?")
    each = per_app * pct / 100 * 1000
    return t, [num(mg, 2, 0.0) if mg % 1 else count(int(mg)), num(each, 2, 0.0)]


@family
def dose_per_m2(rng):
    bsa = rng.randint(140, 230) / 100
    dose = rng.choice([50, 60, 75, 100, 125, 135, 175, 200])
    vial = rng.choice([20, 50, 100])
    mg = bsa * dose
    vials = math.ceil(mg / vial - 1e-9)
    t = (f"Protocol dose {dose} mg/m². Patient's body surface area is {bsa:.2f} m². Total dose in "
         f"mg (one decimal), and how many {vial} mg vials need to be opened?")
    return t, [num(mg, 1, 0.0), [f"{vials} vials", f"{vials} vial", f"= {vials}", f"{vials} x",
                                 f"{vials} ×"]]


@family
def doses_before_cutoff(rng):
    first = rng.randint(6, 10) * 60 + rng.choice([0, 15, 30, 45])
    every = rng.choice([4, 6, 8])
    cutoff = rng.choice([22, 23]) * 60
    times = list(range(first, cutoff + 1, every * 60))
    maxday = rng.choice([4, 6])
    if cutoff in times:
        return None
    n = min(len(times), maxday)
    last = times[n - 1]
    t = (f"Took the first dose at {clock(first)[1]}. Label: one dose every {every} hours, no more "
         f"than {maxday} doses in 24 hours. If I don't take any after {clock(cutoff)[1]}, how many "
         "doses can I take today, and when is the last one?")
    return t, [[f"{n} doses", f"{n} in total", f"{n} total", f"= {n}", f"{n} dose"], clock(last)]


@family
def ors_rehydration(rng):
    kg = rng.randint(8, 30) + rng.choice([0, 0.5])
    per = rng.choice([50, 75])
    hours = 4
    ml = kg * per
    per15 = ml / (hours * 4)
    t = (f"Doctor said oral rehydration at {per} ml per kg over {hours} hours for my child, who is "
         f"{kg:g} kg. Total ml, and how much every 15 minutes if I spread it evenly (one "
         "decimal)?")
    return t, [num(ml, 1, 0.0) if ml % 1 else count(int(ml)), num(per15, 1)]


@family
def parkland_rate(rng):
    kg = rng.randint(45, 110)
    tbsa = rng.randint(12, 55)
    delay = rng.choice([0, 1, 2, 3])
    total = 4 * kg * tbsa
    first = total / 2
    rate = first / (8 - delay)
    t = (f"Exam question: Parkland formula, 4 ml × kg × %TBSA over 24 h, half of it in the first 8 "
         f"hours from the time of the burn. {kg} kg patient, {tbsa}% burns, fluids started "
         f"{delay} h after the burn. Total 24 h volume, and the rate in ml/h for the rest of the "
         "first 8 hours (nearest ml/h)?")
    return t, [count(total), whole(rate)]


@family
def alcohol_kcal(rng):
    ml = rng.choice([125, 175, 250, 330, 440, 500, 568, 750])
    abv = rng.choice([4, 4.5, 5, 5.5, 11.5, 12, 13, 14, 40])
    n = rng.randint(1, 6)
    g = ml * n * abv / 100 * 0.789
    t = (f"Calories from the alcohol alone in {n} × {ml} ml at {abv:g}% ABV? Use ethanol density "
         "0.789 g/ml and 7 kcal per gram, nearest kcal.")
    return t, [whole(g * 7)]


@family
def standard_drinks_au(rng):
    ml = rng.choice([100, 150, 200, 250, 330, 375, 500, 700, 750])
    abv = rng.choice([3.5, 4.2, 4.8, 5, 6.5, 11, 13.5, 14.5, 37, 40])
    g = ml * abv / 100 * 0.789
    t = pick(rng, f"In Australia a standard drink is 10 g of alcohol. How many standard drinks in "
             f"{ml} ml of {abv:g}% ABV? (ethanol 0.789 g/ml, one decimal)",
             f"{ml}mL, {abv:g}% abv — standard drinks (aus, 10 g each, density 0.789)? 1 dp")
    return t, [num(g / 10, 1)]


FAMILIES = [(f, 10) for f in (
    bmi_mixed_units, bmi_prime, bmi_couple_gap, bmr_roza_shizgal, bmr_owen, water_with_exercise,
    hr_percent_of_max, hrr_intensity, gellish_zone, steroid_taper_tablets, cream_percent_mg,
    dose_per_m2, doses_before_cutoff, ors_rehydration, parkland_rate, alcohol_kcal,
    standard_drinks_au)]
