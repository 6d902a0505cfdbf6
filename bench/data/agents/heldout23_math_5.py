"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 5: statistics on short
lists, number theory and counting outfits."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from fractions import Fraction as F

from bench.data.agents.heldout23_math import fam, frac, num, pick
from bench.data.agents.helpers import Family


def listed(xs: list) -> str:
    return ", ".join(str(x) for x in xs)


@fam
def mean_scores(rng):
    xs = [rng.randint(50, 100) for _ in range(rng.randint(5, 8))]
    return pick(
        rng,
        f"my test scores this term: {listed(xs)}. what's my average? (2 dp)",
        f"mean of {listed(xs)}, to 2 decimal places",
    ), [num(F(sum(xs), len(xs)))]


@fam
def median_list(rng):
    xs = [rng.randint(1, 60) for _ in range(rng.choice([6, 7, 8, 9]))]
    m = F(sorted(xs)[(len(xs) - 1) // 2] + sorted(xs)[len(xs) // 2], 2)
    return pick(rng, f"median of {listed(xs)}?", f"find the median: {listed(xs)}"), [frac(m)]


@fam
def range_temps(rng):
    xs = [rng.randint(-8, 35) for _ in range(7)]
    return (f"daily highs last week were {listed(xs)} °C. what's the range?"), [
        num(max(xs) - min(xs), 0)
    ]


@fam
def pop_sd(rng):
    xs = [rng.randint(2, 30) for _ in range(rng.randint(5, 7))]
    v = statistics.pstdev(xs)
    if abs(v * 100 - math.floor(v * 100) - 0.5) < 0.01:
        return None
    return (f"population standard deviation of {listed(xs)}, 2 dp"), [
        num(F(round(v, 2)).limit_denominator(100))
    ]


@fam
def sample_sd(rng):
    xs = [rng.randint(10, 90) for _ in range(rng.randint(5, 7))]
    v = statistics.stdev(xs)
    if abs(v * 100 - math.floor(v * 100) - 0.5) < 0.01:
        return None
    return pick(
        rng,
        f"sample standard deviation of {listed(xs)} (n-1), 2 decimals",
        f"what's the sample SD (divide by n−1) of these: {listed(xs)}? round to 2dp",
    ), [num(F(round(v, 2)).limit_denominator(100))]


@fam
def mean_needed(rng):
    n, target = rng.randint(3, 6), rng.randint(70, 90)
    xs = [rng.randint(60, 100) for _ in range(n)]
    need = target * (n + 1) - sum(xs)
    if not 0 <= need <= 100:
        return None
    return (
        f"got {listed(xs)} on my quizzes so far. what do I need on the next one to average "
        f"exactly {target}?"
    ), [num(need, 0)]


@fam
def weighted_grade(rng):
    a, b, c = rng.randint(55, 99), rng.randint(55, 99), rng.randint(55, 99)
    wa, wb = rng.choice([(20, 30), (25, 25), (30, 20), (10, 40), (15, 35)])
    wc = 100 - wa - wb
    v = F(a * wa + b * wb + c * wc, 100)
    return (
        f"homework is {wa}% of the grade, midterm {wb}%, final {wc}%. I got {a}, {b} and {c}. "
        "final grade? "
        f"(2 dp)"
    ), [num(v)]


@fam
def gcd_two(rng):
    g = rng.randint(2, 30)
    a, b = g * rng.randint(2, 20), g * rng.randint(2, 20)
    if a == b:
        return None
    return pick(rng, f"gcd of {a} and {b}?", f"what's the highest common factor of {a} and {b}"), [
        num(math.gcd(a, b), 0)
    ]


@fam
def lcm_two(rng):
    a, b = rng.randint(4, 30), rng.randint(4, 30)
    if a == b:
        return None
    return pick(rng, f"lcm of {a} and {b}", f"lowest common multiple of {a} & {b}?"), [
        num(math.lcm(a, b), 0)
    ]


@fam
def buses_together(rng):
    a, b = rng.randint(6, 25), rng.randint(6, 25)
    if a == b or math.lcm(a, b) > 240:
        return None
    h, m = rng.randint(6, 9), rng.choice([0, 15, 30])
    t = h * 60 + m + math.lcm(a, b)
    return (
        f"bus A leaves every {a} min, bus B every {b} min. both left together at {h}:{m:02d} am. "
        "when do they next "
        f"leave together? (24h time)"
    ), [[f"{t // 60}:{t % 60:02d}", f"{t // 60:02d}:{t % 60:02d}"]]


@fam
def prime_check(rng):
    primes = [7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61]
    f = rng.choice(primes)
    n = f * rng.choice([q for q in primes if q >= f])
    return (f"is {n} prime? if not, what's its smallest prime factor?"), [num(f, 0)]


@fam
def prime_factorisation(rng):
    ps = sorted(rng.choice([2, 2, 3, 3, 5, 7, 11, 13]) for _ in range(rng.randint(3, 5)))
    n = math.prod(ps)
    c = Counter(ps)
    forms = [
        "×".join(map(str, ps)),
        "*".join(map(str, ps)),
        "·".join(map(str, ps)),
        "x".join(map(str, ps)),
    ]
    forms += [
        sep.join(f"{p}^{k}" if k > 1 else str(p) for p, k in sorted(c.items()))
        for sep in ("×", "*", "·", "x")
    ]
    forms += [
        sep.join(f"{p}{'²³⁴⁵'[k - 2]}" if k > 1 else str(p) for p, k in sorted(c.items()))
        for sep in ("×", "·")
    ]
    return pick(rng, f"prime factorisation of {n}?", f"break {n} into prime factors"), [forms]


@fam
def remainder_big(rng):
    a, b, m = rng.randint(2, 9), rng.randint(20, 100), rng.choice([7, 9, 11, 13, 17, 19, 23])
    return (f"what's the remainder when {a}^{b} is divided by {m}?"), [num(pow(a, b, m), 0)]


@fam
def count_divisible(rng):
    n, a, b = rng.randint(100, 999), rng.randint(3, 7), rng.randint(4, 11)
    if math.gcd(a, b) != 1:
        return None
    v = n // a + n // b - n // (a * b)
    return (f"how many whole numbers from 1 to {n} are divisible by {a} or {b} (or both)?"), [
        num(v, 0)
    ]


@fam
def primes_between(rng):
    lo = rng.randint(10, 150)
    hi = lo + rng.randint(15, 60)
    ps = [p for p in range(lo + 1, hi) if all(p % d for d in range(2, int(p**0.5) + 1))]
    return (f"how many primes are there strictly between {lo} and {hi}?"), [num(len(ps), 0)]


@fam
def digit_sum_divisible(rng):
    n = rng.randint(1000, 99999)
    k = rng.choice([7, 9, 11, 12, 13, 17, 19, 23])
    return (f"what's {n} mod {k}?"), [num(n % k, 0)]


@fam
def packs_needed(rng):
    a, b = rng.randint(6, 12), rng.randint(8, 16)
    if a == b:
        return None
    return (
        f"hot dogs come in packs of {a} and buns in packs of {b}. smallest number of hot dogs I "
        "can buy so "
        f"there's exactly one bun each with nothing left over?"
    ), [num(math.lcm(a, b), 0)]


@fam
def outfit_count(rng):
    s, p, h = rng.randint(3, 9), rng.randint(2, 6), rng.randint(2, 5)
    return (
        f"packing {s} shirts, {p} pairs of trousers and {h} pairs of shoes. how many different "
        "outfits "
        f"(one of each)?"
    ), [num(s * p * h, 0)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        mean_scores,
        median_list,
        range_temps,
        pop_sd,
        sample_sd,
        mean_needed,
        weighted_grade,
        gcd_two,
        lcm_two,
        buses_together,
        prime_check,
        prime_factorisation,
        remainder_big,
        count_divisible,
        primes_between,
        digit_sum_divisible,
        packs_needed,
        outfit_count,
    )
]
