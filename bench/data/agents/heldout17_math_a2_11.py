"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-11: a last mix of
everyday questions (groceries by weight, tips, carpools, gifts) and short school exercises."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, frac, money
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family


@family
def deli_by_weight(rng: random.Random) -> Made:
    per_kg, grams = Fraction(rng.randint(900, 4500), 100), rng.randint(150, 900)
    cost = per_kg * grams / 1000
    if tie(cost, 2):
        return None
    return (f"ham is ${float(per_kg):.2f}/kg and I asked for {grams} g. what's that cost? (cents)",
            [money(round(float(cost) + 1e-9, 2))])


@family
def tip_pool_share(rng: random.Random) -> Made:
    pool = rng.randint(300, 1500)
    hours = [rng.randint(10, 40) for _ in range(4)]
    mine = Fraction(pool * hours[0], sum(hours))
    if tie(mine, 2):
        return None
    others = ", ".join(map(str, hours[1:]))
    return (f"Tips are pooled (${pool} this week) and split by hours worked. I did {hours[0]} "
            f"hours; the other three did {others}. My share, to the cent?",
            [money(round(float(mine) + 1e-9, 2))])


@family
def gift_contribution(rng: random.Random) -> Made:
    gift, people, drop = rng.randint(80, 400), rng.randint(5, 12), rng.randint(1, 3)
    before = Fraction(gift, people)
    after = Fraction(gift, people - drop)
    diff = after - before
    if tie(diff, 2):
        return None
    return (f"{people} coworkers were splitting a ${gift} gift, but {drop} dropped out. How much "
            "more does each remaining person pay now? (cents)",
            [money(round(float(diff) + 1e-9, 2))])


@family
def two_pipes_fill(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    t = Fraction(a * b, a + b) * 60
    if tie(t, 0) or a == b:
        return None
    m = round(float(t))
    return (f"Hose A fills the paddling pool in {a} hours, hose B in {b} hours. Both together — "
            "how many minutes? nearest minute", [[str(m), f"{m} minutes", f"{m} min"]])


@family
def nth_term_formula(rng: random.Random) -> Made:
    a, d = rng.randint(-10, 20), rng.choice([-7, -5, -4, -3, 3, 4, 5, 6, 7, 9])
    seq = [a + d * i for i in range(4)]
    c = a - d
    cs = f"+{c}" if c > 0 else (str(c) if c < 0 else "")
    return (f"nth term formula for {', '.join(map(str, seq))}, ...",
            [[f"{d}n{cs}", f"an={d}n{cs}", f"a_n={d}n{cs}", f"aₙ={d}n{cs}", f"tn={d}n{cs}"]])


@family
def log_laws_value(rng: random.Random) -> Made:
    a, b = rng.randint(2, 5), rng.randint(2, 4)
    n = rng.randint(2, 6)
    val = n * b
    return (f"Evaluate log_{a}({a ** b}^{n}) without a calculator.", [[str(val)]])


@family
def prime_between(rng: random.Random) -> Made:
    lo = rng.randint(100, 900)
    hi = lo + rng.randint(20, 80)
    primes = [p for p in range(lo, hi + 1) if all(p % k for k in range(2, int(p ** 0.5) + 1))]
    return (f"how many primes are there between {lo} and {hi} (inclusive)?",
            [[str(len(primes)), f"{len(primes)} primes"]])


@family
def base_conversion(rng: random.Random) -> Made:
    n = rng.randint(40, 1000)
    to = rng.choice([2, 8, 16])
    out = {2: bin(n)[2:], 8: oct(n)[2:], 16: hex(n)[2:].upper()}[to]
    forms = [out, out.lower()] if to == 16 else [out]
    return (f"convert {n} (decimal) to base {to}", [list(dict.fromkeys(forms))])


@family
def vector_unit(rng: random.Random) -> Made:
    trip = rng.choice([(3, 4, 0), (2, 3, 6), (1, 4, 8), (4, 4, 7), (2, 6, 9), (6, 6, 7), (1, 2, 2),
                       (2, 10, 11), (4, 8, 1)])
    sgn = [rng.choice([-1, 1]) for _ in range(3)]
    v = [t * s for t, s in zip(trip, sgn, strict=True)]
    n = math.isqrt(sum(x * x for x in v))
    fr = [str(Fraction(x, n)) for x in v]
    return (f"unit vector in the direction of ({v[0]}, {v[1]}, {v[2]})?",
            [[f"({fr[0]},{fr[1]},{fr[2]})", f"({v[0]},{v[1]},{v[2]})/{n}",
              f"1/{n}({v[0]},{v[1]},{v[2]})", f"(1/{n})({v[0]},{v[1]},{v[2]})"]])


@family
def parallel_resistors(rng: random.Random) -> Made:
    r = [rng.choice([10, 20, 22, 33, 47, 50, 68, 100, 150, 220]) for _ in range(rng.randint(2, 3))]
    total = 1 / sum(Fraction(1, x) for x in r)
    if tie(total, 2):
        return None
    return (f"resistors of {', '.join(f'{x} Ω' for x in r)} in parallel — equivalent resistance? "
            "2 dp", [dec(total) + [f"{x} Ω" for x in dec(total)]])


@family
def carpool_savings(rng: random.Random) -> Made:
    km, days, riders = rng.randint(15, 60), rng.choice([4, 5]), rng.randint(2, 4)
    per_km = Fraction(rng.randint(15, 40), 100)
    alone = 2 * km * days * per_km
    shared = alone / riders
    save = (alone - shared) * 4
    if tie(save, 2):
        return None
    return (f"My commute is {km} km each way, {days} days a week, and driving costs me about "
            f"${float(per_km):.2f}/km. If {riders} of us carpool and split costs evenly, how much "
            "do I save over 4 weeks?", [money(round(float(save) + 1e-9, 2))])


@family
def probability_no_repeat_draw(rng: random.Random) -> Made:
    n, k = rng.randint(8, 20), rng.randint(2, 4)
    p = Fraction(math.perm(n, k), n ** k)
    return (f"A playlist shuffle picks {k} songs independently at random (with replacement) from "
            f"{n} songs. What's the probability all {k} are different? exact fraction",
            [frac(p)])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    deli_by_weight, tip_pool_share, gift_contribution, two_pipes_fill, nth_term_formula,
    log_laws_value, prime_between, base_conversion, vector_unit, parallel_resistors,
    carpool_savings, probability_no_repeat_draw)]
