"""Round 12 multi-part families (``P_m_*``, dev now): health calculations with a unit
conversion, and everyday conversions whose result is used again."""

from __future__ import annotations

import random

from bench.data.agents.heldout12_multi_common import (
    FOOT,
    GALLON,
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Fraction,
    Item,
    clock,
    forms,
    money,
    multi,
    named,
    tie,
    unit,
)
from bench.data.agents.helpers import Family

BMI = ["BMI", "bmi", "body mass index"]


def ok(*values: Fraction, places: int = 2) -> bool:
    return not any(tie(v, places) for v in values)


def one_or_two(x: Fraction) -> list[str]:
    """A value a reply may give to one decimal or to two."""
    return list(dict.fromkeys([*forms(x, 1), *forms(x)]))


def bmi(x: Fraction) -> list[str]:
    return list(dict.fromkeys([*named(BMI, x, 1), *named(BMI, x), *one_or_two(x)]))


def kcal(x: Fraction) -> list[str]:
    return list(dict.fromkeys([*unit(x, "kcal", "calories", "kcal/day", "cal"),
                               *unit(x, "kcal", "calories", "kcal/day", places=0)]))


def p_m_bmi_from_pounds(rng: random.Random) -> Item:  # pounds to kilos, then BMI
    lb, cm = rng.randint(110, 260), rng.randint(150, 198)
    kg = lb * LB
    value = kg / (F(cm, 100) ** 2)
    if not ok(kg, value) or not ok(value, places=1):
        return p_m_bmi_from_pounds(rng)
    return multi("P_m_bmi_from_pounds", f"I'm {cm} cm and {lb} lbs. What's my weight in kg and "
                 "what's my BMI?", [unit(kg, "kg", "kilograms", "kilos"), bmi(value)])


def p_m_bmi_feet_inches(rng: random.Random) -> Item:  # feet and inches to cm, then BMI
    ft, inch, kg = rng.randint(4, 6), rng.randint(0, 11), rng.randint(45, 120)
    cm = (12 * ft + inch) * INCH
    value = kg / (cm / 100) ** 2
    if not ok(cm, value) or not ok(value, places=1) or (ft, inch) < (4, 8):
        return p_m_bmi_feet_inches(rng)
    return multi("P_m_bmi_feet_inches", f"height {ft}'{inch}\", weight {kg}kg. height in cm? "
                 "and bmi?", [unit(cm, "cm", "centimetres", "centimeters"), bmi(value)])


def p_m_bmr_then_week(rng: random.Random) -> Item:  # Mifflin-St Jeor BMR, then for a week
    kg, cm, age = rng.randint(50, 110), 4 * rng.randint(39, 49), rng.randint(20, 70)
    male = rng.random() < 0.5
    value = F(10 * kg) + F(625, 100) * cm - 5 * age + (5 if male else -161)
    who = "man" if male else "woman"
    return multi("P_m_bmr_then_week", f"{age} year old {who}, {kg} kg, {cm} cm. BMR using "
                 "Mifflin-St Jeor, and how many calories is that over a whole week?",
                 [kcal(value), kcal(7 * value)])


def p_m_max_hr_zone(rng: random.Random) -> Item:  # max heart rate and a training band
    age = rng.randint(18, 75)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    top = 220 - age
    a, b = F(top * lo, 100), F(top * hi, 100)
    if not ok(a, b, places=0):
        return p_m_max_hr_zone(rng)
    bpm = ["bpm", "beats per minute", "beats/min"]
    return multi("P_m_max_hr_zone", f"im {age}. using 220 minus age, whats my max heart rate, "
                 f"and what range is {lo}-{hi}% of it?", [unit(F(top), *bpm),
                                                           [str(round(a))], [str(round(b))]])


def p_m_water_litres_cups(rng: random.Random) -> Item:  # water per day, in litres and cups
    kg = rng.randint(45, 120)
    ml = 35 * kg
    cups = F(ml, 250)
    if not ok(cups, places=1):
        return p_m_water_litres_cups(rng)
    return multi("P_m_water_litres_cups", f"At 35 ml of water per kilo of body weight, how much "
                 f"should I drink a day at {kg} kg? In litres, and how many 250 ml glasses is "
                 "that?", [unit(F(ml, 1000), "L", "litres", "liters", "l", places=3) +
                           unit(F(ml), "ml", "mL"),
                           [*forms(cups, 1), *forms(cups)]])


def p_m_dose_times(rng: random.Random) -> Item:  # next two doses from a start time
    h, m, every = rng.randint(6, 11), rng.choice([0, 10, 15, 20, 30, 40, 45, 50]), rng.choice(
        [4, 5, 6, 8])
    start = 60 * h + m
    return multi("P_m_dose_times", f"took my first antibiotic at {h}:{m:02d} am, it's every "
                 f"{every} hours. when are the next two doses?",
                 [clock(start + 60 * every), clock(start + 120 * every)])


def p_m_child_dose_ml(rng: random.Random) -> Item:  # mg by body weight in pounds, then ml
    lb, per = rng.randint(20, 80), rng.choice([10, 15])
    strength = rng.choice([(120, 5), (160, 5), (250, 5)])
    mg = lb * LB * per
    ml = mg / F(*strength)
    if not ok(mg, ml, places=1) or not ok(mg, ml):
        return p_m_child_dose_ml(rng)
    return multi("P_m_child_dose_ml", f"my kid weighs {lb} lb. the leaflet says {per} mg per kg "
                 f"per dose and the syrup is {strength[0]} mg per {strength[1]} ml. how many mg "
                 "is one dose, and how many ml?",
                 [unit(mg, "mg", "milligrams", places=1) + unit(mg, "mg", "milligrams"),
                  unit(ml, "ml", "mL", "millilitres", places=1) + unit(ml, "ml", "mL",
                                                                         "millilitres")])


def p_m_pace_and_mph(rng: random.Random) -> Item:  # a run: pace per km and speed in mph
    km, minutes = rng.choice([5, 10, 21]), 0
    minutes = rng.randint(4 * km, 7 * km)
    pace = F(minutes, km)
    mph = F(km) / MILE / F(minutes, 60)
    sec = pace * 60
    if sec.denominator != 1 or not ok(mph):
        return p_m_pace_and_mph(rng)
    p_min, p_sec = divmod(int(sec), 60)
    return multi("P_m_pace_and_mph", f"ran {km}k in {minutes} minutes. what's my pace per km "
                 "and my average speed in mph?",
                 [[f"{p_min}:{p_sec:02d}", f"{p_min} min {p_sec} s", f"{p_min}m {p_sec}s",
                   f"{p_min} minutes {p_sec} seconds"], unit(mph, "mph", "miles per hour")])


def p_m_fever_both_ways(rng: random.Random) -> Item:  # two temperature conversions
    f10, c = rng.randint(970, 1040), rng.randint(35, 41)
    fahr = F(f10, 10)
    cel = (fahr - 32) * 5 / 9
    back = F(c * 9, 5) + 32
    if not ok(cel, back):
        return p_m_fever_both_ways(rng)
    return multi("P_m_fever_both_ways", f"thermometer says {f10 / 10:.1f}°F — what's that in "
                 f"celsius? and what's {c} °C in fahrenheit?",
                 [unit(cel, "°C", "degrees Celsius", "C", "Celsius"),
                  unit(back, "°F", "degrees Fahrenheit", "F", "Fahrenheit")])


def p_m_recipe_scale_oz(rng: random.Random) -> Item:  # scale a recipe, then grams to ounces
    grams, serves, want = rng.choice([150, 200, 250, 300, 350, 400, 450]), rng.choice(
        [2, 4, 6]), rng.randint(3, 12)
    need = F(grams * want, serves)
    oz = need / OZ
    if want == serves or not ok(need, oz):
        return p_m_recipe_scale_oz(rng)
    return multi("P_m_recipe_scale_oz", f"a cake recipe uses {grams} g of flour and serves "
                 f"{serves}. I need to feed {want}. how much flour is that in grams, and in "
                 "ounces?", [unit(need, "g", "grams"), unit(oz, "oz", "ounces")])


def p_m_gallons_cost(rng: random.Random) -> Item:  # gallons to litres, then a fuel bill
    gal, cents = rng.randint(5, 25), rng.randint(139, 219)
    litres = gal * GALLON
    cost = litres * F(cents, 100)
    if not ok(litres, cost):
        return p_m_gallons_cost(rng)
    return multi("P_m_gallons_cost", f"My tank holds {gal} US gallons. How many litres is that, "
                 f"and what would filling it cost at €{cents / 100:.2f} a litre?",
                 [unit(litres, "L", "litres", "liters", "l"), money(cost, "EUR")])


def p_m_mpg_to_l100(rng: random.Random) -> Item:  # mpg to litres per 100 km, then a trip
    mpg, trip = rng.randint(18, 60), rng.randint(80, 900)
    l100 = 100 * GALLON / (mpg * MILE)
    used = l100 * trip / 100
    if not ok(l100, used):
        return p_m_mpg_to_l100(rng)
    return multi("P_m_mpg_to_l100", f"car does {mpg} mpg (US). what's that in L/100km and how "
                 f"many litres would a {trip} km trip use?",
                 [unit(l100, "L/100km", "L/100 km", "litres per 100 km", "l/100km"),
                  unit(used, "L", "litres", "liters", "l")])


def p_m_kmh_mph_time(rng: random.Random) -> Item:  # a speed limit in mph, a journey's time
    kmh, km = rng.choice([30, 50, 60, 80, 90, 100, 110, 120, 130]), rng.randint(20, 400)
    mph = F(kmh) / MILE
    minutes = F(km * 60, kmh)
    if not ok(mph) or minutes.denominator != 1:
        return p_m_kmh_mph_time(rng)
    h, m = divmod(int(minutes), 60)
    hrs = "hour" if h == 1 else "hours"
    spoken = [f"{h} {hrs} {m} minutes", f"{h}h {m}m", f"{h} h {m} min", f"{h}:{m:02d}",
              f"{h} {hrs} and {m} minutes", f"{h} hr {m} min", f"{h}h{m:02d}"] if h else [
        f"{m} minutes", f"{m} min"]
    if h and not m:
        spoken += [f"{h} {hrs}", f"{h}h", f"{h} h"]
    return multi("P_m_kmh_mph_time", f"The limit is {kmh} km/h. What's that in mph, and how "
                 f"long does {km} km take at that speed?", [unit(mph, "mph", "miles per hour"),
                                                            spoken])


def p_m_room_sqft_m2(rng: random.Random) -> Item:  # a room in feet: area, and in m²
    a, b = rng.randint(8, 30), rng.randint(8, 30)
    m2 = a * b * FOOT * FOOT
    if not ok(m2):
        return p_m_room_sqft_m2(rng)
    return multi("P_m_room_sqft_m2", f"bedroom is {a} ft by {b} ft. area in square feet and in "
                 "square metres?", [unit(F(a * b), "sq ft", "square feet", "ft²", "ft^2"),
                                    unit(m2, "m²", "square metres", "m^2", "sq m",
                                         "square meters")])


def p_m_paint_wall(rng: random.Random) -> Item:  # a wall's area, then tins of paint
    w, h, cover = rng.randint(3, 12), rng.choice([F(5, 2), F(27, 10), F(3)]), rng.choice(
        [10, 12, 14])
    area = w * h
    litres = area / cover
    if not ok(litres):
        return p_m_paint_wall(rng)
    return multi("P_m_paint_wall", f"I'm painting a wall {w} m wide and {float(h):g} m high. "
                 f"What's the area, and how many litres of paint at {cover} m² per litre for "
                 "one coat?", [unit(area, "m²", "square metres", "m^2", "sq m"),
                               unit(litres, "L", "litres", "liters", "l")])


def p_m_height_cm_m(rng: random.Random) -> Item:  # two heights in feet and inches, in cm
    a = (rng.randint(4, 6), rng.randint(0, 11))
    b = (rng.randint(4, 6), rng.randint(0, 11))
    ca, cb = (12 * a[0] + a[1]) * INCH, (12 * b[0] + b[1]) * INCH
    if a == b or not ok(ca, cb, abs(ca - cb)):
        return p_m_height_cm_m(rng)
    cm = ("cm", "centimetres", "centimeters")
    return multi("P_m_height_cm_m", f"me {a[0]} ft {a[1]} in, my partner {b[0]} ft {b[1]} in. "
                 "both in cm please, and the difference", [unit(ca, *cm), unit(cb, *cm),
                                                           unit(abs(ca - cb), *cm)])


def p_m_weight_loss_pounds(rng: random.Random) -> Item:  # kilos lost, in pounds, and per week
    start, lost, weeks = rng.randint(70, 130), rng.randint(3, 20), rng.randint(4, 16)
    lb = lost / LB
    per = F(lost, weeks)
    if not ok(lb, per):
        return p_m_weight_loss_pounds(rng)
    return multi("P_m_weight_loss_pounds", f"went from {start} kg to {start - lost} kg in "
                 f"{weeks} weeks!! how many pounds did I lose and how many kg a week on average?",
                 [unit(lb, "lb", "pounds", "lbs"), unit(per, "kg", "kilograms", "kilos")])


def p_m_bmi_target(rng: random.Random) -> Item:  # BMI now, and the weight for a target BMI
    kg, cm, goal = rng.randint(60, 120), rng.randint(155, 195), rng.choice([22, 23, 24, 25])
    m2 = F(cm, 100) ** 2
    now, target = kg / m2, goal * m2
    if not ok(now, target) or not ok(now, places=1):
        return p_m_bmi_target(rng)
    return multi("P_m_bmi_target", f"{kg}kg, {cm}cm — what's my BMI, and what would I need to "
                 f"weigh for a BMI of exactly {goal}?", [bmi(now), unit(target, "kg", "kilograms",
                                                                        "kilos")])


def p_m_steps_km_miles(rng: random.Random) -> Item:  # steps to distance, then miles
    steps, stride = rng.randint(40, 200) * 100, rng.choice([65, 70, 72, 75, 78, 80])
    km = F(steps * stride, 100000)
    miles = km / MILE
    if not ok(km, miles):
        return p_m_steps_km_miles(rng)
    return multi("P_m_steps_km_miles", f"did {steps} steps today, my stride is about {stride} cm."
                 " how far is that in km, and in miles?",
                 [unit(km, "km", "kilometres", "kilometers"), unit(miles, "miles", "mi")])


def p_m_sleep_hours(rng: random.Random) -> Item:  # hours slept over a week, and the average
    nights = [rng.randint(300, 540) for _ in range(7)]
    total, avg = F(sum(nights), 60), F(sum(nights), 7 * 60)
    if not ok(total, avg):
        return p_m_sleep_hours(rng)
    listed = ", ".join(f"{n // 60}h{n % 60:02d}" for n in nights)
    return multi("P_m_sleep_hours", f"my sleep this week: {listed}. total hours, and average "
                 "per night in hours?", [unit(total, "hours", "h", "hrs"),
                                         unit(avg, "hours", "h", "hrs")])


def p_m_caffeine_cups(rng: random.Random) -> Item:  # caffeine from cups, and what's left
    cups, mg = rng.randint(2, 6), rng.choice([80, 95, 120, 140])
    total = cups * mg
    left = 400 - total
    if left <= 0:
        return p_m_caffeine_cups(rng)
    return multi("P_m_caffeine_cups", f"had {cups} coffees at roughly {mg} mg caffeine each. "
                 "how much caffeine is that, and how much below the 400 mg daily limit am I?",
                 [unit(F(total), "mg", "milligrams"), unit(F(left), "mg", "milligrams")])


def p_m_dose_daily_max(rng: random.Random) -> Item:  # a daily total, and the time of the last dose
    tabs, mg, every = rng.choice([1, 2]), rng.choice([200, 250, 400, 500]), rng.choice([4, 6, 8])
    h = rng.randint(6, 9)
    doses = 24 // every
    return multi("P_m_dose_daily_max", f"if I take {tabs} x {mg}mg tablets every {every} hours "
                 f"starting at {h}am, how many mg is that over 24 hours and "
                 "what time is the third dose?", [unit(F(tabs * mg * doses), "mg", "milligrams"),
                                                 clock(60 * h + 120 * every)])


def p_m_cups_to_ml(rng: random.Random) -> Item:  # cups and tablespoons in millilitres
    cups, tbsp = rng.randint(1, 5), rng.randint(1, 6)
    ml_cup, ml_tbsp = cups * F(2365882365, 10**7), tbsp * F(1478676478125, 10**11)
    if not ok(ml_cup, ml_tbsp, places=0) or not ok(ml_cup, ml_tbsp):
        return p_m_cups_to_ml(rng)
    ml = ("ml", "mL", "millilitres", "milliliters")
    cup = "cup" if cups == 1 else "cups"
    return multi("P_m_cups_to_ml", f"US recipe: {cups} {cup} milk and {tbsp} "
                 "tbsp oil. both in ml?", [unit(ml_cup, *ml) + unit(ml_cup, *ml, places=0),
                         unit(ml_tbsp, *ml) + unit(ml_tbsp, *ml, places=0)])


def p_m_marathon_split(rng: random.Random) -> Item:  # marathon in miles, and time at a pace
    pace = rng.randint(270, 420)
    seconds = F(42195, 1000) * pace
    total = round(seconds)
    if tie(seconds, 0):
        return p_m_marathon_split(rng)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return multi("P_m_marathon_split", f"a marathon is 42.195 km. how many miles is that, and "
                 f"what's my finish time at {pace // 60}:{pace % 60:02d} per km?",
                 [unit(F(42195, 1000) / MILE, "miles", "mi"),
                  [f"{h}:{m:02d}:{s:02d}", f"{h}h {m}m {s}s", f"{h} hours {m} minutes {s} "
                   "seconds", f"{h}h{m:02d}m{s:02d}s"]])


MIXED: list[Family] = [
    p_m_bmi_from_pounds, p_m_bmi_feet_inches, p_m_bmr_then_week, p_m_max_hr_zone,
    p_m_water_litres_cups, p_m_dose_times, p_m_child_dose_ml, p_m_pace_and_mph,
    p_m_fever_both_ways, p_m_recipe_scale_oz, p_m_gallons_cost, p_m_mpg_to_l100,
    p_m_kmh_mph_time, p_m_room_sqft_m2, p_m_paint_wall, p_m_height_cm_m,
    p_m_weight_loss_pounds, p_m_bmi_target, p_m_steps_km_miles, p_m_sleep_hours,
    p_m_caffeine_cups, p_m_dose_daily_max, p_m_cups_to_ml, p_m_marathon_split,
]
