"""Round 16 multi-part families (``L_m_*``, dev now): health calculations with a unit
conversion or a second figure (BMI after converting, heart-rate zones, dose times), and
everyday unit conversions used again (cooking, travel, fitness, the clinic). ``HEALTH`` also
gathers ``heldout16_multi_health_2``."""

from __future__ import annotations

from bench.data.agents.heldout16_multi_common import (
    FLOZ,
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

HERE: list[Family] = []
add = fam(HERE)


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


def _gather() -> list[Family]:
    from bench.data.agents.heldout16_multi_health_2 import HEALTH_2
    return [*HERE, *HEALTH_2]


HEALTH: list[Family] = _gather()
