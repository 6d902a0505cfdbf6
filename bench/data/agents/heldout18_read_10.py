"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 10: per-item coupons and
counts on receipts, and signs for working days, room hire, widths and bus frequency."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, count, family, money, number, receipt, sign
from bench.data.agents.helpers import Family

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@family
def per_item_coupon(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=300, high=2800)
    over = rng.choice([10, 12, 15])
    off = rng.choice([2, 3, 5])
    hits = [c for _, c in lines if c > over * 100]
    if not hits or len(hits) == len(lines):
        return None
    t = sum(c for _, c in lines)
    return (f"I had a coupon for {cur}{off} off every item over {cur}{over}. If it had been "
            "applied, what would this receipt have totalled?",
            [money(t - 100 * off * len(hits), True)], recipe)


@family
def cheaper_than_named(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5))
    good, cents = rng.choice(lines)
    n = sum(1 for _, c in lines if c < cents)
    if n == 0:
        return None
    return (f"How many of the other items on here were cheaper than the {good.lower()}?",
            [count(n)], recipe)


@family
def working_days_ready(rng: random.Random) -> Made:
    days = rng.randint(2, 7)
    start = rng.randrange(5)
    d, left = start, days
    while left:
        d = (d + 1) % 7
        if d < 5:
            left -= 1
    what = rng.choice(["my watch", "the shoes", "my laptop", "a suit", "the photos"])
    words = ["REPAIRS", f"READY IN {days} WORKING DAYS", "MON - FRI ONLY"]
    return (f"I dropped {what} off on a {DAYS[start]}. Counting working days from the day "
            "after, which day of the week will it be ready?", [[DAYS[d].lower()]],
            sign(rng, words))


@family
def room_hire_min(rng: random.Random) -> Made:
    rate = rng.choice([12, 15, 18, 20, 25, 30, 40])
    minimum = rng.choice([2, 3])
    cur = rng.choice(["£", "$", "€"])
    half_hours = rng.choice([rng.randint(1, 2 * minimum - 1), rng.randint(2 * minimum + 1, 14)])
    hours = Fraction(half_hours, 2)
    if hours == minimum:
        return None
    shown = f"{float(hours):g} hour{'s' * (hours != 1)}"
    return (f"We need the room for {shown} for our club meeting. What will it cost us?",
            [money(rate * max(hours, minimum))],
            sign(rng, ["ROOM HIRE", f"{cur}{rate} PER HOUR", f"MINIMUM {minimum} HOURS"]))


@family
def width_clearance(rng: random.Random) -> Made:
    width = Fraction(rng.randint(20, 26), 10)
    inches = rng.randint(66, int(width * 100 / Fraction("2.54")) - 2)
    value = width * 100 - inches * Fraction("2.54")
    return (f"My van is {inches} inches wide (mirrors folded). How many centimetres of width "
            "would I have spare in total going through here? one decimal",
            [number(value, 1)], sign(rng, ["WIDTH LIMIT", f"{float(width):.1f} M"]))


@family
def buses_per_day(rng: random.Random) -> Made:
    every = rng.choice([10, 12, 15, 20, 30])
    first = rng.choice([5, 6, 7])
    last = rng.choice([19, 20, 21, 22, 23])
    n = (last - first) * 60 // every + 1
    words = [f"ROUTE {rng.randint(2, 99)}", f"EVERY {every} MIN", f"{first:02d}:00 - {last}:00"]
    return ("If the first bus is at the start time and the last exactly at the end time, how "
            "many buses run on this route in a day?", [count(n, "buses")], sign(rng, words))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    per_item_coupon, cheaper_than_named, working_days_ready, room_hire_min, width_clearance,
    buses_per_day)]
