"""Round 18 (``B_*``, dev now) for ``muse bench agents``, units part 2: travel, time zones with
odd offsets, media and data, pets and small livestock."""

from __future__ import annotations

import datetime as dt
import math

from bench.data.agents.heldout18_units import (
    FOOT,
    MILE,
    Skip,
    clock,
    count,
    family,
    hm,
    money,
    num,
    pick,
    whole,
)


@family
def carat_to_grams(rng):
    ct = rng.choice([0.25, 0.3, 0.4, 0.5, 0.7, 0.75, 0.9, 1, 1.2, 1.5, 2, 2.5, 3.1, 4.25, 5])
    stones = rng.randint(1, 24)
    t = pick(rng, f"total gem weight on a bracelet is {stones} stones of {ct:g} ct each. how many "
             "grams of gemstone is that? (metric carat)",
             f"If a ring has {stones} diamonds at {ct:g} carats apiece, what is the total weight "
             "in grams, using the metric carat?")
    return t + " Give it to 2 decimals.", [num(stones * ct * 0.2, 2, 0.0)]


@family
def furlongs_race_speed(rng):
    miles, fur = rng.choice([(0, 5), (0, 6), (0, 7), (1, 0), (1, 2), (1, 4), (2, 0), (0, 5)])
    dist_m = (miles + fur / 8) * MILE * 1000
    secs = dist_m / rng.uniform(15.5, 17.2)
    secs = round(secs, 2)
    mm, ss = divmod(secs, 60)
    label = " ".join(x for x in [f"{miles}m" if miles else "", f"{fur}f" if fur else ""] if x)
    t = (f"horse won a {label} race (m = miles, f = furlongs, 8 furlongs to a mile) in "
         f"{int(mm)}:{ss:05.2f}. Average speed in km/h, one decimal?")
    return t, [num(dist_m / secs * 3.6, 1)]


@family
def kml_to_l100(rng):
    kml = rng.randint(80, 260) / 10
    t = pick(rng, f"Rental car brochure says {kml:g} km/L. What's that in L/100km and in US mpg? "
             "Both to one decimal.",
             f"{kml:g} km per litre -> litres per 100 km? and miles per US gallon? (1 dp each)")
    return t, [num(100 / kml, 1), num(kml * 3.785411784 / MILE, 1)]


@family
def time_saved_faster(rng):
    d = rng.randint(40, 320)
    v1 = rng.choice([55, 60, 62, 65])
    v2 = v1 + rng.choice([5, 8, 10, 15])
    saved = (d / v1 - d / v2) * 60
    t = pick(rng, f"if i drive the {d} miles at a steady {v2} mph instead of {v1} mph how many "
             "minutes do i actually save?",
             f"Honest question — on a {d}-mile motorway trip, what does cruising at {v2} rather "
             f"than {v1} mph save me in minutes?")
    return t + " (nearest minute)", [whole(saved)]


@family
def car_co2_year(rng):
    km = rng.randint(80, 600)
    g = rng.randint(95, 210)
    weeks = rng.choice([46, 48, 52])
    t = (f"My car emits {g} g CO2 per km and I drive about {km} km a week for {weeks} weeks of "
         "the year. How many tonnes of CO2 per year, to 2 decimals?")
    return t, [num(km * g * weeks / 1e6, 2)]


@family
def mileage_allowance(rng):
    miles = rng.randint(3000, 19000)
    hi, lo, cap = 45, 25, 10000
    pay = (min(miles, cap) * hi + max(0, miles - cap) * lo) / 100
    t = (f"HMRC mileage allowance for a car is {hi}p a mile for the first {cap:,} business miles "
         f"in the tax year and {lo}p a mile after that. I did {miles:,} business miles. How much "
         "can I claim?")
    return t, [[*money(pay), f"{pay:,.2f}"]]


ZONES = [("Mumbai", 330), ("Kathmandu", 345), ("Adelaide", 570), ("St John's", -150),
         ("Tehran", 210), ("Darwin", 570), ("Yangon", 390), ("Kabul", 270)]
PLAIN = [("London", 0), ("New York", -300), ("Berlin", 60), ("Dubai", 240),
         ("Los Angeles", -480), ("Singapore", 480), ("Tokyo", 540), ("Sao Paulo", -180)]


@family
def odd_offset_call(rng):
    (a, oa), (b, ob) = rng.choice(PLAIN), rng.choice(ZONES)
    start = rng.randint(7, 21) * 60 + rng.choice([0, 15, 30, 45])
    there = start - oa + ob
    if rng.random() < 0.5:
        t = (f"Treat {a} as UTC{oa // 60:+d} and {b} as UTC{'+' if ob >= 0 else '-'}"
             f"{abs(ob) // 60}:{abs(ob) % 60:02d}. If I call at {start // 60:02d}:{start % 60:02d} "
             f"my time in {a}, what time is it in {b}?")
    else:
        t = (f"call at {clock(start)[1]} {a} time (UTC{oa // 60:+d}) — what's that in {b}, which "
             f"is UTC{'+' if ob >= 0 else '-'}{abs(ob) // 60}:{abs(ob) % 60:02d}?")
    return t, [clock(there)]


@family
def audiobook_speed(rng):
    h, m = rng.randint(5, 28), rng.randint(0, 59)
    speed = rng.choice([1.25, 1.5, 1.75, 2.0, 1.2, 1.3])
    per_night = rng.choice([20, 30, 40, 45, 60])
    mins = (h * 60 + m) / speed
    nights = math.ceil(mins / per_night - 1e-9)
    if mins % 1 and abs(mins % 1 - 0.5) < 0.06:
        raise Skip
    t = (f"Audiobook runs {h} h {m} min. I listen at {speed:g}x speed for {per_night} minutes "
         "every night. How long is it at that speed (nearest minute), and how many nights to "
         "finish?")
    total = round(mins)
    return t, [hm(total) + count(total), [f"{nights} nights", f"{nights} night", f"= {nights}",
                                          f"{nights} evenings", f"{nights} days"]]


@family
def binge_series_nights(rng):
    seasons = rng.randint(2, 9)
    eps = rng.choice([6, 8, 10, 12, 13, 22, 24])
    length = rng.choice([22, 25, 42, 45, 50, 55, 60])
    nightly = rng.choice([90, 120, 150, 180])
    total = seasons * eps * length
    nights = math.ceil(total / nightly)
    t = pick(rng, f"ok so the show has {seasons} seasons, {eps} episodes each, ~{length} min per "
             f"episode. if i watch {nightly // 60}h{nightly % 60:02d} a night how many nights to "
             "get through it all? and total hours?",
             f"{seasons} seasons × {eps} eps × {length} min. I do {nightly} minutes a night. "
             "Total viewing hours (1 dp) and nights needed (rounding up)?")
    if total % nightly == 0:
        raise Skip
    return t, [num(total / 60, 1), [f"{nights} nights", f"{nights} night", f"= {nights}",
                                    f"{nights} evenings"]]


@family
def usb_copy_time(rng):
    gb = rng.choice([4.7, 8, 16, 25, 32, 50, 64, 120, 250, 500])
    speed = rng.choice([35, 60, 90, 120, 150, 400, 900, 25])
    secs = gb * 1000 / speed
    t = pick(rng, f"copying {gb:g} GB to a stick that writes at about {speed} MB/s — how long? "
             "(1 GB = 1000 MB) give minutes and seconds",
             f"How long to transfer {gb:g} GB at a steady {speed} MB/s, taking 1 GB as 1000 MB? "
             "Answer in minutes and seconds, nearest second.")
    if abs(secs % 1 - 0.5) < 0.06:
        raise Skip
    s = round(secs)
    m, sec = divmod(s, 60)
    forms = [f"{m} min {sec} s", f"{m} minutes {sec} seconds", f"{m} minutes and {sec} seconds",
             f"{m}m {sec}s", f"{m}:{sec:02d}", f"{m} min {sec} sec", f"{m} minutes, {sec} seconds",
             f"{m} mins {sec} secs", f"{m} min {sec:02d} s", f"{m}m{sec:02d}s", f"{m} min, {sec} s"]
    if m >= 60:
        h, mm = divmod(m, 60)
        forms += [f"{h}:{mm:02d}:{sec:02d}", f"{h} h {mm} min {sec} s", f"{h}h {mm}m {sec}s",
                  f"{h} hours {mm} minutes {sec} seconds", f"{h} hour {mm} minutes {sec} seconds",
                  f"{h} hr {mm} min {sec} s", f"{h} hours, {mm} minutes", f"{h} hours {mm} minutes"]
    return t, [forms + count(s) + [f"{s} seconds", f"{s} s"]]


@family
def megapixels_raw_size(rng):
    w, h = rng.choice([(6000, 4000), (4032, 3024), (8256, 5504), (5472, 3648), (3840, 2160),
                       (7952, 5304), (4608, 3456), (6240, 4160), (9504, 6336), (5184, 3456),
                       (4000, 3000), (6720, 4480)])
    bits = rng.choice([8, 10, 12, 14, 16])
    mp = w * h / 1e6
    size = w * h * 3 * bits / 8 / 1e6
    t = (f"Camera shoots {w}x{h}. How many megapixels is that (one decimal), and how big is one "
         f"uncompressed RGB image at {bits} bits per channel, in MB (1 MB = 1,000,000 bytes, one "
         "decimal)?")
    return t, [num(mp, 1), num(size, 1)]


@family
def phone_storage_free(rng):
    total = rng.choice([64, 128, 256, 512])
    parts = {"photos": rng.randint(8, int(total * 0.35)), "apps": rng.randint(5, int(total * 0.2)),
             "system": rng.randint(8, 14), "messages": rng.randint(1, 9)}
    used = sum(parts.values())
    free = total - used
    listing = ", ".join(f"{k} {v} GB" for k, v in parts.items())
    t = (f"{total} GB phone. Storage screen: {listing}. Ignoring anything else, how many GB are "
         "free and what percentage of the phone is free (one decimal)?")
    return t, [count(free), num(free / total * 100, 1)]


@family
def data_overage_bill(rng):
    plan = rng.choice([5, 10, 15, 20, 30])
    used = plan + rng.randint(1, 90) / 10 + 0.05
    used = round(used, 2)
    fee = rng.choice([8, 10, 12, 15])
    per = rng.choice([2, 2.5, 3, 5, 7.5])
    extra = math.ceil(used - plan)
    bill = fee + extra * per
    t = (f"My plan is ${fee} a month for {plan} GB; every extra GB or part of one is ${per:g}. "
         f"I used {used:g} GB this month. What's the bill?")
    return t, [money(bill)]


@family
def dog_age_human(rng):
    yrs = rng.randint(3, 16)
    human = 15 + 9 + 5 * (yrs - 2)
    t = pick(rng, f"Using the vet's rule (first year = 15 human years, second year = 9 more, every "
             f"year after that = 5), how old is my {yrs}-year-old dog in human years?",
             f"dog is {yrs}. rule: 15 for yr 1, +9 for yr 2, then +5 per year. human-years age?")
    return t, [count(human)]


@family
def hay_bales_winter(rng):
    horses = [rng.randint(380, 650) for _ in range(rng.randint(1, 3))]
    pct = rng.choice([1.5, 2, 2.5])
    bale = rng.choice([18, 20, 22, 25])
    days = rng.choice([120, 150, 160, 180])
    kg = round(sum(horses) * pct / 100 * days, 6)
    bales = math.ceil(kg / bale)
    if (kg / bale) % 1 < 1e-9:
        raise Skip
    desc = " and ".join(f"{w} kg" for w in horses)
    t = (f"Horse{'s' if len(horses) > 1 else ''} weighing {desc}. Feeding hay at {pct:g}% of "
         f"body weight per day, for {days} days of winter, with {bale} kg bales. Total hay in kg "
         "and number of bales to buy?")
    return t, [num(kg, 1, 0.0) if kg % 1 else count(int(kg)), count(bales)]


@family
def hens_eggs(rng):
    hens = rng.randint(3, 24)
    rate = rng.choice([55, 60, 65, 70, 75, 80, 85, 50])
    days = rng.choice([7, 14, 30])
    eggs = hens * rate / 100 * days
    t = pick(rng, f"{hens} hens, laying rate about {rate}% (eggs per hen per day). how many eggs "
                  "in "
             f"{days} days, and how many full dozen boxes is that?",
             f"We keep {hens} chickens that each lay on roughly {rate}% of days. Expected eggs "
             "over "
             f"{days} days, and how many complete dozens?")
    if eggs % 1:
        raise Skip
    return t, [count(int(eggs)), [f"{int(eggs) // 12} dozen", f"{int(eggs) // 12} full",
                                  f"{int(eggs) // 12} boxes", f"{int(eggs) // 12} complete"]]


@family
def cat_mixed_feeding(rng):
    kcal = rng.randint(180, 300)
    pouch_kcal = rng.choice([70, 75, 80, 85, 90])
    pouches = rng.choice([1, 2])
    dry = rng.choice([3.6, 3.8, 4.0, 3.5, 3.9])
    left = kcal - pouch_kcal * pouches
    g = left / dry
    t = (f"Vet says my cat needs {kcal} kcal a day. She gets {pouches} wet pouch"
         f"{'es' if pouches > 1 else ''} at {pouch_kcal} kcal each and the rest as dry food, which "
         f"is {dry} kcal per gram. How many grams of dry food a day, to one decimal?")
    return t, [num(g, 1)]


@family
def aquarium_water_change(rng):
    tank = rng.choice([60, 90, 120, 180, 240, 300, 450, 54, 112])
    pct = rng.choice([10, 15, 20, 25, 30, 40])
    bucket = rng.choice([5, 8, 10, 12])
    dose_ml, dose_per = rng.choice([(5, 50), (1, 20), (2, 40), (10, 100)])
    vol = tank * pct / 100
    b = math.ceil(vol / bucket)
    ml = vol * dose_ml / dose_per
    t = (f"Weekly change of {pct}% on a {tank} L tank, refilling with a {bucket} L bucket. Water "
         f"conditioner is {dose_ml} ml per {dose_per} L of new water. How many litres am I "
         "changing, how many bucket trips (last one part full), and how much conditioner in ml?")
    if vol % 1 or (vol / bucket) % 1 == 0:
        raise Skip
    return t, [count(int(vol)), [f"{b} trips", f"{b} bucket", f"{b} trip", f"= {b}",
                                 f"{b} fills", f"{b} times"], num(ml, 2, 0.0) if ml * 10 % 1
               else num(ml, 1, 0.0)]


@family
def visa_last_day(rng):
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    days = rng.choice([30, 45, 60, 90, 14, 21])
    last = start + dt.timedelta(days=days - 1)
    t = pick(rng, f"I enter the country on {start:%d %B %Y} and can stay {days} days, with the "
             "entry day counting as day 1. What's the last day I can be there?",
             f"{days}-day permit, arrival {start:%B %d, %Y} counts as day one. last legal day?")
    d = last.day
    return t, [[f"{d} {last:%B}", f"{last:%B} {d}", f"{last:%Y-%m-%d}", f"{d} {last:%b}",
                f"{last:%b} {d}", f"{last:%d/%m/%Y}", f"{d}/{last.month}/{last.year}",
                f"{d}th of {last:%B}", f"{d}st of {last:%B}", f"{d}nd of {last:%B}",
                f"{d}rd of {last:%B}", f"{d}th {last:%B}", f"{d}st {last:%B}", f"{d}nd {last:%B}",
                f"{d}rd {last:%B}"]]


@family
def fridge_cubic_feet(rng):
    cuft = rng.randint(40, 280) / 10
    t = pick(rng, f"US fridge listed at {cuft:g} cu ft. What's the capacity in litres? (1 ft = "
             "0.3048 m exactly; nearest litre)",
             f"convert {cuft:g} cubic feet to liters, nearest whole liter")
    return t, [whole(cuft * FOOT ** 3 * 1000)]


FAMILIES = [(f, 10) for f in (
    carat_to_grams, furlongs_race_speed, kml_to_l100, time_saved_faster, car_co2_year,
    mileage_allowance, odd_offset_call, audiobook_speed, binge_series_nights, usb_copy_time,
    megapixels_raw_size, phone_storage_free, data_overage_bill, dog_age_human, hay_bales_winter,
    hens_eggs, cat_mixed_feeding, aquarium_water_change, visa_last_day, fridge_cubic_feet)]
