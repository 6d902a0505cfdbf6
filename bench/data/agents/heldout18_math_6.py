"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 6: mileage claims,
worst-case draws, party budgets, mirror clocks, data plans and card payments, then total
probability, average growth, singular matrices, circles, exponential fits and tangents."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_math import (
    F,
    Made,
    family,
    frac,
    money,
    near,
    num,
    pct,
    whole,
    xeq,
)
from bench.data.agents.helpers import Family


@family
def mileage_claim(rng: random.Random) -> Made:
    trips = [rng.randint(12, 180) for _ in range(rng.randint(3, 6))]
    rate, parking = F(rng.choice([30, 35, 42, 45, 58, 67]), 100), rng.randint(0, 40)
    total = sum(trips) * rate + parking
    return (f"Expense claim: work trips of {', '.join(map(str, trips))} km this month, paid at "
            f"${float(rate):.2f} per km, plus ${parking} parking. What do I claim?",
            [money(total)])


@family
def sock_guarantee(rng: random.Random) -> Made:
    r, b, g = rng.randint(4, 20), rng.randint(4, 20), rng.randint(2, 15)
    k = rng.choice([2, 3])
    return (f"My drawer has {r} red, {b} blue and {g} green socks all mixed up, and the light's "
            f"broken. How many socks must I pull out to be certain I have at least {k} red "
            "ones?", [whole(b + g + k)])


@family
def party_max_guests(rng: random.Random) -> Made:
    venue, per = rng.randint(150, 900), F(rng.randint(1850, 6500), 100)
    budget = rng.randint(15, 60) * 100
    n = int((budget - venue) / per)
    if (budget - venue) / per == n:
        return None
    return (f"Venue hire is ${venue} flat and catering is ${float(per):.2f} a head. Our budget "
            f"is ${budget:,}. What's the largest number of guests we can invite?", [whole(n)])


@family
def mirror_clock(rng: random.Random) -> Made:
    h, m = rng.randint(1, 11), rng.choice(range(1, 60))
    total = (12 * 60 - (h * 60 + m)) % (12 * 60)
    ah, am = divmod(total, 60)
    ah = ah or 12
    return (f"Looking at the wall clock (an ordinary analogue one, no numbers) in the mirror, it "
            f"appears to say {h}:{m:02d}. What time is it really?", [[f"{ah}:{am:02d}"]])


@family
def data_usage_projection(rng: random.Random) -> Made:
    days, month = rng.randint(6, 20), rng.choice([30, 31])
    used = F(rng.randint(150, 2400), 100)
    cap = rng.choice([5, 10, 15, 20, 30])
    proj = used / days * month
    if near(proj, 1) or proj > 60:
        return None
    return (f"I've used {float(used):g} GB of mobile data in the first {days} days of a "
            f"{month}-day billing cycle; my plan has {cap} GB. At the same daily rate, how much "
            "will I have used by the end of the cycle? (GB, one decimal)", [num(proj, 1)])


@family
def card_min_payment(rng: random.Random) -> Made:
    bal = F(rng.randint(30000, 500000), 100)
    pc, floor = rng.choice([2, 3, 5]), rng.choice([25, 35, 40])
    pay = max(bal * pc / 100, F(floor))
    if near(pay):
        return None
    return (f"Credit card statement balance ${float(bal):,.2f}. Minimum payment is {pc}% of the "
            f"balance or ${floor}, whichever is greater. What's the minimum payment?",
            [money(pay)])


@family
def total_probability_factories(rng: random.Random) -> Made:
    a = rng.choice(range(20, 80, 5))
    da, db = rng.randint(1, 9), rng.randint(1, 9)
    p = F(a * da + (100 - a) * db, 10000)
    return (f"Factory A makes {a}% of our phone cases and {da}% of its output is faulty; "
            f"factory B makes the rest, with {db}% faulty. A case is chosen at random. What's the "
            "probability it is faulty?", [frac(p) + pct(p * 100, 2)])


@family
def average_growth_rate(rng: random.Random) -> Made:
    rates = [rng.choice([x for x in range(-15, 31) if x]) for _ in range(rng.randint(3, 5))]
    prod = math.prod(1 + r / 100 for r in rates)
    g = (prod ** (1 / len(rates)) - 1) * 100
    if near(g, 2):
        return None
    shown = ", ".join(f"{'+' if r > 0 else ''}{r}%" for r in rates)
    return (f"My shop's yearly sales changes were {shown}. What was the average annual growth "
            "rate (compound, i.e. geometric)? percent to 2 dp", [pct(g, 2)])


@family
def singular_matrix_k(rng: random.Random) -> Made:
    a, b, d = rng.randint(-6, 9), rng.choice([-5, -4, -3, -2, 2, 3, 4, 5]), rng.randint(-9, 9)
    k = F(a * d, b)
    if a == 0:
        return None
    return (f"For which value of k is the matrix [[{a}, k], [{b}, {d}]] not invertible?",
            [xeq("k", k)])


@family
def circle_from_diameter(rng: random.Random) -> Made:
    cx, cy = rng.randint(-8, 8), rng.randint(-8, 8)
    dx, dy, r = rng.choice([(3, 4, 5), (4, 3, 5), (5, 12, 13), (6, 8, 10), (8, 6, 10), (0, 7, 7),
                            (9, 0, 9), (12, 5, 13)])
    sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
    p1, p2 = (cx + sx * dx, cy + sy * dy), (cx - sx * dx, cy - sy * dy)
    return (f"The points ({p1[0]}, {p1[1]}) and ({p2[0]}, {p2[1]}) are the ends of a diameter. "
            "Give the centre and radius of the circle.",
            [[f"({cx},{cy})"], [f"r = {r}", f"r={r}", f"radius {r}", f"radius is {r}",
                                 f"radius: {r}", f"radius = {r}", f"radius of {r}", f"r: {r}",
                                 f"={r * r}"]])


@family
def exp_through_points(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.choice([2, 3, 4, 5, F(1, 2), F(3, 2)])
    x1, x2 = sorted(rng.sample(range(0, 6), 2))
    y1, y2 = a * F(b) ** x1, a * F(b) ** x2
    if y1.denominator > 1000 or y2.denominator > 1000:
        return None
    return (f"Find a and b so that y = a·b^x passes through ({x1}, {y1}) and ({x2}, {y2}).",
            [xeq("a", F(a)), xeq("b", F(b))])


@family
def tangent_length(rng: random.Random) -> Made:
    r, d = rng.randint(2, 15), 0
    d = r + rng.randint(2, 20)
    length = math.sqrt(d * d - r * r)
    if near(length, 2) or length.is_integer():
        return None
    return (f"A point is {d} cm from the centre of a circle of radius {r} cm. How long is a "
            "tangent from the point to the circle? 2 d.p.", [num(length, 2)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    mileage_claim, sock_guarantee, party_max_guests, mirror_clock, data_usage_projection,
    card_min_payment, total_probability_factories, average_growth_rate, singular_matrix_k,
    circle_from_diameter, exp_through_points, tangent_length)]
