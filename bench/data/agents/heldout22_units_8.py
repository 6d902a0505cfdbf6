"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 8: electricity costs and
unit-price comparisons."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, num, pick, tenth
from bench.data.agents.helpers import Family


@family
def led_savings(rng: random.Random) -> Made:
    old, new = rng.choice([(60, 9), (75, 11), (100, 14), (40, 6), (60, 8)])
    n = rng.randint(2, 20)
    hrs = rng.randint(2, 8)
    price = F(rng.randint(10, 40), 100)
    v = F((old - new) * n * hrs * 365, 1000) * price
    return pick(
        rng,
        f"replacing {n} {old} W bulbs with {new} W LEDs, on {hrs} h a day. at "
        f"{d(price)}/kWh, yearly saving (365 days)? 2 dp",
        f"Swap {n} bulbs from {old}W to {new}W, used {hrs} hours daily, power costs "
        f"{d(price)} per kWh. Savings per 365-day year?",
    ), [num(v, 2)]


@family
def standby_cost(rng: random.Random) -> Made:
    w = tenth(rng, 0.5, 15)
    price = F(rng.randint(10, 45), 100)
    v = w * 24 * 365 / 1000 * price
    return pick(
        rng,
        f"my TV draws {d(w)} W on standby 24/7. yearly cost (365 days) at {d(price)} "
        f"per kWh? 2 decimals",
        f"{d(w)} watts standby all year (365 d × 24 h), electricity {d(price)}/kWh - cost?",
    ), [num(v, 2)]


@family
def bill_from_meter(rng: random.Random) -> Made:
    a = rng.randint(10000, 80000)
    used = rng.randint(150, 1200)
    price = F(rng.randint(12, 40), 100)
    standing = F(rng.randint(20, 70), 100)
    days = rng.choice([28, 30, 31, 90, 92])
    v = used * price + days * standing
    return pick(
        rng,
        f"meter went from {a} to {a + used} kWh over {days} days. unit rate "
        f"{d(price)}/kWh, standing charge {d(standing)}/day. bill total? 2 dp",
        f"electricity readings {a} → {a + used}, {days}-day period, {d(price)} per kWh "
        f"plus {d(standing)} daily standing charge. how much do I owe?",
    ), [num(v, 2)]


@family
def solar_payback(rng: random.Random) -> Made:
    cost = rng.randint(40, 150) * 100
    kwh = rng.randint(25, 90) * 100
    price = F(rng.randint(15, 40), 100)
    v = cost / (kwh * price)
    return pick(
        rng,
        f"solar panels cost {cost:,}, produce {kwh:,} kWh a year, power is "
        f"{d(price)}/kWh. payback in years? 1 decimal",
        f"{cost} outlay, saves {kwh} kWh/yr at {d(price)} per kWh - years to break even (1 dp)?",
    ), [num(v, 1)]


@family
def price_per_100g(rng: random.Random) -> Made:
    g = rng.choice([150, 180, 200, 250, 300, 340, 400, 450, 500, 750, 1000])
    p = F(rng.randint(99, 1299), 100)
    v = p * 100 / g
    return pick(
        rng,
        f"{g} g pack costs {d(p)}. price per 100 g? 2 decimals",
        f"what's the unit price per 100g of a {g}g item at ${d(p)}? round to the cent",
    ), [num(v, 2)]


@family
def better_deal(rng: random.Random) -> Made:
    a_g, b_g = rng.sample([250, 300, 400, 500, 600, 750, 900, 1000, 1200], 2)
    a_p, b_p = F(rng.randint(150, 900), 100), F(rng.randint(150, 900), 100)
    ua, ub = a_p / a_g, b_p / b_g
    if abs(ua - ub) * 1000 < F(1, 100):
        raise Redraw
    per_kg = min(ua, ub) * 1000
    return pick(
        rng,
        f"which is cheaper per kg: A) {a_g} g for {d(a_p)} or B) {b_g} g for "
        f"{d(b_p)}? tell me the winner's price per kg (2 dp)",
        f"Option A {a_g}g at ${d(a_p)}, option B {b_g}g at ${d(b_p)}. What does the "
        f"better-value one cost per kg, to 2 decimals?",
    ), [num(per_kg, 2)]


@family
def multipack_saving(rng: random.Random) -> Made:
    single = F(rng.randint(50, 400), 100)
    n = rng.choice([4, 6, 8, 10, 12, 24])
    pack = single * n * F(rng.randint(70, 95), 100)
    pack = F(round(pack * 100), 100)
    v = single * n - pack
    return pick(
        rng,
        f"single can {d(single)}, {n}-pack {d(pack)}. how much do I save buying the "
        f"pack vs {n} singles?",
        f"is the {n} pack at ${d(pack)} worth it vs ${d(single)} each? how much cheaper in total?",
    ), [num(v, 2)]


@family
def price_per_litre(rng: random.Random) -> Made:
    ml = rng.choice([330, 500, 750, 1000, 1500, 2000, 250, 1750])
    n = rng.choice([1, 4, 6, 12])
    p = F(rng.randint(99, 2499), 100)
    v = p / (F(ml * n, 1000))
    return pick(
        rng,
        f"{n} x {ml} ml bottles for {d(p)}. price per litre? 2 decimals",
        f"pack of {n} bottles, {ml}mL each, costs ${d(p)} - what's that per litre (2 dp)?",
    ), [num(v, 2)]


@family
def cost_per_use(rng: random.Random) -> Made:
    price = F(rng.randint(2000, 40000), 100)
    uses_week = rng.randint(1, 7)
    weeks = rng.randint(10, 104)
    v = price / (uses_week * weeks)
    return pick(
        rng,
        f"boots cost {d(price)}, I'll wear them {uses_week}x a week for {weeks} "
        f"weeks. cost per wear? 2 dp",
        f"gym gear ${d(price)}, used {uses_week} times/week for {weeks} weeks: price per "
        f"use to the cent?",
    ), [num(v, 2)]


@family
def toilet_paper_sheets(rng: random.Random) -> Made:
    rolls_a, sheets_a, pa = (
        rng.choice([9, 12, 16, 24]),
        rng.randint(150, 300),
        F(rng.randint(400, 1800), 100),
    )
    v = pa * 100 / (rolls_a * sheets_a)
    return pick(
        rng,
        f"{rolls_a} rolls x {sheets_a} sheets for {d(pa)} - cost per 100 sheets? 3 decimals",
        f"toilet paper: {rolls_a} rolls, {sheets_a} sheets each, price ${d(pa)}. price per "
        f"100 sheets (3 dp)?",
    ), [num(v, 3)]


@family
def bulk_vs_small(rng: random.Random) -> Made:
    small, big = rng.choice([(250, 1000), (500, 2000), (400, 1500), (300, 900)])
    ps = F(rng.randint(150, 600), 100)
    pb = F(rng.randint(400, 2000), 100)
    v = ps * F(big, small) - pb
    if v <= 0:
        raise Redraw
    return pick(
        rng,
        f"small {small} g for {d(ps)} or big {big} g for {d(pb)}. how much do I save "
        f"getting {big} g via the big pack instead of the same weight in small packs "
        f"(fractions of packs ok)? 2 dp",
        f"Buying {big}g: big bag ${d(pb)} vs small {small}g bags at ${d(ps)} each (price "
        f"pro rata). Saving with the big bag, to 2 decimals?",
    ), [num(v, 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        led_savings,
        standby_cost,
        bill_from_meter,
        solar_payback,
        price_per_100g,
        better_deal,
        multipack_saving,
        price_per_litre,
        cost_per_use,
        toilet_paper_sheets,
        bulk_vs_small,
    )
]
