"""Round 18 (``B_*``, dev now) for ``muse bench agents``, units part 3: garden and outdoor
quantities, drinks for a party, work rates and speeds."""

from __future__ import annotations

import math

from bench.data.agents.heldout18_units import (
    FOOT,
    INCH,
    Skip,
    count,
    family,
    hm,
    money,
    num,
    pick,
    whole,
)


@family
def seed_row_spacing(rng):
    length = rng.randint(12, 90) / 10
    spacing = rng.choice([5, 7.5, 10, 15, 20, 25, 30, 45])
    rows = rng.randint(1, 6)
    per_row = int(round(length * 100) // spacing) + 1
    t = pick(rng, f"planting {rows} row{'s' if rows > 1 else ''}, each {length:g} m long, seeds "
             f"{spacing:g} cm apart with one right at each end. how many seeds altogether?",
             f"Veg bed: {rows} rows × {length:g} m. Spacing {spacing:g} cm, first plant at the "
             "start "
             "of the row, keep going while there's room. Total plants?")
    if (round(length * 100) / spacing) % 1 and "one right at each end" in t:
        raise Skip
    return t, [count(per_row * rows)]


@family
def hedge_double_row(rng):
    length = rng.randint(8, 60)
    per_m = rng.choice([5, 6, 7, 3, 4])
    price = rng.choice([0.85, 1.2, 1.45, 2.1, 2.6, 3.25])
    plants = length * per_m
    t = (f"New hedge along a {length} m boundary, staggered double row at {per_m} plants per "
         f"metre of hedge. Bare-root whips are £{price:.2f} each. How many plants and what cost?")
    return t, [count(plants), [*money(plants * price), f"{plants * price:,.2f}"]]


@family
def feed_dilution(rng):
    ml, per = rng.choice([(10, 1), (20, 4.5), (25, 4.5), (5, 1), (15, 5), (30, 9)])
    can = rng.choice([4.5, 5, 7, 9, 10])
    cans = rng.randint(2, 9)
    total = ml / per * can * cans
    t = pick(rng, f"Tomato feed label: {ml} ml per {per:g} litres of water. My watering can holds "
             f"{can:g} L and I use {cans} cans a week. ml of feed per week (one decimal)?",
             f"feed is {ml}ml per {per:g}L. {cans} x {can:g}L cans — how much feed do i need?? "
             "(ml, 1 dp)")
    return t, [num(total, 1)]


@family
def pond_liner(rng):
    length, width = rng.randint(15, 60) / 10, rng.randint(10, 40) / 10
    depth = rng.choice([0.45, 0.5, 0.6, 0.75, 0.9, 1.0])
    lap = rng.choice([0.3, 0.5])
    ll = length + 2 * depth + 2 * lap
    lw = width + 2 * depth + 2 * lap
    if width > length:
        return None
    t = (f"Pond {length:g} m long, {width:g} m wide, {depth:g} m deep at the deepest point. Liner "
         f"size = pond dimension + 2 x max depth + 2 x {lap:g} m overlap, for each of length and "
         "width. Liner length, width and area?")
    return t, [num(ll, 2, 0.0), num(lw, 2, 0.0), num(ll * lw, 2)]


@family
def bulbs_round_bed(rng):
    diam = rng.randint(10, 40) / 10
    density = rng.choice([25, 40, 50, 60, 80, 100])
    per_pack = rng.choice([10, 15, 20, 25, 50])
    n = math.pi * (diam / 2) ** 2 * density
    bulbs = math.ceil(n)
    packs = math.ceil(bulbs / per_pack)
    t = (f"circular bed {diam:g} m across. Planting tulips at {density} bulbs per square metre, "
         f"sold in packs of {per_pack}. Bulbs needed (round up), and packs?")
    if n % 1 < 0.01:
        raise Skip
    return t, [count(bulbs), [f"{packs} packs", f"{packs} pack", f"= {packs}", f"{packs} bags",
                             f"buy {packs}"]]


@family
def mowing_time(rng):
    area = rng.randint(150, 1800)
    width = rng.choice([33, 37, 41, 46, 51, 56])
    speed = rng.choice([3, 3.5, 4, 4.5, 5])
    overlap = rng.choice([5, 10])
    eff = width - overlap
    mins = area / (eff / 100 * speed * 1000) * 60
    t = (f"Lawn is {area} m². Mower cuts {width} cm but I overlap each pass by {overlap} cm, "
         f"walking at {speed:g} km/h. Ignoring turns, how long does it take, in minutes to one "
         "decimal?")
    return t, [num(mins, 1)]


@family
def waking_screen_share(rng):
    sleep = rng.choice([6, 6.5, 7, 7.5, 8, 8.5, 9])
    work = rng.randint(4, 9)
    extra = rng.randint(1, 5) + rng.choice([0, 0.25, 0.5, 0.75])
    screen = work + extra
    awake = 24 - sleep
    t = pick(rng, f"I sleep {sleep:g} h a night, stare at a screen {work} h at work and about "
             f"{extra:g} h more at home. What share of my waking hours is screen time? (percent, "
             "one decimal)",
             f"sleep {sleep:g}h. screens: {work}h work + {extra:g}h personal. % of waking day on "
             "screens, to 1 dp?")
    return t, [num(screen / awake * 100, 1)]


@family
def sleep_years_lifetime(rng):
    h = rng.choice([6, 6.5, 7, 7.25, 7.5, 8, 8.5, 9])
    age = rng.randint(18, 85)
    years = h / 24 * age
    t = pick(rng, f"If I've averaged {h:g} hours of sleep a night for all {age} years of my life, "
             "how many years have I spent asleep? one decimal",
             f"{age} years old, ~{h:g} h sleep/night on average. years asleep (1dp)?")
    return t, [num(years, 1)]


@family
def shots_per_bottle(rng):
    bottle = rng.choice([(70, "70 cl"), (75, "75cl"), (100, "1 litre"), (50, "50cl"),
                         (35, "35cl"), (150, "1.5 L")])
    shot = rng.choice([25, 35, 50, 30, 44])
    ml = bottle[0] * 10
    full, left = divmod(ml, shot)
    t = pick(rng, f"How many {shot} ml measures are in a {bottle[1]} bottle, and how many ml are "
                  "left "
             "over?",
             f"{bottle[1]} bottle of gin, pouring {shot}ml singles. Full measures + leftover ml?")
    if left == 0:
        raise Skip
    return t, [count(full), [f"{left} ml", f"{left}ml", f"{left} millilitres", f"{left} mL"]]


@family
def punch_glasses(rng):
    litres = rng.choice([1, 1.5, 2, 3])
    cans = rng.randint(2, 8)
    ml_rum = rng.choice([350, 500, 700, 750])
    juice = rng.randint(2, 12) * 100
    glass = rng.choice([150, 175, 200, 250])
    total = litres * 1000 + cans * 330 + ml_rum + juice
    full = total // glass
    t = (f"Punch bowl: {litres:g} L lemonade, {cans} cans of ginger beer (330 ml each), "
         f"{ml_rum} ml rum and {juice} ml of pineapple juice. How many litres is that, and how "
         f"many full {glass} ml glasses?")
    return t, [num(total / 1000, 2, 0.0), count(int(full))]


@family
def oil_barrel_litre(rng):
    price = rng.randint(5500, 9800) / 100
    t = (f"Brent is ${price:.2f} a barrel. A barrel is 158.987 litres. What does that work out "
         "to in US cents per litre of crude, to one decimal?")
    return t, [num(price / 158.987 * 100, 1)]


@family
def price_per_sqft_to_sqm(rng):
    psf = rng.randint(180, 1900)
    sqft = rng.randint(650, 3200)
    t = pick(rng, f"Listing: {sqft:,} sq ft at ${psf} per sq ft. What's the asking price, the size "
             "in square metres (1 dp) and the price per square metre (nearest dollar)?",
             f"{sqft} sqft flat, priced at {psf}/sqft in dollars. Give me total price, m² (one "
             "decimal), and $/m² (whole dollars).")
    sqm = sqft * FOOT ** 2
    return t, [count(sqft * psf), num(sqm, 1), whole(psf / FOOT ** 2)]


@family
def rug_round_area(rng):
    ft = rng.choice([4, 5, 6, 7, 8, 9, 10, 12])
    inch = rng.choice([0, 0, 6, 3, 9])
    d_m = (ft * 12 + inch) * INCH / 100
    area = math.pi * (d_m / 2) ** 2
    size = f"{ft} ft" + (f" {inch} in" if inch else "")
    t = pick(rng, f"round rug, {size} diameter. how much floor does it cover in m²? 2 dp",
             f"What's the area in square metres of a circular rug {size} across? Two decimals "
             "please.")
    return t, [num(area, 2)]


@family
def catch_up_time(rng):
    head = rng.choice([5, 8, 10, 12, 15, 20, 25, 30])
    v1 = rng.choice([12, 14, 15, 16, 18])
    v2 = v1 + rng.choice([3, 4, 5, 6, 8])
    mins = head * v1 / (v2 - v1)
    t = pick(rng, f"My brother set off on his bike {head} minutes before me, riding at {v1} km/h. "
             f"I ride at {v2} km/h on the same route. How many minutes after I start do I catch "
             "him? And how far along (km, 2 dp)?",
             f"{head} min head start at {v1} km/h, chaser at {v2} km/h. minutes until caught "
             "(from when the chaser starts), and distance in km to 2 decimals?")
    if mins % 1:
        return None
    return t, [count(int(mins)), num(v2 * mins / 60, 2, 0.0)]


@family
def typing_time(rng):
    words = rng.randint(8, 60) * 100
    wpm = rng.randint(28, 95)
    mins = words / wpm
    t = pick(rng, f"Transcribing a {words:,}-word interview at about {wpm} wpm. How long "
             "non-stop, in hours and minutes (nearest minute)?",
             f"{words} words to type, I do {wpm} words per minute. time? (h and min, round to "
             "minute)")
    if abs(mins % 1 - 0.5) < 0.06:
        raise Skip
    return t, [hm(round(mins))]


@family
def net_after_platform_fee(rng):
    rate = rng.randint(25, 120)
    fee = rng.choice([10, 12, 15, 20])
    hours = rng.randint(6, 60)
    unpaid = rng.choice([0, 2, 3, 5])
    net = rate * hours * (1 - fee / 100)
    t = (f"Freelance gig: {hours} billable hours at ${rate}/h, the platform keeps {fee}%. I also "
         f"spent {unpaid} unbilled hours on admin. What do I take home, and what's my real "
         "hourly rate across all the hours I worked (to the cent)?")
    return t, [[*money(net), f"{net:,.2f}"], money(net / (hours + unpaid))]


@family
def fan_oven_temp(rng):
    f = rng.choice([325, 340, 350, 360, 375, 390, 400, 425, 450, 300])
    drop = 20
    c = (f - 32) * 5 / 9
    t = pick(rng, f"Recipe says {f}°F in a conventional oven. Mine is a fan oven, which should be "
             f"{drop} °C lower. What do I set it to in °C? (nearest degree)",
             f"{f}F conventional → fan oven in celsius? (fan = {drop}C less). round to whole "
             "degrees")
    return t, [whole(c - drop)]


@family
def dive_gas_time(rng):
    sac = rng.choice([12, 14, 15, 16, 18, 20, 22])
    depth = rng.choice([10, 12, 15, 18, 20, 25, 30])
    cyl, fill = rng.choice([(10, 200), (12, 200), (12, 232), (15, 200), (11.1, 207)])
    reserve = rng.choice([50, 70])
    ata = 1 + depth / 10
    usable = cyl * (fill - reserve)
    mins = usable / (sac * ata)
    t = (f"Surface air consumption {sac} L/min. Planning a dive at {depth} m (absolute pressure "
         f"= 1 + depth/10 bar). Cylinder is {cyl:g} L filled to {fill} bar and I surface with "
         f"{reserve} bar. Minutes of gas at depth, ignoring descent/ascent? 1 dp")
    return t, [num(mins, 1)]


@family
def barometer_mmhg(rng):
    mm = rng.randint(7200, 7800) / 10
    t = pick(rng, f"old barometer reads {mm:g} mmHg. in hPa? (1 mmHg = 1.333224 hPa) 1dp",
             f"Convert a pressure of {mm:g} mm of mercury to hectopascals, using 1 mmHg = "
             "1.333224 hPa, to one decimal.")
    return t, [num(mm * 1.333224, 1)]


@family
def sandpit_bags(rng):
    ln, w = rng.randint(10, 30) / 10, rng.randint(10, 25) / 10
    d = rng.choice([20, 25, 30, 35])
    dens = rng.choice([1.5, 1.6])
    bag = rng.choice([15, 20, 25])
    kg = ln * w * d / 100 * dens * 1000
    n = math.ceil(kg / bag)
    if (kg / bag) % 1 < 1e-6:
        raise Skip
    t = (f"sandpit {ln:g}m x {w:g}m, fill to {d} cm deep. play sand weighs about {dens:g} tonnes "
         "per "
         f"cubic metre and comes in {bag} kg bags. how many bags?")
    return t, [count(n)]


FAMILIES = [(f, 10) for f in (
    seed_row_spacing, hedge_double_row, feed_dilution, pond_liner, bulbs_round_bed, mowing_time,
    waking_screen_share, sleep_years_lifetime, shots_per_bottle, punch_glasses, oil_barrel_litre,
    price_per_sqft_to_sqm, rug_round_area, catch_up_time, typing_time, net_after_platform_fee,
    fan_oven_temp, dive_gas_time, barometer_mmhg, sandpit_bags)]
