"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 17: part refunds on
receipts, signs for late check-out and taxis, and screenshots of solar panels, homework, typing
tests, fuel prices and race splits."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    Made,
    clock,
    family,
    hm,
    money,
    number,
    receipt,
    shot,
    sign,
)
from bench.data.agents.heldout18_read_7 import mmss
from bench.data.agents.helpers import Family


@family
def partial_refund(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["bike", "chemist", "garden"]),
                               count=(3, 5))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    pct = rng.choice([50, 60, 70, 75, 80, 90])
    return (f"Insurance covers {pct}% of the {a.lower()} and the {b.lower()}, nothing else. How "
            "much will they pay me back? nearest cent", [money(Fraction((ca + cb) * pct, 10000))],
            recipe)


@family
def late_checkout(rng: random.Random) -> Made:
    out = rng.choice([10, 11, 12])
    fee = rng.choice([10, 12, 15, 20, 25])
    cur = rng.choice(["£", "$", "€"])
    leave = out * 60 + rng.randint(10, 300)
    if (leave - out * 60) % 60 == 0:
        return None
    hours = math.ceil((leave - out * 60) / 60)
    words = [f"CHECK-OUT BY {out}:00", "LATE CHECK-OUT", f"{cur}{fee} PER HOUR OR PART HOUR"]
    return (f"We won't be out of the room until {hm(leave)}. How much extra will we be charged?",
            [money(hours * fee)], sign(rng, words))


@family
def taxi_budget_km(rng: random.Random) -> Made:
    flag = rng.randint(250, 600)
    per = rng.randint(140, 320)
    cur = rng.choice(["$", "£", "€"])
    budget = rng.choice([20, 25, 30, 40, 50, 60])
    value = Fraction(budget * 100 - flag, per)
    return (f"I've only got {cur}{budget} for the taxi. Going by this sign, how many km can I "
            "go at most? one decimal, rounded down", [number(math.floor(value * 10) / 10, 1)],
            sign(rng, ["TAXI FARES", f"START {cur}{flag / 100:.2f}",
                       f"PER KM {cur}{per / 100:.2f}"]))


@family
def solar_yield(rng: random.Random) -> Made:
    panels = rng.randint(6, 24)
    watts = rng.choice([350, 380, 400, 410, 430, 450])
    sun = Fraction(rng.randint(20, 60), 10)
    rows = [f"Panels: {panels}", f"Rating: {watts} W each", "Inverter: OK"]
    return (f"If we get {float(sun):.1f} peak sun hours a day, roughly how many kWh should this "
            "system make daily (panels x rating x hours)? one decimal",
            [number(panels * watts * sun / 1000, 1)], shot(rng, "Solar System", rows))


@family
def finish_at_rate(rng: random.Random) -> Made:
    total = rng.randint(12, 40)
    done = rng.randint(3, total - 3)
    start = rng.randrange(15 * 60, 20 * 60, 5)
    per = rng.randint(2, 7)
    now = start + done * per
    rows = [f"Questions done: {done} of {total}", f"Started: {hm(start)}", f"Now: {hm(now)}"]
    return ("If I keep going at the same rate, what time will I finish all of them?",
            [clock(start + total * per)], shot(rng, "Homework", rows))


@family
def typing_wpm(rng: random.Random) -> Made:
    secs = rng.choice([60, 90, 120, 150, 180, 240, 300])
    words = rng.randint(secs // 2, secs * 3 // 2)
    rows = [f"Words typed: {words}", f"Time: {secs // 60}:{secs % 60:02d}",
            f"Errors: {rng.randint(0, 9)}"]
    return ("What's my typing speed in words per minute (ignore the errors)? one decimal",
            [number(Fraction(words * 60, secs), 1)], shot(rng, "Typing Test", rows))


@family
def station_saving(rng: random.Random) -> Made:
    a = rng.randint(1459, 1999)
    b = a - rng.randint(12, 160)
    litres = rng.randint(30, 70)
    cur = rng.choice(["£", "€"])
    rows = [f"Hilltop Fuel: {cur}{a / 1000:.3f}/L", f"Riverside Gas: {cur}{b / 1000:.3f}/L",
            "Updated 10 min ago"]
    return (f"How much would I save filling {litres} litres at the cheaper station instead of "
            "the other? nearest cent", [money(Fraction(litres * (a - b), 1000))],
            shot(rng, "Fuel Prices", rows))


@family
def race_projection(rng: random.Random) -> Made:
    split = rng.randint(40 * 60, 70 * 60)
    dist, name = rng.choice([(Fraction(211, 10), "half marathon (21.1 km)"),
                             (Fraction(15), "15 km race"), (Fraction(42), "42 km marathon")])
    value = split * dist / 10
    if abs(value - math.floor(value) - Fraction(1, 2)) < Fraction(1, 20):
        return None
    m, s = divmod(split, 60)
    rows = ["Race Day", f"10 km split: {m}:{s:02d}", "Heart rate: 162"]
    return (f"If I hold exactly this pace for the whole {name}, what's my finish time? Nearest "
            "second.", [mmss(round(value))], shot(rng, "Watch", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    partial_refund, late_checkout, taxi_budget_km, solar_yield, finish_at_rate, typing_wpm,
    station_saving, race_projection)]
