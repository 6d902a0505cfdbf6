"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 9: wheel turns, buses in a
time window, election shares, a skipped page number and window areas."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_math import Made, family, near, num, pct, whole
from bench.data.agents.helpers import Family


@family
def wheel_revolutions(rng: random.Random) -> Made:
    d, miles = rng.choice([20, 24, 26, 27, 28, 29]), rng.randint(2, 40)
    revs = miles * 1609.344 / (math.pi * d * 0.0254)
    if near(revs, 0):
        return None
    return (f"My bike wheels are {d} inches in diameter (outside of the tyre). About how many "
            f"turns does a wheel make on a {miles}-mile ride? Nearest whole turn.",
            [num(revs, 0)])


@family
def buses_in_window(rng: random.Random) -> Made:
    first = rng.choice(range(5 * 60 + 30, 7 * 60, 1))
    every = rng.choice([7, 8, 9, 11, 12, 14, 15, 18, 20])
    a = rng.choice(range(8 * 60, 15 * 60, 30))
    b = a + rng.choice([60, 90, 120, 180])
    count = sum(1 for t in range(first, 24 * 60, every) if a <= t <= b)
    hh = lambda m: f"{m // 60 % 12 or 12}:{m % 60:02d} {'am' if m < 720 else 'pm'}"  # noqa: E731
    return (f"The first bus leaves at {hh(first)} and then one every {every} minutes all day. "
            f"How many buses leave between {hh(a)} and {hh(b)} inclusive?", [whole(count)])


@family
def election_share(rng: random.Random) -> Made:
    votes = sorted((rng.randint(80, 2400) for _ in range(3)), reverse=True)
    if votes[0] == votes[1]:
        return None
    total = sum(votes)
    share = votes[0] * 100 / total
    margin = (votes[0] - votes[1]) * 100 / total
    if near(share, 1) or near(margin, 1):
        return None
    names = ["Okafor", "Lindqvist", "Patel"]
    rng.shuffle(names)
    listing = ", ".join(f"{n} {v}" for n, v in zip(names, rng.sample(votes, 3), strict=True))
    return (f"Student council results: {listing}. What share of the vote did the winner get, "
            "and what was the winning margin in percentage points? (1 dp each)",
            [pct(share), num(margin, 1)])


@family
def skipped_page(rng: random.Random) -> Made:
    n = rng.randint(40, 300)
    miss = rng.randint(2, n - 1)
    total = n * (n + 1) // 2 - miss
    return (f"For a maths game my son added up the page numbers 1, 2, 3, ... up to {n}, but he "
            f"skipped exactly one page by accident and got {total:,}. Which page did he skip?",
            [whole(miss)])


@family
def norman_window(rng: random.Random) -> Made:
    w, h = rng.randint(60, 180), rng.randint(80, 220)
    area = w * h + math.pi * (w / 2) ** 2 / 2
    perim = 2 * h + w + math.pi * w / 2
    if near(area / 10000, 3) or near(perim, 1):
        return None
    return (f"A window is a {w} cm wide, {h} cm tall rectangle with a semicircle on top (the "
            "semicircle's diameter is the width). What's the glass area in m² (3 dp) and the "
            "length of the outer frame in cm (1 dp)?", [num(area / 10000, 3), num(perim, 1)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    wheel_revolutions, buses_in_window, election_share, skipped_page, norman_window)]
