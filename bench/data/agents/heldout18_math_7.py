"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 7: covering a friend's
share, savings challenges, double-sided printing, training plans, then frustums, independent
events, integrals of |x - a|, exponential derivatives, series, angles between lines, regular
polygons and seating."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_math import F, Made, family, frac, money, near, num, whole
from bench.data.agents.helpers import Family


@family
def birthday_share_cover(rng: random.Random) -> Made:
    n, bill = rng.randint(4, 12), F(rng.randint(8000, 60000), 100)
    tip = rng.choice([0, 15, 18, 20])
    total = bill * F(100 + tip, 100)
    each = total / (n - 1)
    if near(each):
        return None
    tipped = f" plus a {tip}% tip" if tip else ""
    return (f"{n} of us at dinner for Sam's birthday. The bill is ${float(bill):.2f}{tipped}, "
            "and Sam doesn't pay — the rest of us split it evenly. What does each of us pay? "
            "(nearest cent)", [money(rounded2(each))])


def rounded2(x: F) -> F:
    return F(math.floor(x * 100 + F(1, 2)), 100)


@family
def savings_challenge(rng: random.Random) -> Made:
    step, weeks = rng.choice([1, 2, 5]), rng.randint(12, 52)
    total = step * weeks * (weeks + 1) // 2
    return (f"Doing the savings challenge where you put in ${step} in week 1, ${2 * step} in "
            f"week 2, ${3 * step} in week 3 and so on. How much will I have saved after "
            f"{weeks} weeks?", [money(F(total))])


@family
def print_sheets(rng: random.Random) -> Made:
    pages, copies = rng.randint(5, 61), rng.randint(8, 45)
    per = rng.choice([1, 2])
    sheets = math.ceil(F(pages, 2 * per)) * copies
    layout = "" if per == 1 else ", 2 pages per side"
    return (f"I need {copies} copies of a {pages}-page handout, printed double-sided{layout}, "
            "each copy on its own sheets. How many sheets of paper do I need?", [whole(sheets)])


@family
def long_run_progression(rng: random.Random) -> Made:
    start, pc, weeks = rng.randint(8, 16), rng.choice([5, 8, 10, 12]), rng.randint(3, 9)
    dist = start * (1 + pc / 100) ** weeks
    if near(dist, 1):
        return None
    return (f"My long run this week is {start} km. If I add {pc}% to it every week, how long "
            f"will the long run be {weeks} weeks from now? km to 1 dp", [num(dist, 1)])


@family
def bucket_frustum(rng: random.Random) -> Made:
    r1, r2, h = rng.randint(8, 14), rng.randint(10, 18), rng.randint(20, 40)
    if r1 >= r2:
        return None
    vol = math.pi * h * (r1 * r1 + r1 * r2 + r2 * r2) / 3 / 1000
    if near(vol, 2):
        return None
    return (f"A bucket is a frustum of a cone: bottom diameter {2 * r1} cm, top diameter "
            f"{2 * r2} cm, height {h} cm. How many litres does it hold when full? (2 dp)",
            [num(vol, 2)])


@family
def exactly_one_event(rng: random.Random) -> Made:
    a, b = rng.randint(10, 95), rng.randint(10, 95)
    p = F(a * (100 - b) + b * (100 - a), 10000)
    return (f"Train on time probability {a}%, bus on time {b}%, independent. Probability "
            "that exactly one of them is on time?", [[*frac(p), f"{float(p * 100):g}%"]])


@family
def abs_integral(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.randint(2, 14)
    if a >= b:
        return None
    val = F(a * a, 2) + F((b - a) ** 2, 2)
    return (f"∫_0^{b} |x − {a}| dx", [frac(val)])


@family
def exp_base_slope(rng: random.Random) -> Made:
    base, x0 = rng.choice([2, 3, 5, 10, 1.5]), rng.randint(-2, 5)
    if base ** x0 > 1000:
        return None
    val = base ** x0 * math.log(base)
    if near(val, 4):
        return None
    return (f"derivative of {base:g}^x at x = {x0}, to 4 decimal places", [num(val, 4)])


@family
def arith_geo_series(rng: random.Random) -> Made:
    k, c = rng.randint(2, 9), rng.randint(1, 5)
    val = F(c * k, (k - 1) ** 2)
    lead = "" if c == 1 else str(c)
    return (f"What is the sum of the infinite series Σ (n=1 to ∞) {lead}n/{k}^n ?", [frac(val)])


@family
def angle_between_lines(rng: random.Random) -> Made:
    m1, m2 = rng.sample([-4, -3, -2, -1, F(-1, 2), F(1, 2), 1, 2, 3, 5], 2)
    if m1 * m2 == -1:
        return None
    ang = math.degrees(math.atan(abs((m1 - m2) / (1 + m1 * m2))))
    if near(ang, 2):
        return None
    return (f"acute angle between the lines y = {m1}x + 1 and y = {m2}x - 3, in degrees (2dp)?",
            [[f"{v}°" for v in num(ang, 2)] + [f"{v} degrees" for v in num(ang, 2)] +
             num(ang, 2)])


@family
def regular_polygon_area(rng: random.Random) -> Made:
    n, r = rng.choice([5, 7, 8, 9, 10, 12]), rng.randint(3, 25)
    area = n * r * r * math.sin(2 * math.pi / n) / 2
    if near(area, 2):
        return None
    names = {5: "pentagon", 7: "heptagon", 8: "octagon", 9: "nonagon", 10: "decagon",
             12: "dodecagon"}
    return (f"A regular {names[n]} is inscribed in a circle of radius {r} cm. Find its area to "
            "2 decimal places.", [num(area, 2)])


@family
def not_adjacent_seating(rng: random.Random) -> Made:
    n, kind = rng.randint(5, 11), rng.randrange(3)
    if kind == 0:
        total = math.factorial(n) - 2 * math.factorial(n - 1)
        rule = "two of them have fallen out and refuse to sit next to each other"
    elif kind == 1:
        total = 2 * math.factorial(n - 1)
        rule = "a couple among them insists on sitting together"
    else:
        total = 6 * math.factorial(n - 2)
        rule = "three siblings among them want to sit side by side as a block"
    return (f"{n} friends sit in a row of {n} cinema seats, but {rule}. How many seating "
            "arrangements are possible?", [whole(total)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    birthday_share_cover, savings_challenge, print_sheets, long_run_progression, bucket_frustum,
    exactly_one_event, abs_integral, exp_base_slope, arith_geo_series, angle_between_lines,
    regular_polygon_area, not_adjacent_seating)]
