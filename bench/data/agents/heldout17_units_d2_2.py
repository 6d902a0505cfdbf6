"""Round 17 (``M_*``, dev now) for ``muse bench agents``, units part 5: areas, heights, fabric,
sailing, weights for post and luggage, wheels and gears, tanks and water use."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units_d2 import (
    FOOT,
    INCH,
    MILE,
    OZ,
    d2,
    money,
    num,
    pick,
    whole,
)
from bench.data.agents.helpers import Family


@d2
def sq_yard_to_sq_m(rng):
    y = rng.randint(12, 90)
    t = pick(rng, f"Carpet listed as {y} sq yd — square metres?", f"{y} yd² in m²")
    return t + " (one decimal)", [num(y * 0.9144 ** 2, 1)]


@d2
def feet_to_m_ceiling(rng):
    ft, inch = rng.randint(7, 12), rng.choice([0, 3, 6, 9])
    t = (f"the listing says ceilings are {ft} ft {inch} in. my wardrobe is 2.4 m tall. how much "
         "clearance in cm (nearest cm)?")
    cl = (ft * 12 + inch) * 2.54 - 240
    if cl < 0:
        return None
    return t, [whole(cl)]


@d2
def yards_to_metres_fabric(rng):
    yd = rng.choice([x / 4 for x in range(3, 30)])
    t = (f"Pattern needs {yd} yards of fabric but the shop sells by the metre. How many metres "
         "(two decimals)?")
    return t, [num(yd * 0.9144, 2)]


@d2
def hand_to_cm_horse(rng):
    hands, inch = rng.randint(13, 17), rng.randint(0, 3)
    t = (f"horse is {hands}.{inch} hands (a hand is 4 inches, the digit after the point is extra "
         "inches). height in cm? nearest cm")
    return t, [whole((hands * 4 + inch) * INCH)]


@d2
def nautical_miles(rng):
    nm = rng.randint(12, 140)
    t = f"We sailed {nm} nautical miles (1 NM = 1852 m). How many statute miles is that, 1 dp?"
    return t, [num(nm * 1.852 / MILE, 1)]


@d2
def altitude_feet(rng):
    ft = rng.choice(range(24000, 43000, 1000))
    t = f"pilot said we're cruising at {ft} feet. how many metres? nearest 10 m"
    return t, [[f"{round(ft * FOOT, -1):,.0f}", f"{round(ft * FOOT, -1):.0f}"]]


@d2
def mountain_height(rng):
    m = rng.randint(1200, 8849)
    t = f"Summit is {m} m. How high is that in feet (nearest foot)?"
    v = round(m / FOOT)
    return t, [[f"{v:,}", str(v)]]


@d2
def ounce_gold_grams(rng):
    oz = rng.choice([0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 8, 10, 12, 20])
    t = (f"A troy ounce is 31.1034768 g. How many grams in {oz} troy oz of gold, and how much "
         "heavier is that than the same number of ordinary (avoirdupois) ounces? Grams, 2 dp.")
    return t, [num(oz * 31.1034768, 2), num(oz * (31.1034768 - OZ), 2)]


@d2
def parcel_postage(rng):
    lb, oz = rng.randint(1, 9), rng.randint(1, 15)
    g = (lb * 16 + oz) * OZ
    t = (f"Parcel weighs {lb} lb {oz} oz. Postage is charged per started 500 g: $4.20 per "
         "500 g. What does it cost?")
    return t, [money(math.ceil(g / 500) * 4.20)]


@d2
def baggage_fee_per_kg(rng):
    kg, lim, fee = round(rng.uniform(23.5, 31.5), 1), 23, rng.choice([10, 12, 15])
    t = (f"Check-in scale shows {kg} kg. Free allowance {lim} kg, then {fee} euros per kg or "
         "part of a kg. How much do I pay?")
    return t, [money(math.ceil(round(kg - lim, 1)) * fee)]


@d2
def shoe_size_cm(rng):
    us = rng.choice([7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5, 11, 12])
    t = (f"Men's US shoe size = 3 × foot length in inches − 22 (that's the chart I use). For a "
         f"US {us}, what foot length is that in cm? One decimal.")
    return t, [num((us + 22) / 3 * INCH, 1)]


@d2
def ring_size_diameter(rng):
    circ = rng.choice([x / 2 for x in range(92, 140)])
    t = (f"I measured my finger circumference as {circ} mm. What inside diameter ring is that "
         "in mm, two decimals? (use pi)")
    return t, [num(circ / math.pi, 2)]


@d2
def bike_wheel_distance(rng):
    d, rev = rng.choice([622, 584, 559]), rng.randint(300, 2500)
    tyre = rng.choice([25, 28, 32, 38])
    t = (f"Wheel rim diameter {d} mm, tyre {tyre} mm tall (add twice the tyre height). If it "
         f"turns {rev} times, how far did I go in km? Two decimals.")
    return t, [num((d + 2 * tyre) * math.pi * rev / 1e6, 2)]


@d2
def gear_inches(rng):
    front, rear = rng.choice([34, 36, 39, 42, 46, 50, 52, 53]), rng.choice([11, 12, 14, 16, 19,
                                                                           21, 25, 28])
    t = (f"gear inches = wheel diameter in inches × chainring teeth / cog teeth. 27 inch wheel, "
         f"{front}t chainring, {rear}t cog — gear inches to 1 dp?")
    return t, [num(27 * front / rear, 1)]


@d2
def aquarium_gallons_dims(rng):
    ln, w, h = rng.choice([24, 30, 36, 48, 60]), rng.choice([12, 13, 18, 24]), \
        rng.choice([12, 16, 20, 24])
    t = (f"Tank is {ln}\" x {w}\" x {h}\" inside. How many US gallons (231 cubic inches each)? "
         "One decimal.")
    return t, [num(ln * w * h / 231, 1)]


@d2
def bathtub_fill_time(rng):
    litres, flow = rng.choice([120, 150, 180, 200, 250]), rng.choice([8, 10, 12, 15, 18])
    t = (f"Our tub takes about {litres} litres and the tap runs {flow} L/min. How long to fill, "
         "in minutes and seconds?")
    s = round(litres / flow * 60)
    if litres * 60 % flow:
        return None
    mm, ss = divmod(s, 60)
    forms = [f"{mm} minutes", f"{mm} min", f"{mm}min"] if not ss else [
        f"{mm} min {ss} s", f"{mm}:{ss:02d}", f"{mm} minutes {ss} seconds", f"{mm}m{ss}s",
        f"{mm} minutes and {ss} seconds", f"{mm} min {ss} sec", f"{s / 60:g} minutes"]
    return t, [forms]


@d2
def water_bill_leak(rng):
    drips, ml = rng.choice([10, 15, 20, 30, 40, 60]), 0.25
    price = rng.choice([2.10, 2.85, 3.40])
    t = (f"Leaky tap drips {drips} times a minute, each drip 0.25 mL. Water costs ${price:.2f} "
         "per cubic metre. What does the leak cost over a 365-day year?")
    return t, [money(drips * ml * 60 * 24 * 365 / 1e6 * price)]


@d2
def shower_water(rng):
    mins, flow, days = rng.randint(5, 15), rng.choice([7.5, 9, 10, 12]), rng.choice([7, 30])
    t = (f"Shower head flow is {flow} L/min, I shower {mins} min a day. Litres over {days} "
         "days?")
    return t, [[f"{mins * flow * days:g}", f"{mins * flow * days:,.0f}"]]


@d2
def game_download_mbps(rng):
    gb, mbps = rng.randint(20, 150), rng.choice([50, 80, 100, 150, 200, 300, 500])
    t = (f"Game is {gb} GB and my connection does {mbps} Mbps (1 GB = 8000 megabits). How many "
         "minutes to download, one decimal?")
    return t, [num(gb * 8000 / mbps / 60, 1)]


@d2
def phone_storage_videos(rng):
    free, mb = rng.randint(8, 120), rng.choice([170, 200, 350, 400, 600])
    t = (f"{free} GB free on my phone, and a minute of 4K video is about {mb} MB (1 GB = "
         "1000 MB). How many full minutes can I record?")
    return t, [[f"{free * 1000 // mb} minutes", f"{free * 1000 // mb} min",
                f"{free * 1000 // mb} full minutes"]]


@d2
def mobile_data_per_day(rng):
    gb, days = rng.choice([5, 10, 15, 20, 30, 50]), rng.randint(28, 31)
    t = (f"My plan has {gb} GB a month ({days} days). To make it last, how many MB a day can I "
         "use? (1 GB = 1024 MB, nearest MB)")
    return t, [whole(gb * 1024 / days)]


@d2
def kwh_heater_month(rng):
    w, hrs, price = rng.choice([750, 1000, 1500, 2000, 2500]), rng.randint(2, 8), \
        rng.choice([0.15, 0.22, 0.27, 0.34])
    t = (f"{w} W space heater, {hrs} hours a day, for 30 days, at ${price} per kWh. Monthly "
         "cost?")
    return t, [money(w / 1000 * hrs * 30 * price)]


@d2
def led_swap_savings(rng):
    old, new, n, hrs = rng.choice([40, 60, 75, 100]), rng.choice([5, 7, 9, 12]), \
        rng.randint(4, 20), rng.randint(2, 6)
    t = (f"Swapping {n} bulbs of {old} W for {new} W LEDs, on {hrs} h a day. Electricity is "
         "0.30 per kWh. Saving over a 365-day year?")
    return t, [money((old - new) * n * hrs * 365 / 1000 * 0.30)]


@d2
def solar_panels_needed(rng):
    kwh, panel, sun = rng.randint(6, 30), rng.choice([300, 350, 400, 450]), \
        rng.choice([3.5, 4, 4.5, 5, 5.5])
    n = math.ceil(kwh * 1000 / (panel * sun))
    t = (f"We use {kwh} kWh a day. Panels are {panel} W each and we get {sun} peak sun hours. "
         "How many panels to cover it (round up)?")
    return t, [[f"{n} panels"]]


@d2
def battery_mah_hours(rng):
    mah, ma = rng.choice([2000, 2600, 3000, 5000, 10000, 20000]), rng.randint(150, 900)
    t = (f"Power bank {mah} mAh, gadget draws {ma} mA. Ignoring losses, how many hours? "
         "one decimal")
    return t, [num(mah / ma, 1)]


@d2
def btu_to_kw(rng):
    btu = rng.choice(range(5000, 24001, 1000))
    t = f"AC unit rated {btu} BTU/h — in kW? (1 kW = 3412.14 BTU/h, 2 dp)"
    return t, [num(btu / 3412.14, 2)]


@d2
def gas_m3_to_kwh(rng):
    m3, price = rng.randint(40, 300), rng.choice([0.06, 0.07, 0.08, 0.1])
    t = (f"Gas meter used {m3} m³ this month. Conversion: 1 m³ = 11.2 kWh. Price {price} per "
         "kWh. Cost?")
    return t, [money(m3 * 11.2 * price)]


@d2
def laminate_packs(rng):
    w, ln, pack, waste = round(rng.uniform(2.5, 5.5), 1), round(rng.uniform(3, 7), 1), \
        rng.choice([1.6, 1.9, 2.13, 2.47]), 10
    n = math.ceil(w * ln * (1 + waste / 100) / pack)
    t = (f"Room {w} m by {ln} m. Laminate packs cover {pack} m² each and I'll add {waste}% for "
         "waste. How many packs?")
    return t, [[f"{n} packs"]]


@d2
def skirting_lengths(rng):
    a, b, door = round(rng.uniform(2.5, 6), 2), round(rng.uniform(2.5, 6), 2), 0.9
    n = math.ceil((2 * (a + b) - door) / 2.4)
    t = (f"Skirting board for a {a} × {b} m room, minus one {door} m doorway. Boards come in "
         "2.4 m lengths. How many lengths?")
    return t, [[f"{n} lengths", f"{n} boards"]]


@d2
def grout_kg(rng):
    area = rng.randint(4, 30)
    t = (f"Grout bag says 0.3 kg per m² for my tiles. Wall is {area} m², bags are 2.5 kg. "
         "How many bags?")
    n = math.ceil(area * 0.3 / 2.5)
    return t, [[f"{n} bags", f"{n} bag"]]


@d2
def compost_litres_pots(rng):
    pots, d, h = rng.randint(3, 12), rng.choice([25, 30, 35, 40]), rng.choice([20, 25, 30])
    litres = pots * math.pi * (d / 2) ** 2 * h / 1000
    n = math.ceil(litres / 50)
    t = (f"{pots} round pots, {d} cm across and {h} cm deep. Compost comes in 50 L bags. How many "
         "bags?")
    return t, [[f"{n} bags", f"{n} bag"]]


@d2
def lawn_feed_grams(rng):
    ln, w, rate = rng.randint(5, 20), rng.randint(4, 15), rng.choice([35, 50, 70])
    t = (f"Lawn is {ln} m by {w} m, feed rate {rate} g per m². How many kg of feed? 2 dp")
    return t, [num(ln * w * rate / 1000, 2)]


@d2
def rainwater_butt(rng):
    roof, mm = rng.randint(20, 90), rng.randint(5, 40)
    t = (f"{mm} mm of rain fell on a {roof} m² roof. 1 mm on 1 m² = 1 litre; assume 80% "
         "gets collected. litres collected?")
    return t, [num(roof * mm * 0.8, 1)]


@d2
def curtain_width(rng):
    win, full = rng.randint(90, 260), rng.choice([1.5, 2, 2.5])
    t = (f"Window is {win} cm wide and I want fullness ×{full}. Total curtain fabric width in "
         "metres, two decimals?")
    return t, [num(win * full / 100, 2)]


@d2
def hourly_freelance_quote(rng):
    rate, hrs, vat = rng.choice([35, 45, 55, 65, 80]), rng.randint(6, 60), rng.choice([20, 19, 21])
    t = (f"I charge {rate}/hour, the job took {hrs} hours, and I add {vat}% VAT. Invoice total?")
    return t, [money(rate * hrs * (1 + vat / 100))]


@d2
def commute_hours_year(rng):
    mins, days = rng.randint(15, 75), rng.randint(180, 230)
    t = (f"My commute is {mins} min each way, {days} days a year. Hours per year in the car? "
         "one decimal")
    return t, [num(mins * 2 * days / 60, 1)]


@d2
def babysitter_pay(rng):
    h1, m1, h2, m2, rate = rng.randint(17, 19), rng.choice([0, 15, 30, 45]), \
        rng.randint(22, 23), rng.choice([0, 15, 30, 45]), rng.choice([12, 14, 15, 18])
    mins = h2 * 60 + m2 - h1 * 60 - m1
    t = (f"Babysitter came at {h1}:{m1:02d} and left at {h2}:{m2:02d}. ${rate}/hr, paid per "
         "minute. How much do I owe?")
    return t, [money(mins / 60 * rate)]


@d2
def printing_pages_time(rng):
    pages, ppm, copies = rng.randint(12, 80), rng.choice([18, 20, 25, 30, 35]), rng.randint(5, 40)
    t = (f"Printer does {ppm} pages per minute. I need {copies} copies of a {pages}-page "
         "handout. Minutes, one decimal?")
    return t, [num(pages * copies / ppm, 1)]


@d2
def pet_food_bags(rng):
    g, kg = rng.choice([80, 120, 150, 200, 250, 320, 400]), rng.choice([2, 3, 7.5, 12, 15])
    t = (f"The dog eats {g} g a day. A bag is {kg} kg. How many full days does a bag last?")
    return t, [[f"{int(kg * 1000 // g)} days", f"{int(kg * 1000 // g)} full days"]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    sq_yard_to_sq_m, feet_to_m_ceiling, yards_to_metres_fabric, hand_to_cm_horse, nautical_miles,
    altitude_feet, mountain_height, ounce_gold_grams, parcel_postage, baggage_fee_per_kg,
    shoe_size_cm, ring_size_diameter, bike_wheel_distance, gear_inches, aquarium_gallons_dims,
    bathtub_fill_time, water_bill_leak, shower_water, game_download_mbps, phone_storage_videos,
    mobile_data_per_day, kwh_heater_month, led_swap_savings, solar_panels_needed,
    battery_mah_hours, btu_to_kw, gas_m3_to_kwh, laminate_packs, skirting_lengths, grout_kg,
    compost_litres_pots, lawn_feed_grams, rainwater_butt, curtain_width, hourly_freelance_quote,
    commute_hours_year, babysitter_pay, printing_pages_time, pet_food_bags,
)]
