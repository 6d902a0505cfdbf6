"""Round 17 (``M_*``, dev now) for ``muse bench agents``, health part 3: blood pressure,
calorie and macro budgets, protein targets and sleep duration."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units import Skip, family, num, pick, whole
from bench.data.agents.helpers import Family


@family
def mean_arterial_pressure(rng):
    sys_, dia = rng.randint(100, 170), rng.randint(60, 100)
    if sys_ - dia < 25:
        raise Skip
    mp = dia + (sys_ - dia) / 3
    t = (f"BP {sys_}/{dia}. What's the pulse pressure, and the MAP using diastolic + a third of "
         f"pulse pressure (1 decimal)?")
    return t, [[str(sys_ - dia)], num(mp, 1)]


@family
def bp_average(rng):
    rs = [(rng.randint(110, 160), rng.randint(65, 100)) for _ in range(rng.randint(3, 5))]
    s = sum(a for a, _ in rs) / len(rs)
    d = sum(b for _, b in rs) / len(rs)
    t = ("Home BP readings this week: " + ", ".join(f"{a}/{b}" for a, b in rs) +
         ". Average systolic and diastolic to one decimal?")
    return t, [num(s, 1), num(d, 1)]


@family
def calorie_budget_left(rng):
    goal = rng.choice([1600, 1800, 2000, 2200, 2500])
    meals = [rng.randint(250, 750) for _ in range(3)]
    snack = rng.randint(80, 300)
    burn = rng.choice([0, 150, 220, 300, 400])
    left = goal - sum(meals) - snack + burn
    t = (f"daily target {goal} kcal. breakfast {meals[0]}, lunch {meals[1]}, dinner {meals[2]}, "
         f"snack {snack}"
         + (f", and I burned {burn} on a run which I'm adding back" if burn else "")
         + ". how many kcal left?")
    return t, [[str(left), f"{left} kcal"] if left >= 0 else [str(left), str(-left)]]


@family
def macro_grams(rng):
    kcal = rng.choice([1800, 2000, 2200, 2400, 2600])
    p, c = rng.choice([(30, 40), (25, 45), (35, 35), (20, 50)])
    f = 100 - p - c
    t = (f"{kcal} kcal/day split {p}% protein, {c}% carbs, {f}% fat. Grams of each? (4 "
         f"kcal/g protein "
         f"and carbs, 9 kcal/g fat; nearest gram)")
    return t, [whole(kcal * p / 400), whole(kcal * c / 400), whole(kcal * f / 900)]


@family
def protein_target(rng):
    kg = rng.randint(50, 110)
    g = rng.choice([1.2, 1.6, 1.8, 2.0, 2.2])
    meals = rng.choice([3, 4, 5])
    tot = kg * g
    t = (f"Aiming for {g} g protein per kg, I'm {kg} kg. Daily grams, and per meal over "
         f"{meals} meals? (1 dp)")
    return t, [num(tot, 1), num(tot / meals, 1)]


@family
def sleep_duration(rng):
    bh, bm = rng.choice([21, 22, 23, 0, 1]), rng.choice([0, 10, 15, 30, 40, 45, 50])
    wh, wm = rng.randint(5, 8), rng.choice([0, 5, 15, 20, 30, 45])
    mins = ((wh * 60 + wm) - (bh * 60 + bm)) % 1440
    h, m = divmod(mins, 60)
    t = (f"I fell asleep at {bh:02d}:{bm:02d} and woke at {wh:02d}:{wm:02d}. How long did I sleep?")
    forms = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m", f"{h}h{m}m",
             f"{h}:{m:02d}", f"{h} hr {m} min", f"{h}h {m}min", f"{h} hours, {m} minutes"]
    if m == 0:
        forms += [f"{h} hours"]
    return t, [forms]



@family
def bp_reduction_percent(rng):
    s1, d1 = rng.randint(140, 175), rng.randint(88, 105)
    s2, d2 = s1 - rng.randint(5, 30), d1 - rng.randint(2, 15)
    t = (f"Before the new tablets my BP averaged {s1}/{d1}, now it's {s2}/{d2}. By what percentage "
         f"did systolic and diastolic each fall? one decimal")
    return t, [num((s1 - s2) / s1 * 100, 1), num((d1 - d2) / d1 * 100, 1)]


@family
def fasting_window(rng):
    eh, em = rng.randint(18, 21), rng.choice([0, 15, 30, 45])
    bh, bm = rng.randint(7, 13), rng.choice([0, 15, 30, 45])
    mins = (bh * 60 + bm + 1440) - (eh * 60 + em)
    h, m = divmod(mins, 60)
    t = (f"last meal was at {eh}:{em:02d} and I'll break my fast at {bh}:{bm:02d} tomorrow. how "
         f"long is the fast, and what's the eating window left in the 24 h day?")
    eh2, em2 = divmod(1440 - mins, 60)
    f1 = [f"{h} hours {m} minutes", f"{h}h {m}m", f"{h}:{m:02d}", f"{h} hours and {m} minutes",
          f"{h}h{m}m", f"{h} hr {m} min"] + ([f"{h} hours", f"{h}h"] if m == 0 else [])
    f2 = [f"{eh2} hours {em2} minutes", f"{eh2}h {em2}m", f"{eh2}:{em2:02d}",
          f"{eh2} hours and {em2} minutes", f"{eh2}h{em2}m", f"{eh2} hr {em2} min"] + (
        [f"{eh2} hours", f"{eh2}h"] if em2 == 0 else [])
    return t, [f1, f2]


@family
def steps_goal_remaining(rng):
    goal = rng.choice([8000, 10000, 12000, 15000])
    done = rng.randint(1500, goal - 500)
    stride = rng.choice([0.7, 0.75, 0.8])
    left = goal - done
    t = (f"step goal {goal:,}, I'm on {done:,}. how many steps to go, and how far is that in km "
         f"with a {stride} m stride (2 dp)?")
    return t, [[str(left), f"{left:,}"], num(left * stride / 1000, 2)]


@family
def calories_from_macros(rng):
    p, c, f = rng.randint(5, 45), rng.randint(10, 90), rng.randint(2, 40)
    kcal = 4 * p + 4 * c + 9 * f
    t = pick(rng, f"Label: protein {p} g, carbs {c} g, fat {f} g. Calories using 4/4/9?",
             f"how many kcal in something with {f}g fat, {c}g carbohydrate and {p}g protein "
             f"(9 kcal/g fat, 4 for the others)")
    return t, [[str(kcal), f"{kcal} kcal", f"{kcal:,}"]]


@family
def percent_daily_value(rng):
    mg = rng.randint(120, 1600)
    dv = rng.choice([2300, 2000])
    t = (f"This ready meal has {mg} mg sodium. If the daily value is {dv} mg, what percent of the "
         f"daily value is that? one decimal")
    return t, [num(mg / dv * 100, 1)]


@family
def salt_from_sodium(rng):
    na = rng.randint(100, 2400)
    t = (f"Packet lists sodium {na} mg. Salt = sodium × 2.5 — how many grams of salt is that? 2 dp")
    return t, [num(na * 2.5 / 1000, 2)]


@family
def hydration_urine_output(rng):
    kg = rng.randint(4, 80)
    hrs = rng.choice([4, 6, 8, 12])
    ml = rng.randint(int(0.3 * kg * hrs), int(2 * kg * hrs))
    rate = ml / kg / hrs
    t = (f"Patient {kg} kg passed {ml} ml of urine over {hrs} hours. Urine output in ml/kg/h? "
         f"two decimals")
    return t, [num(rate, 2)]


@family
def bsa_mosteller(rng):
    cm, kg = rng.randint(140, 200), rng.randint(40, 120)
    bsa = math.sqrt(cm * kg / 3600)
    t = (f"Body surface area by Mosteller (√(height cm × weight kg / 3600)) for {cm} cm, {kg} kg? "
         f"2 decimals")
    return t, [num(bsa, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    mean_arterial_pressure, bp_average, calorie_budget_left, macro_grams, protein_target,
    sleep_duration, bp_reduction_percent, fasting_window, steps_goal_remaining,
    calories_from_macros, percent_daily_value, salt_from_sodium, hydration_urine_output,
    bsa_mosteller)]
