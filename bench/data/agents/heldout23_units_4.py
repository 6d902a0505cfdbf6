"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 4: everyday
quantities - paint, tiles, flooring, electricity cost and price per unit."""

from __future__ import annotations

import math
import random
from typing import Any

from bench.data.agents.heldout23_units import F, Redraw, dec, fam, num, pick, show, whole
from bench.data.agents.helpers import Family


def _ceil(value: F) -> int:
    return math.ceil(value)


@fam
def paint_litres(rng: random.Random) -> Any:
    area, cover, coats = rng.randint(12, 120), rng.choice([10, 12, 14, 16]), rng.choice([1, 2, 3])
    litres = F(area * coats, cover)
    text = pick(rng, f"Walls total {area} m², paint covers {cover} m² per litre, {coats} coat(s). "
                     "How many litres? 2 dp",
                f"how much paint (L) for {area} square metres x {coats} coats at {cover} m2/L? "
                "2 decimals")
    return text, num(litres, 2)


@fam
def paint_cans(rng: random.Random) -> Any:
    ln, w, h = dec(rng, 3, 9, 1), dec(rng, 2.5, 7, 1), dec(rng, 2.3, 2.8, 1)
    doors = rng.randint(1, 2)
    area = 2 * (ln + w) * h - doors * F("1.9")
    can, cover = rng.choice([F("0.75"), 1, 1, F("2.5")]), rng.choice([8, 10, 12])
    cans = _ceil(area * 2 / (can * cover))
    text = pick(rng, f"Room {show(ln)} x {show(w)} m, walls {show(h)} m high, {doors} door(s) of "
                     f"1.9 m² each to skip. 2 coats, paint covers {cover} m²/L, sold in "
                     f"{show(F(can))} L tins. How many tins?",
                f"Painting 4 walls of a {show(ln)}m by {show(w)}m room ({show(h)}m ceiling), minus "
                f"{doors} door(s) at 1.9 m2, two coats, {cover} m2 per litre, {show(F(can))}L cans"
                " - number of cans to buy?")
    return text, [*whole(cans), f"{cans}tins", f"{cans}cans"]


@fam
def tiles_needed(rng: random.Random) -> Any:
    a, b = dec(rng, 1.5, 6, 1), dec(rng, 1.2, 4, 1)
    tile, waste = rng.choice([20, 25, 30, 40, 45, 60]), rng.choice([5, 10, 15])
    n = _ceil(a * b * 10000 / (tile * tile) * (1 + F(waste, 100)))
    text = pick(rng, f"Floor {show(a)} m x {show(b)} m, tiles {tile}x{tile} cm, add {waste}% for "
                     "waste (on the exact count, round up only at the end). How many tiles?",
                f"how many {tile} cm square tiles for a {show(a)} by {show(b)} metre floor plus "
                f"{waste}% extra? round up once, at the end")
    return text, [*whole(n), f"{n}tiles"]


@fam
def tile_boxes(rng: random.Random) -> Any:
    area, per_box = dec(rng, 4, 40, 1), rng.choice([F("1.44"), F("1.08"), F("0.96"), F("1.5")])
    price = dec(rng, 15, 60, 2)
    boxes = _ceil(area * F(11, 10) / per_box)
    text = pick(rng, f"{show(area)} m² to tile, add 10% to the area for waste, a box covers "
                     f"{show(per_box)} m² and "
                     f"costs ${show(price)}. How many boxes and total cost?",
                f"Tiling {show(area)} sq m (+10% on the area), boxes of {show(per_box)} m2 at "
                f"{show(price)} "
                "each - boxes needed, and cost?")
    return text, [whole(boxes), num(boxes * price, 2)]


@fam
def flooring_packs(rng: random.Random) -> Any:
    a, b = dec(rng, 2.5, 7, 1), dec(rng, 2.5, 6, 1)
    pack = rng.choice([F("2.2"), F("1.76"), F("2.13"), F("2.5")])
    n = _ceil(a * b / pack)
    text = pick(rng, f"Laminate packs cover {show(pack)} m² each. Room is {show(a)} x {show(b)} m. "
                     "How many packs (no waste allowance)?",
                f"{show(a)}m x {show(b)}m room, flooring sold in {show(pack)} m2 packs - packs to "
                "buy?")
    return text, [*whole(n), f"{n}packs"]


@fam
def wallpaper_rolls(rng: random.Random) -> Any:
    perim, h = dec(rng, 8, 40, 1), dec(rng, 2.3, 2.8, 2)
    roll = rng.choice([(F("0.53"), 10), (F("0.52"), 10), (F("0.7"), 10)])
    strips_per_roll = int(roll[1] // h)
    strips = _ceil(perim / roll[0])
    rolls = _ceil(F(strips, strips_per_roll))
    text = pick(rng, f"Wallpapering: walls {show(perim)} m around, {show(h)} m high. Rolls are "
                     f"{show(roll[0])} m wide x {roll[1]} m long. Each roll gives whole strips "
                     "only (no joins). How many rolls?",
                f"room perimeter {show(perim)}m, drop {show(h)}m, roll {show(roll[0])}m x "
                f"{roll[1]}m, full-height strips only, how many rolls do I need?")
    return text, [*whole(rolls), f"{rolls}rolls"]


@fam
def concrete_bags(rng: random.Random) -> Any:
    a, b, d = dec(rng, 1, 5, 1), dec(rng, 1, 4, 1), rng.choice([F("0.1"), F("0.15"), F("0.075")])
    bag = rng.choice([F("0.01"), F("0.012"), F("0.014")])
    vol = a * b * d
    n = _ceil(vol / bag)
    text = pick(rng, f"Slab {show(a)} m x {show(b)} m, {show(d * 100)} cm thick. Each bag makes "
                     f"{show(bag)} m³. How many bags?",
                f"how many concrete bags ({show(bag)} cubic metres each) for a {show(a)}x{show(b)}m"
                f" pad {show(d * 100)}cm deep? round up")
    return text, [*whole(n), f"{n}bags"]


@fam
def mulch_volume(rng: random.Random) -> Any:
    a, b, cm = dec(rng, 1, 10, 1), dec(rng, 0.5, 3, 1), rng.choice([5, 7, 8, 10])
    litres = a * b * F(cm, 100) * 1000
    bag = rng.choice([50, 60, 70, 75, 100])
    n = _ceil(litres / bag)
    text = pick(rng, f"Bed {show(a)} m by {show(b)} m, mulch {cm} cm deep, bags of {bag} L. How "
                     "many bags?",
                f"{show(a)} x {show(b)} m flower bed, {cm}cm layer of bark, {bag} litre bags - "
                "bags needed?")
    return text, [*whole(n), f"{n}bags"]


@fam
def grass_seed(rng: random.Random) -> Any:
    a, b, rate = rng.randint(3, 30), rng.randint(3, 20), rng.choice([30, 35, 40, 50])
    grams = a * b * rate
    text = pick(rng, f"Lawn {a} m x {b} m, sow {rate} g per m². How many kg of seed?",
                f"grass seed at {rate} g/m2 for a {a}m by {b}m lawn, in kg?")
    return text, num(F(grams, 1000), 2)


@fam
def fence_posts(rng: random.Random) -> Any:
    length, gap = rng.randint(6, 80), rng.choice([F(2), F("2.4"), F("1.8"), F(3), F("2.5")])
    posts = _ceil(length / gap) + 1
    text = pick(rng, f"Straight fence {length} m long, posts at most {show(gap)} m apart, one at "
                     "each end. How many posts?",
                f"how many fence posts for a {length}m straight run with max spacing {show(gap)}m "
                "(posts at both ends)?")
    return text, [*whole(posts), f"{posts}posts"]


@fam
def electricity_cost(rng: random.Random) -> Any:
    w, hours, days = rng.choice([8, 10, 40, 60, 100, 150, 200, 500, 800, 1200, 2000]), \
        dec(rng, 0.5, 12, 1), rng.choice([7, 30, 31, 365])
    price = dec(rng, 0.08, 0.45, 3)
    dev = rng.choice(["TV", "heater", "PC", "fan", "lamp", "fridge"])
    cost = F(w, 1000) * hours * days * price
    text = pick(rng, f"My {dev} uses {w} W and runs {show(hours)} h a day. At {show(price)} per "
                     f"kWh, what does it cost over {days} days?",
                f"cost to run a {w} watt {dev} {show(hours)} hours/day for {days} days at "
                f"${show(price)}/kWh? 2 dp")
    return text, num(cost, 2)


@fam
def standby_cost(rng: random.Random) -> Any:
    w, price = dec(rng, 0.5, 15, 1), dec(rng, 0.1, 0.4, 2)
    cost = w * 24 * 365 / 1000 * price
    text = pick(rng, f"A device on standby draws {show(w)} W all year (365 days). At {show(price)} "
                     "per kWh, yearly cost?",
                f"{show(w)}W standby, 24/7 for 365 days, electricity {show(price)}/kWh - cost per "
                "year (2 dp)?")
    return text, num(cost, 2)


@fam
def bulb_savings(rng: random.Random) -> Any:
    old, new = rng.choice([40, 60, 75, 100]), rng.choice([5, 7, 9, 10, 12, 14])
    n, hours, price = rng.randint(2, 20), rng.randint(1, 8), dec(rng, 0.1, 0.4, 2)
    saving = F((old - new) * n * hours * 365, 1000) * price
    text = pick(rng, f"Swapping {n} {old} W bulbs for {new} W LEDs, used {hours} h/day, 365 days, "
                     f"{show(price)} per kWh. Yearly saving?",
                f"how much do I save a year replacing {n} x {old}W with {new}W LED, {hours} hours "
                f"a day, 365 days a year, electricity at {show(price)}/kWh?")
    return text, num(saving, 2)


@fam
def appliance_kwh(rng: random.Random) -> Any:
    w, mins, per_week = rng.choice([700, 900, 1000, 1200, 1500, 2000, 2200, 2400, 3000]), \
        rng.choice([5, 10, 15, 20, 30, 45, 60, 90]), rng.randint(1, 14)
    kwh = F(w, 1000) * F(mins, 60) * per_week * 52
    text = pick(rng, f"{w} W appliance, {mins} min each use, {per_week} uses a week, 52 weeks. kWh "
                     "per year? 1 decimal",
                f"yearly energy (kWh, 1 dp) for a {w}-watt kettle/dryer used {per_week}x a week "
                f"for "
                f"{mins} minutes each, 52 weeks?")
    return text, num(kwh, 1)


@fam
def solar_output(rng: random.Random) -> Any:
    panels, watt, sun = rng.randint(4, 24), rng.choice([300, 350, 400, 410, 430, 450]), \
        dec(rng, 2, 6, 1)
    eff = rng.choice([F("0.8"), F("0.85"), F("0.75")])
    kwh = panels * F(watt, 1000) * sun * eff
    text = pick(rng, f"{panels} panels x {watt} W, {show(sun)} peak sun hours, system efficiency "
                     f"{show(eff * 100)}%. kWh per day? 2 dp",
                f"solar: {panels} x {watt}W panels, {show(sun)} sun hours/day, losses leave "
                f"{show(eff * 100)}% - daily kWh (2 decimals)?")
    return text, num(kwh, 2)


@fam
def unit_price_compare(rng: random.Random) -> Any:
    g1, g2 = rng.choice([250, 300, 400, 500]), rng.choice([750, 900, 1000, 1200])
    p1, p2 = dec(rng, 1, 6, 2), dec(rng, 2, 12, 2)
    u1, u2 = p1 / g1 * 100, p2 / g2 * 100
    if abs(u1 - u2) < F(1, 100) or any(abs(x * 100 - round(x * 100)) > F(2, 5) and
                                      abs(x * 100 - round(x * 100)) < F(3, 5) for x in (u1, u2)):
        raise Redraw
    text = pick(rng, f"Small pack {g1} g for ${show(p1)} or big pack {g2} g for ${show(p2)}. Which "
                     "is cheaper per 100 g, and what's its price per 100 g?",
                f"which is better value: {g1}g at {show(p1)} (small) or {g2}g at {show(p2)} (big)?"
                " give the winner's cost per 100g")
    best = min(u1, u2)
    return text, num(best, 2)


@fam
def price_per_litre(rng: random.Random) -> Any:
    ml, price = rng.choice([330, 500, 750, 1500, 2000, 1250, 250]), dec(rng, 0.5, 9, 2)
    text = pick(rng, f"A {ml} ml bottle costs {show(price)}. Price per litre? 2 dp",
                f"what's the per-litre price of a {ml}mL drink at ${show(price)}?")
    return text, num(price * 1000 / ml, 2)


@fam
def price_per_item(rng: random.Random) -> Any:
    n, price = rng.choice([6, 8, 10, 12, 18, 24, 30, 36, 48]), dec(rng, 2, 40, 2)
    what = rng.choice(["eggs", "nappies", "rolls of toilet paper", "cans", "batteries", "bagels"])
    text = pick(rng, f"A pack of {n} {what} is ${show(price)}. How much each? 2 dp",
                f"{show(price)} for {n} {what} - price per unit, to the cent?")
    return text, num(price / n, 2)


@fam
def price_per_kg_meat(rng: random.Random) -> Any:
    g, price = rng.randint(180, 1800), dec(rng, 2, 30, 2)
    text = pick(rng, f"{g} g of chicken for {show(price)} - what is that per kg?",
                f"price per kilo if a {g}g pack costs {show(price)}? 2 decimals")
    return text, num(price * 1000 / g, 2)


@fam
def bulk_saving(rng: random.Random) -> Any:
    single, n, pack = dec(rng, 0.5, 4, 2), rng.choice([6, 8, 12, 24]), F(0)
    pack = (single * n * dec(rng, 0.6, 0.95, 2)).limit_denominator(100)
    pack = F(round(pack * 100), 100)
    saving = single * n - pack
    text = pick(rng, f"Cans are {show(single)} each or {show(pack)} for a {n}-pack. How much do I "
                     "save buying the pack vs {n} singles?".replace("{n}", str(n)),
                f"single price {show(single)}, {n}-pack price {show(pack)}: saving on {n} items?")
    return text, num(saving, 2)


@fam
def cost_per_use(rng: random.Random) -> Any:
    price, uses_week, weeks = rng.randint(30, 600), rng.randint(1, 7), rng.choice([26, 52, 104])
    text = pick(rng, f"${price} pair of shoes, worn {uses_week} times a week for {weeks} weeks. "
                     "Cost per wear? 2 dp",
                f"cost per use: paid {price}, used {uses_week}x/week over {weeks} weeks?")
    return text, num(F(price, uses_week * weeks), 2)


@fam
def water_bill(rng: random.Random) -> Any:
    m3, rate, fixed = rng.randint(5, 60), dec(rng, 1.2, 4.5, 2), dec(rng, 5, 30, 2)
    text = pick(rng, f"Water: {m3} m³ used at {show(rate)} per m³ plus a {show(fixed)} standing "
                     "charge. Bill?",
                f"bill for {m3} cubic metres of water at {show(rate)}/m3 + fixed fee "
                f"{show(fixed)}?")
    return text, num(m3 * rate + fixed, 2)


@fam
def rain_harvest(rng: random.Random) -> Any:
    roof, mm = rng.randint(30, 200), rng.randint(3, 60)
    eff = rng.choice([F("0.8"), F("0.9"), F(1)])
    litres = roof * mm * eff
    note = "" if eff == 1 else f" and I collect {show(eff * 100)}% of it"
    text = pick(rng, f"My roof is {roof} m². {mm} mm of rain fell{note}. How many litres is that?",
                f"{mm} mm rainfall on a {roof} square metre roof{note} - litres collected?")
    return text, num(litres, 1)


@fam
def carpet_cost(rng: random.Random) -> Any:
    a, b, price = dec(rng, 2, 7, 1), dec(rng, 2, 6, 1), dec(rng, 8, 60, 2)
    fit = rng.choice([0, 50, 75, 100])
    cost = a * b * price + fit
    extra = f" plus a {fit} fitting fee" if fit else ""
    text = pick(rng, f"Carpet for a {show(a)} x {show(b)} m room at {show(price)} per m²{extra}. "
                     "Total?",
                f"how much for carpet, room {show(a)}m by {show(b)}m, {show(price)}/sq m{extra}?")
    return text, num(cost, 2)


@fam
def fertiliser_dilution(rng: random.Random) -> Any:
    ml_per_l, can = rng.choice([5, 10, 15, 20, F("2.5")]), rng.choice([5, 8, 10, 12, 15])
    cans = rng.randint(2, 5)
    total = F(ml_per_l) * can * cans
    text = pick(rng, f"Plant feed: {show(F(ml_per_l))} ml per litre of water. I fill a {can} L "
                     f"watering can {cans} times. Total ml of feed?",
                f"{cans} cans of {can} litres, dose {show(F(ml_per_l))} mL/L - how much "
                "concentrate?")
    return text, num(total, 1)


@fam
def pool_chlorine(rng: random.Random) -> Any:
    ln, w, d = rng.randint(4, 12), rng.randint(2, 6), dec(rng, 1, 2, 1)
    gpm3 = rng.choice([F("1.5"), 2, F("2.5"), 3])
    g = ln * w * d * gpm3
    text = pick(rng, f"Pool {ln} x {w} m, average depth {show(d)} m. Dose {show(F(gpm3))} g of "
                     "chlorine per m³. How many grams?",
                f"{show(F(gpm3))} g/m3 chlorine for a {ln}m by {w}m pool {show(d)}m deep - grams?")
    return text, num(g, 1)


@fam
def printing_cost(rng: random.Random) -> Any:
    pages, copies = rng.randint(4, 120), rng.randint(2, 60)
    pp = rng.choice([F("0.05"), F("0.08"), F("0.1"), F("0.12"), F("0.15")])
    text = pick(rng, f"Printing {copies} copies of a {pages}-page handout at {show(pp)} a page. "
                     "Cost?",
                f"{copies} x {pages} pages, {show(pp)} per page - total print cost?")
    return text, num(pages * copies * pp, 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    paint_litres, paint_cans, tiles_needed, tile_boxes, flooring_packs, wallpaper_rolls,
    concrete_bags, mulch_volume, grass_seed, fence_posts, electricity_cost, standby_cost,
    bulb_savings, appliance_kwh, solar_output, unit_price_compare, price_per_litre,
    price_per_item, price_per_kg_meat, bulk_saving, cost_per_use, water_bill, rain_harvest,
    carpet_cost, fertiliser_dilution, pool_chlorine, printing_cost)]
