"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 6: home and shopping."""

from __future__ import annotations

import math
import random
from typing import Any

from bench.data.agents.heldout19_units import F, cash, family, forms, money, num, pick, rnd, whole
from bench.data.agents.helpers import Family


def ceil(x: Any) -> int:
    return math.ceil(F(x))


@family
def paint_liters(rng: random.Random) -> Any:
    a, b, h = rnd(rng, 2, 8, "0.5"), rnd(rng, 2, 7, "0.5"), rnd(rng, "2.2", 3, "0.1")
    cover, coats = rng.choice([10, 12, 14, 8]), rng.choice([1, 2])
    walls = 2 * (a + b) * h
    text = pick(rng, "Room is {a} m x {b} m with {h} m high walls. Paint covers {c} m² per litre, "
                "{k}, ignore doors and windows. How many litres? 2 decimals",
                "litres of paint for the 4 walls of a {a}x{b} m room, {h} m tall, {k}, "
                "coverage {c} sq m/L? (no deductions) 2 dp", a=num(a), b=num(b), h=num(h), c=cover,
                k="one coat" if coats == 1 else "two coats")
    return text, forms(walls * coats / cover, 2)


@family
def paint_tins(rng: random.Random) -> Any:
    area = rnd(rng, 15, 150, 1)
    cover, coats = rng.choice([10, 12, 13]), rng.choice([1, 2, 3])
    tin = rng.choice([F("2.5"), 5, 1])
    litres = area * coats / F(cover)
    if litres / tin == ceil(litres / tin):
        return None
    tins = ceil(litres / tin)
    text = pick(rng, "I need to paint {a} m², {k}. Paint covers {c} m²/L and comes in {t} L "
                "tins. How many tins?",
                "how many {t}-litre cans for {a} square metres x {k} at {c} m2 per litre?",
                a=num(area), k=f"{coats} coat" + ("s" if coats > 1 else ""), c=cover, t=num(tin))
    return text, [str(tins), f"{tins} tins", f"{tins} cans"]


@family
def floor_tiles_count(rng: random.Random) -> Any:
    a, b = rnd(rng, 2, 6, "0.1"), rnd(rng, "1.5", 5, "0.1")
    tile = rng.choice([20, 25, 30, 40, 50, 60])
    waste = rng.choice([10, 5, 15, 8])
    need = a * b / (F(tile, 100) ** 2) * (100 + waste) / 100
    if need == ceil(need):
        return None
    text = pick(rng, "Floor is {a} m by {b} m, tiles are {t} x {t} cm. Add {w}% to the area for "
                "waste, then round up: how many tiles?",
                "how many {t}cm square tiles for a {a}m x {b}m bathroom floor? add {w}% to the "
                "area for cuts and round up only at the end",
                a=num(a), b=num(b), t=tile, w=waste)
    return text, whole(ceil(need))


@family
def tile_boxes(rng: random.Random) -> Any:
    area = rnd(rng, 4, 60, "0.5")
    box = rng.choice([F("1.44"), F("1.08"), F("0.96"), F(1), F("1.5"), F("2.16")])
    need = area / box
    if need == ceil(need):
        return None
    text = pick(rng, "Each box of tiles covers {b} m². How many boxes for {a} m²?",
                "{a} sq m kitchen, tiles sold {b} m2 per box - boxes needed (whole boxes)?",
                b=num(box), a=num(area))
    return text, [str(ceil(need)), f"{ceil(need)} boxes"]


@family
def recipe_scaling(rng: random.Random) -> Any:
    serves, want = rng.choice([4, 6, 8, 2, 3, 12]), rng.randint(2, 20)
    if serves == want:
        return None
    name, amount, unit = rng.choice([("flour", rnd(rng, 100, 600, 25), "g"),
                                     ("milk", rnd(rng, 100, 900, 50), "ml"),
                                     ("butter", rnd(rng, 50, 300, 10), "g"),
                                     ("sugar", rnd(rng, 50, 400, 10), "g")])
    text = pick(rng, "A recipe for {s} uses {a} {u} of {n}. How much {n} for {w} people? 1 decimal",
                "scale this: {a}{u} {n} serves {s}. I'm cooking for {w} - how much {n} (1 dp)?",
                s=serves, a=num(amount), u=unit, n=name, w=want)
    return text, forms(amount * want / serves, 1)


@family
def recipe_scale_eggs(rng: random.Random) -> Any:
    eggs, serves = rng.randint(2, 6), rng.choice([4, 6, 8, 12, 24])
    want = rng.randint(2, 60)
    if want == serves:
        return None
    text = pick(rng, "Cookie recipe makes {s} cookies with {e} eggs. How many eggs for "
                     "{w} cookies? "
                "2 decimals",
                "{e} eggs for {s} muffins -> eggs needed for {w} muffins (2 dp)?",
                s=serves, e=eggs, w=want)
    return text, forms(F(eggs * want, serves), 2)


@family
def electricity_cost_appliance(rng: random.Random) -> Any:
    watts = rng.choice([60, 100, 150, 800, 1200, 1500, 2000, 2200, 3000, 40, 9])
    hours = rnd(rng, "0.5", 24, "0.5")
    price = rnd(rng, "0.10", "0.45", "0.01")
    text = pick(rng, "A {w} W heater runs {h} hours. Electricity is {p} per kWh. Cost? 2 decimals",
                "how much does it cost to run a {w}-watt device for {h} h at {p}/kWh? to the cent",
                w=watts, h=num(hours), p=cash(rng, price))
    return text, forms(F(watts, 1000) * hours * price, 2)


@family
def monthly_kwh(rng: random.Random) -> Any:
    watts = rng.choice([5, 10, 40, 60, 120, 250, 400, 700, 1000])
    hours = rnd(rng, 1, 24, "0.5")
    days = rng.choice([30, 31, 28, 7, 365])
    text = pick(rng, "A {w} W device on {h} h a day for {d} days uses how many kWh? 2 decimals",
                "kWh used by a {w} watt TV running {h} hours daily over {d} days (2 dp)?",
                w=watts, h=num(hours), d=days)
    return text, forms(F(watts, 1000) * hours * days, 2)


@family
def standby_cost_year(rng: random.Random) -> Any:
    watts = rnd(rng, "0.5", 15, "0.5")
    price = rnd(rng, "0.12", "0.40", "0.01")
    text = pick(rng, "A gadget draws {w} W on standby 24/7. At {p} per kWh, yearly cost "
                     "(365 days)? "
                "2 decimals",
                "standby {w}W all year (365 days × 24 h), electricity {p}/kWh - cost per "
                "year to the "
                "cent?", w=num(watts), p=cash(rng, price))
    return text, forms(watts * 24 * 365 / 1000 * price, 2)


@family
def led_savings(rng: random.Random) -> Any:
    old, new = rng.choice([(60, 9), (100, 14), (40, 6), (75, 11), (50, 7)])
    bulbs, hours = rng.randint(2, 20), rnd(rng, 1, 8, "0.5")
    price = rnd(rng, "0.12", "0.40", "0.01")
    text = pick(rng, "Swapping {n} bulbs from {o} W to {e} W LEDs, on {h} h a day. "
                     "Electricity {p}/kWh. "
                "Savings per year (365 days)? 2 decimals",
                "how much do I save a year replacing {n} x {o}W bulbs with {e}W LEDs used "
                "{h} hours "
                "daily at {p} per kWh? 365 days, 2 dp", n=bulbs, o=old, e=new, h=num(hours),
                p=cash(rng, price))
    return text, forms(F(bulbs * (old - new), 1000) * hours * 365 * price, 2)


@family
def unit_price_per_100g(rng: random.Random) -> Any:
    grams = rng.choice([150, 200, 250, 300, 340, 400, 450, 500, 750, 1000])
    price = rnd(rng, "0.79", "12.99", "0.01")
    text = pick(rng, "A {g} g pack costs {p}. What is the price per 100 g? 2 decimals",
                "unit price per 100g for {p} / {g}g? (2 dp)", g=grams, p=cash(rng, price))
    return text, forms(price * 100 / grams, 2)


@family
def cheaper_per_unit_difference(rng: random.Random) -> Any:
    g1, g2 = rng.choice([(400, 750), (500, 1000), (250, 600), (330, 500), (200, 450)])
    p1, p2 = rnd(rng, "1.00", "6.00", "0.01"), rnd(rng, "2.00", "11.00", "0.01")
    u1, u2 = p1 * 1000 / g1, p2 * 1000 / g2
    sign = rng.choice(["$", "€", "£", ""])
    if abs(u1 - u2) < F(1, 10):
        return None
    text = pick(rng, "Cereal: {a} g for {p} or {b} g for {q}. What's the cheaper one's "
                     "price per kg? "
                "2 decimals",
                "which is better value, {a}g at {p} or {b}g at {q}? give the lower price "
                "per kilo (2 dp)",
                a=g1, p=sign + money(p1), b=g2, q=sign + money(p2))
    return text, forms(min(u1, u2), 2)


@family
def multipack_per_can(rng: random.Random) -> Any:
    n, price = rng.choice([6, 8, 12, 18, 24, 4]), rnd(rng, "2.50", "24.99", "0.01")
    text = pick(rng, "A {n}-pack costs {p}. How much per can? round to the cent",
                "{p} for {n} cans - price each (2 dp)?", n=n, p=cash(rng, price))
    return text, forms(price / n, 2)


@family
def price_per_liter_bottles(rng: random.Random) -> Any:
    ml, price = rng.choice([330, 500, 750, 1500, 2000, 1250]), rnd(rng, "0.45", "4.99", "0.01")
    text = pick(rng, "A {m} ml bottle costs {p}. What's that per litre? 2 decimals",
                "price per L of a {m}mL drink costing {p} (2 dp)?", m=ml, p=cash(rng, price))
    return text, forms(price * 1000 / ml, 2)


@family
def wallpaper_rolls(rng: random.Random) -> Any:
    width, height = rnd(rng, 4, 36, "0.1"), rnd(rng, "2.3", "2.8", "0.1")
    roll_w, roll_l = F("0.53"), F(10)
    drops_per_roll = int(roll_l // height)
    strips = ceil(width / roll_w)
    rolls = ceil(F(strips, drops_per_roll))
    text = pick(rng, "Walls {w} m wide in total, {h} m high. Wallpaper rolls are 0.53 m wide "
                "and 10 m long; each roll gives as many full-height strips as fit. Ignoring "
                "pattern repeat, how many rolls?",
                "how many rolls (0.53 m x 10 m, cut into whole {h} m drops) to paper {w} m of "
                "wall, {h} m tall?", w=num(width), h=num(height))
    return text, [str(rolls), f"{rolls} rolls"]


@family
def fence_posts(rng: random.Random) -> Any:
    length, gap = rng.randint(6, 120), rng.choice([F(2), F("2.5"), F(3), F("1.8"), F("2.4")])
    panels = ceil(length / gap)
    text = pick(rng, "Straight fence {l} m long, posts at most {g} m apart, one at each end. How "
                "many posts?",
                "{l}m fence line with posts every {g}m max (both ends included) - number of posts?",
                l=length, g=num(gap))
    return text, whole(panels + 1)


@family
def concrete_volume(rng: random.Random) -> Any:
    a, b = rnd(rng, 1, 6, "0.1"), rnd(rng, 1, 5, "0.1")
    depth = rng.choice([75, 100, 120, 150])
    text = pick(rng, "Concrete slab {a} m x {b} m, {d} mm thick. How many cubic metres? 3 decimals",
                "volume of concrete (m³, 3 dp) for a {a}m by {b}m pad {d}mm deep?", a=num(a),
                b=num(b), d=depth)
    return text, forms(a * b * F(depth, 1000), 3)


@family
def mulch_bags(rng: random.Random) -> Any:
    area, depth = rnd(rng, 2, 40, "0.5"), rng.choice([5, 7, 8, 10])
    bag = rng.choice([50, 60, 70, 75, 100])
    litres = area * depth * 10
    if litres / bag == ceil(litres / bag):
        return None
    text = pick(rng, "I want {d} cm of mulch over {a} m². Bags are {b} litres. How many bags?",
                "bags of bark ({b} L each) for a {a} sq m bed at {d}cm deep? (1 m² x 1 cm = 10 L)",
                d=depth, a=num(area), b=bag)
    return text, whole(ceil(litres / bag))


@family
def carpet_cost(rng: random.Random) -> Any:
    a, b = rnd(rng, 2, 7, "0.1"), rnd(rng, 2, 6, "0.1")
    price = rnd(rng, 8, 60, "0.5")
    text = pick(rng, "Carpet is {p} per m². The room is {a} m x {b} m. Total cost? 2 decimals",
                "how much to carpet {a}m by {b}m at {p}/sq m (to the cent)?", p=cash(rng, price),
                a=num(a), b=num(b))
    return text, forms(a * b * price, 2)


@family
def grass_seed(rng: random.Random) -> Any:
    a, b = rnd(rng, 3, 30, "0.5"), rnd(rng, 2, 20, "0.5")
    rate = rng.choice([25, 30, 35, 50])
    text = pick(rng, "Lawn {a} m x {b} m, sow {r} g of seed per m². How many kg of seed? "
                     "3 decimals",
                "grass seed at {r}g/m2 for a {a} by {b} metre lawn - kg needed (3 dp)?",
                a=num(a), b=num(b), r=rate)
    return text, forms(a * b * rate / 1000, 3)


@family
def pizza_price_per_area(rng: random.Random) -> Any:
    d, price = rng.choice([10, 12, 14, 16, 18]), rnd(rng, "6.99", "22.99", "0.50")
    text = pick(rng, "A {d}-inch pizza costs {p}. What's the price per square inch? (area = π r², "
                "use π = 3.14) 3 decimals",
                "{d}\" pizza for {p}: cost per sq in, with pi = 3.14, to 3 dp?", d=d,
                p=cash(rng, price))
    return text, forms(price / (F("3.14") * F(d, 2) ** 2), 3)


@family
def water_bill(rng: random.Random) -> Any:
    m3, rate = rnd(rng, 3, 40, "0.5"), rnd(rng, "1.20", "4.50", "0.05")
    fixed = rnd(rng, 5, 25, "0.5")
    sign = rng.choice(["$", "€", "£", ""])
    text = pick(rng, "Water costs {r} per m³ plus a {f} standing charge. I used {m} m³. "
                     "Bill? 2 decimals",
                "{m} cubic metres at {r}/m3 + {f} fixed fee - total water bill to the cent?",
                r=sign + money(rate), f=sign + money(fixed), m=num(m3))
    return text, forms(m3 * rate + fixed, 2)


@family
def heating_oil_days(rng: random.Random) -> Any:
    litres, per_day = rnd(rng, 200, 2000, 50), rnd(rng, 4, 25, "0.5")
    text = pick(rng, "The tank has {l} L of heating oil and we burn {d} L a day. How many days "
                "left? 1 decimal",
                "{l} litres of oil, {d} L/day usage - days remaining (1 dp)?", l=num(litres),
                d=num(per_day))
    return text, forms(litres / per_day, 1)


@family
def solar_panel_output(rng: random.Random) -> Any:
    panels, watt = rng.randint(4, 24), rng.choice([300, 350, 400, 420, 450])
    sun = rnd(rng, 2, 6, "0.5")
    eff = rng.choice([75, 80, 85, 90])
    text = pick(rng, "{n} panels of {w} W, {s} peak sun hours a day, {e}% system "
                     "efficiency. kWh per "
                "day? 2 decimals",
                "daily output in kWh (2 dp) of {n} x {w}W solar panels at {s} sun hours and {e}% "
                "efficiency?", n=panels, w=watt, s=num(sun), e=eff)
    return text, forms(F(panels * watt, 1000) * sun * eff / 100, 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    paint_liters, paint_tins, floor_tiles_count, tile_boxes, recipe_scaling, recipe_scale_eggs,
    electricity_cost_appliance, monthly_kwh, standby_cost_year, led_savings,
    unit_price_per_100g, cheaper_per_unit_difference, multipack_per_can,
    price_per_liter_bottles, wallpaper_rolls, fence_posts, concrete_volume, mulch_bags,
    carpet_cost, grass_seed, pizza_price_per_area, water_bill, heating_oil_days,
    solar_panel_output)]
