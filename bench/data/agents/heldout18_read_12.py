"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 12: average cost per
unit on multipack receipts, and signs for ages at the gate, last trains and sunscreen."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    GOODS,
    Made,
    count,
    family,
    hm,
    money,
    receipt,
    sign,
    span,
)
from bench.data.agents.helpers import Family


@family
def per_unit_average(rng: random.Random) -> Made:
    kind = rng.choice(["market", "chemist", "cinema"])
    base = rng.sample(GOODS[kind], rng.randint(2, 4))
    qty = [rng.choice([1, 2, 3, 4, 6]) for _ in base]
    if all(q == 1 for q in qty):
        return None
    names = [f"{q}x {g}" if q > 1 else g for g, q in zip(base, qty, strict=True)]
    recipe, lines, _ = receipt(rng, kind=kind, names=names, low=150, high=2400)
    value = Fraction(sum(c for _, c in lines), 100 * sum(qty))
    return ("Counting every single unit (a '4x' line is four), what did each unit cost on "
            "average across this whole receipt? to the cent", [money(value)], recipe)


@family
def ages_admission(rng: random.Random) -> Made:
    free_under = rng.choice([3, 4, 5])
    child_to = rng.choice([12, 15, 16])
    adult = rng.randrange(900, 2600, 50)
    child = rng.randrange(400, adult - 200, 50)
    cur = rng.choice(["$", "£", "€"])
    kids = [rng.randint(1, child_to + 2) for _ in range(rng.randint(2, 4))]
    adults = rng.randint(1, 2)
    words = [f"ADULTS {cur}{adult / 100:.2f}", f"CHILDREN {free_under}-{child_to} "
             f"{cur}{child / 100:.2f}", f"UNDER {free_under} FREE"]
    fee = adults * adult + sum(child if free_under <= k <= child_to else
                               0 if k < free_under else adult for k in kids)
    ages = ", ".join(str(k) for k in kids)
    return (f"{adults} adult{'s' * (adults > 1)} plus kids aged {ages}. Anyone older than the "
            "child band pays the adult price. What's the total to get in?",
            [money(fee, True)], sign(rng, words))


@family
def last_train_spare(rng: random.Random) -> Made:
    last = rng.randrange(22 * 60 + 30, 24 * 60, 1)
    leave = last - rng.randint(25, 70)
    walk = rng.randint(8, (last - leave) - 3)
    h, m = divmod(leave, 60)
    return (f"If I leave at {h - 12}:{m:02d} pm and it's a {walk} minute walk to the station, "
            "how many minutes will I have to spare before the train on this sign?",
            [span(last - leave - walk)], sign(rng, ["LAST TRAIN TONIGHT", hm(last)]))


@family
def sunscreen_count(rng: random.Random) -> Made:
    every = rng.choice([90, 120, 150])
    arrive = rng.randrange(9 * 60, 12 * 60, 5)
    leave = rng.randrange(14 * 60, 18 * 60 + 30, 5)
    if (leave - arrive) % every == 0:
        return None
    n = (leave - arrive) // every + 1
    shown = f"{every // 60} HOURS" if every % 60 == 0 else f"{every} MINUTES"
    return (f"Beach from {hm(arrive)} to {hm(leave)}. I put it on when we arrive and then as "
            "often as the sign says. How many applications is that in total?",
            [count(n, "times")], sign(rng, ["SUN SAFETY", "REAPPLY SUNSCREEN", f"EVERY {shown}"]))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    per_unit_average, ages_admission, last_train_spare, sunscreen_count)]
