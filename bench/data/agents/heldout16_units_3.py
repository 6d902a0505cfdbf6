"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: everyday quantity problems — travel
time, speed and fuel, recipes scaled, how long a supply lasts, home projects, bills."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_health_2 import count, say
from bench.data.agents.heldout16_units import (
    calc,
    clock,
    duration,
    families,
    num,
    show,
    units,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
LITRES = ("L", "litres", "liters", "l")
GRAMS = ("g", "grams")
KMHS = ("km/h", "kph", "kilometres per hour", "kilometers per hour", "km per hour")


def money(value: Fraction, symbol: str = "$", *words: str) -> list[str] | None:
    """An amount of money: bare (2.5, 2.50), with its symbol, and with its name."""
    forms = num(value, 2)
    if forms is None:
        return None
    out = list(forms)
    for n in forms:
        out += [f"{symbol}{n}", f"{symbol} {n}", f"{n}{symbol}", f"{n} {symbol}"]
        out += [f"{n} {w}" for w in words]
    return list(dict.fromkeys(out))


def cur(r: random.Random) -> tuple[str, tuple[str, ...]]:
    return r.choice([("$", ("dollars", "USD")), ("€", ("euros", "EUR")),
                     ("£", ("pounds", "GBP"))])


# --- travel -------------------------------------------------------------------------------

def drive_time(r: random.Random) -> Item | None:  # distance over average speed
    km, kmh = r.randint(40, 900), r.choice([50, 60, 70, 80, 90, 100, 110, 120])
    return calc(f"it's {km} km to the coast and we average about {kmh} km/h. how long's the "
                "drive?", duration(F(km * 60, kmh)))


def arrive_at(r: random.Random) -> Item | None:  # departure time plus driving time
    t, km, kmh = r.randrange(300, 1080, 5), r.randint(30, 500), r.choice([60, 75, 80, 90, 100])
    mins = F(km * 60, kmh)
    if mins.denominator != 1:
        return None
    return calc(f"Leaving at {say(t, r)}, {km} km at an average of {kmh} km/h. What time do we "
                "get there?", clock(t + int(mins)))


def avg_speed(r: random.Random) -> Item | None:  # distance over hours and minutes
    km, h, m = r.randint(20, 700), r.randint(0, 7), r.choice([10, 15, 20, 30, 40, 45, 50])
    return calc(f"Did {km} km in {h}h {m}min. What was my average speed?",
                units(F(km * 60, h * 60 + m), KMHS, 1))


def fuel_litres(r: random.Random) -> Item | None:  # litres for a trip at L/100 km
    km, use = r.randint(80, 1400), F(r.randint(45, 120), 10)
    return calc(f"Car does {show(use)} L per 100 km. How much fuel for a {km} km trip?",
                units(km * use / 100, LITRES, 1))


def fuel_cost(r: random.Random) -> Item | None:  # trip fuel cost from consumption and price
    km, use, price = r.randint(100, 1200), F(r.randint(50, 95), 10), F(r.randint(140, 210), 100)
    symbol, words = r.choice([("€", ("euros", "EUR")), ("£", ("pounds", "GBP"))])
    return calc(f"road trip of {km} km, car uses {show(use)} l/100km, fuel is {symbol}{show(price)}"
                " a litre. fuel cost?", money(km * use / 100 * price, symbol, *words))


def mpg_cost(r: random.Random) -> Item | None:  # trip cost from miles, mpg and $/gallon
    miles, mpg, price = r.randint(60, 1500), r.randint(18, 45), F(r.randint(289, 529), 100)
    return calc(f"{miles} mile trip, truck gets {mpg} mpg, gas is ${show(price)}/gal. What will "
                "gas cost me?", money(F(miles, mpg) * price, "$", "dollars"))


def tank_range(r: random.Random) -> Item | None:  # range on a tank at L/100 km
    tank, use = r.randint(35, 80), F(r.randint(45, 110), 10)
    return calc(f"{tank} litre tank, {show(use)} l per 100km. how far on a full tank?",
                units(tank * 100 / use, ("km", "kilometres", "kilometers"), 1))


def economy(r: random.Random) -> Item | None:  # L/100 km from a fill-up
    km, litres = r.randint(300, 900), F(r.randint(180, 650), 10)
    return calc(f"Filled up after {km} km and it took {show(litres)} litres. What's my "
                "consumption in L/100km?", units(litres * 100 / km, ("L/100km", "l/100km",
                                                                      "L/100 km", "l/100 km"), 2))


def walk_time(r: random.Random) -> Item | None:  # walking time at a pace
    km, kmh = F(r.randint(12, 160), 10), r.choice([4, F(9, 2), 5, F(11, 2), 6])
    return calc(f"walking at {show(F(kmh))} km/h, how long does {show(km)} km take?",
                duration(km * 60 / kmh))


def flight_land(r: random.Random) -> Item | None:  # local landing time across time zones
    dep, h, m, shift = r.randrange(360, 1380, 5), r.randint(1, 11), r.choice([0, 15, 20, 35,
                                                                             40, 50]), \
        r.choice([-6, -5, -3, -1, 1, 2, 3, 5, 7, 8])
    direction = "ahead of" if shift > 0 else "behind"
    return calc(f"Flight leaves at {say(dep, r)} local, flight time {h}h {m}m. Destination is "
                f"{abs(shift)} hours {direction} us. What's the local time when we land?",
                clock(dep + h * 60 + m + shift * 60))


def ev_charge(r: random.Random) -> Item | None:  # time to add kWh at a charger power
    kwh, kw = r.randint(10, 70), r.choice([7, 11, 22, 50])
    return calc(f"need to add {kwh} kWh to the car, charger does {kw} kW (assume full rate). "
                "how long?", duration(F(kwh * 60, kw)))


def ev_cost(r: random.Random) -> Item | None:  # EV trip energy cost
    km, per100, price = r.randint(50, 600), F(r.randint(140, 220), 10), F(r.randint(8, 45), 100)
    symbol, words = cur(r)
    return calc(f"EV uses {show(per100)} kWh/100 km. Electricity {symbol}{show(price)} per kWh. "
                f"Cost of a {km} km trip?", money(km * per100 / 100 * price, symbol, *words))


def bike_distance(r: random.Random) -> Item | None:  # distance from speed and time
    kmh, mins = F(r.randint(140, 320), 10), r.choice([25, 40, 45, 50, 70, 80, 95, 110])
    return calc(f"If I ride for {mins} minutes at {show(kmh)} km/h, how many km is that?",
                units(kmh * mins / 60, ("km", "kilometres", "kilometers"), 2))


def need_speed(r: random.Random) -> Item | None:  # speed to cover a distance in time
    miles, h, m = r.randint(30, 400), r.randint(1, 6), r.choice([0, 15, 30, 45])
    return calc(f"I have {h} hours {m} minutes to cover {miles} miles. What average speed in "
                "mph do I need?", units(F(miles * 60, h * 60 + m), ("mph", "miles per hour"),
                                        1))


def trip_split(r: random.Random) -> Item | None:  # a fuel bill shared between friends
    total, people = F(r.randint(4000, 25000), 100), r.randint(2, 6)
    symbol, words = cur(r)
    return calc(f"fuel for the whole trip came to {symbol}{show(total)}, split {people} ways. "
                "how much each?", money(total / people, symbol, *words))


def marathon_finish(r: random.Random) -> Item | None:  # finish time from pace per km
    sec = r.randint(270, 420)
    km, name = r.choice([(F("42.195"), "marathon"), (F("21.0975"), "half marathon"),
                         (F(10), "10k")])
    total = num(sec * km, 0)
    if total is None:
        return None
    s = int(total[0].replace(",", ""))
    h, rest = divmod(s, 3600)
    m, sc = divmod(rest, 60)
    forms = [f"{h}:{m:02d}:{sc:02d}", f"{h}h {m}m {sc}s", f"{h}h {m:02d}m {sc:02d}s",
             f"{h} hours {m} minutes {sc} seconds", f"{h} hour {m} minutes {sc} seconds",
             f"{h} h {m} min {sc} s"] if h else [f"{m}:{sc:02d}", f"{m} minutes {sc} seconds",
                                                f"{m}m {sc}s", f"{m} min {sc} s"]
    return calc(f"if I hold {sec // 60}:{sec % 60:02d}/km for the whole {name}, what's my "
                "finish time (nearest second)?", forms)


def train_delay(r: random.Random) -> Item | None:  # scheduled time plus a delay
    t, late = r.randrange(300, 1400, 1), r.randint(7, 95)
    return calc(f"my train was due {say(t, r)} but it's running {late} minutes late. new "
                "arrival time?", clock(t + late))


# --- kitchen ------------------------------------------------------------------------------

def scale_grams(r: random.Random) -> Item | None:  # an ingredient scaled to more servings
    serves, want, g = r.choice([2, 4, 6]), r.choice([3, 5, 7, 8, 9, 10, 12]), r.choice(
        [120, 150, 200, 250, 300, 350, 400, 500])
    if serves == want:
        return None
    return calc(f"recipe serves {serves} and needs {g} g of pasta. i'm feeding {want}. how much "
                "pasta?", units(F(g * want, serves), GRAMS, 1))


def scale_cups(r: random.Random) -> Item | None:  # cups scaled by a factor
    cups, serves, want = r.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2)]), \
        r.choice([4, 6, 8]), r.choice([2, 3, 10, 12, 16, 20])
    unit = "cups" if cups > 1 else "cup"
    return calc(f"The soup uses {show(cups)} {unit} of lentils for {serves} people. How many "
                f"cups for {want} people?", units(cups * want / serves, ("cups", "cup"), 2,
                                                  bare=True))


def hydration(r: random.Random) -> Item | None:  # water from a baker's percentage
    flour, pct = r.choice([300, 400, 450, 500, 750, 1000]), r.choice([60, 65, 68, 70, 72, 75,
                                                                      78, 80])
    return calc(f"{flour} g flour at {pct}% hydration — how much water?",
                units(F(flour * pct, 100), (*GRAMS, "ml", "mL"), 1))


def batches(r: random.Random) -> Item | None:  # batches needed to make enough (round up)
    want, per = r.randint(30, 200), r.choice([12, 18, 20, 24, 30, 36])
    n = math.ceil(want / per)
    if want % per == 0:
        return None
    return calc(f"each batch makes {per} cookies and I need {want} for the bake sale. how many "
                "batches do I have to make?", count(n, "batches"))


def coffee_ratio(r: random.Random) -> Item | None:  # coffee grams from a brew ratio
    water, ratio = r.choice([250, 300, 350, 400, 500, 600, 750, 1000]), r.choice([15, 16, 17,
                                                                                  18])
    return calc(f"Brewing at 1:{ratio}. How many grams of coffee for {water} ml of water?",
                units(F(water, ratio), GRAMS, 1))


def rice_water(r: random.Random) -> Item | None:  # water from a rice ratio
    rice, ratio = r.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(3)]), r.choice(
        [F(3, 2), F(7, 4), F(2), F(5, 4)])
    return calc(f"ratio is {show(ratio)} cups water per cup of rice. I'm making {show(rice)} "
                "cups rice — how much water?", units(rice * ratio, ("cups", "cup"), 3,
                                                     bare=True))


def roast_time(r: random.Random) -> Item | None:  # per-kg roasting time plus extra
    kg, per, extra = F(r.randint(10, 60), 10), r.choice([20, 25, 30, 40]), r.choice([0, 20, 25,
                                                                                    30])
    return calc(f"Roast {per} minutes per kg plus {extra} minutes. Joint is {show(kg)} kg. Total "
                "cooking time?", duration(kg * per + extra))


def start_roast(r: random.Random) -> Item | None:  # when to start cooking to eat on time
    eat, kg, per, rest = r.randrange(1020, 1260, 15), r.choice([2, 3, 4, 5, 6]), \
        r.choice([30, 35, 40, 45]), r.choice([15, 20, 30])
    return calc(f"want dinner on the table at {say(eat, r)}. turkey is {kg} kg at {per} min per "
                f"kg, plus {rest} min resting. what time does it go in?",
                clock(eat - kg * per - rest))


def thaw_days(r: random.Random) -> Item | None:  # fridge thawing days (rounded up)
    lb, per = r.randint(8, 26), r.choice([4, 5])
    if lb % per == 0:
        return None
    n = math.ceil(lb / per)
    return calc(f"thawing in the fridge takes a day per {per} lb. {lb} lb turkey — how many "
                "days ahead do I take it out? (round up)", count(n, "days"))


def pizza_dough(r: random.Random) -> Item | None:  # dough per pizza times pizzas
    n, g, flour_pct = r.randint(3, 12), r.choice([230, 250, 270, 280, 300]), r.choice([60, 62])
    return calc(f"{n} pizzas at {g} g dough each. flour is {flour_pct}% of the dough weight. "
                "how many grams of flour?", units(F(n * g * flour_pct, 100), GRAMS, 1))


def bread_salt(r: random.Random) -> Item | None:  # salt at 2% of flour
    flour, pct = r.choice([350, 450, 500, 600, 750, 900, 1000, 1200]), r.choice([F(2),
                                                                                F(18, 10),
                                                                                F(22, 10)])
    return calc(f"salt at {show(pct)}% of the flour weight, {flour} g flour. grams of salt?",
                units(flour * pct / 100, GRAMS, 1))


# --- supplies and home --------------------------------------------------------------------

def dog_food(r: random.Random) -> Item | None:  # days a bag of food lasts
    kg, g = r.choice([2, 3, 5, 7, 10, 12, 15]), r.choice([120, 150, 180, 200, 250, 300, 350])
    return calc(f"{kg} kg bag of dog food, she eats {g} g a day. how many full days will it "
                "last?", count(kg * 1000 // g, "days"))


def paint_tins(r: random.Random) -> Item | None:  # litres of paint for wall area and coats
    area, coats, cover = r.randint(12, 80), r.choice([1, 2, 3]), r.choice([10, 12, 13, 14])
    return calc(f"Walls total {area} m², {coats} coat(s), paint covers {cover} m² per litre. "
                "Litres needed?", units(F(area * coats, cover), LITRES, 2))


def tiles_count(r: random.Random) -> Item | None:  # tiles for a floor plus waste, rounded up
    a, b, tile, waste = F(r.randint(15, 60), 10), F(r.randint(15, 50), 10), r.choice(
        [20, 30, 40, 60]), r.choice([5, 10, 15])
    need = a * b / (F(tile, 100) ** 2) * (1 + F(waste, 100))
    if need.denominator == 1:
        return None
    return calc(f"floor is {show(a)} m by {show(b)} m, tiles are {tile} cm square, add {waste}% "
                "for waste. how many tiles (round up)?", count(math.ceil(need), "tiles"))


def grass_seed(r: random.Random) -> Item | None:  # seed for a lawn at g per m²
    a, b, rate = r.randint(4, 20), r.randint(3, 15), r.choice([25, 30, 35, 40, 50])
    return calc(f"new lawn {a} m x {b} m, sow at {rate} g per m². how many kg of seed?",
                units(F(a * b * rate, 1000), ("kg", "kilograms", "kilos"), 2))


def fence_posts(r: random.Random) -> Item | None:  # posts along a straight run
    length, gap = r.choice([12, 18, 20, 24, 30, 36, 40, 45, 60]), r.choice([F(2), F(3),
                                                                            F(5, 2), F(6)])
    if (length / gap).denominator != 1:
        return None
    return calc(f"straight fence {length} m long, a post every {show(gap)} m including both "
                "ends. how many posts?", count(int(length / gap) + 1, "posts"))


def running_cost(r: random.Random) -> Item | None:  # electricity cost of an appliance
    w, h, days, price = r.choice([40, 60, 100, 150, 800, 1500, 2000]), r.choice([1, 2, 3, 4, 5,
                                                                                 6, 8]), \
        r.choice([7, 30, 31, 90, 365]), F(r.randint(12, 40), 100)
    symbol, words = cur(r)
    return calc(f"a {w} W heater/gadget used {h} h a day for {days} days at {symbol}"
                f"{show(price)}/kWh — what does it cost?",
                money(F(w * h * days, 1000) * price, symbol, *words))


def unit_price(r: random.Random) -> Item | None:  # price per 100 g
    price, g = F(r.randint(99, 1299), 100), r.choice([125, 180, 200, 250, 340, 400, 454, 750])
    symbol, words = cur(r)
    return calc(f"{symbol}{show(price)} for {g} g — what's that per 100 g?",
                money(price * 100 / g, symbol, *words))


def concrete(r: random.Random) -> Item | None:  # cubic metres for a slab
    a, b, d = F(r.randint(15, 60), 10), F(r.randint(15, 50), 10), r.choice([75, 100, 120, 150])
    return calc(f"Slab {show(a)} m × {show(b)} m, {d} mm thick. How many cubic metres of "
                "concrete?", units(a * b * F(d, 1000), ("m³", "m3", "cubic metres",
                                                        "cubic meters"), 3))


def soil_bags(r: random.Random) -> Item | None:  # bags of compost for a raised bed
    a, b, d, bag = r.choice([F(1), F(2), F(12, 10), F(24, 10), F(3)]), F(r.randint(6, 15), 10), \
        r.choice([20, 25, 30, 40]), r.choice([40, 50, 60, 70])
    litres = a * b * F(d, 100) * 1000
    if (litres / bag).denominator == 1:
        return None
    return calc(f"raised bed {show(a)}m x {show(b)}m, {d}cm deep, compost in {bag} L bags. how "
                "many bags?", count(math.ceil(litres / bag), "bags"))


def aquarium(r: random.Random) -> Item | None:  # tank volume from cm dimensions
    a, b, c = r.choice([60, 80, 90, 100, 120]), r.choice([30, 35, 40, 45, 50]), r.choice(
        [30, 35, 40, 45, 50, 55])
    return calc(f"Fish tank is {a} x {b} x {c} cm. How many litres?",
                units(F(a * b * c, 1000), LITRES, 1))


def bath_fill(r: random.Random) -> Item | None:  # fill time at a flow rate
    litres, flow = r.choice([80, 100, 120, 150, 180, 200]), r.choice([6, 8, 9, 10, 12, 15])
    return calc(f"Tap runs {flow} L/min and the bath holds {litres} L. Minutes to fill?",
                units(F(litres, flow), ("minutes", "min", "mins"), 1))


def battery_hours(r: random.Random) -> Item | None:  # battery life from mAh and mA
    mah, ma = r.choice([1000, 2000, 2500, 3000, 5000, 10000, 20000]), r.choice([150, 250, 300,
                                                                                400, 600])
    return calc(f"{mah} mAh battery, device draws {ma} mA. roughly how many hours?",
                units(F(mah, ma), ("hours", "h", "hrs"), 1))


def water_bill(r: random.Random) -> Item | None:  # water charge per cubic metre
    m3, price = r.randint(6, 60), F(r.randint(150, 450), 100)
    symbol, words = cur(r)
    return calc(f"used {m3} cubic metres of water this quarter at {symbol}{show(price)} per m³. "
                "how much is that?", money(m3 * price, symbol, *words))


FAMILIES: list[tuple[Family, int]] = families(
    drive_time, arrive_at, avg_speed, fuel_litres, fuel_cost, mpg_cost, tank_range, economy,
    walk_time, flight_land, ev_charge, ev_cost, bike_distance, need_speed, trip_split,
    marathon_finish, train_delay, scale_grams, scale_cups, hydration, batches, coffee_ratio,
    rice_water, roast_time, start_roast, thaw_days, pizza_dough, bread_salt, dog_food,
    paint_tins, tiles_count, grass_seed, fence_posts, running_cost, unit_price, concrete,
    soil_bags, aquarium, bath_fill, battery_hours, water_bill)
