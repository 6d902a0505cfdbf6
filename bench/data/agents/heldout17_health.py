"""Round 17 (``M_*``, dev now) for ``muse bench agents``, health part 1: BMI, BMR, water,
heart-rate zones, doses by weight and timing, alcohol units, caffeine and weight change."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units import INCH, LB, Skip, family, num, pick, whole
from bench.data.agents.helpers import Family


@family
def bmi_metric(rng):
    kg, cm = rng.randint(45, 125), rng.randint(150, 198)
    t = pick(rng, f"what's my BMI? {kg} kg, {cm} cm", f"I'm {cm}cm tall and weigh "
                  f"{kg}kg. BMI please",
             f"Can you work out the BMI for someone who is {cm} cm and {kg} kg")
    return t + " (one decimal)", [num(kg / (cm / 100) ** 2, 1)]


@family
def bmi_imperial(rng):
    lb, ft, inch = rng.randint(105, 280), rng.randint(4, 6), rng.randint(0, 11)
    h = (ft * 12 + inch) * INCH / 100
    t = f"BMI for {lb} lbs at {ft}'{inch}\"? to 1 decimal place"
    return t, [num(lb * LB / h ** 2, 1)]


@family
def bmi_category(rng):
    cm = rng.randint(152, 195)
    kg = round(rng.uniform(16, 36) * (cm / 100) ** 2)
    b = kg / (cm / 100) ** 2
    if min(abs(b - x) for x in (18.5, 25, 30)) < 0.15:
        raise Skip
    cat = ("underweight" if b < 18.5 else "healthy" if b < 25 else "overweight" if b < 30
           else "obese")
    cats = {"healthy": ["healthy", "normal"], "underweight": ["underweight"],
            "overweight": ["overweight"], "obese": ["obese", "obesity"]}[cat]
    t = pick(rng, f"My dad is {cm} cm and {kg} kg. What's his BMI to one decimal, and which of "
             f"the standard WHO adult categories does that put him in?",
             f"bmi + WHO category for {kg}kg / {cm}cm? (bmi to 1 dp)")
    return t, [num(b, 1), cats]


@family
def weight_for_target_bmi(rng):
    cm = rng.randint(150, 195)
    target = rng.choice([22, 23, 24.9, 25, 27])
    t = f"At {cm} cm, what weight in kg gives a BMI of exactly {target}? One decimal."
    return t, [num(target * (cm / 100) ** 2, 1)]


@family
def bmr_mifflin(rng):
    sex = rng.choice(["man", "woman"])
    kg, cm, age = rng.randint(50, 110), rng.randint(155, 195), rng.randint(20, 70)
    bmr = 10 * kg + 6.25 * cm - 5 * age + (5 if sex == "man" else -161)
    t = (f"Using the Mifflin-St Jeor equation, what is the BMR of a {age}-year-old {sex}, "
         f"{kg} kg and {cm} cm? kcal/day, nearest whole")
    return t, [whole(bmr)]


@family
def tdee_mifflin(rng):
    sex = rng.choice(["male", "female"])
    kg, cm, age = rng.randint(50, 110), rng.randint(155, 195), rng.randint(20, 65)
    act = rng.choice([(1.2, "sedentary"), (1.375, "lightly active"), (1.55, "moderately active"),
                      (1.725, "very active")])
    bmr = 10 * kg + 6.25 * cm - 5 * age + (5 if sex == "male" else -161)
    t = (f"{sex}, {age}, {kg}kg, {cm}cm, {act[1]}. Work out BMR with Mifflin-St Jeor then multiply "
         f"by an activity factor of {act[0]} for maintenance calories. Nearest kcal please.")
    return t, [whole(bmr * act[0])]


@family
def bmr_harris_benedict(rng):
    sex = rng.choice(["man", "woman"])
    kg, cm, age = rng.randint(50, 110), rng.randint(155, 195), rng.randint(20, 70)
    if sex == "man":
        bmr = 88.362 + 13.397 * kg + 4.799 * cm - 5.677 * age
        f = "88.362 + 13.397×kg + 4.799×cm − 5.677×age"
    else:
        bmr = 447.593 + 9.247 * kg + 3.098 * cm - 4.330 * age
        f = "447.593 + 9.247×kg + 3.098×cm − 4.330×age"
    t = (f"Revised Harris-Benedict for a {sex}: BMR = {f}. What is it for {kg} kg, {cm} cm, age "
         f"{age}? Round to the nearest kcal.")
    return t, [whole(bmr)]


@family
def water_per_kg(rng):
    kg = rng.randint(45, 120)
    ml = rng.choice([30, 33, 35])
    t = (f"A guideline I read says drink {ml} ml of water per kg of body weight a day. I weigh "
         f"{kg} kg — how many litres is that? two decimals")
    return t, [num(kg * ml / 1000, 2)]


@family
def water_glasses_left(rng):
    goal = rng.choice([2, 2.5, 3])
    glass = rng.choice([200, 250, 300, 330])
    had = rng.randint(2, 5)
    left = goal * 1000 - had * glass
    n = math.ceil(left / glass - 1e-9)
    t = (f"I'm trying to drink {goal} L a day. Had {had} glasses so far, each glass is {glass} ml. "
         f"How many more ml to go, and how many more full glasses does that take (round up)?")
    return t, [whole(left), [str(n), f"{n} glasses", f"{n} more"]]


@family
def max_hr_zones(rng):
    age = rng.randint(18, 70)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    mx = 220 - age
    a, b = mx * lo / 100, mx * hi / 100
    t = (f"I'm {age}. Using max HR = 220 − age, what heart-rate range is {lo}–{hi}% of max? Round "
         f"to whole bpm.")
    return t, [whole(a), whole(b)]


@family
def karvonen(rng):
    age, rest = rng.randint(20, 65), rng.randint(48, 80)
    pct = rng.choice([50, 60, 65, 70, 75, 80, 85])
    mx = 220 - age
    tgt = rest + (mx - rest) * pct / 100
    t = (f"Karvonen method please: age {age}, resting HR {rest}, max HR as 220 − age. What's my "
         f"heart rate reserve and my target at {pct}% intensity (nearest bpm)?")
    return t, [[str(mx - rest)], whole(tgt)]


@family
def tanaka_max_hr(rng):
    age = rng.randint(20, 75)
    t = f"What's max heart rate by the Tanaka formula (208 − 0.7 × age) for a {age} year old? 1 dp"
    return t, [num(208 - 0.7 * age, 1)]


@family
def pulse_from_count(rng):
    secs = rng.choice([10, 15, 20, 30])
    beats = rng.randint(int(secs * 0.9), int(secs * 2.2))
    bpm = beats * 60 // secs
    t = pick(rng, f"I counted {beats} beats in {secs} seconds, what's my heart rate per minute?",
             f"pulse check: {beats} beats over {secs} s. bpm?")
    return t, [[str(bpm), f"{bpm} bpm"]]


@family
def dose_by_weight(rng):
    kg = rng.randint(8, 40)
    mgkg = rng.choice([10, 15])
    conc = rng.choice([(120, 5), (250, 5), (100, 5)])
    mg = kg * mgkg
    ml = mg * conc[1] / conc[0]
    t = (f"Doctor said {mgkg} mg per kg for my child, who weighs {kg} kg. The bottle is "
         f"{conc[0]} mg per {conc[1]} ml. How many mg per dose and how many ml? (ml to "
         f"one decimal)")
    return t, [[str(mg), f"{mg} mg", f"{mg}mg"], num(ml, 1)]


@family
def dose_daily_split(rng):
    kg = rng.randint(10, 60)
    daily = rng.choice([20, 30, 40, 45, 60])
    doses = rng.choice([2, 3, 4])
    per = kg * daily / doses
    t = (f"The prescription is {daily} mg/kg/day divided into {doses} equal doses. Patient weighs "
         f"{kg} kg. What's each dose in mg? one decimal if needed")
    return t, [num(per, 1)]


@family
def dose_next_times(rng):
    h, m = rng.randint(6, 11), rng.choice([0, 15, 30, 45])
    every = rng.choice([4, 6, 8])
    n = rng.randint(2, 3)
    times = [(h + every * k) % 24 for k in range(1, n + 1)]
    t = (f"Took the first dose at {h}:{m:02d} this morning, it's every {every} hours. "
         f"What time are "
         f"the next {n} doses? (24-hour clock)")
    return t, [[f"{x}:{m:02d}", f"{x:02d}:{m:02d}"] for x in times]


@family
def max_daily_dose_left(rng):
    tab = rng.choice([200, 250, 325, 500])
    cap = {200: 1200, 250: 3000, 325: 3250, 500: 4000}[tab]
    taken = rng.randint(1, cap // tab - 1)
    left = (cap - taken * tab) // tab
    t = (f"Tablets are {tab} mg each and the label max is {cap} mg in 24 hours. I've had {taken} "
         f"tablets since this morning. How many more tablets am I allowed today at most?")
    return t, [[str(left), f"{left} tablets", f"{left} more"]]


@family
def iv_drip_rate(rng):
    ml = rng.choice([500, 1000, 250, 750])
    hrs = rng.choice([2, 3, 4, 6, 8])
    df = rng.choice([15, 20, 60])
    rate = ml * df / (hrs * 60)
    t = (f"Nursing maths: {ml} ml over {hrs} hours with a giving set of {df} drops per ml. Drip "
         f"rate in drops per minute? Nearest whole drop.")
    return t, [whole(rate)]


@family
def infusion_ml_per_hr(rng):
    ml = rng.choice([100, 250, 500, 1000])
    mins = rng.choice([30, 45, 90, 120, 180, 240])
    rate = ml * 60 / mins
    t = f"pump setting for {ml} mL over {mins} minutes? mL/hr, one decimal"
    return t, [num(rate, 1)]


@family
def alcohol_units_uk(rng):
    ml = rng.choice([175, 250, 125, 330, 440, 500, 568])
    abv = rng.choice([4.0, 4.5, 5.0, 5.2, 12.0, 12.5, 13.5, 14.0])
    n = rng.randint(1, 4)
    u = n * ml * abv / 1000
    t = (f"UK alcohol units (1 unit = 10 ml of pure alcohol): {n} drink{'s' if n > 1 else ''} of "
         f"{ml} ml at {abv}% ABV. How many units? one decimal")
    return t, [num(u, 1)]


@family
def standard_drinks_us(rng):
    oz = rng.choice([5, 6, 8, 9, 12, 16])
    abv = rng.choice([5, 7, 9, 12, 13, 15])
    n = rng.randint(1, 5)
    sd = n * oz * FLOZ_ML * abv / 100 * 0.789 / 14
    t = (f"US standard drink = 14 g of pure alcohol, alcohol density 0.789 g/ml. I had {n} × {oz} "
         f"fl oz at {abv}% ABV. How many standard drinks? 1 decimal")
    return t, [num(sd, 1)]


FLOZ_ML = 29.5735295625


@family
def weekly_units_limit(rng):
    pints = rng.randint(1, 8)
    abv = rng.choice([3.8, 4.2, 4.5, 5.0])
    glasses = rng.randint(1, 5)
    u = pints * 568 * abv / 1000 + glasses * 175 * 12 / 1000
    if abs(u - 14) < 0.1:
        raise Skip
    over = ["over", "above", "exceed"] if u > 14 else ["under", "below", "within"]
    es = "es" if glasses > 1 else ""
    t = (f"This week: {pints} pints (568 ml) of {abv}% beer and {glasses} glass{es} of wine "
         f"(175 ml, 12%). Total units (1 unit = 10 ml alcohol), to 1 dp — and how does that "
         f"compare with the 14-unit weekly guideline?")
    return t, [num(u, 1), over]


@family
def caffeine_total(rng):
    cups = rng.randint(1, 3)
    cc = rng.choice([80, 95, 100])
    cans = rng.randint(0, 2)
    can = rng.choice([80, 160])
    teas = rng.randint(0, 3)
    tot = cups * cc + cans * can + teas * 47
    t = (f"today I had {cups} coffees (~{cc} mg caffeine each), {cans} energy drinks ({can} mg "
         f"each) and {teas} cups of tea (47 mg each). total caffeine in mg? and how far over or "
         f"under 400 mg?")
    if tot == 400:
        raise Skip
    return t, [[str(tot), f"{tot} mg", f"{tot}mg"], [str(abs(400 - tot))]]


@family
def caffeine_half_life(rng):
    mg = rng.choice([100, 150, 200, 240, 300])
    hl = rng.choice([4, 5, 6])
    hrs = rng.choice([hl, 2 * hl, 3 * hl, hl // 2 * 1 + hl])
    left = mg * 0.5 ** (hrs / hl)
    t = (f"If caffeine's half-life is {hl} hours and I drink {mg} mg, how much is left after {hrs} "
         f"hours? (mg, one decimal)")
    return t, [num(left, 1)]


@family
def weight_loss_rate(rng):
    start = rng.randint(70, 120) + rng.choice([0, 0.5])
    lost = rng.randint(3, 15) + rng.choice([0, 0.4, 0.8])
    weeks = rng.randint(4, 20)
    rate = lost / weeks
    t = (f"Went from {start} kg to {start - lost:.1f} kg in {weeks} weeks. Average loss per week? "
         f"(kg, 2 decimals)")
    return t, [num(rate, 2)]


@family
def weeks_to_goal(rng):
    now, goal = rng.randint(75, 120), rng.randint(58, 74)
    rate = rng.choice([0.5, 0.75, 1])
    wk = math.ceil((now - goal) / rate - 1e-9)
    t = (f"I'm {now} kg, goal is {goal} kg. Losing {rate} kg a week steadily, how many weeks "
         f"until I reach it? (full weeks, round up)")
    return t, [[str(wk), f"{wk} weeks"]]


@family
def deficit_to_kg(rng):
    deficit = rng.choice([300, 400, 500, 600, 750])
    days = rng.choice([14, 21, 28, 30, 60, 90])
    kg = deficit * days / 7700
    t = (f"If 1 kg of body fat ≈ 7700 kcal, how much would I lose eating {deficit} kcal a day "
         f"below maintenance for {days} days? kg, two decimals")
    return t, [num(kg, 2)]


@family
def pregnancy_due_date(rng):
    import datetime as dt
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = d + dt.timedelta(days=280)
    t = (f"My last period started {d.strftime('%-d %B %Y')}. Using Naegele's rule (LMP + 280 "
         f"days), what's my due date?")
    return t, [[due.strftime("%-d %B %Y"), due.strftime("%B %-d, %Y"), due.strftime("%B %-d %Y"),
                due.isoformat(), due.strftime("%-d %b %Y"), due.strftime("%b %-d, %Y")]]


@family
def weeks_pregnant(rng):
    import datetime as dt
    lmp = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 200))
    today = lmp + dt.timedelta(days=rng.randint(40, 270))
    w, d = divmod((today - lmp).days, 7)
    t = (f"LMP was {lmp.isoformat()}, today is {today.isoformat()}. How many weeks and days "
         f"pregnant am I (counting from LMP)?")
    return t, [[f"{w} weeks {d} days", f"{w} weeks and {d} days", f"{w}w{d}d", f"{w}+{d}",
                f"{w} weeks, {d} days", f"{w}w {d}d"] + ([f"{w} weeks {d} day", f"{w} "
                f"weeks and {d} day",
                f"{w} weeks, {d} day"] if d == 1 else []) + ([f"{w} weeks"] if d == 0 else [])]


@family
def baby_feed_volume(rng):
    kg = rng.randint(28, 55) / 10
    per = rng.choice([150, 160, 180])
    feeds = rng.choice([6, 7, 8])
    daily = kg * per
    t = (f"Baby weighs {kg} kg. Midwife said about {per} ml per kg per day of formula, split over "
         f"{feeds} feeds. How much per day and per feed? (ml, nearest whole)")
    return t, [whole(daily), whole(daily / feeds)]


@family
def baby_weight_regain(rng):
    birth = rng.randint(2600, 4300)
    now = birth - rng.randint(90, 420)
    loss = (birth - now) / birth * 100
    t = (f"newborn was {birth} g at birth, now {now} g on day 3. what percent of birth weight "
         f"has she lost? 1 dp")
    return t, [num(loss, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bmi_metric, bmi_imperial, bmi_category, weight_for_target_bmi, bmr_mifflin, tdee_mifflin,
    bmr_harris_benedict, water_per_kg, water_glasses_left, max_hr_zones, karvonen,
    tanaka_max_hr, pulse_from_count, dose_by_weight, dose_daily_split, dose_next_times,
    max_daily_dose_left, iv_drip_rate, infusion_ml_per_hr, alcohol_units_uk, standard_drinks_us,
    weekly_units_limit, caffeine_total, caffeine_half_life, weight_loss_rate, weeks_to_goal,
    deficit_to_kg, pregnancy_due_date, weeks_pregnant, baby_feed_volume, baby_weight_regain)]
