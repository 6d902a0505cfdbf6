"""Round 15 (``J_m_*``, dev now) more health and units together: clinic and fitness situations
where a calculation and a conversion (or a second calculation) are both asked for."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    FOOT,
    INCH,
    LB,
    MILE,
    OZ,
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
    tie,
    unit,
)

BMI = ["BMI", "bmi", "Bmi"]


def bmi_two_people(r: random.Random) -> Made:  # BMI of two people
    w1, h1, w2, h2 = r.randint(50, 110), r.randint(150, 195), r.randint(50, 110), r.randint(150,
                                                                                          195)
    b1, b2 = F(w1 * 10000, h1 * h1), F(w2 * 10000, h2 * h2)
    if tie(b1, 1) or tie(b2, 1) or not ok(b1, b2):
        return None
    return (f"me: {w1} kg, {h1} cm. my partner: {w2} kg, {h2} cm. both our BMIs please",
            [forms(b1, 1) + forms(b1), forms(b2, 1) + forms(b2)])


def bmi_stone(r: random.Random) -> Made:  # stones and pounds to kg, BMI from metres
    st, lb, h = r.randint(8, 17), r.randint(0, 13), F(r.randint(150, 195), 100)
    w = F(st * 14 + lb) * LB
    b = w / (h * h)
    if tie(b, 1) or not ok(w, b):
        return None
    return (f"{st} st {lb} lb and {float(h):.2f} m tall. kg, then BMI?",
            [kg(w), named(BMI, b, 1) + named(BMI, b)])


def hr_zones_two(r: random.Random) -> Made:  # 60% and 85% of max HR
    age = r.randint(18, 75)
    mx = 220 - age
    lo, hi = F(mx * 60, 100), F(mx * 85, 100)
    if not ok(lo, hi):
        return None
    return (f"cardio rehab nurse asked me to stay between 60 and 85% of max. i'm {age}. what "
            "numbers is that (220 − age)?", [forms(lo), forms(hi)])


def dose_schedule_twelve(r: random.Random) -> Made:  # twice-daily doses over days, times
    start = r.randint(6 * 60, 10 * 60) // 15 * 15
    days = r.randint(5, 14)
    return (f"tablets every 12 hours for {days} days, first at {start // 60}:{start % 60:02d} am. "
            "what time is the second dose and how many tablets in total?",
            [clock(start + 720), [f"{2 * days} tablets", f"{2 * days} doses"]])


def water_glasses_oz(r: random.Random) -> Made:  # litres drunk to fl oz and glasses
    ml = r.randint(12, 40) * 100
    floz = F(ml, 1000) / F(2957353, 10**8)
    if not ok(floz):
        return None
    return (f"I drank {ml} ml of water today. in US fluid ounces? and how many 8-oz glasses?",
            [[f"{v} fl oz" for v in forms(floz)] + [f"{v} oz" for v in forms(floz)],
             [f"{v} glasses" for v in forms(floz / 8)]]) if ok(floz / 8) else None


def bmr_female_pounds(r: random.Random) -> Made:  # pounds and inches into metric, then BMR
    lb, inch, age = r.randint(110, 220), r.randint(58, 72), r.randint(20, 70)
    w, h = F(lb) * LB, F(inch) * INCH * 100
    bmr = 10 * w + F(625, 100) * h - 5 * age - 161
    if not ok(w, h, bmr):
        return None
    return (f"woman, {age}, {lb} lb, {inch} inches tall. convert to kg and cm, then her BMR by "
            "Mifflin-St Jeor", [kg(w), cm(h), forms(bmr)])


def fever_two_readings(r: random.Random) -> Made:  # two Celsius readings to F, and the rise
    a = F(r.randint(365, 399), 10)
    b = a + F(r.randint(3, 15), 10)
    fa, fb = a * F(9, 5) + 32, b * F(9, 5) + 32
    if not ok(fa, fb):
        return None
    return (f"her temp was {float(a)}°C this morning and {float(b)}°C tonight. both in °F, and "
            "how much did it go up in °F?", [deg_f(fa), deg_f(fb), forms(fb - fa)])


def walk_calories(r: random.Random) -> Made:  # miles walked to km, steps
    mi = F(r.randint(10, 80), 10)
    k = mi * MILE
    steps = r.choice([1300, 1400, 1500])
    if not ok(k, k * steps):
        return None
    return (f"walked {float(mi)} miles. in km? and at about {steps} steps per km, how many steps?",
            [km(k), [*forms(k * steps), str(round(k * steps)), f"{round(k * steps):,}"]])


def infant_feed(r: random.Random) -> Made:  # ml per feed to oz and daily total
    ml, feeds = r.choice([60, 90, 120, 150, 180]) + r.randint(0, 9), r.randint(5, 8)
    oz = F(ml, 1000) / F(2957353, 10**8)
    if not ok(oz):
        return None
    return (f"baby takes {ml} ml per bottle, {feeds} bottles a day. per bottle in fl oz? total ml "
            "a day?", [[f"{v} oz" for v in forms(oz)] + [f"{v} fl oz" for v in forms(oz)],
                       [f"{ml * feeds} ml", f"{ml * feeds}ml"]])


def height_feet_to_cm_bmi(r: random.Random) -> Made:  # feet+inches to cm, with BMI from kg
    ft, inch, w = r.randint(5, 6), r.randint(0, 11), r.randint(45, 120)
    h = (ft * FOOT + inch * INCH)
    b = F(w) / (h * h)
    if tie(b, 1) or not ok(h * 100, b):
        return None
    return (f"{ft} foot {inch}, {w} kilos. height in cm and BMI?",
            [cm(h * 100), named(BMI, b, 1) + named(BMI, b)])


def training_volume_miles(r: random.Random) -> Made:  # weekly km to miles and average per run
    runs = [r.randint(4, 25) for _ in range(r.randint(3, 6))]
    t = F(sum(runs))
    mi = t / MILE
    if not ok(mi, t / len(runs)):
        return None
    return (f"runs this week (km): {', '.join(map(str, runs))}. weekly total in miles, average "
            "run in km?", [miles(mi), km(t / len(runs))])


def heat_index_cooking(r: random.Random) -> Made:  # meat thermometer F to C and back
    f, c = r.choice([145, 155, 160, 165, 170, 180, 190, 200]), r.randint(50, 90)
    fc, cf = (F(f) - 32) * F(5, 9), F(c * 9, 5) + 32
    if not ok(fc, cf):
        return None
    return (f"meat probe: safe temp is {f}°F — what's that in °C? my probe reads {c}°C, what's "
            "that in °F?", [deg_c(fc), deg_f(cf)])


def weight_gain_grams(r: random.Random) -> Made:  # pounds gained to kg and grams per week
    lb, wk = r.randint(2, 20), r.randint(2, 12)
    k = F(lb) * LB
    g = k * 1000 / wk
    if not ok(k, g):
        return None
    return (f"gained {lb} lb over {wk} weeks. kg? grams per week?", [kg(k), unit(g, "g", "grams")])


def liquid_dose_tsp(r: random.Random) -> Made:  # ml to teaspoons and a daily amount
    ml, times = r.choice([2.5, 5, 7.5, 10, 12.5, 15]), r.choice([2, 3, 4])
    tsp = F(str(ml)) / 5
    return (f"doctor said {ml:g} ml {times}x a day. how many teaspoons (5 ml) per dose, and ml "
            "per day?", [[f"{v} teaspoon" for v in forms(tsp)] + [f"{v} tsp" for v in forms(tsp)],
                         [f"{v} ml" for v in forms(F(str(ml)) * times)]])


def hiking_elevation(r: random.Random) -> Made:  # feet to metres, and climb rate
    ft, hrs = r.randint(1000, 6000), r.randint(2, 6)
    m = F(ft) * FOOT
    if not ok(m, m / hrs):
        return None
    return (f"we climbed {ft} ft in {hrs} hours. in metres? metres per hour?",
            [unit(m, "m", "metres", "meters"), unit(m / hrs, "m", "metres", "meters")])


def suitcase_limit(r: random.Random) -> Made:  # kg limit to lb, and over by how much
    lim, bag = r.choice([20, 23, 32]), r.randint(40, 80)
    lim_lb = F(lim) / LB
    over = F(bag) - lim_lb
    if not ok(lim_lb, over) or over <= 0:
        return None
    return (f"airline limit is {lim} kg and my bag weighs {bag} lb. what's the limit in lb and "
            "how many lb over am I?", [lbs(lim_lb), lbs(over)])


def calories_food_oz(r: random.Random) -> Made:  # oz of food to grams, then calories
    oz, per100 = r.randint(3, 16), r.randint(80, 400)
    g = F(oz) * OZ
    kc = g * per100 / 100
    if not ok(g, kc):
        return None
    return (f"{oz} oz of cheese, label says {per100} kcal per 100 g. grams? calories?",
            [unit(g, "g", "grams"), forms(kc)])


def sauna_temp(r: random.Random) -> Made:  # two temperatures and the difference in C
    a, b = r.randint(150, 200), r.randint(60, 100)
    ca, cb = (F(a) - 32) * F(5, 9), (F(b) - 32) * F(5, 9)
    if not ok(ca, cb, ca - cb):
        return None
    return (f"sauna is {a}°F and the cold plunge {b}°F. both in celsius, and the difference?",
            [deg_c(ca), deg_c(cb), forms(ca - cb)])


def pace_to_speed(r: random.Random) -> Made:  # min per km to km/h and mph
    pace = F(r.randint(40, 80), 10)
    kmh = 60 / pace
    mph = kmh / MILE
    if not ok(kmh, mph):
        return None
    return (f"my pace is {float(pace)} min/km. what's that in km/h and mph?",
            [[f"{v} km/h" for v in forms(kmh)], [f"{v} mph" for v in forms(mph)]])


def litres_sweat(r: random.Random) -> Made:  # weight before and after exercise
    before, after = F(r.randint(600, 900), 10), r.randint(2, 20)
    lost = F(after, 10)
    pb = before / LB
    if not ok(pb, lost * F(15, 10)):
        return None
    return (f"weighed {float(before)} kg before my run and {float(before - lost)} kg after. "
            "how much did i lose, in kg, and to rehydrate at 1.5 L per kg lost, how much to drink?",
            [kg(lost), litres(lost * F(15, 10))])


HEALTH_2 = gather(bmi_two_people, bmi_stone, hr_zones_two, dose_schedule_twelve,
                  water_glasses_oz, bmr_female_pounds, fever_two_readings, walk_calories,
                  infant_feed, height_feet_to_cm_bmi, training_volume_miles, heat_index_cooking,
                  weight_gain_grams, liquid_dose_tsp, hiking_elevation, suitcase_limit,
                  calories_food_oz, sauna_temp, pace_to_speed, litres_sweat)
