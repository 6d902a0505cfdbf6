"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 4: paint, tiles,
flooring, fences, garden, recipe quantities and appliance running cost."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import Made, R, Redraw, family, grid, pick, show
from bench.data.agents.helpers import Family


def up(x: F) -> int:
    return math.ceil(x)


@family
def paint_litres_walls(rng: random.Random) -> Made:
    ln, w, h = grid(rng, 2.5, 7, 0.1), grid(rng, 2.5, 6, 0.1), grid(rng, 2.3, 3, 0.1)
    cov = rng.choice([10, 12, 13, 14])
    coats = rng.choice([1, 2, 3])
    area = 2 * (ln + w) * h
    t = pick(
        rng,
        "Room {l} m × {w} m, walls {h} m high (ignore doors/windows). Paint covers {c} m² per "
        "litre, {n} coat(s). How many litres? 1 decimal",
        "painting all 4 walls of a {l}x{w}m room, {h}m ceiling, {n} coats, coverage {c} m2/L - "
        "litres needed (one dp)?",
    )
    return t.format(l=show(ln), w=show(w), h=show(h), c=cov, n=coats), [R(area * coats / cov, 1)]


@family
def paint_tins(rng: random.Random) -> Made:
    area = rng.randint(15, 150)
    cov = rng.choice([8, 10, 12, 14, 16])
    coats = rng.choice([1, 2])
    tin = rng.choice([F(5, 2), F(5), F(1), F(10)])
    n = up(F(area * coats, cov) / tin)
    if F(area * coats, cov) / tin == n:
        raise Redraw
    t = pick(
        rng,
        "I need to paint {a} m², {c} coats. Paint covers {v} m²/L and comes in {t} L tins. How "
        "many tins do I buy?",
        "{a} sq m wall, {c} coat(s), {v} m2 per litre, {t}-litre cans. number of cans?",
    )
    return t.format(a=area, c=coats, v=cov, t=show(tin)), [R(n, 0)]


@family
def tiles_needed(rng: random.Random) -> Made:
    L, W = grid(rng, 1.5, 6, 0.1), grid(rng, 1.2, 5, 0.1)
    s = rng.choice([20, 25, 30, 40, 45, 50, 60])
    waste = rng.choice([5, 8, 10, 15])
    n = up(L * W / F(s * s, 10000) * (1 + F(waste, 100)))
    if L * W / F(s * s, 10000) * (1 + F(waste, 100)) == n:
        raise Redraw
    t = pick(
        rng,
        "Floor is {l} m by {w} m, tiles are {s}×{s} cm. Add {x}% for cuts/waste. How many tiles "
        "(round up)?",
        "how many {s}cm square tiles for a {l}m x {w}m bathroom floor, plus {x}% extra? whole "
        "tiles",
    )
    return t.format(l=show(L), w=show(W), s=s, x=waste), [R(n, 0)]


@family
def tile_boxes(rng: random.Random) -> Made:
    area = grid(rng, 3, 40, 0.5)
    box = grid(rng, 0.9, 2.2, 0.01)
    n = up(area / box)
    if area / box == n:
        raise Redraw
    t = pick(
        rng,
        "Each box of tiles covers {b} m². I need {a} m². How many boxes?",
        "{a} m2 of floor, boxes cover {b} sqm each - boxes needed?",
    )
    return t.format(b=show(box), a=show(area)), [R(n, 0)]


@family
def laminate_packs_cost(rng: random.Random) -> Made:
    L, W = grid(rng, 2.5, 7, 0.1), grid(rng, 2.5, 6, 0.1)
    pack = rng.choice([F("1.76"), F("2.2"), F("2.47"), F("1.9")])
    price = grid(rng, 15, 45, 0.5)
    n = up(L * W * F(110, 100) / pack)
    t = pick(
        rng,
        "Laminate for a {l}×{w} m room plus 10% waste. Packs cover {p} m² and cost ${c}. Total "
        "cost?",
        "room {l} by {w} metres, add 10%, packs of {p} m2 at {c} dollars each - how much do I "
        "spend (whole packs)?",
    )
    return t.format(l=show(L), w=show(W), p=show(pack), c=show(price)), [R(n * price, 2)]


@family
def wallpaper_rolls(rng: random.Random) -> Made:
    per = grid(rng, 8, 40, 0.1)
    h = grid(rng, 2.3, 3.2, 0.1)
    roll_len = rng.choice([F(10), F("10.05"), F(12)])
    roll_w = rng.choice([F("0.53"), F("0.52"), F("0.7")])
    strips_per_roll = int(roll_len // h)
    strips = up(per / roll_w)
    rolls = up(F(strips, strips_per_roll))
    t = (
        "Wallpaper rolls are {L} m long and {w} m wide. Walls are {h} m high and the room "
        "perimeter is {p} m. "
        "Counting whole strips (strips per roll = floor({L} / height), strips needed = perimeter / "
        "{w} rounded up), how many rolls?"
    )
    return t.format(h=show(h), p=show(per), L=show(roll_len), w=show(roll_w)), [R(rolls, 0)]


@family
def fence_panels_posts(rng: random.Random) -> Made:
    length = rng.randint(6, 60)
    panel = rng.choice([F("1.8"), F(2), F("2.4"), F(3)])
    panels = up(length / panel)
    t = pick(
        rng,
        "A straight fence {l} m long with {p} m panels — how many panels, and how many posts (one "
        "more than panels)?",
        "{l} metre run of fence, panel width {p} m. number of panels (round up) and posts (panels "
        "+ 1)?",
    )
    return t.format(l=length, p=show(panel)), [R(panels, 0), R(panels + 1, 0)]


@family
def concrete_bags(rng: random.Random) -> Made:
    L, W, D = (
        grid(rng, 0.5, 4, 0.1),
        grid(rng, 0.5, 3, 0.1),
        rng.choice([F(5, 100), F(75, 1000), F(1, 10), F(15, 100)]),
    )
    bag = rng.choice([F("0.01"), F("0.014"), F("0.02")])
    vol = L * W * D
    n = up(vol / bag)
    t = pick(
        rng,
        "Slab {l} m × {w} m × {d} m deep. Each bag of mix makes {b} m³. How many bags?",
        "concrete pad {l}m by {w}m, {d}m thick; bag yield {b} cubic metres. bags needed (round "
        "up)?",
    )
    return t.format(l=show(L), w=show(W), d=show(D), b=show(bag)), [R(n, 0)]


@family
def mulch_volume(rng: random.Random) -> Made:
    area = rng.randint(5, 80)
    depth = rng.choice([5, 7, 8, 10])
    bag = rng.choice([40, 50, 60, 70, 75, 100])
    lit = area * depth * 10
    n = up(F(lit, bag))
    if F(lit, bag) == n:
        raise Redraw
    t = pick(
        rng,
        "Garden bed {a} m², want mulch {d} cm deep. Bags are {b} litres. How many bags?",
        "{d}cm of bark over {a} m2, sold in {b} L bags — how many bags do i need",
    )
    return t.format(a=area, d=depth, b=bag), [R(n, 0)]


@family
def grass_seed(rng: random.Random) -> Made:
    L, W = rng.randint(3, 30), rng.randint(3, 20)
    rate = rng.choice([25, 30, 35, 40, 50])
    g = L * W * rate
    t = pick(
        rng,
        "Lawn {l} m × {w} m, sow {r} g per m². How many kg of seed? 2 decimals",
        "grass seed at {r}g/m2 for a {l} by {w} metre lawn, kg needed (2dp)?",
    )
    return t.format(l=L, w=W, r=rate), [R(F(g, 1000), 2)]


@family
def recipe_scale_servings(rng: random.Random) -> Made:
    base = rng.choice([2, 4, 6, 8])
    want = rng.choice([n for n in (3, 4, 5, 6, 8, 10, 12, 15, 20) if n != base])
    ing, amt, unit = rng.choice(
        [
            ("flour", rng.randint(100, 600), "g"),
            ("milk", rng.randint(100, 800), "ml"),
            ("butter", rng.randint(30, 250), "g"),
            ("sugar", rng.randint(40, 300), "g"),
            ("rice", rng.randint(150, 500), "g"),
            ("stock", rng.randint(250, 1500), "ml"),
        ]
    )
    v = F(amt * want, base)
    t = pick(
        rng,
        "Recipe for {b} uses {a} {u} of {i}. How much {i} for {w} people? 1 decimal",
        "scaling a {b}-serving recipe to {w} servings: {a}{u} {i} becomes? (1 dp)",
        "I'm cooking for {w} instead of {b}. The recipe says {a} {u} {i}. New amount (one "
        "decimal)?",
    )
    return t.format(b=base, a=amt, u=unit, i=ing, w=want), [R(v, 1)]


@family
def recipe_eggs_round(rng: random.Random) -> Made:
    base = rng.choice([4, 6, 8, 12])
    eggs = rng.randint(2, 6)
    want = rng.randint(2, 30)
    v = F(eggs * want, base)
    if v.denominator == 1 or abs(v - math.floor(v) - F(1, 2)) < F(1, 20):
        raise Redraw
    n = math.floor(v + F(1, 2))
    t = pick(
        rng,
        "A cake for {b} needs {e} eggs. For {w} people, how many eggs, rounded to the nearest "
        "whole egg?",
        "{e} eggs serve {b}; scale to {w} servings and round to whole eggs",
    )
    return t.format(b=base, e=eggs, w=want), [R(n, 0)]


@family
def bakers_percentage(rng: random.Random) -> Made:
    flour = rng.randrange(300, 2001, 50)
    hyd = rng.choice([60, 62, 65, 68, 70, 72, 75, 78, 80])
    salt = rng.choice([F(2), F("1.8"), F("2.2"), F("2.5")])
    t = pick(
        rng,
        "Bread at {h}% hydration and {s}% salt with {f} g flour — how many g water and g salt? "
        "(salt 1 decimal)",
        "{f}g flour, baker's percentages: water {h}%, salt {s}%. grams of water and salt?",
    )
    return t.format(h=hyd, s=show(salt), f=flour), [
        R(F(flour * hyd, 100), 1),
        R(flour * salt / 100, 1),
    ]


@family
def coffee_ratio(rng: random.Random) -> Made:
    ratio = rng.choice([15, 16, 17, 18])
    water = rng.randint(200, 1200)
    t = pick(
        rng,
        "Brewing at 1:{r} coffee to water, how many grams of coffee for {w} g water? 1 decimal",
        "pour over ratio 1:{r}, {w} ml of water (1 ml = 1 g) -> coffee grams (one dp)?",
    )
    return t.format(r=ratio, w=water), [R(F(water, ratio), 1)]


@family
def dilution_concentrate(rng: random.Random) -> Made:
    a, b = rng.choice([(1, 4), (1, 5), (1, 9), (1, 10), (1, 20), (1, 32), (2, 3), (1, 3)])
    total = rng.randrange(250, 10001, 250)
    t = pick(
        rng,
        "Mix concentrate and water {a}:{b}. For {t} ml of finished solution, how much concentrate? "
        "1 decimal",
        "dilute {a} part cleaner to {b} parts water, want {t} mL total - ml of cleaner (1 dp)?",
    )
    return t.format(a=a, b=b, t=total), [R(F(total * a, a + b), 1)]


@family
def electricity_cost_appliance(rng: random.Random) -> Made:
    w = rng.choice([60, 100, 150, 400, 800, 1000, 1200, 1500, 2000, 2200, 2500, 3000])
    h = grid(rng, 0.25, 10, 0.25)
    days = rng.choice([1, 7, 30])
    price = grid(rng, 0.1, 0.45, 0.01)
    cost = F(w, 1000) * h * days * price
    per = {1: "per day", 7: "per week", 30: "over 30 days"}[days]
    t = pick(
        rng,
        "A {w} W heater runs {h} h a day. Electricity is ${p}/kWh. What does it cost {x}? 2 "
        "decimals",
        "{w} watts, {h} hours daily, {p} per kWh - cost {x}? (2 dp)",
        "How much does it cost to run a {w}W appliance {h} hours a day {x} at ${p} per "
        "kilowatt-hour?",
    )
    return t.format(w=w, h=show(h), p=show(price), x=per), [R(cost, 2)]


@family
def standby_power_year(rng: random.Random) -> Made:
    w = grid(rng, 0.5, 15, 0.5)
    price = grid(rng, 0.12, 0.4, 0.01)
    t = pick(
        rng,
        "A TV on standby draws {w} W all year (365 days, 24 h). At {p} per kWh, annual cost? 2 "
        "decimals",
        "standby {w} watts, 24/7 for 365 days, electricity {p}/kWh. yearly cost (2dp)?",
    )
    return t.format(w=show(w), p=show(price)), [R(w * 24 * 365 / 1000 * price, 2)]


@family
def led_savings(rng: random.Random) -> Made:
    old, new = rng.choice([(60, 9), (60, 8), (100, 14), (75, 11), (40, 6), (50, 7)])
    n = rng.randint(1, 20)
    h = rng.randint(2, 8)
    price = grid(rng, 0.12, 0.4, 0.01)
    save = F((old - new) * n * h * 365, 1000) * price
    t = pick(
        rng,
        "Replacing {n} × {o} W bulbs with {e} W LEDs, used {h} h a day. At {p}/kWh, yearly saving "
        "(365 days)? 2 decimals",
        "swap {n} bulbs {o}W -> {e}W LED, {h}h/day, electricity {p} per kWh. savings per year (365 "
        "d)?",
    )
    return t.format(n=n, o=old, e=new, h=h, p=show(price)), [R(save, 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        paint_litres_walls,
        paint_tins,
        tiles_needed,
        tile_boxes,
        laminate_packs_cost,
        wallpaper_rolls,
        fence_panels_posts,
        concrete_bags,
        mulch_volume,
        grass_seed,
        recipe_scale_servings,
        recipe_eggs_round,
        bakers_percentage,
        coffee_ratio,
        dilution_concentrate,
        electricity_cost_appliance,
        standby_power_year,
        led_savings,
    )
]
