"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 27: screenshots of a
star-rating breakdown and of downloads listed in mixed MB and GB."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, family, number, shot
from bench.data.agents.helpers import Family


@family
def average_rating(rng: random.Random) -> Made:
    counts = [rng.randint(0, 400) for _ in range(5)]
    if sum(counts) < 10:
        return None
    rows = [f"{5 - i} star{'s' * (i < 4)}: {k:,}" for i, k in enumerate(counts)]
    value = Fraction(sum((5 - i) * k for i, k in enumerate(counts)), sum(counts))
    return (rng.choice(["What's the average star rating from this breakdown? two decimals",
                        "Work out the mean rating out of 5 from these review counts (2 dp)."]),
            [number(value, 2)], shot(rng, "Customer Reviews", rows))


@family
def mixed_units_sum(rng: random.Random) -> Made:
    apps = rng.sample(["Maps", "Photos", "Game", "Music", "Office", "Browser", "Chat"],
                      rng.randint(3, 5))
    sizes = [rng.choice([rng.randint(40, 950), rng.randint(11, 49) * 100]) for _ in apps]
    rows = [f"{a}: {s} MB" if s < 1000 else f"{a}: {s / 1000:g} GB"
            for a, s in zip(apps, sizes, strict=True)]
    return ("Taking 1 GB as 1000 MB, how many GB do all these updates come to together? two "
            "decimals", [number(Fraction(sum(sizes), 1000), 2)], shot(rng, "Updates", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (average_rating, mixed_units_sum)]
