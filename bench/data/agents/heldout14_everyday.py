"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: everyday quantity problems
(travel time, speed and fuel, scaled recipes, how long a supply lasts, home projects)."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout14_units import (
    KMH,
    F,
    calc,
    cash,
    clock,
    conv,
    duration,
    families,
    money,
    show,
)
from bench.data.agents.helpers import Family, Item

DAYS = ("days",)


def whole(value: int, *units: str) -> list[str]:
    return [f"{value} {u}" for u in units]


def drive_time(rng: random.Random) -> Item | None:  # journey time from distance and speed
    speed = rng.choice([60, 75, 80, 90, 100, 110, 120])
    km = speed * rng.randint(3, 30) // 4
    return calc(f"{km} km on the motorway averaging {speed} km/h - how long will the drive take?",
                duration(F(km * 60, speed)))


def arrive_by(rng: random.Random) -> Item | None:  # arrival time from a departure time
    leave, km, speed = rng.randint(6 * 60, 15 * 60), rng.choice([120, 150, 180, 240, 300, 360]), \
        rng.choice([60, 80, 90, 100, 120])
    h, m = divmod(leave, 60)
    minutes = F(km * 60, speed)
    if minutes.denominator != 1:
        return None
    return calc(f"Leaving at {h:02d}:{m:02d}, {km} km to go at about {speed} km/h. What time do "
                "we get there?", clock(leave + int(minutes)))


def avg_speed(rng: random.Random) -> Item | None:  # average speed from distance and time
    km, h, m = rng.randint(40, 600), rng.randint(1, 6), rng.choice([10, 15, 20, 25, 40, 45, 50])
    return conv(f"we did {km} km in {h}h{m:02d}. what was our average speed?",
                F(km * 60, h * 60 + m), *KMH)


def fuel_litres(rng: random.Random) -> Item | None:  # litres needed from consumption
    km, per100 = rng.randint(80, 1200), F(rng.randint(45, 120), 10)
    return conv(f"Car uses {show(per100)} L/100 km. How much fuel for a {km} km trip?",
                km * per100 / 100, "L", "litres", "liters", "l")


def fuel_cost(rng: random.Random) -> Item | None:  # trip fuel cost in money
    km, per100, price = rng.randint(50, 900), F(rng.randint(50, 95), 10), F(rng.randint(145, 215),
                                                                            100)
    return calc(f"road trip is {km} km, my car does {show(per100)} l per 100km and petrol is "
                f"{cash(price)} a litre. fuel cost?", money(km * per100 / 100 * price))


def fuel_cost_mpg(rng: random.Random) -> Item | None:  # US trip cost from mpg and gas price
    miles, mpg, price = rng.randint(60, 900), rng.randint(22, 45), F(rng.randint(289, 499), 100)
    return calc(f"Driving {miles} miles, car gets {mpg} mpg, gas is ${cash(price)}/gal. How much "
                "will gas cost?", money(F(miles, mpg) * price))


def tank_range(rng: random.Random) -> Item | None:  # how far a full tank goes
    tank, per100 = rng.randint(35, 80), F(rng.randint(45, 110), 10)
    return conv(f"how far can I get on a full {tank} litre tank at {show(per100)} L/100km?",
                tank * 100 / per100, "km", "kilometres", "kilometers")


def ev_cost(rng: random.Random) -> Item | None:  # charging cost for an electric car trip
    km, use, price = rng.randint(40, 600), rng.randint(14, 24), F(rng.randint(12, 45), 100)
    return calc(f"EV uses {use} kWh per 100 km, electricity is {cash(price)} per kWh. What does a "
                f"{km} km trip cost to charge for?", money(F(km * use, 100) * price))


def split_petrol(rng: random.Random) -> Item | None:  # a fuel bill split between friends
    litres, price, people = F(rng.randint(300, 700), 10), F(rng.randint(150, 199), 100), \
        rng.randint(2, 5)
    return calc(f"Filled up {show(litres)} L at {cash(price)} per litre, {people} of us splitting "
                "it. Each pays?", money(litres * price / people))


def speed_needed(rng: random.Random) -> Item | None:  # speed to cover a distance in time
    km, minutes = rng.randint(5, 80), rng.choice([15, 20, 25, 30, 40, 45, 50, 75, 90])
    return conv(f"need to do {km} km in {minutes} minutes, what average speed is that?",
                F(km * 60, minutes), *KMH)


def run_pace(rng: random.Random) -> Item | None:  # pace per km from a race time
    km = rng.choice([5, 10, 15, 21])
    secs = km * rng.randint(240, 420)
    mins, s = divmod(secs, 60)
    pm, ps = divmod(secs // km, 60)
    forms = [f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm} minutes {ps} seconds",
             f"{pm}m {ps}s", f"{pm}'{ps:02d}"]
    return calc(f"ran {km} km in {mins}:{s:02d}. what pace per km was that?", forms)


def race_finish(rng: random.Random) -> Item | None:  # finish time from a pace
    km, pm, ps = rng.choice([5, 8, 10, 12, 16, 20]), rng.randint(4, 7), rng.choice([0, 15, 30, 45])
    total = km * (pm * 60 + ps)
    if total % 60:
        return None
    return calc(f"If I hold {pm}:{ps:02d} per km, how long will a {km} km run take me?",
                duration(F(total, 60)))


def walk_time(rng: random.Random) -> Item | None:  # walking time at a given pace
    km, speed = F(rng.randint(15, 180), 10), rng.choice([4, 5, 6])
    minutes = km * 60 / speed
    return calc(f"Walking {show(km)} km at {speed} km/h, how many minutes is that?",
                None if minutes.denominator != 1 else [f"{minutes} minutes", f"{minutes} min",
                                                       f"{minutes} mins"])


def recipe_grams(rng: random.Random) -> Item | None:  # a recipe scaled up in grams
    serves, want, grams = rng.choice([2, 4, 6]), rng.choice([3, 5, 8, 10, 12]), rng.choice(
        [120, 150, 180, 200, 250, 300, 350, 400, 450])
    return conv(f"recipe serves {serves} and needs {grams} g of rice. I'm cooking for {want}. "
                "how much rice?", F(grams * want, serves), "g", "grams")


def recipe_cups(rng: random.Random) -> Item | None:  # a recipe halved or scaled in cups
    cups, factor, label = F(rng.randint(3, 14), 4), *rng.choice([(F(1, 2), "half"), (F(3, 2),
                                                                 "one and a half times"),
                                                                (F(2), "double"), (F(3), "triple")])
    return conv(f"Recipe wants {show(cups)} cups of milk. If I make {label} the recipe how many "
                "cups?", cups * factor, "cups", "cup")


def tin_butter(rng: random.Random) -> Item | None:  # butter for a different tin size
    old, new, butter = rng.choice([20, 22, 23]), rng.choice([18, 24, 26, 28]), rng.choice(
        [150, 175, 200, 225, 250])
    return conv(f"cake recipe is for a {old} cm round tin with {butter} g butter; I have a {new} "
                "cm round tin. scale by area - how much butter?", F(butter * new**2, old**2),
                "g", "grams")


def roast_time(rng: random.Random) -> Item | None:  # roasting time per kilo plus extra
    kg, per, extra = F(rng.randint(10, 60), 10), rng.choice([20, 25, 30, 40, 45]), rng.choice(
        [0, 15, 20, 30])
    minutes = kg * per + extra
    plus = f" plus {extra} minutes" if extra else ""
    return calc(f"Chicken is {show(kg)} kg. Instructions: {per} min per kg{plus}. How long in "
                "the oven?", duration(minutes))


def pills_last(rng: random.Random) -> Item | None:  # how many days a pack of pills lasts
    pack, per = rng.choice([28, 30, 56, 60, 84, 90, 100, 120, 180]), rng.choice([1, 2, 3, 4])
    if pack % per:
        return None
    return calc(f"{pack} tablets in the box and I take {per} a day. how many days will that "
                "last?", whole(pack // per, "days"))


def dog_food(rng: random.Random) -> Item | None:  # full days a bag of pet food lasts
    kg, grams = rng.choice([2, 3, 5, 7, 10, 12, 15]), rng.choice([90, 120, 180, 240, 320, 400])
    days = kg * 1000 // grams
    return calc(f"The dog eats {grams} g a day. How many full days will a {kg} kg bag last?",
                whole(days, "days", "full days"))


def coffee_beans(rng: random.Random) -> Item | None:  # days a bag of coffee lasts
    bag, dose, cups = rng.choice([250, 500, 1000]), rng.choice([14, 15, 16, 18, 20]), rng.choice(
        [1, 2, 3])
    days = bag // (dose * cups)
    return calc(f"I use {dose}g of coffee per cup and drink {cups} a day. How many whole days "
                f"does a {bag}g bag last me?", whole(days, "days", "full days", "whole days"))


def inhaler_days(rng: random.Random) -> Item | None:  # puffs in an inhaler
    puffs, per, times = rng.choice([60, 100, 120, 200]), rng.choice([1, 2]), rng.choice([2, 3, 4])
    days = puffs // (per * times)
    return calc(f"inhaler has {puffs} puffs, I take {per} puff(s) {times} times a day. how many "
                "full days before it's empty?", whole(days, "days", "full days"))


def paint_litres(rng: random.Random) -> Item | None:  # paint for a wall at a coverage rate
    w, h, cover, coats = F(rng.randint(20, 80), 10), F(rng.randint(22, 30), 10), rng.choice(
        [10, 12, 14]), rng.choice([1, 2])
    return conv(f"wall is {show(w)} m by {show(h)} m, paint covers {cover} m² per litre, doing "
                f"{coats} coat{'s' if coats > 1 else ''}. how many litres of paint?",
                w * h * coats / cover, "L", "litres", "liters", "l")


def tiles_buy(rng: random.Random) -> Item | None:  # tiles to buy for a floor
    w, d, tile = F(rng.randint(15, 50), 10), F(rng.randint(15, 40), 10), rng.choice([30, 40, 50,
                                                                                       60])
    count = math.ceil(w * d / F(tile, 100) ** 2)
    return calc(f"Floor is {show(w)} m x {show(d)} m and tiles are {tile} cm square. How many "
                "tiles do I need at minimum (no waste allowance)?", whole(count, "tiles"))


def carpet_cost(rng: random.Random) -> Item | None:  # carpet cost for a room
    w, d, price = F(rng.randint(25, 60), 10), F(rng.randint(25, 55), 10), F(rng.randint(1200,
                                                                                    4500), 100)
    return calc(f"room {show(w)} by {show(d)} metres, carpet is {cash(price)} per square metre. "
                "how much will it cost?", money(w * d * price))


def appliance_cost(rng: random.Random) -> Item | None:  # running cost of an appliance
    watts, hours, price = rng.choice([60, 100, 800, 1200, 1500, 2000, 2500]), F(rng.randint(1, 16),
                                                                                  2), \
        F(rng.randint(15, 40), 100)
    return calc(f"A {watts} W heater on for {show(hours)} hours, electricity at {cash(price)} per "
                "kWh. How much does that cost?", money(watts * hours / 1000 * price))


def monthly_kwh(rng: random.Random) -> Item | None:  # monthly energy of a device left on
    watts, hours = rng.choice([5, 8, 12, 40, 65, 90, 150]), rng.choice([4, 6, 8, 10, 24])
    return conv(f"my pc draws {watts} watts and runs {hours} hours a day. kWh in a 30-day "
                "month?", F(watts * hours * 30, 1000), "kWh", "kilowatt-hours",
                "kilowatt hours")


def overtime_pay(rng: random.Random) -> Item | None:  # pay with time-and-a-half hours
    rate, base, extra = F(rng.randint(1200, 3500), 100), rng.choice([35, 37, 38, 40]), \
        rng.randint(2, 12)
    return calc(f"I get {cash(rate)} an hour, {base} normal hours this week plus {extra} hours "
                "overtime at time and a half. total pay?", money(rate * base + rate * extra
                                                                 * F(3, 2)))


def unit_price(rng: random.Random) -> Item | None:  # price per 100 g of a pack
    grams, price = rng.choice([150, 180, 225, 340, 400, 454, 500, 750]), F(rng.randint(99, 799),
                                                                             100)
    return calc(f"{grams}g pack costs {cash(price)}. what's the price per 100g?",
                money(price * 100 / grams))


def photos_fit(rng: random.Random) -> Item | None:  # photos that fit in free space
    gb, mb = rng.choice([8, 16, 32, 64, 128]), F(rng.randint(25, 90), 10)
    count = int(gb * 1000 / mb)
    return calc(f"{gb} GB free on my phone, photos are about {show(mb)} MB each. How many photos "
                "can I fit (1 GB = 1000 MB)?", [*whole(count, "photos"), f"{count:,} photos"])


def stream_data(rng: random.Random) -> Item | None:  # data used streaming video
    per_hour, hours = F(rng.choice([7, 15, 30, 70]), 10), F(rng.randint(2, 40), 2)
    return conv(f"HD streaming uses about {show(per_hour)} GB an hour. if i watch {show(hours)} "
                "hours how many GB is that", per_hour * hours, "GB", "gigabytes")


def upload_minutes(rng: random.Random) -> Item | None:  # minutes to upload a backup
    gb, mbps = rng.choice([2, 5, 10, 20, 50]), rng.choice([10, 20, 25, 40, 100])
    return conv(f"Uploading a {gb} GB backup at {mbps} Mbit/s, how many minutes? (1 GB = 8000 "
                "Mbit)", F(gb * 8000, mbps * 60), "minutes", "min", "mins")


def pool_laps(rng: random.Random) -> Item | None:  # pool lengths for a swim distance
    pool, metres = rng.choice([20, 25, 33, 50]), rng.choice([400, 750, 1000, 1500, 2000, 3800])
    return conv(f"how many lengths of a {pool} m pool is {metres} m?", F(metres, pool),
                "lengths")


def hose_fill(rng: random.Random) -> Item | None:  # time to fill a paddling pool
    litres, flow = rng.choice([300, 450, 600, 900, 1200, 1800]), rng.choice([8, 10, 12, 15, 20])
    minutes = F(litres, flow)
    return calc(f"paddling pool holds {litres} litres, hose gives {flow} litres a minute. how long "
                "to fill it?", duration(minutes))


def rain_tank(rng: random.Random) -> Item | None:  # rainwater collected from a roof
    area, mm = rng.randint(30, 150), rng.randint(3, 40)
    return conv(f"Roof area {area} m², we got {mm} mm of rain. How many litres could the water "
                "butt collect (ignoring losses)?", F(area * mm), "L", "litres", "liters")


def concrete(rng: random.Random) -> Item | None:  # concrete volume for a slab
    w, d, cm = F(rng.randint(15, 60), 10), F(rng.randint(15, 50), 10), rng.choice([7, 8, 10, 12,
                                                                                   15])
    return conv(f"shed base {show(w)}m x {show(d)}m, {cm}cm deep. cubic metres of concrete?",
                w * d * cm / 100, "m³", "m3", "cubic metres", "cubic meters", dp=(2, 3))


def fence_posts(rng: random.Random) -> Item | None:  # posts for a straight fence
    length, gap = rng.choice([12, 15, 18, 20, 24, 30, 36]), rng.choice([F(3, 2), F(2), F(12, 5),
                                                                         F(3)])
    if (length / gap).denominator != 1:
        return None
    return calc(f"Straight fence {length} m long with a post every {show(gap)} m, including both "
                "ends. How many posts?", whole(int(length / gap) + 1, "posts"))


def tip_split(rng: random.Random) -> Item | None:  # a bill with tip, shared
    bill, tip, people = F(rng.randint(4000, 25000), 100), rng.choice([10, 12, 15, 18, 20]), \
        rng.randint(2, 8)
    return calc(f"dinner came to {cash(bill)}, adding {tip}% tip and splitting between {people}. "
                "what does each person pay?", money(bill * (100 + tip) / 100 / people))


def kettle_boils(rng: random.Random) -> Item | None:  # cups of tea from a water filter jug
    jug, cup = F(rng.choice([15, 17, 20, 24, 35]), 10), rng.choice([200, 220, 250, 300])
    count = int(jug * 1000 // cup)
    return calc(f"My filter jug holds {show(jug)} L. How many full {cup} ml mugs can I pour from "
                "it?", whole(count, "mugs", "full mugs"))


def commute_year(rng: random.Random) -> Item | None:  # yearly commute distance
    km, days = F(rng.randint(30, 450), 10), rng.choice([180, 200, 220, 230, 240])
    return conv(f"commute is {show(km)} km each way, about {days} working days a year. total km "
                "a year?", km * 2 * days, "km", "kilometres", "kilometers")


def flight_speed(rng: random.Random) -> Item | None:  # ground speed from distance and time
    km, h, m = rng.randint(600, 9000), rng.randint(1, 11), rng.choice([5, 10, 20, 35, 40, 50, 55])
    return conv(f"The flight covers {km} km in {h} h {m} min. What's the average ground speed "
                "in km/h?", F(km * 60, h * 60 + m), *KMH)


def steps_km(rng: random.Random) -> Item | None:  # steps to distance by stride length
    steps, stride = rng.randint(3000, 25000), rng.randint(60, 85)
    return conv(f"did {steps:,} steps today, my stride is about {stride} cm. how many km is "
                "that?", F(steps * stride, 100000), "km", "kilometres", "kilometers")


def water_price(rng: random.Random) -> Item | None:  # cost of water per cubic metre
    litres, price = rng.randint(60, 400), F(rng.randint(150, 450), 100)
    return calc(f"We use about {litres} litres a day and water costs {cash(price)} per cubic "
                "metre. Cost per 30 days?", money(F(litres * 30, 1000) * price))


FAMILIES: list[tuple[Family, int]] = families(
    drive_time, arrive_by, avg_speed, fuel_litres, fuel_cost, fuel_cost_mpg, tank_range,
    ev_cost, split_petrol, speed_needed, run_pace, race_finish, walk_time, recipe_grams,
    recipe_cups, tin_butter, roast_time, pills_last, dog_food, coffee_beans, inhaler_days,
    paint_litres, tiles_buy, carpet_cost, appliance_cost, monthly_kwh, overtime_pay, unit_price,
    photos_fit, stream_data, upload_minutes, pool_laps, hose_fill, rain_tank, concrete,
    fence_posts, tip_split, kettle_boils, commute_year, flight_speed, steps_km, water_price)

