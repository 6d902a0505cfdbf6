"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: everyday quantities - travel
time, speed and fuel, scaled recipes and how long a supply lasts."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_units_forms import (
    F,
    clock,
    conv,
    duration,
    families,
    money,
    multi,
    nums,
    show,
    with_units,
)
from bench.data.agents.helpers import Family, Item

KM, L = ("km", "kilometres", "kilometers"), ("L", "l", "litres", "liters")
G, ML = ("g", "grams"), ("ml", "mL", "millilitres", "milliliters")
KMH = ("km/h", "kph", "kilometres per hour", "kilometers per hour")


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def cash(value: F) -> str:
    return f"{float(value):.2f}"


def hm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def k_trip_time(rng: random.Random) -> Item | None:  # driving time from distance and speed
    speed, km = rng.choice([60, 75, 80, 90, 100, 110, 120]), rng.randint(40, 900)
    if (km * 60) % speed:
        return None
    return multi("K_u_trip_time", f"{km} km at an average of {speed} km/h - how long will the "
                 "drive take?", duration(km * 60 // speed))


def k_trip_miles(rng: random.Random) -> Item | None:  # driving time in miles and mph
    mph, miles = rng.choice([30, 40, 45, 50, 55, 60, 65, 70]), rng.randint(20, 500)
    if (miles * 60) % mph:
        return None
    return multi("K_u_trip_miles", f"Road trip is {miles} miles. If we average {mph} mph, how "
                 "long is that in the car?", duration(miles * 60 // mph))


def k_arrive_by(rng: random.Random) -> Item | None:  # arrival time from a departure
    leave, speed = rng.randint(24, 80) * 15, rng.choice([60, 80, 90, 100, 120])
    km = rng.randint(30, 500)
    if (km * 60) % speed:
        return None
    return multi("K_u_arrive_by", f"leaving at {ampm(leave)}, {km} km to go at about {speed} "
                 "km/h. what time do we get there?", clock(leave + km * 60 // speed))


def k_avg_speed(rng: random.Random) -> Item | None:  # average speed from distance and time
    km, mins = rng.randint(5, 400), rng.randint(20, 300)
    return conv("K_u_avg_speed", f"Did {km} km in {mins // 60} h {mins % 60} min. What was my "
                "average speed?", F(km * 60, mins), *KMH)


def k_fuel_litres(rng: random.Random) -> Item | None:  # fuel for a trip in L/100 km
    km, use = rng.randint(50, 1200), F(rng.randint(45, 110), 10)
    return conv("K_u_fuel_litres", f"car uses {show(use)} L/100km, trip is {km} km. how many "
                "litres of fuel?", km * use / 100, *L)


def k_fuel_cost_eu(rng: random.Random) -> Item | None:  # fuel cost in euros
    km, use, price = rng.randint(80, 1500), F(rng.randint(45, 95), 10), \
        F(rng.randint(145, 199), 100)
    return multi("K_u_fuel_cost_eu", f"Driving {km} km to the coast. Car does {show(use)} l/100 "
                 f"km and diesel is €{cash(price)} a litre. Fuel cost?",
                 money(km * use / 100 * price, "€", "EUR"))


def k_fuel_cost_us(rng: random.Random) -> Item | None:  # gas cost with US mpg
    miles, mpg, price = rng.randint(50, 1200), rng.randint(18, 45), F(rng.randint(289, 499), 100)
    return multi("K_u_fuel_cost_us", f"{miles} mile drive, my truck gets {mpg} mpg, gas is "
                 f"${cash(price)}/gal. how much will gas cost?",
                 money(F(miles, mpg) * price, "$", "USD"))


def k_ev_cost(rng: random.Random) -> Item | None:  # EV charging cost for a trip
    km, use, price = rng.randint(50, 800), F(rng.randint(140, 220), 10), \
        F(rng.randint(18, 65), 100)
    return multi("K_u_ev_cost", f"EV uses {show(use)} kWh per 100 km. Electricity is "
                 f"£{cash(price)} per kWh. What does a {km} km trip cost to charge?",
                 money(km * use / 100 * price, "£", "GBP"))


def k_fuel_split(rng: random.Random) -> Item | None:  # fuel cost shared between friends
    litres, price, people = F(rng.randint(200, 700), 10), F(rng.randint(145, 199), 100), \
        rng.randint(2, 5)
    return multi("K_u_fuel_split", f"filled up {show(litres)} litres at €{cash(price)}/L, "
                 f"splitting it {people} ways. how much does each of us owe?",
                 money(litres * price / people, "€", "EUR"))


def k_range_left(rng: random.Random) -> Item | None:  # range from fuel left in the tank
    litres, use = rng.randint(5, 45), F(rng.randint(45, 110), 10)
    return conv("K_u_range_left", f"About {litres} litres left in the tank and I average "
                f"{show(use)} L/100 km. How far can I get?", litres * 100 / use, *KM)


def k_mpg_fill(rng: random.Random) -> Item | None:  # mpg from a fill-up
    miles, gal = rng.randint(150, 520), F(rng.randint(60, 180), 10)
    return conv("K_u_mpg_fill", f"drove {miles} miles since the last fill up, it just took "
                f"{show(gal)} gallons to fill again. what mpg is that?", miles / gal, "mpg",
                "miles per gallon")


def k_l100_fill(rng: random.Random) -> Item | None:  # L/100 km from a fill-up
    km, litres = rng.randint(250, 900), F(rng.randint(200, 650), 10)
    return conv("K_u_l100_fill", f"Trip meter {km} km, refill took {show(litres)} L. "
                "Consumption in L/100km?", litres * 100 / km, "L/100km", "l/100km",
                "L/100 km", "litres per 100 km", "liters per 100 km")


def k_recipe_serves(rng: random.Random) -> Item | None:  # an ingredient scaled by servings
    base, want, g = rng.choice([2, 4, 6, 8]), rng.randint(3, 14), rng.choice(
        [150, 200, 250, 300, 350, 400, 450, 500, 600, 750])
    if want == base:
        return None
    return conv("K_u_recipe_serves", f"recipe serves {base} and uses {g} g of pasta. how much "
                f"pasta for {want} people?", F(g * want, base), *G)


def k_recipe_cookies(rng: random.Random) -> Item | None:  # cups scaled by batch size
    frac, cups = rng.choice([("3/4", F(3, 4)), ("1/2", F(1, 2)), ("2/3", F(2, 3)),
                             ("1 1/4", F(5, 4)), ("1", F(1)), ("2", F(2)), ("1 1/2", F(3, 2))])
    base, want = rng.choice([12, 18, 24, 36]), rng.choice([30, 48, 60, 72, 90, 100])
    return conv("K_u_recipe_cookies", f"Cookie recipe makes {base} and needs {frac} cup of "
                f"sugar. I want {want} cookies. How many cups of sugar?", cups * want / base,
                "cups", "cup")


def k_recipe_pan(rng: random.Random) -> Item | None:  # scaling by round tin area
    a, b = rng.sample([18, 20, 22, 23, 24, 26, 28, 30], 2)
    g = rng.choice([150, 175, 200, 225, 250, 300])
    return conv("K_u_recipe_pan", f"recipe is for a {a} cm round tin and uses {g} g flour. I'm "
                f"using my {b} cm round tin - how much flour to keep the same depth?",
                F(g * b * b, a * a), *G)


def k_recipe_cream(rng: random.Random) -> Item | None:  # a multiplier applied to ml
    ml, factor = rng.choice([120, 150, 180, 200, 240, 250, 300, 400]), rng.choice(
        [F(1, 2), F(3, 2), F(5, 2), F(3), F(1, 3), F(2, 3), F(2), F(3, 4)])
    word = {F(1, 2): "halve", F(3, 2): "make 1.5x", F(5, 2): "make 2.5x", F(3): "triple",
            F(1, 3): "make a third of", F(2, 3): "make two thirds of", F(2): "double",
            F(3, 4): "make three quarters of"}[F(factor)]
    return conv("K_u_recipe_cream", f"The soup needs {ml} ml of cream and I want to {word} the "
                "recipe. How much cream?", ml * F(factor), *ML)


def k_turkey_time(rng: random.Random) -> Item | None:  # roasting time by weight
    kg, per, extra = F(rng.randint(6, 18), 2), rng.choice([20, 25, 30, 40]), rng.choice(
        [0, 20, 30])
    mins = kg * 2 * per + extra
    if mins.denominator != 1:
        return None
    tail = f" plus {extra} minutes" if extra else ""
    return multi("K_u_turkey_time", f"cook {per} min per 500 g{tail}. bird is {show(kg)} kg. "
                 "total roasting time?", duration(int(mins)))


def k_roast_done(rng: random.Random) -> Item | None:  # when a roast will be ready
    start, kg = rng.randint(40, 68) * 15, F(rng.randint(3, 10), 2)
    per, rest = rng.choice([40, 45, 50, 60]), rng.choice([15, 20, 30])
    mins = kg * per + rest
    if mins.denominator != 1:
        return None
    return multi("K_u_roast_done", f"Lamb goes in at {ampm(start)}: {per} minutes per kg, "
                 f"{show(kg)} kg, then {rest} minutes resting. When can we eat?",
                 clock(start + int(mins)))


def k_pet_food(rng: random.Random) -> Item | None:  # days a bag of pet food lasts
    kg, g = rng.choice([2, 3, 5, 7, 10, 12, 15]), rng.randint(120, 520)
    return conv("K_u_pet_food", f"{kg} kg bag of dog food, she eats {g} g a day. how many full "
                "days will the bag last?", F(kg * 1000 // g), "days", "full days", dp=0)


def k_coffee_days(rng: random.Random) -> Item | None:  # days a bag of coffee lasts
    bag, dose, cups = rng.choice([250, 340, 500, 907, 1000]), rng.choice([14, 15, 18, 20]), \
        rng.randint(1, 4)
    return conv("K_u_coffee_days", f"I use {dose} g of beans per cup and drink {cups} a day. "
                f"How many full days will a {bag} g bag last?", F(bag // (dose * cups)),
                "days", "full days", dp=0)


def k_camp_water(rng: random.Random) -> Item | None:  # days of water for a group
    litres, people, per = rng.choice([40, 60, 80, 100, 120, 150, 200]), rng.randint(2, 6), \
        rng.choice([F(3, 1), F(4, 1), F(5, 2), F(7, 2), F(5)])
    return conv("K_u_camp_water", f"we're carrying {litres} L of water, {people} people using "
                f"{show(per)} L each per day. how many days does that cover?",
                litres / (people * per), "days")


def k_paint(rng: random.Random) -> Item | None:  # litres of paint for walls
    area, coats, cover = rng.randint(18, 90), rng.choice([1, 2, 3]), rng.choice([10, 12, 13,
                                                                                  14, 16])
    return conv("K_u_paint", f"walls are {area} m² in total, {coats} coats, the tin says it "
                f"covers {cover} m² per litre. How many litres do I need?",
                F(area * coats, cover), *L)


def k_tiles(rng: random.Random) -> Item | None:  # tiles needed for a floor
    a, b, t = F(rng.randint(15, 60), 10), F(rng.randint(15, 50), 10), rng.choice([20, 25, 30,
                                                                                  40, 50, 60])
    count = -(-(a * b * 10000) // (t * t))
    return conv("K_u_tiles", f"floor is {show(a)} m x {show(b)} m and tiles are {t} cm square. "
                "how many tiles (whole tiles, no waste allowance)?", F(count), "tiles", dp=0)


def k_fence_posts(rng: random.Random) -> Item | None:  # posts for a straight fence
    spacing = rng.choice([F(2), F(5, 2), F(3), F(9, 5), F(12, 5)])
    sections = rng.randint(4, 40)
    length = spacing * sections
    return conv("K_u_fence_posts", f"Straight fence {show(length)} m long with a post every "
                f"{show(spacing)} m, including both ends. How many posts?", F(sections + 1),
                "posts", dp=0)


def k_appliance_cost(rng: random.Random) -> Item | None:  # running cost of an appliance
    watts, hours, days, price = rng.choice([60, 100, 150, 400, 800, 1200, 2000, 2500]), \
        rng.choice([1, 2, 3, 4, 5, 6, 8]), rng.choice([7, 30, 31, 365]), \
        F(rng.randint(15, 45), 100)
    return multi("K_u_appliance_cost", f"A {watts} W heater runs {hours} h a day for {days} days."
                 f" At £{cash(price)} per kWh, what does that cost?",
                 money(F(watts * hours * days, 1000) * price, "£", "GBP"))


def k_download(rng: random.Random) -> Item | None:  # download time in minutes
    gb, mbps = rng.choice([1, 2, 4, 5, 8, 12, 20, 50, 60, 100]), rng.choice([20, 50, 80, 100,
                                                                              150, 300, 500])
    return conv("K_u_download", f"how many minutes to download a {gb} GB game on a {mbps} "
                "Mbps line at full speed? (1 GB = 1000 MB)", F(gb * 8000, mbps * 60),
                "minutes", "min", "mins")


def k_walk_time(rng: random.Random) -> Item | None:  # walking time at a given pace
    km, speed = F(rng.randint(10, 150), 10), rng.choice([4, 5, 6])
    mins = km * 60 / speed
    if mins.denominator != 1:
        return None
    return multi("K_u_walk_time", f"How long to walk {show(km)} km at {speed} km/h?",
                 duration(int(mins)))


def k_race_time(rng: random.Random) -> Item | None:  # finish time from a per-km pace
    pace = rng.randint(240, 420)
    km = rng.choice([5, 10, 15, 21, 42])
    total = pace * km
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    forms = [f"{h}:{m:02d}:{s:02d}", f"{h}h {m}m {s}s", f"{h} h {m} min {s} s",
             f"{h} hours {m} minutes {s} seconds"] if h else [f"{m}:{s:02d}", f"{m} min {s} s",
                                                               f"{m} minutes {s} seconds",
                                                               f"{m}m {s}s"]
    return multi("K_u_race_time", f"If I hold {pace // 60}:{pace % 60:02d} per km for {km} km, "
                 "what's my finish time?", forms)


def k_pace_per_km(rng: random.Random) -> Item | None:  # pace per km from a finish time
    km = rng.choice([5, 10])
    pace = rng.randint(230, 420)
    total = pace * km
    m, s = divmod(total, 60)
    pm, ps = divmod(pace, 60)
    forms = [f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm} minutes {ps} seconds", f"{pm}m {ps}s"]
    return multi("K_u_pace_per_km", f"ran {km}k in {m}:{s:02d}. what pace per km was that?",
                 forms)


def k_cycle_speed(rng: random.Random) -> Item | None:  # cycling speed from km and minutes
    km, mins = rng.randint(8, 90), rng.randint(20, 240)
    return conv("K_u_cycle_speed", f"Rode {km} km in {mins} minutes, what's that in km/h?",
                F(km * 60, mins), *KMH)


def k_flight_local(rng: random.Random) -> Item | None:  # local arrival across time zones
    dep, flight = rng.randint(24, 88) * 15, rng.randint(8, 52) * 15
    shift = rng.choice([-8, -6, -5, -3, -1, 1, 2, 3, 5, 7, 8])
    side = f"{abs(shift)} hours {'ahead of' if shift > 0 else 'behind'}"
    return multi("K_u_flight_local", f"Flight leaves at {hm(dep)} local time and takes "
                 f"{flight // 60}h {flight % 60:02d}m. The destination is {side} us. What "
                 "local time do we land?", clock(dep + flight + shift * 60))


def k_unit_price(rng: random.Random) -> Item | None:  # price per 100 g
    grams, price = rng.choice([150, 180, 200, 250, 300, 340, 400, 450, 500, 750]), \
        F(rng.randint(99, 899), 100)
    return multi("K_u_unit_price", f"{grams} g jar for ${cash(price)} - what's the price per "
                 "100 g?", money(price * 100 / grams, "$", "USD"))


def k_servings(rng: random.Random) -> Item | None:  # servings in a pack
    kg, g = F(rng.randint(5, 30), 10), rng.choice([30, 40, 45, 50, 60, 75, 80, 100])
    return multi("K_u_servings", f"cereal box is {show(kg)} kg, a serving is {g} g. how many "
                 "full servings?", (nums(F(int(kg * 1000 // g)), 0) or []) + (
                     with_units(F(int(kg * 1000 // g)), ("servings",), 0) or []))


def k_brine(rng: random.Random) -> Item | None:  # salt for a brine by percentage
    litres, pct = F(rng.randint(5, 40), 10), rng.choice([2, 3, 4, 5, 6, 8, 10])
    return conv("K_u_brine", f"brine at {pct}% with {show(litres)} litres of water - how many "
                "grams of salt do I need? (by weight of water)", litres * 1000 * pct / 100, *G)


def k_squash(rng: random.Random) -> Item | None:  # concentrate for a dilution ratio
    water, total = rng.choice([4, 5, 6, 7, 9]), F(rng.randint(5, 30), 10)
    return conv("K_u_squash", f"squash is 1 part to {water} parts water. How much squash for "
                f"{show(total)} L of drink in total?", total * 1000 / (water + 1), *ML)


def k_plant_feed(rng: random.Random) -> Item | None:  # fertiliser for a watering can
    dose, per, can = rng.choice([5, 10, 15, 20, 25]), rng.choice([1, 5, 10]), rng.choice(
        [F(9, 2), F(5), F(6), F(7), F(8), F(9), F(15, 2), F(12)])
    return conv("K_u_plant_feed", f"plant food says {dose} ml per {per} L of water. my watering "
                f"can holds {show(F(can))} L - how much feed?", F(can) * dose / per, *ML)


def k_formula(rng: random.Random) -> Item | None:  # scoops of formula for a bottle
    ml, per = rng.choice(range(60, 271, 30)), rng.choice([30, 60])
    return multi("K_u_formula", f"formula is 1 scoop per {per} ml water, bottle is {ml} ml. "
                 "how many scoops?", (nums(F(ml, per)) or []) + (with_units(
                     F(ml, per), ("scoops", "scoop")) or []))


def k_drive_distance(rng: random.Random) -> Item | None:  # distance from speed and time
    mins, speed = rng.randint(20, 300), rng.choice([50, 65, 70, 80, 88, 95, 100, 110])
    spent = f"{mins // 60} h {mins % 60} min" if mins >= 60 else f"{mins} min"
    return conv("K_u_drive_distance", f"Drove {spent} at an average of "
                f"{speed} km/h. How far did I go?", F(mins * speed, 60), *KM)


def k_hydration_bread(rng: random.Random) -> Item | None:  # water for bread hydration
    flour, pct = rng.choice([300, 400, 450, 500, 600, 750, 1000]), rng.randint(60, 85)
    return conv("K_u_hydration_bread", f"{flour} g flour at {pct}% hydration, how much water?",
                F(flour * pct, 100), *G, "ml")


def k_thaw_time(rng: random.Random) -> Item | None:  # fridge thawing time
    kg, per = F(rng.randint(4, 20), 2), rng.choice([10, 12, 24])
    return conv("K_u_thaw_time", f"Thaw in the fridge: allow {per} hours per kg. The joint is "
                f"{show(kg)} kg. How many hours?", kg * per, "hours", "h", "hrs")


def k_powerbank(rng: random.Random) -> Item | None:  # runtime from watt-hours and watts
    wh, w = rng.choice([37, 50, 74, 99, 100, 150, 256, 300, 500]), rng.choice([5, 8, 10, 15,
                                                                                20, 45, 60])
    return conv("K_u_powerbank", f"{wh} Wh power station running a {w} W fan - how many hours "
                "(ignoring losses)?", F(wh, w), "hours", "h", "hrs")


def k_gas_bottle(rng: random.Random) -> Item | None:  # hours from a gas bottle
    kg = rng.choice([F(9, 2), F(6), F(7), F(9), F(11), F(13), F(15), F(19)])
    rate = F(rng.randint(15, 80), 100)
    return conv("K_u_gas_bottle", f"{show(F(kg))} kg propane bottle, the heater burns "
                f"{show(rate)} kg per hour - how many hours of heat?", F(kg) / rate, "hours",
                "h", "hrs")


FAMILIES: list[tuple[Family, int]] = families(
    k_trip_time, k_trip_miles, k_arrive_by, k_avg_speed, k_fuel_litres, k_fuel_cost_eu,
    k_fuel_cost_us, k_ev_cost, k_fuel_split, k_range_left, k_mpg_fill, k_l100_fill,
    k_recipe_serves, k_recipe_cookies, k_recipe_pan, k_recipe_cream, k_turkey_time,
    k_roast_done, k_pet_food, k_coffee_days, k_camp_water, k_paint, k_tiles, k_fence_posts,
    k_appliance_cost, k_download, k_walk_time, k_race_time, k_pace_per_km, k_cycle_speed,
    k_flight_local, k_unit_price, k_servings, k_brine, k_squash, k_plant_feed, k_formula,
    k_drive_distance, k_hydration_bread, k_thaw_time, k_powerbank, k_gas_bottle)
