"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 12: more app screenshot
questions (health, home, travel, money, school, carts)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_read import Made, family, money, number, shot, tie
from bench.data.agents.heldout17_read_5 import (
    span,
)
from bench.data.agents.helpers import Family


@family
def follower_growth(rng: random.Random) -> Made:
    before = rng.randint(400, 9000)
    now = before + rng.randint(20, before // 3)
    value = Fraction(100 * (now - before), before)
    if tie(value, 1):
        return None
    rows = [f"Followers: {now:,}", f"Last month: {before:,}"]
    return (
        "By what percent did my followers grow since last month? 1 decimal please",
        [[f"{t}%" for t in number(value, 1)]],
        shot(rng, "Insights", rows),
    )


@family
def oven_celsius(rng: random.Random) -> Made:
    f = rng.choice([325, 340, 350, 375, 390, 400, 425, 450])
    value = Fraction(f - 32) * 5 / 9
    if tie(value, 0):
        return None
    rows = ["Banana bread", f"Bake at {f}°F", f"Time: {rng.randint(40, 65)} min"]
    return (
        "my oven is in celsius, what should I set it to? nearest degree",
        [
            number(value)
            + [f"{t}°c" for t in number(value)]
            + [f"{t} degrees" for t in number(value)]
            + [f"{t}c" for t in number(value)]
        ],
        shot(rng, "Recipe", rows),
    )


@family
def screen_time_week(rng: random.Random) -> Made:
    h, m = rng.randint(1, 7), rng.randint(1, 59)
    total = 7 * (h * 60 + m)
    rows = [f"Daily average: {h}h {m}m", "Most used: Social"]
    return (
        "if that daily average held every day, how much screen time is that in a week?",
        [span(total)],
        shot(rng, "Screen time", rows),
    )


@family
def points_rewards(rng: random.Random) -> Made:
    points = rng.randint(600, 9900)
    block, worth = rng.choice([(500, 5), (250, 2), (1000, 10)])
    n = points // block
    rows = [f"Points balance: {points:,}", f"{block} points = ${worth} reward"]
    return (
        "How much in rewards can I redeem right now? Only full blocks count.",
        [money(n * worth)],
        shot(rng, "Loyalty", rows),
    )


@family
def parking_app(rng: random.Random) -> Made:
    start = rng.randint(8 * 60, 16 * 60)
    length = rng.randint(40, 300)
    rate = rng.choice([150, 180, 200, 250, 300])
    cost = rate * math.ceil(length / 60)
    end = start + length
    rows = [
        f"Started: {start // 60:02d}:{start % 60:02d}",
        f"Ended: {end // 60:02d}:{end % 60:02d}",
        f"Rate: ${rate / 100:.2f} per started hour",
    ]
    return (
        "what will this parking session cost me?",
        [money(cost, True)],
        shot(rng, "ParkNow", rows),
    )


@family
def words_left(rng: random.Random) -> Made:
    limit = rng.choice([1500, 2000, 2500, 3000])
    done = rng.randint(300, limit - 50)
    rows = [f"Words: {done:,} / {limit:,}", "Due Friday"]
    return (
        "how many more words till I hit the word count on my essay?",
        [[str(limit - done), f"{limit - done:,}"]],
        shot(rng, "Essay.docx", rows),
    )


@family
def next_bus(rng: random.Random) -> Made:
    times = sorted(rng.sample(range(7 * 60, 10 * 60, 5), 5))
    arrive = rng.randint(times[0] + 1, times[-1] - 1)
    nxt = min(t for t in times if t >= arrive)
    if nxt == arrive:
        return None
    rows = ["Route 27 departures", *[f"{t // 60:02d}:{t % 60:02d}" for t in times]]
    hh, mm = divmod(nxt, 60)
    return (
        f"I'll be at the stop at {arrive // 60}:{arrive % 60:02d}. "
        "What is the earliest bus I can catch?",
        [[f"{hh:02d}:{mm:02d}", f"{hh}:{mm:02d}"]],
        shot(rng, "Bus times", rows),
    )


@family
def rainfall_week(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mm = [Fraction(rng.choice([0, 0, rng.randint(1, 250)]), 10) for _ in days]
    rows = [f"{d}: {float(v):.1f} mm" for d, v in zip(days, mm, strict=True)]
    return ("Total rain this week in mm?", [number(sum(mm), 1)], shot(rng, "Rain gauge", rows))


@family
def carpet_cost(rng: random.Random) -> Made:
    w, d = Fraction(rng.randint(25, 60), 10), Fraction(rng.randint(25, 50), 10)
    price = rng.choice([12, 15, 18, 22, 25, 30])
    value = w * d * price
    if tie(value):
        return None
    rows = [f"Living room: {float(w):.1f} m x {float(d):.1f} m", "Ceiling: 2.4 m"]
    return (
        f"Carpet is €{price} per square metre. What would it cost to carpet this room "
        "(floor area only)?",
        [money(value)],
        shot(rng, "Floor plan", rows),
    )


@family
def ticket_row(rng: random.Random) -> Made:
    section, row, seat_ = rng.randint(101, 340), rng.choice("ABCDEFGHJKLMNP"), rng.randint(1, 30)
    rows = ["City Arena - Concert", f"Section {section}", f"Row {row}", f"Seat {seat_}"]
    return (
        "which section and row am I in?",
        [[str(section)], [f"row {row.lower()}"]],
        shot(rng, "Tickets", rows),
    )


@family
def speed_ratio(rng: random.Random) -> Made:
    down = Fraction(rng.randint(200, 9500), 10)
    up = Fraction(rng.randint(50, 400), 10)
    value = down / up
    if tie(value, 1) or value < 2:
        return None
    rows = [f"Download: {float(down):.1f} Mbps", f"Upload: {float(up):.1f} Mbps", "Ping: 14 ms"]
    return (
        "How many times faster is my download than my upload? One decimal.",
        [number(value, 1)],
        shot(rng, "Speed test", rows),
    )


@family
def flight_connection(rng: random.Random) -> Made:
    land = rng.randint(9 * 60, 17 * 60)
    gap = rng.randint(45, 200)
    dep = land + gap
    rows = [
        f"LH 402 arrives {land // 60:02d}:{land % 60:02d}",
        f"LH 1130 departs {dep // 60:02d}:{dep % 60:02d}",
        "Same airport",
    ]
    return (
        "how long is my layover between these two flights?",
        [span(gap)],
        shot(rng, "Itinerary", rows),
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        follower_growth,
        oven_celsius,
        screen_time_week,
        points_rewards,
        parking_app,
        words_left,
        next_bus,
        rainfall_week,
        carpet_cost,
        ticket_row,
        speed_ratio,
        flight_connection,
    )
]
