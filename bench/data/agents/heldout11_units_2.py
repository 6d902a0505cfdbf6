"""Round 11 (``Q_u_*``, dev now) for ``muse bench agents``: everyday quantity problems
(travel time, speed and fuel, recipes scaled, how long a supply lasts, energy and data at
home). The answer forms come from :mod:`bench.data.agents.heldout10_units`."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout10_units import (
    clock,
    families,
    near_tie,
    num,
    show,
    spoken,
    with_unit,
)
from bench.data.agents.helpers import Family, Item, both, item

F = Fraction
KM = ("km", "kilometres", "kilometers")
G = ("g", "grams")
MINS = ("minutes", "min", "mins")
HOURS = ("hours", "h", "hrs")


def one(name: str, text: str, value: Fraction, *units: str, dp: int = 2) -> Item | None:
    if near_tie(value, dp):
        return None
    return item(name, "calc", text, [with_unit(num(value, dp), *units)])


def whole(name: str, text: str, value: int, *units: str) -> Item:
    return item(name, "calc", text, [with_unit([str(value)], *units)])


def minutes_item(name: str, text: str, value: Fraction) -> Item | None:
    """Minutes, which a reply may give whole or to two decimals."""
    if near_tie(value, 0) or near_tie(value, 2):
        return None
    return item(name, "calc", text, [with_unit(list(dict.fromkeys(num(value, 0) + num(value))),
                                               *MINS)])


def money(value: Fraction) -> list[str]:
    if near_tie(value):
        return []
    return both(float(value))


def q_trip_minutes(rng: random.Random) -> Item | None:  # driving time in minutes
    km, kmh = rng.randint(40, 420), rng.choice([60, 70, 80, 85, 90, 95, 100, 110])
    text = f"how long will {km} km take if I average {kmh} km/h? answer in minutes"
    return minutes_item("Q_u_trip_minutes", text, F(km * 60, kmh))


def q_avg_speed(rng: random.Random) -> Item | None:  # average speed from distance and time
    km = rng.randint(80, 600)
    hours = rng.randint(1, 6)
    minutes = rng.choice([5, 10, 20, 25, 40, 55])
    return one("Q_u_avg_speed", f"We did {km} km in {hours} h {minutes} min. What was our average "
               "speed?", F(km * 60, hours * 60 + minutes), "km/h", "kph", "kilometres per hour")


def q_fuel_litres(rng: random.Random) -> Item | None:  # fuel needed for a trip
    km, rate = rng.randint(120, 950), F(rng.randint(45, 95), 10)
    return one("Q_u_fuel_litres", f"Car uses {show(rate)} l/100km. Roughly how many litres for a "
               f"{km} km trip?", km * rate / 100, "L", "l", "litres", "liters")


def q_fuel_cost(rng: random.Random) -> Item | None:  # what a fill-up costs
    litres, price = F(rng.randint(200, 700), 10), F(rng.randint(139, 209), 100)
    cost = litres * price
    answers = money(cost)
    if not answers:
        return None
    return item("Q_u_fuel_cost", "calc", f"if petrol is {show(price)} a litre, what does "
                f"{show(litres)} litres cost me?", [answers])


def q_arrival(rng: random.Random) -> Item | None:  # arrival time after a drive
    hour, minute = rng.randint(6, 15), rng.choice([5, 10, 15, 25, 30, 40, 45, 50])
    dh, dm = rng.randint(1, 7), rng.choice([10, 20, 25, 35, 40, 50])
    total = hour * 60 + minute + dh * 60 + dm
    return item("Q_u_arrival", "calc", f"Leaving at {spoken(hour, minute, rng.randrange(3))}, "
                f"sat nav says {dh}h {dm}m. What time do we get there?",
                [clock(total // 60, total % 60)])


def q_recipe_people(rng: random.Random) -> Item | None:  # a recipe scaled to more people
    base, grams, want = rng.choice([2, 4, 6]), rng.choice(range(150, 800, 25)), rng.randint(3, 14)
    if want == base:
        return None
    return one("Q_u_recipe_people", f"recipe serves {base} and needs {grams} g of flour. I'm "
               f"cooking for {want}, how much flour?", F(grams * want, base), *G)


def q_cookie_batch(rng: random.Random) -> Item | None:  # a batch scaled by yield
    made = rng.choice([12, 18, 20, 24, 30])
    butter = rng.choice(range(100, 300, 15))
    want = rng.choice([10, 16, 36, 40, 48, 50, 60])
    return one("Q_u_cookie_batch", f"The recipe makes {made} cookies using {butter}g of butter. "
               f"How much butter for {want} cookies?", F(butter * want, made), *G)


def q_dog_food(rng: random.Random) -> Item | None:  # how long a bag of food lasts
    kg, grams = rng.choice([2, 3, 5, 7, 10, 12, 15, 20]), rng.choice(range(80, 600, 20))
    return whole("Q_u_dog_food", f"{kg} kg bag of dog food and she eats {grams} g a day. how "
                 "many full days will it last?", kg * 1000 // grams, "days")


def q_paint_tins(rng: random.Random) -> Item | None:  # tins of paint for two coats
    area = rng.randint(20, 90)
    cover = rng.choice([10, 12, 13, 14])
    tin = rng.choice([F(1), F(25, 10), F(5)])
    litres = F(area * 2, cover)
    return whole("Q_u_paint_tins", f"Walls are {area} m² in total, two coats. Paint covers "
                 f"{cover} m² per litre and comes in {show(tin)} L tins. How many tins do I "
                 "need to buy?", math.ceil(litres / tin), "tins")


def q_heater_cost(rng: random.Random) -> Item | None:  # running cost of an appliance
    kw, hours, price = F(rng.randint(5, 30), 10), rng.randint(2, 10), F(rng.randint(15, 40), 100)
    answers = money(kw * hours * price)
    if not answers:
        return None
    return item("Q_u_heater_cost", "calc", f"What does it cost to run a {show(kw)} kW heater for "
                f"{hours} hours when electricity is {show(price)} per kWh?", [answers])


def q_run_pace(rng: random.Random) -> Item | None:  # pace per km from a finish time
    km, pace = rng.choice([5, 10, 21, 8, 12, 15]), rng.randint(250, 420)
    total = km * pace
    h, rest = divmod(total, 3600)
    stamp = f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"
    m, s = divmod(pace, 60)
    forms = [f"{m}:{s:02d}", f"{m} min {s} s", f"{m} min {s} sec", f"{m}m {s}s",
             f"{m} minutes {s} seconds", f"{m} minutes and {s} seconds"]
    return item("Q_u_run_pace", "calc", f"ran {km} km in {stamp}, what's my average pace per km?",
                [forms])


def q_walk_minutes(rng: random.Random) -> Item | None:  # walking time at a speed
    km, kmh = F(rng.randint(15, 160), 10), F(rng.choice([40, 45, 50, 55, 60]), 10)
    text = f"If I walk at {show(kmh)} km/h, how many minutes will {show(km)} km take me?"
    return minutes_item("Q_u_walk_minutes", text, km / kmh * 60)


def q_consumption(rng: random.Random) -> Item | None:  # l/100km from a fill-up
    litres, km = F(rng.randint(200, 700), 10), rng.randint(300, 900)
    return one("Q_u_consumption", f"Filled up with {show(litres)} L after driving {km} km since "
               "the last fill. What's my consumption in L/100km?", litres * 100 / km,
               "L/100km", "l/100km", "litres per 100 km", "liters per 100 km")


def q_glasses(rng: random.Random) -> Item | None:  # full glasses from a jug
    litres = rng.choice([F(15, 10), F(2), F(25, 10), F(3), F(5), F(10)])
    ml = rng.choice([150, 200, 250, 330, 350, 400])
    return whole("Q_u_glasses", f"how many full {ml} ml glasses can I pour from a {show(litres)} "
                 "litre jug?", int(litres * 1000 // ml), "glasses")


def q_tiles(rng: random.Random) -> Item | None:  # whole tiles to cover a floor
    a = F(rng.randint(18, 60), 10)
    b = F(rng.randint(18, 50), 10)
    tile = rng.choice([30, 40, 45, 50, 60])
    count = math.ceil(a * b / F(tile * tile, 10000))
    return whole("Q_u_tiles", f"floor is {show(a)} m by {show(b)} m and the tiles are {tile}x"
                 f"{tile} cm. ignoring cuts and waste, how many tiles?", count, "tiles")


def q_flight_local(rng: random.Random) -> Item | None:  # local arrival time across zones
    hour, minute = rng.randint(6, 14), rng.choice([0, 10, 20, 35, 40, 55])
    dh = rng.randint(2, 8)
    dm = rng.choice([0, 15, 30, 45])
    shift = rng.choice([-6, -5, -3, -1, 1, 2, 3])
    total = hour * 60 + minute + dh * 60 + dm + shift * 60
    if not 60 <= total < 23 * 60 or total % 720 == 0:
        return None
    ahead = f"{shift} hours ahead of" if shift > 0 else f"{-shift} hours behind"
    ahead = ahead.replace("1 hours", "1 hour")
    return item("Q_u_flight_local", "calc", f"My flight leaves at {spoken(hour, minute, 1)} and "
                f"takes {dh}h{dm:02d}. The destination is {ahead} us. What's the local time when "
                "I land?", [clock(total // 60, total % 60)])


def q_ev_charge(rng: random.Random) -> Item | None:  # hours to charge a car battery
    kwh, kw = rng.randint(15, 70), rng.choice([F("3.7"), F("7.4"), F(11), F(22), F("2.3")])
    return one("Q_u_ev_charge", f"Need to add {kwh} kWh to the car. Charger does {show(kw)} kW. "
               "How many hours?", kwh / kw, *HOURS)


def q_spoons(rng: random.Random) -> Item | None:  # tablespoons to teaspoons
    tbsp = F(rng.randint(3, 20), 2)
    return one("Q_u_spoons", f"how many teaspoons in {show(tbsp)} tablespoons?", tbsp * 3,
               "teaspoons", "tsp")


def q_cup_tbsp(rng: random.Random) -> Item | None:  # US cups to tablespoons
    num_, den = rng.choice([(1, 4), (1, 3), (2, 3), (3, 4), (1, 2), (3, 2), (5, 4), (2, 1), (1, 8),
                            (3, 8), (5, 8), (3, 1)])
    cups = F(num_, den)
    return one("Q_u_cup_tbsp", f"no measuring cup here - how many tablespoons make "
               f"{num_}/{den} of a US cup?" if den > 1 else "no measuring cup here - how many "
               f"tablespoons make {num_} US cups?", cups * 16, "tablespoons", "tbsp")


def q_dough_water(rng: random.Random) -> Item | None:  # baker's percentage hydration
    flour, pct = rng.choice(range(300, 1200, 50)), rng.choice([58, 60, 62, 65, 68, 70, 72, 75, 80])
    return one("Q_u_dough_water", f"making pizza dough at {pct}% hydration with {flour} g "
               "flour, how much water?", F(flour * pct, 100), "g", "grams", "ml", "mL")


def q_photo_count(rng: random.Random) -> Item | None:  # photos that fit on a card
    gb, mb = rng.choice([16, 32, 64, 128, 256]), F(rng.randint(25, 140), 10)
    return whole("Q_u_photo_count", f"How many {show(mb)} MB photos fit on a {gb} GB card? "
                 "(take 1 GB = 1000 MB)", int(gb * 1000 // mb), "photos")


def q_download(rng: random.Random) -> Item | None:  # download time in minutes
    gb, mbps = F(rng.randint(5, 800), 10), rng.choice([20, 30, 50, 75, 80, 100, 150, 200])
    text = (f"{show(gb)} GB download on a {mbps} Mbit/s line, how many minutes "
            "(1 GB = 1000 MB)?")
    return minutes_item("Q_u_download", text, gb * 8000 / mbps / 60)


def q_data_days(rng: random.Random) -> Item | None:  # days a data allowance lasts
    gb, mb = rng.randint(3, 30), rng.choice(range(150, 1500, 50))
    return whole("Q_u_data_days", f"I've {gb} GB of mobile data left and use about {mb} MB a "
                 "day. How many full days is that, taking 1 GB as 1000 MB?", gb * 1000 // mb,
                 "days")


def q_night_shift(rng: random.Random) -> Item | None:  # hours in a shift across midnight
    start, sm = rng.randint(18, 23), rng.choice([0, 15, 30, 45])
    end, em = rng.randint(4, 8), rng.choice([0, 15, 30, 45])
    minutes = (24 * 60 - start * 60 - sm) + end * 60 + em
    h, m = divmod(minutes, 60)
    forms = with_unit(num(F(minutes, 60)), *HOURS)
    forms += [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m",
              f"{h}h{m:02d}", f"{h} hrs {m} mins"] if m else []
    return item("Q_u_night_shift", "calc", f"my shift is {start}:{sm:02d} to "
                f"{end:02d}:{em:02d}. how many hours is that?", [forms])


def q_tin_size(rng: random.Random) -> Item | None:  # a recipe scaled to a bigger round tin
    small, big = rng.choice([18, 20, 22]), rng.choice([23, 24, 25, 26, 28, 30])
    flour = rng.choice(range(150, 400, 25))
    return one("Q_u_tin_size", f"Recipe is for a {small} cm round tin with {flour} g flour. I "
               f"only have a {big} cm round tin, how much flour to keep the same depth?",
               flour * F(big, small) ** 2, *G)


def q_coffee_ratio(rng: random.Random) -> Item | None:  # coffee grounds for a brew ratio
    ratio, water = rng.choice([15, 16, 17, 18]), rng.choice(range(200, 1100, 50))
    return one("Q_u_coffee_ratio", f"brewing at 1:{ratio} coffee to water. for {water} ml of "
               "water how many grams of coffee?", F(water, ratio), *G)


def q_sprint_kmh(rng: random.Random) -> Item | None:  # a sprint time to km/h
    metres, secs = rng.choice([60, 100, 200, 400]), F(rng.randint(70, 900), 10)
    if F(metres, secs) > 11 or F(metres, secs) < 3:
        return None
    return one("Q_u_sprint_kmh", f"my kid ran {metres} m in {show(secs)} seconds, what speed is "
               "that in km/h?", F(metres, 1) / secs * F(36, 10), "km/h", "kph")


def q_ride_distance(rng: random.Random) -> Item | None:  # distance from time and speed
    hours = rng.randint(0, 4)
    minutes = rng.choice([10, 15, 20, 40, 45, 50])
    kmh = rng.randint(14, 32)
    said = f"{hours} h {minutes} min" if hours else f"{minutes} minutes"
    return one("Q_u_ride_distance", f"Cycled for {said} at an average {kmh} km/h - how far did "
               "I go?", F(kmh * (hours * 60 + minutes), 60), *KM)


def q_pool_fill(rng: random.Random) -> Item | None:  # hours to fill a pool
    litres, rate = rng.choice(range(5000, 60000, 2500)), rng.choice([12, 15, 18, 20, 25, 30])
    return one("Q_u_pool_fill", f"pool holds {litres:,} litres and the hose gives {rate} L a "
               "minute. how many hours to fill it?", F(litres, rate * 60), *HOURS)


FAMILIES: list[tuple[Family, int]] = families(
    q_trip_minutes, q_avg_speed, q_fuel_litres, q_fuel_cost, q_arrival, q_recipe_people,
    q_cookie_batch, q_dog_food, q_paint_tins, q_heater_cost, q_run_pace, q_walk_minutes,
    q_consumption, q_glasses, q_tiles, q_flight_local, q_ev_charge, q_spoons, q_cup_tbsp,
    q_dough_water, q_photo_count, q_download, q_data_days, q_night_shift, q_tin_size,
    q_coffee_ratio, q_sprint_kmh, q_ride_distance, q_pool_fill)
