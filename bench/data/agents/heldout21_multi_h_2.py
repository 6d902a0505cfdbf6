"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 2: units, health."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout21_multi_h import Made, clock, fam, health, num, rnd, span
from bench.data.agents.helpers import Family

LB, INCH = F("0.4536"), F("2.54")


@fam
def feet_pounds_to_metric_bmi(rng: random.Random) -> Made:
    ft, inch, lb = rng.choice([5, 5, 6]), rng.randint(0, 11), rng.randint(110, 260)
    if ft == 6 and inch > 4:
        return None
    cm = (ft * 12 + inch) * INCH
    kg = lb * LB
    bmi = kg / (cm / 100) ** 2
    text = rng.choice(
        [
            f"I'm {ft}'{inch}\" and {lb} lbs. what's my height in cm, and my BMI? "
            "(1 in = 2.54 cm, 1 lb = 0.4536 kg, 1 decimal)",
            f"convert {ft} ft {inch} in to centimetres please, then work out BMI for that height "
            "at "
            f"{lb} pounds. use 1 lb = 0.4536 kg, round to 1 dp",
            f"Height {ft} foot {inch}, weight {lb} lb - in cm? and BMI to one decimal? (2.54 cm "
            "per "
            "inch, 0.4536 kg per lb)",
        ]
    )
    return text, [num(cm, 1), health(bmi)], {}


@fam
def stone_weight_then_bmr(rng: random.Random) -> Made:
    st, lb = rng.randint(8, 16), rng.randint(0, 13)
    age, cm = rng.randint(22, 66), rng.randint(152, 192)
    sex = rng.choice(["woman", "man"])
    kg = (st * 14 + lb) * LB
    base = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "man" else -161)
    alt = 10 * rnd(kg, 1) + F(625, 100) * cm - 5 * age + (5 if sex == "man" else -161)
    text = rng.choice(
        [
            f"I weigh {st} st {lb} lb - what is that in kg (1 dp)? then my BMR by Mifflin-St Jeor, "
            f"I'm a {age} year old {sex}, {cm} cm. nearest kcal. (1 st = 14 lb, 1 lb = 0.4536 kg)",
            f"{age}yo {sex}, {cm}cm, {st} stone {lb} pounds. Weight in kilos to one decimal and "
            "Mifflin-St Jeor BMR to the nearest calorie please (use 0.4536 kg/lb)",
        ]
    )
    return text, [num(kg, 1), list(dict.fromkeys(num(base, 0) + num(alt, 0)))], {}


@fam
def race_miles_and_pace(rng: random.Random) -> Made:
    km = rng.choice([5, 10, 21.1, 42.2])
    pace = rng.randint(270, 420)
    total = round(pace * km)
    if total != pace * km:
        return None
    miles = F(str(km)) / F("1.609")
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    shown = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    name = {5: "5k", 10: "10k", 21.1: "half marathon (21.1 km)", 42.2: "marathon (42.2 km)"}[km]
    text = rng.choice(
        [
            f"ran a {name} in {shown}! how far is that in miles (1 mi = 1.609 km, 2 dp) and what "
            "was "
            "my average pace per km?",
            f"Finished my {name} in {shown}. Pace per kilometre? And the distance in miles to 2 "
            "decimals, using 1.609 km per mile.",
        ]
    )
    pm, ps = divmod(pace, 60)
    return (
        text,
        [
            num(miles),
            [f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm}m {ps}s", f"{pm} minutes {ps} seconds"],
        ],
        {},
    )


@fam
def heart_zone_and_fever(rng: random.Random) -> Made:
    age = rng.randint(19, 68)
    lo, hi = rng.choice([(60, 70), (70, 80), (50, 60), (80, 90)])
    mx = 220 - age
    f_temp = F(rng.randint(975, 1042), 10)
    c = (f_temp - 32) * 5 / 9
    text = rng.choice(
        [
            f"two things: (1) my {lo}-{hi}% heart rate zone if I'm {age} (max = 220 - age), whole "
            f"bpm; (2) my kid's temp is {float(f_temp)}F, what's that in celsius to 1 dp?",
            f"Age {age}, max HR 220 minus age - what bpm is {lo}% to {hi}%? Also convert "
            f"{float(f_temp)} °F to °C, one decimal.",
        ]
    )
    low, high = F(mx * lo, 100), F(mx * hi, 100)
    return text, [num(low, 0), num(high, 0), num(c, 1)], {}


@fam
def water_then_bottles(rng: random.Random) -> Made:
    lb = rng.randint(105, 280)
    per = rng.choice([30, 33, 35, 40])
    bottle = rng.choice([500, 750, 330, 600])
    ml = lb * LB * per
    n = -(-ml // bottle)
    text = rng.choice(
        [
            f"I'm {lb} lb. if I should drink {per} ml of water per kg, how many litres a day is "
            "that "
            f"(2 dp)? and how many {bottle} ml bottles do i need to buy for one day? (1 lb = "
            "0.4536 "
            "kg)",
            f"daily water at {per} mL/kg for someone who weighs {lb} pounds (0.4536 kg per lb) - "
            f"litres to two decimals, then number of {bottle}ml bottles, rounded up",
        ]
    )
    return text, [num(ml / 1000), [str(n)]], {}


@fam
def miles_to_km_then_cycle_time(rng: random.Random) -> Made:
    miles = rng.choice([12, 15, 18, 22, 26.2, 31, 40, 50])
    speed = rng.choice([16, 18, 20, 22, 24, 25])
    km = F(str(miles)) * F("1.609")
    mins = km / speed * 60
    whole = int(rnd(mins, 0))
    text = rng.choice(
        [
            f"convert {miles} miles to km (1 mile = 1.609 km, 2 dp), then how long would that take "
            "me "
            f"cycling at {speed} km/h? nearest minute",
            f"How many km is {miles} mi? use 1.609, 2 dp. And at an average of {speed} km/h how "
            "long is "
            "the ride, to the nearest minute?",
        ]
    )
    return text, [num(km), span(whole)], {}


@fam
def walls_area_then_paint(rng: random.Random) -> Made:
    length, width = F(rng.randint(25, 60), 10), F(rng.randint(20, 50), 10)
    height = F(rng.choice([24, 25, 26, 27, 30]), 10)
    cover, coats = rng.choice([10, 12, 13, 14]), rng.choice([2, 2, 3])
    area = 2 * (length + width) * height
    litres = area * coats / cover
    text = rng.choice(
        [
            f"my bedroom is {float(length)} m x {float(width)} m and {float(height)} m high. whats "
            f"the total wall area (ignore door/window)? paint covers {cover} m² per litre and i "
            "want "
            f"{coats} coats, how many litres? 2 decimals",
            f"Room {float(length)}m by {float(width)}m, ceiling {float(height)}m. Work out the "
            "area "
            f"of the four walls, then litres of paint for {coats} coats at {cover} sq m per litre "
            "(round to 2 dp).",
        ]
    )
    return text, [num(area), num(litres)], {}


@fam
def recipe_scaled_cups_to_ml(rng: random.Random) -> Made:
    serves, want = rng.choice([4, 6, 8]), rng.choice([3, 5, 10, 12, 14, 15])
    if want == serves:
        return None
    cups = F(rng.choice([1, 3, 5, 7, 9]), rng.choice([2, 4, 1]))
    ing = rng.choice(["flour", "milk", "sugar", "rice", "stock"])
    need = cups * want / serves
    ml = need * 240
    text = rng.choice(
        [
            f"recipe serves {serves} and uses {float(cups):g} cups of {ing}. I'm cooking for "
            f"{want} "
            "- how many cups, and how many ml is that? (1 cup = 240 ml)",
            f"Scaling a recipe from {serves} to {want} people: it needs {float(cups):g} cups "
            f"{ing}. "
            "New amount in cups (2 dp) and in millilitres at 240 ml/cup?",
        ]
    )
    return text, [num(need), num(ml, 1)], {}


@fam
def trip_fuel_cost(rng: random.Random) -> Made:
    miles = rng.randint(120, 650)
    l100 = F(rng.randint(45, 95), 10)
    price = F(rng.randint(149, 199), 100)
    km = miles * F("1.609")
    cost = km * l100 / 100 * price
    text = rng.choice(
        [
            f"road trip is {miles} miles. 1 mile = 1.609 km - how many km? my car does "
            f"{float(l100)} "
            f"L/100km and fuel is €{float(price):.2f}/L, so what will the fuel cost? round to "
            "cents",
            f"Driving {miles} mi (use 1.609 km per mile). Distance in km (2 dp) please, and fuel "
            "cost "
            "at "
            f"{float(l100)} litres per 100 km and {float(price):.2f} per litre?",
        ]
    )
    return text, [num(km), num(cost)], {}


@fam
def child_dose_by_weight(rng: random.Random) -> Made:
    lb = rng.randint(22, 88)
    mgkg = rng.choice([10, 12, 15])
    kg = lb * LB
    dose = kg * mgkg
    text = rng.choice(
        [
            f"my daughter weighs {lb} lb. what's that in kg (1 lb = 0.4536 kg), and the dose at "
            f"{mgkg} mg per kg? 1 decimal for both",
            f"Weight {lb} pounds -> kg (0.4536) to one decimal, and then {mgkg} mg/kg dose in mg "
            "to "
            "1 dp please",
        ]
    )
    alt = rnd(kg, 1) * mgkg
    return text, [num(kg, 1), list(dict.fromkeys(num(dose, 1) + num(alt, 1)))], {}


@fam
def week_temps_f_mean_c(rng: random.Random) -> Made:
    temps = [rng.randint(55, 101) for _ in range(7)]
    mean = F(sum(temps), 7)
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    listing = rng.choice(
        [
            ", ".join(map(str, temps)),
            ", ".join(f"{d} {t}" for d, t in zip(days, temps, strict=True)),
        ]
    )
    text = rng.choice(
        [
            f"highs this week in F: {listing}. average in F and also in C? 1 decimal",
            f"Daily max temps (°F) - {listing}. Give me the mean, then convert that mean to "
            "Celsius, "
            "both to one decimal place.",
        ]
    )
    return (
        text,
        [
            num(mean, 1),
            list(dict.fromkeys(num((mean - 32) * 5 / 9, 1) + num((rnd(mean, 1) - 32) * 5 / 9, 1))),
        ],
        {},
    )


@fam
def oven_c_to_f_and_done_time(rng: random.Random) -> Made:
    c = rng.choice([160, 170, 175, 180, 190, 200, 210, 220, 230])
    f_val = F(c * 9, 5) + 32
    start = rng.randint(16 * 60, 20 * 60 + 30)
    bake = rng.choice([25, 35, 40, 45, 50, 55, 65, 75, 90])
    h, m = divmod(start, 60)
    text = rng.choice(
        [
            f"oven needs to be {c}C but mine is in fahrenheit, what do I set it to? and if the "
            "cake "
            f"goes in at {h - 12}:{m:02d}pm for {bake} mins when's it ready",
            f"Convert {c} °C to °F for my oven. Also: in at {h}:{m:02d}, bake {bake} minutes - "
            "what "
            "time do I take it out?",
        ]
    )
    return (
        text,
        [num(f_val, 0) if f_val.denominator == 1 else num(f_val, 1), clock(start + bake)],
        {},
    )


@fam
def weight_loss_lb_and_percent(rng: random.Random) -> Made:
    start = F(rng.randint(700, 1300), 10)
    lost = F(rng.randint(15, 160), 10)
    end = start - lost
    text = rng.choice(
        [
            f"started at {float(start)} kg, now {float(end)} kg. how many pounds have I lost (1 "
            "kg = "
            "2.2046 lb) and what % of my starting weight is that? 2 decimals",
            f"Weight went {float(start)}kg -> {float(end)}kg. Loss in lb (use 2.2046 lb per kg) "
            "and "
            "as a percent of the start, to 2 dp each.",
        ]
    )
    return text, [num(lost * F("2.2046")), [p + "%" for p in num(lost * 100 / start)]], {}


@fam
def bmi_and_weight_for_target(rng: random.Random) -> Made:
    cm, kg = rng.randint(150, 195), F(rng.randint(600, 1300), 10)
    target = F(rng.choice([249, 240, 229, 220, 250]), 10)
    m2 = F(cm, 100) ** 2
    bmi, goal = kg / m2, target * m2
    text = rng.choice(
        [
            f"{cm} cm and {float(kg)} kg, what's my BMI? and what would I need to weigh for a "
            "BMI of "
            f"{float(target)}? 1 decimal",
            f"BMI for height {cm}cm weight {float(kg)}kg please (one decimal), plus the weight "
            "in kg "
            f"that gives BMI {float(target)} at that height (1 dp)",
        ]
    )
    return text, [health(bmi), num(goal, 1)], {}


@fam
def kid_height_ft_in_and_bmi(rng: random.Random) -> Made:
    cm = rng.randint(105, 165)
    kg = int(F(rng.randint(140, 210), 10) * F(cm, 100) ** 2)
    inches = F(cm) / INCH
    whole = int(rnd(inches, 0))
    ft, inch = divmod(whole, 12)
    bmi = F(kg) / F(cm, 100) ** 2
    text = rng.choice(
        [
            f"my son is {cm} cm and {kg} kg. how tall is that in feet and inches (nearest inch, "
            "2.54 "
            "cm per inch)? and his BMI to 1 decimal?",
            f"{cm}cm tall, {kg}kg - height in ft/in to the nearest inch please and the BMI (one "
            "dp)",
        ]
    )
    hforms = [
        f"{ft} ft {inch} in",
        f"{ft}'{inch}",
        f"{ft} feet {inch} inches",
        f"{ft} foot {inch}",
        f"{ft}ft {inch}in",
        f"{ft}' {inch}",
    ]
    return text, [hforms, health(bmi)], {}


@fam
def tyre_psi_to_bar_shortfall(rng: random.Random) -> Made:
    psi = rng.randint(24, 34)
    target = F(rng.choice([22, 23, 24, 25, 26]), 10)
    bar = psi * F("0.0689")
    short = target / F("0.0689") - psi
    if short <= 0:
        return None
    text = rng.choice(
        [
            f"tyre gauge reads {psi} psi. what's that in bar (1 psi = 0.0689 bar, 2 dp)? manual "
            "says "
            f"{float(target)} bar, how many psi do I need to add? 1 dp",
            f"Convert {psi} psi to bar using 0.0689, then tell me how many psi short of "
            f"{float(target)} bar I am (one decimal).",
        ]
    )
    return text, [num(bar), num(short, 1)], {}


@fam
def speed_limit_mph_and_time(rng: random.Random) -> Made:
    kmh = rng.choice([50, 60, 70, 80, 90, 100, 110, 120, 130])
    dist = rng.randint(30, 260)
    mph = F(kmh) / F("1.609")
    mins = F(dist, kmh) * 60
    whole = int(rnd(mins, 0))
    text = rng.choice(
        [
            f"the limit here is {kmh} km/h - what is that in mph (1 mile = 1.609 km, 1 dp)? and "
            "how "
            f"long do {dist} km take at exactly that speed, nearest minute?",
            f"Driving in Europe: {kmh} kph in mph to one decimal (1.609 km/mile). Plus time for "
            f"{dist} km at {kmh} km/h, rounded to the minute.",
        ]
    )
    return text, [num(mph, 1), span(whole)], {}


@fam
def karvonen_zone_and_beats(rng: random.Random) -> Made:
    age, rest = rng.randint(20, 65), rng.randint(48, 80)
    pct = rng.choice([60, 65, 70, 75, 80])
    mins = rng.choice([20, 30, 40, 45, 60])
    target = F(pct, 100) * (220 - age - rest) + rest
    whole = rnd(target, 0)
    text = rng.choice(
        [
            f"Karvonen formula, {pct}% intensity: I'm {age}, resting HR {rest}, max = 220 - age. "
            f"target bpm (whole number)? and about how many heartbeats would a {mins} min run at "
            "that rate be?",
            f"target heart rate at {pct}% with heart rate reserve (age {age}, resting {rest}, max "
            f"220-age), round to whole bpm; then total beats over {mins} minutes at that rounded "
            "rate",
        ]
    )
    return text, [num(target, 0), num(whole * mins, 0)], {}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        feet_pounds_to_metric_bmi,
        stone_weight_then_bmr,
        race_miles_and_pace,
        heart_zone_and_fever,
        water_then_bottles,
        miles_to_km_then_cycle_time,
        walls_area_then_paint,
        recipe_scaled_cups_to_ml,
        trip_fuel_cost,
        child_dose_by_weight,
        week_temps_f_mean_c,
        oven_c_to_f_and_done_time,
        weight_loss_lb_and_percent,
        bmi_and_weight_for_target,
        kid_height_ft_in_and_bmi,
        tyre_psi_to_bar_shortfall,
        speed_limit_mph_and_time,
        karvonen_zone_and_beats,
    )
]
