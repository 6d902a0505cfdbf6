"""Round 16 multi-part families (``L_m_*``): health calculations with a unit conversion or a
second figure (BMI after converting, heart-rate zones, dose times), and everyday unit
conversions used again (cooking, travel, fitness, the clinic)."""

from __future__ import annotations

from bench.data.agents.heldout16_multi_common import (
    FLOZ,
    FOOT,
    GALLON,
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Family,
    Fraction,
    clock,
    cm,
    dec,
    deg_c,
    deg_f,
    dp12,
    fam,
    forms,
    kg,
    km,
    lbs,
    miles,
    num,
    random,
    safe,
    unit,
)

HEALTH: list[Family] = []
add = fam(HEALTH)


def bmi(w: Fraction, h_cm: Fraction) -> list[str]:
    return dp12(w / (h_cm / 100) ** 2)


def bpm(x: Fraction) -> list[str]:
    whole = round(x)
    out = [*forms(x), *(f"{v} bpm" for v in forms(x))]
    if abs(x - whole) != F(1, 2):
        out += [str(whole), f"{whole} bpm"]
    return list(dict.fromkeys(out))


def ml(x: Fraction) -> list[str]:
    return unit(x, "ml", "millilitres", "milliliters", "mL")


def litres(x: Fraction) -> list[str]:
    return unit(x, "L", "litres", "liters", "l")


def grams(x: Fraction) -> list[str]:
    return unit(x, "g", "grams")


# --- health with a conversion ------------------------------------------------------------


@add
def bmi_from_pounds(rng: random.Random):  # weight in pounds, height in cm: kg and BMI
    lb, h = rng.randint(110, 260), rng.randint(150, 195)
    w = lb * LB
    if not safe(w, w / (F(h, 100)) ** 2):
        return None
    return (f"I weigh {lb} lbs and I'm {h} cm tall. what's that in kg, and what's my BMI?",
            [kg(w), bmi(w, F(h))])


@add
def bmi_feet_inches(rng: random.Random):  # height in feet and inches: cm, then BMI
    ft, inch, w = rng.randint(5, 6), rng.randint(0, 11), rng.randint(50, 110)
    h = (ft * 12 + inch) * INCH * 100
    if not safe(h, w / (h / 100) ** 2):
        return None
    return (f"height {ft}'{inch}\", weight {w}kg. convert my height to cm and work out my bmi",
            [cm(h), bmi(F(w), h)])


@add
def bmi_then_target(rng: random.Random):  # BMI, then the weight for a BMI of 24.9
    w, h = rng.randint(70, 130), rng.randint(155, 195)
    target = F(249, 10) * F(h, 100) ** 2
    if not safe(w / F(h, 100) ** 2, target):
        return None
    return (f"my doctor wants my BMI under 25. I'm {w} kg, {h} cm. what is it now, and what would "
            "I need to weigh for a BMI of 24.9?", [bmi(F(w), F(h)), kg(target)])


@add
def heart_zone_range(rng: random.Random):  # max heart rate, then a training zone
    age = rng.randint(18, 70)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    mx = 220 - age
    return (f"i'm {age}. using 220 minus age, what's my max heart rate and what's my {lo}-{hi}% "
            "zone in bpm?", [bpm(F(mx)), bpm(F(mx * lo, 100)), bpm(F(mx * hi, 100))])


@add
def heart_rate_and_walk_km(rng: random.Random):  # a cardio target plus a distance in km
    age, pc = rng.randint(20, 65), rng.choice([65, 70, 75, 85])
    mi = rng.randint(2, 12)
    return (f"two things for my cardio plan: {pc}% of my max heart rate (I'm {age}, use 220-age), "
            f"and how many km is a {mi} mile walk?",
            [bpm(F((220 - age) * pc, 100)), km(mi * MILE)])


@add
def dose_next_times(rng: random.Random):  # a dose every few hours: the next two times
    every = rng.choice([4, 6, 8])
    start = rng.randint(6 * 60, 11 * 60) // 15 * 15
    h, m = divmod(start, 60)
    return (f"took my first painkiller at {h}:{m:02d}am, it's every {every} hours. when are my "
            "next two doses?", [clock(start + 60 * every), clock(start + 120 * every)])


@add
def dose_daily_total(rng: random.Random):  # a dose size and interval: per day and per week
    mg, every = rng.choice([200, 250, 400, 500]), rng.choice([4, 6, 8, 12])
    per_day = mg * 24 // every
    return (f"{mg} mg every {every} hours round the clock — how many mg is that a day, and over "
            "a week?", [unit(F(per_day), "mg", "milligrams"), unit(F(per_day * 7), "mg",
                                                                   "milligrams")])


@add
def dose_liquid_ml(rng: random.Random):  # a child's dose from mg per kg and a syrup strength
    w = rng.randint(8, 30)
    per_kg = rng.choice([10, 15])
    strength = rng.choice([(120, 5), (250, 5), (100, 5)])
    dose = w * per_kg
    vol = F(dose * strength[1], strength[0])
    if not safe(vol):
        return None
    return (f"kid weighs {w} kg, dose is {per_kg} mg per kg. the syrup is {strength[0]} mg in "
            f"{strength[1]} ml. how many mg and how many ml?",
            [unit(F(dose), "mg", "milligrams"), ml(vol)])


@add
def fever_f_to_c(rng: random.Random):  # a temperature in Fahrenheit to Celsius and how far over
    f10 = rng.randint(990, 1045)
    f = F(f10, 10)
    c = (f - 32) * 5 / 9
    if not safe(c, c - 37):
        return None
    return (f"thermometer says {dec(f)}°F. what's that in celsius and how many degrees "
            "above 37 is it?"
            , [deg_c(c), num(c - 37) + [f"{v} °C" for v in forms(c - 37)] + [
                f"{v} degrees" for v in forms(c - 37)]]) if c > 37 else None


@add
def baby_weight_lb_oz(rng: random.Random):  # a newborn's weight in pounds and ounces, to kg
    lb, oz = rng.randint(5, 9), rng.randint(0, 15)
    w = lb * LB + oz * OZ / 1000
    g = w * 1000
    if not safe(w, g):
        return None
    return (f"baby was born {lb} lb {oz} oz! what's that in kilograms and in grams?",
            [kg(w), grams(g)])


@add
def water_glasses(rng: random.Random):  # litres a day into glasses and fluid ounces
    litre = F(rng.choice([15, 20, 25, 30, 35]), 10)
    glass = rng.choice([200, 250, 300])
    n = litre * 1000 / glass
    oz = litre * 1000 / FLOZ
    if not safe(n, oz):
        return None
    return (f"I'm aiming for {dec(litre)} litres of water a day. how many {glass} ml "
            "glasses is that, "
            "and how many US fl oz?", [num(n) + [f"{v} glasses" for v in forms(n)],
                                       unit(oz, "fl oz", "fluid ounces", "oz")])


@add
def steps_to_km_calories(rng: random.Random):  # steps to km and miles with a stride
    steps, stride = rng.randint(4000, 20000), rng.choice([70, 75, 78, 80])
    d = F(steps * stride, 100000)
    if not safe(d, d / MILE):
        return None
    return (f"did {steps} steps today, my stride is about {stride} cm. how many km is that, and "
            "how many miles?", [km(d), miles(d / MILE)])


@add
def weight_loss_stones(rng: random.Random):  # weight lost in kg, in pounds and percent
    start, lost = rng.randint(80, 140), rng.randint(3, 20)
    pc = F(lost * 100, start)
    if not safe(lost / LB, pc):
        return None
    return (f"lost {lost} kg since new year (started at {start} kg). how many pounds is that and "
            "what % of my starting weight?", [lbs(lost / LB), [f"{v}%" for v in forms(pc)]])


@add
def calories_week(rng: random.Random):  # a daily calorie deficit over a week and a month
    d = rng.randint(2, 9) * 100 + rng.choice([0, 50])
    return (f"if I eat {d} kcal under maintenance every day, what's the total deficit after a "
            "week, and after 30 days?", [unit(F(d * 7), "kcal", "calories"),
                                         unit(F(d * 30), "kcal", "calories")])


@add
def sleep_hours(rng: random.Random):  # bedtime for enough sleep, then weekly total
    wake = rng.randint(5 * 60, 8 * 60) // 15 * 15
    need = rng.choice([7, 8, 9])
    bed = wake - need * 60 + 24 * 60
    h, m = divmod(wake, 60)
    return (f"I get up at {h}:{m:02d} and want {need} hours sleep. what time should I go to bed, "
            "and how many hours is that over a week?", [clock(bed),
                                                          [f"{need * 7} hours", f"{need * 7} h",
                                                           f"{need * 7} hrs"]])


@add
def bp_mean_arterial(rng: random.Random):  # mean arterial pressure and pulse pressure
    sys_, dia = rng.randint(105, 160), rng.randint(60, 100)
    mapv = F(sys_ + 2 * dia, 3)
    if not safe(mapv):
        return None
    return (f"blood pressure {sys_}/{dia}. what's the pulse pressure and the mean arterial "
            "pressure (dia + a third of the difference)?",
            [[*num(sys_ - dia), f"{sys_ - dia} mmHg"], num(mapv) + [
                f"{v} mmHg" for v in forms(mapv)]])


@add
def drip_rate(rng: random.Random):  # an IV volume over hours: ml per hour and drops per minute
    vol, hrs = rng.choice([500, 1000, 250, 750]), rng.choice([2, 4, 5, 6, 8])
    drops = rng.choice([15, 20])
    rate = F(vol, hrs)
    dpm = rate * drops / 60
    if not safe(rate, dpm):
        return None
    return (f"{vol} ml to run over {hrs} hours with a {drops} drops/ml set. ml per hour? drops "
            "per minute?", [ml(rate) + [f"{v} ml/h" for v in forms(rate)] + [
                f"{v} ml/hr" for v in forms(rate)], num(dpm) + [
                f"{v} drops/min" for v in forms(dpm)] + [f"{v} drops per minute" for v in
                                                          forms(dpm)]])


# --- units used again -------------------------------------------------------------------


@add
def oven_f_and_time(rng: random.Random):  # a US recipe: oven in Celsius, and an end time
    f = rng.choice([325, 350, 375, 400, 425, 450])
    c = (F(f) - 32) * 5 / 9
    mins = rng.choice([35, 40, 45, 50, 55, 65, 75])
    start = rng.randint(16 * 60, 18 * 60) // 5 * 5
    h, m = divmod(start, 60)
    if not safe(c):
        return None
    return (f"american recipe says bake at {f}F for {mins} minutes. what's that in C for my oven,"
            f" and if it goes in at {h}:{m:02d} when is it done?", [deg_c(c),
                                                                  clock(start + mins)])


@add
def turkey_kg_time(rng: random.Random):  # a turkey in pounds: kilograms and cooking time
    lb = rng.randint(8, 24)
    w = lb * LB
    per = rng.choice([40, 45])
    mins = w * per
    if not safe(w, mins):
        return None
    return (f"the turkey is {lb} lb. how many kg is that, and at {per} minutes per kg how many "
            "minutes does it need?", [kg(w), [f"{v} minutes" for v in forms(mins)] + [
                f"{v} min" for v in forms(mins)]])


@add
def recipe_ounces_scaled(rng: random.Random):  # ounces of flour to grams, then doubled
    oz = rng.randint(4, 20)
    g = oz * OZ
    if not safe(g, 2 * g):
        return None
    return (f"recipe needs {oz} oz of flour. how many grams is that, and how much if I double "
            "the recipe?", [grams(g), grams(2 * g)])


@add
def gallons_cost(rng: random.Random):  # filling a tank in gallons: litres and cost
    gal = rng.randint(8, 20)
    price = F(rng.randint(150, 199), 100)
    lit = gal * GALLON
    if not safe(lit, lit * price):
        return None
    return (f"my tank holds {gal} US gallons. how many litres is that, and what does a full tank"
            f" cost at €{float(price):.2f} per litre?", [litres(lit),
                                                         [*num(lit * price),
                                                          *(f"€{v}" for v in num(lit * price)),
                                                          *(f"{v} €" for v in num(lit * price)),
                                                          *(f"{v} euros" for v in num(
                                                              lit * price))]])


@add
def mpg_to_l100(rng: random.Random):  # miles per gallon to litres per 100 km, then a trip
    mpg = rng.randint(22, 55)
    l100 = 100 * GALLON / (mpg * MILE)
    trip = rng.randint(100, 900)
    used = l100 * trip / 100
    if not safe(l100, used):
        return None
    return (f"car does {mpg} mpg (US). what's that in L/100km and how many litres for a {trip} km"
            " drive?", [[f"{v} L/100km" for v in forms(l100)] + [
                f"{v} L/100 km" for v in forms(l100)] + [
                f"{v} litres per 100 km" for v in forms(l100)], litres(used)])


@add
def marathon_pace(rng: random.Random):  # a race distance in miles: km, and the pace needed
    mi = rng.choice([F(131, 10), F(262, 10), F(62, 10), F(31, 10)])
    k = mi * MILE
    mins = rng.randint(int(4 * k), int(8 * k))
    pace = mins / k
    if not safe(k, pace):
        return None
    return (f"race is {dec(mi)} miles and I want to finish in {mins} minutes. distance in km? "
            "pace in "
            "min per km?", [km(k), [f"{v} min/km" for v in forms(pace)] + [
                f"{v} minutes per km" for v in forms(pace)] + forms(pace)])


@add
def room_feet_to_m2(rng: random.Random):  # a room in feet: square metres and flooring cost
    a, b = rng.randint(8, 20), rng.randint(8, 20)
    area = a * b * FOOT * FOOT
    price = rng.randint(15, 60)
    if not safe(area, area * price):
        return None
    return (f"bedroom is {a} ft by {b} ft. area in square metres? laminate is €{price}/m², so the "
            "cost?", [unit(area, "m²", "m2", "square metres", "square meters", "sq m"),
                      [*(f"€{v}" for v in forms(area * price)), *(f"{v} €" for v in forms(
                          area * price)), *(f"{v} euros" for v in forms(area * price)),
                       *(f"{v} EUR" for v in forms(area * price))]])


@add
def height_cm_to_feet(rng: random.Random):  # a height in cm to feet, and inches total
    h = rng.randint(150, 200)
    inches = F(h, 100) / INCH
    feet = inches / 12
    if not safe(inches, feet):
        return None
    return (f"how tall is {h} cm in inches? and in feet (decimal is fine)?",
            [unit(inches, "in", "inches", "\""), unit(feet, "ft", "feet")])


@add
def luggage_limit(rng: random.Random):  # a bag in pounds against a 23 kg limit
    lb = rng.randint(35, 65)
    w = lb * LB
    diff = abs(23 - w)
    if not safe(w, diff):
        return None
    return (f"my suitcase weighs {lb} lb on my scale. how many kg is that and how far am I from "
            "the 23 kg allowance?", [kg(w), kg(diff)])


@add
def pool_volume(rng: random.Random):  # a pool's volume in litres and gallons
    ln, w, d = rng.randint(4, 12), rng.randint(2, 6), F(rng.randint(10, 20), 10)
    m3 = ln * w * d
    lit = m3 * 1000
    gal = lit / GALLON
    if not safe(gal):
        return None
    return (f"pool is {ln} m long, {w} m wide and {dec(d)} m deep. how many litres of "
            "water, and how "
            "many US gallons?", [litres(lit), unit(gal, "gal", "gallons", "US gallons")])


@add
def speed_ms_kmh(rng: random.Random):  # a sprint: m/s, then km/h and mph
    d, t = rng.choice([60, 100, 200, 400]), F(rng.randint(100, 700), 10)
    v = d / t
    kmh = v * F(18, 5)
    if not safe(v, kmh):
        return None
    return (f"ran {d} m in {dec(t)} seconds. average speed in m/s and in km/h?",
            [unit(v, "m/s", "metres per second", "meters per second"),
             unit(kmh, "km/h", "kilometres per hour", "kilometers per hour", "kph")])


@add
def fabric_yards(rng: random.Random):  # yards of fabric to metres, and cost
    yd = rng.randint(2, 12)
    m = yd * FOOT * 3
    p = rng.randint(6, 25)
    if not safe(m, m * p):
        return None
    return (f"pattern calls for {yd} yards of fabric. how many metres is that, and what would it "
            f"cost at £{p} a metre?", [unit(m, "m", "metres", "meters"),
                                      [*(f"£{v}" for v in forms(m * p)), *(
                                          f"{v} pounds" for v in forms(m * p)), *(
                                          f"{v} GBP" for v in forms(m * p))]])


@add
def fahrenheit_weather_diff(rng: random.Random):  # two cities' temperatures compared in C
    c = rng.randint(-5, 32)
    f = rng.randint(40, 100)
    fc = (F(f) - 32) * 5 / 9
    if not safe(fc, fc - c):
        return None
    return (f"it's {c}°C here and {f}°F where my sister lives. what's hers in celsius and how "
            "much warmer or colder is it there?", [deg_c(fc), num(abs(fc - c)) + [
                f"{v} °C" for v in forms(abs(fc - c))] + [
                f"{v} degrees" for v in forms(abs(fc - c))]])


@add
def body_temp_c_to_f(rng: random.Random):  # two temperatures in Celsius to Fahrenheit
    a, b = F(rng.randint(360, 405), 10), F(rng.randint(360, 405), 10)
    if a == b:
        return None
    fa, fb = a * 9 / 5 + 32, b * 9 / 5 + 32
    if not safe(fa, fb):
        return None
    return (f"my son was {dec(a)} this morning and {dec(b)} tonight (celsius). can you give "
            "me both in "
            "fahrenheit for the US nurse line?", [deg_f(fa), deg_f(fb)])


__all__ = ["HEALTH", "cm"]
