"""Round 14 (``N_m_*``, dev now) multi-part requests about health, fitness and measures: a BMI with
a conversion, heart-rate targets, dose timings and amounts, paces and distances, and everyday
quantities converted and then used."""

from __future__ import annotations

from bench.data.agents.heldout14_multi_common import (
    FOOT,
    GAL,
    INCH,
    KG,
    KM,
    LB,
    LBS,
    MI,
    MILE,
    F,
    Item,
    beats,
    clock,
    day,
    deg_c,
    deg_f,
    dp12,
    fams,
    forms,
    multi,
    num,
    pace,
    r2,
    random,
    safe,
    span,
    unit,
    whole,
)
from bench.data.agents.helpers import labelled

BMI = ["BMI", "bmi", "body mass index"]
L = ["L", "litres", "liters", "l"]
ML = ["ml", "mL", "millilitres", "milliliters"]
G = ["g", "grams"]


def _bmi(x: F) -> list[str]:
    return list(dict.fromkeys([*dp12(x), *(a for v in dp12(x) for a in labelled(BMI, v))]))


def n_m_bmi_imperial_kilos(rng: random.Random) -> Item:  # BMI from feet/pounds, and the kilos
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(110, 260)
    metres = (12 * ft + inch) * INCH
    kg = lb * LB
    bmi = kg / metres ** 2
    if not safe(kg, bmi) or (ft == 6 and inch > 5):
        return n_m_bmi_imperial_kilos(rng)
    return multi("N_m_bmi_imperial_kilos", f"im {ft}'{inch} and {lb} lbs. whats my bmi and what "
                 "do i weigh in kg", [_bmi(bmi), unit(kg, *KG)])


def n_m_bmi_target_weight(rng: random.Random) -> Item:  # BMI now, and the weight for a target
    cm, kg = rng.randint(152, 196), rng.randint(60, 125)
    h = F(cm, 100)
    bmi, target = kg / h ** 2, F(249, 10) * h ** 2
    if not safe(bmi, target):
        return n_m_bmi_target_weight(rng)
    return multi("N_m_bmi_target_weight", f"{kg} kg, {float(h):.2f} m tall. What's my BMI right "
                 "now, and what would I need to weigh to get it down to 24.9?",
                 [_bmi(bmi), unit(target, *KG)])


def n_m_max_hr_band(rng: random.Random) -> Item:  # max heart rate and a training band
    age = rng.randint(18, 70)
    lo, hi = rng.choice([(60, 70), (70, 80), (80, 90), (50, 60)])
    top = 220 - age
    a, b = F(top * lo, 100), F(top * hi, 100)
    if not safe(a, b):
        return n_m_max_hr_band(rng)
    return multi("N_m_max_hr_band", f"I'm {age}. Using 220 minus age, what's my max heart rate "
                 f"and what's {lo}-{hi}% of it for my training zone?",
                 [[f"{top} bpm", f"{top} beats per minute", *labelled(
                     ["max heart rate", "maximum heart rate", "Max heart rate"], str(top))],
                  beats(a), beats(b)])


def n_m_dose_every_hours(rng: random.Random) -> Item:  # three dose times from a first dose
    gap = rng.choice([4, 6, 8])
    start = rng.randint(6 * 60, 10 * 60)
    if start % 15:
        return n_m_dose_every_hours(rng)
    hh, mm = divmod(start, 60)
    return multi("N_m_dose_every_hours", f"doctor said every {gap} hours. first one was at "
                 f"{hh}:{mm:02d} this morning, when are my next three doses?",
                 [clock((start + gap * 60) % 1440), clock((start + 2 * gap * 60) % 1440),
                  clock((start + 3 * gap * 60) % 1440)])


def n_m_tablets_mg_week(rng: random.Random) -> Item:  # mg a day, then grams a week
    mg = rng.choice([200, 250, 400, 500])
    per, times = rng.choice([1, 2]), rng.choice([2, 3, 4])
    daily = mg * per * times
    return multi("N_m_tablets_mg_week", f"{mg} mg tablets, I take {per} "
                 f"{'tablet' if per == 1 else 'tablets'} {times} times a day. How many mg is "
                 "that daily, and how many grams over a week?",
                 [unit(F(daily), "mg", "milligrams"), unit(F(daily * 7, 1000), *G)])


def n_m_child_dose_syrup(rng: random.Random) -> Item:  # a dose by weight, then a syrup volume
    per_kg, kg = rng.choice([10, 15]), rng.randint(8, 30)
    conc = rng.choice([(120, 5), (250, 5), (100, 5)])
    dose = per_kg * kg
    ml = F(dose * conc[1], conc[0])
    if not safe(ml):
        return n_m_child_dose_syrup(rng)
    return multi("N_m_child_dose_syrup", f"label says {per_kg} mg per kg. my son is {kg} kg. how "
                 f"many mg is one dose and how many ml of the {conc[0]} mg/{conc[1]} ml syrup "
                 "is that?", [unit(F(dose), "mg", "milligrams"), unit(ml, *ML)])


def n_m_water_glasses(rng: random.Random) -> Item:  # water at a rate per kilo, then in glasses
    kg = rng.randint(45, 110)
    rate = rng.choice([30, 35])
    ml = rate * kg
    glasses = F(ml, 250)
    if not safe(glasses, F(ml, 1000)):
        return n_m_water_glasses(rng)
    return multi("N_m_water_glasses", f"If I should drink {rate} ml of water per kg and I weigh "
                 f"{kg} kg, how many litres is that a day, and how many 250 ml glasses?",
                 [unit(F(ml, 1000), *L), [*num(glasses), *(f"{v} glasses" for v in num(glasses)),
                                         f"{int(glasses + F(1, 2))} glasses"]])


def n_m_run_pace_miles(rng: random.Random) -> Item:  # pace per km, then distance in miles
    km = rng.choice([5, 8, 10, 12, 15, 21])
    secs = km * rng.randint(270, 420)
    per = F(secs, km)
    if per.denominator != 1:
        return n_m_run_pace_miles(rng)
    mi = km / MILE
    h, rest = divmod(secs, 3600)
    took = f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{secs // 60}:{secs % 60:02d}"
    return multi("N_m_run_pace_miles", f"ran {km}k in {took} this morning. "
                 "what pace per km was that and how many miles did i run?",
                 [pace(int(per)), unit(mi, *MI)])


def n_m_fever_fahrenheit_over(rng: random.Random) -> Item:  # a fever in °F, and above 37 °C
    tenths = rng.randint(375, 409)
    c = F(tenths, 10)
    return multi("N_m_fever_fahrenheit_over", f"thermometer shows {float(c):.1f} C for my "
                 "daughter. what's that in fahrenheit and how many degrees above a normal 37 is "
                 "it?", [deg_f(c * 9 / 5 + 32), deg_c(c - 37)])


def n_m_weight_lost_lb(rng: random.Random) -> Item:  # kilos lost, and in pounds
    a, b = F(rng.randint(700, 1300), 10), F(rng.randint(20, 150), 10)
    lb = b / LB
    if not safe(lb):
        return n_m_weight_lost_lb(rng)
    return multi("N_m_weight_lost_lb", f"January I was {float(a):.1f} kg, today "
                 f"{float(a - b):.1f}. how much have I lost, in kg and in pounds?",
                 [unit(b, *KG), unit(lb, *LBS)])


def n_m_couple_bmis(rng: random.Random) -> Item:  # two BMIs and their difference
    h1, w1 = F(rng.randint(155, 175), 100), rng.randint(50, 90)
    h2, w2 = F(rng.randint(170, 195), 100), rng.randint(70, 120)
    b1, b2 = w1 / h1 ** 2, w2 / h2 ** 2
    if not safe(b1, b2) or abs(b1 - b2) < 1:
        return n_m_couple_bmis(rng)
    return multi("N_m_couple_bmis", f"Work out BMI for me ({w1} kg, {float(h1):.2f} m) and my "
                 f"husband ({w2} kg, {float(h2):.2f} m).", [dp12(b1), dp12(b2)])


def n_m_karvonen_target(rng: random.Random) -> Item:  # heart-rate reserve and a target rate
    age, rest, pct = rng.randint(20, 65), rng.randint(48, 80), rng.choice([60, 65, 70, 75, 80])
    reserve = 220 - age - rest
    target = rest + F(reserve * pct, 100)
    if not safe(target):
        return n_m_karvonen_target(rng)
    return multi("N_m_karvonen_target", f"Karvonen method: age {age}, resting HR {rest}. what's "
                 f"my heart rate reserve and my target at {pct}% intensity?",
                 [whole(reserve), beats(target)])


def n_m_pills_last_day(rng: random.Random) -> Item:  # how long a pack lasts, and the last day
    import datetime
    per = rng.choice([1, 2, 3])
    days = rng.randint(7, 30)
    start = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    last = start + datetime.timedelta(days=days - 1)
    month = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"][start.month - 1]
    return multi("N_m_pills_last_day", f"got a box of {per * days} pills, i take {per} a day and "
                 f"started on {month} {start.day}. how many days will it last and what's the "
                 "last day i'll take one?", [[f"{days} days"], day(last.month, last.day)])


def n_m_sleep_short_of_eight(rng: random.Random) -> Item:  # hours slept, and short of eight
    bed = rng.randint(22 * 60, 24 * 60 + 60)
    up = rng.randint(5 * 60, 7 * 60 + 30)
    if bed % 5 or up % 5:
        return n_m_sleep_short_of_eight(rng)
    slept = up + 1440 - bed
    if slept >= 480 or slept % 60 == 0 or (480 - slept) % 60 == 0:
        return n_m_sleep_short_of_eight(rng)
    b = bed % 1440
    return multi("N_m_sleep_short_of_eight", f"fell asleep at {b // 60:02d}:{b % 60:02d}, alarm "
                 f"went at {up // 60}:{up % 60:02d}. how long did i sleep and how far short of "
                 "8 hours is that", [span(slept), [*span(480 - slept), f"{480 - slept} minutes"]
                                     if 480 - slept < 60 else span(480 - slept)])


def n_m_protein_per_meal(rng: random.Random) -> Item:  # grams of protein a day, then per meal
    rate, kg, meals = rng.choice([F(12, 10), F(16, 10), F(2)]), rng.randint(55, 110), 4
    day_g = rate * kg
    if not safe(day_g / meals):
        return n_m_protein_per_meal(rng)
    return multi("N_m_protein_per_meal", f"coach wants {float(rate):g} g protein per kg of body "
                 f"weight. I'm {kg} kg. How much per day, and per meal if I eat {meals} meals?",
                 [unit(day_g, *G), unit(day_g / meals, *G)])


def n_m_caffeine_under_limit(rng: random.Random) -> Item:  # caffeine total and room under 400
    cups, per, drink = rng.randint(1, 3), rng.choice([63, 80, 95, 120]), rng.choice([80, 110, 160])
    total = cups * per + drink
    if total >= 400:
        return n_m_caffeine_under_limit(rng)
    return multi("N_m_caffeine_under_limit", f"had {cups} coffee{'s' if cups > 1 else ''} "
                 f"at {per} mg each and an energy drink with {drink} mg. total caffeine? and how "
                 "much more before 400 mg", [unit(F(total), "mg", "milligrams"),
                                             unit(F(400 - total), "mg", "milligrams")])


def n_m_stride_distance(rng: random.Random) -> Item:  # steps times stride: km and miles
    steps, stride = rng.randint(4000, 20000), F(rng.randint(62, 85), 100)
    km = steps * stride / 1000
    mi = km / MILE
    if not safe(km, mi):
        return n_m_stride_distance(rng)
    return multi("N_m_stride_distance", f"my stride is about {float(stride):.2f} m and I did "
                 f"{steps:,} steps. How far is that in km? and in miles?",
                 [unit(km, *KM), unit(mi, *MI)])


def n_m_pool_lengths(rng: random.Random) -> Item:  # lengths of a pool: km and miles
    pool, lengths = rng.choice([25, 33, 50]), rng.randint(20, 120)
    km = F(pool * lengths, 1000)
    mi = km / MILE
    if not safe(km, mi):
        return n_m_pool_lengths(rng)
    return multi("N_m_pool_lengths", f"swam {lengths} lengths of a {pool} m pool. how many km "
                 "and how many miles is that?", [unit(km, *KM), unit(mi, *MI)])


def n_m_ride_speed(rng: random.Random) -> Item:  # an average speed in km/h and mph
    km = rng.randint(20, 120)
    mins = rng.randint(km * 60 // 32, km * 60 // 14)
    kmh = F(km * 60, mins)
    mph = kmh / MILE
    if not safe(kmh, mph) or mins % 5:
        return n_m_ride_speed(rng)
    return multi("N_m_ride_speed", f"Rode {km} km in {mins // 60}h{mins % 60:02d}. Average "
                 "speed in km/h and in mph?", [unit(kmh, "km/h", "kph", "kilometres per hour"),
                                               unit(mph, "mph", "miles per hour")])


def n_m_stone_kilos_bmi(rng: random.Random) -> Item:  # stone and pounds, kilos, then BMI
    st, lb, cm = rng.randint(8, 18), rng.randint(0, 13), rng.randint(155, 195)
    kg = (14 * st + lb) * LB
    bmi = kg / F(cm, 100) ** 2
    if not safe(kg, bmi):
        return n_m_stone_kilos_bmi(rng)
    return multi("N_m_stone_kilos_bmi", f"I'm {st} stone {lb} and {cm} cm. How many kg is that, "
                 "and what BMI does it give me?", [unit(kg, *KG), _bmi(bmi)])


def n_m_antibiotic_doses(rng: random.Random) -> Item:  # every eight hours: second and third dose
    start = rng.randint(5 * 60, 9 * 60)
    if start % 10:
        return n_m_antibiotic_doses(rng)
    hh, mm = divmod(start, 60)
    return multi("N_m_antibiotic_doses", f"Antibiotics every 8 hours, took the first at {hh}:"
                 f"{mm:02d} am. What times are the second and third?",
                 [clock(start + 480), clock(start + 960)])


def n_m_recipe_scale_cups(rng: random.Random) -> Item:  # a scaled amount, then in cups
    base, serves, want = rng.choice([200, 240, 250, 300, 360, 400]), rng.choice([2, 4, 6]), 0
    want = rng.choice([3, 5, 6, 8, 10, 12])
    grams = F(base * want, serves)
    cups = grams / 125
    if want == serves or not safe(grams, cups):
        return n_m_recipe_scale_cups(rng)
    return multi("N_m_recipe_scale_cups", f"recipe serves {serves} with {base} g of flour. I'm "
                 f"feeding {want}. how much flour, and how many cups if a cup is 125 g?",
                 [unit(grams, *G), [*num(cups), *(f"{v} cups" for v in num(cups))]])


def n_m_roast_time_celsius(rng: random.Random) -> Item:  # an oven in °C, and a roasting time
    f_ = rng.choice([325, 350, 375, 400, 425])
    kg = F(rng.randint(8, 30), 10)
    mins = kg * 2 * 20 + 20
    if mins.denominator != 1:
        return n_m_roast_time_celsius(rng)
    return multi("N_m_roast_time_celsius", f"american recipe: {f_}F, 20 min per 500 g plus 20 "
                 f"extra. my chicken is {float(kg):g} kg. oven temp in celsius, and total time?",
                 [deg_c(F(f_ - 32) * 5 / 9), [*span(int(mins)), f"{mins} minutes"]])


def n_m_trip_fuel_cost(rng: random.Random) -> Item:  # fuel for a trip and what it costs
    use, km, price = F(rng.randint(45, 95), 10), rng.randint(80, 900), F(rng.randint(150, 210), 100)
    litres = use * km / 100
    cost = litres * price
    if not safe(litres, cost):
        return n_m_trip_fuel_cost(rng)
    return multi("N_m_trip_fuel_cost", f"car uses {float(use):g} L/100km, the trip is {km} km "
                 f"and fuel is {float(price):.2f} a litre. litres needed and cost?",
                 [unit(litres, *L), forms(cost)])


def n_m_mpg_litres(rng: random.Random) -> Item:  # US mpg to L/100 km, then litres for a trip
    mpg, km = rng.randint(18, 55), rng.choice([100, 250, 400, 500, 800])
    per100 = 100 * GAL / (mpg * MILE)
    need = per100 * km / 100
    if not safe(per100, need):
        return n_m_mpg_litres(rng)
    return multi("N_m_mpg_litres", f"my car does {mpg} mpg (US gallons). what's that in "
                 f"L/100km, and how many litres would a {km} km drive use?",
                 [unit(per100, "L/100km", "L/100 km", "litres per 100 km"),
                  list(dict.fromkeys([*unit(need, *L), *unit(r2(per100) * km / 100, *L)]))])


def n_m_paint_two_coats(rng: random.Random) -> Item:  # a wall's area, then paint for two coats
    w, h, cover = F(rng.randint(25, 70), 10), F(rng.randint(22, 30), 10), rng.choice([10, 12, 14])
    area = w * h
    litres = area * 2 / cover
    if not safe(area, litres):
        return n_m_paint_two_coats(rng)
    return multi("N_m_paint_two_coats", f"Painting a wall {float(w):g} m wide and {float(h):g} m "
                 f"high, two coats. The tin says {cover} m² per litre. Wall area and litres of "
                 "paint?", [unit(area, "m²", "m2", "square metres", "square meters", "sq m"),
                            unit(litres, *L)])


def n_m_room_square_feet(rng: random.Random) -> Item:  # a room in feet: square feet and m²
    a, b = rng.randint(8, 24), rng.randint(8, 20)
    sqm = a * b * FOOT ** 2
    if not safe(sqm):
        return n_m_room_square_feet(rng)
    return multi("N_m_room_square_feet", f"bedroom is {a} ft by {b} ft, how many square feet is "
                 "that and how many square metres", [unit(F(a * b), "sq ft", "square feet",
                                                          "ft²", "ft^2"),
                                                     unit(sqm, "m²", "m2", "square metres",
                                                          "square meters", "sq m")])


def n_m_bag_over_limit(rng: random.Random) -> Item:  # a bag in pounds against a kilo limit
    lb, limit = F(rng.randint(400, 750), 10), rng.choice([20, 23])
    kg = lb * LB
    if not safe(kg, kg - limit) or kg <= limit:
        return n_m_bag_over_limit(rng)
    return multi("N_m_bag_over_limit", f"suitcase weighs {float(lb):g} lb on my home scale and "
                 f"the airline limit is {limit} kg. what is it in kg and how much over am i?",
                 [unit(kg, *KG), unit(kg - limit, *KG)])


FAMILIES_HEALTH = fams(
    n_m_bmi_imperial_kilos, n_m_bmi_target_weight, n_m_max_hr_band, n_m_dose_every_hours,
    n_m_tablets_mg_week, n_m_child_dose_syrup, n_m_water_glasses, n_m_run_pace_miles,
    n_m_fever_fahrenheit_over, n_m_weight_lost_lb, n_m_couple_bmis, n_m_karvonen_target,
    n_m_pills_last_day, n_m_sleep_short_of_eight, n_m_protein_per_meal,
    n_m_caffeine_under_limit, n_m_stride_distance, n_m_pool_lengths, n_m_ride_speed,
    n_m_stone_kilos_bmi, n_m_antibiotic_doses, n_m_recipe_scale_cups, n_m_roast_time_celsius,
    n_m_trip_fuel_cost, n_m_mpg_litres, n_m_paint_two_coats, n_m_room_square_feet,
    n_m_bag_over_limit)
