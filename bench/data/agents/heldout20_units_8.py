"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 8: electricity bills,
fuel cost, unit prices, batteries and kitchen ratios."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import Made, R, Redraw, family, grid, pick, show, word
from bench.data.agents.helpers import Family


@family
def kwh_from_meter(rng: random.Random) -> Made:
    a = rng.randint(10000, 90000)
    used = rng.randint(150, 1500)
    price = grid(rng, 0.1, 0.45, 0.01)
    fee = grid(rng, 0, 30, 0.5)
    t = pick(
        rng,
        "Meter went from {a} to {b} kWh this month. {p} per kWh plus a {f} standing charge. Bill "
        "total? 2 decimals",
        "reading {a} -> {b} kWh, rate {p}/kWh, fixed fee {f}. how much is the bill?",
    )
    return t.format(a=a, b=a + used, p=show(price), f=show(fee)), [R(used * price + fee, 2)]


@family
def ev_cost_per_km(rng: random.Random) -> Made:
    eff = grid(rng, 13, 25, 0.5)
    price = grid(rng, 0.1, 0.6, 0.01)
    km = rng.randint(50, 1000)
    t = pick(
        rng,
        "My EV uses {e} kWh per 100 km. Electricity {p}/kWh. Cost to drive {k} km? 2 decimals",
        "{k} km trip, consumption {e} kWh/100km, charging at {p} per kWh - cost?",
    )
    return t.format(e=show(eff), p=show(price), k=km), [R(eff * km / 100 * price, 2)]


@family
def fuel_cost_trip(rng: random.Random) -> Made:
    km = rng.randint(40, 1200)
    l100 = grid(rng, 4, 12, 0.1)
    price = grid(rng, 1.2, 2.2, 0.01)
    t = pick(
        rng,
        "Trip of {k} km, car uses {l} L/100 km, fuel costs {p} per litre. Fuel cost? 2 decimals",
        "how much petrol money for {k} km at {l} l/100km with fuel at {p}/L?",
        "Road trip: {k} km. Consumption {l} litres per 100 km, price {p} a litre. Total fuel cost "
        "to the cent?",
    )
    return t.format(k=km, l=show(l100), p=show(price)), [R(km * l100 / 100 * price, 2)]


@family
def fuel_cost_mpg(rng: random.Random) -> Made:
    mi = rng.randint(30, 900)
    mpg = rng.randint(18, 50)
    price = grid(rng, 2.5, 5.5, 0.01)
    t = pick(
        rng,
        "Driving {m} miles in a car that gets {g} mpg with gas at ${p}/gallon. Cost? 2 decimals",
        "{m} mi trip, {g} miles per gallon, ${p} per gal - gas cost?",
    )
    return t.format(m=mi, g=mpg, p=show(price)), [R(F(mi, mpg) * price, 2)]


@family
def fuel_split_friends(rng: random.Random) -> Made:
    km = rng.randint(100, 1500)
    l100 = grid(rng, 5, 10, 0.1)
    price = grid(rng, 1.3, 2.1, 0.01)
    n = rng.randint(2, 6)
    t = pick(
        rng,
        "{n} of us (including me) split fuel for a {k} km trip, car does {l} L/100km, fuel {p}/L. "
        "Each person's share? 2 decimals",
        "fuel for {k} km at {l}L/100km and {p} a litre, divided equally among {n} people (driver "
        "included). per person?",
    )
    return t.format(n=word(rng, n), k=km, l=show(l100), p=show(price)), [
        R(km * l100 / 100 * price / n, 2)
    ]


@family
def unit_price_per_100g(rng: random.Random) -> Made:
    g = rng.choice([150, 200, 250, 300, 400, 450, 500, 750, 1000, 1200])
    p = grid(rng, 0.8, 12, 0.01)
    t = pick(
        rng,
        "{g} g pack costs ${p}. Price per 100 g? 2 decimals",
        "what's the price per 100g if {g}g is {p}?",
        "Unit price: {p} for {g} grams — per 100 g, to the cent?",
    )
    return t.format(g=g, p=show(p)), [R(p * 100 / g, 2)]


@family
def cheaper_pack_saving(rng: random.Random) -> Made:
    a, b = rng.sample([250, 330, 400, 500, 750, 1000, 1500, 2000], 2)
    pa, pb = grid(rng, 1, 9, 0.01), grid(rng, 1, 9, 0.01)
    ua, ub = pa * 1000 / a, pb * 1000 / b
    if abs(ua - ub) < F(1, 10):
        raise Redraw
    t = pick(
        rng,
        "Bottle A: {a} ml for ${pa}. Bottle B: {b} ml for ${pb}. What's the cheaper price per "
        "litre? 2 decimals",
        "{a}ml at {pa} vs {b}ml at {pb} - give me the lower cost per litre (2 dp)",
    )
    return t.format(a=a, b=b, pa=show(pa), pb=show(pb)), [R(min(ua, ub), 2)]


@family
def bulk_vs_single_saving(rng: random.Random) -> Made:
    single = grid(rng, 0.5, 4, 0.05)
    n = rng.choice([6, 8, 10, 12, 18, 24, 30])
    pack = (single * n * grid(rng, 0.6, 0.95, 0.01)).limit_denominator(100)
    pack = F(math.floor(pack * 100), 100)
    t = pick(
        rng,
        "Single can ${s}, pack of {n} for ${p}. How much do I save per can buying the pack? 2 "
        "decimals",
        "{n}-pack is {p}, one can alone is {s}. saving per can with the pack?",
    )
    return t.format(s=show(single), n=n, p=show(pack)), [R(single - pack / n, 2)]


@family
def cost_per_use(rng: random.Random) -> Made:
    price = rng.randint(20, 900)
    uses = rng.randint(2, 5) * rng.choice([12, 52, 26])
    t = pick(
        rng,
        "Boots cost {p}, I'll wear them about {u} times. Cost per wear? 2 decimals",
        "cost per use for a {p} dollar item used {u} times?",
    )
    return t.format(p=price, u=uses), [R(F(price, uses), 2)]


@family
def subscription_yearly_vs_monthly(rng: random.Random) -> Made:
    m = grid(rng, 4, 25, 0.01)
    y = (m * 12 * grid(rng, 0.7, 0.95, 0.01)).limit_denominator(100)
    y = F(math.floor(y), 1) + F(99, 100)
    if y >= m * 12:
        raise Redraw
    t = pick(
        rng,
        "Monthly plan ${m}, or ${y} per year. How much do I save per year with the annual plan? 2 "
        "decimals",
        "{m}/month vs {y}/year - yearly saving of the annual option?",
    )
    return t.format(m=show(m), y=show(y)), [R(m * 12 - y, 2)]


@family
def battery_runtime(rng: random.Random) -> Made:
    wh = rng.choice([100, 150, 200, 256, 300, 500, 1000])
    w = rng.randint(5, 120)
    eff = rng.choice([F(85, 100), F(9, 10), F(1)])
    h = wh * eff / w
    t = pick(
        rng,
        "A {wh} Wh power bank{e} runs a {w} W device for how many hours? 1 decimal",
        "{wh}Wh battery, {w}W load{e} - runtime in hours (one dp)?",
    )
    e = "" if eff == 1 else f" at {int(eff * 100)}% efficiency"
    return t.format(wh=wh, w=w, e=e), [R(h, 1)]


@family
def solar_payback(rng: random.Random) -> Made:
    cost = rng.randrange(3000, 15001, 100)
    kwh = rng.randrange(2000, 8001, 100)
    price = grid(rng, 0.12, 0.4, 0.01)
    t = pick(
        rng,
        "Solar costs {c} and produces {k} kWh/year, saving {p} per kWh. Payback in years? 1 "
        "decimal",
        "panels: {c} upfront, {k} kWh a year at {p}/kWh saved — years to pay back (one dp)?",
    )
    return t.format(c=cost, k=kwh, p=show(price)), [R(cost / (kwh * price), 1)]


@family
def water_bill_cubic(rng: random.Random) -> Made:
    p = grid(rng, 1.5, 6, 0.01)
    L = rng.randint(50, 400)
    t = pick(
        rng,
        "We use about {l} litres a day. Water costs {p} per m³. Cost for 30 days? 2 decimals",
        "{l} L/day household water, price {p}/m3 (1 m³ = 1000 L), monthly (30 day) cost?",
    )
    return t.format(l=L, p=show(p)), [R(F(L * 30, 1000) * p, 2)]


@family
def pizza_area_value(rng: random.Random) -> Made:
    d1, d2 = sorted(rng.sample([8, 10, 12, 14, 16, 18], 2))
    p1, p2 = grid(rng, 6, 14, 0.5), grid(rng, 10, 24, 0.5)
    t = pick(
        rng,
        "A {a}-inch pizza is ${p} and a {b}-inch is ${q}. How many square inches per dollar does "
        "the {b}-inch give? (π = 3.1416, 1 decimal)",
        '{b} inch pizza for {q} dollars: square inches per dollar? use pi = 3.1416, 1 dp (the {a}" '
        "is {p})",
    )
    return t.format(a=d1, b=d2, p=show(p1), q=show(p2)), [R(F("3.1416") * F(d2, 2) ** 2 / p2, 1)]


@family
def tip_per_person(rng: random.Random) -> Made:
    bill = grid(rng, 20, 400, 0.01)
    tip = rng.choice([10, 12, 15, 18, 20, 22, 25])
    n = rng.randint(2, 8)
    v = bill * (1 + F(tip, 100)) / n
    t = pick(
        rng,
        "Bill is ${b}, we tip {t}% on the bill and split evenly between {n} people. Each pays? 2 "
        "decimals",
        "{n} friends, bill {b}, add {t}% tip, split equally - per person amount?",
    )
    return t.format(b=show(bill), t=tip, n=n), [R(v, 2)]


@family
def turkey_roast_time(rng: random.Random) -> Made:
    kg = grid(rng, 3, 10, 0.1)
    per = rng.choice([40, 45, 50])
    extra = rng.choice([10, 15, 20, 30])
    m = kg * per + extra
    from bench.data.agents.heldout20_units import hm

    mm = int(R(m, 0)[0].replace(",", ""))
    t = pick(
        rng,
        "Roast {p} minutes per kg plus {e} minutes. My turkey is {k} kg. Total time? nearest "
        "minute",
        "{k} kg bird, {p} min/kg + {e} min extra — how long in the oven?",
    )
    return t.format(p=per, e=extra, k=show(kg)), [hm(mm)]


@family
def rice_water(rng: random.Random) -> Made:
    cups = grid(rng, 0.5, 5, 0.25)
    r = rng.choice([F(3, 2), F(2), F(7, 4), F(5, 4)])
    g = rng.choice([185, 190, 200])
    t = pick(
        rng,
        "{c} cups of rice, water ratio {r}:1 by volume. Cups of water (2 decimals)? And if 1 cup "
        "of rice weighs "
        "{g} g, grams of rice?",
        "cooking {c} cups rice, use {r} cups water per cup of rice. water cups (2 dp) + rice grams "
        "({g} g "
        "per cup)?",
    )
    return t.format(c=show(cups), r=show(r), g=g), [R(cups * r, 2), R(cups * g, 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        kwh_from_meter,
        ev_cost_per_km,
        fuel_cost_trip,
        fuel_cost_mpg,
        fuel_split_friends,
        unit_price_per_100g,
        cheaper_pack_saving,
        bulk_vs_single_saving,
        cost_per_use,
        subscription_yearly_vs_monthly,
        battery_runtime,
        solar_payback,
        water_bill_cubic,
        pizza_area_value,
        tip_per_person,
        turkey_roast_time,
        rice_water,
    )
]
