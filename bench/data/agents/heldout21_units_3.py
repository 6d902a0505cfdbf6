"""Round 21 (``F_u_*``, dev now) for ``muse bench agents``, units part 3: rates and durations
(travel time, pace, download time, charging, flow, arrival times)."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout21_units import calc, cents
from bench.data.agents.helpers import Family

MM = ["00", "05", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55"]

travel_time = calc("travel_time", {"d": (40, 600, 0), "v": [50, 60, 65, 70, 80, 90, 100, 110]},
                   lambda d, v: d / v * 60, "hm", [
    "how long will it take to drive {d} km at an average of {v} km/h? hours and minutes, "
    "nearest minute",
    "We're driving {d} miles, averaging {v} mph. How long is the trip (h and min, nearest "
    "minute)?", "{d} km at {v} km/h takes how long? round to the nearest minute"])
avg_speed = calc("avg_speed", {"d": (20, 500, 0), "h": (1, 6, 0), "m": [10, 15, 20, 25, 35, 40,
                                                                          45, 50]},
                 lambda d, h, m: d / (h + m / 60), 1, [
    "I drove {d} km in {h} h {m} min. What was my average speed in km/h? 1 decimal",
    "average speed if we covered {d} miles in {h} hours {m} minutes? mph to 1 dp"])
distance_from_speed = calc("distance_from_speed", {"v": (4, 120, 0), "m": (10, 300, 0)},
                           lambda v, m: v * m / 60, 2, [
    "How far do I get in {m} minutes at {v} km/h? km, 2 decimals",
    "cycling at {v} km/h for {m} min - distance covered? round to 2 dp"])
arrival_time = calc("arrival_time", {"h": (6, 11, 0), "m": MM, "d": (80, 700, 0),
                                     "v": [60, 70, 80, 90, 100]},
                    lambda h, m, d, v: h * 60 + m + d / v * 60, "clock", [
    "If I leave at {h}:{m} am and drive {d} km at an average {v} km/h, what time do I arrive? "
    "(nearest minute)", "Setting off {h}:{m} in the morning, {d} km to go at {v} km/h on "
    "average. ETA to the nearest minute?"])
departure_time = calc("departure_time", {"h": (13, 20, 0), "m": MM, "d": (30, 400, 0),
                                         "v": [50, 60, 75, 80, 90]},
                      lambda h, m, d, v: h * 60 + m - d / v * 60, "clock", [
    "I must be at the venue by {h}:{m} (24h clock). It's {d} km away and I average {v} km/h. "
    "Latest time to leave, nearest minute?", "need to arrive {h}:{m}; drive is {d} km at {v} "
    "km/h avg. when should i leave at the latest? round to the minute"])
finish_time_pace = calc("finish_time_pace", {"d": ["5", "10", "21.1", "42.2", "15", "8"],
                                             "m": (4, 7, 0),
                                             "s": ["00", "10", "15", "20", "30", "40",
                                                                   "45", "50"]},
                        lambda d, m, s: d * (m * 60 + s) / 60, "hm", [
    "If I hold a pace of {m} min {s} s per km, how long will a {d} km race take me? nearest "
    "minute", "{d}k at {m}:{s} per km pace (the seconds as written) - finish time in hours and "
    "minutes, rounded to the minute?"])
download_time = calc("download_time", {"g": (1, 120, 1), "s": [10, 20, 25, 40, 50, 80, 100,
                                                               200, 300]},
                     lambda g, s: g * 8000 / s / 60, 1, [
    "How many minutes to download a {g} GB game on a {s} Mbps connection? (1 GB = 8000 Mb, "
    "ignore overhead) 1 decimal", "{g}GB file, {s} Mbit/s line, 1 GB = 8000 megabits. download "
    "time in minutes, 1 dp?"])
upload_time = calc("upload_time", {"n": (20, 900, 0), "s": (2, 15, 1), "u": [5, 10, 20, 40]},
                   lambda n, s, u: n * s * 8 / u / 60, 1, [
    "Uploading {n} photos of {s} MB each over {u} Mbps upload. How many minutes? (8 bits per "
    "byte) 1 decimal", "backup of {n} files x {s} MB at {u} Mbit/s up - minutes needed, 1 dp?"])
ev_charge_time = calc("ev_charge_time", {"b": [40, 52, 58, 64, 75, 82, 100],
                                         "f": (5, 40, 0), "t": (60, 100, 0),
                                         "k": ["7.4", "11", "22", "3.7"]},
                      lambda b, f, t, k: None if t <= f + 10 else b * (t - f) / 100 / k * 60,
                      "hm", [
    "My EV has a {b} kWh battery at {f}%. How long to charge it to {t}% on a {k} kW charger? "
    "(assume constant power, no losses) nearest minute",
    "{b}kWh battery, from {f}% to {t}% with a {k} kW wallbox, no losses - how long "
    "(nearest minute)?"])
phone_charge = calc("phone_charge", {"c": (3000, 5500, 0), "p": (5, 60, 0),
                                     "r": [1000, 1500, 2000, 2500, 3000]},
                    lambda c, p, r: c * (100 - p) / 100 / r * 60, 0, [
    "Phone battery is {c} mAh at {p}%. If it charges at a steady {r} mA, how many minutes to "
    "100%? nearest minute", "how many minutes to top up a {c} mAh battery from {p}% to full at "
    "{r} mA constant? round to the nearest minute"])
ev_charge_cost = calc("ev_charge_cost", {"b": [40, 60, 75, 82], "f": (5, 40, 0),
                                         "t": [80, 90, 100], "p": ["0.28", "0.32", "0.45",
                                                                   "0.19", "0.55"]},
                      lambda b, f, t, p: b * (t - f) / 100 * p, 2, [
    "Charging my {b} kWh car from {f}% to {t}% at {p} per kWh costs how much? no losses",
    "cost to charge {b} kWh battery {f}%->{t}% if electricity is ${p}/kWh?"])
ev_range = calc("ev_range", {"b": [50, 60, 75, 82, 100], "e": (14, 22, 1), "p": (20, 100, 0)},
                lambda b, e, p: b * p / 100 / e * 100, 1, [
    "My EV uses {e} kWh/100 km. With {p}% of a {b} kWh battery left, how many km can I still "
    "drive? 1 decimal", "{b} kWh pack at {p}%, consumption {e} kWh per 100km - remaining range "
    "in km (1 dp)?"])
fill_pool = calc("fill_pool", {"v": (2000, 60000, 0), "r": (8, 40, 0)},
                 lambda v, r: v / r, "hm", [
    "How long will it take to fill a {v} litre pool with a hose giving {r} L per minute? "
    "nearest minute",
    "paddling pool holds {v} L, hose flow {r} L/min. fill time in hours and minutes "
    "(nearest minute)?"])
tank_drain = calc("tank_drain", {"v": (200, 5000, 0), "i": (10, 40, 0), "o": (45, 90, 0)},
                  lambda v, i, o: v / (o - i), 1, [
    "A {v} L tank has water coming in at {i} L/min and draining at {o} L/min. Starting full, "
    "how many minutes until it's empty? 1 decimal",
    "tank: {v} litres full, inflow {i} l/min, outflow {o} l/min - minutes to empty, 1 dp?"])
two_taps = calc("two_taps", {"a": (10, 60, 0), "b": (15, 90, 0)},
                lambda a, b: None if a == b else a * b / (a + b), 2, [
    "One tap fills the bath in {a} minutes, the other in {b} minutes. Together, how many "
    "minutes? 2 decimals", "tap A fills a tub in {a} min and tap B in {b} min. both open, how "
    "long in minutes (2 dp)?"])
flow_l_per_h = calc("flow_l_per_h", {"v": (2, 30, 1), "s": (10, 90, 0)},
                    lambda v, s: v / s * 3600, 1, [
    "My shower filled a {v} L bucket in {s} seconds. What's the flow rate in litres per hour? "
    "1 decimal", "{v} litres in {s} s - how many L/h is that? 1 dp"])
shower_water = calc("shower_water", {"f": (6, 15, 1), "m": (3, 20, 0), "d": [7, 30, 365]},
                    lambda f, m, d: f * m * d, 1, [
    "The shower flows at {f} L/min and I shower {m} minutes a day. Litres used over {d} days?",
    "{m}-minute showers at {f} litres/min, every day for {d} days: total litres?"])
drip_rate = calc("drip_rate", {"v": [250, 500, 1000, 100, 750], "h": (1, 12, 0),
                               "g": [10, 15, 20, 60]},
                 lambda v, h, g: v * g / (h * 60), 1, [
    "IV bag of {v} mL to run over {h} hours with a {g} drops/mL set. Drops per minute? 1 decimal",
    "drip rate for {v} ml over {h} h, drop factor {g} gtt/mL - gtt per min (1 dp)?"])
infusion_ml_h = calc("infusion_ml_h", {"v": [100, 250, 500, 1000, 50], "m": (20, 480, 0)},
                     lambda v, m: v / m * 60, 1, [
    "Pump rate in mL/h to give {v} mL over {m} minutes? 1 decimal",
    "{v} ml to infuse in {m} min - what rate in ml per hour, 1 dp?"])
walk_steps = calc("walk_steps", {"d": (1, 20, 1), "s": (60, 85, 0)},
                  lambda d, s: d * 100000 / s, 0, [
    "My stride is {s} cm. How many steps to walk {d} km? nearest whole step",
    "how many steps is {d} km if each step is {s} cm long? round to a whole number"])
swim_laps = calc("swim_laps", {"d": (400, 5000, 0), "p": [25, 33, 50]},
                 lambda d, p: d / p, 2, [
    "How many lengths of a {p} m pool make {d} m? 2 decimals",
    "i want to swim {d} metres in a {p}m pool - how many lengths is that (2 dp)?"])
flight_with_tz = calc("flight_with_tz", {"h": (6, 14, 0), "m": MM, "fh": (2, 11, 0),
                                         "fm": [0, 10, 20, 30, 40, 50],
                                         "z": ["-6", "-5", "-1", "+1", "+2", "+3", "+5", "+8"]},
                      lambda h, m, fh, fm, z: h * 60 + m + fh * 60 + fm + z * 60, "clock", [
    "Flight leaves at {h}:{m} local time and takes {fh} h {fm} min. The destination is {z} "
    "hours ahead of the departure city (a negative number means behind). What's the local "
    "arrival time?", "depart {h}:{m}, flight {fh}h {fm}min, destination clock = origin clock "
    "{z} h. local time when we land?"])
cook_turkey = calc("cook_turkey", {"kg": (3, 9, 1), "r": [40, 45, 35], "rest": [20, 30]},
                   lambda kg, r, rest: kg * r + 20 + rest, "hm", [
    "Turkey is {kg} kg. Roast {r} min per kg plus 20 min, then rest {rest} min. Total time "
    "from oven to table?", "{kg}kg bird: {r} minutes per kilo + 20 extra, plus {rest} min "
    "resting. how long altogether (h and min)?"])
bread_proof = calc("bread_proof", {"h": (7, 11, 0), "m": MM, "a": (60, 150, 0), "b": (30, 90, 0),
                                   "c": (25, 50, 0)},
                   lambda h, m, a, b, c: h * 60 + m + a + b + c, "clock", [
    "I start the dough at {h}:{m} am. First rise {a} min, second rise {b} min, bake {c} min. "
    "When is the bread done?", "bread timeline: start {h}:{m} in the morning, {a} min proof, "
    "{b} min shaping+proof, {c} min in the oven - finish time?"])
reading_time = calc("reading_time", {"p": (120, 900, 0), "w": [250, 300, 350, 400],
                                     "s": [200, 230, 250, 280]},
                    lambda p, w, s: p * w / s, "hm", [
    "A {p}-page book with about {w} words per page, reading at {s} words a minute: how long to "
    "finish it (nearest minute)?", "how long to read {p} pages x {w} words at {s} wpm? hours "
    "and minutes, rounded to the minute"])
typing_time = calc("typing_time", {"w": (800, 9000, 0), "s": (30, 90, 0)},
                   lambda w, s: w / s, 1, [
    "How many minutes to type a {w}-word essay at {s} words per minute? 1 decimal",
    "{w} words at {s} wpm = how many minutes (1 dp)?"])
podcast_speed = calc("podcast_speed", {"h": (0, 3, 0), "m": (5, 59, 0),
                                       "x": ["1.25", "1.5", "1.75", "2", "1.2"]},
                     lambda h, m, x: (h * 60 + m) / x, 1, [
    "A podcast is {h} h {m} min long. At {x}x speed, how many minutes will it take? 1 decimal",
    "listening to a {h}h{m}m audiobook chapter at {x}x - real minutes needed (1 dp)?"])
fuel_for_trip = calc("fuel_for_trip", {"d": (50, 1200, 0), "c": (4, 12, 1)},
                     lambda d, c: d * c / 100, 2, [
    "How many litres of fuel for a {d} km trip if the car uses {c} L/100km? 2 decimals",
    "trip of {d} km, consumption {c} l per 100 km - litres needed (2 dp)?"])
fuel_cost_trip = calc("fuel_cost_trip", {"d": (50, 900, 0), "mpg": (20, 50, 0),
                                         "p": ["3.49", "3.89", "4.15", "2.99", "5.09"]},
                      lambda d, mpg, p: d / mpg * p, 2, [
    "Road trip of {d} miles, my car does {mpg} mpg, gas is ${p} a gallon. Fuel cost?",
    "{d} mi at {mpg} miles per gallon with fuel at {p} per gallon - how much will gas cost?"])
range_on_tank = calc("range_on_tank", {"t": (35, 75, 0), "c": (4, 11, 1)},
                     lambda t, c: t / c * 100, 1, [
    "My tank holds {t} L and the car uses {c} L/100 km. How far on a full tank? km to 1 dp",
    "{t} litre tank, {c} l/100km: range in km, one decimal?"])
wage_time = calc("wage_time", {"p": (40, 2000, 0), "w": ["12.50", "15", "18.75", "22", "9.80",
                                                         "27.40"]},
                 lambda p, w: p / w, 2, [
    "I earn {w} an hour. How many hours of work does a {p} purchase cost me? 2 decimals",
    "at ${w}/hr, how many hours do I need to work to pay for a ${p} phone (2 dp)?"])
meeting_point = calc("meeting_point", {"d": (20, 400, 0), "a": (30, 90, 0), "b": (30, 90, 0)},
                     lambda d, a, b: d / (a + b) * 60, 1, [
    "Two friends {d} km apart drive toward each other at {a} km/h and {b} km/h. In how many "
    "minutes do they meet? 1 decimal", "cars {d} km apart head towards each other at {a} and "
    "{b} km/h - minutes until they meet, 1 dp?"])
catch_up = calc("catch_up", {"g": (5, 60, 0), "a": (40, 70, 0), "b": (75, 120, 0)},
                lambda g, a, b: g * a / (b - a), 1, [
    "A bus leaves at {a} km/h. {g} minutes later a car follows at {b} km/h on the same road. "
    "How many minutes after the car sets off does it catch the bus? 1 decimal",
    "runner A at {a} m/min, runner B starts {g} min later at {b} m/min. minutes until B "
    "catches A (1 dp)?"])
time_zone_call = calc("time_zone_call", {"h": (8, 20, 0), "m": ["00", "15", "30", "45"],
                                         "z": ["-9", "-8", "-7", "-6", "-5", "+1", "+2",
                                               "+3", "+8", "+9", "+10"]},
                      lambda h, m, z: h * 60 + m + z * 60, "clock", [
    "My call is at {h}:{m} my time. The other person's clock is {z} hours from mine. What time"
    " is it for them?", "If it's {h}:{m} here and their time zone is {z} h relative to mine, "
    "what time is it there?"])
sleep_hours = calc("sleep_hours", {"bh": (21, 23, 0), "bm": MM, "wh": (5, 8, 0), "wm": MM},
                   lambda bh, bm, wh, wm: (24 * 60 - bh * 60 - bm) + wh * 60 + wm, "hm", [
    "I went to bed at {bh}:{bm} and woke at {wh}:{wm}. How long did I sleep?",
    "bedtime {bh}:{bm}, alarm at {wh}:{wm} next morning - how much sleep is that?"])
commute_year = calc("commute_year", {"m": (15, 75, 0), "d": [200, 220, 230, 240, 250]},
                    lambda m, d: m * 2 * d / 60, 1, [
    "My commute is {m} minutes each way. Over {d} working days, how many hours is that? "
    "1 decimal", "{m} min each way, {d} days a year - total commuting hours (1 dp)?"])
SS = [f"{i:02d}" for i in range(60)]
lap_speed = calc("lap_speed", {"ln": [400, 250, 333], "m": (1, 3, 0), "s": SS},
                 lambda ln, m, s: ln / 1000 / ((m * 60 + s) / 3600), 2, [
    "I ran a {ln} m lap in {m} min {s} s. What's my speed in km/h? 2 decimals",
    "{ln}m in {m}:{s} (min:s, seconds as written) - average speed in kph, 2 dp?"])
bike_cadence = calc("bike_cadence", {"c": (60, 110, 0), "w": ["2.1", "2.2", "2.15"],
                                     "r": ["2.5", "3", "3.2", "2.75", "1.8"]},
                    lambda c, w, r: c * r * w * 60 / 1000, 2, [
    "Pedalling at {c} rpm with a gear ratio of {r} and a wheel circumference of {w} m, what is my"
    " speed in km/h? 2 decimals", "cadence {c} rpm, ratio {r}, wheel {w} m round - km/h (2dp)?"])
printing_time = calc("printing_time", {"p": (50, 2000, 0), "s": [15, 20, 25, 30, 40]},
                     lambda p, s: p / s, "hm", [
    "The printer does {s} pages a minute. How long for {p} pages? nearest minute",
    "{p} pages at {s} ppm - how long, to the nearest minute?"])
water_heater = calc("water_heater", {"v": (50, 300, 0), "dt": (20, 50, 0),
                                     "p": ["2", "3", "3.6", "1.5", "4.5"]},
                    lambda v, dt, p: v * F("4.186") * dt / (p * 3600) * 60, 1, [
    "How many minutes does a {p} kW heater take to warm {v} L of water by {dt} °C? use 4.186 "
    "kJ per kg per °C, 1 L = 1 kg, no losses, 1 decimal",
    "{v} litres, temperature rise {dt} C, {p} kW element, c = 4.186 kJ/kg°C, no heat loss: "
    "minutes? 1 dp"])

ev_charge_cost = cents(ev_charge_cost)
fuel_cost_trip = cents(fuel_cost_trip)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    travel_time, avg_speed, distance_from_speed, arrival_time, departure_time, finish_time_pace,
    download_time, upload_time, ev_charge_time, phone_charge, ev_charge_cost, ev_range,
    fill_pool, tank_drain, two_taps, flow_l_per_h, shower_water, drip_rate, infusion_ml_h,
    walk_steps, swim_laps, flight_with_tz, cook_turkey, bread_proof, reading_time, typing_time,
    podcast_speed, fuel_for_trip, fuel_cost_trip, range_on_tank, wage_time, meeting_point,
    catch_up, time_zone_call, sleep_hours, commute_year, lap_speed, bike_cadence, printing_time,
    water_heater)]
