"""Round 13 (``K_m_*``, dev now): health calculations with a conversion or a second figure,
and unit conversions chained with arithmetic."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_multi_common import (
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Made,
    clock,
    deg_c,
    deg_f,
    dp12,
    need,
    num,
    ok2,
    r2,
    register,
    tie,
    unit,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
fam = register(FAMILIES)
BMI = ["BMI", "bmi", "body mass index"]
GALLON = F(3785411784, 10 ** 9)
FLOZ = F(295735295625, 10 ** 10)
KG = ("kg", "kilograms", "kilos")
KM = ("km", "kilometres", "kilometers")


def bmi_ok(b: F) -> None:
    need(not tie(b, 1))
    ok2(b)


def bpm(x: F) -> list[str]:
    return unit(x, "bpm", "beats per minute", "beats/min", places=0)


@fam
def bmi_imperial(r: random.Random) -> Made:  # pounds and feet/inches: kilos and BMI
    lb, ft = r.randint(110, 260), r.randint(5, 6)
    inch = r.randint(0, 11 if ft == 5 else 4)
    kg = lb * LB
    m = (12 * ft + inch) * INCH
    b = kg / (m * m)
    bmi_ok(b)
    ok2(kg)
    return (f"im {ft}'{inch}\" and {lb} lbs. what's that in kg and what's my bmi?",
            [unit(r2(kg), *KG), dp12(b)])


@fam
def bmi_then_target(r: random.Random) -> Made:  # BMI, and the weight for a BMI of 25
    kg, cm = r.randint(70, 130), r.randint(155, 195)
    m = F(cm, 100)
    b = kg / (m * m)
    target = 25 * m * m
    bmi_ok(b)
    ok2(target)
    need(b > 25)
    return (f"I'm {cm} cm and weigh {kg} kg. What's my BMI, and what would I have to weigh to "
            "get it down to 25?", [dp12(b), unit(r2(target), *KG)])


@fam
def max_hr_zone(r: random.Random) -> Made:  # max heart rate (220 - age) and a zone's bounds
    age, lo = r.randint(18, 75), r.choice([50, 60, 70])
    mx = 220 - age
    a, b = F(mx * lo, 100), F(mx * (lo + 10), 100)
    need(a.denominator == 1 and b.denominator == 1)
    return (f"age {age}. using 220 minus age, what's my max heart rate and what's the "
            f"{lo}-{lo + 10}% zone in bpm?", [bpm(F(mx)), num(a), num(b)])


@fam
def hr_zone_percent(r: random.Random) -> Made:  # a max heart rate and a percentage of it
    age, pct = r.randint(20, 70), r.choice([65, 75, 80, 85, 90])
    mx = 220 - age
    z = F(mx * pct, 100)
    need(z.denominator == 1)
    return (f"For a {age} year old, max heart rate by the 220-age rule, and {pct}% of it?",
            [num(mx), bpm(z)])


@fam
def dose_schedule(r: random.Random) -> Made:  # next three dose times
    start, gap = r.randint(6, 11), r.choice([4, 6, 8])
    m0 = start * 60 + r.choice([0, 30])
    return (f"took my first tablet at {clock(m0)[0]}, it's one every {gap} hours. when are the "
            "next three?", [clock(m0 + gap * 60), clock(m0 + 2 * gap * 60),
                            clock((m0 + 3 * gap * 60) % 1440)])


@fam
def daily_mg_to_grams(r: random.Random) -> Made:  # mg per day, and in grams
    mg, gap = r.choice([250, 400, 500, 200, 325]), r.choice([4, 6, 8, 12])
    per_day = mg * 24 // gap
    return (f"{mg} mg every {gap} hours - how many doses a day and how much is that in total, "
            "in grams?", [num(24 // gap), unit(F(per_day, 1000), "g", "grams")])


@fam
def water_per_kg(r: random.Random) -> Made:  # water at 35 ml per kg, in litres and glasses
    kg = r.randint(45, 120)
    ml = 35 * kg
    glasses = F(ml, 250)
    ok2(glasses)
    return (f"if I should drink 35 ml of water per kg and I weigh {kg} kg, how many litres is "
            "that a day, and how many 250 ml glasses?",
            [unit(F(ml, 1000), "L", "litres", "liters", "l"), num(r2(glasses))])


@fam
def fever_and_dose(r: random.Random) -> Made:  # temperature in Fahrenheit, and a next dose
    c10, start = r.randint(375, 405), r.randint(13, 22)
    c = F(c10, 10)
    f = c * 9 / 5 + 32
    ok2(f)
    return (f"my daughter's temp is {float(c):.1f} °C, what is it in fahrenheit? she had calpol at "
            f"{start}:00 and it's every 4 hours, when's the next one?",
            [deg_f(r2(f)), clock(((start + 4) % 24) * 60)])


@fam
def pace_and_mph(r: random.Random) -> Made:  # a run: pace per km and speed in mph
    km, mins = r.choice([5, 10, 8, 12, 21]), r.randint(20, 130)
    pace = F(mins, km)
    mph = F(km * 60, mins) / MILE
    ok2(mph)
    need(pace.denominator in (1, 2, 4))
    sec = int(pace * 60) % 60
    return (f"ran {km} km in {mins} minutes. what was my pace per km and my speed in mph?",
            [[f"{int(pace)}:{sec:02d}", f"{int(pace)} min {sec} s",
              f"{int(pace)} minutes {sec} seconds", *num(pace)],
             unit(r2(mph), "mph", "miles per hour")])


@fam
def bmr_mifflin(r: random.Random) -> Made:  # BMR (Mifflin-St Jeor, male), then x1.55 activity
    kg, cm, age = r.randint(55, 110), r.randint(160, 195), r.randint(20, 70)
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + 5
    tdee = bmr * F(155, 100)
    ok2(bmr, tdee)
    return (f"man, {age}, {cm} cm, {kg} kg: BMR with Mifflin-St Jeor, then times 1.55 for "
            "moderate activity", [num(r2(bmr)), num(r2(tdee))])


@fam
def weight_loss_weeks(r: random.Random) -> Made:  # weekly loss over weeks, in kg and pounds
    per, weeks = r.choice([F(1, 2), F(3, 4), F(1), F(1, 4)]), r.randint(4, 30)
    kg = per * weeks
    lb = kg / LB
    ok2(lb)
    return (f"losing {float(per):g} kg a week for {weeks} weeks - how much is that in kg and "
            "in pounds?", [unit(kg, *KG), unit(r2(lb), "lb", "pounds", "lbs")])


@fam
def baby_weight(r: random.Random) -> Made:  # a newborn's pounds and ounces in grams and kg
    lb, oz = r.randint(5, 9), r.randint(0, 15)
    g = lb * LB * 1000 + oz * OZ
    ok2(g, g / 1000)
    return (f"our baby was born at {lb} lb {oz} oz! how many grams is that, and kilograms?",
            [unit(r2(g), "g", "grams"), unit(r2(g / 1000), *KG)])


@fam
def steps_to_distance(r: random.Random) -> Made:  # steps x stride: km and miles
    steps, stride = r.randint(4000, 20000), r.choice([F(7, 10), F(3, 4), F(8, 10)])
    km = steps * stride / 1000
    mi = km / MILE
    ok2(km, mi)
    return (f"{steps} steps today with a {float(stride)} m stride. how far in km and in miles?",
            [unit(r2(km), *KM), unit(r2(mi), "miles", "mi")])


@fam
def syrup_course(r: random.Random) -> Made:  # liquid medicine: total ml over days, bottles
    ml, times, days = r.choice([5, 10, 15]), r.choice([2, 3, 4]), r.randint(5, 14)
    total = ml * times * days
    bottle = r.choice([100, 150, 200])
    need(total % bottle != 0)
    return (f"{ml} ml {times} times a day for {days} days. total ml? how many {bottle} ml "
            "bottles do i need?", [unit(F(total), "ml", "mL", "millilitres"),
                                    num(total // bottle + 1)])


@fam
def oven_and_weight(r: random.Random) -> Made:  # an oven temperature and a weight in grams
    f, oz = r.choice([325, 350, 375, 400, 425, 450]), r.randint(4, 32)
    c = F(f - 32) * 5 / 9
    g = oz * OZ
    ok2(c, g)
    return (f"recipe says {f}F and {oz} oz of flour. convert both to metric please",
            [deg_c(r2(c)), unit(r2(g), "g", "grams")])


@fam
def marathon_split(r: random.Random) -> Made:  # a race distance in miles, and the pace
    hrs, mins = r.randint(3, 5), r.randint(0, 59)
    total = hrs * 60 + mins
    miles = F(42195, 1000) / MILE
    pace = total / miles
    ok2(pace)
    return (f"marathon is 42.195 km right? how many miles, and if i finish in {hrs}h{mins:02d} "
            "what's my average minutes per mile?", [unit(r2(miles), "miles", "mi"),
                                                    num(r2(pace))])


@fam
def speed_units(r: random.Random) -> Made:  # km/h in m/s and mph
    kmh = r.randint(15, 160)
    ms, mph = F(kmh * 1000, 3600), F(kmh) / MILE
    ok2(ms, mph)
    return (f"{kmh} km/h in metres per second, and in mph?",
            [unit(r2(ms), "m/s", "metres per second", "meters per second"),
             unit(r2(mph), "mph", "miles per hour")])


@fam
def fuel_gallons_cost(r: random.Random) -> Made:  # litres into US gallons, then a cost
    litres, price = r.randint(20, 80), r.choice([F(7, 2), F(4), F(9, 2), F(3)])
    gal = litres / GALLON
    cost = gal * price
    ok2(gal, cost)
    need(r2(r2(gal) * price) == r2(cost))
    return (f"Filled up {litres} litres. How many US gallons is that, and at "
            f"${float(price):.2f} a gallon what would it cost?",
            [unit(r2(gal), "gallons", "gal", "US gallons"), num(r2(cost)), ])


@fam
def tv_inches(r: random.Random) -> Made:  # a TV size in cm, and the width at 16:9 as a check
    inch = r.randint(24, 86)
    cm = inch * INCH * 100
    ok2(cm, cm / 100)
    return (f"is a {inch} inch telly big? give me the diagonal in cm, and in metres",
            [unit(r2(cm), "cm", "centimetres", "centimeters"),
             unit(r2(cm / 100), "m", "metres", "meters")])


@fam
def height_both_ways(r: random.Random) -> Made:  # cm into feet and inches, and into metres
    cm = r.randint(150, 200)
    total_in = F(cm, 100) / INCH
    ft, rest = int(total_in // 12), total_in - 12 * int(total_in // 12)
    ok2(rest)
    return (f"how tall is {cm} cm in feet and inches? and in metres?",
            [[f"{ft} ft {float(r2(rest)):g} in", f"{ft}'{float(r2(rest)):g}",
              f"{ft} feet {float(r2(rest)):g} inches", f"{ft} ft {fmt_in(rest)}"],
             unit(F(cm, 100), "m", "metres", "meters")])


def fmt_in(x: F) -> str:
    return f"{float(r2(x)):.1f} in"


@fam
def stone_and_kg(r: random.Random) -> Made:  # stone and pounds to kg, then BMI
    st, lb, cm = r.randint(8, 17), r.randint(0, 13), r.randint(155, 190)
    kg = (14 * st + lb) * LB
    b = kg / (F(cm, 100) ** 2)
    ok2(kg)
    bmi_ok(b)
    return (f"I'm {st} stone {lb} and {cm}cm. Weight in kg? BMI?", [unit(r2(kg), *KG), dp12(b)])


@fam
def kcal_to_kj(r: random.Random) -> Made:  # a meal's calories in kJ, and the day's share
    kcal, day = r.randint(250, 1100), r.choice([2000, 2500])
    kj = kcal * F(4184, 1000)
    share = F(kcal * 100, day)
    ok2(kj, share)
    return (f"a {kcal} kcal lunch, how many kJ is that and what % of a {day} kcal day?",
            [unit(r2(kj), "kJ", "kilojoules"), [f"{v}%" for v in num(r2(share))]])


@fam
def tyre_pressure(r: random.Random) -> Made:  # psi to bar, for two tyres
    front, back = r.randint(28, 36), r.randint(30, 42)
    need(front != back)
    psi = F(6894757293168, 10 ** 9) / 100000
    a, b = front * psi, back * psi
    ok2(a, b)
    return (f"manual says {front} psi front and {back} psi rear but the pump is in bar. convert?",
            [unit(r2(a), "bar"), unit(r2(b), "bar")])


@fam
def fluid_ounces_bottle(r: random.Random) -> Made:  # fl oz in ml, and a daily total
    oz, n = r.choice([8, 12, 16, 20, 24, 32]), r.randint(2, 6)
    ml = oz * FLOZ
    ok2(ml, ml * n / 1000)
    return (f"My water bottle is {oz} US fl oz. How many ml is it, and if I drink {n} of them a "
            "day how many litres is that?", [unit(r2(ml), "ml", "mL", "millilitres"),
                                              unit(r2(ml * n / 1000), "L", "litres", "liters")])


@fam
def room_area_feet(r: random.Random) -> Made:  # a room in feet: area in m² and ft²
    a, b = r.randint(8, 25), r.randint(8, 25)
    sqm = a * b * F(3048, 10000) ** 2
    ok2(sqm)
    return (f"room is {a} ft by {b} ft. area in square feet and square metres?",
            [[f"{a * b} sq ft", f"{a * b} ft²", f"{a * b} square feet", f"{a * b} ft2"],
             unit(r2(sqm), "m²", "square metres", "square meters", "m2", "sq m")])


@fam
def walk_calorie_time(r: random.Random) -> Made:  # a walk's distance in miles, time at a pace
    km, speed = r.randint(3, 25), r.choice([4, 5, 6])
    mins = F(km * 60, speed)
    mi = km / MILE
    ok2(mi)
    need(mins.denominator == 1)
    return (f"thinking of walking {km} km at {speed} km/h. how long will it take in minutes, and "
            "how many miles is it?", [unit(mins, "minutes", "min", "mins"),
                                      unit(r2(mi), "miles", "mi")])


@fam
def infant_dose_by_weight(r: random.Random) -> Made:  # mg per kg dose, and ml of a syrup
    kg, per = r.randint(6, 30), r.choice([10, 15])
    mg = kg * per
    conc = r.choice([F(24), F(25), F(50)])  # mg per 5 ml
    ml = mg * 5 / conc
    ok2(ml)
    return (f"dose is {per} mg per kg and my child is {kg} kg. how many mg? the syrup is "
            f"{conc} mg per 5 ml, so how many ml?", [unit(F(mg), "mg", "milligrams"),
                                                     unit(r2(ml), "ml", "mL", "millilitres")])
