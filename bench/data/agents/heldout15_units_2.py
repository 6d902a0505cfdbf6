"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: everyday quantity problems —
travel times and speeds, fuel and its cost, recipes scaled up or down, how long a supply
lasts — the sums people work out at home, on the road or at work."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_units import (
    HRS,
    KM,
    L_,
    MIN,
    MPH,
    clock,
    conv,
    families,
    nums,
    say,
    show,
)
from bench.data.agents.helpers import Family, Item, item

F = Fraction
KMH = ("km/h", "kph", "kilometres per hour", "kilometers per hour")
DAYS = ("days",)


def money(name: str, text: str, value: Fraction, symbol: str = "$") -> Item | None:
    got = nums(value)
    if got is None:
        return None
    full = f"{float(round(value, 2)):.2f}"
    accepted = list(dict.fromkeys([f"{symbol}{full}", f"{symbol}{got[0]}", full, got[0]]))
    return item(name, "calc", text, [accepted])


def duration(name: str, text: str, minutes: Fraction) -> Item | None:
    """A duration as h and min (rounded to the minute) or as minutes."""
    if (minutes * 2).denominator == 1 and minutes.denominator != 1:
        return None
    total = round(minutes)
    h, m = divmod(total, 60)
    if h == 0:
        accepted = [f"{m} minutes", f"{m} min", f"{m} mins"]
    elif m == 0:
        accepted = [f"{h} hours", f"{h} hrs", f"{h}h", f"{h} hour", f"{total} minutes"]
    else:
        accepted = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m",
                    f"{h}h{m:02d}", f"{h} hr {m} min", f"{h} hrs {m} mins", f"{h}:{m:02d}",
                    f"{h} hour {m} minutes", f"{h} hour and {m} minutes", f"{total} minutes"]
    return item(name, "calc", text, [accepted])


def j_drive_time(rng: random.Random) -> Item | None:  # distance over speed, hours and minutes
    km, kmh = rng.randint(60, 900), rng.choice([60, 70, 80, 90, 95, 100, 110, 120])
    return duration("J_u_drive_time", f"it's {km} km to the coast and we'll average about {kmh} "
                    "km/h. how long's the drive?", F(km * 60, kmh))


def j_arrive_at(rng: random.Random) -> Item | None:  # departure plus travel time
    t = rng.randint(6, 15) * 60 + rng.choice([0, 15, 30, 45])
    miles, mph = rng.randint(40, 400), rng.choice([40, 45, 50, 55, 60, 65])
    mins = F(miles * 60, mph)
    if (mins * 2).denominator == 1 and mins.denominator != 1:
        return None
    return item("J_u_arrive_at", "calc", f"Leaving at {say(t)}, {miles} miles to go, averaging "
                f"{mph} mph. What time do we get there (to the minute)?", [clock(t + round(mins))])


def j_leave_by(rng: random.Random) -> Item | None:  # latest departure for an arrival time
    arrive = rng.randint(9, 20) * 60 + rng.choice([0, 30])
    km, kmh = rng.randint(30, 500), rng.choice([50, 60, 75, 80, 90, 100])
    mins = F(km * 60, kmh)
    if (mins * 2).denominator == 1 and mins.denominator != 1:
        return None
    return item("J_u_leave_by", "calc", f"Need to be at the airport by {say(arrive)}. It's {km} "
                f"km away and I'll average {kmh} km/h - what's the latest I can leave?",
                [clock(arrive - round(mins))])


def j_avg_speed(rng: random.Random) -> Item | None:  # average speed from distance and time
    km, h, m = rng.randint(50, 700), rng.randint(1, 8), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    return conv("J_u_avg_speed", f"We did {km} km in {h} h {m} min. What was our average speed?",
                F(km * 60, h * 60 + m), *KMH)


def j_cycle_distance(rng: random.Random) -> Item | None:  # speed times time
    kmh, mins = F(rng.randint(140, 320), 10), rng.choice([25, 40, 45, 50, 70, 80, 95, 100, 110])
    return conv("J_u_cycle_distance", f"If I ride at {show(kmh)} km/h for {mins} minutes how far "
                "do I get?", kmh * mins / 60, *KM)


def j_walk_minutes(rng: random.Random) -> Item | None:  # walking time at a given pace
    km, kmh = F(rng.randint(8, 90), 10), rng.choice([4, 5, 6])
    return conv("J_u_walk_minutes", f"how many minutes to walk {show(km)} km at {kmh} km/h?",
                km * 60 / kmh, *MIN, dp=0)


def j_fuel_needed(rng: random.Random) -> Item | None:  # litres for a trip
    km, l100 = rng.randint(120, 1500), F(rng.randint(45, 110), 10)
    return conv("J_u_fuel_needed", f"road trip of {km} km, car uses {show(l100)} L/100km. how many "
                "litres of fuel will I need?", km * l100 / 100, *L_)


def j_fuel_cost(rng: random.Random) -> Item | None:  # trip fuel cost
    km, l100 = rng.randint(80, 1200), F(rng.randint(50, 95), 10)
    price = F(rng.randint(145, 215), 100)
    return money("J_u_fuel_cost", f"My car does {show(l100)} litres per 100 km and petrol is "
                 f"${show(price)}/L. What will a {km} km trip cost in fuel?",
                 km * l100 / 100 * price)


def j_gas_cost_mpg(rng: random.Random) -> Item | None:  # US trip cost from mpg
    miles, mpg, price = rng.randint(100, 1400), rng.randint(22, 45), F(rng.randint(289, 489), 100)
    return money("J_u_gas_cost_mpg", f"{miles} mile drive, {mpg} mpg, gas at ${show(price)} a "
                 "gallon. total gas cost?", F(miles, mpg) * price)


def j_range_left(rng: random.Random) -> Item | None:  # range from fuel in the tank
    litres, l100 = rng.randint(8, 55), F(rng.randint(45, 100), 10)
    return conv("J_u_range_left", f"{litres} L left in the tank and I use {show(l100)} L/100 km. "
                "How far can I go?", litres * 100 / l100, *KM)


def j_ev_cost(rng: random.Random) -> Item | None:  # EV charging cost per trip
    km, kwh100, price = rng.randint(50, 600), rng.randint(14, 24), F(rng.randint(12, 45), 100)
    return money("J_u_ev_cost", f"EV uses {kwh100} kWh per 100 km; electricity is ${show(price)} "
                 f"per kWh. Cost to drive {km} km?", F(km * kwh100, 100) * price)


def j_split_fuel(rng: random.Random) -> Item | None:  # fuel cost split between friends
    litres, price, people = rng.randint(30, 90), F(rng.randint(150, 210), 100), rng.randint(2, 6)
    return money("J_u_split_fuel", f"we filled up {litres} litres at ${show(price)} per litre, "
                 f"split {people} ways - how much each?", litres * price / people)


def j_flight_local(rng: random.Random) -> Item | None:  # arrival in local time with a time zone
    dep = rng.randint(6, 20) * 60 + rng.choice([0, 5, 15, 25, 30, 40, 55])
    dur = rng.randint(1, 11) * 60 + rng.choice([0, 10, 20, 35, 45, 50])
    shift = rng.choice([-8, -6, -5, -3, -1, 1, 2, 3, 5, 7, 8, 9])
    sign = "ahead of" if shift > 0 else "behind"
    h, m = divmod(dur, 60)
    return item("J_u_flight_local", "calc", f"Flight leaves at {say(dep)} local time, flight time "
                f"{h}h {m}m. Destination is {abs(shift)} hours {sign} us. What's the local "
                "arrival time there?", [clock(dep + dur + shift * 60)])


def j_recipe_scale(rng: random.Random) -> Item | None:  # scale an ingredient by servings
    base, want, grams = rng.choice([4, 6, 8]), rng.choice([2, 3, 5, 10, 12, 15]), rng.choice([
        150, 200, 250, 300, 350, 400, 450, 500, 600, 750])
    if want == base:
        return None
    return conv("J_u_recipe_scale", f"recipe serves {base} and uses {grams}g pasta. I'm cooking "
                f"for {want}, how much pasta?", F(grams * want, base), "g", "grams")


def j_recipe_eggs(rng: random.Random) -> Item | None:  # cups of flour scaled by a factor
    cups, factor = F(rng.choice([3, 5, 6, 7, 9, 10]), 4), rng.choice([F(3, 2), 2, 3, F(5, 2), 4])
    return conv("J_u_recipe_eggs", f"Recipe calls for {show(cups)} cups of flour and I'm making "
                f"{show(factor)}x the batch. How many cups is that?", cups * factor, "cups")


def j_recipe_half(rng: random.Random) -> Item | None:  # halving a recipe amount in ml
    ml = rng.choice([150, 175, 225, 275, 325, 375, 425, 450, 550, 625])
    return conv("J_u_recipe_half", f"Halving a soup recipe - it says {ml} ml stock. How much do I "
                "use?", F(ml, 2), "ml", "mL", "millilitres", "milliliters")


def j_cake_tin(rng: random.Random) -> Item | None:  # scale factor between round tins
    a, b = rng.sample([15, 18, 20, 23, 25, 28, 30], 2)
    return conv("J_u_cake_tin", f"Recipe is for a {a} cm round tin but I have a {b} cm one. By "
                "what factor should I scale the ingredients (by area)?", F(b * b, a * a))


def j_turkey_time(rng: random.Random) -> Item | None:  # roasting time by weight
    kg, per = F(rng.randint(30, 90), 10), rng.choice([20, 40, 45])
    extra = rng.choice([0, 20, 90]) if per == 20 else 0
    tail = f" plus {extra} minutes" if extra else ""
    return duration("J_u_turkey_time", f"Roast {per} min per kg{tail}. My turkey is {show(kg)} kg "
                    "- total cooking time?", kg * per + extra)


def j_rice_ratio(rng: random.Random) -> Item | None:  # water for rice at a ratio
    cups, ratio = F(rng.randint(2, 10), 2), rng.choice([F(3, 2), F(7, 4), 2, F(5, 4)])
    return conv("J_u_rice_ratio", f"using {show(ratio)} cups water per cup of rice, how much water "
                f"for {show(cups)} cups of rice?", cups * ratio, "cups")


def j_coffee_ratio(rng: random.Random) -> Item | None:  # coffee grams for water at 1:ratio
    water = rng.choice([250, 300, 350, 400, 500, 600, 750, 1000])
    ratio = rng.choice([15, 16, 17, 18])
    return conv("J_u_coffee_ratio", f"I brew at 1:{ratio} coffee to water. For {water} g water, "
                "how many grams of coffee?", F(water, ratio), "g", "grams", dp=1)


def j_party_drinks(rng: random.Random) -> Item | None:  # bottles needed for guests
    guests, per, bottle = rng.randint(12, 80), rng.choice([2, 3]), rng.choice([F(3, 2), 2])
    need = F(guests * per * 250, 1000) / bottle
    n = -(-need.numerator // need.denominator)
    return item("J_u_party_drinks", "calc", f"{guests} guests, {per} cups of 250 ml each, and "
                f"juice comes in {show(bottle)} L bottles. How many bottles do I buy?",
                [[str(n), f"{n} bottles"]])


def j_pet_food(rng: random.Random) -> Item | None:  # days a bag of pet food lasts
    kg, per = rng.choice([2, 3, 5, 7, 10, 12, 15]), rng.choice([60, 80, 120, 150, 180, 250, 300])
    return conv("J_u_pet_food", f"dog eats {per} g a day. how many days does a {kg} kg bag last?",
                F(kg * 1000, per), *DAYS, dp=1)


def j_coffee_beans(rng: random.Random) -> Item | None:  # cups from a bag of beans
    g, per, cups = rng.choice([250, 340, 500, 1000]), rng.choice([14, 15, 16, 18, 20]), rng.randint(
        1, 4)
    return conv("J_u_coffee_beans", f"A {g} g bag of beans, {per} g per cup, {cups} cups a day. "
                "How many days will the bag last?", F(g, per * cups), *DAYS, dp=1)


def j_printer_ink(rng: random.Random) -> Item | None:  # weeks a cartridge lasts
    pages, per_week = rng.choice([200, 300, 450, 500, 750, 1000]), rng.randint(15, 120)
    return conv("J_u_printer_ink", f"cartridge is good for {pages} pages, we print about "
                f"{per_week} a week. how many weeks will it last?", F(pages, per_week), "weeks",
                dp=1)


def j_water_tank(rng: random.Random) -> Item | None:  # days of water in a tank
    litres, people = rng.choice([200, 500, 1000, 1500, 2000, 5000]), rng.randint(2, 6)
    per = rng.choice([15, 20, 25, 40, 50])
    return conv("J_u_water_tank", f"Off-grid cabin, {litres} L tank, {people} people using {per} L "
                "each per day. How many days of water?", F(litres, people * per), *DAYS, dp=1)


def j_firewood(rng: random.Random) -> Item | None:  # weeks of logs
    logs, per_day = rng.choice([300, 400, 500, 600, 800, 1000]), rng.randint(6, 25)
    return conv("J_u_firewood", f"we've got about {logs} logs and burn {per_day} a day - how many "
                "weeks is that?", F(logs, per_day * 7), "weeks", dp=1)


def j_nappies(rng: random.Random) -> Item | None:  # days per pack of nappies
    pack, per = rng.choice([44, 50, 64, 72, 90, 120, 150]), rng.randint(5, 10)
    return conv("J_u_nappies", f"Box of {pack} nappies and the baby goes through {per} a day. "
                "How many days does a box last?", F(pack, per), *DAYS, dp=1)


def j_paint_litres(rng: random.Random) -> Item | None:  # paint for a wall area and coats
    w, h, coats = F(rng.randint(20, 80), 10), F(rng.randint(22, 30), 10), rng.choice([1, 2, 3])
    cover = rng.choice([10, 12, 14])
    return conv("J_u_paint_litres", f"wall is {show(w)} m wide by {show(h)} m high, {coats} coats, "
                f"paint covers {cover} m² per litre. how many litres?", w * h * coats / cover, *L_)


def j_tiles_count(rng: random.Random) -> Item | None:  # tiles for a floor, rounded up
    a, b = F(rng.randint(15, 50), 10), F(rng.randint(15, 50), 10)
    tile = rng.choice([30, 40, 50, 60])
    need = a * b / (F(tile, 100) ** 2)
    n = -(-need.numerator // need.denominator)
    return item("J_u_tiles_count", "calc", f"Bathroom floor {show(a)} m x {show(b)} m, tiles "
                f"{tile} cm square. How many tiles (round up, no waste allowance)?",
                [[str(n), f"{n} tiles"]])


def j_mulch_volume(rng: random.Random) -> Item | None:  # cubic metres for a bed
    a, b, depth = F(rng.randint(10, 80), 10), F(rng.randint(5, 40), 10), rng.choice([5, 7, 8, 10])
    return conv("J_u_mulch_volume", f"garden bed {show(a)} m by {show(b)} m, want mulch {depth} cm "
                "deep - how many cubic metres?", a * b * depth / 100, "m³", "m3", "cubic metres",
                "cubic meters")


def j_fence_panels(rng: random.Random) -> Item | None:  # panels for a fence run
    length, panel = rng.randint(8, 60), rng.choice([F(18, 10), 2, F(24, 10)])
    need = F(length) / panel
    n = -(-need.numerator // need.denominator)
    return item("J_u_fence_panels", "calc", f"Fence line is {length} m and panels are {show(panel)}"
                " m wide. How many panels do I buy?", [[str(n), f"{n} panels"]])


def j_pool_fill(rng: random.Random) -> Item | None:  # hours to fill a pool
    litres, lpm = rng.choice([5000, 8000, 12000, 20000, 30000, 45000]), rng.choice([12, 15, 18,
                                                                                  20, 25, 30])
    return conv("J_u_pool_fill", f"Pool holds {litres:,} litres and the hose gives {lpm} L/min. "
                "How many hours to fill?", F(litres, lpm * 60), *HRS)


def j_wage_week(rng: random.Random) -> Item | None:  # pay for hours with overtime
    rate, hours = F(rng.randint(1500, 3500), 100), rng.randint(41, 55)
    return money("J_u_wage_week", f"${show(rate)}/hr, time and a half after 40 hours. I worked "
                 f"{hours} hours this week - gross pay?", 40 * rate + (hours - 40) * rate * F(3, 2))


def j_unit_price(rng: random.Random) -> Item | None:  # price per 100 g
    g, price = rng.choice([150, 180, 200, 250, 300, 340, 400, 450, 500, 750]), F(rng.randint(99,
                                                                                        899), 100)
    return money("J_u_unit_price", f"{g}g jar costs ${show(price)}. what's that per 100g?",
                 price * 100 / g)


def j_bulk_better(rng: random.Random) -> Item | None:  # price per litre of the bigger pack
    small, big = F(rng.randint(120, 350), 100), F(rng.randint(400, 900), 100)
    litres = rng.choice([3, 4, 5])
    return money("J_u_bulk_better", f"1 L bottle is ${show(small)}, {litres} L jug is "
                 f"${show(big)}. what's the jug's price per litre?", big / litres)


def j_walk_pace_time(rng: random.Random) -> Item | None:  # finish time for a run at a pace
    km, pace = rng.choice([5, 10, F(211, 10), 15, 8]), rng.randint(270, 450)
    return duration("J_u_walk_pace_time", f"At {pace // 60}:{pace % 60:02d} min/km, how long does "
                    f"a {show(km)} km run take?", F(km) * pace / 60)


def j_speed_needed(rng: random.Random) -> Item | None:  # speed needed to arrive on time
    km, mins = rng.randint(20, 300), rng.choice([30, 45, 50, 75, 90, 100, 120, 150, 180])
    return conv("J_u_speed_needed", f"{km} km to go and {mins} minutes to get there. What average "
                "speed do I need?", F(km * 60, mins), *KMH)


def j_boat_hours(rng: random.Random) -> Item | None:  # hours at sea at a speed in knots
    nm, knots = rng.randint(20, 300), rng.choice([6, 8, 10, 12, 15, 18, 22])
    return conv("J_u_boat_hours", f"crossing is {nm} nautical miles, we make {knots} knots. hours "
                "under way?", F(nm, knots), *HRS)


def j_train_mph_time(rng: random.Random) -> Item | None:  # speed from miles and minutes
    miles, mins = rng.randint(20, 250), rng.choice([25, 40, 45, 55, 65, 80, 95, 110, 125])
    return conv("J_u_train_mph_time", f"The train covers {miles} miles in {mins} minutes. Average "
                "speed in mph?", F(miles * 60, mins), *MPH)


FAMILIES: list[tuple[Family, int]] = families(
    j_drive_time, j_arrive_at, j_leave_by, j_avg_speed, j_cycle_distance, j_walk_minutes,
    j_fuel_needed, j_fuel_cost, j_gas_cost_mpg, j_range_left, j_ev_cost, j_split_fuel,
    j_flight_local, j_recipe_scale, j_recipe_eggs, j_recipe_half, j_cake_tin, j_turkey_time,
    j_rice_ratio, j_coffee_ratio, j_party_drinks, j_pet_food, j_coffee_beans, j_printer_ink,
    j_water_tank, j_firewood, j_nappies, j_paint_litres, j_tiles_count, j_mulch_volume,
    j_fence_panels, j_pool_fill, j_wage_week, j_unit_price, j_bulk_better, j_walk_pace_time,
    j_speed_needed, j_boat_hours, j_train_mph_time)
