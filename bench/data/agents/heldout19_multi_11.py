"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 11: more chained asks
(marks needed, loans, unit prices, hotels, circle to square, trip days, race pace)."""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout19_multi import (
    NAMES,
    F,
    Req,
    Tie,
    dec,
    glue,
    made,
    money,
    num,
    same,
    say_date,
    whole,
)
from bench.data.agents.helpers import Family

Out = tuple[str, Req]


def c_average_needed(rng: random.Random) -> Out:
    scores = [rng.randint(55, 98) for _ in range(rng.randint(3, 6))]
    target = rng.randint(70, 90)
    need = target * (len(scores) + 1) - sum(scores)
    if not 40 <= need <= 100:
        raise Tie
    t = rng.choice(
        [
            f"My test scores are {', '.join(map(str, scores))}. What's my average (1 dp), "
            f"and what do I need on the next test to average {target}?",
            f"scores so far: {' '.join(map(str, scores))}. mean to 1 decimal? score needed "
            f"next time for an overall average of {target}?",
        ]
    )
    return t, [num(F(sum(scores), len(scores)), 1), whole(need)]


def c_simple_loan(rng: random.Random) -> Out:
    p, r, y = rng.randint(10, 200) * 100, rng.choice([3, 4, 5, 6, 7, 8, F(9, 2)]), rng.randint(1, 5)
    interest = p * F(r) * y / 100
    t = rng.choice(
        [
            f"Borrowing ${p:,} at {dec(F(r))}% simple interest for {y} years: total interest, "
            f"and the monthly payment if I repay principal plus interest over {12 * y} months?",
            f"simple interest on {p} dollars at {dec(F(r))}% for {y} yr? then total owed / "
            f"{12 * y} months",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " What is the monthly payment in euros at $1 = €0.86?",
                " And that monthly amount in EUR (rate 0.86)?",
            ]
        ),
    )
    mon = (p + interest) / (12 * y)
    return t, [num(interest), num(mon), same(mon * F("0.86"), r2(mon) * F("0.86"))]


def c_unit_price(rng: random.Random) -> Out:
    big, bp = rng.choice([F(5, 2), F(2), F(3), F(5)]), F(rng.randint(400, 1400), 100)
    small, sp = rng.choice([500, 750, 400, 250]), F(rng.randint(150, 600), 100)
    a, b = bp / big, sp * 1000 / small
    t = rng.choice(
        [
            f"{dec(big)} kg bag for ${money(bp)} or a {small} g bag for ${money(sp)} — price "
            "per kg of each?",
            f"compare: ${money(bp)} for {dec(big)}kg vs ${money(sp)} for {small}g. cost per kg "
            "for both",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " And the big bag's weight in lb (1 kg = 2.2046 lb, 2 dp)?",
                " Also how many pounds is the big bag, 2.2046 lb/kg, 2 decimals",
            ]
        ),
    )
    return t, [num(a), num(b), num(big * F("2.2046"))]


def c_hotel_split(rng: random.Random) -> Out:
    nights, rate, people = rng.randint(2, 7), rng.randint(60, 240), rng.randint(2, 5)
    total = F(nights * rate) * F("1.16")
    t = rng.choice(
        [
            f"Hotel is £{rate} a night for {nights} nights. Total in euros at £1 = €1.16, "
            f"then split between {people} of us?",
            f"{nights} nights x £{rate}, convert to EUR (1.16) and divide by {people}",
        ]
    )
    return t, [num(total), num(total / people)]


def c_circle_square(rng: random.Random) -> Out:
    r = rng.randint(2, 30)
    area = math.pi * r * r
    t = rng.choice(
        [
            f"Area of a circle with radius {r} cm (2 dp), and the side of a square with the "
            "same area (2 dp)?",
            f"circle r = {r} cm: area to 2 decimals, then a square of equal area — its side?",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " Also the circle's area in square inches (1 in² = 6.4516 cm², 2 dp).",
                " And that area in sq in, 6.4516 cm² each, 2 decimals?",
            ]
        ),
    )
    return t, [
        num(area),
        same(math.sqrt(area), math.sqrt(r2(F(area)))),
        same(area / 6.4516, r2(F(area)) / F("6.4516")),
    ]


def c_days_weeks(rng: random.Random) -> Out:
    a = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 150))
    b = a + dt.timedelta(days=rng.randint(20, 200))
    d = (b - a).days
    if d % 7 == 0:
        raise Tie
    name = rng.choice(NAMES)
    t = rng.choice(
        [
            f"How many days from {say_date(a, rng)} to {say_date(b, rng)} 2026, and how many "
            "full weeks is that?",
            f"{name}'s trip is {say_date(a, rng)} → {say_date(b, rng)} (2026). days? whole weeks?",
        ]
    )
    cost = rng.choice([45, 60, 85, 120])
    t = glue(
        t, f" The hotel is €{cost} a night, checking in on the first date, out on the last — total?"
    )
    return t, [
        num(F(d * cost)),
        [*whole(d), f"{d} days"],
        [f"{d // 7} weeks", f"{d // 7} full weeks", f"{d // 7} whole weeks", f"weeks: {d // 7}",
         f"weeks = {d // 7}", f"{d // 7} complete weeks"],
    ]


def c_half_marathon(rng: random.Random) -> Out:
    sec = rng.randint(260, 420)
    dist = rng.choice(
        [
            ("a 10K", 10),
            ("a half marathon (21.1 km)", F("21.1")),
            ("15 km", 15),
            ("a marathon (42.2 km)", F("42.2")),
        ]
    )
    if (dist[1] * sec * 2).denominator == 1 and (dist[1] * sec).denominator != 1:
        raise Tie
    if sec * 1609 % 1000 == 500:
        raise Tie
    total = int(dist[1] * sec + F(1, 2))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    per_mile = int(sec * F("1.609") + F(1, 2))
    t = rng.choice(
        [
            f"At {sec // 60}:{sec % 60:02d} per km, how long would {dist[0]} take (nearest "
            "second), and what's that pace per mile (1 mi = 1.609 km)?",
            f"pace {sec // 60}:{sec % 60:02d}/km: finish time for {dist[0]}? and pace per "
            "mile (1.609 km), to the second",
        ]
    )
    fin = [f"{h}:{m:02d}:{s:02d}"] if h else [f"{m}:{s:02d}", f"0:{m:02d}:{s:02d}"]
    return t, [fin, [f"{per_mile // 60}:{per_mile % 60:02d}"]]


def m_walk_steps(rng: random.Random) -> Out:
    km, step = F(rng.randint(10, 120), 10), rng.choice([F("0.7"), F("0.75"), F("0.8"), F("0.65")])
    steps = km * 1000 / step
    kcal = rng.choice([F("0.04"), F("0.05")])
    t = rng.choice(
        [
            f"I walked {dec(km)} km with a {dec(step)} m stride. Roughly how many steps "
            f"(nearest whole), and kcal burned at {dec(kcal)} kcal per step (nearest whole)?",
            f"steps in {dec(km)} km if each is {dec(step)} m? and calories @ {dec(kcal)}/step"
            " (both rounded)",
        ]
    )
    n = int(near(steps))
    t = glue(
        t,
        rng.choice(
            [
                " And the distance in miles (1 mile = 1.609 km, 2 dp)?",
                "; also km to miles at 1.609, 2 decimals",
            ]
        ),
    )
    return t, [whole(n), same(n * kcal, steps * kcal, 0), num(km / F("1.609"))]


def near(x: F) -> F:
    if abs((x - int(x)) - F(1, 2)) < F(1, 1000):
        raise Tie
    return x + F(1, 2)


def m_tiles(rng: random.Random) -> Out:
    a, b = F(rng.randint(20, 60), 10), F(rng.randint(20, 60), 10)
    tile, price = rng.choice([30, 40, 50, 60]), F(rng.randint(120, 900), 100)
    n = math.ceil(a * b * 10000 / (tile * tile))
    t = rng.choice(
        [
            f"Floor is {dec(a)} m × {dec(b)} m. Area in m² (2 dp), how many {tile}×{tile} cm "
            f"tiles (floor area ÷ tile area, round up), and their cost at ${money(price)} each?",
            f"{dec(a)} by {dec(b)} metres: area? {tile} cm square tiles needed (area ÷ tile area, "
            f"rounded up)? cost"
            f" at ${money(price)} a tile?",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " Also the area in sq ft (10.764 per m², 1 dp).",
                " And the floor in square feet (1 m² = 10.764 sq ft), 1 decimal",
            ]
        ),
    )
    return t, [num(a * b), whole(n), num(n * price), num(a * b * F("10.764"), 1)]


def m_series_plot(rng: random.Random) -> Out:
    n = rng.randint(8, 60)
    t = rng.choice(
        [
            f"What's 1² + 2² + ... + {n}², and plot y = x² from 0 to {n}",
            f"sum of squares 1^2 + 2^2 + … + {n}^2? also graph y = x^2",
        ]
    )
    return t, [whole(n * (n + 1) * (2 * n + 1) // 6), PLOT]


def m_lb_average(rng: random.Random) -> Out:
    ws = [F(rng.randint(1200, 2600), 10) for _ in range(rng.randint(4, 7))]
    mean = sum(ws, F(0)) / len(ws)
    t = rng.choice(
        [
            f"My last weigh-ins in lb: {', '.join(dec(w) for w in ws)}. Average in lb (1 "
            "dp), then convert that average to kg (1 lb = 0.4536 kg, 1 dp)",
            f"avg of {' / '.join(dec(w) for w in ws)} pounds, and in kilos (0.4536), 1 dp each",
        ]
    )
    return t, [num(mean, 1), same(mean * F("0.4536"), r2(mean, 1) * F("0.4536"), 1)]


FAMILIES: list[tuple[Family, int]] = [
    (made(f.__name__, f), 10)
    for f in (
        c_average_needed,
        c_simple_loan,
        c_unit_price,
        c_hotel_split,
        c_circle_square,
        c_days_weeks,
        c_half_marathon,
        m_walk_steps,
        m_tiles,
        m_series_plot,
        m_lb_average,
    )
]
