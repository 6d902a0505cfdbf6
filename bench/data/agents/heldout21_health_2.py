"""Round 21 (``F_u_*``, dev now) for ``muse bench agents``, health part 2: doses by weight and
dose timing, pregnancy dates, sleep cycles and named clinical formulas."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout21_units import A, Made, calc, clock, fam
from bench.data.agents.helpers import Family

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MM = ["00", "15", "30", "45"]


def day_forms(d: dt.date) -> list[str]:
    m = MONTHS[d.month - 1].lower()
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return [d.isoformat(), f"{m}{n}", f"{n}{m}", f"{n}{suf}{m}", f"{n}{suf}of{m}",
            f"{m[:3]}{n}", f"{n}{m[:3]}", *([f"sept{n}", f"{n}sept"] if d.month == 9 else [])]


def say(d: dt.date, rng: random.Random) -> str:
    m = MONTHS[d.month - 1]
    return rng.choice([f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat()])


def rand_date(rng: random.Random, year: int = 2026) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))


@fam
def due_date(rng: random.Random) -> Made:
    lmp = rand_date(rng)
    t = rng.choice(["My last period started on {d}. Using Naegele's rule (LMP + 280 days), what's"
                    " my due date?", "LMP {d} - estimated due date if you add 280 days?",
                    "when's the baby due? first day of last period was {d} (add 280 days)"])
    return t.format(d=say(lmp, rng)), [day_forms(lmp + dt.timedelta(days=280))]


@fam
def gestational_age(rng: random.Random) -> Made:
    lmp = rand_date(rng, 2025)
    days = rng.randint(40, 280)
    today = lmp + dt.timedelta(days=days)
    w, d = divmod(days, 7)
    t = rng.choice(["LMP was {a}. Today is {b}. How many weeks and days pregnant am I?",
                    "first day of last period {a}, today {b} - gestational age in weeks + days?"])
    forms = [f"{w}weeksand{d}days", f"{w}weeks{d}days", f"{w}w{d}d", f"{w}+{d}",
             f"{w}weeks,{d}days"] if d else [
        # a bare "8weeks" would also match "8 weeks and 3 days": require what follows
        *(f"{w}weeks{e}" for e in (".", "|", "!", ")", "(", "exactly", "pregnant", "and0days",
                                    "0days", "today", "of", "along", "gestation")),
        f"exactly{w}weeks", f"{w}w0d", f"{w}+0"]
    return t.format(a=say(lmp, rng), b=say(today, rng)), [forms]


@fam
def conception_from_due(rng: random.Random) -> Made:
    due = rand_date(rng, 2027)
    t = rng.choice(["My due date is {d}. Counting back 266 days, roughly when was conception?",
                    "due {d}; estimated conception date = due date minus 266 days. which date?"])
    return t.format(d=say(due, rng)), [day_forms(due - dt.timedelta(days=266))]


@fam
def weeks_until_due(rng: random.Random) -> Made:
    today = rand_date(rng)
    days = rng.randint(10, 250)
    due = today + dt.timedelta(days=days)
    t = rng.choice(["Today is {a} and the baby is due {b}. How many days to go?",
                    "due date {b}, today {a}: how many days left?"])
    return t.format(a=say(today, rng), b=say(due, rng)), [A(days, 0)]


@fam
def dose_timing(rng: random.Random) -> Made:
    h, m = rng.randint(6, 10), rng.choice(MM)
    every = rng.choice([4, 6, 8, 12])
    n = rng.randint(1, 16 // every)
    t = rng.choice(["I took my first dose at {h}:{m} am and it's every {e} hours. When is dose "
                    "number {k}?", "antibiotic every {e} h, first one at {h}:{m} in the morning. "
                    "what time is dose no. {k}?"])
    return (t.format(h=h, m=m, e=every, k=n + 1),
            [clock(F(h * 60 + int(m) + n * every * 60))])


@fam
def doses_left_today(rng: random.Random) -> Made:
    mg = rng.choice([200, 250, 400, 500])
    cap = rng.choice([3000, 4000, 2400, 3200])
    taken = rng.randint(2, cap // mg - 1)
    t = rng.choice(["The max is {c} mg a day. I've already taken {n} tablets of {m} mg. How many "
                    "more mg can I take today?", "{n} x {m}mg taken so far, daily limit {c} mg - "
                    "how many mg are left?"])
    left = cap - taken * mg
    return t.format(c=cap, n=taken, m=mg), [A(left, 0)]


dose_by_weight = calc("dose_by_weight", {"w": (8, 95, 1), "d": ["10", "15", "5", "7.5", "20"]},
                      lambda w, d: w * d, 1, [
    "Dose is {d} mg per kg. The patient weighs {w} kg. How many mg?",
    "{d} mg/kg for a {w} kg child - total mg?"])
dose_volume = calc("dose_volume", {"w": (5, 40, 1), "d": ["10", "15", "12"],
                                   "c": ["120", "160", "200", "250"]},
                   lambda w, d, c: w * d / c * 5, 1, [
    "Child weighs {w} kg, dose {d} mg/kg. The syrup is {c} mg per 5 mL. How many mL? 1 decimal",
    "{d} mg per kg, {w}kg kid, suspension {c} mg/5ml - volume in ml (1 dp)?"])
tablets_needed = calc("tablets_needed", {"w": (40, 120, 0), "d": ["0.5", "1", "2", "1.5"],
                                         "s": [10, 20, 25, 50]},
                      lambda w, d, s: w * d / s, 1, [
    "Prescription says {d} mg/kg; I weigh {w} kg and the tablets are {s} mg. How many tablets? "
    "1 decimal", "how many {s} mg tabs for a dose of {d} mg per kg at {w} kg body weight (1dp)?"])
daily_split = calc("daily_split", {"w": (10, 80, 1), "d": [30, 40, 45, 60, 90],
                                   "n": [2, 3, 4]},
                   lambda w, d, n: w * d / n, 1, [
    "{d} mg/kg/day split into {n} equal doses, patient {w} kg. mg per dose? 1 decimal",
    "Daily dose {d} mg per kg divided {n} times a day for a {w} kg child - each dose in mg? 1 dp"])
mg_to_ml = calc("mg_to_ml", {"d": (50, 900, 0), "c": ["25", "40", "50", "100", "125"]},
                lambda d, c: d / c, 2, [
    "Need {d} mg, the vial is {c} mg/mL. How many mL to draw up? 2 decimals",
    "how many ml for {d} mg at a concentration of {c} mg per ml (2 dp)?"])
clark_rule = calc("clark_rule", {"lb": (20, 100, 0), "a": [250, 500, 325, 400, 200]},
                  lambda lb, a: lb / 150 * a, 1, [
    "Clark's rule: child dose = weight in lb / 150 x adult dose. Child {lb} lb, adult dose {a}"
    " mg. 1 decimal", "using Clark's rule (lb/150 x adult dose), {lb} lb child, adult {a} mg -"
    " mg? 1 dp"])
supply_days = calc("supply_days", {"n": (30, 200, 0), "p": [1, 2, 3], "d": [1, 2, 3, 4]},
                   lambda n, p, d: F(n // (p * d)), 0, [
    "I have {n} pills. I take {p} pill(s) {d} times a day. How many full days will they last?",
    "{n} tablets, {p} per dose, {d} doses daily - full days of supply?"])
insulin_carbs = calc("insulin_carbs", {"c": (20, 150, 0), "r": [8, 10, 12, 15, 20]},
                     lambda c, r: c / r, 1, [
    "Insulin-to-carb ratio is 1 unit per {r} g. Meal has {c} g carbs. Units? 1 decimal",
    "{c} g carbohydrate, ratio 1:{r} - how many units of insulin (1 dp)?"])
glucose_mmol_to_mg = calc("glucose_mmol_to_mg", {"x": (3, 20, 1)}, lambda x: x * 18, 1, [
    "My glucose meter says {x} mmol/L. What's that in mg/dL? (x18)",
    "convert blood sugar {x} mmol/l to mg/dl using a factor of 18"])
glucose_mg_to_mmol = calc("glucose_mg_to_mmol", {"x": (60, 350, 0)}, lambda x: x / 18, 1, [
    "{x} mg/dL glucose in mmol/L? divide by 18, 1 decimal",
    "US lab says fasting glucose {x} mg/dl. In mmol/L (factor 18)? 1 dp"])
chol_mmol_to_mg = calc("chol_mmol_to_mg", {"x": (2, 9, 1)}, lambda x: x * F("38.67"), 1, [
    "Total cholesterol {x} mmol/L - what's that in mg/dL (x 38.67)? 1 decimal",
    "convert cholesterol {x} mmol/l to mg/dl, multiply by 38.67, 1 dp"])
a1c_to_eag = calc("a1c_to_eag", {"a": (5, 12, 1)}, lambda a: F("28.7") * a - F("46.7"), 2, [
    "HbA1c {a}% - estimated average glucose in mg/dL? (eAG = 28.7 x A1c - 46.7)",
    "What's my eAG if my A1c is {a} percent? use 28.7*A1c - 46.7, mg/dL"])
a1c_to_mmolmol = calc("a1c_to_mmolmol", {"a": (5, 12, 1)},
                      lambda a: F("10.929") * (a - F("2.15")), 1, [
    "Convert HbA1c {a}% to mmol/mol using IFCC = 10.929 x (A1c - 2.15). 1 decimal",
    "A1c {a} % in mmol/mol? formula 10.929*(A1c-2.15), 1 dp"])
map_pressure = calc("map_pressure", {"s": (95, 180, 0), "d": (55, 110, 0)},
                    lambda s, d: None if d >= s - 20 else (s + 2 * d) / 3, 1, [
    "Blood pressure {s}/{d}. What's the mean arterial pressure (MAP = (SBP + 2 DBP)/3)? 1 dp",
    "MAP for a BP of {s} over {d}? 1 decimal"])
pulse_pressure = calc("pulse_pressure", {"s": (95, 190, 0), "d": (50, 105, 0)},
                      lambda s, d: None if d >= s - 15 else s - d, 0, [
    "My BP is {s}/{d}. What's my pulse pressure?",
    "pulse pressure (systolic minus diastolic) for {s}/{d} mmHg?"])
anion_gap = calc("anion_gap", {"na": (130, 148, 0), "cl": (95, 110, 0), "hc": (16, 30, 0)},
                 lambda na, cl, hc: na - cl - hc, 0, [
    "Anion gap for Na {na}, Cl {cl}, HCO3 {hc} (Na - Cl - HCO3)?",
    "calculate the anion gap: sodium {na}, chloride {cl}, bicarbonate {hc} mmol/L"])
corrected_calcium = calc("corrected_calcium", {"ca": (7, 10, 1), "alb": (2, 4, 1)},
                         lambda ca, alb: ca + F("0.8") * (4 - alb), 2, [
    "Corrected calcium = Ca + 0.8 x (4 - albumin). Ca {ca} mg/dL, albumin {alb} g/dL?",
    "total calcium {ca}, albumin {alb}: corrected Ca (formula Ca + 0.8*(4 - alb))?"])
cockcroft_gault = calc("cockcroft_gault", {"a": (30, 85, 0), "w": (45, 110, 0),
                                           "cr": (0.6, 2.0, 1)},
                       lambda a, w, cr: (140 - a) * w / (72 * cr), 1, [
    "Cockcroft-Gault CrCl for a man: age {a}, weight {w} kg, creatinine {cr} mg/dL. "
    "((140-age) x kg / (72 x Cr)) 1 decimal", "creatinine clearance by Cockcroft-Gault, male, "
    "{a} y, {w} kg, serum creatinine {cr} mg/dl? (140-age)*wt/(72*Cr), 1 dp"])
friedewald_ldl = calc("friedewald_ldl", {"tc": (150, 300, 0), "hdl": (30, 80, 0),
                                         "tg": (60, 350, 0)},
                      lambda tc, hdl, tg: tc - hdl - tg / 5, 1, [
    "Friedewald LDL: total chol {tc}, HDL {hdl}, triglycerides {tg} mg/dL (LDL = TC - HDL - "
    "TG/5)?", "estimate LDL with Friedewald. TC {tc}, HDL {hdl}, TG {tg}, all mg/dl"])
pack_years = calc("pack_years", {"c": (5, 40, 0), "y": (3, 45, 0)},
                  lambda c, y: c / 20 * y, 2, [
    "I smoked {c} cigarettes a day for {y} years. How many pack-years (20 per pack)?",
    "pack-years for {c} cigs daily over {y} years? 20 cigarettes = 1 pack"])
holliday_segar = calc("holliday_segar", {"w": (3, 60, 0)},
                      lambda w: (4 * w if w <= 10 else 40 + 2 * (w - 10) if w <= 20
                                 else 60 + (w - 20)), 0, [
    "Maintenance fluids by Holliday-Segar (4/2/1 rule) for a {w} kg child in mL/h?",
    "4-2-1 rule hourly maintenance fluid rate for {w} kg? mL per hour"])
devine_ibw_male = calc("devine_ibw_male", {"inch": [f"{i / 2:g}" for i in range(124, 157)]},
                       lambda inch: 50 + F("2.3") * (inch - 60), 2, [
    "I am a man, {inch} in tall. Devine ideal weight = 50 + 2.3 x (height in inches - 60). kg?",
    "Ideal body weight (Devine, men: 50 kg + 2.3 kg per inch over 5 ft) for someone {inch} "
    "inches tall?", "Devine IBW, male, height {inch} in: 50 + 2.3 x (inches - 60) = ? kg"])
devine_ibw_female = calc("devine_ibw_female", {"inch": [f"{i / 2:g}" for i in range(120, 149)]},
                         lambda inch: F("45.5") + F("2.3") * (inch - 60), 2, [
    "woman, {inch} inches. IBW by Devine = 45.5 + 2.3*(in - 60). what is it in kg?",
    "Ideal body weight for a woman {inch} inches tall by Devine (45.5 + 2.3 per inch over 60)?",
    "female IBW (Devine): 45.5 kg + 2.3 kg x (height in inches - 60), height {inch} in?"])
waist_height = calc("waist_height", {"w": (60, 130, 0), "h": (150, 200, 0)},
                    lambda w, h: w / h, 2, [
    "Waist {w} cm, height {h} cm. What's my waist-to-height ratio? 2 decimals",
    "waist to height ratio for a {w} cm waist and {h} cm height (2 dp)?"])
waist_hip = calc("waist_hip", {"w": (60, 130, 0), "hp": (85, 135, 0)},
                 lambda w, hp: w / hp, 2, [
    "Waist {w} cm and hips {hp} cm - waist-to-hip ratio to 2 decimals?",
    "what's my WHR? waist {w}cm hip {hp}cm, 2 dp"])
bedtime_cycles = calc("bedtime_cycles", {"h": (5, 8, 0), "m": MM, "c": [4, 5, 6],
                                         "f": [10, 14, 15, 20]},
                      lambda h, m, c, f: h * 60 + m - c * 90 - f, "clock", [
    "I need to wake at {h}:{m} am. I want {c} full 90-minute sleep cycles and it takes me {f} "
    "minutes to fall asleep. What time should I go to bed?",
    "wake up {h}:{m}, {c} sleep cycles of 90 min, {f} min to drift off - bedtime?"])
wake_cycles = calc("wake_cycles", {"h": (21, 23, 0), "m": MM, "c": [4, 5, 6],
                                   "f": [10, 15, 20]},
                   lambda h, m, c, f: h * 60 + m + f + c * 90, "clock", [
    "Going to bed at {h}:{m}. If I fall asleep after {f} min and sleep {c} cycles of 90 "
    "minutes, when should my alarm go off?", "bed {h}:{m}, {f} min to fall asleep, {c} x 90 min"
    " cycles. alarm time?"])
sleep_debt = calc("sleep_debt", {"n": (5, 7, 1), "g": ["7.5", "8", "8.5", "9"]},
                  lambda n, g: None if n >= g else (g - n) * 7, 1, [
    "I sleep {n} h a night but need {g} h. How many hours of sleep debt after a week?",
    "weekly sleep debt if I get {n} hours nightly vs a {g} hour need?"])
alcohol_units = calc("alcohol_units", {"v": [330, 440, 500, 568, 175, 250, 125, 750],
                                       "a": (4, 14, 1), "n": (1, 6, 0)},
                     lambda v, a, n: v * a / 1000 * n, 1, [
    "UK units = ABV% x mL / 1000. I had {n} drinks of {v} ml at {a}%. Total units? 1 decimal",
    "{n} x {v}ml at {a}% abv - how many alcohol units (ml*abv/1000), 1 dp?"])
salt_from_sodium = calc("salt_from_sodium", {"s": (100, 2500, 0)},
                        lambda s: s * F("2.5") / 1000, 2, [
    "The label says {s} mg sodium. How many grams of salt is that (salt = sodium x 2.5)? "
    "2 decimals",
    "sodium {s} mg -> salt in g, using a factor of 2.5 (2 dp)"])
caffeine_total = calc("caffeine_total", {"c": (2, 5, 0), "cm": [80, 95, 63, 120],
                                         "t": (2, 4, 0), "tm": [30, 47, 40]},
                      lambda c, cm, t, tm: c * cm + t * tm, 0, [
    "I had {c} coffees ({cm} mg caffeine each) and {t} teas ({tm} mg each). Total caffeine mg?",
    "caffeine today: {c} x {cm} mg coffee plus {t} x {tm} mg tea = ?"])
epley_1rm = calc("epley_1rm", {"w": (20, 200, 1), "r": (2, 12, 0)},
                 lambda w, r: w * (1 + r / 30), 1, [
    "Epley 1RM = w x (1 + reps/30). I lifted {w} kg for {r} reps. 1 decimal",
    "estimate my one-rep max (Epley, w x (1 + reps/30)): {w} kg x {r} reps, 1 decimal"])
cooper_vo2 = calc("cooper_vo2", {"d": (1500, 3600, 0)},
                  lambda d: (d - F("504.9")) / F("44.73"), 1, [
    "I ran {d} m in the 12-minute Cooper test. VO2max = (d - 504.9) / 44.73. 1 decimal",
    "cooper test distance {d} metres - estimated VO2 max with (m - 504.9)/44.73? 1 dp"])

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    due_date, gestational_age, conception_from_due, weeks_until_due, dose_timing,
    doses_left_today, dose_by_weight, dose_volume, tablets_needed, daily_split, mg_to_ml,
    clark_rule, supply_days, insulin_carbs, glucose_mmol_to_mg, glucose_mg_to_mmol,
    chol_mmol_to_mg, a1c_to_eag, a1c_to_mmolmol, map_pressure, pulse_pressure, anion_gap,
    corrected_calcium, cockcroft_gault, friedewald_ldl, pack_years, holliday_segar,
    devine_ibw_male, devine_ibw_female, waist_height, waist_hip, bedtime_cycles, wake_cycles,
    sleep_debt, alcohol_units, salt_from_sodium, caffeine_total, epley_1rm, cooper_vo2)]
