"""Round 12 (``P_u_*``, dev now) for ``muse bench agents``: everyday quantity problems at
home — scaled recipes, how long a supply lasts, materials for a job, and running costs."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout12_everyday import cash
from bench.data.agents.heldout12_health import plain
from bench.data.agents.heldout12_quantities import calc, clock, families, num, qty, show, tie
from bench.data.agents.helpers import Family, Item

F = Fraction
G = ("g", "grams")


def count(family: str, text: str, n: int, *words: str) -> Item:
    """A whole count followed by one of its nouns (``38 days``, ``38 full days``)."""
    return calc(family, text, [f"{form} {word}" for form in num(n, 0) for word in words])


def p_recipe_serves(rng: random.Random) -> Item | None:  # a recipe scaled to more people
    base, want = rng.choice([2, 4, 6, 8]), rng.randint(3, 14)
    grams = rng.randrange(50, 800, 25)
    if want == base:
        return None
    need = F(grams * want, base)
    if tie(need):
        return None
    forms = qty(need, *G) + (qty(need / 1000, "kg", "kilograms") if need >= 1000 else [])
    return calc("P_u_recipe_serves", f"The lasagne recipe serves {base} and uses {grams} g of "
                f"mince. I'm cooking for {want}, how much mince do I need?", forms)


def p_pan_scale(rng: random.Random) -> Item | None:  # a cake scaled to a bigger round tin
    small, big = rng.choice([(18, 20), (18, 23), (20, 23), (20, 24), (20, 25), (23, 28),
                             (15, 20), (22, 26)])
    butter = rng.randrange(100, 300, 25)
    return plain("P_u_pan_scale", f"my cake recipe is for a {small} cm round tin and uses "
                 f"{butter} g butter. I only have a {big} cm tin - scaling by area, how much "
                 "butter?", butter * F(big, small) ** 2, units=G)


def p_cookie_cups(rng: random.Random) -> Item | None:  # cups of sugar for more cookies
    batch, want = rng.choice([12, 18, 24, 30, 36]), rng.choice([20, 30, 40, 48, 50, 60, 72])
    cups = rng.choice([F(1, 2), F(3, 4), F(1), F(5, 4), F(3, 2), F(2)])
    if batch == want:
        return None
    return plain("P_u_cookie_cups", f"Cookie recipe makes {batch} and needs {show(cups)} cups "
                 f"of sugar. For {want} cookies, how many cups of sugar?", cups * want / batch,
                 units=("cups", "cup"))


def p_dog_food_days(rng: random.Random) -> Item | None:  # full days a bag of kibble lasts
    bag, per_day = rng.choice([2, 3, 5, 7, 10, 12, 15, 20]), rng.randrange(90, 600, 10)
    return count("P_u_dog_food_days", f"{bag} kg bag of kibble and the dog eats {per_day} g a "
                 "day. how many full days will it last?", bag * 1000 // per_day, "days",
                 "full days")


def p_coffee_days(rng: random.Random) -> Item | None:  # full days a bag of beans lasts
    bag, dose = rng.choice([250, 500, 1000]), rng.choice([7, 12, 15, 18, 20, 22])
    cups = rng.randint(1, 4)
    return count("P_u_coffee_days", f"I use {dose} g of beans per cup and drink {cups} cup"
                 f"{'s' * (cups > 1)} a day. How many full days does a {bag} g bag last?",
                 bag // (dose * cups), "days", "full days")


def p_capsule_weeks(rng: random.Random) -> Item | None:  # full weeks a tub of capsules lasts
    tub, per_day = rng.choice([30, 60, 90, 120, 180, 240, 365]), rng.randint(1, 3)
    return count("P_u_capsule_weeks", f"Vitamin tub has {tub} capsules, I take {per_day} a day."
                 " How many whole weeks will it last?", tub // (per_day * 7), "weeks",
                 "full weeks", "whole weeks")


def p_paint_tins(rng: random.Random) -> Item | None:  # tins of paint for a room's walls
    length, width, height = rng.randint(3, 7), rng.randint(3, 6), F(rng.randint(24, 30), 10)
    cover, tin, coats = rng.choice([10, 12, 13]), rng.choice([F(5, 2), F(5)]), 2
    area = 2 * (length + width) * height
    tins = math.ceil(area * coats / (cover * tin))
    return count("P_u_paint_tins", f"Room is {length} m by {width} m with walls {show(height)} "
                 f"m high. Two coats, paint covers {cover} m² per litre, sold in {show(tin)} L "
                 "tins. How many tins? (ignore doors and windows)", tins, "tins", "cans")


def p_tiles(rng: random.Random) -> Item | None:  # floor tiles with 10% spare
    length, width = F(rng.randint(15, 60), 10), F(rng.randint(12, 40), 10)
    side = rng.choice([20, 30, 33, 40, 45, 60])
    raw = length * width / F(side, 100) ** 2 * F(11, 10)
    return count("P_u_tiles", f"floor is {show(length)} x {show(width)} m, tiles are {side} cm "
                 "square, and I want 10% extra for cuts. how many tiles should I buy?",
                 math.ceil(raw), "tiles")


def p_unit_price(rng: random.Random) -> Item | None:  # price per kilo of a pack
    grams = rng.choice([150, 180, 200, 250, 300, 340, 400, 454, 500, 750])
    price = F(rng.randint(89, 899), 100)
    return cash("P_u_unit_price", f"a {grams} g pack costs €{float(price):.2f}. what's the price "
                "per kilo?", price * 1000 / grams)


def p_compare_100g(rng: random.Random) -> Item | None:  # price per 100 g of two packs
    g1, g2 = rng.choice([(200, 500), (250, 750), (300, 900), (150, 400), (400, 1000)])
    p1, p2 = F(rng.randint(99, 499), 100), F(rng.randint(199, 999), 100)
    return cash("P_u_compare_100g", f"Small pack {g1} g for £{float(p1):.2f}, big pack {g2} g "
                f"for £{float(p2):.2f}. What's the price per 100 g of each?", p1 * 100 / g1,
                p2 * 100 / g2)


def p_appliance_cost(rng: random.Random) -> Item | None:  # running cost of an appliance
    watts, hours = rng.choice([60, 150, 400, 800, 1200, 2000, 2500]), F(rng.randint(1, 16), 2)
    price, days = F(rng.randint(12, 40), 100), rng.choice([7, 30, 31, 365])
    return cash("P_u_appliance_cost", f"My {watts} W heater runs {show(hours)} hours a day. "
                f"Electricity is {float(price):.2f} per kWh. What does it cost over {days} "
                "days?", F(watts, 1000) * hours * days * price)


def p_roast_start(rng: random.Random) -> Item | None:  # when to put a roast in the oven
    kg, per = F(rng.randint(10, 40), 10), rng.choice([20, 25, 30])
    extra = rng.choice([0, 20, 30])
    dinner = rng.randrange(17 * 60, 20 * 60 + 1, 15)
    minutes = kg * 2 * per + extra
    if minutes.denominator != 1:
        return None
    plus = f" plus {extra} minutes" if extra else ""
    return calc("P_u_roast_start", f"Chicken needs {per} minutes per 500 g{plus}. It's "
                f"{show(kg)} kg and I want it out at {dinner // 60}:{dinner % 60:02d}. What "
                "time does it go in?", clock(dinner - int(minutes)))


def p_fill_time(rng: random.Random) -> Item | None:  # minutes to fill a tank or tub
    litres = rng.choice([80, 120, 150, 200, 250, 300, 500, 1000])
    rate = F(rng.randint(40, 250), 10)
    return plain("P_u_fill_time", f"The hose gives {show(rate)} litres a minute. How many "
                 f"minutes to fill a {litres} litre paddling pool?", litres / rate,
                 units=("minutes", "min", "mins"))


def p_reading_days(rng: random.Random) -> Item | None:  # days to finish a book
    pages, per_day = rng.randint(150, 900), rng.choice([10, 15, 20, 25, 30, 35, 40, 50])
    return count("P_u_reading_days", f"book is {pages} pages, I read about {per_day} pages a "
                 "night. how many nights to finish it?", math.ceil(F(pages, per_day)), "nights",
                 "days")


def p_savings_weeks(rng: random.Random) -> Item | None:  # weeks to save up for something
    target, weekly = rng.randrange(200, 3000, 50), rng.choice([15, 20, 25, 30, 40, 45, 60, 75])
    return count("P_u_savings_weeks", f"Saving {weekly} a week for a {target} holiday. How many "
                 "weeks until I have enough?", math.ceil(F(target, weekly)), "weeks")


def p_rice_people(rng: random.Random) -> Item | None:  # rice for a party in kg
    people, per = rng.randint(6, 60), rng.choice([60, 70, 75, 80, 90, 100])
    return plain("P_u_rice_people", f"Allowing {per} g of dry rice per person, how many kg for "
                 f"{people} guests?", F(people * per, 1000), units=("kg", "kilograms",
                                                                    "kilos"))


def p_parking(rng: random.Random) -> Item | None:  # parking charged per started hour
    rate, h, m = F(rng.randint(80, 450), 100), rng.randint(0, 7), rng.randint(1, 59)
    return cash("P_u_parking", f"Car park charges {float(rate):.2f} per hour or part of an "
                f"hour. I was there {h} h {m} min. How much do I pay?", (h + 1) * rate)


def p_fence(rng: random.Random) -> Item | None:  # fencing for a garden less a gate
    length, width = F(rng.randint(50, 300), 10), F(rng.randint(40, 200), 10)
    gate = rng.choice([F(9, 10), F(1), F(6, 5), F(3, 2)])
    return plain("P_u_fence", f"Fencing a rectangular garden {show(length)} m by {show(width)} "
                 f"m, leaving a {show(gate)} m gap for a gate. How many metres of fence?",
                 2 * (length + width) - gate, units=("m", "metres", "meters"))


def p_concrete(rng: random.Random) -> Item | None:  # concrete for a slab in cubic metres
    length, width = F(rng.randint(15, 60), 10), F(rng.randint(10, 40), 10)
    depth = rng.choice([75, 100, 120, 150])
    return plain("P_u_concrete", f"shed base {show(length)} m x {show(width)} m, {depth} mm "
                 "deep - how many cubic metres of concrete?", length * width * F(depth, 1000),
                 units=("m³", "m3", "cubic metres", "cubic meters", "cu m"))


def p_lawn_seed(rng: random.Random) -> Item | None:  # grass seed for a lawn in kg
    area, rate = rng.randint(20, 400), rng.choice([25, 30, 35, 40, 50])
    return plain("P_u_lawn_seed", f"Seed rate is {rate} g per square metre and the new lawn is "
                 f"{area} m². How many kg of seed?", F(area * rate, 1000),
                 units=("kg", "kilograms", "kilos"))


def p_shower_litres(rng: random.Random) -> Item | None:  # shower water per week
    minutes, flow, people = rng.randint(4, 15), F(rng.randint(60, 150), 10), rng.randint(1, 5)
    return plain("P_u_shower_litres", f"{people} of us each shower for {minutes} minutes a day "
                 f"and the shower runs at {show(flow)} L/min. Litres per week?",
                 minutes * flow * people * 7, units=("litres", "liters", "L", "l"))


def p_battery_runtime(rng: random.Random) -> Item | None:  # hours a battery runs a device
    wh = rng.choice([99, 160, 256, 288, 500, 1000, 1500])
    watts = rng.choice([7, 12, 18, 45, 60, 90, 150])
    return plain("P_u_battery_runtime", f"Camping power station holds {wh} Wh. How many hours "
                 f"would it run a {watts} W device?", F(wh, watts),
                 units=("hours", "h", "hrs"))


FAMILIES: list[tuple[Family, int]] = families(
    p_recipe_serves, p_pan_scale, p_cookie_cups, p_dog_food_days, p_coffee_days,
    p_capsule_weeks, p_paint_tins, p_tiles, p_unit_price, p_compare_100g, p_appliance_cost,
    p_roast_start, p_fill_time, p_reading_days, p_savings_weeks, p_rice_people, p_parking,
    p_fence, p_concrete, p_lawn_seed, p_shower_litres, p_battery_runtime)
