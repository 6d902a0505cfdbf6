"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 12: more everyday word
problems (shopping, bills, grades, clocks, travel and savings)."""

from __future__ import annotations

import math
from fractions import Fraction as F

from bench.data.agents.heldout23_math import NAMES, fam, fmt2, num, pct, pick, rnd
from bench.data.agents.heldout23_math_6 import clock
from bench.data.agents.helpers import Family


@fam
def grocery_total(rng):
    lb, per_lb = rng.randint(2, 6), F(rng.randint(89, 349), 100)
    loaves, loaf = rng.randint(1, 3), F(rng.randint(199, 549), 100)
    milk = F(rng.randint(250, 599), 100)
    v = lb * per_lb + loaves * loaf + milk
    return (
        f"groceries: {lb} lb of apples at ${fmt2(per_lb)}/lb, {loaves} loaves of bread at "
        f"${fmt2(loaf)} each "
        f"and milk for ${fmt2(milk)}. what's the total?"
    ), [num(v)]


@fam
def pre_tax_price(rng):
    price, tax = (
        F(rng.randint(1000, 30000), 100),
        rng.choice([F(5), F(6), F(75, 10), F(8), F(825, 100)]),
    )
    paid = price * (100 + tax) / 100
    if (paid * 100).denominator != 1:
        return None
    return (
        f"paid ${fmt2(paid)} for headphones, and that includes {float(tax):g}% sales tax. "
        f"what was the price before tax?"
    ), [num(price)]


@fam
def birthday_dinner(rng):
    n, bill = rng.randint(4, 9), F(rng.randint(8000, 40000), 100)
    who = rng.choice(NAMES)
    v = bill / (n - 1)
    return (
        f"{n} of us went out for {who}'s birthday, bill was ${fmt2(bill)}. {who} doesn't pay, the "
        "other "
        f"{n - 1} split it evenly. how much does each of us pay? (to the cent)"
    ), [num(v)]


@fam
def babysitting_pay(rng):
    start = rng.randint(64, 76) * 15
    length = rng.randint(8, 16) * 15
    rate = rng.randint(12, 25)
    sh, sm = divmod(start, 60)
    eh, em = divmod(start + length, 60)
    v = F(length, 60) * rate
    return (
        f"babysat from {sh - 12}:{sm:02d}pm to {eh - 12}:{em:02d}pm at ${rate} an hour. how much "
        "do I get?"
    ), [num(v)]


@fam
def roast_start(rng):
    kg = F(rng.randint(3, 12), 4)
    per, extra = rng.choice([20, 25, 30]), rng.choice([15, 20, 25])
    mins = kg * 2 * per + extra
    if mins.denominator != 1:
        return None
    dinner = rng.randint(17, 20) * 60 + rng.choice([0, 30])
    rest = rng.choice([10, 15, 20])
    start = dinner - rest - int(mins)
    return (
        f"roast needs {per} min per 500 g plus {extra} min extra, then {rest} min resting. it's "
        f"{float(kg):g} kg "
        f"and I want to eat at {dinner // 60 - 12}:{dinner % 60:02d}pm. what time does it go in "
        "the oven?"
    ), [clock(start)]


@fam
def final_exam_needed(rng):
    w = rng.choice([30, 40, 50, 25, 35])
    have, target = rng.randint(60, 90), rng.randint(65, 85)
    need = F(target * 100 - have * (100 - w), w)
    if not 0 < need <= 100:
        return None
    return (
        f"the final is worth {w}% of the grade. I'm averaging {have} on everything else (the "
        f"other {100 - w}%). "
        f"what do I need on the final to end up with {target} overall? (2 dp)"
    ), [num(need)]


@fam
def allowance_weeks(rng):
    allowance, keep, goal = (
        rng.randint(8, 30),
        rng.choice([25, 40, 50, 60, 75]),
        rng.randint(40, 300),
    )
    per = F(allowance * keep, 100)
    weeks = math.ceil(goal / per)
    return (
        f"my son gets ${allowance} a week and saves {keep}% of it. he wants a ${goal} game. how "
        "many weeks until he "
        f"can afford it?"
    ), [num(weeks, 0)]


@fam
def road_trip_fuel_split(rng):
    km, use, price, n = (
        rng.randint(150, 900),
        F(rng.randint(55, 95), 10),
        F(rng.randint(140, 220), 100),
        rng.randint(2, 5),
    )
    v = F(km) * use / 100 * price / n
    if rnd(rnd(F(km) * use / 100 * price, 2) / n, 2) != rnd(v, 2):
        return None  # rounding the fuel bill to the cent before splitting would differ
    return (
        f"road trip of {km} km, the car uses {float(use)} L/100 km and fuel is ${fmt2(price)}/L. "
        f"{n} of us split fuel equally — per person?"
    ), [num(v)]


@fam
def electricity_tiers(rng):
    kwh, first = rng.randint(320, 900), rng.choice([200, 250, 300])
    r1, r2, fixed = F(rng.randint(10, 16), 100), F(rng.randint(17, 25), 100), rng.randint(8, 20)
    v = fixed + first * r1 + (kwh - first) * r2
    return (
        f"electric bill: ${fixed} fixed charge, first {first} kWh at ${fmt2(r1)}, everything "
        "above that at "
        f"${fmt2(r2)}/kWh. we used {kwh} kWh. total?"
    ), [num(v)]


@fam
def age_ratio_sum(rng):
    a, b = rng.randint(1, 6), rng.randint(2, 9)
    if a >= b or math.gcd(a, b) != 1:
        return None
    k = rng.randint(3, 12)
    n1, n2 = rng.sample(NAMES, 2)
    return (
        f"{n1}'s and {n2}'s ages are in the ratio {a}:{b} and add up to {(a + b) * k}. how old is "
        f"{n2}?"
    ), [num(b * k, 0)]


@fam
def clock_hands(rng):
    h, m = rng.randint(1, 12), rng.choice(range(0, 60, 5))
    ang = abs(F(30 * (h % 12)) + F(m, 2) - 6 * m)
    ang = min(ang, 360 - ang)
    return pick(
        rng,
        f"what's the angle between the hour and minute hands at {h}:{m:02d}? (smaller angle, "
        "degrees)",
        f"clock shows {h}:{m:02d}. smaller angle between the hands in degrees?",
    ), [num(ang, 1)]


@fam
def square_side(rng):
    s = F(rng.randint(15, 200), 10)
    return (f"a square patio has an area of {float(s * s):g} m². how long is each side?"), [
        num(s, 2)
    ]


@fam
def sleep_share(rng):
    h = F(rng.randint(8, 24), 2)
    what, days = rng.choice([("sleep", 7), ("work", 5), ("am on screens", 7), ("study", 6)])
    v = h * days / 168 * 100
    often = "every day" if days == 7 else f"{days} days a week"
    return pick(
        rng,
        f"if I {what} {float(h):g} hours {often}, what percentage of the week's hours is that? (2 "
        "dp)",
        f"I {what} about {float(h):g} h {often}. what % of the whole week (168 h) is that, 2 "
        "decimals?",
    ), [pct(v)]


@fam
def walking_speed(rng):
    mins = rng.randint(40, 150)
    speed = F(rng.randint(30, 65), 10)
    km = speed * mins / 60
    if (km * 100).denominator != 1:
        return None
    h, m = divmod(mins, 60)
    took = f"{h} h {m} min" if h else f"{m} min"
    return (f"walked {float(km):g} km in {took}. average speed in km/h?"), [num(speed, 2)]


@fam
def water_bottles(rng):
    litres, days, ml = (
        F(rng.randint(4, 14), 4),
        rng.randint(3, 14),
        rng.choice([500, 750, 1000, 1500]),
    )
    n = math.ceil(litres * days * 1000 / ml)
    return (
        f"camping for {days} days, need {float(litres):g} L of water per day. bottles are {ml} mL. "
        f"how many bottles should I pack?"
    ), [num(n, 0)]


@fam
def card_interest_month(rng):
    bal, apr = rng.randint(300, 6000), F(rng.randint(1299, 2999), 100)
    v = bal * apr / 100 / 12
    return (
        f"credit card balance ${bal:,}, APR {float(apr)}%. interest for one month using APR/12? "
        "(nearest cent)"
    ), [num(v)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        grocery_total,
        pre_tax_price,
        birthday_dinner,
        babysitting_pay,
        roast_start,
        final_exam_needed,
        allowance_weeks,
        road_trip_fuel_split,
        electricity_tiers,
        age_ratio_sum,
        clock_hands,
        square_side,
        sleep_share,
        walking_speed,
        water_bottles,
        card_interest_month,
    )
]
