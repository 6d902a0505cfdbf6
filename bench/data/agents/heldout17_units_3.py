"""Round 17 (``M_*``, dev now) for ``muse bench agents``, units part 3: areas, home projects
(tiles, paint, soil, concrete), volumes, data sizes and download times."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units import FOOT, GAL, Skip, family, money, num, pick, whole
from bench.data.agents.helpers import Family


@family
def sqft_to_sqm(rng):
    sq = rng.randint(350, 2600)
    t = pick(rng, f"Apartment listing says {sq} sq ft. In square metres?",
             f"how many m² is {sq} square feet")
    return t + " (nearest whole m²)", [whole(sq * FOOT * FOOT)]


@family
def acres_hectares(rng):
    a = rng.choice([0.5, 1.5, 2.5, 3.5]) + rng.randint(0, 60)
    t = f"Farm for sale is {a} acres. How many hectares? (1 acre = 4046.8564224 m²) two decimals"
    return t, [num(a * 4046.8564224 / 10000, 2)]


@family
def room_area_ft(rng):
    a, b = rng.randint(9, 22), rng.randint(8, 18)
    ia, ib = rng.choice([0, 6]), rng.choice([0, 3, 6, 9])
    area = (a + ia / 12) * (b + ib / 12)
    t = (f"My bedroom is {a}ft {ia}in by {b}ft {ib}in. What's the floor area in square feet? "
         f"One decimal.")
    return t, [num(area, 1)]


@family
def carpet_cost(rng):
    ln, w = rng.choice([3.2, 3.6, 4.0, 4.5, 5.1]), rng.choice([2.8, 3.0, 3.4, 3.9])
    price = rng.choice([18.5, 22, 24.99, 29.5, 35])
    cost = f"{price:.2f}"
    area = ln * w
    t = (f"Room is {ln} m x {w} m, carpet costs ${cost} per square metre (they charge for the "
         f"exact area). Area and total cost?")
    return t, [num(area, 2), money(area * price)]


@family
def tiles_needed(rng):
    ln, w = rng.choice([2.4, 3.0, 3.6, 4.2]), rng.choice([1.8, 2.0, 2.4, 3.0])
    tile = rng.choice([30, 40, 60])
    waste = rng.choice([5, 10, 15])
    n = math.ceil(ln * w / (tile / 100) ** 2 * (1 + waste / 100) - 1e-9)
    t = (f"Tiling a floor {ln}m by {w}m with {tile}x{tile} cm tiles. I want {waste}% extra for "
         f"cuts and breakage. How many tiles should I buy? (whole tiles, round up)")
    return t, [[str(n), f"{n} tiles"]]


@family
def tile_boxes(rng):
    area = rng.choice([8.5, 11, 14.2, 17.8, 22.5, 26])
    per_box = rng.choice([1.08, 1.44, 1.5, 2.16])
    price = rng.choice([19.99, 27.5, 34.0, 42.95])
    each = f"{price:.2f}"
    boxes = math.ceil(area / per_box)
    t = (f"bathroom + hallway floor is {area} m². each box of tiles covers {per_box} m² and costs "
         f"${each}. how many boxes (can't buy partial) and total price?")
    return t, [[str(boxes), f"{boxes} boxes"], money(boxes * price)]


@family
def paint_litres(rng):
    ln, w, h = (rng.choice([3.5, 4, 4.5, 5]), rng.choice([3, 3.2, 3.8, 4]),
                rng.choice([2.4, 2.5, 2.7]))
    doors, windows = 1, rng.randint(1, 2)
    cover = rng.choice([10, 12])
    coats = 2
    area = 2 * (ln + w) * h - doors * 1.9 - windows * 1.5
    litres = area * coats / cover
    t = (f"Painting the walls of a room {ln} m long, {w} m wide and {h} m high. Take off one door "
         f"(1.9 m²) and {windows} window{'s' if windows > 1 else ''} (1.5 m² each). Two "
         f"coats, paint "
         f"covers {cover} m² per litre. How many litres do I need? One decimal.")
    return t, [num(litres, 1)]


@family
def paint_tins(rng):
    area = rng.randint(28, 95)
    coats = rng.choice([2, 3])
    cover = rng.choice([11, 12, 13])
    tin = rng.choice([2.5, 5])
    tins = math.ceil(area * coats / cover / tin - 1e-9)
    t = (f"Fence panels total {area} m², {coats} coats needed, stain covers {cover} m²/L, sold in "
         f"{tin} L tins. How many tins?")
    return t, [[str(tins), f"{tins} tins"]]


@family
def soil_raised_bed(rng):
    ln, w, d = (rng.choice([1.2, 1.8, 2.4, 3.0]), rng.choice([0.6, 0.9, 1.2]),
                rng.choice([20, 25, 30, 40]))
    bag = rng.choice([40, 50, 60, 70])
    vol = ln * w * d / 100 * 1000
    bags = math.ceil(vol / bag - 1e-9)
    t = (f"raised bed is {ln}m x {w}m and I want soil {d}cm deep. Compost comes in {bag} litre "
         f"bags. How many litres of soil, and how many bags?")
    return t, [whole(vol), [str(bags), f"{bags} bags"]]


@family
def concrete_slab(rng):
    ln, w, d = (rng.choice([2, 2.5, 3, 3.6, 4]), rng.choice([1.5, 2, 2.4, 3]),
                rng.choice([75, 100, 150]))
    vol = ln * w * d / 1000
    t = f"Shed base: {ln} m by {w} m, {d} mm thick. How many cubic metres of concrete? 3 decimals"
    return t, [num(vol, 3, 0.01)]


@family
def mulch_cubic_yards(rng):
    ln, w, d = rng.randint(10, 40), rng.randint(3, 12), rng.choice([2, 3, 4])
    yd = ln * w * d / 12 / 27
    t = (f"Garden bed {ln} ft by {w} ft, I want {d} inches of mulch. How many cubic yards is that? "
         f"two decimals")
    return t, [num(yd, 2)]


@family
def pool_volume(rng):
    ln, w = rng.choice([6, 8, 10, 12]), rng.choice([3, 4, 5])
    d1, d2 = rng.choice([1.0, 1.2]), rng.choice([1.8, 2.0, 2.2])
    vol = ln * w * (d1 + d2) / 2 * 1000
    hrs = rng.choice([600, 900, 1200])
    t = (f"Pool is {ln}m x {w}m, depth slopes evenly from {d1}m to {d2}m. How many litres to fill "
         f"it, and how long at {hrs} L per hour (hours, one decimal)?")
    return t, [whole(vol), num(vol / hrs, 1)]


@family
def fish_tank_litres(rng):
    ln, w, h = (rng.choice([60, 80, 90, 100, 120]), rng.choice([30, 35, 40, 45]),
                rng.choice([35, 40, 45, 50]))
    lit = ln * w * h / 1000
    gal = lit / GAL
    t = f"aquarium {ln}x{w}x{h} cm (inside). litres? and US gallons to 1 dp?"
    return t, [num(lit, 1), num(gal, 1)]


@family
def download_time(rng):
    size = rng.choice([1.5, 2.4, 4.7, 8, 12, 25, 48, 60, 95])
    mbps = rng.choice([20, 50, 75, 100, 200, 300, 500])
    secs = size * 8000 / mbps
    t = (f"Downloading a {size} GB game on a {mbps} Mbps connection running at full speed. How "
         f"long will it take in minutes? (1 GB = 1000 MB, 1 byte = 8 bits) one decimal")
    return t, [num(secs / 60, 1)]


@family
def upload_video(rng):
    mb = rng.randint(300, 4000)
    up = rng.choice([5, 10, 15, 20, 40])
    secs = mb * 8 / up
    m = secs / 60
    t = (f"my upload speed is {up} megabits/s, the video file is {mb} MB. roughly how many minutes "
         f"to upload (to 1 decimal)?")
    return t, [num(m, 1)]


@family
def gib_vs_gb(rng):
    gb = rng.choice([64, 120, 128, 240, 250, 256, 480, 500, 512, 1000, 2000, 4000, 8000])
    gib = gb * 1e9 / 2**30
    t = (f"Why does my {gb} GB drive show less in Windows? How many GiB is {gb} GB exactly-ish "
         f"(two decimals)?")
    return t, [num(gib, 2)]


@family
def photos_on_card(rng):
    card = rng.choice([32, 64, 128, 256])
    mb = rng.choice([6, 8, 12, 18, 24, 35])
    n = card * 1000 // mb
    t = (f"How many photos fit on a {card} GB card if each photo is {mb} MB? Use 1 GB = 1000 MB, "
         f"whole photos only.")
    return t, [[str(n), f"{n:,}"]]


@family
def streaming_data(rng):
    gbh = rng.choice([0.7, 1, 1.5, 3, 7])
    h = rng.choice([2, 3, 4, 5])
    days = rng.choice([7, 30, 31])
    tot = gbh * h * days
    t = (f"Streaming uses about {gbh} GB per hour. If I watch {h} hours a day for {days} days, "
         f"how much data is that in GB?")
    return t, [num(tot, 1) if tot != int(tot) else [str(int(tot)), f"{tot:.1f}", f"{int(tot):,}"]]


@family
def bytes_to_mb(rng):
    b = rng.randint(1_200_000, 980_000_000)
    t = (f"File properties say {b:,} bytes. How many MB is that (decimal MB, 1 MB = 10^6 "
         f"bytes)? 2 dp")
    return t, [num(b / 1e6, 2)]



@family
def wallpaper_rolls(rng):
    h = rng.choice([2.4, 2.5, 2.6])
    perim = rng.randint(100, 220) / 10
    drops = math.ceil(perim / 0.52 - 1e-9)
    rolls = math.ceil(drops / int(10 // h) - 1e-9)
    t = (f"Papering a whole room: walls total {perim:g} m around, {h} m high. Rolls are 10 m "
         f"long and 52 cm wide, ignore doors, windows and pattern repeat. Each roll gives as many "
         f"full-height strips as fit. How many strips do I need and how many rolls?")
    return t, [[str(drops), f"{drops} strips", f"{drops} drops"], [str(rolls), f"{rolls} rolls"]]


@family
def fence_posts(rng):
    length = rng.randrange(12, 60, 2) + rng.choice([0, 0.5])
    gap = rng.choice([1.8, 2.0, 2.4, 2.5, 3.0])
    panels = math.ceil(length / gap - 1e-9)
    t = (f"Straight fence {length} m long, posts no more than {gap} m apart, a post at each end. "
         f"Minimum number of posts?")
    return t, [[str(panels + 1), f"{panels + 1} posts"]]


@family
def grass_seed(rng):
    ln, w = rng.randint(5, 25), rng.randint(4, 15)
    rate = rng.choice([35, 50, 70])
    box = rng.choice([0.5, 1, 1.5])
    grams = ln * w * rate
    boxes = math.ceil(grams / (box * 1000) - 1e-9)
    t = (f"New lawn {ln}m x {w}m, sow at {rate} g per m². Seed comes in {box} kg boxes. How many "
         f"grams of seed and how many boxes?")
    return t, [[str(grams), f"{grams:,}", f"{grams / 1000:g} kg"], [str(boxes), f"{boxes} boxes"]]


@family
def gravel_tonnes(rng):
    ln, w = rng.choice([3, 4, 5, 6, 8]), rng.choice([1.2, 2, 2.5, 3])
    depth = rng.choice([40, 50, 75])
    dens = rng.choice([1.6, 1.7])
    tonnes = ln * w * depth / 1000 * dens
    t = (f"Driveway patch {ln} m by {w} m, gravel {depth} mm deep, gravel density {dens} t/m³. "
         f"How many tonnes? two decimals")
    return t, [num(tonnes, 2)]


@family
def rain_on_roof(rng):
    area = rng.randint(40, 220)
    mm = rng.randint(3, 60)
    lit = area * mm
    t = pick(rng, f"{mm} mm of rain on a {area} m² roof — how many litres could I collect?",
             f"If it rains {mm}mm and my roof is {area} square metres, how much water runs off "
             f"in litres (assume all of it)?")
    return t, [[str(lit), f"{lit:,}", f"{lit} litres", f"{lit:,} litres"]]


@family
def bandwidth_data_cap(rng):
    cap = rng.choice([50, 100, 200, 500])
    used = rng.randint(10, cap - 5)
    days_left = rng.randint(5, 25)
    per = (cap - used) / days_left
    t = (f"My plan is {cap} GB a month, I've used {used} GB and there are {days_left} days left. "
         f"How much can I use per day to stay under? GB, 2 decimals")
    return t, [num(per, 2)]


@family
def backup_time_tb(rng):
    tb = rng.choice([0.5, 1, 1.5, 2, 4])
    mbs = rng.choice([80, 120, 150, 250, 400])
    hrs = tb * 1e6 / mbs / 3600
    t = (f"Copying {tb} TB to an external drive at {mbs} MB/s (1 TB = 1,000,000 MB). How many "
         f"hours? one decimal")
    return t, [num(hrs, 1)]


@family
def video_file_size(rng):
    mbps = rng.choice([5, 8, 12, 16, 25, 50])
    mins = rng.randint(2, 90)
    gb = mbps * mins * 60 / 8 / 1000
    t = (f"Recording video at {mbps} Mbit/s for {mins} minutes. How big is the file in GB "
         f"(1 GB = 1000 MB)? 2 dp")
    return t, [num(gb, 2)]


@family
def per_day_rate(rng):
    total = rng.randint(150, 3000)
    days = rng.choice([7, 14, 28, 30, 31, 90, 365])
    t = pick(rng, f"Spent {total} on groceries over {days} days. Per day average?",
             f"A {days}-day gym pass is {total}. What's that per day?")
    return t + " (2 decimals)", [num(total / days, 2, 0.01)]


@family
def cost_per_unit_compare(rng):
    a_g, a_p = rng.choice([400, 500, 750]), rng.randint(150, 600) / 100
    b_g, b_p = rng.choice([1000, 1200, 1500]), rng.randint(300, 1100) / 100
    ua, ub = a_p / a_g * 1000, b_p / b_g * 1000
    if abs(ua - ub) < 0.05:
        raise Skip
    t = (f"Cereal: {a_g} g box for {a_p:.2f} or {b_g} g box for {b_p:.2f}. Price per kg of each "
         f"and how much cheaper per kg is the better deal?")
    ra, rb = round(ua, 2), round(ub, 2)
    diff = list(dict.fromkeys(num(abs(ua - ub), 2, 0.01) + num(abs(ra - rb), 2, 0.0)))
    return t, [num(ua, 2, 0.01), num(ub, 2, 0.01), diff]


@family
def hours_worked_week(rng):
    shifts = [(rng.randint(7, 10), rng.choice([0, 15, 30, 45]), rng.randint(15, 19),
               rng.choice([0, 15, 30, 45])) for _ in range(rng.randint(3, 5))]
    brk = rng.choice([30, 45, 60])
    mins = sum((c * 60 + d) - (a * 60 + b) - brk for a, b, c, d in shifts)
    h, m = divmod(mins, 60)
    t = ("Shifts this week: " + ", ".join(f"{a}:{b:02d}-{c}:{d:02d}" for a, b, c, d in shifts) +
         f", each with an unpaid {brk}-min break. Total paid hours? (h and min)")
    forms = [f"{h} hours {m} minutes", f"{h}h {m}m", f"{h}:{m:02d}", f"{h} hours and {m} minutes",
             f"{h}h{m}m", f"{h} hr {m} min", f"{h}h {m}min"] + (
        [f"{h} hours", f"{h}h"] if m == 0 else [])
    return t, [forms]


@family
def percent_battery_per_hour(rng):
    start, end = rng.randint(80, 100), rng.randint(5, 60)
    h, m = rng.randint(1, 9), rng.choice([0, 15, 20, 30, 40, 45])
    rate = (start - end) / (h + m / 60)
    t = (f"Laptop went from {start}% to {end}% in {h}h {m}m. Average drain in % per hour? "
         f"1 decimal")
    return t, [num(rate, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    sqft_to_sqm, acres_hectares, room_area_ft, carpet_cost, tiles_needed, tile_boxes,
    paint_litres, paint_tins, soil_raised_bed, concrete_slab, mulch_cubic_yards, pool_volume,
    fish_tank_litres, download_time, upload_video, gib_vs_gb, photos_on_card, streaming_data,
    bytes_to_mb,
    wallpaper_rolls, fence_posts, grass_seed, gravel_tonnes, rain_on_roof,
    bandwidth_data_cap, backup_time_tb, video_file_size, per_day_rate, cost_per_unit_compare,
    hours_worked_week, percent_battery_per_hour)]
