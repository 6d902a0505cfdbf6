"""Round 18 (``B_*``, dev now) for ``muse bench agents``, units part 5: water and fuel at home,
screens and sound, seedlings and irrigation, long drives and connections, cake pans, tyre wear
and hot tubs."""

from __future__ import annotations

import math

from bench.data.agents.heldout18_units import (
    INCH,
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
def pool_chlorine(rng):
    ln, w, d = rng.randint(30, 120) / 10, rng.randint(20, 60) / 10, rng.choice([1.0, 1.2, 1.5])
    g_per = rng.choice([10, 15, 20])
    per_l = 10000
    litres = ln * w * d * 1000
    g = litres / per_l * g_per
    t = (f"Pool is {ln:g} m × {w:g} m with an average depth of {d:g} m. Shock dose is {g_per} g "
         "per "
         f"{per_l:,} litres. How many litres of water, and how many grams of shock (one decimal)?")
    return t, [whole(litres, 0.0), num(g, 1)]


@family
def bike_cadence_speed(rng):
    chain, cog = rng.choice([34, 36, 39, 42, 46, 50, 52, 53]), rng.randint(11, 32)
    circ = rng.choice([2096, 2105, 2136, 2155, 2200])
    rpm = rng.randint(60, 105)
    kmh = rpm * chain / cog * circ / 1000 * 60 / 1000
    t = pick(rng, f"In {chain}x{cog} at {rpm} rpm, wheel circumference {circ} mm, how fast am I "
             "going in km/h? one decimal",
             f"Cycling maths: chainring {chain}T, sprocket {cog}T, cadence {rpm}, tyre "
             f"circumference {circ} mm. Speed (km/h, 1 dp)?")
    return t, [num(kmh, 1)]


@family
def thunder_distance(rng):
    secs = rng.randint(2, 25) + rng.choice([0, 0.5])
    c = 343
    km = secs * c / 1000
    t = pick(rng, f"counted {secs:g} seconds between the flash and the thunder. sound is about {c} "
             "m/s — how far away was it in km (2 dp) and miles (2 dp)?",
             f"Lightning then thunder {secs:g} s later. Using {c} m/s for the speed of sound, how "
             "many km away, and how many miles? Two decimals each.")
    return t, [num(km, 2), num(km / 1.609344, 2)]


@family
def drive_with_breaks(rng):
    dist = rng.randint(180, 900)
    speed = rng.choice([80, 85, 90, 95, 100, 105])
    every, brk = rng.choice([(120, 15), (120, 20), (90, 10), (150, 20)])
    drive = dist / speed * 60
    breaks = math.ceil(drive / every) - 1
    total = drive + breaks * brk
    if abs(drive % 1 - 0.5) < 0.06 or drive % every == 0:
        return None
    t = (f"{dist} km road trip at an average of {speed} km/h while moving. We stop for {brk} "
         f"minutes after every {every} minutes of driving (no stop needed once we've arrived). "
         "Total trip time, to the nearest minute?")
    return t, [hm(round(total)) + count(round(total))]


@family
def layover_minutes(rng):
    dep = rng.randint(6, 14) * 60 + rng.choice([0, 10, 25, 40, 55])
    o1, o2 = rng.choice([(1, -5), (0, -5), (1, -4), (2, 1), (0, 4), (-5, -8), (1, 3)])
    dur = rng.randint(120, 540) // 5 * 5
    arr_local = dep + dur + (o2 - o1) * 60
    lay = rng.randint(50, 260)
    nxt = arr_local + lay
    t = (f"First flight leaves at {dep // 60:02d}:{dep % 60:02d} local time (UTC{o1:+d}), flight "
         f"time {dur // 60}h {dur % 60:02d}m, landing where it's UTC{o2:+d}. My connection departs "
         f"at {(nxt // 60) % 24:02d}:{nxt % 60:02d} local, same day. What local time do I land, "
         "and how long is the layover?")
    if not 0 <= arr_local < 1440 or nxt >= 1440:
        return None
    return t, [clock(arr_local), [*hm(lay), f"{lay} minutes", f"{lay} min"]]


@family
def hamster_wheel_km(rng):
    diam = rng.choice([17, 20, 21, 25, 28, 30])
    revs = rng.randint(3000, 22000)
    km = revs * math.pi * diam / 100 / 1000
    t = pick(rng, f"hamster's wheel is {diam} cm across and the counter said {revs:,} turns "
             "overnight. how many km did she run? 2 decimals",
             f"Wheel diameter {diam} cm, {revs} revolutions in one night — distance in kilometres "
             "to two decimals?")
    return t, [num(km, 2)]


@family
def seed_trays_germination(rng):
    want = rng.randint(20, 200)
    germ = rng.choice([60, 70, 75, 80, 85, 90])
    cells = rng.choice([24, 40, 60, 72, 104])
    seeds = math.ceil(want / (germ / 100) - 1e-9)
    trays = math.ceil(seeds / cells)
    t = (f"I want {want} seedlings. Germination rate on the packet is {germ}%, one seed per cell, "
         f"trays have {cells} cells. How many seeds should I sow (round up) and how many trays?")
    if seeds % cells == 0:
        return None
    return t, [count(seeds), [f"{trays} trays", f"{trays} tray", f"= {trays}", f"{trays} x"]]


@family
def drip_irrigation_week(rng):
    emitters = rng.randint(10, 80)
    lph = rng.choice([1, 2, 2.3, 4, 8])
    mins = rng.choice([10, 15, 20, 30, 45])
    times = rng.choice([3, 5, 7, 14])
    litres = emitters * lph * mins / 60 * times
    t = pick(rng, f"drip line with {emitters} emitters at {lph:g} L/h each, timer runs {mins} min, "
             f"{times} times a week. litres per week? (1 dp)",
             f"How much water does my irrigation use weekly? {emitters} drippers, {lph:g} litres "
             "per "
             f"hour each, {mins}-minute cycles, {times} cycles a week. One decimal.")
    return t, [num(litres, 1, 0.0) if (litres * 10) % 1 < 1e-6 else num(litres, 1)]


@family
def toilet_flush_savings(rng):
    old, new = rng.choice([(13, 6), (9, 4.5), (13, 4), (9, 6), (12, 6)])
    people = rng.randint(1, 6)
    flushes = rng.choice([4, 5, 6])
    price = rng.choice([1.8, 2.1, 2.45, 3.2, 4.1])
    saved = (old - new) * people * flushes * 365
    t = (f"Swapping a {old:g} L toilet for a {new:g} L dual-flush one. {people} "
         f"{'person' if people == 1 else 'people'}, about "
         f"{flushes} flushes each a day. Litres saved per year (365 days) and money saved at "
         f"£{price:.2f} per cubic metre (water + sewerage)?")
    return t, [num(saved, 1, 0.0) if saved % 1 else count(int(saved)), money(saved / 1000 * price)]


@family
def screen_ppi(rng):
    w, h = rng.choice([(1920, 1080), (2560, 1440), (3840, 2160), (2560, 1600), (1366, 768),
                       (2880, 1800), (3440, 1440), (1280, 800), (2532, 1170)])
    diag = rng.choice([6.1, 13.3, 14, 15.6, 16, 21.5, 24, 27, 32, 34])
    ppi = math.hypot(w, h) / diag
    t = pick(rng, f"pixel density of a {diag:g}\" {w}x{h} screen? ppi to 1 dp",
             f"What's the PPI of a {diag:g}-inch display at {w} × {h}? One decimal.")
    return t, [num(ppi, 1)]


@family
def book_pages_per_day(rng):
    pages = rng.randint(180, 900)
    read = rng.randint(0, pages // 2)
    days = rng.randint(5, 30)
    per = (pages - read) / days
    t = pick(rng, f"Book club meets in {days} days. The book is {pages} pages and I'm on page "
             f"{read}. How many pages a day do I need (round up to whole pages)?",
             f"{pages} page novel, finished {read} pages so far, {days} days left till book club. "
             "pages/day needed, rounded up?")
    if per % 1 == 0:
        return None
    return t, [count(math.ceil(per))]


@family
def oil_tank_days(rng):
    cap = rng.choice([1000, 1200, 1400, 2500, 1800])
    pct = rng.choice([35, 40, 45, 50, 55, 60, 65, 70])
    use = rng.randint(80, 300) / 10
    reorder = rng.choice([15, 20, 25])
    litres = cap * pct / 100
    days = (litres - cap * reorder / 100) / use
    t = (f"Heating oil tank holds {cap:,} L and the gauge shows {pct}%. We burn about {use:g} L a "
         f"day. I reorder when it hits {reorder}%. How many whole days until I need to reorder "
         "(round down)?")
    return t, [[f"{int(days)} days", f"{int(days)} full days", f"{int(days)} day"]]


@family
def firewood_nets(rng):
    kwh = rng.randint(8, 30)
    eff = rng.choice([0.65, 0.7, 0.75, 0.8])
    per_kg = rng.choice([4.0, 4.2, 4.5])
    net = rng.choice([10, 12, 15, 20])
    evenings = rng.randint(5, 30)
    kg = kwh / eff / per_kg
    total = kg * evenings
    nets = math.ceil(total / net)
    t = (f"I want {kwh} kWh of heat from the log burner each evening. It's {int(eff*100)}% "
         f"efficient and seasoned logs give about {per_kg:g} kWh per kg. How many kg per evening "
         f"(1 dp), and how many {net} kg nets for {evenings} evenings?")
    if total / net % 1 < 1e-6:
        return None
    return t, [num(kg, 1), [f"{nets} nets", f"{nets} net", f"= {nets}", f"{nets} bags"]]


@family
def water_use_cost(rng):
    lpm = rng.choice([6, 8, 10, 12, 15, 20])
    mins = rng.randint(10, 90)
    times = rng.randint(1, 8)
    price = rng.choice([1.65, 2.3, 3.1, 3.75, 4.4])
    litres = lpm * mins * times
    t = pick(rng, f"The pressure washer uses {lpm} L/min. I use it {mins} min a go, {times} times "
             f"a month. Litres a month and cost at ${price:.2f} per m³?",
             f"hose on the veg patch: {lpm} litres per minute, {mins} minutes, {times}x per month. "
             f"water is ${price:.2f}/m3 — litres and cost per month?")
    return t, [count(litres), money(litres / 1000 * price)]


@family
def tablet_screen_size(rng):
    w_in = rng.randint(60, 280) / 10
    ratio = rng.choice([(16, 9), (4, 3), (16, 10), (3, 2)])
    h_in = w_in * ratio[1] / ratio[0]
    diag = math.hypot(w_in, h_in)
    t = (f"A screen's visible area is {w_in:g} inches wide with a {ratio[0]}:{ratio[1]} aspect "
         "ratio. What's its height in inches (2 dp), its diagonal in inches (1 dp), and the "
         "diagonal in cm (1 dp)?")
    return t, [num(h_in, 2), num(diag, 1), num(diag * INCH, 1)]


@family
def sheet_cake_pieces(rng):
    w, h = rng.choice([(9, 13), (12, 18), (11, 15), (10, 15), (8, 8), (9, 9)])
    piece = rng.choice([(2, 2), (2, 3), (1.5, 2), (3, 3), (2, 2.5)])
    across, down = int(w // piece[0]), int(h // piece[1])
    guests = rng.randint(20, 150)
    n = across * down
    pans = math.ceil(guests / n)
    t = (f"Sheet cake pan is {w}×{h} inches. Cutting pieces {piece[0]:g}×{piece[1]:g} inches (the "
         f"{piece[0]:g} along the {w}-inch side), full pieces only. Pieces per pan, and how many "
         f"pans for {guests} guests at one piece each?")
    if guests % n == 0:
        return None
    return t, [count(n), [f"{pans} pans", f"{pans} pan", f"= {pans}", f"{pans} cakes",
                          f"{pans} sheet"]]


@family
def tread_wear_km(rng):
    now = rng.randint(35, 75) / 10
    legal = rng.choice([1.6, 3.0])
    wear = rng.choice([0.4, 0.5, 0.6, 0.75, 0.8, 1.0])
    km = (now - legal) / wear * 10000
    t = pick(rng, f"Tyres have {now:g} mm of tread left. They wear about {wear:g} mm per 10,000 km "
             f"and I'll replace them at {legal:g} mm. Roughly how many km left? (nearest km)",
             f"tread {now:g}mm now, replacing at {legal:g}mm, wear rate {wear:g}mm per 10k km — km "
             "remaining?")
    if now <= legal + 0.3:
        return None
    return t, [whole(km)]


@family
def hot_tub_heat(rng):
    litres = rng.choice([800, 950, 1000, 1200, 1500, 1800])
    t0, t1 = rng.randint(8, 20), rng.choice([37, 38, 39, 40])
    kw = rng.choice([2, 2.2, 3, 3.5])
    kwh = litres * 4.186 * (t1 - t0) / 3600
    hours = kwh / kw
    p = rng.randint(20, 35)
    t = (f"Hot tub holds {litres} L, filled at {t0} °C, heating to {t1} °C with a {kw:g} kW "
         "heater. "
         "Water takes 4.186 kJ per litre per °C and 1 kWh = 3600 kJ; ignore heat loss. kWh "
         f"needed (1 dp), hours to heat (1 dp), and cost at {p}p/kWh?")
    cost = list(dict.fromkeys(money(kwh * p / 100) + money(round(kwh, 1) * p / 100)))
    return t, [num(kwh, 1), num(hours, 1), cost]


FAMILIES = [(f, 10) for f in (
    pool_chlorine, bike_cadence_speed, thunder_distance, drive_with_breaks, layover_minutes,
    hamster_wheel_km, seed_trays_germination, drip_irrigation_week, toilet_flush_savings,
    screen_ppi, book_pages_per_day, oil_tank_days, firewood_nets, water_use_cost,
    tablet_screen_size, sheet_cake_pieces, tread_wear_km, hot_tub_heat)]
