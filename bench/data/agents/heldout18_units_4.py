"""Round 18 (``B_*``, dev now) for ``muse bench agents``, units part 4: household running
costs, crafts, kitchen appliances and getting around."""

from __future__ import annotations

import math

from bench.data.agents.heldout18_units import (
    INCH,
    MILE,
    Skip,
    count,
    family,
    money,
    num,
    pick,
    whole,
)


@family
def paving_slabs(rng):
    ln, w = rng.randint(20, 80) / 10, rng.randint(15, 50) / 10
    slab = rng.choice([0.45, 0.6, 0.9])
    along, across = math.ceil(ln / slab - 1e-9), math.ceil(w / slab - 1e-9)
    t = (f"Patio area {ln:g} m by {w:g} m, square slabs {int(slab * 1000)} mm each side, laid in a "
         "grid with cut slabs at the edges (every part-slab still uses a whole slab). Ignore "
         "joints. How many slabs?")
    if (ln / slab) % 1 < 1e-6 and (w / slab) % 1 < 1e-6:
        return None
    return t, [count(along * across)]


@family
def rain_gauge_inches(rng):
    mm = [rng.choice([0, 0, 0.5, 1.2, 2.4, 3, 4.6, 7.8, 12.2, 18.6, 25.4, 9.1, 0.2])
          for _ in range(7)]
    total = sum(mm)
    if total == 0:
        return None
    t = pick(rng, f"rain gauge this week (mm): {', '.join(f'{x:g}' for x in mm)}. total in mm and "
             "in inches (2 dp)?",
             f"Daily rainfall readings: {' / '.join(f'{x:g} mm' for x in mm)}. What's the weekly "
             "total in millimetres and in inches to two decimals?")
    return t, [num(total, 1, 0.0), num(total / 25.4, 2)]


@family
def wine_for_party(rng):
    guests = rng.randint(12, 90)
    glasses = rng.choice([2, 2.5, 3])
    pour = rng.choice([125, 150, 175])
    share = rng.choice([60, 70, 75, 80])
    drinking = math.ceil(guests * share / 100)
    ml = drinking * glasses * pour
    bottles = math.ceil(ml / 750 - 1e-9)
    t = (f"Wedding reception for {guests}. Plan on {share}% of guests drinking wine (round that "
         f"headcount up), {glasses:g} glasses each, {pour} ml pours, 750 ml bottles. How many "
         "bottles to order?")
    return t, [count(bottles)]


@family
def laundry_energy_year(rng):
    loads = rng.randint(3, 12)
    kwh = rng.choice([0.6, 0.8, 1.0, 1.2, 0.45])
    dryer = rng.choice([0, 2.5, 3.5, 4.5])
    dried = rng.randint(1, loads)
    p = rng.randint(22, 36)
    yearly = (loads * kwh + dried * dryer) * 52
    t = (f"We run {loads} washes a week at about {kwh:g} kWh each" +
         (f", and tumble-dry {dried} of them at {dryer:g} kWh per cycle" if dryer else "") +
         f". Electricity is {p}p per kWh. kWh per year (52 weeks) and yearly cost in pounds?")
    return t, [num(yearly, 1, 0.0) if yearly % 1 else count(int(yearly)),
               [*money(yearly * p / 100), f"{yearly * p / 100:,.2f}"]]


@family
def pints_uk_vs_us(rng):
    n = rng.randint(2, 24)
    uk, us = 568.26125, 473.176473
    t = pick(rng, f"{n} pints in the UK vs {n} pints in the US — how many more millilitres do you "
             f"get in the UK? (UK pint {uk} ml, US pint {us} ml; nearest ml)",
             f"recipe from an american blog says {n} pints of stock. I only have a UK measuring "
             f"jug marked in UK pints. How many UK pints is that? (US pint = {us} ml, UK pint = "
             f"{uk} ml) 2 decimals")
    if "UK vs" in t:
        return t, [whole(n * (uk - us))]
    return t, [num(n * us / uk, 2)]


@family
def tyre_diameter(rng):
    w = rng.choice([185, 195, 205, 215, 225, 235, 245, 255, 265, 275])
    ar = rng.choice([35, 40, 45, 50, 55, 60, 65, 70])
    rim = rng.choice([15, 16, 17, 18, 19, 20])
    d = rim * 25.4 + 2 * w * ar / 100
    t = pick(rng, f"What's the overall diameter of a {w}/{ar}R{rim} tyre in mm (one decimal)? And "
             "how far does it roll per revolution, in metres to 3 decimals?",
             f"{w}/{ar} R{rim} — outside diameter in mm 1dp, and circumference in m (3 dp)?")
    return t, [num(d, 1, 0.0), num(math.pi * d / 1000, 3)]


@family
def printer_cost_page(rng):
    black, b_yield = rng.choice([(22.99, 600), (34.5, 1200), (18.49, 300), (59.99, 3000)])
    colour, c_yield = rng.choice([(27.99, 400), (41.0, 900), (21.49, 250)])
    pages = rng.randint(5, 80) * 10
    pct_colour = rng.choice([10, 20, 25, 30, 40])
    per_b = black / b_yield
    per_c = colour / c_yield
    cost = pages * per_b + pages * pct_colour / 100 * per_c
    t = (f"Black cartridge £{black:.2f}, rated {b_yield} pages; colour cartridge £{colour:.2f}, "
         f"rated {c_yield} pages. I print {pages} pages a month, every page uses black and "
         f"{pct_colour}% of them also use colour. Cost per black-only page in pence (2 dp), and "
         "monthly ink cost in pounds?")
    return t, [num(per_b * 100, 2), money(cost)]


@family
def subscription_per_hour(rng):
    fee = rng.choice([6.99, 8.99, 10.99, 12.99, 15.49, 17.99, 4.99])
    hours = [rng.randint(0, 14) for _ in range(4)]
    total_h = sum(hours)
    if total_h == 0:
        return None
    t = pick(rng, f"Streaming costs me ${fee} a month. Last 4 months I watched "
                  f"{', '.join(map(str, hours))} "
             "hours. Cost per hour watched over those 4 months?",
             f"${fee}/mo sub, hours watched per month: {hours}. what's my $ per hour, 4 months?")
    return t, [money(fee * 4 / total_h)]


@family
def van_trips(rng):
    boxes = rng.randint(20, 90)
    bl, bw, bh = rng.choice([(50, 40, 40), (60, 40, 40), (45, 35, 35), (40, 30, 30)])
    furniture = rng.randint(40, 160) / 10
    van = rng.choice([6.5, 9, 10.5, 13, 15])
    fill = rng.choice([0.7, 0.75, 0.8])
    vol = boxes * bl * bw * bh / 1e6 + furniture
    trips = math.ceil(vol / (van * fill) - 1e-9)
    t = (f"Moving house: {boxes} boxes of {bl}x{bw}x{bh} cm plus about {furniture:g} m³ of "
         f"furniture. The van is {van:g} m³ but realistically you only fill {int(fill*100)}% of "
         "it. "
         "Total volume (m³, 2 dp) and number of van trips?")
    return t, [num(vol, 2), [f"{trips} trips", f"{trips} trip", f"{trips} loads",
                             f"{trips} van", f"= {trips}", f"{trips} runs"]]


@family
def fuel_cost_per_mile(rng):
    l100 = rng.randint(45, 120) / 10
    price = rng.randint(130, 195) / 100
    per_km = l100 / 100 * price
    t = pick(rng, f"Car does {l100:g} L/100 km, fuel is €{price:.2f}/L. Cost per km in cents (1 "
                  "dp), "
             "and per mile in cents (1 dp)?",
             f"Fuel cost per km and per mile? I get {l100:g} litres per 100km and pay "
             f"{price:.2f} a "
             "litre (euros). Answer in cents, one decimal each.")
    return t, [num(per_km * 100, 1), num(per_km * 100 * MILE, 1)]


@family
def snow_to_water(rng):
    cm = rng.randint(5, 60)
    ratio = rng.choice([8, 10, 12, 15, 20])
    roof = rng.randint(40, 160)
    mm = cm * 10 / ratio
    t = (f"We got {cm} cm of snow; the forecaster said it's about {ratio}:1 snow-to-water. How "
         "many "
         f"mm of water is that, and how many litres of meltwater off our {roof} m² roof? (1 mm on "
         "1 m² = 1 litre; one decimal)")
    return t, [num(mm, 1), num(mm * roof, 1)]


@family
def cost_per_wear(rng):
    a = (rng.randint(40, 260), rng.randint(1, 3), rng.randint(2, 5))
    b = (rng.randint(12, 60), rng.randint(2, 6), rng.randint(1, 2))
    def times(n):
        return "once" if n == 1 else "twice" if n == 2 else f"{n} times"

    def cpw(x):
        return x[0] / (x[1] * 52 * x[2])
    t = (f"Boots A: £{a[0]}, I'd wear them {times(a[1])} a week and they'd last {a[2]} years. "
         f"Boots B: £{b[0]}, {times(b[1])} a week, last {b[2]} year{'s' if b[2] > 1 else ''}. Cost "
         "per wear of each (52 weeks a year), in pence to one decimal?")
    return t, [num(cpw(a) * 100, 1), num(cpw(b) * 100, 1)]


@family
def coffee_beans_days(rng):
    bag = rng.choice([250, 500, 1000, 340, 907])
    dose = rng.choice([14, 15, 16, 18, 20, 21])
    shots = rng.choice([1, 2, 3, 4])
    people = rng.choice([1, 2])
    per_day = dose * shots * people
    days, left = divmod(bag, per_day)
    t = pick(rng, f"{bag} g bag of beans, {dose} g per coffee, {shots} "
                  f"coffee{'s' if shots > 1 else ''} "
             f"a day each for {people} {'people' if people > 1 else 'person'}. how many full days "
             "does it last and how much is left over?",
             f"How many full days will a {bag}g bag of coffee last if we use {dose}g a cup and "
             f"drink {shots * people} cups a day between us? Leftover grams too.")
    if left == 0:
        raise Skip
    return t, [[f"{days} days", f"{days} full days", f"{days} day", f"= {days}"],
               [f"{left} g", f"{left}g", f"{left} grams"]]


@family
def pizza_area_value(rng):
    s1, s2 = sorted(rng.sample([8, 10, 12, 14, 16, 18], 2))
    p1 = rng.randint(500, 1400) / 100
    p2 = round(p1 * rng.uniform(1.2, 2.4), 2)
    a1, a2 = math.pi * (s1 / 2) ** 2, math.pi * (s2 / 2) ** 2
    c1, c2 = p1 / a1 * 100, p2 / a2 * 100
    if abs(c1 - c2) < 0.3:
        return None
    t = (f"{s1}-inch pizza is ${p1:.2f}, {s2}-inch is ${p2:.2f}. Cents per square inch for each (2 "
         "dp) — I want to see which is the better deal.")
    return t, [num(c1, 2), num(c2, 2)]


@family
def ebike_range(rng):
    wh = rng.choice([400, 500, 625, 720, 750, 540, 418])
    per_km = rng.choice([8, 9, 10, 11, 12, 14, 15])
    soc = rng.choice([100, 90, 80, 75, 60, 45])
    km = wh * soc / 100 / per_km
    t = pick(rng, f"ebike battery {wh} Wh, showing {soc}%. in eco mode I average about {per_km} "
             "Wh per km. how many km can I ride before it's flat? 1 dp",
             f"With {soc}% on a {wh}Wh battery and consumption around {per_km} Wh/km, what range "
             "do "
             "I have left? (km, one decimal)")
    return t, [num(km, 1)]


@family
def cross_stitch_fabric(rng):
    w, h = rng.randint(60, 250), rng.randint(60, 250)
    aida = rng.choice([11, 14, 16, 18])
    margin = rng.choice([3, 5, 7.5])
    cw = w / aida * INCH + 2 * margin
    ch = h / aida * INCH + 2 * margin
    t = (f"Cross-stitch pattern is {w} stitches wide by {h} high, on {aida}-count aida "
         f"({aida} stitches per inch). I want {margin:g} cm spare fabric on every side for "
         "framing. Fabric size to cut, width × height in cm, one decimal?")
    return t, [num(cw, 1), num(ch, 1)]


@family
def candle_wax(rng):
    ml = rng.choice([150, 180, 200, 220, 250, 300, 350])
    n = rng.randint(4, 30)
    dens = rng.choice([0.86, 0.9, 0.88])
    fo = rng.choice([6, 8, 10])
    wax = ml * dens * n
    oil = wax * fo / 100
    t = (f"Pouring {n} candles into {ml} ml jars. Soy wax is about {dens} g/ml, and fragrance "
         f"oil goes in at {fo}% of the wax weight. Grams of wax and of fragrance oil? (one "
         "decimal)")
    return t, [num(wax, 1, 0.0) if wax * 10 % 1 < 1e-6 else num(wax, 1), num(oil, 1)]


@family
def air_fryer_convert(rng):
    c = rng.choice([180, 190, 200, 220, 200, 170, 160, 230, 210])
    mins = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 75, 90])
    f_temp = rng.random() < 0.5
    new_t = c - 20
    new_m = mins * 0.8
    if f_temp:
        f = round(c * 9 / 5 + 32)
        t = (f"oven recipe: {f}°F for {mins} minutes. air fryer rule is 20 °C cooler and 20% "
             "less time. what temp in C (nearest degree) and how many minutes?")
        new_t = (f - 32) * 5 / 9 - 20
    else:
        t = (f"Converting an oven recipe ({c} °C, {mins} min) for the air fryer: drop the "
             "temperature by 20 °C and cut the time by 20%. New settings?")
    return t, [whole(new_t), num(new_m, 1, 0.0) if new_m % 1 else count(int(new_m))]


@family
def microwave_wattage(rng):
    rec_w = rng.choice([750, 800, 850, 900, 1000])
    my_w = rng.choice([600, 700, 800, 900, 1000, 1100, 1200])
    if rec_w == my_w:
        return None
    m, s = rng.randint(1, 6), rng.choice([0, 15, 30, 45])
    secs = (m * 60 + s) * rec_w / my_w
    if abs(secs % 1 - 0.5) < 0.06:
        raise Skip
    r = round(secs)
    t = pick(rng, f"ready meal says {m} min {s} s at {rec_w} W. my microwave is {my_w} W. how long "
             "should I do it? (time scales with power inversely) nearest second",
             f"Microwave instructions are for a {rec_w}-watt oven: {m}:{s:02d}. Mine is {my_w} "
             "watts. Equivalent time, assuming time × power stays the same? Round to the second.")
    mm, ss = divmod(r, 60)
    return t, [[f"{mm}:{ss:02d}", f"{mm} min {ss} s", f"{mm} minutes {ss} seconds",
                f"{mm}m {ss}s", f"{mm} min {ss} sec", f"{mm} minutes and {ss} seconds",
                f"{r} seconds", f"{r} s", f"{mm} mins {ss} secs", f"{mm}m{ss:02d}s",
                f"{mm} minutes, {ss} seconds"]
               + ([f"{mm} minutes", f"{mm} min"] if ss == 0 else [])]


@family
def dishwasher_tabs(rng):
    pack = rng.choice([30, 40, 50, 60, 72, 84, 100, 110])
    per_week = rng.choice([3, 4, 5, 6, 7, 9, 10, 14])
    price = rng.randint(600, 2400) / 100
    weeks = pack / per_week
    t = (f"Dishwasher tablets: pack of {pack} for £{price:.2f}. We run it {per_week} times a week. "
         "How many weeks does a pack last (one decimal), and what does it cost per year (52 "
         "weeks) in tablets?")
    return t, [num(weeks, 1), money(price / pack * per_week * 52)]


FAMILIES = [(f, 10) for f in (
    paving_slabs, rain_gauge_inches, wine_for_party, laundry_energy_year, pints_uk_vs_us,
    tyre_diameter, printer_cost_page, subscription_per_hour, van_trips, fuel_cost_per_mile,
    snow_to_water, cost_per_wear, coffee_beans_days, pizza_area_value, ebike_range,
    cross_stitch_fabric, candle_wax, air_fryer_convert, microwave_wattage, dishwasher_tabs)]
