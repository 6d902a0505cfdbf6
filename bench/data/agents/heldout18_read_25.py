"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 25: locker charges from
a sign, and screenshots of wash subscriptions, knitting gauge and a concert running order."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    Made,
    clock,
    count,
    family,
    hm,
    money,
    number,
    shot,
    sign,
)
from bench.data.agents.helpers import Family


@family
def locker_cost(rng: random.Random) -> Made:
    block = rng.choice([1, 2, 3, 4])
    price = rng.choice([50, 100, 150, 200])
    cur = rng.choice(["£", "€", "$"])
    minutes = rng.randint(40, 11 * 60)
    if minutes % (block * 60) == 0:
        return None
    blocks = math.ceil(minutes / (block * 60))
    unit = "HOUR" if block == 1 else f"{block} HOURS"
    shown = f"{cur}{price / 100:.2f}" if price % 100 else f"{cur}{price // 100}"
    h, m = divmod(minutes, 60)
    return (f"We'll need the locker for {h} h {m} min. Every started block counts as a full one. "
            "How much will it cost?", [money(blocks * price, True)],
            sign(rng, ["LEFT LUGGAGE LOCKERS", f"{shown} PER {unit}"]))


@family
def break_even_count(rng: random.Random) -> Made:
    sub = rng.randint(1999, 4999)
    single = rng.randint(599, 1599)
    if sub % single == 0:
        return None
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Unlimited plan: {cur}{sub / 100:.2f}/month", f"Single wash: {cur}{single / 100:.2f}",
            "Cancel anytime"]
    n = sub // single + 1
    return ("What's the smallest number of washes a month for which the unlimited plan is "
            "cheaper than paying per wash?", [count(n, "washes")], shot(rng, "Car Wash Club", rows))


@family
def gauge_stitches(rng: random.Random) -> Made:
    per10 = rng.choice([14, 16, 18, 20, 22, 24, 26, 28])
    width = rng.randint(12, 60)
    value = Fraction(per10 * width, 10)
    if abs(value - math.floor(value) - Fraction(1, 2)) < Fraction(1, 20):
        return None
    rows = ["Pattern: Ribbed Scarf", f"Gauge: {per10} stitches = 10 cm", "Needles: 5 mm"]
    return (f"I want it {width} cm wide. How many stitches do I cast on, to the nearest whole "
            "stitch?", [number(round(value))], shot(rng, "Knitting Notes", rows))


@family
def show_end(rng: random.Random) -> Made:
    doors = rng.randrange(18 * 60, 20 * 60, 15)
    support = doors + rng.choice([30, 45, 60])
    sup_len = rng.choice([30, 35, 40, 45])
    head = support + sup_len + rng.choice([20, 25, 30, 40])
    head_len = rng.choice([75, 90, 100, 105, 120])
    rows = [f"Doors: {hm(doors)}", f"Support act: {hm(support)} ({sup_len} min)",
            f"Headliner: {hm(head)} ({head_len} min)"]
    return ("If everything runs to time, when does the headliner finish?",
            [clock(head + head_len)], shot(rng, "Gig Tickets", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    locker_cost, break_even_count, gauge_stitches, show_end)]
