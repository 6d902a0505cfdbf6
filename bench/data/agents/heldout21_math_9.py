"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 9: money, interest,
wages, travel time, ages and rates of work."""
# ruff: noqa: E501

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import NAMES, exact, fam, money, pick, rounded
from bench.data.agents.heldout21_math_3 import duration
from bench.data.agents.helpers import Family

F = Fraction


@fam
def tip_split(rng: random.Random) -> Any:
    bill = F(rng.randint(4000, 25000), 100)
    t, n = rng.choice([15, 18, 20, 22]), rng.randint(2, 8)
    each = bill * (100 + t) / 100 / n
    return pick(rng, f"dinner was ${money(bill)[0]}, we're tipping {t}% and splitting it {n} ways. how much each? (to the cent, rounding only at the end)",
                f"bill {money(bill)[0]}, add {t}% tip, divide by {n} people evenly — each pays? round just the final figure"), money(each)


@fam
def discount_tax(rng: random.Random) -> Any:
    p = F(rng.randint(1500, 40000), 100)
    d, tx = rng.choice([10, 15, 20, 25, 30]), rng.choice([5, 6, 8, F(17, 2), 7])
    v = p * (100 - d) / 100 * (100 + tx) / 100
    return f"a ${money(p)[0]} item is {d}% off, then {float(tx):g}% sales tax on the sale price. what do I pay? round to cents only at the end", money(v)


@fam
def compound(rng: random.Random) -> Any:
    p, r, y = rng.randint(5, 200) * 100, rng.choice([2, 3, F(7, 2), 4, F(9, 2), 5, 6]), rng.randint(2, 15)
    v = p * (1 + F(r) / 100) ** y
    return pick(rng, f"${p} invested at {float(r):g}% compounded yearly for {y} years. final amount to the cent (no rounding along the way)?",
                f"compound interest: principal {p}, rate {float(r):g}% per year (annual compounding), {y} years — balance? round only the final answer to 2 dp"), money(v)


@fam
def simple_interest(rng: random.Random) -> Any:
    p, r, y = rng.randint(5, 200) * 100, rng.choice([2, 3, F(7, 2), 4, F(9, 2), 5, 6]), rng.randint(2, 10)
    return f"simple interest on {p} at {float(r):g}% a year for {y} years? just the interest", money(p * F(r) / 100 * y)


@fam
def overtime(rng: random.Random) -> Any:
    rate = F(rng.randint(1500, 4000), 100)
    h = rng.randint(41, 55)
    pay = rate * 40 + rate * F(3, 2) * (h - 40)
    return f"I earn ${money(rate)[0]}/hour, with time-and-a-half for hours over 40 in a week. worked {h} hours this week — gross pay?", money(pay)


@fam
def savings_months(rng: random.Random) -> Any:
    goal, have, per = rng.randint(20, 150) * 100, rng.randint(0, 15) * 100, rng.randint(15, 60) * 10
    if have >= goal:
        return None
    return f"I want to save ${goal} for a trip. I have ${have} and put away ${per} a month. how many months until I reach it (whole months)?", \
        exact(-((have - goal) // per))


@fam
def travel_time(rng: random.Random) -> Any:
    d, s = rng.randint(30, 600), rng.choice([40, 45, 50, 60, 65, 70, 80, 90, 100, 110])
    mins = F(d * 60, s)
    if mins.denominator != 1:
        return None
    return pick(rng, f"how long to drive {d} km at {s} km/h?", f"{d} miles at an average {s} mph takes how long"), \
        duration(mins)


@fam
def arrival(rng: random.Random) -> Any:
    h, m = rng.randint(5, 14), rng.randint(0, 59)
    dur = rng.randint(40, 500)
    t = h * 60 + m + dur
    hh, mm = divmod(t % 1440, 60)
    dh, dm = divmod(dur, 60)
    took = f"{dh} h {dm} min" if dh else f"{dm} minutes"
    return f"train leaves at {h:02d}:{m:02d} and the trip takes {took}. what time does it arrive? (24h clock)", \
        [f"{hh:02d}:{mm:02d}", f"{hh}:{mm:02d}"]


@fam
def ages(rng: random.Random) -> Any:
    c, k = rng.randint(4, 15), rng.randint(3, 5)
    p = c * k
    s = p + c
    who = rng.choice(NAMES)
    return f"{who}'s mum is {k} times as old as {who}. together their ages add up to {s}. how old is {who}?", exact(c)


@fam
def meeting(rng: random.Random) -> Any:
    v1, v2 = rng.randint(40, 100), rng.randint(40, 100)
    t = F(rng.randrange(30, 300, 5), 60)
    d = (v1 + v2) * t
    if (d * 10).denominator != 1:
        return None
    forms = duration(t * 60)
    return f"two cars start {float(d):g} km apart and drive toward each other at {v1} and {v2} km/h. how long until they meet?", forms


@fam
def avg_speed(rng: random.Random) -> Any:
    a, b = rng.sample([20, 30, 40, 45, 50, 60, 75, 80, 90, 100, 120], 2)
    v = F(2 * a * b, a + b)
    return f"I drove to town at {a} km/h and back the same road at {b} km/h. average speed for the whole round trip? 2 dp", \
        exact(v) if (v * 100).denominator == 1 else rounded(v)


@fam
def pipes(rng: random.Random) -> Any:
    a, b = rng.sample([2, 3, 4, 5, 6, 8, 10, 12], 2)
    t = F(a * b, a + b)
    return f"one hose fills the pool in {a} hours, another in {b} hours. both together — how many hours? (2 dp if needed)", \
        (exact(t) if (t * 100).denominator == 1 else rounded(t) or []) + (duration(t * 60) if (t * 60).denominator == 1 else [])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    tip_split, discount_tax, compound, simple_interest, overtime, savings_months, travel_time,
    arrival, ages, meeting, avg_speed, pipes)]
