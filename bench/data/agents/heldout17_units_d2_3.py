"""Round 17 (``M_*``, dev now) for ``muse bench agents``, units part 6: shopping and unit
prices, school and work time, hobbies, printing and paper, cooking yields and pressures."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units_d2 import (
    GAL,
    INCH,
    LB,
    MILE,
    OZ,
    clock,
    d2,
    money,
    num,
    pick,
    whole,
)
from bench.data.agents.helpers import Family


@d2
def price_per_100g(rng):
    g, p = rng.choice([180, 227, 340, 400, 454, 500, 680, 750]), round(rng.uniform(1.2, 9.9), 2)
    t = pick(rng, f"{g} g jar costs {p:.2f}. price per 100 g?",
             f"What's the unit price per 100g on a {g}g pack at ${p:.2f}?")
    return t, [money(p / g * 100)]


@d2
def oz_vs_grams_deal(rng):
    oz, p1, g, p2 = rng.choice([12, 16, 18, 24, 32]), round(rng.uniform(2, 8), 2), \
        rng.choice([400, 500, 750, 1000]), round(rng.uniform(2, 9), 2)
    a, b = p1 / (oz * OZ) * 1000, p2 / g * 1000
    if abs(a - b) < 0.05:
        return None
    t = (f"Cereal A: {oz} oz box for ${p1:.2f}. Cereal B: {g} g for ${p2:.2f}. Price per kg of "
         "the cheaper one?")
    return t, [money(min(a, b))]


@d2
def gas_price_per_gallon_to_litre(rng):
    p = round(rng.uniform(2.8, 5.9), 2)
    t = f"gas is ${p:.2f}/gal here. what's that per litre? (US gallon, 3 dp)"
    return t, [num(p / GAL, 3, 0.05)]


@d2
def bulk_rice_servings(rng):
    lb, g = rng.choice([5, 10, 20, 25]), rng.choice([60, 75, 80, 90])
    t = (f"A {lb} lb sack of rice, {g} g dry per serving. How many full servings?")
    return t, [[f"{int(lb * LB * 1000 // g)} servings", f"{int(lb * LB * 1000 // g)} full"]]


@d2
def discount_then_tax(rng):
    p, d, tax = round(rng.uniform(20, 400), 2), rng.choice([10, 15, 20, 25, 30, 40]), \
        rng.choice([5, 6.25, 7, 8.875])
    t = (f"Jacket ${p:.2f}, {d}% off, then {tax}% sales tax on the sale price. What do I pay?")
    return t, [money(p * (1 - d / 100) * (1 + tax / 100))]


@d2
def tip_split(rng):
    bill, tip, n = round(rng.uniform(40, 320), 2), rng.choice([15, 18, 20, 22]), rng.randint(2, 7)
    t = (f"Dinner bill {bill:.2f}, we're adding {tip}% tip and splitting between {n}. Each?")
    return t, [money(bill * (1 + tip / 100) / n)]


@d2
def study_hours_left(rng):
    goal, done = rng.randint(40, 120), rng.randint(5, 35)
    days = rng.randint(5, 21)
    t = (f"I want {goal} hours of revision before exams in {days} days; I've done {done}. "
         "Hours per day from now? (2 dp)")
    return t, [num((goal - done) / days, 2)]


@d2
def lesson_end_time(rng):
    h, m, n, length, brk = rng.randint(8, 9), rng.choice([0, 15, 30, 45]), rng.randint(3, 6), \
        rng.choice([40, 45, 50, 55, 60]), rng.choice([5, 10, 15])
    end = h * 60 + m + n * length + (n - 1) * brk
    t = (f"School starts {h}:{m:02d}. {n} lessons of {length} minutes with {brk}-minute breaks "
         "between them. When does the last lesson end?")
    return t, [clock(end)]


@d2
def timesheet_total(rng):
    days = [(rng.randint(7, 9) * 60 + rng.choice([0, 15, 30, 45]),
             rng.randint(16, 18) * 60 + rng.choice([0, 15, 30, 45])) for _ in range(5)]
    lunch = 30
    tot = sum(b - a - lunch for a, b in days)
    t = ("My week (30 min unpaid lunch each day): " + "; ".join(
        f"{a // 60}:{a % 60:02d}-{b // 60}:{b % 60:02d}" for a, b in days) +
        ". Total paid hours, as a decimal?")
    return t, [num(tot / 60, 2)]


@d2
def knitting_yarn_balls(rng):
    m, ball = rng.choice(range(600, 2400, 50)), rng.choice([100, 120, 150, 200])
    t = (f"Sweater pattern needs {m} m of yarn. Each ball has {ball} m. How many balls should I "
         "buy?")
    return t, [[f"{math.ceil(m / ball)} balls"]]


@d2
def quilt_squares(rng):
    w, h, sq = rng.choice([50, 60, 72, 80, 90]), rng.choice([60, 72, 80, 90, 100]), \
        rng.choice([4, 5, 6])
    t = (f"Quilt top {w} x {h} inches from {sq}-inch finished squares. How many squares? And "
         "what's the quilt size in cm (1 dp)?")
    if w % sq or h % sq:
        return None
    return t, [[f"{w // sq * (h // sq)} squares", f"{w // sq * (h // sq)}squares",
                f"{w // sq * (h // sq):,} squares"], num(w * INCH, 1), num(h * INCH, 1)]


@d2
def photo_print_dpi(rng):
    px, py, dpi = rng.choice([3000, 4000, 4032, 6000]), rng.choice([2000, 3000, 3024, 4000]), \
        rng.choice([150, 200, 300])
    t = (f"Photo is {px} x {py} px. Printing at {dpi} dpi, how big is the print in inches? "
         "one decimal each")
    return t, [num(px / dpi, 1), num(py / dpi, 1)]


@d2
def paper_ream_weight(rng):
    gsm, sheets = rng.choice([70, 80, 90, 100, 120]), rng.choice([250, 500, 1000, 2500])
    t = (f"A4 is 0.0625 m². Paper is {gsm} gsm. How many kg do {sheets} sheets weigh? 3 dp")
    return t, [num(gsm * 0.0625 * sheets / 1000, 3, 0.05)]


@d2
def pressure_cooker_psi(rng):
    kpa = rng.choice(range(40, 125, 5))
    t = (f"my pressure cooker manual says {kpa} kPa. recipes online say 15 psi. what's {kpa} kPa "
         "in psi? (1 psi = 6.894757 kPa, one decimal)")
    return t, [num(kpa / 6.894757, 1)]


@d2
def tyre_pressure_kpa(rng):
    psi = rng.randint(28, 42)
    t = pick(rng, f"door sticker says {psi} psi, pump shows kPa. kPa? (1 psi = 6.894757 kPa)",
             f"Tire pressure {psi} PSI in kilopascals? (1 psi = 6.894757 kPa)")
    return t + " nearest whole", [whole(psi * 6.894757)]


@d2
def boiling_point_altitude(rng):
    m = rng.choice(range(500, 4500, 100))
    t = (f"Rule of thumb: water boils about 1 °C lower per 300 m of altitude from 100 °C. "
         f"At {m} m, what's the boiling point? one decimal")
    return t, [num(100 - m / 300, 1)]


@d2
def cake_tin_scale(rng):
    d1, d2_ = rng.choice([18, 20, 23]), rng.choice([25, 26, 28, 30])
    t = (f"Recipe is for a {d1} cm round tin; I have a {d2_} cm one. By what factor should I "
         "multiply the ingredients (area ratio, two decimals)?")
    return t, [num((d2_ / d1) ** 2, 2)]


@d2
def egg_size_swap(rng):
    eggs, g = rng.randint(2, 6), rng.choice([50, 55, 60, 63])
    t = (f"Recipe wants {eggs} large eggs (about {g} g each out of the shell). My eggs are small, "
         "about 43 g each. How many small eggs gives at least the same weight?")
    return t, [[f"{math.ceil(eggs * g / 43)} small eggs", f"{math.ceil(eggs * g / 43)} eggs"]]


@d2
def brine_salt(rng):
    litres, pct = rng.choice([1, 1.5, 2, 3, 4, 5]), rng.choice([3, 5, 6, 8])
    t = (f"Making a {pct}% brine by weight of water: salt grams for {litres} L of water "
         "(1 L = 1000 g)?")
    return t, [[f"{litres * pct * 10:g} g", f"{litres * pct * 10:g}g", f"{litres * pct * 10:g} "
                "grams"]]


@d2
def kettle_boil_energy(rng):
    litres, start = rng.choice([0.5, 1, 1.2, 1.5, 1.7]), rng.randint(8, 22)
    kj = litres * 4.186 * (100 - start)
    t = (f"Energy to heat {litres} L of water from {start}°C to 100°C, using 4.186 kJ per kg per "
         "°C. In Wh, one decimal? (1 Wh = 3.6 kJ)")
    return t, [num(kj / 3.6, 1)]


@d2
def fridge_annual_kwh(rng):
    kwh, price = rng.randint(120, 450), rng.choice([0.18, 0.25, 0.29, 0.33])
    t = (f"Energy label: {kwh} kWh/annum. Electricity {price} per kWh. Cost per month (12 "
         "equal months)?")
    return t, [money(kwh * price / 12)]


@d2
def marathon_training_total(rng):
    weeks = [rng.randint(20, 70) for _ in range(rng.randint(5, 8))]
    t = ("km per week so far in my plan: " + ", ".join(map(str, weeks)) + ". total in miles, "
         "one decimal?")
    return t, [num(sum(weeks) / MILE, 1)]




@d2
def baby_bath_temp(rng):
    f = rng.choice([x / 2 for x in range(180, 212)])
    t = f"bath thermometer says {f}°F — recommended is 37-38°C. what is it in °C (1 dp)?"
    return t, [num((f - 32) * 5 / 9, 1)]


@d2
def cat_weight_lb_oz(rng):
    kg = round(rng.uniform(2.5, 7.5), 2)
    tot = kg / LB * 16
    lb, oz = divmod(round(tot), 16)
    if abs(tot - round(tot)) > 0.4:
        return None
    t = f"vet says the cat is {kg} kg. in lb and oz (nearest oz)?"
    return t, [[f"{lb} lb {oz} oz", f"{lb}lb {oz}oz", f"{lb} pounds {oz} ounces",
                f"{lb} lbs {oz} oz"]]


@d2
def sleep_weekly_average(rng):
    nights = [rng.randint(300, 540) for _ in range(7)]
    t = ("Sleep last week: " + ", ".join(f"{n // 60}h{n % 60:02d}" for n in nights) +
         ". Average per night in hours, 2 decimals?")
    return t, [num(sum(nights) / 7 / 60, 2)]


@d2
def bedtime_for_alarm(rng):
    h, m, need = rng.randint(5, 7), rng.choice([0, 15, 30, 45]), rng.choice([7, 7.5, 8, 8.5, 9])
    t = (f"alarm's at {h}:{m:02d} and I want {need} hours of sleep, plus 20 min to fall asleep. "
         "when do I get into bed?")
    return t, [clock(h * 60 + m - int(need * 60) - 20)]


@d2
def phone_pickups_rate(rng):
    pick_, hrs = rng.randint(60, 180), rng.randint(14, 17)
    t = (f"Phone says I picked it up {pick_} times today and I was awake {hrs} hours. On average "
         "how many minutes between pickups? one decimal")
    return t, [num(hrs * 60 / pick_, 1)]


@d2
def kids_screen_budget(rng):
    weekday, weekend = rng.choice([45, 60, 75, 90]), rng.choice([90, 120, 150, 180])
    used = rng.randint(150, 400)
    t = (f"Screen rules: {weekday} min on school days (Mon–Fri), {weekend} min on Sat and Sun. "
         f"By Thursday night (4 school days) my son has used {used} min. How many minutes are left "
         "for the rest of the week?")
    left = 5 * weekday + 2 * weekend - used
    return t, [[f"{left} min", f"{left} minutes"]]


@d2
def cloud_upload_gb(rng):
    photos, mb, mbps = rng.randint(800, 9000), rng.choice([2.5, 3.2, 4.1, 6]), \
        rng.choice([10, 20, 40])
    t = (f"Backing up {photos} photos of about {mb} MB each on a {mbps} Mbps upload (1 MB = 8 "
         "megabits). How many hours? one decimal")
    return t, [num(photos * mb * 8 / mbps / 3600, 1)]


@d2
def hdd_tb_usable(rng):
    tb = rng.choice([0.5, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20])
    t = (f"Why does my {tb} TB drive show less? {tb} TB = {tb} × 10^12 bytes; the OS shows TiB "
         "(2^40 bytes). What will it show, 2 dp?")
    return t, [num(tb * 1e12 / 2 ** 40, 2)]


@d2
def speed_camera_fine(rng):
    limit, speed = rng.choice([30, 50, 60, 80]), 0
    speed = limit + rng.randint(6, 40)
    t = (f"Fines where I live: 10 per km/h over the limit after a 5 km/h tolerance. Limit "
         f"{limit}, I was clocked at {speed}. Fine?")
    return t, [money((speed - limit - 5) * 10)]


@d2
def parking_cost(rng):
    h1, m1, mins = rng.randint(8, 14), rng.choice([5, 20, 35, 50]), rng.randint(40, 300)
    t = (f"Car park: 2.20 per started 30 minutes. I parked at {h1}:{m1:02d} and left "
         f"{mins} minutes later. What do I pay?")
    return t, [money(math.ceil(mins / 30) * 2.2)]


@d2
def bus_vs_pass(rng):
    fare, trips, pass_ = rng.choice([2.4, 2.75, 3.1, 3.5]), rng.randint(24, 50), \
        rng.choice([79, 89, 99, 110])
    diff = trips * fare - pass_
    if abs(diff) < 0.01:
        return None
    t = (f"Single fare {fare:.2f}, I make about {trips} trips a month; the monthly pass is "
         f"{pass_}. How much would the pass save me (negative if it costs more)?")
    return t, [money(diff)]


@d2
def rowing_split(rng):
    m, mins, secs = rng.choice([2000, 5000, 6000]), rng.randint(7, 30), rng.randint(0, 59)
    tot = mins * 60 + secs
    if (m == 2000 and tot > 600) or (m > 2000 and tot < 1100):
        return None
    split = tot / (m / 500)
    if abs(split * 10 - math.floor(split * 10) - 0.5) < 0.01:
        return None
    s = round(split, 1)
    t = f"Rowed {m} m in {mins}:{secs:02d}. Average split per 500 m? (m:ss.s)"
    return t, [[f"{int(s // 60)}:{s % 60:04.1f}"]]


@d2
def ski_slope_gradient(rng):
    drop, dist = rng.randint(80, 600), rng.randint(600, 3000)
    t = (f"Run drops {drop} m over {dist} m horizontal. Average gradient as a percentage, "
         "one decimal?")
    return t, [[f"{v}{u}" for v in num(drop / dist * 100, 1) for u in ("%", " percent")]]


@d2
def ladder_reach(rng):
    ln = rng.choice([x / 2 for x in range(4, 17)])
    t = (f"Safety rule: set a ladder at 1 out for every 4 up. My ladder is {ln} m long. How high "
         "up the wall will it reach? metres, 2 dp")
    return t, [num(ln * 4 / math.sqrt(17), 2)]


@d2
def tv_viewing_distance(rng):
    inch = rng.choice([32, 40, 42, 43, 48, 50, 55, 58, 60, 65, 70, 75, 77, 85, 98])
    t = (f"Recommended viewing distance is 1.5 × screen diagonal. For a {inch}-inch TV, how far "
         "away in metres? 2 dp")
    return t, [num(inch * 1.5 * INCH / 100, 2)]


@d2
def model_scale(rng):
    scale, real = rng.choice([72, 87, 144, 48, 24]), rng.randint(4, 70)
    t = (f"At 1:{scale}, how long is the model of a {real} m object? cm, one decimal")
    return t, [num(real * 100 / scale, 1)]


@d2
def map_scale_km(rng):
    cm, scale = round(rng.uniform(2, 25), 1), rng.choice([25000, 50000, 100000, 250000])
    t = f"{cm} cm on a 1:{scale:,} map — real distance in km?"
    return t, [[f"{cm * scale / 100000:g} km", f"{cm * scale / 100000:g}km"]]


@d2
def fish_stocking(rng):
    litres, cm = rng.randint(60, 400), rng.choice([3, 4, 5, 6])
    t = (f"Rule of thumb: 1 cm of adult fish per 2 litres. {litres} L tank, fish grow to {cm} cm. "
         "Max number of fish?")
    return t, [[f"{litres // 2 // cm} fish"]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    price_per_100g, oz_vs_grams_deal, gas_price_per_gallon_to_litre, bulk_rice_servings,
    discount_then_tax, tip_split, study_hours_left, lesson_end_time, timesheet_total,
    knitting_yarn_balls, quilt_squares, photo_print_dpi, paper_ream_weight, pressure_cooker_psi,
    tyre_pressure_kpa, boiling_point_altitude, cake_tin_scale, egg_size_swap, brine_salt,
    kettle_boil_energy, fridge_annual_kwh, marathon_training_total, baby_bath_temp,
    cat_weight_lb_oz, sleep_weekly_average, bedtime_for_alarm, phone_pickups_rate,
    kids_screen_budget, cloud_upload_gb, hdd_tb_usable, speed_camera_fine, parking_cost,
    bus_vs_pass, rowing_split, ski_slope_gradient, ladder_reach, tv_viewing_distance, model_scale,
    map_scale_km, fish_stocking,
)]
