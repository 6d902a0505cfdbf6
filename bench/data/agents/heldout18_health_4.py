"""Round 18 (``B_*``, dev now) for ``muse bench agents``, health part 4: activity and sleep
scores, body-water and blood-volume formulas, paediatric dose rules and medicine supplies."""

from __future__ import annotations

import math

from bench.data.agents.heldout18_units import LB, count, family, hm, money, num, pick, whole


@family
def met_minutes_week(rng):
    acts = rng.sample([("brisk walking", 3.5), ("cycling", 6.8), ("swimming", 5.8),
                       ("running", 9.8), ("yoga", 2.5), ("tennis", 7.3), ("gardening", 3.8)],
                      rng.randint(2, 4))
    rows, total = [], 0.0
    for name, met in acts:
        mins = rng.choice([20, 30, 40, 45, 60, 90, 120])
        total += met * mins
        rows.append(f"{name} {mins} min (MET {met:g})")
    t = (f"This week: {', '.join(rows)}. Total MET-minutes, and did I reach 600 MET-min?")
    if abs(total - 600) < 1:
        return None
    return t, [num(total, 1, 0.0) if total % 1 else count(int(total)),
               ["yes", "exceed", "above 600", "over 600", "more than 600", "surpass"]
               if total > 600 else ["not reach", "short", "below 600", "under 600", "didn't",
                                    "did not", "less than 600"]]


@family
def social_jetlag(rng):
    wk_bed = rng.randint(22 * 60, 24 * 60 + 30) // 15 * 15
    wk_sleep = rng.randint(6 * 60, 8 * 60) // 15 * 15
    we_bed = wk_bed + rng.randint(30, 150) // 15 * 15
    we_sleep = wk_sleep + rng.randint(0, 150) // 15 * 15
    mid_wk = wk_bed + wk_sleep / 2
    mid_we = we_bed + we_sleep / 2
    raw = mid_we - mid_wk
    if raw % 1:
        return None
    diff = int(raw)
    def hhmm(x):
        return f"{(x // 60) % 24:02d}:{x % 60:02d}"
    t = (f"Workdays I fall asleep at {hhmm(wk_bed)} and sleep "
         f"{wk_sleep // 60}h{wk_sleep % 60:02d}; "
         f"weekends I fall asleep at {hhmm(we_bed)} and sleep {we_sleep // 60}h"
         f"{we_sleep % 60:02d}. Social jetlag = weekend sleep midpoint minus workday midpoint. "
         "How much is it (hours and minutes)?")
    if diff <= 0:
        return None
    return t, [[*hm(diff), f"{diff} minutes", f"{diff} min"]]


@family
def bp_to_kpa(rng):
    s, d = rng.randint(100, 190), rng.randint(55, 110)
    t = pick(rng, f"European form wants BP in kPa. mine is {s}/{d} mmHg. convert both (1 mmHg = "
             "0.133322 kPa), one decimal",
             f"Convert a blood pressure of {s}/{d} mmHg to kPa, using 0.133322 kPa per mmHg, to "
             "one decimal place each.")
    return t, [num(s * 0.133322, 1), num(d * 0.133322, 1)]


@family
def protein_per_kg_intake(rng):
    kg = rng.randint(50, 120)
    meals = [rng.randint(8, 55) for _ in range(rng.randint(3, 5))]
    g = sum(meals)
    t = pick(rng, f"protein today: {', '.join(f'{x} g' for x in meals)}. I weigh {kg} kg. total "
             "and g per kg (2 dp)?",
             f"I'm {kg} kg and ate {' + '.join(map(str, meals))} grams of protein across my meals. "
             "Grams per kilo of body weight, two decimals? (and the total)")
    return t, [count(g), num(g / kg, 2)]


@family
def adjusted_body_weight(rng):
    male = rng.random() < 0.5
    ft, inch = rng.choice([5, 5, 6]), rng.randint(0, 11)
    over = ft * 12 + inch - 60
    ibw = (50 if male else 45.5) + 2.3 * over
    actual = round(ibw * rng.uniform(1.25, 1.9))
    abw = ibw + 0.4 * (actual - ibw)
    t = (f"{'Male' if male else 'Female'}, {ft}'{inch}\", {actual} kg. Devine IBW = "
         f"{'50' if male else '45.5'} kg + 2.3 kg per inch over 5 ft; adjusted body weight = IBW + "
         "0.4 × (actual − IBW). IBW and adjusted weight, one decimal each?")
    return t, [num(ibw, 1, 0.0), num(abw, 1)]


@family
def pack_years(rng):
    per_day = rng.choice([5, 10, 15, 20, 25, 30, 40])
    years = rng.randint(3, 45)
    t = pick(rng, f"Smoked about {per_day} cigarettes a day for {years} years (20 in a pack). "
             "Pack-years?",
             f"gp asked for pack years. {per_day} a day, {years} yrs, 20 per pack.")
    py = per_day / 20 * years
    return t, [num(py, 1, 0.0) if py % 1 else count(int(py))]


@family
def weighted_avg_hr(rng):
    segs = [(rng.choice([5, 8, 10, 12, 15, 20]), rng.randint(100, 175))
            for _ in range(rng.randint(3, 4))]
    tot = sum(m for m, _ in segs)
    avg = sum(m * h for m, h in segs) / tot
    listing = ", ".join(f"{m} min at {h}" for m, h in segs)
    t = (f"Workout segments: {listing} bpm. Time-weighted average heart rate for the whole "
         "session, one decimal?")
    return t, [num(avg, 1, 0.0) if (avg * 10) % 1 < 1e-9 else num(avg, 1)]


@family
def vo2max_uth(rng):
    age = rng.randint(20, 65)
    rest = rng.randint(45, 80)
    mx = 220 - age
    vo2 = 15.3 * mx / rest
    t = pick(rng, f"Uth estimate: VO2max ≈ 15.3 × (HRmax ÷ HRrest). I'm {age} (HRmax = 220 − age), "
             f"resting HR {rest}. Estimate in ml/kg/min, one decimal?",
             f"age {age}, resting pulse {rest}. vo2max via 15.3 x HRmax/HRrest with HRmax = "
             "220-age? 1dp")
    return t, [num(vo2, 1)]


@family
def body_water_watson(rng):
    male = rng.random() < 0.5
    age, h, w = rng.randint(20, 80), rng.randint(150, 195), rng.randint(48, 125)
    if male:
        tbw = 2.447 - 0.09516 * age + 0.1074 * h + 0.3362 * w
        form = "2.447 − 0.09516×age + 0.1074×cm + 0.3362×kg"
    else:
        tbw = -2.097 + 0.1069 * h + 0.2466 * w
        form = "−2.097 + 0.1069×cm + 0.2466×kg"
    t = (f"Watson total body water ({'men' if male else 'women'}): TBW (litres) = {form}. Age "
         f"{age}, {h} cm, {w} kg. TBW in litres and as % of body weight, one decimal each?")
    return t, [num(tbw, 1), num(tbw / w * 100, 1)]


@family
def blood_volume_nadler(rng):
    male = rng.random() < 0.5
    h, w = rng.randint(150, 196) / 100, rng.randint(48, 125)
    if male:
        bv = 0.3669 * h ** 3 + 0.03219 * w + 0.6041
        form = "0.3669×m³ + 0.03219×kg + 0.6041"
    else:
        bv = 0.3561 * h ** 3 + 0.03308 * w + 0.1833
        form = "0.3561×m³ + 0.03308×kg + 0.1833"
    t = (f"Nadler's formula ({'male' if male else 'female'}): blood volume (L) = {form}, where m "
         "is "
         f"height in metres. {h:.2f} m, {w} kg. Blood volume to two decimals?")
    return t, [num(bv, 2)]


@family
def youngs_rule(rng):
    age = rng.randint(2, 11)
    adult = rng.choice([200, 250, 300, 400, 500, 600, 1000])
    dose = age / (age + 12) * adult
    t = pick(rng, f"Pharmacology homework: Young's rule, child dose = age/(age + 12) × adult dose. "
             f"Adult dose {adult} mg, child aged {age}. Child dose to one decimal?",
             f"young's rule q: adult {adult} mg, kid is {age}. dose = age ÷ (age+12) × adult. 1 dp")
    return t, [num(dose, 1, 0.0) if (dose * 10) % 1 < 1e-9 else num(dose, 1)]


@family
def clarks_rule(rng):
    lb = rng.randint(20, 110)
    adult = rng.choice([250, 300, 400, 500, 650, 800])
    kg_mode = rng.random() < 0.5
    dose = lb / 150 * adult
    if kg_mode:
        kg = round(lb * LB, 1)
        dose = kg / LB / 150 * adult
        t = (f"Clark's rule: child dose = (weight in lb ÷ 150) × adult dose; 1 lb = 0.45359 kg. "
             f"Child weighs {kg:g} kg, "
             f"adult dose {adult} mg. Dose in mg, one decimal?")
    else:
        t = (f"Clark's rule (weight in pounds / 150 × adult dose): {lb} lb child, adult dose "
             f"{adult} "
             "mg. mg to give, one decimal?")
    return t, [num(dose, 1, 0.0) if (dose * 10) % 1 < 1e-9 else num(dose, 1)]


@family
def holiday_meds(rng):
    days = rng.randint(5, 30)
    per_day = rng.choice([1, 2, 3, 4])
    spare = rng.choice([2, 3, 5, 7])
    strip = rng.choice([7, 10, 14, 28])
    tabs = (days + spare) * per_day
    strips = math.ceil(tabs / strip)
    t = (f"Going away for {days} days, {per_day} tablet{'s' if per_day > 1 else ''} a day, and I "
         f"want {spare} days' spare in case of delays. Tablets come in strips of {strip}. How "
         "many tablets and how many strips to pack?")
    if tabs % strip == 0:
        return None
    return t, [count(tabs), [f"{strips} strips", f"{strips} strip", f"= {strips}", f"{strips} x"]]


@family
def breathing_cycles(rng):
    inhale, hold, exhale = rng.choice([(4, 7, 8), (4, 4, 4), (5, 0, 5), (4, 4, 6), (6, 0, 6)])
    hold2 = 4 if (inhale, hold, exhale) == (4, 4, 4) else 0
    cycle = inhale + hold + exhale + hold2
    mins = rng.choice([3, 5, 8, 10, 12, 15])
    n = mins * 60 / cycle
    pattern = f"in {inhale} s" + (f", hold {hold} s" if hold else "") + f", out {exhale} s" + (
        f", hold {hold2} s" if hold2 else "")
    t = (f"Breathing exercise: {pattern}. How long is one cycle, and how many complete cycles "
         f"fit in {mins} minutes?")
    return t, [[f"{cycle} seconds", f"{cycle} s", f"{cycle}s", f"{cycle} sec"],
               count(int(n))]


@family
def fluid_calorie_drinks(rng):
    drinks = rng.sample([("latte", 350, 190), ("cola", 330, 139), ("orange juice", 250, 110),
                         ("smoothie", 300, 180), ("oat milk", 200, 92), ("beer", 568, 227),
                         ("sports drink", 500, 120)], rng.randint(2, 4))
    water = rng.randint(0, 6) * 250

    def art(name):
        return "an" if name[0] in "aeiou" else "a"
    ml = sum(v for _, v, _ in drinks) + water
    kcal = sum(k for _, _, k in drinks)
    t = (f"Today I drank {', '.join(f'{art(n)} {n} ({v} ml, {k} kcal)' for n, v, k in drinks)} "
         "and "
         f"{water} ml of water. Total fluid in litres (2 dp) and calories from drinks?")
    return t, [num(ml / 1000, 2), count(kcal)]


@family
def cholesterol_mgdl_mmol(rng):
    tc, hdl, tg = rng.randint(140, 300), rng.randint(30, 90), rng.randint(60, 400)
    t = pick(rng, f"US lab results: total cholesterol {tc} mg/dL, HDL {hdl} mg/dL, triglycerides "
             f"{tg} mg/dL. Convert to mmol/L — divide cholesterol values by 38.67 and "
             "triglycerides "
             "by 88.57. Two decimals each.",
             f"tc {tc}, hdl {hdl}, trigs {tg} (mg/dl) → mmol/l? chol ÷38.67, TG ÷88.57, 2dp")
    return t, [num(tc / 38.67, 2), num(hdl / 38.67, 2), num(tg / 88.57, 2)]


@family
def cycling_kcal_from_watts(rng):
    watts = rng.randint(110, 280)
    mins = rng.choice([30, 45, 60, 75, 90, 120, 150])
    eff = rng.choice([0.22, 0.24, 0.25])
    kj = watts * mins * 60 / 1000
    kcal = kj / 4.184 / eff
    t = (f"Rode {mins} min at an average of {watts} W. Mechanical work in kJ, and calories burned "
         f"assuming {int(eff * 100)}% gross efficiency (kcal = kJ ÷ 4.184 ÷ {eff:g})? kJ whole, "
         "kcal "
         "nearest whole.")
    return t, [count(int(kj)) if kj % 1 == 0 else whole(kj), whole(kcal)]


@family
def pill_split_savings(rng):
    dose = rng.choice([25, 50, 10, 20])
    big = dose * 2
    p_small = rng.randint(800, 3500) / 100
    p_big = round(p_small * rng.uniform(1.0, 1.5), 2)
    pack = rng.choice([28, 30, 56, 60, 90])
    per_dose_small = p_small / pack
    per_dose_big = p_big / pack / 2
    saved = (per_dose_small - per_dose_big) * 365
    t = (f"I take {dose} mg once a day. A pack of {pack} × {dose} mg tablets costs "
         f"${p_small:.2f}; a "
         f"pack of {pack} × {big} mg scored tablets costs ${p_big:.2f} and my doctor okayed "
         "halving "
         "them. Cost per dose each way (to the cent), and yearly saving over 365 days if I split?")
    cents = []
    for v in (per_dose_small, per_dose_big):
        c = round(v * 100)
        cents.append([*money(v), f"{c} cents", f"{c}c", f"{c}¢"])
    alt = (round(per_dose_small, 2) - round(per_dose_big, 2)) * 365
    return t, [*cents, list(dict.fromkeys(money(saved) + money(alt)))]


@family
def noise_exposure_time(rng):
    level = rng.choice([85, 88, 91, 94, 97, 100, 103, 106, 90, 95])
    hours = 8 / 2 ** ((level - 85) / 3)
    mins = hours * 60
    t = pick(rng, f"Workplace rule: 8 hours allowed at 85 dB, halving for every 3 dB above that. "
             f"How long can someone be exposed at {level} dB? Minutes, one decimal.",
             f"{level} dBA — allowed exposure time if 85 dB = 8 h and every +3 dB halves it? "
             "minutes to 1 dp")
    return t, [num(mins, 1, 0.0) if (mins * 10) % 1 < 1e-9 else num(mins, 1)]


FAMILIES = [(f, 10) for f in (
    met_minutes_week, social_jetlag, bp_to_kpa, protein_per_kg_intake, adjusted_body_weight,
    pack_years, weighted_avg_hr, vo2max_uth, body_water_watson, blood_volume_nadler, youngs_rule,
    clarks_rule, holiday_meds, breathing_cycles, fluid_calorie_drinks, cholesterol_mgdl_mmol,
    cycling_kcal_from_watts, pill_split_savings, noise_exposure_time)]
