"""Round 17 (``M_*``, dev now) for ``muse bench agents``, health part 2: body measures,
fitness, fluids, sleep, medication supply and baby growth arithmetic."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units import LB, Skip, family, num, pick, whole
from bench.data.agents.helpers import Family


@family
def waist_to_height(rng):
    waist, height = rng.randint(64, 120), rng.randint(150, 195)
    r = waist / height
    t = pick(rng, f"waist {waist} cm, height {height} cm — what's my waist-to-height ratio? 2 dp",
             f"Could you work out the waist to height ratio for a {height} cm person with a "
             f"{waist} cm waist (two decimals)?")
    return t, [num(r, 2)]


@family
def waist_hip_ratio(rng):
    w, h = rng.randint(26, 44), rng.randint(34, 50)
    t = f"Waist {w} in, hips {h} in. Waist-hip ratio to 2 decimals?"
    return t, [num(w / h, 2)]


@family
def body_fat_navy_bmi_free(rng):
    kg = rng.randint(55, 115)
    pct = rng.randint(12, 38) + rng.choice([0, 0.5])
    fat = kg * pct / 100
    t = (f"My smart scale says {kg} kg and {pct}% body fat. How many kg is fat mass and "
         f"how many kg "
         f"is lean mass? (1 decimal each)")
    return t, [num(fat, 1), num(kg - fat, 1)]


@family
def ideal_weight_devine(rng):
    sex = rng.choice(["man", "woman"])
    ft, inch = rng.choice([5, 6]), rng.randint(0, 11)
    over = (ft * 12 + inch) - 60
    if over < 0 or (ft == 6 and inch > 6):
        raise Skip
    base = 50 if sex == "man" else 45.5
    t = (f"Devine formula ideal body weight: {base} kg + 2.3 kg per inch over 5 feet "
         f"(for a {sex}). "
         f"What is it for someone {ft}'{inch}\"? one decimal")
    return t, [num(base + 2.3 * over, 1)]


@family
def vo2_cooper(rng):
    m = rng.randint(1600, 3400)
    v = (m - 504.9) / 44.73
    t = (f"Ran {m} m in the 12-minute Cooper test. Using VO2max = (distance in m − 504.9) / 44.73, "
         f"what's my estimate? 1 dp")
    return t, [num(v, 1)]


@family
def one_rep_max_epley(rng):
    w = rng.randrange(40, 160, 5) + rng.choice([0, 2.5])
    reps = rng.randint(2, 12)
    orm = w * (1 + reps / 30)
    t = (f"Did {w} kg for {reps} reps on bench. Estimate my 1RM with the Epley formula "
         f"(weight × (1 + reps/30)), one decimal")
    return t, [num(orm, 1)]


@family
def one_rep_max_brzycki(rng):
    lb = rng.randrange(95, 405, 5)
    reps = rng.randint(2, 10)
    orm = lb * 36 / (37 - reps)
    t = (f"Brzycki 1RM: weight × 36 / (37 − reps). I squatted {lb} lb for {reps}. Answer "
         f"in lb, 1 dp.")
    return t, [num(orm, 1)]


@family
def met_calories(rng):
    met = rng.choice([(3.5, "brisk walking"), (7.0, "jogging"), (8.0, "cycling hard"),
                      (6.0, "swimming"), (5.0, "dancing"), (9.8, "running at 10 km/h")])
    kg, mins = rng.randint(50, 110), rng.choice([20, 25, 30, 40, 45, 60, 75, 90])
    kcal = met[0] * kg * mins / 60
    t = (f"{met[1]} is about {met[0]} METs. Calories ≈ MET × weight in kg × hours. I'm {kg} kg and "
         f"did {mins} minutes — how many kcal? nearest whole")
    return t, [whole(kcal)]


@family
def sweat_rate(rng):
    before, after = rng.randint(600, 1000) / 10, 0
    lost = rng.randint(4, 25) / 10
    after = before - lost
    drank = rng.choice([250, 500, 750, 1000])
    hrs = rng.choice([1, 1.5, 2])
    rate = (lost * 1000 + drank) / hrs
    t = (f"Weighed {before} kg before a run and {after:.1f} kg after. Drank {drank} ml during, ran "
         f"for {hrs} h. Taking 1 kg = 1 L, what's my sweat rate in ml per hour? nearest whole")
    return t, [whole(rate)]


@family
def fluid_maintenance_holliday(rng):
    kg = rng.randint(4, 60)
    if kg <= 10:
        ml = 100 * kg
    elif kg <= 20:
        ml = 1000 + 50 * (kg - 10)
    else:
        ml = 1500 + 20 * (kg - 20)
    t = (f"Holliday-Segar maintenance fluids: 100 ml/kg/day for the first 10 kg, 50 ml/kg for the "
         f"next 10 kg, 20 ml/kg for every kg above 20. For a {kg} kg child, ml per day "
         f"and per hour "
         f"(hourly to one decimal)?")
    return t, [whole(ml, 0.0), num(ml / 24, 1)]


@family
def fluid_balance(rng):
    ins = [rng.randint(150, 600) for _ in range(rng.randint(3, 5))]
    outs = [rng.randint(150, 700) for _ in range(rng.randint(2, 4))]
    bal = sum(ins) - sum(outs)
    t = ("Fluid chart for today — intake: " + ", ".join(f"{x} ml" for x in ins) + "; output: " +
         ", ".join(f"{x} ml" for x in outs) + ". Total in, total out and net balance?")
    b = [f"+{bal}", str(bal)] if bal >= 0 else [str(bal), f"−{-bal}", f"minus {-bal}",
                                                 f"negative {-bal}", f"{-bal} ml negative"]
    return t, [[str(sum(ins)), f"{sum(ins):,}"], [str(sum(outs)), f"{sum(outs):,}"], b]


@family
def pills_supply_days(rng):
    pills = rng.choice([28, 30, 56, 60, 84, 90, 100])
    per_day = rng.choice([1, 2, 3])
    start = rng.randint(1, 20)
    days = pills // per_day
    t = (f"Got a box of {pills} tablets on the {start}th of March, I take {per_day} a day starting "
         f"that day. How many full days does it last, and on what date do I take the last dose?")
    import datetime as dt
    last = dt.date(2026, 3, start) + dt.timedelta(days=days - 1)
    dforms = [last.strftime("%-d %B"), last.strftime("%B %-d"), f"{last.day}th of {last:%B}",
              f"{last:%B} {last.day}th", f"{last.day}st of {last:%B}", f"{last.day}nd of {last:%B}",
              f"{last.day}rd of {last:%B}", f"{last:%B} {last.day}st", f"{last:%B} {last.day}nd",
              f"{last:%B} {last.day}rd"]
    return t, [[str(days), f"{days} days"], dforms]


@family
def insulin_carb_ratio(rng):
    carbs = rng.randint(20, 110)
    ratio = rng.choice([8, 10, 12, 15])
    bg, target, cf = rng.randint(120, 260), rng.choice([100, 110, 120]), rng.choice([30, 40, 50])
    dose = carbs / ratio + max(0, bg - target) / cf
    t = (f"Example from my diabetes class: carb ratio 1 unit per {ratio} g, correction "
         f"factor 1 unit "
         f"per {cf} mg/dL above {target}. Meal has {carbs} g carbs, BG is {bg}. Total units to one "
         f"decimal?")
    return t, [num(dose, 1)]


@family
def sleep_cycles_bedtime(rng):
    wh, wm = rng.randint(5, 8), rng.choice([0, 15, 30, 45])
    cycles = rng.choice([4, 5, 6])
    fall = rng.choice([10, 15, 20])
    bed = (wh * 60 + wm - cycles * 90 - fall) % 1440
    h, m = divmod(bed, 60)
    t = (f"Need to wake at {wh}:{wm:02d}. I want {cycles} full 90-minute sleep cycles and it takes "
         f"me about {fall} min to fall asleep. What time should I go to bed?")
    h12 = h % 12 or 12
    half = "pm" if h >= 12 else "am"
    return t, [[f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d} {half}",
                f"{h12}:{m:02d}{half}"]]


@family
def sleep_debt(rng):
    goal = rng.choice([7, 7.5, 8])
    nights = [rng.choice([5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5]) for _ in range(rng.randint(4, 7))]
    debt = goal * len(nights) - sum(nights)
    if debt <= 0:
        raise Skip
    t = (f"Sleep goal {goal} h a night. Last {len(nights)} nights: "
         + ", ".join(f"{x}" for x in nights)
         + " hours. How many hours of sleep debt have I built up?")
    return t, [[*num(debt, 1), f"{debt:g} hours"]]


@family
def baby_weight_percent_gain(rng):
    birth = rng.randint(2500, 4400)
    now = birth * rng.uniform(1.6, 2.4)
    now = int(now)
    t = (f"our baby was {birth / 1000:.3f} kg at birth, {now / 1000:.3f} kg at 4 "
         f"months. how much did "
         f"she gain in grams, and as a percentage of birth weight (1 dp)?")
    return t, [[str(now - birth), f"{now - birth:,}"], num((now - birth) / birth * 100, 1)]


@family
def baby_age_weeks(rng):
    import datetime as dt
    born = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 250))
    today = born + dt.timedelta(days=rng.randint(15, 120))
    w, d = divmod((today - born).days, 7)
    if d == 0:
        raise Skip
    t = f"baby born {born:%-d %b %Y}, today is {today:%-d %b %Y}. how old in weeks + days?"
    return t, [[f"{w} weeks {d} day", f"{w} weeks and {d} day", f"{w}w{d}d", f"{w}w {d}d",
                f"{w} weeks, {d} day", f"{w}+{d}"]]


@family
def lb_oz_baby(rng):
    g = rng.randint(2300, 4700)
    oz_total = g / 28.349523125
    if abs(oz_total - math.floor(oz_total) - 0.5) < 0.08:
        raise Skip
    lb, oz = divmod(round(oz_total), 16)
    t = pick(rng, f"Baby weighed {g} g — grandparents want pounds and ounces (nearest ounce)",
             f"{g}g newborn, what's that in lb and oz? round to the nearest oz")
    return t, [[f"{lb} lb {oz} oz", f"{lb}lb {oz}oz", f"{lb} pounds {oz} ounces",
                f"{lb} lbs {oz} oz",
                f"{lb} pounds, {oz} ounces", f"{lb} lb, {oz} oz", f"{lb}lb{oz}oz"]]


@family
def weight_change_percent(rng):
    start = rng.randint(600, 1300) / 10
    end = start + rng.choice([-1, 1]) * rng.randint(10, 150) / 10
    pct = (end - start) / start * 100
    t = (f"January: {start} kg. Now: {end:.1f} kg. What's the percentage change to 1 "
         f"decimal, and which direction?")
    word = (["gain", "gained", "increase", "heavier"] if pct > 0
            else ["loss", "lost", "decrease", "lighter"])
    return t, [num(abs(pct), 1), word]


@family
def weight_lb_week_to_kg_month(rng):
    lb = rng.choice([0.5, 1, 1.5, 2])
    wk = rng.choice([4, 8, 12, 16])
    kg = lb * wk * LB
    t = f"losing {lb} lb a week for {wk} weeks — how many kg is that in total? 2 decimals"
    return t, [num(kg, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    waist_to_height, waist_hip_ratio, body_fat_navy_bmi_free, ideal_weight_devine, vo2_cooper,
    one_rep_max_epley, one_rep_max_brzycki, met_calories, sweat_rate, fluid_maintenance_holliday,
    fluid_balance, pills_supply_days, insulin_carb_ratio, sleep_cycles_bedtime, sleep_debt,
    baby_weight_percent_gain, baby_age_weeks, lb_oz_baby, weight_change_percent,
    weight_lb_week_to_kg_month)]
