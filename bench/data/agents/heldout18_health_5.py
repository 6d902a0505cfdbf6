"""Round 18 (``B_*``, dev now) for ``muse bench agents``, health part 5: time in heart-rate
zones, hCG, pumping and formula, cycle lengths, cardiac and lab indices, insulin and iron
doses, hypo treatment, resting-rate formulas and calorie cycling."""

from __future__ import annotations

import math

from bench.data.agents.heldout18_units import count, family, num, pick, whole


@family
def zone_time_share(rng):
    zones = [rng.randint(0, 40) for _ in range(5)]
    total = sum(zones)
    if total == 0:
        return None
    z = rng.choice([2, 3, 4])
    listing = ", ".join(f"Z{i + 1} {m} min" for i, m in enumerate(zones))
    t = pick(rng, f"Watch says: {listing}. What share of the session was in zone {z}? (percent, "
                  "1 dp) "
             "and total minutes?",
             f"time in zones — {listing}. % in Z{z} to one decimal, plus the session length in "
             "minutes")
    pct = zones[z - 1] / total * 100
    return t, [num(pct, 1, 0.0) if (pct * 10) % 1 < 1e-9 else num(pct, 1),
               [f"{total} min", f"{total} minutes", f"{total}min"]]


@family
def hcg_doubling_time(rng):
    h1 = rng.randint(40, 3000)
    days = rng.choice([2, 3, 4])
    h2 = int(h1 * rng.uniform(1.6, 4.5))
    dt_ = days * 24 * math.log(2) / math.log(h2 / h1)
    t = (f"hCG was {h1} mIU/mL, then {h2} mIU/mL {days} days later. Doubling time in hours = "
         "elapsed hours × ln 2 / ln(second/first). What is it, one decimal?")
    return t, [num(dt_, 1)]


@family
def pumping_output(rng):
    sessions = [rng.randint(40, 180) for _ in range(rng.randint(4, 8))]
    total = sum(sessions)
    t = pick(rng, f"pumped today: {', '.join(map(str, sessions))} ml. total ml, and in US fl oz "
             "(1 fl oz = 29.5735 ml, 1 dp)?",
             f"Pumping log {' / '.join(f'{x} ml' for x in sessions)}. Daily total in ml and in "
             "fluid ounces (29.5735 ml each), one decimal?")
    return t, [count(total), num(total / 29.5735, 1)]


@family
def cardiac_output(rng):
    sv = rng.randint(45, 110)
    hr = rng.randint(50, 150)
    bsa = rng.randint(150, 230) / 100
    co = sv * hr / 1000
    t = (f"Stroke volume {sv} ml, heart rate {hr} bpm, BSA {bsa:.2f} m². Cardiac output in L/min "
         "(2 dp) and cardiac index in L/min/m² (2 dp)?")
    return t, [num(co, 2, 0.0) if (co * 100) % 1 < 1e-9 else num(co, 2), num(co / bsa, 2)]


@family
def one_rm_lombardi(rng):
    kg = rng.randint(16, 80) * 2.5
    reps = rng.randint(2, 12)
    orm = kg * reps ** 0.10
    t = pick(rng, f"Lombardi formula: 1RM = weight × reps^0.10. I did {kg:g} kg for {reps} reps. "
             "Estimated 1RM, one decimal?",
             f"{kg:g}kg x {reps}. 1rm estimate with lombardi (w * r^0.1)? 1 dp")
    return t, [num(orm, 1)]


@family
def homa_ir(rng):
    glu = rng.randint(38, 90) / 10
    ins = rng.randint(20, 300) / 10
    v = glu * ins / 22.5
    t = pick(rng, f"HOMA-IR = fasting glucose (mmol/L) × fasting insulin (µU/mL) / 22.5. Mine: "
             f"glucose {glu:g}, insulin {ins:g}. Value to two decimals?",
             f"fasting glucose {glu:g} mmol/l, insulin {ins:g} uU/ml — homa-ir (÷22.5)? 2dp")
    return t, [num(v, 2)]


@family
def free_water_deficit(rng):
    male = rng.random() < 0.5
    kg = rng.randint(45, 110)
    na = rng.randint(148, 172)
    frac = rng.choice([0.6, 0.5]) if male else rng.choice([0.5, 0.45])
    fwd = frac * kg * (na / 140 - 1)
    t = (f"Free water deficit = TBW fraction × weight × (Na/140 − 1). "
         f"{'Male' if male else 'Female'}"
         f" patient, use a TBW fraction of {frac:g}, weight {kg} kg, sodium {na} mmol/L. Deficit "
         "in litres, two decimals?")
    return t, [num(fwd, 2)]


@family
def acr_ratio(rng):
    alb = rng.randint(20, 3000) / 10
    cr = rng.randint(30, 250) / 10
    acr = alb / cr
    t = pick(rng, f"Urine albumin {alb:g} mg/L, urine creatinine {cr:g} mmol/L. ACR in mg/mmol, "
             "one decimal?",
             f"albumin:creatinine ratio — albumin {alb:g} mg/l, creat {cr:g} mmol/l. mg/mmol to 1 "
             "dp?")
    return t, [num(acr, 1)]


@family
def ankle_brachial(rng):
    arm_l, arm_r = rng.randint(105, 175), rng.randint(105, 175)
    ank_l, ank_r = rng.randint(60, 190), rng.randint(60, 190)
    arm = max(arm_l, arm_r)
    t = (f"ABI check. Arm systolic: left {arm_l}, right {arm_r}. Ankle systolic: left {ank_l}, "
         "right "
         f"{ank_r}. Using the higher arm pressure as the denominator for both legs, left and right "
         "ABI to two decimals?")
    return t, [num(ank_l / arm, 2), num(ank_r / arm, 2)]


@family
def ejection_fraction(rng):
    edv = rng.randint(90, 220)
    esv = rng.randint(int(edv * 0.3), int(edv * 0.75))
    ef = (edv - esv) / edv * 100
    t = pick(rng, f"Echo: end-diastolic volume {edv} ml, end-systolic {esv} ml. Stroke volume and "
             "ejection fraction (%, one decimal)?",
             f"EDV {edv} mL, ESV {esv} mL — SV and EF% (1dp)?")
    return t, [count(edv - esv), num(ef, 1, 0.0) if (ef * 10) % 1 < 1e-9 else num(ef, 1)]


@family
def tdd_basal_bolus(rng):
    kg = rng.randint(45, 120)
    per = rng.choice([0.3, 0.4, 0.5, 0.6])
    basal_pct = rng.choice([40, 50])
    tdd = kg * per
    basal = tdd * basal_pct / 100
    bolus = (tdd - basal) / 3
    t = (f"Starting insulin: total daily dose {per:g} units/kg, {basal_pct}% of it as basal, the "
         f"rest split equally across 3 meals. Weight {kg} kg. TDD, basal units, and units per meal "
         "(one decimal each)?")
    return t, [num(tdd, 1, 0.0) if (tdd * 10) % 1 < 1e-6 else num(tdd, 1),
               num(basal, 1), num(bolus, 1)]


@family
def bmr_cunningham(rng):
    kg = rng.randint(50, 120)
    bf = rng.randint(10, 40)
    lbm = kg * (1 - bf / 100)
    bmr = 500 + 22 * lbm
    t = pick(rng, f"Cunningham equation: RMR = 500 + 22 × lean body mass (kg). I'm {kg} kg at "
                  f"{bf}% "
             "body fat. Lean mass (1 dp) and RMR (nearest kcal)?",
             f"{kg}kg, bodyfat {bf}%. cunningham RMR (500 + 22*LBM)? give LBM 1dp and RMR whole")
    return t, [num(lbm, 1, 0.0) if (lbm * 10) % 1 < 1e-6 else num(lbm, 1), whole(bmr)]


@family
def calorie_cycling(rng):
    hi, lo = rng.randint(24, 34) * 100, rng.randint(15, 22) * 100
    hi_days = rng.randint(2, 4)
    tdee = rng.randint(20, 30) * 100
    week = hi * hi_days + lo * (7 - hi_days)
    diff = week - tdee * 7
    t = (f"Calorie cycling: {hi_days} training days at {hi} kcal, the other days at {lo} kcal. "
         f"My maintenance is {tdee} kcal a day. Weekly intake, daily average (1 dp), and the "
         "weekly surplus or deficit?")
    if diff == 0:
        return None
    avg = week / 7
    return t, [count(week), num(avg, 1, 0.0) if (avg * 10) % 1 < 1e-9 else num(avg, 1),
               count(abs(diff))]


@family
def elemental_iron(rng):
    salt, mg, frac = rng.choice([("ferrous sulfate", 200, 65), ("ferrous fumarate", 210, 69),
                                 ("ferrous fumarate", 322, 106), ("ferrous gluconate", 300, 35)])
    per_day = rng.randint(1, 3)
    days = rng.choice([28, 30, 56, 60, 90])
    t = (f"{salt.capitalize()} {mg} mg tablets each contain {frac} mg of elemental iron. Taking "
         f"{per_day} a day for {days} days — elemental iron per day, and in total over the course "
         "(in grams, two decimals)?")
    total = frac * per_day * days / 1000
    return t, [[f"{frac * per_day} mg", f"{frac * per_day}mg", f"{frac * per_day} milligrams"],
               num(total, 2, 0.0) if (total * 100) % 1 < 1e-6 else num(total, 2)]


@family
def hypo_treatment(rng):
    carbs = rng.choice([15, 20])
    tab = rng.choice([3, 3.1, 4, 4.2, 2.5])
    juice = rng.choice([10, 11, 12, 13])
    n = math.ceil(carbs / tab - 1e-9)
    ml = carbs / juice * 100
    t = (f"Hypo plan is {carbs} g fast carbs. Glucose tablets have {tab:g} g each; juice has "
         f"{juice} g carbs per 100 ml. How many tablets (whole tablets, enough to reach {carbs} "
         "g), "
         "or how many ml of juice (nearest ml)?")
    return t, [[f"{n} tablets", f"{n} tabs", f"{n} glucose tablets", f"{n} tablet"], whole(ml)]


@family
def formula_tin_days(rng):
    tin = rng.choice([400, 800, 900])
    scoop, per_ml = rng.choice([(4.5, 30), (4.6, 30), (8.7, 60), (4.4, 30)])
    daily = rng.randint(15, 36) * 30
    g_day = daily / per_ml * scoop
    days = int(tin / g_day + 1e-9)
    t = (f"Formula: one {scoop:g} g scoop per {per_ml} ml of water. Baby drinks {daily} ml a day. "
         f"Grams of powder per day (1 dp), and how many full days does a {tin} g tin last?")
    return t, [num(g_day, 1), [f"{int(days)} days", f"{int(days)} full days", f"{int(days)} day"]]


@family
def cycle_length_average(rng):
    import datetime as dt
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 60))
    lengths = [rng.randint(24, 35) for _ in range(rng.randint(3, 6))]
    dates = [start]
    for n in lengths:
        dates.append(dates[-1] + dt.timedelta(days=n))
    avg = sum(lengths) / len(lengths)
    listing = ", ".join(f"{d:%d %b}" for d in dates)
    t = (f"My periods started on: {listing}. Average cycle length in days (1 dp)? Shortest and "
         "longest cycle?")
    return t, [num(avg, 1, 0.0) if (avg * 10) % 1 < 1e-9 else num(avg, 1),
               [f"{min(lengths)} days", f"{min(lengths)}-day", f"shortest: {min(lengths)}",
                f"shortest is {min(lengths)}", f"shortest {min(lengths)}",
                f"shortest cycle: {min(lengths)}", f"shortest cycle is {min(lengths)}",
                f"shortest cycle was {min(lengths)}", f"shortest was {min(lengths)}"],
               [f"{max(lengths)} days", f"{max(lengths)}-day", f"longest: {max(lengths)}",
                f"longest is {max(lengths)}", f"longest {max(lengths)}",
                f"longest cycle: {max(lengths)}", f"longest cycle is {max(lengths)}",
                f"longest cycle was {max(lengths)}", f"longest was {max(lengths)}"]]


FAMILIES = [(f, 10) for f in (
    zone_time_share, hcg_doubling_time, pumping_output, cardiac_output, one_rm_lombardi, homa_ir,
    free_water_deficit, acr_ratio, ankle_brachial, ejection_fraction, tdd_basal_bolus,
    bmr_cunningham, calorie_cycling, elemental_iron, hypo_treatment, formula_tin_days,
    cycle_length_average)]
