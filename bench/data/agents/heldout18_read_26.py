"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 26: signs for loyalty
freebies and shelf loads, and screenshots of boarding groups and a jar of coins."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, clock, count, family, hm, money, shot, sign
from bench.data.agents.helpers import Family


@family
def loyalty_free_nth(rng: random.Random) -> Made:
    n = rng.choice([6, 8, 10, 12])
    price = rng.randrange(180, 520, 5)
    cur = rng.choice(["$", "£", "€"])
    cups = rng.randint(n + 1, 5 * n)
    free = cups // n
    words = ["COFFEE CARD", f"BUY {n - 1} GET THE {n}TH FREE", f"LATTE {cur}{price / 100:.2f}"]
    return (f"I'll have {cups} lattes over the term, all stamped on one card. How much do I "
            "actually pay for them?", [money((cups - free) * price, True)], sign(rng, words))


@family
def boarding_group_time(rng: random.Random) -> Made:
    start = rng.randrange(6 * 60, 20 * 60, 5)
    gap = rng.choice([4, 5, 6, 7, 8])
    group = rng.randint(2, 9)
    rows = [f"Your boarding group: {group}", f"Group 1 boards: {hm(start)}",
            f"Next group every {gap} min"]
    return ("What time should my group start boarding?", [clock(start + (group - 1) * gap)],
            shot(rng, "Boarding Pass", rows))


@family
def coin_jar(rng: random.Random) -> Made:
    _, coins = rng.choice([("£", [(20, "20p"), (50, "50p"), (100, "£1"), (200, "£2")]),
                             ("€", [(20, "20c"), (50, "50c"), (100, "€1"), (200, "€2")])])
    counts = [rng.randint(0, 60) for _ in coins]
    rows = [f"{label} coins: {k}" for (_, label), k in zip(coins, counts, strict=True)]
    total = sum(v * k for (v, _), k in zip(coins, counts, strict=True))
    return ("How much is in the jar altogether, going by the coin counter?",
            [money(total, True)], shot(rng, "Coin Counter", rows))


@family
def shelf_boxes(rng: random.Random) -> Made:
    limit = rng.choice([25, 30, 40, 50, 60, 80])
    box = Fraction(rng.randint(25, 140), 10)
    if (limit / box).denominator == 1:
        return None
    words = ["SHELF LOAD", f"MAX {limit} KG PER SHELF"]
    return (f"Each box weighs {float(box):g} kg. What's the most boxes I can put on one shelf "
            "without going over the limit?", [count(int(limit / box), "boxes")],
            sign(rng, words))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    loyalty_free_nth, boarding_group_time, coin_jar, shelf_boxes)]
