"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, health part 3: named formulas
(Mosteller, Navy, Cockcroft-Gault), mixed-unit inputs and exercise rates."""

from __future__ import annotations

import math
import random
from typing import Any

from bench.data.agents.heldout23_units import (
    INCH,
    LB,
    F,
    Redraw,
    ampm,
    clock,
    dec,
    fam,
    hm,
    near,
    num,
    pick,
    show,
    whole,
)
from bench.data.agents.helpers import Family


@fam
def bmi_stone(rng: random.Random) -> Any:
    st, lb, ft, inch = rng.randint(8, 17), rng.randint(0, 13), rng.randint(5, 6), rng.randint(0, 11)
    kg = (st * 14 + lb) * LB
    m = (ft * 12 + inch) * INCH
    text = pick(rng, f"I'm {st} st {lb} lb and {ft}ft {inch}in. BMI? (convert exactly: 1 lb = "
                     "0.45359237 kg, 1 in = 2.54 cm) 1 decimal",
                f"BMI for {ft}'{inch}\", {st} stone {lb} pounds - exact metric conversion, one dp")
    return text, num(kg / (m * m), 1)


@fam
def bmr_mifflin_imperial(rng: random.Random) -> Any:
    lb, ft, inch, age = rng.randint(110, 280), rng.randint(5, 6), rng.randint(0, 11), \
        rng.randint(20, 70)
    male = rng.random() < 0.5
    kg, cm = lb * LB, (ft * 12 + inch) * F("2.54")
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if male else -161)
    who = "man" if male else "woman"
    text = pick(rng, f"Mifflin-St Jeor BMR for a {age} y/o {who}, {lb} lb, {ft}'{inch}\"? (1 lb = "
                     "0.45359237 kg, 1 in = 2.54 cm) nearest kcal",
                f"{who}, {age}, {ft} ft {inch} in, {lb} lbs - BMR by Mifflin-St Jeor, whole kcal "
                "(exact unit conversion)")
    return text, num(bmr, 0)


@fam
def bsa_mosteller(rng: random.Random) -> Any:
    cm, kg = rng.randint(100, 200), rng.randint(15, 130)
    bsa = math.sqrt(cm * kg / 3600)
    v = F(bsa).limit_denominator(10**9)
    text = pick(rng, f"Body surface area by Mosteller (sqrt(height cm x weight kg / 3600)) for "
                     f"{cm} cm, {kg} kg? 2 decimals",
                f"Mosteller BSA, height {cm}cm weight {kg}kg, m² to 2 dp?")
    return text, num(v, 2)


@fam
def navy_body_fat(rng: random.Random) -> Any:
    waist, neck, height = rng.randint(75, 115), rng.randint(34, 44), rng.randint(165, 195)
    bf = 495 / (1.0324 - 0.19077 * math.log10(waist - neck) + 0.15456 * math.log10(height)) - 450
    v = F(bf).limit_denominator(10**9)
    text = pick(rng, f"US Navy body fat (men, cm): 495 / (1.0324 - 0.19077 log10(waist - neck) + "
                     f"0.15456 log10(height)) - 450. Waist {waist}, neck {neck}, height {height}. "
                     "1 decimal %",
                f"navy method body fat for a man: waist {waist} cm, neck {neck} cm, height "
                f"{height} cm (formula 495/(1.0324-0.19077*log10(w-n)+0.15456*log10(h))-450), "
                "1 dp")
    return text, num(v, 1)


@fam
def cockcroft_gault(rng: random.Random) -> Any:
    age, kg, cr = rng.randint(25, 90), rng.randint(45, 110), dec(rng, 0.6, 2.5, 1)
    female = rng.random() < 0.5
    crcl = F(140 - age) * kg / (72 * cr) * (F("0.85") if female else 1)
    who = "woman" if female else "man"
    extra = " x 0.85 for women" if female else ""
    text = pick(rng, f"Cockcroft-Gault CrCl = (140 - age) x kg / (72 x creatinine mg/dL){extra}. "
                     f"{who}, {age} y, {kg} kg, Cr {show(cr)}. 1 decimal",
                f"creatinine clearance (Cockcroft-Gault) for a {age}-year-old {who}, {kg} kg, serum"
                f" creatinine {show(cr)} mg/dL? mL/min to 1 dp")
    return text, num(crcl, 1)


@fam
def hr_zone_karvonen_range(rng: random.Random) -> Any:
    age, rest = rng.randint(20, 65), rng.randint(50, 80)
    lo, hi = rng.choice([(60, 70), (70, 80), (50, 60), (80, 90)])
    hrr = 220 - age - rest
    a, b = hrr * F(lo, 100) + rest, hrr * F(hi, 100) + rest
    text = pick(rng, f"Heart-rate reserve zone {lo}-{hi}% for age {age}, resting {rest} bpm (max = "
                     "220 - age)? 1 decimal each",
                f"Karvonen zone from {lo}% to {hi}%: I'm {age}, resting pulse {rest}. Max HR 220 "
                "minus age. bpm range, 1 dp")
    return text, [num(a, 1), num(b, 1)]


@fam
def pace_to_mph(rng: random.Random) -> Any:
    m, s = rng.randint(5, 14), rng.choice([0, 15, 30, 45, 10, 20, 40, 50])
    mph = F(3600, m * 60 + s)
    text = pick(rng, f"A {m}:{s:02d} per mile pace is how many mph? 2 decimals",
                f"Running {m} min {s} s per mile - speed in miles per hour (2 dp)?")
    return text, num(mph, 2)


@fam
def race_pace_needed(rng: random.Random) -> Any:
    km = rng.choice([5, 10, F("21.0975"), F("42.195")])
    name = {5: "5k", 10: "10k", F("21.0975"): "half marathon (21.0975 km)",
            F("42.195"): "marathon (42.195 km)"}[km]
    h, m = (rng.randint(0, 0), rng.randint(18, 70)) if km in (5, 10) else \
        (rng.randint(1, 2) if km < 30 else rng.randint(3, 5), rng.randint(0, 59))
    secs = (h * 3600 + m * 60) / F(km)
    if near(secs, 0) or secs - int(secs) > F(1, 2):
        raise Redraw  # "required" pace: rounding must agree with the pace that still makes it
    mm, ss = divmod(round(secs), 60)
    goal = f"{h}:{m:02d}:00" if h else f"{m} minutes"
    text = pick(rng, f"What pace per km do I need to run a {name} in {goal}? nearest second",
                f"target time {goal} for the {name} - required min/km (to the second)?")
    return text, [f"{mm}:{ss:02d}", f"{mm}min{ss}s", f"{mm}m{ss}s", f"{mm}minutes{ss}seconds",
                  f"{mm}minutesand{ss}seconds", f"{mm}min{ss}sec"]


@fam
def calorie_per_serving(rng: random.Random) -> Any:
    parts = [(rng.choice(["pasta", "rice", "oats"]), rng.randint(200, 500),
              rng.choice([350, 360, 370])),
             (rng.choice(["cheese", "butter", "olive oil"]), rng.randint(20, 150),
              rng.choice([400, 717, 884])),
             (rng.choice(["chicken", "beef mince", "tofu"]), rng.randint(200, 600),
              rng.choice([165, 250, 144]))]
    serves = rng.randint(2, 6)
    total = sum(F(g * k, 100) for _, g, k in parts)
    desc = ", ".join(f"{g} g {n} ({k} kcal/100 g)" for n, g, k in parts)
    text = pick(rng, f"My recipe: {desc}. Serves {serves}. kcal per serving? 1 decimal",
                f"calories per portion ({serves} portions): {desc}. one decimal")
    return text, num(total / serves, 1)


@fam
def hydration_sweat(rng: random.Random) -> Any:
    before, after, drank = dec(rng, 55, 100, 1), F(0), rng.randint(0, 1200) // 50 * 50
    after = before - dec(rng, 0.3, 2.5, 1)
    loss = (before - after) * 1000 + drank
    mins = rng.choice([45, 60, 75, 90, 120])
    rate = loss / mins * 60
    text = pick(rng, f"Weighed {show(before)} kg before a {mins}-min run and {show(after)} kg "
                     f"after;"
                     f" drank {drank} ml during. Sweat rate in ml per hour, nearest ml? "
                     "(1 kg = 1 L)",
                f"sweat test: pre {show(before)}kg, post {show(after)}kg, fluid in {drank}mL, "
                f"duration {mins} min. mL/hour, nearest mL (1 kg = 1000 mL)?")
    return text, num(rate, 0)


@fam
def medication_times_day(rng: random.Random) -> Any:
    first = rng.randint(6 * 60, 9 * 60) // 15 * 15
    n = rng.choice([3, 4])
    gap = rng.choice([4, 5, 6]) if n == 3 else rng.choice([4, 5])
    times = [first + i * gap * 60 for i in range(n)]
    text = pick(rng, f"{n} doses a day, {gap} hours apart, first at {ampm(first)}. When is the "
                     f"last "
                     "dose?",
                f"I take my pills {n} times daily at {gap}-hour intervals starting {ampm(first)}. "
                "Time of the final dose?")
    return text, clock(times[-1])


@fam
def weekly_exercise_minutes(rng: random.Random) -> Any:
    sessions = [rng.choice([20, 25, 30, 35, 40, 45, 50, 60]) for _ in range(rng.randint(3, 6))]
    goal = rng.choice([150, 180, 200, 300])
    done = sum(sessions)
    if done >= goal:
        raise Redraw
    text = pick(rng, f"This week I exercised {', '.join(map(str, sessions))} minutes. Goal is "
                     f"{goal} min. How many minutes short?",
                f"sessions: {' + '.join(map(str, sessions))} min. target {goal}. minutes left?")
    return text, [*whole(goal - done), f"{goal - done}min", f"{goal - done}minutes"]


@fam
def calories_walk_km(rng: random.Random) -> Any:
    kg, km = rng.randint(45, 120), dec(rng, 1, 20, 1)
    factor = rng.choice([F("0.5"), F("0.53"), F("0.75"), F("1.0")])
    text = pick(rng, f"Rule of thumb: {show(factor)} kcal per kg per km. I weigh {kg} kg and "
                     f"walked "
                     f"{show(km)} km. Calories?",
                f"{show(km)} km at {kg} kg, using {show(factor)} kcal/kg/km - kcal burned?")
    return text, num(kg * km * factor, 1)


@fam
def baby_feeds(rng: random.Random) -> Any:
    kg, per = dec(rng, 2.5, 7, 1), rng.choice([150, 160, 180, 200])
    feeds = rng.choice([6, 7, 8])
    total = kg * per
    text = pick(rng, f"Baby weighs {show(kg)} kg, needs {per} ml/kg/day over {feeds} feeds. ml per "
                     "feed? 1 decimal",
                f"{per} mL per kg per day, {show(kg)} kg infant, {feeds} bottles a day - mL each "
                "(1 dp)?")
    return text, num(total / feeds, 1)


@fam
def inhaler_run_out(rng: random.Random) -> Any:
    puffs, per_dose = rng.choice([60, 100, 120, 150, 200, 240]), rng.choice([1, 2])
    doses = rng.choice([1, 2, 3, 4])
    days = puffs // (per_dose * doses)
    text = pick(rng, f"Inhaler has {puffs} puffs. I use {per_dose} puff(s) {doses} times a day. "
                     f"How "
                     "many full days will it last?",
                f"{puffs}-dose inhaler, {per_dose} puffs x {doses} daily - full days of supply?")
    return text, [*whole(days), f"{days}days", f"{days}fulldays"]


@fam
def bp_average(rng: random.Random) -> Any:
    readings = [(rng.randint(105, 165), rng.randint(60, 100)) for _ in range(rng.randint(3, 5))]
    s = F(sum(a for a, _ in readings), len(readings))
    d = F(sum(b for _, b in readings), len(readings))
    text = pick(rng, "My BP readings: " + ", ".join(f"{a}/{b}" for a, b in readings) +
                ". Average systolic and diastolic? 1 decimal",
                "average these blood pressures (1 dp): " + "; ".join(f"{a}/{b}" for a, b in
                                                                    readings))
    return text, [num(s, 1), num(d, 1)]


@fam
def nap_alarm(rng: random.Random) -> Any:
    start = rng.randint(12 * 60, 17 * 60) // 5 * 5
    nap, fall = rng.choice([20, 25, 30, 90]), rng.choice([5, 10, 15])
    text = pick(rng, f"Lying down at {ampm(start)}, takes {fall} min to fall asleep, want a {nap}"
                     "-minute nap. Alarm time?",
                f"power nap {nap} min, {fall} min to doze off, starting {ampm(start)} - set the "
                "alarm for?")
    return text, clock(start + fall + nap)


@fam
def time_in_bed_efficiency(rng: random.Random) -> Any:
    bed = rng.randint(21 * 60 + 30, 24 * 60 + 30) // 5 * 5
    wake = rng.randint(5 * 60 + 30, 8 * 60) // 5 * 5 + 24 * 60
    asleep = rng.randint(300, 480) // 5 * 5
    in_bed = wake - bed
    if asleep >= in_bed:
        raise Redraw
    text = pick(rng, f"In bed {ampm(bed)} to {ampm(wake)}, actually asleep {hm(asleep)[0]}. "
                     "Sleep efficiency (asleep / time in bed) as a %? 1 decimal",
                f"sleep efficiency: bed at {ampm(bed)}, up at {ampm(wake)}, slept {asleep} min. "
                "percent, 1 dp")
    return text.replace("hours", " hours ").replace("minutes", " minutes").replace(" .", "."), \
        num(F(asleep * 100, in_bed), 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    bmi_stone, bmr_mifflin_imperial, bsa_mosteller, navy_body_fat, cockcroft_gault,
    hr_zone_karvonen_range, pace_to_mph, race_pace_needed, calorie_per_serving,
    hydration_sweat, medication_times_day, weekly_exercise_minutes, calories_walk_km,
    baby_feeds, inhaler_run_out, bp_average, nap_alarm, time_in_bed_efficiency)]
