"""Round 21 (``F_u_*``, dev now) for ``muse bench agents``, units part 4: everyday quantities
(paint, tiles, flooring, recipe scaling, electricity cost, unit prices, garden and home)."""

from __future__ import annotations

import math
from fractions import Fraction as F

from bench.data.agents.heldout21_units import calc, cents
from bench.data.agents.helpers import Family


def up(x: F) -> F:
    return F(math.ceil(x))


paint_litres = calc("paint_litres", {"w": (8, 60, 1), "c": [10, 12, 13, 14], "k": [1, 2, 3]},
                    lambda w, c, k: w * k / c, 2, [
    "I'm painting {w} m² of wall with {k} coat(s). The paint covers {c} m² per litre. How many "
    "litres? 2 decimals", "wall area {w} sq m, {k} coats, coverage {c} m2/L - litres of paint "
    "needed (2 dp)?"])
paint_tins = calc("paint_tins", {"ln": (3, 8, 1), "w": (2, 4, 1), "h": ["2.4", "2.5", "2.7"],
                                 "c": [10, 12], "t": ["2.5", "5", "1"]},
                  lambda ln, w, h, c, t: up(2 * (ln + w) * h * 2 / c / t), 0, [
    "Room is {ln} m by {w} m with {h} m high walls. Two coats, paint covers {c} m² per litre, "
    "sold in {t} L tins. How many tins (ignore doors/windows)?",
    "{ln}x{w} m room, walls {h} m tall, 2 coats at {c} m²/L, {t} litre tins - tins to buy?"])
tiles_count = calc("tiles_count", {"a": (2, 30, 1), "t": [20, 30, 33, 45, 60],
                                   "x": [5, 10, 15]},
                   lambda a, t, x: up(a / (t * t / F(10000)) * (1 + x / F(100))), 0, [
    "Floor is {a} m². Tiles are {t}x{t} cm. Add {x}% for cuts and breakage to the exact tile "
    "count, then round up once. How many tiles?",
    "how many {t} cm square tiles for {a} sq m plus {x}% spare? add the spare to the exact "
    "count and round up at the end"])
tile_boxes = calc("tile_boxes", {"ln": (2, 8, 1), "w": (1, 5, 1), "b": ["1.08", "1.44", "0.96",
                                                                       "1.2"]},
                  lambda ln, w, b: up(ln * w * F(11, 10) / b), 0, [
    "Bathroom floor {ln} m x {w} m. Add 10% waste. A box of tiles covers {b} m². Boxes needed?",
    "{ln} by {w} metres, +10% extra, boxes of {b} m2 - how many boxes (round up)?"])
laminate_packs = calc("laminate_packs", {"ln": (3, 9, 1), "w": (2, 6, 1), "p": ["2.13", "1.73",
                                                                               "2.4", "1.95"]},
                      lambda ln, w, p: up(ln * w / p), 0, [
    "Laminate packs cover {p} m² each. My room is {ln} m by {w} m. How many packs?",
    "packs of flooring for a {ln}x{w} m room if each covers {p} sq m? round up"])
carpet_cost = calc("carpet_cost", {"ln": (2, 8, 1), "w": (2, 6, 1), "p": ["18.99", "24.50",
                                                                         "32", "12.75"]},
                   lambda ln, w, p: ln * w * p, 2, [
    "Carpet is {p} per m². Room {ln} m x {w} m. Cost?",
    "how much to carpet {ln} by {w} m at ${p}/sq m?"])
wallpaper_rolls = calc("wallpaper_rolls", {"p": (10, 45, 1), "h": ["2.4", "2.5", "2.6"],
                                           "r": ["5.3", "5.2", "5"]},
                       lambda p, h, r: up(p * h / r), 0, [
    "Walls total {p} m around and {h} m high. One roll of wallpaper covers {r} m². Rolls "
    "needed (round up, ignore pattern repeat)?", "perimeter {p} m, height {h} m, {r} m² per "
    "roll - how many rolls?"])
fence_panels = calc("fence_panels", {"ln": (8, 60, 1), "p": ["1.83", "1.8", "2"]},
                    lambda ln, p: up(ln / p), 0, [
    "My garden fence line is {ln} m long and panels are {p} m wide. How many panels?",
    "{ln} metres of fencing with {p} m panels - number of panels (round up)?"])
mulch_bags = calc("mulch_bags", {"a": (3, 40, 0), "d": [5, 7, 8, 10], "b": [40, 50, 60, 75]},
                  lambda a, d, b: up(a * d * 10 / b), 0, [
    "Bed area {a} m², mulch depth {d} cm. Bags hold {b} litres. How many bags (1 m² x 1 cm = "
    "10 L)?", "how many {b} L bags of mulch to cover {a} sq m {d} cm deep? round up"])
concrete_volume = calc("concrete_volume", {"ln": (1, 6, 1), "w": (1, 4, 1), "d": [10, 15, 20]},
                       lambda ln, w, d: ln * w * d / 100, 3, [
    "Slab {ln} m x {w} m, {d} cm thick. How many cubic metres of concrete?",
    "concrete for a {ln} by {w} m pad {d} cm deep - m³?"])
lawn_seed = calc("lawn_seed", {"a": (20, 400, 0), "r": [25, 30, 35, 50]},
                 lambda a, r: a * r / F(1000), 3, [
    "Lawn of {a} m², sow grass seed at {r} g per m². How many kg of seed?",
    "{a} sq m lawn, {r} g/m2 seeding rate - kilograms needed?"])
recipe_scale = calc("recipe_scale", {"q": (50, 600, 0), "s": [2, 4, 6], "n": [3, 5, 8, 10, 12,
                                                                             7]},
                    lambda q, s, n: None if s == n else q * n / s, 1, [
    "A recipe for {s} people uses {q} g of flour. How much for {n} people? 1 decimal",
    "scaling a recipe from {s} servings to {n}: {q} g butter becomes how many grams (1 dp)?"])
recipe_scale_cups = calc("recipe_scale_cups", {"c": ["0.75", "1.5", "2", "2.25", "1.25"],
                                               "s": [4, 6, 8], "n": [2, 3, 10, 12, 5]},
                         lambda c, s, n: c * n / s, 2, [
    "Recipe serves {s} and needs {c} cups of milk. I'm cooking for {n}. How many cups? 2 decimals",
    "{c} cups sugar for {s} servings -> how many cups for {n} servings? round to 2 dp"])
batch_eggs = calc("batch_eggs", {"e": [2, 3, 4], "c": [12, 18, 24], "n": (30, 200, 0)},
                  lambda e, c, n: up(n / c) * e, 0, [
    "One batch makes {c} cookies and needs {e} eggs. I need at least {n} cookies, "
    "only whole batches. How many eggs?",
    "{n} cupcakes wanted, a batch = {c} cupcakes using {e} eggs. eggs needed "
    "(whole batches only, enough for all of them)?"])
electricity_cost = calc("electricity_cost", {"w": [60, 100, 150, 800, 1200, 2000, 2500, 45],
                                             "h": (1, 12, 1), "d": [7, 30, 31, 365],
                                             "p": ["0.28", "0.15", "0.34", "0.22"]},
                        lambda w, h, d, p: w * h * d / 1000 * p, 2, [
    "A {w} W device runs {h} hours a day. Electricity is {p} per kWh. Cost over {d} days?",
    "how much does it cost to run {w} watts for {h} h/day for {d} days at ${p}/kWh?"])
kwh_from_watts = calc("kwh_from_watts", {"w": (5, 3000, 0), "h": (1, 24, 1)},
                      lambda w, h: w * h / 1000, 3, [
    "How many kWh does a {w} W heater use in {h} hours? 3 decimals",
    "{w} watts for {h} h = how many kilowatt-hours? round to 3 dp"])
standby_cost = calc("standby_cost", {"w": ["0.5", "1", "2", "3.5", "5", "8"],
                                     "p": ["0.25", "0.30", "0.18", "0.40"], "n": (3, 15, 0)},
                    lambda w, p, n: w * n * 24 * 365 / 1000 * p, 2, [
    "I have {n} gadgets each using {w} W on standby all year (365 days, 24 h). At {p} per kWh, "
    "what does standby cost a year?", "standby: {n} devices x {w} watts, 24/7 for 365 days, "
    "${p} per kWh. yearly cost?"])
bulb_savings = calc("bulb_savings", {"o": [40, 60, 75, 100], "n": [5, 6, 7, 8, 9, 10, 12],
                                     "h": (2, 8, 0), "p": ["0.27", "0.32", "0.2"]},
                    lambda o, n, h, p: (o - n) * h * 365 / 1000 * p, 2, [
    "Swapping a {o} W bulb for a {n} W LED, used {h} hours a day, electricity {p}/kWh. Yearly"
    " saving (365 days)?", "how much do I save per year replacing {o}W with {n}W, {h} h daily, "
    "{p} per kWh?"])
unit_price_per_100g = calc("unit_price_per_100g", {"p": ["2.49", "3.19", "4.75", "1.89",
                                                         "5.60", "7.25"],
                                                   "g": [180, 250, 400, 500, 750, 320]},
                           lambda p, g: p / g * 100, 2, [
    "A {g} g pack costs {p}. What's the price per 100 g?",
    "price per 100g for {g}g at ${p}?"])
unit_price_per_kg = calc("unit_price_per_kg", {"p": (1, 30, 2), "g": (150, 2500, 0)},
                         lambda p, g: p / g * 1000, 2, [
    "Price per kg if {g} g costs {p}?", "what's the kilo price of a {g} g bag at ${p}?"])
cost_per_litre = calc("cost_per_litre", {"p": (1, 20, 2), "m": [330, 500, 750, 1500, 2000,
                                                                250]},
                      lambda p, m: p / m * 1000, 2, [
    "A {m} ml bottle costs {p}. What's that per litre?",
    "per-litre price for {m}mL at {p}?"])
cost_per_sheet = calc("cost_per_sheet", {"p": (3, 30, 2), "r": [4, 6, 9, 12, 24],
                                         "s": [150, 200, 240, 300]},
                      lambda p, r, s: p / (r * s) * 100, 2, [
    "Toilet paper: {r} rolls of {s} sheets for {p}. Cost per 100 sheets?",
    "{r}-roll pack, {s} sheets a roll, price {p} - how much per 100 sheets?"])
cost_per_wash = calc("cost_per_wash", {"p": (4, 25, 2), "n": [20, 25, 30, 40, 52, 60]},
                     lambda p, n: p / n * 100, 1, [
    "Detergent costs {p} for {n} washes. How many cents per wash? 1 decimal",
    "{n} loads for ${p} - cents per load (1 dp)?"])
cheaper_diff = calc("cheaper_diff", {"a": (1, 10, 2), "ga": [200, 250, 400, 500],
                                     "b": (1, 15, 2), "gb": [750, 1000, 600, 900]},
                    lambda a, ga, b, gb: abs(a / ga - b / gb) * 1000, 2, [
    "Pack A: {ga} g for {a}. Pack B: {gb} g for {b}. What's the difference in price per kg "
    "between them? (don't round the per-kg prices before subtracting)",
    "difference in price per kilo: {ga}g at {a} vs {gb}g at {b}? round only the final answer"])
multipack_saving = calc("multipack_saving", {"s": (1, 4, 2), "n": [4, 6, 8, 12],
                                             "m": (3, 30, 2)},
                        lambda s, n, m: None if m >= s * n else s * n - m, 2, [
    "Single cans cost {s}. A {n}-pack costs {m}. How much do I save buying the pack instead of "
    "{n} singles?", "{n} singles at {s} each vs a {n}-pack for {m} - saving?"])
cost_per_serving = calc("cost_per_serving", {"p": (2, 40, 2), "g": [500, 750, 1000, 907],
                                             "s": [30, 40, 45, 60]},
                        lambda p, g, s: p / (g / s), 2, [
    "A {g} g tub of protein powder costs {p}. A serving is {s} g. Cost per serving?",
    "{p} for {g}g, {s} g servings - price per serving?"])
fuel_price_total = calc("fuel_price_total", {"ln": (20, 70, 2), "p": (1, 2, 3)},
                        lambda ln, p: ln * p, 2, [
    "I filled up {ln} litres at {p} per litre. What did it cost?",
    "{ln} L of petrol at {p}/L - total?"])
water_bill = calc("water_bill", {"m": (5, 40, 1), "p": ["2.10", "3.45", "1.85", "4.02"],
                                 "f": ["12", "8.50", "15.75"]},
                  lambda m, p, f: m * p + f, 2, [
    "Water costs {p} per m³ plus a fixed charge of {f}. We used {m} m³. Bill?",
    "bill for {m} cubic metres at {p} per m3 plus {f} standing charge?"])
gas_kwh_bill = calc("gas_kwh_bill", {"a": (1000, 9000, 0), "b": (1100, 9900, 0),
                                     "f": ["11.1", "11.2"], "p": ["0.07", "0.065", "0.1"]},
                    lambda a, b, f, p: None if b <= a + 50 else (b - a) * f * p, 2, [
    "Gas meter went from {a} to {b} m³. Convert at {f} kWh per m³ and {p} per kWh. Cost?",
    "meter readings {a} and {b} (m3), {f} kWh/m3, price {p}/kWh - gas cost?"])
solar_payback = calc("solar_payback", {"c": (3000, 15000, 0), "k": (2000, 6000, 0),
                                       "p": ["0.25", "0.30", "0.35"]},
                     lambda c, k, p: c / (k * p), 1, [
    "Solar panels cost {c}. They make {k} kWh a year, each worth {p}. Payback in years? 1 dp",
    "payback period for a {c} install producing {k} kWh/yr at {p} per kWh (years, 1 decimal)?"])
aircon_btu = calc("aircon_btu", {"ln": (3, 9, 1), "w": (3, 7, 1)},
                  lambda ln, w: ln * w * F("10.764") * 20, 0, [
    "Rule of thumb: 20 BTU per sq ft. Room is {ln} m by {w} m (1 m² = 10.764 sq ft). BTU needed?"
    " nearest whole",
    "how many BTU for a {ln}x{w} m room at 20 BTU/ft², 10.764 ft² per m²? nearest whole BTU"])
boxes_for_move = calc("boxes_for_move", {"v": (5, 40, 1), "b": ["0.06", "0.08", "0.1",
                                                                "0.12"]},
                      lambda v, b: up(v / b), 0, [
    "We have about {v} m³ of stuff. Each box holds {b} m³. How many boxes (round up)?",
    "{v} cubic metres to pack in {b} m³ boxes - boxes needed?"])

carpet_cost = cents(carpet_cost)
electricity_cost = cents(electricity_cost)
standby_cost = cents(standby_cost)
bulb_savings = cents(bulb_savings)
unit_price_per_100g = cents(unit_price_per_100g)
unit_price_per_kg = cents(unit_price_per_kg)
cost_per_litre = cents(cost_per_litre)
cost_per_sheet = cents(cost_per_sheet)
cost_per_serving = cents(cost_per_serving)
fuel_price_total = cents(fuel_price_total)
gas_kwh_bill = cents(gas_kwh_bill)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    paint_litres, paint_tins, tiles_count, tile_boxes, laminate_packs, carpet_cost,
    wallpaper_rolls, fence_panels, mulch_bags, concrete_volume, lawn_seed, recipe_scale,
    recipe_scale_cups, batch_eggs, electricity_cost, kwh_from_watts, standby_cost, bulb_savings,
    unit_price_per_100g, unit_price_per_kg, cost_per_litre, cost_per_sheet, cost_per_wash,
    cheaper_diff, multipack_saving, cost_per_serving, fuel_price_total, water_bill, gas_kwh_bill,
    solar_payback, aircon_btu, boxes_for_move)]
