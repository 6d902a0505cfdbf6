"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 11: quick two-step
requests — conversions then money, algebra then a graph, and order or price screens."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import GALLON, LB, MILE, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, screen_of, signed, usd
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num
from bench.data.agents.helpers import Family


@family
def deli_lb_to_kg_price(rng: random.Random) -> Made:
    lb = F(rng.randint(5, 40), 10)
    per_lb = price(rng, 4, 18)
    cost = lb * per_lb
    per_kg = per_lb / LB
    if near(cost, 2, 0.001) or near(per_kg, 2, 0.001):
        return None
    text = (f"Deli ham is ${float(per_lb):.2f}/lb and I want {float(lb):g} lb. What do I pay, and "
            "what's the price per kilogram?")
    return text, [cash(cost), cash(per_kg)]


@family
def milk_gallon_vs_litre(rng: random.Random) -> Made:
    pg = price(rng, 3, 6)
    pl = price(rng, 0.8, 1.8)
    per_l_us = pg / GALLON
    gal_eu = convert(pl * GALLON, "EUR", "USD")
    if near(per_l_us, 2, 0.001) or near(gal_eu, 2, 0.001):
        return None
    text = (f"Milk at home is ${float(pg):.2f} per US gallon; here in Spain it's €{float(pl):.2f} "
            "a litre. What's the US price per litre in dollars, and the Spanish price for a gallon "
            "in dollars (1 EUR = 1.17 USD)?")
    return text, [cash(per_l_us), usd(gal_eu)]


@family
def rent_sqm_sqft(rng: random.Random) -> Made:
    sqm = rng.randint(35, 140)
    rent = rng.randint(700, 2600)
    sqft = F(sqm) / F("0.09290304")
    per = F(rent, sqm)
    if near(sqft, 0) or near(per, 2, 0.001):
        return None
    text = (f"flat is {sqm} m², rent €{rent:,}/month. size in sq ft (nearest whole) and rent per "
            "square metre?")
    return text, [num(sqft, 0), eur(per)]


@family
def solve_then_plot_two_lines(rng: random.Random) -> Made:
    x, y = rng.randint(-5, 6), rng.randint(-5, 6)
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3], 2)
    c1, c2 = y - m1 * x, y - m2 * x

    def line(m: int, c: int) -> str:
        head = {1: "x", -1: "-x"}.get(m, f"{m}x")
        return f"y = {head}" + (f" {signed(c)}" if c else "")
    text = (f"Where do {line(m1, c1)} and {line(m2, c2)} meet? Graph both lines so I can see it.")
    return text, [[f"({x}, {y})", f"({x},{y})", f"x = {x}, y = {y}", f"x={x}, y={y}"], CHART]


@family
def exponential_decay_half(rng: random.Random) -> Made:
    m0 = rng.choice([80, 100, 200, 500])
    half = rng.choice([3, 5, 8, 12])
    t = rng.choice([10, 15, 20, 24])
    left = m0 * 0.5 ** (t / half)
    if near(left, 2):
        return None
    text = (f"A {m0} mg sample has a half-life of {half} hours. How much is left after {t} hours "
            "(2 dp)? And plot the amount over the first 48 hours.")
    return text, [num(left, 2), CHART]


@family
def cone_icecream_volume(rng: random.Random) -> Made:
    r, h = F(rng.randint(20, 40), 10), rng.randint(8, 15)
    vol = math.pi * float(r) ** 2 * h / 3
    scoop = rng.choice([50, 60, 70])
    scoops = vol / scoop
    if near(vol, 1) or near(scoops, 1):
        return None
    text = (f"Ice cream cone: radius {float(r):g} cm, height {h} cm. Volume in cm³ (1 dp)? "
            f"How many {scoop} cm³ scoops would fill it (1 dp)?")
    return text, [num(vol, 1), num(scoops, 1)]


@family
def screen_order_total_shipping(rng: random.Random) -> Made:
    qty = rng.randint(2, 6)
    unit = price(rng, 4, 30)
    ship = price(rng, 3, 12)
    rows = [f"Item: Phone case x{qty}", f"Price each: ${float(unit):.2f}",
            f"Shipping: ${float(ship):.2f}"]
    recipe = screen_of(rng, "Checkout", rows)
    total = qty * unit + ship
    g = convert(total, "USD", "GBP")
    if near(g, 2, 0.001):
        return None
    text = ("checkout screenshot attached — what's the order total with shipping, and roughly "
            "what's that in pounds? (1 EUR = 1.17 USD = 0.87 GBP, to the penny)")
    return text, [cash(total), gbp(g)], {"image": recipe}


@family
def screen_thermostat_energy(rng: random.Random) -> Made:
    f = rng.randint(62, 78)
    target = rng.randint(64, 74)
    if f == target:
        return None
    recipe = screen_of(rng, "Thermostat", [f"Current: {f}°F", f"Target: {target}°F", "Mode: Auto"])
    c = (F(f) - 32) * 5 / 9
    diff_c = abs(F(target - f)) * 5 / 9
    if near(c, 1) or near(diff_c, 1):
        return None
    text = ("My thermostat shows this. What's the current temperature in °C (1 dp), and how many "
            "Celsius degrees apart are current and target (1 dp)?")
    return text, [num(c, 1), num(diff_c, 1)], {"image": recipe}


@family
def commute_miles_year_co2(rng: random.Random) -> Made:
    mi = rng.randint(5, 35)
    days = rng.choice([200, 220, 230])
    gco2 = rng.choice([120, 150, 170, 200])
    km_year = F(mi * 2 * days) * MILE
    kg = km_year * gco2 / 1000
    if near(km_year, 0) or near(kg, 0) or near(F(round(km_year)) * gco2 / 1000, 0):
        return None
    text = (f"I drive {mi} miles each way to work, {days} days a year. Annual distance in km "
            f"(nearest km)? If my car emits {gco2} g CO2 per km, how many kg CO2 a year (nearest "
            "kg)?")
    alt = F(round(km_year)) * gco2 / 1000
    return text, [num(km_year, 0), num(kg, 0) + num(alt, 0)]


@family
def pct_tip_then_split_uneven(rng: random.Random) -> Made:
    bill = price(rng, 60, 220)
    tip = rng.choice([15, 18, 20])
    total = bill * (100 + tip) / 100
    mine = price(rng, 15, 40)
    share = mine * (100 + tip) / 100
    if mine >= bill or near(total, 2, 0.001) or near(share, 2, 0.001):
        return None
    text = (f"Dinner bill ${float(bill):.2f}, we're adding {tip}% tip. Total with tip? My dishes "
            f"came to ${float(mine):.2f} — if I pay for mine plus the same {tip}%, what's my "
            "part?")
    return text, [cash(total), cash(share)]


@family
def volume_concrete_bags(rng: random.Random) -> Made:
    a, b = F(rng.randint(10, 40), 10), F(rng.randint(10, 40), 10)
    d = rng.choice([8, 10, 12, 15])
    vol = a * b * F(d, 100)
    bag = F(rng.choice([10, 12, 15]), 1000)
    bags = math.ceil(vol / bag)
    text = (f"Concrete pad {float(a):g} m × {float(b):g} m, {d} cm thick. Cubic metres needed? "
            f"Each bag makes {float(bag * 1000):g} litres of concrete — how many bags?")
    return text, [num(vol, 3), [f"{bags} bags"]]


@family
def age_days_and_heartbeats(rng: random.Random) -> Made:
    years = rng.randint(18, 70)
    bpm = rng.choice([60, 65, 70, 72, 75])
    days = years * 365
    beats = days * 24 * 60 * bpm
    text = (f"Ignoring leap years, how many days old is someone who just turned {years}? And at "
            f"{bpm} bpm, how many heartbeats is that, straight from those numbers?")
    return text, [[str(days), f"{days:,}"], [str(beats), f"{beats:,}"]]


@family
def recipe_oz_to_grams_cost(rng: random.Random) -> Made:
    oz = rng.choice([4, 6, 8, 10, 12, 16])
    g = F(oz) * F("28.349523125")
    per_kg = price(rng, 6, 30)
    cost = g / 1000 * per_kg
    if near(g, 0) or near(cost, 2, 0.001) or near(F(round(g)) / 1000 * per_kg, 2, 0.001):
        return None
    text = (f"recipe says {oz} oz of parmesan (weight ounces). how many grams is that (nearest "
            f"gram), and at €{float(per_kg):.2f} per kg what does it cost?")
    alt = F(round(g)) / 1000 * per_kg
    return text, [num(g, 0), eur(cost) + eur(alt)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    deli_lb_to_kg_price, milk_gallon_vs_litre, rent_sqm_sqft, solve_then_plot_two_lines,
    exponential_decay_half, cone_icecream_volume, screen_order_total_shipping,
    screen_thermostat_energy, commute_miles_year_co2, pct_tip_then_split_uneven,
    volume_concrete_bags, age_days_and_heartbeats, recipe_oz_to_grams_cost)]
