"""Round 18 (``B_*``, dev now) for ``muse bench agents``, health part 3: lab-derived values,
body-composition formulas, meal and fluid budgets, baby care and medication supplies."""

from __future__ import annotations

import datetime as dt
import math

from bench.data.agents.heldout18_health_2 import day_forms
from bench.data.agents.heldout18_units import LB, clock, count, family, num, pick, whole


@family
def anion_gap(rng):
    na, cl, hco3 = rng.randint(128, 150), rng.randint(92, 112), rng.randint(12, 30)
    k = rng.randint(32, 55) / 10
    with_k = rng.random() < 0.4
    gap = na + (k if with_k else 0) - cl - hco3
    t = (f"Na {na}, K {k:g}, Cl {cl}, HCO3 {hco3} (all mmol/L). Anion gap using "
         + ("(Na + K) − (Cl + HCO3)?" if with_k else "Na − (Cl + HCO3), without potassium?"))
    return t, [num(gap, 1, 0.0) if with_k else count(gap)]


@family
def corrected_calcium(rng):
    ca = rng.randint(180, 260) / 100
    alb = rng.randint(20, 45)
    corr = ca + 0.02 * (40 - alb)
    t = pick(rng, f"Adjusted calcium = measured Ca + 0.02 × (40 − albumin g/L). Ca {ca:.2f} "
                  "mmol/L, "
             f"albumin {alb} g/L. Adjusted value (2 dp)?",
             f"ca {ca:.2f}, alb {alb}. corrected ca using +0.02 per g/L albumin below 40 (and "
             "minus "
             "above)? two decimals")
    return t, [num(corr, 2, 0.0)]


@family
def ldl_friedewald(rng):
    tc = rng.randint(35, 80) / 10
    hdl = rng.randint(8, 22) / 10
    tg = rng.randint(6, 40) / 10
    ldl = tc - hdl - tg / 2.2
    if ldl <= 0.5:
        return None
    t = (f"Cholesterol results (mmol/L): total {tc:g}, HDL {hdl:g}, triglycerides {tg:g}. Work out "
         "non-HDL cholesterol and the Friedewald LDL (LDL = total − HDL − TG/2.2), both to one "
         "decimal.")
    return t, [num(tc - hdl, 1, 0.0), num(ldl, 1)]


@family
def ideal_weight_hamwi(rng):
    male = rng.random() < 0.5
    ft, inch = rng.choice([5, 5, 5, 6]), rng.randint(0, 11)
    over = ft * 12 + inch - 60
    if over < 0:
        return None
    lb = (106 + 6 * over) if male else (100 + 5 * over)
    t = (f"Hamwi ideal body weight: {'men 106 lb + 6 lb' if male else 'women 100 lb + 5 lb'} for "
         f"each inch over 5 feet. For a {ft}'{inch}\" {'man' if male else 'woman'}, what is it in "
         "lb and in kg (one decimal)?")
    return t, [count(lb), num(lb * LB, 1)]


@family
def lean_mass_boer(rng):
    male = rng.random() < 0.5
    w, h = rng.randint(50, 130), rng.randint(152, 198)
    lbm = 0.407 * w + 0.267 * h - 19.2 if male else 0.252 * w + 0.473 * h - 48.3
    form = ("0.407×kg + 0.267×cm − 19.2" if male else "0.252×kg + 0.473×cm − 48.3")
    t = (f"Boer formula for lean body mass ({'male' if male else 'female'}): LBM = {form}. {w} kg, "
         f"{h} cm. LBM in kg and as a percentage of body weight, both one decimal?")
    return t, [num(lbm, 1), num(lbm / w * 100, 1)]


@family
def peak_flow_percent(rng):
    pred = rng.randint(380, 640)
    best = rng.randint(int(pred * 0.8), int(pred * 1.1))
    today = rng.randint(int(best * 0.4), best)
    t = pick(rng, f"asthma plan: predicted peak flow {pred} L/min, personal best {best}. this "
             f"morning I blew {today}. % of personal best and % of predicted (1dp each)?",
             f"Peak flow {today} today. Personal best is {best}, predicted {pred}. As a percentage "
             "of my best, and of predicted? One decimal.")
    return t, [num(today / best * 100, 1), num(today / pred * 100, 1)]


@family
def fev1_fvc_ratio(rng):
    fev1 = rng.randint(120, 420) / 100
    fvc = rng.randint(int(fev1 * 100) + 20, int(fev1 * 100 * 1.9)) / 100
    r = fev1 / fvc * 100
    t = pick(rng, f"Spirometry: FEV1 {fev1:.2f} L, FVC {fvc:.2f} L. FEV1/FVC as a percentage, one "
             "decimal? and is it under 70%?",
             f"fev1 {fev1:.2f}, fvc {fvc:.2f} — ratio in % (1dp)?")
    ans = [num(r, 1)]
    if "70%" in t:
        if abs(r - 70) < 0.5:
            return None
        ans.append(["yes", "below 70", "under 70", "less than 70"] if r < 70 else
                   ["not below", "not under", "above 70", "over 70", "at least 70", "no,",
                    "isn't under", "is not under", "not less", "greater than 70", "more than 70"])
    return t, ans


@family
def recipe_kcal_serving(rng):
    parts = rng.sample([("pasta", 350, 500), ("olive oil", 884, 30), ("minced beef", 250, 500),
                        ("tinned tomatoes", 20, 800), ("cheddar", 410, 100), ("onion", 40, 150),
                        ("double cream", 450, 150), ("rice", 360, 300), ("chickpeas", 120, 400)],
                       rng.randint(3, 5))
    serv = rng.randint(3, 8)
    rows, total = [], 0.0
    for name, per100, g0 in parts:
        g = max(10, int(g0 * rng.uniform(0.6, 1.4) // 10 * 10))
        total += per100 * g / 100
        rows.append(f"{g} g {name} ({per100} kcal/100 g)")
    t = (f"Batch cooking: {'; '.join(rows)}. Split into {serv} portions — kcal per portion, "
         "nearest whole?")
    return t, [whole(total / serv)]


@family
def meal_split(rng):
    total = rng.randint(16, 32) * 100
    b, lu, s = rng.choice([(25, 35, 10), (20, 30, 15), (30, 30, 10), (25, 30, 20), (20, 40, 10)])
    d = 100 - b - lu - s
    t = pick(rng, f"My daily target is {total} kcal. I split it breakfast {b}%, lunch {lu}%, "
             f"snacks {s}%, and dinner gets the rest. How many kcal is dinner, and lunch?",
             f"{total} kcal/day: {b}% brekkie, {lu}% lunch, {s}% snacks, remainder dinner. kcal "
             "for "
             "dinner + lunch?")
    return t, [whole(total * d / 100, 0.0), whole(total * lu / 100, 0.0)]


@family
def bulk_gain_weeks(rng):
    kg = rng.randint(55, 95)
    pct = rng.choice([0.25, 0.3, 0.4, 0.5])
    gain = rng.choice([3, 4, 5, 6, 8])
    per_week = kg * pct / 100
    weeks = gain / per_week
    t = (f"Lean bulk: aiming to gain {pct:g}% of body weight per week (based on my start weight of "
         f"{kg} kg, a fixed amount each week). Grams per week, and weeks to gain {gain} kg (one "
         "decimal)?")
    return t, [whole(per_week * 1000), num(weeks, 1)]


@family
def fluid_restriction_left(rng):
    limit = rng.choice([1000, 1200, 1500, 1800, 2000])
    mug, cup, glass = 250, 150, 200
    n_mug, n_cup, n_glass = rng.randint(0, 3), rng.randint(0, 3), rng.randint(0, 3)
    soup = rng.choice([0, 0, 200, 300])
    used = n_mug * mug + n_cup * cup + n_glass * glass + soup
    left = limit - used
    had = [f"{n} mug{'s' if n > 1 else ''} of tea ({mug} ml each)" if n else "" for n in [n_mug]]
    had += [f"{n} cup{'s' if n > 1 else ''} of water ({cup} ml each)" if n else "" for n in [n_cup]]
    had += [f"{n} glass{'es' if n > 1 else ''} of juice ({glass} ml each)" if n else ""
            for n in [n_glass]]
    had += [f"a {soup} ml bowl of soup" if soup else ""]
    had = [h for h in had if h]
    listing = ", ".join(had[:-1]) + (" and " if len(had) > 1 else "") + (had[-1] if had else "")
    t = (f"Dad's on a {limit / 1000:g} L a day fluid restriction. So far he's had {listing}. How "
         "much has he had and how much is left for today (ml)?")
    if left == 0 or used == 0:
        return None
    return t, [count(used), count(abs(left))]


@family
def nicotine_patch_course(rng):
    w1, w2, w3 = rng.randint(4, 8), rng.randint(2, 4), rng.randint(2, 4)
    pack = 7
    p21, p14 = rng.randint(1500, 2400) / 100, rng.randint(1400, 2200) / 100
    p7 = rng.randint(1200, 2000) / 100
    cost = w1 * p21 + w2 * p14 + w3 * p7
    t = (f"Patch plan: 21 mg for {w1} weeks, then 14 mg for {w2} weeks, then 7 mg for {w3} weeks, "
         f"one patch a day, packs of {pack}. Packs cost £{p21:.2f} (21 mg), £{p14:.2f} (14 mg), "
         f"£{p7:.2f} (7 mg). Total patches, and total cost?")
    return t, [count((w1 + w2 + w3) * 7), [*num(cost, 2, 0.0), f"{cost:,.2f}"]]


@family
def insulin_pen_days(rng):
    pen = 300
    per_inj = rng.randint(4, 30)
    prime = 2
    inj = rng.randint(1, 4)
    per_day = inj * (per_inj + prime)
    days = pen // per_day
    waste = pen - days * per_day
    times = {1: "once", 2: "twice", 3: "three times", 4: "four times"}[inj]
    t = (f"Each insulin pen holds {pen} units. I inject {per_inj} units {times} a day and prime "
         f"{prime} units before every injection. How many full days does one pen cover, and how "
         "many units are left in it at the end of that last full day?")
    return t, [[f"{days} days", f"{days} full days", f"{days} day"], count(waste)]


@family
def sodium_mmol_mg(rng):
    mmol = rng.randint(40, 220)
    t = pick(rng, f"24-hour urine sodium came back at {mmol} mmol. How many mg of sodium is that, "
             "and roughly how many grams of salt? (Na = 23 mg/mmol; salt = sodium × 2.5) 1dp for "
             "the salt",
             f"{mmol} mmol sodium → mg (×23), and salt grams (sodium ×2.5, one decimal)?")
    mg = mmol * 23
    return t, [count(mg), num(mg * 2.5 / 1000, 1, 0.0) if (mg * 2.5 / 100) % 1 < 1e-9
               else num(mg * 2.5 / 1000, 1)]


@family
def nappy_packs(rng):
    per_day = rng.choice([6, 7, 8, 9, 10, 12])
    days = rng.choice([28, 30, 31, 60, 90])
    pack = rng.choice([24, 30, 36, 40, 44, 52, 64])
    n = per_day * days
    packs = math.ceil(n / pack)
    if n % pack == 0:
        return None
    t = pick(rng, f"baby goes through about {per_day} nappies a day. for the next {days} days how "
             f"many nappies, and how many packs of {pack}?",
             f"Stocking up: {per_day} diapers/day × {days} days. Diapers come {pack} to a pack. "
             "Total diapers and packs needed?")
    return t, [count(n), [f"{packs} packs", f"{packs} pack", f"= {packs}", f"{packs} x",
                          f"buy {packs}"]]


@family
def feed_times_day(rng):
    first = rng.randint(5, 8) * 60 + rng.choice([0, 15, 30, 45])
    gap = rng.choice([150, 180, 210, 240])
    end = 24 * 60
    times = list(range(first, end, gap))
    t = (f"Newborn feeds every {gap // 60}h{gap % 60:02d} from the start of one feed to the next. "
         f"First feed today was {clock(first)[1]}. How many feeds start before midnight, and "
         "what time is the last of them?")
    return t, [[f"{len(times)} feeds", f"{len(times)} feed", f"= {len(times)}",
                f"{len(times)} times"], clock(times[-1])]


@family
def vaccine_dose_dates(rng):
    first = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 200))
    gap1, gap2 = rng.choice([(28, 168), (28, 56), (30, 180), (21, 28), (56, 112)])
    d2 = first + dt.timedelta(days=gap1)
    d3 = d2 + dt.timedelta(days=gap2)
    t = (f"Three-dose schedule: second dose {gap1} days after the first, third dose {gap2} days "
         f"after the second. First dose on {first:%A %d %B %Y}. Dates of dose 2 and dose 3?")
    return t, [day_forms(d2), day_forms(d3)]


@family
def isf_rule(rng):
    tdd = rng.randint(18, 90)
    mmol = rng.random() < 0.5
    if mmol:
        isf = 100 / tdd
        now, target = rng.randint(110, 220) / 10, rng.choice([6, 6.5, 7])
        t = (f"Total daily insulin is {tdd} units. Using the '100 rule', insulin sensitivity = 100 "
             f"÷ TDD (mmol/L drop per unit). Glucose is {now:g} mmol/L, target {target:g}. ISF "
             "(2 dp) "
             "and correction dose in units (1 dp)?")
    else:
        isf = 1800 / tdd
        now, target = rng.randint(180, 380), rng.choice([100, 110, 120])
        t = (f"1800 rule: ISF = 1800 ÷ total daily dose (mg/dL per unit). TDD {tdd} units, glucose "
             f"{now} mg/dL, target {target}. ISF (2 dp) and correction units (1 dp)?")
    gap = now - target
    corr = list(dict.fromkeys(num(gap / isf, 1) + num(gap / round(isf, 2), 1)))
    return t, [num(isf, 2), corr]


@family
def apls_weight(rng):
    age = rng.randint(1, 10)
    kg = (age + 4) * 2
    per = rng.choice([10, 20])
    t = pick(rng, f"Paeds exam: estimate {'an' if age == 8 else 'a'} {age}-year-old's weight "
                  "with (age + 4) × 2, then a "
                  "fluid "
             f"bolus of {per} ml/kg. Weight and bolus volume?",
             f"APLS weight formula (age+4)x2 for a {age} yr old, and {per} mL/kg bolus — kg and "
             "mL?")
    return t, [[f"{kg} kg", f"{kg}kg", f"{kg} kilograms"], [f"{kg * per} ml", f"{kg * per}ml",
                                                             f"{kg * per} millilitres"]]


@family
def time_in_range(rng):
    reads = [round(rng.uniform(2.8, 15.5), 1) for _ in range(rng.randint(8, 14))]
    lo, hi = 3.9, 10.0
    inr = sum(lo <= r <= hi for r in reads)
    pct = inr / len(reads) * 100
    t = (f"Glucose readings today (mmol/L): {', '.join(f'{r:g}' for r in reads)}. Target range "
         f"{lo}–{hi:g} inclusive. How many readings in range, and what percent (one decimal)?")
    if inr == 0:
        return None
    return t, [[f"{inr} of {len(reads)}", f"{inr}/{len(reads)}", f"{inr} readings",
                f"{inr} out of {len(reads)}", f"{inr} are in range", f"{inr} were in range",
                f"{inr} in range"],
               num(pct, 1, 0.0) if (pct * 10) % 1 < 1e-9 else num(pct, 1)]


FAMILIES = [(f, 10) for f in (
    anion_gap, corrected_calcium, ldl_friedewald, ideal_weight_hamwi, lean_mass_boer,
    peak_flow_percent, fev1_fvc_ratio, recipe_kcal_serving, meal_split, bulk_gain_weeks,
    fluid_restriction_left, nicotine_patch_course, insulin_pen_days, sodium_mmol_mg, nappy_packs,
    feed_times_day, vaccine_dose_dates, isf_rule, apls_weight, time_in_range)]
