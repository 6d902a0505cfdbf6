"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 5: paint, tiles, garden
and recipe scaling, appliance energy."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, loose, num, pick, tenth
from bench.data.agents.helpers import Family


def up(v: F) -> int:
    if v.denominator == 1:
        raise Redraw
    return math.ceil(v)


# ---------------------------------------------------------------- paint and tiles


@family
def paint_litres(rng: random.Random) -> Made:
    w, h = tenth(rng, 2.5, 7), tenth(rng, 2.2, 3)
    walls = rng.randint(1, 4)
    cover = rng.choice([10, 12, 13, 14, 15])
    coats = rng.choice([1, 2])
    v = w * h * walls * coats / cover
    return pick(
        rng,
        f"painting {walls} wall(s), each {d(w)} m wide x {d(h)} m high, {coats} "
        f"coat(s). paint covers {cover} m² per litre. litres needed? 2 decimals",
        f"How much paint (L, 2 dp) for {coats} coat(s) on {walls} walls of {d(w)}m by "
        f"{d(h)}m, if 1 L covers {cover} square metres?",
    ), [num(v, 2)]


@family
def paint_cans(rng: random.Random) -> Made:
    area = rng.randint(20, 160)
    cover = rng.choice([10, 12, 13, 14])
    can = rng.choice([F("2.5"), F(5), F(1), F(4)])
    coats = rng.choice([1, 2, 3])
    v = up(F(area * coats, cover) / can)
    return pick(
        rng,
        f"{area} m² of wall, {coats} coats, paint covers {cover} m²/L and comes in "
        f"{d(can)} L cans. how many cans (whole cans)?",
        f"need to paint {area} sq m with {coats} coat(s). coverage {cover} m2 per litre, "
        f"{d(can)}-litre tins. number of tins to buy?",
    ), [num(v, 0)]


@family
def paint_room_minus_openings(rng: random.Random) -> Made:
    ln, w, h = tenth(rng, 3, 6), tenth(rng, 2.5, 5), tenth(rng, 2.3, 2.8)
    doors, windows = rng.randint(1, 2), rng.randint(0, 3)
    area = 2 * (ln + w) * h - doors * F("1.9") - windows * F("1.5")
    return pick(
        rng,
        f"room {d(ln)} x {d(w)} m, ceiling {d(h)} m. wall area to paint excluding "
        f"{doors} door(s) of 1.9 m² and {windows} window(s) of 1.5 m² each? 2 "
        f"decimals",
        f"Walls only: a {d(ln)}m by {d(w)}m room with {d(h)}m high walls, minus {doors} "
        f"doors (1.9 m² each) and {windows} windows (1.5 m² each). Paintable m² to 2 "
        f"dp?",
    ), [num(area, 2)]


@family
def tiles_count(rng: random.Random) -> Made:
    L, W = tenth(rng, 1.5, 6), tenth(rng, 1.2, 5)
    t = rng.choice([20, 25, 30, 40, 45, 50, 60])
    waste = rng.choice([0, 5, 10, 15])
    area = L * W * (100 + waste) / 100
    v = up(area / F(t * t, 10000))
    return pick(
        rng,
        f"floor {d(L)} m x {d(W)} m, tiles {t}x{t} cm, add {waste}% for waste. how "
        f"many tiles (round up)?",
        f"How many {t} cm square tiles for a {d(L)}m × {d(W)}m floor plus {waste}% extra? "
        f"round up to whole tiles",
    ), [num(v, 0)]


@family
def tile_boxes_cost(rng: random.Random) -> Made:
    area = tenth(rng, 4, 40)
    per_box = rng.choice([F("1.44"), F("1.08"), F(1), F("1.5"), F("0.96")])
    price = F(rng.randint(1500, 6500), 100)
    boxes = up(area / per_box)
    v = boxes * price
    return pick(
        rng,
        f"{d(area)} m² to tile. each box covers {d(per_box)} m² and costs {d(price)}. "
        f"total for whole boxes? 2 dp",
        f"Tiles come in boxes of {d(per_box)} m² at ${d(price)} a box; I need {d(area)} "
        f"m². What do the boxes cost (buy whole boxes)?",
    ), [num(v, 2)]


@family
def wallpaper_rolls(rng: random.Random) -> Made:
    perim = tenth(rng, 8, 22)
    h = tenth(rng, 2.3, 2.8)
    roll_w, roll_l = F("0.53"), F(10)
    strips_per_roll = int(roll_l // h)
    strips = up(perim / roll_w)
    v = up(F(strips, strips_per_roll))
    return pick(
        rng,
        f"wallpaper: walls total {d(perim)} m around, {d(h)} m high. rolls are 0.53 m "
        f"x 10 m, only full-height strips count (no joins). how many rolls?",
        f"I need full-height drops {d(h)} m long to cover {d(perim)} m of wall width. Each "
        f"roll is 53 cm wide and 10 m long, leftover bits wasted. Rolls "
        f"needed?",
    ), [num(v, 0)]


@family
def flooring_cost(rng: random.Random) -> Made:
    L, W = tenth(rng, 2, 7), tenth(rng, 2, 6)
    price = F(rng.randint(900, 6000), 100)
    v = L * W * price
    return pick(
        rng,
        f"laminate at {d(price)} per m², room is {d(L)} m by {d(W)} m. cost? 2 decimals",
        f"Carpet costs ${d(price)}/sq m. How much to carpet a {d(L)} × {d(W)} m room (no waste)?",
    ), [num(v, 2)]


@family
def mulch_bags(rng: random.Random) -> Made:
    L, W = tenth(rng, 1, 10), tenth(rng, 0.5, 4)
    depth = rng.choice([5, 7, 8, 10])
    bag = rng.choice([40, 50, 60, 70, 75])
    vol = L * W * F(depth, 100) * 1000
    v = up(vol / bag)
    return pick(
        rng,
        f"flower bed {d(L)} m x {d(W)} m, mulch {depth} cm deep. bags hold {bag} L. how many bags?",
        f"How many {bag}-litre bags of compost for a bed {d(L)}m long, {d(W)}m wide, "
        f"filled {depth}cm deep? whole bags",
    ), [num(v, 0)]


@family
def concrete_volume(rng: random.Random) -> Made:
    L, W = tenth(rng, 1, 8), tenth(rng, 1, 6)
    t = rng.choice([8, 10, 12, 15])
    v = L * W * F(t, 100)
    return pick(
        rng,
        f"slab {d(L)} m x {d(W)} m, {t} cm thick. cubic metres of concrete? 3 decimals",
        f"concrete pad {d(L)}×{d(W)} m at {t}cm thickness - volume in m³ (3 dp)?",
    ), [num(v, 3)]


@family
def fence_posts(rng: random.Random) -> Made:
    length = rng.randint(6, 80)
    gap = rng.choice([F(2), F("2.4"), F("1.8"), F(3), F("2.5")])
    panels = up(length / gap) if (length / gap).denominator != 1 else int(length / gap)
    v = panels + 1
    return pick(
        rng,
        f"straight fence {length} m long, posts at most {d(gap)} m apart, a post at "
        f"each end. fewest posts?",
        f"how many posts for a {length}m straight fence run if posts can be no more than "
        f"{d(gap)}m apart (including both ends)?",
    ), [num(v, 0)]


# ---------------------------------------------------------------- recipe scaling


@family
def recipe_scale_servings(rng: random.Random) -> Made:
    base = rng.choice([2, 4, 6, 8])
    want = rng.choice([x for x in (3, 5, 6, 9, 10, 12, 14, 15, 20) if x != base])
    ing, amount, unit = rng.choice(
        [
            ("flour", rng.randint(10, 60) * 10, "g"),
            ("milk", rng.randint(5, 40) * 25, "ml"),
            ("butter", rng.randint(5, 50) * 5, "g"),
            ("rice", rng.randint(10, 50) * 10, "g"),
        ]
    )
    v = F(amount * want, base)
    return pick(
        rng,
        f"recipe for {base} uses {amount} {unit} {ing}. how much for {want} people? 1 decimal",
        f"scale {amount}{unit} of {ing} from {base} servings to {want} servings (1 dp)",
    ), [num(v, 1)]


@family
def recipe_scale_eggs(rng: random.Random) -> Made:
    base = rng.choice([4, 6, 8, 12])
    eggs = rng.randint(2, 5)
    sugar = rng.randint(6, 40) * 10
    want = rng.choice([x for x in (2, 3, 5, 6, 9, 10, 16, 18, 24) if x != base])
    v = F(eggs * want, base)
    s = F(sugar * want, base)
    return pick(
        rng,
        f"cake for {base}: {eggs} eggs, {sugar} g sugar. scaled for {want}: how many "
        f"eggs (exact, decimals ok, 2 dp) and grams of sugar (1 dp)?",
        f"Recipe serves {base} with {eggs} eggs and {sugar}g sugar. For {want} servings, "
        f"eggs (2 dp) and sugar in g (1 dp)?",
    ), [num(v, 2), num(s, 1)]


@family
def recipe_pan_scale(rng: random.Random) -> Made:
    a, b = rng.sample([18, 20, 22, 23, 24, 26, 28, 30], 2)
    g = rng.randint(10, 60) * 10
    v = F(g * b * b, a * a)
    return pick(
        rng,
        f"recipe is for a {a} cm round tin, I have a {b} cm one. scale by area: {g} g "
        f"of flour becomes? 1 decimal",
        f"scaling a {a}cm round cake to {b}cm (by area, same depth): how many grams "
        f"instead of {g} g? round to 1 dp",
    ), [num(v, 1)]


@family
def batch_count(rng: random.Random) -> Made:
    per_batch = rng.randint(12, 36)
    need = rng.randint(40, 400)
    v = up(F(need, per_batch))
    return pick(
        rng,
        f"one batch makes {per_batch} cookies. I need {need}. how many batches?",
        f"how many full batches to get at least {need} muffins if each batch yields {per_batch}?",
    ), [num(v, 0)]


@family
def baker_percent(rng: random.Random) -> Made:
    flour = rng.randint(3, 20) * 50
    hyd = rng.randint(58, 85)
    salt = F(rng.choice([18, 20, 22, 25]), 10)
    w, s = F(flour * hyd, 100), flour * salt / 100
    return pick(
        rng,
        f"bread: {flour} g flour at {hyd}% hydration and {d(salt)}% salt (baker's "
        f"percentages). grams of water and salt? 1 decimal",
        f"baker's %: flour {flour}g, water {hyd}%, salt {d(salt)}%. how much water and "
        f"salt in grams (1 dp)?",
    ), [num(w, 1), num(s, 1)]


@family
def ratio_coffee(rng: random.Random) -> Made:
    ratio = rng.choice([15, 16, 17, 18])
    water = rng.randint(6, 40) * 25
    v = F(water, ratio)
    return pick(
        rng,
        f"coffee ratio 1:{ratio}. how much coffee for {water} g water? 1 decimal",
        f"I brew at 1 g coffee per {ratio} g water. For {water} ml (g) of water, grams of "
        f"coffee (1 dp)?",
    ), [num(v, 1)]


# ---------------------------------------------------------------- electricity


@family
def appliance_cost(rng: random.Random) -> Made:
    w = rng.choice([60, 100, 150, 400, 800, 1200, 1500, 2000, 2200, 3000, 9, 12])
    hrs = tenth(rng, 0.5, 10)
    days = rng.choice([1, 7, 30, 31, 365])
    price = F(rng.randint(8, 45), 100)
    v = F(w, 1000) * hrs * days * price
    return pick(
        rng,
        f"{w} W device running {d(hrs)} h a day for {days} "
        f"day{'s' if days > 1 else ''}. electricity {d(price)} per kWh. cost? 2 "
        f"decimals",
        f"how much does it cost to run a {w}-watt heater {d(hrs)} hours/day for {days} "
        f"day(s) at ${d(price)}/kWh? round to cents",
    ), [num(v, 2)]


@family
def kwh_used(rng: random.Random) -> Made:
    w = rng.randint(3, 300) * 10
    hrs = tenth(rng, 0.2, 24)
    v = F(w, 1000) * hrs
    return pick(
        rng,
        f"{w} watts for {d(hrs)} hours is how many kWh?",
        f"energy used by a {w} W appliance over {d(hrs)} h, in kWh?",
    ), [loose(v)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        paint_litres,
        paint_cans,
        paint_room_minus_openings,
        tiles_count,
        tile_boxes_cost,
        wallpaper_rolls,
        flooring_cost,
        mulch_bags,
        concrete_volume,
        fence_posts,
        recipe_scale_servings,
        recipe_scale_eggs,
        recipe_pan_scale,
        batch_count,
        baker_percent,
        ratio_coffee,
        appliance_cost,
        kwh_used,
    )
]
