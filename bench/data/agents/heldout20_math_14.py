"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 14: trigonometric
heights, shadows, and arithmetic and geometric sequences and series."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import NAMES, Made, dec, fam, num, pick, rnd
from bench.data.agents.heldout20_math_5 import (
    nth,
)
from bench.data.agents.helpers import Family


@fam
def fam_elevation(rng: random.Random) -> Made:
    d, ang = rng.randint(5, 80), rng.randint(15, 70)
    h = d * math.tan(math.radians(ang))
    text = pick(
        rng,
        [
            "From {d} m away the angle of elevation to the top of a tree is {a}°. How "
            "tall is the tree? (2 dp, ignore eye height)",
            "standing {d}m from a building, I look up {a} degrees to the top. height to "
            "2 decimals?",
        ],
    ).format(d=d, a=ang)
    return text, [rnd(F(h), 2)]


@fam
def fam_shadow(rng: random.Random) -> Made:
    p, s = F(rng.randint(12, 20), 10), F(rng.randint(8, 40), 10)
    ts = F(rng.randint(30, 250), 10)
    h = p * ts / s
    name = rng.choice(NAMES)
    text = pick(
        rng,
        [
            "{n} is {p} m tall and casts a {s} m shadow. At the same time a tree's "
            "shadow is {t} m. How tall is the tree? (2 dp)",
            "a {p} m post has a {s} m shadow; a flagpole nearby casts {t} m. flagpole "
            "height, 2 dp?",
        ],
    ).format(n=name, p=dec(p), s=dec(s), t=dec(ts))
    return text, [rnd(h, 2)]


@fam
def fam_arith_nth(rng: random.Random) -> Made:
    a, d, n = (
        rng.randint(-20, 30),
        rng.choice([i for i in range(-9, 13) if i]),
        rng.randint(12, 120),
    )
    seq = ", ".join(str(a + d * i) for i in range(4))
    text = pick(
        rng,
        [
            "what's the {o} term of {s}, ...?",
            "sequence {s}, … find term number {n}",
            "{s}... what is the {o} number?",
        ],
    ).format(s=seq, n=n, o=nth(n))
    return text, [num(a + d * (n - 1))]


@fam
def fam_arith_sum(rng: random.Random) -> Made:
    a, d, n = rng.randint(1, 30), rng.randint(1, 12), rng.randint(8, 60)
    s = n * (2 * a + (n - 1) * d) // 2
    seq = " + ".join(str(a + d * i) for i in range(3))
    text = pick(
        rng,
        [
            "sum of the first {n} terms of {s} + ...",
            "add the first {n} terms: {s} + …",
            "{s} + ... ({n} terms). total?",
        ],
    ).format(s=seq, n=n)
    return text, [num(s)]


@fam
def fam_geo_nth(rng: random.Random) -> Made:
    a, r, n = rng.randint(1, 9), rng.choice([2, 3, -2, 4, 5, -3]), rng.randint(6, 12)
    if abs(a * r ** (n - 1)) > 10**9:
        return None
    seq = ", ".join(str(a * r**i) for i in range(4))
    text = pick(
        rng, ["{o} term of the geometric sequence {s}, ...?", "{s}, … what's term {n}?"]
    ).format(s=seq, n=n, o=nth(n))
    return text, [num(a * r ** (n - 1))]


@fam
def fam_geo_sum(rng: random.Random) -> Made:
    a, r, n = rng.randint(1, 8), rng.choice([2, 3, 4]), rng.randint(5, 12)
    s = a * (r**n - 1) // (r - 1)
    seq = " + ".join(str(a * r**i) for i in range(3))
    text = pick(
        rng,
        [
            "sum of the first {n} terms of {s} + ...",
            "geometric series {s} + … with {n} terms: sum?",
        ],
    ).format(s=seq, n=n)
    return text, [num(s)]


def terminates_short(v: F) -> bool:
    return v.denominator in (1, 2, 4, 5, 8, 10, 16, 20, 25)


@fam
def fam_infinite_geo(rng: random.Random) -> Made:
    a = rng.randint(2, 60)
    r = rng.choice([F(1, 2), F(1, 3), F(1, 4), F(2, 3), F(3, 4), F(-1, 2), F(1, 5), F(2, 5)])
    shown = []
    for i in range(3):
        t = a * r**i
        body = num(abs(t))[0] if terminates_short(t) else f"{abs(t).numerator}/{abs(t).denominator}"
        shown.append(("- " if t < 0 else "+ ") + body if i else body)
    series = " ".join(shown) + (" - ..." if r < 0 else " + ...")
    text = pick(
        rng,
        [
            "sum to infinity of {t}?",
            "what does the infinite geometric series {t} add up to?",
            "{t} forever (geometric) — what's the total?",
        ],
    ).format(t=series)
    return text, [num(a / (1 - r))]


@fam
def fam_squares_series(rng: random.Random) -> Made:
    n = rng.randint(8, 60)
    kind = rng.choice(["sq", "lin", "cube", "odd"])
    if kind == "sq":
        text = (
            f"1² + 2² + 3² + … + {n}² = ?"
            if rng.random() < 0.5
            else f"sum of the squares from 1^2 up to {n}^2"
        )
        return text, [num(n * (n + 1) * (2 * n + 1) // 6)]
    if kind == "cube":
        text = (
            f"1³ + 2³ + … + {n}³?"
            if rng.random() < 0.5
            else f"what's the sum of the cubes 1^3 + 2^3 + ... + {n}^3"
        )
        return text, [num((n * (n + 1) // 2) ** 2)]
    if kind == "odd":
        text = (
            f"1 + 3 + 5 + ... + {2 * n - 1} = ?"
            if rng.random() < 0.5
            else f"add up all odd numbers from 1 to {2 * n - 1}"
        )
        return text, [num(n * n)]
    m = n * rng.randint(2, 9)
    text = (
        f"1 + 2 + 3 + ... + {m}?"
        if rng.random() < 0.5
        else f"sum of every whole number from 1 to {m}"
    )
    return text, [num(m * (m + 1) // 2)]


@fam
def fam_common_difference(rng: random.Random) -> Made:
    a, d = rng.randint(-10, 30), rng.choice([i for i in range(-8, 12) if i])
    if a == 0:  # a bare "0" would match almost any reply
        return None
    p, q = sorted(rng.sample(range(2, 25), 2))
    text = pick(
        rng,
        [
            "An arithmetic sequence has a {p} term of {x} and a {q} term of {y}. What's "
            "the first term?",
            "in an arithmetic progression the {p} term is {x} and the {q} is {y}. first term?",
        ],
    ).format(p=nth(p), q=nth(q), x=a + d * (p - 1), y=a + d * (q - 1))
    return text, [num(a)]


@fam
def fam_which_term(rng: random.Random) -> Made:
    a, d, n = rng.randint(1, 20), rng.randint(2, 9), rng.randint(10, 90)
    seq = ", ".join(str(a + d * i) for i in range(4))
    text = pick(
        rng, ["which term of {s}, ... is {v}?", "{s}, … — what position in the sequence is {v}?"]
    ).format(s=seq, v=a + d * (n - 1))
    return text, [[*num(n), nth(n)]]


@fam
def fam_savings_ladder(rng: random.Random) -> Made:
    a, d, n = rng.randint(2, 20), rng.randint(1, 5), rng.randint(10, 52)
    name = rng.choice(NAMES)
    total = (
        n * (2 * a + (n - 1) * d) // 2
        if (n * (2 * a + (n - 1) * d)) % 2 == 0
        else F(n * (2 * a + (n - 1) * d), 2)
    )
    text = pick(
        rng,
        [
            "{p} saves ${a} in week 1 and ${d} more each week than the week before. "
            "Total saved after {n} weeks?",
            "save {a} dollars the first week, then increase by {d} every week. how much "
            "after {n} weeks in total?",
        ],
    ).format(p=name, a=a, d=d, n=n)
    return text, [num(F(total), fraction=False)]


@fam
def fam_recurrence(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.randint(1, 12)
    n = rng.randint(8, 14)
    seq = [a, b]
    while len(seq) < n:
        seq.append(seq[-1] + seq[-2])
    text = pick(
        rng,
        [
            "Each term is the sum of the previous two: {a}, {b}, ... What's term {n}?",
            "fibonacci-style sequence starting {a}, {b} (each term = previous two "
            "added). {o} term?",
        ],
    ).format(a=a, b=b, n=n, o=nth(n))
    return text, [num(seq[-1])]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_elevation, fam_shadow, fam_arith_nth, fam_arith_sum, fam_geo_nth, fam_geo_sum,
    fam_infinite_geo, fam_squares_series, fam_common_difference, fam_which_term,
    fam_savings_ladder, fam_recurrence)]
