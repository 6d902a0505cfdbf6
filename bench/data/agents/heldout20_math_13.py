"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 13: complementary and
independent probabilities and lottery odds."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import Made, fam, num, pick
from bench.data.agents.heldout20_math_12 import prob
from bench.data.agents.helpers import Family


@fam
def fam_complement(rng: random.Random) -> Made:
    r, g, y = rng.randint(2, 12), rng.randint(2, 12), rng.randint(1, 10)
    text = pick(
        rng,
        [
            "a jar has {r} red, {g} green and {y} yellow sweets. probability a random "
            "one is NOT green?",
            "{r} red, {g} green, {y} yellow counters in a bag — P(not green)?",
        ],
    ).format(r=r, g=g, y=y)
    return text, [prob(F(r + y, r + g + y))]


@fam
def fam_independent(rng: random.Random) -> Made:
    a, b = F(rng.randint(1, 9), 10), F(rng.randint(1, 19), 20)
    kind = rng.choice(["both", "neither"])
    p = a * b if kind == "both" else (1 - a) * (1 - b)
    text = pick(
        rng,
        [
            "P(rain Saturday) = {a}, P(rain Sunday) = {b}, independent. Probability it "
            "rains on {w}?",
            "Two independent events have probabilities {a} and {b}. probability that {w2} happens?",
        ],
    ).format(
        a=num(a)[0],
        b=num(b)[0],
        w="both days" if kind == "both" else "neither day",
        w2="both" if kind == "both" else "neither",
    )
    return text, [num(p)]


@fam
def fam_lottery(rng: random.Random) -> Made:
    n, k = rng.randint(30, 59), rng.choice([5, 6])
    text = pick(
        rng,
        [
            "A lottery picks {k} numbers from 1 to {n}. How many possible tickets (order "
            "doesn't matter)?",
            "lottery: choose {k} of {n} numbers. number of different combinations?",
        ],
    ).format(n=n, k=k)
    c = math.comb(n, k)
    return text, [[*num(c), f"1 in {c:,}", f"1 in {c}"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_complement, fam_independent, fam_lottery)]
