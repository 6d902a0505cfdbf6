"""Round 15 (``J_m_*``, dev now) multi-part requests mixing health calculations with unit
conversions or arithmetic: BMI from imperial measures, heart-rate zones, BMR, water, dose
times."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    FOOT,
    INCH,
    LB,
    MILE,
    F,
    Made,
    clock,
    cm,
    deg_c,
    deg_f,
    forms,
    gather,
    kg,
    km,
    lbs,
    litres,
    miles,
    named,
    ok,
    one_dp,
    tie,
    unit,
)

BMI = ["BMI", "bmi", "Bmi"]


def bmi_from_pounds(r: random.Random) -> Made:  # pounds and feet/inches, to kg, cm and BMI
    lb, ft, inch = r.randint(110, 260), r.randint(5, 6), r.randint(0, 11)
    w, h = F(lb) * LB, (ft * FOOT + inch * INCH)
    b = w / (h * h)
    hc = h * 100
    if tie(b, 1) or not ok(w, hc, b):
        return None
    return (f"I'm {ft}'{inch}\" and {lb} lbs. what's that in kg and cm, and what's my BMI?",
            [kg(w), cm(hc), named(BMI, b, 1) + named(BMI, b)])


def bmi_then_target(r: random.Random) -> Made:  # BMI, then weight for BMI 24.9
    w, h = r.randint(60, 120), r.randint(155, 195)
    b = F(w) / (F(h, 100) ** 2)
    target = F(249, 10) * F(h, 100) ** 2
    if tie(b, 1) or not ok(b, target, F(w) - target):
        return None
    return (f"{w} kg, {h} cm tall. BMI? and what weight would put me at a BMI of 24.9?",
            [named(BMI, b, 1) + named(BMI, b), kg(target)])


def hr_zone_run(r: random.Random) -> Made:  # max heart rate and a 70-80% band
    age = r.randint(18, 70)
    mx = 220 - age
    lo, hi = F(mx * 7, 10), F(mx * 8, 10)
    if not ok(lo, hi):
        return None
    return (f"training for a 10k, I'm {age}. using 220 minus age, what's my max heart rate "
            "and my 70–80% zone?", [[f"{mx} bpm", f"{mx} beats per minute", str(mx)],
                                    forms(lo), forms(hi)])


def bmr_then_activity(r: random.Random) -> Made:  # Mifflin-St Jeor BMR, then times 1.55
    w, h, a = r.randint(50, 110), r.randint(150, 195), r.randint(20, 65)
    male = r.random() < 0.5
    bmr = F(10 * w) + F(625, 100) * h - 5 * a + (5 if male else -161)
    tdee = bmr * F(155, 100)
    if not ok(bmr, tdee):
        return None
    who = "man" if male else "woman"
    return (f"{a} year old {who}, {w} kg, {h} cm. BMR with Mifflin-St Jeor please, then "
            "multiply by 1.55 for moderately active", [forms(bmr), forms(tdee)])


def water_35ml(r: random.Random) -> Made:  # water at 35 ml per kg, in litres and glasses
    w = r.randint(45, 120)
    ml = 35 * w
    glasses = F(ml, 250)
    if not ok(glasses, F(ml, 1000)):
        return None
    return (f"at 35 ml per kg of body weight, how much water should a {w} kg person drink in "
            "a day, in litres? how many 250 ml glasses is that?",
            [litres(F(ml, 1000)), [f"{v} glasses" for v in forms(glasses)]])


def dose_every_eight(r: random.Random) -> Made:  # three dose times
    start = r.randint(5, 11) * 60 + r.choice([0, 15, 30, 45])
    return (f"antibiotic every 8 hours, first dose at {start // 60}:{start % 60:02d} am. when "
            "are the next two doses?", [clock(start + 480), clock((start + 960) % 1440)])


def fever_convert(r: random.Random) -> Made:  # a fever in F, to C, and above 38?
    tf = F(r.randint(990, 1045), 10)
    tc = (tf - 32) * F(5, 9)
    if not ok(tc, tc + F(27315, 100)):
        return None
    return (f"thermometer says {float(tf)}°F for my son. what's that in celsius? and in kelvin, "
            "for his science project", [deg_c(tc), unit(tc + F(27315, 100), "K", "kelvin")])


def run_pace_miles(r: random.Random) -> Made:  # km run to miles, then pace per mile
    k, mins = r.choice([5, 8, 10, 12, 15, 21]), r.randint(25, 130)
    mi = F(k * 1000, 1609344) * 1000
    pace = F(mins) / mi
    if not ok(mi, pace):
        return None
    return (f"ran {k} km in {mins} min. how many miles is that and what's my pace in minutes "
            "per mile (decimal is fine)?", [miles(mi), forms(pace)])


def weight_loss_lbs(r: random.Random) -> Made:  # kg lost, in pounds, and per week
    a, b, wk = r.randint(80, 120), r.randint(60, 79), r.randint(4, 20)
    lost = F(a - b) / LB
    if not ok(lost, lost / wk):
        return None
    return (f"went from {a} kg to {b} kg over {wk} weeks! how many pounds did i lose in "
            "total, and how many per week on average?", [lbs(lost), lbs(lost / wk) + forms(
                lost / wk)])


def baby_weight(r: random.Random) -> Made:  # newborn grams to pounds, and gain
    g, gain = r.randint(2600, 4400), r.randint(150, 400)
    lb = F(g, 1000) / LB
    if not ok(lb):
        return None
    return (f"baby was born at {g} g — what's that in pounds? and if she gains {gain} g a "
            "week, what will she weigh in grams after 4 weeks?",
            [lbs(lb), unit(F(g + 4 * gain), "g", "grams")])


def dose_mg_per_kg(r: random.Random) -> Made:  # dose by weight, then per day
    w, mgkg, times = r.randint(10, 40), r.choice([5, 10, 15]), r.choice([3, 4])
    dose = w * mgkg
    return (f"the leaflet says {mgkg} mg per kg per dose, {times} times a day. child weighs "
            f"{w} kg — how much per dose and per day?",
            [[f"{dose} mg", f"{dose}mg", f"{dose} milligrams"],
             [f"{dose * times} mg", f"{dose * times}mg", f"{dose * times} milligrams"]])


def cycling_calories_km(r: random.Random) -> Made:  # miles cycled to km, and calories
    mi, kcal = r.randint(5, 60), r.randint(25, 45)
    k = F(mi) * MILE
    if not ok(k, k * kcal):
        return None
    return (f"cycled {mi} miles today. in km? and at roughly {kcal} kcal per km how many "
            "calories did i burn?", [km(k), forms(k * kcal)])


def oven_convert_time(r: random.Random) -> Made:  # oven F to C, then finish time
    tf = r.choice([325, 350, 375, 400, 425, 450])
    tc = (F(tf) - 32) * F(5, 9)
    start, mins = r.randint(16 * 60, 19 * 60), r.choice([35, 40, 45, 50, 55, 70, 80, 90])
    if not ok(tc):
        return None
    return (f"recipe says {tf}F for {mins} minutes. what's that in C, and if it goes in at "
            f"{start // 60 - 12}:{start % 60:02d}pm when does it come out?",
            [deg_c(tc), clock(start + mins)])


def height_cm_ft(r: random.Random) -> Made:  # height in cm to feet, plus BMI
    h, w = r.randint(150, 200), r.randint(50, 110)
    inches = F(h, 100) / INCH
    ft, rest = int(inches // 12), inches - 12 * int(inches // 12)
    b = F(w) / F(h * h, 10000)
    if tie(b, 1) or not ok(b) or F(49, 100) < abs(rest - round(rest)) < F(51, 100):
        return None
    return (f"{h} cm and {w} kg — how tall is that in feet and inches, and what's the BMI?",
            [[f"{ft}'{round(rest)}", f"{ft} ft {round(rest)}", f"{ft} feet {round(rest)}"],
             named(BMI, b, 1) + named(BMI, b)])


def pool_lengths(r: random.Random) -> Made:  # swim distance, laps, and miles
    lengths, pool = r.randint(20, 120), r.choice([25, 50])
    m = lengths * pool
    mi = F(m, 1000) / MILE
    if not ok(mi):
        return None
    return (f"swam {lengths} lengths of a {pool} m pool. total metres, and how many miles?",
            [[f"{m} m", f"{m} metres", f"{m:,} m", f"{m} meters", f"{m:,} metres"], miles(mi)])


def fahrenheit_week(r: random.Random) -> Made:  # two temperatures converted
    a, b = r.randint(-10, 40), r.randint(-10, 40)
    fa, fb = F(a * 9, 5) + 32, F(b * 9, 5) + 32
    if a == b:
        return None
    return (f"forecast says {a}°C on saturday and {b}°C on sunday. give me both in fahrenheit",
            [deg_f(fa), deg_f(fb)])


def sleep_hours_bedtime(r: random.Random) -> Made:  # bedtime for 8 hours, and sleep cycles
    wake = r.randint(5 * 60, 8 * 60) // 5 * 5
    hrs = r.choice([7, 8, 9])
    bed = (wake - hrs * 60) % 1440
    return (f"need to be up at {wake // 60}:{wake % 60:02d} and want {hrs} hours of sleep. what "
            "time should i be asleep, and how many minutes of sleep is that?",
            [clock(bed), [f"{hrs * 60} minutes", f"{hrs * 60} min"]])


def protein_per_kg(r: random.Random) -> Made:  # protein target from pounds
    lb, per = r.randint(120, 250), r.choice([F(12, 10), F(16, 10), F(2)])
    w = F(lb) * LB
    g = w * per
    if not ok(w, g):
        return None
    return (f"I weigh {lb} lb. convert to kg and tell me my protein target at {float(per):g} "
            "g per kg", [kg(w), unit(g, "g", "grams")])


def marathon_pace(r: random.Random) -> Made:  # a goal time to pace per km and per mile
    hrs, mins = r.randint(3, 5), r.choice([0, 15, 30, 45])
    total = hrs * 60 + mins
    pk = F(total) / F(421950, 10000)
    pm = pk * MILE
    if not ok(pk, pm):
        return None
    return (f"want to run a marathon (42.195 km) in {hrs}h{mins:02d}. what pace per km in decimal "
            "minutes, and per mile?", [forms(pk), forms(pm)])


def steps_to_km(r: random.Random) -> Made:  # steps to km and miles
    steps, stride = r.randint(4000, 20000), r.choice([70, 75, 80])
    k = F(steps * stride, 100000)
    if not ok(k, k / MILE):
        return None
    return (f"my stride is about {stride} cm and I did {steps} steps. how far was that in "
            "km and in miles?", [km(k), miles(k / MILE)])


def blood_sugar_mmol(r: random.Random) -> Made:  # glucose mg/dL to mmol/L (divide by 18)
    a, b = r.randint(70, 250), r.randint(70, 250)
    x, y = F(a, 18), F(b, 18)
    if a == b or tie(x, 1) or tie(y, 1) or not ok(x, y):
        return None
    return (f"my meter shows mg/dL and the nurse wants mmol/L (divide by 18). morning was {a}, "
            f"after dinner {b}", [one_dp(x) + forms(x), one_dp(y) + forms(y)])


def hr_zone_percent(r: random.Random) -> Made:  # what percent of max, and 85% of max
    age, bpm = r.randint(20, 65), r.randint(110, 175)
    mx = 220 - age
    p, top = F(bpm * 100, mx), F(mx * 85, 100)
    if not ok(p, top):
        return None
    return (f"age {age}, heart rate during my workout was {bpm}. what % of max (220-age) is "
            "that, and what's 85% of max?", [[f"{v}%" for v in forms(p)], forms(top)])


HEALTH = gather(bmi_from_pounds, bmi_then_target, hr_zone_run, bmr_then_activity, water_35ml,
                dose_every_eight, fever_convert, run_pace_miles, weight_loss_lbs, baby_weight,
                dose_mg_per_kg, cycling_calories_km, oven_convert_time, height_cm_ft,
                pool_lengths, fahrenheit_week, sleep_hours_bedtime, protein_per_kg,
                marathon_pace, steps_to_km, blood_sugar_mmol, hr_zone_percent)
