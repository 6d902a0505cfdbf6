"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 5: statistics on short
lists and number theory."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, dp, fam, ints
from bench.data.agents.helpers import Family


def _list(rng: random.Random, lo: int, hi: int, n: tuple[int, int]) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(rng.randint(*n))]


def _join(v: list[int]) -> str:
    return ", ".join(map(str, v))


@fam
def mean_list(rng: random.Random) -> Made:
    v = _list(rng, 3, 99, (5, 9))
    val = Fr(sum(v), len(v))
    t = ch(
        rng,
        [
            "mean of {l}? 2 decimal places",
            "what's the average of {l} (2 dp)",
            "my scores this week: {l}. average to 2 decimals?",
        ],
    )
    return t.format(l=_join(v)), [dp(val, 2)]


@fam
def median_list(rng: random.Random) -> Made:
    v = _list(rng, 1, 200, (6, 10))
    val = Fr(statistics.median(v)).limit_denominator(2)
    t = ch(rng, ["median of {l}", "what's the median: {l}", "find the median of these: {l}"])
    forms = list(dict.fromkeys(dp(val, 1) + dp(val, 2)))
    return t.format(l=_join(v)), [forms]


@fam
def trimmed_mean(rng: random.Random) -> Made:
    v = _list(rng, 1, 99, (6, 9))
    w = sorted(v)[1:-1]
    val = Fr(sum(w), len(w))
    t = ch(
        rng,
        [
            "judges gave {l}. drop the highest and lowest and average the rest (2 dp)",
            "mean of {l} after removing the single max and min? 2 decimals",
        ],
    )
    return t.format(l=_join(v)), [dp(val, 2)]


@fam
def range_list(rng: random.Random) -> Made:
    v = _list(rng, -20, 150, (6, 10))
    val = max(v) - min(v)
    t = ch(
        rng,
        [
            "range of {l}",
            "what's the range of the data {l}?",
            "temperatures were {l} — what's the range?",
        ],
    )
    return t.format(l=_join(v)), [ints(val)]


@fam
def pop_sd(rng: random.Random) -> Made:
    v = _list(rng, 1, 50, (5, 8))
    sd = statistics.pstdev(v)
    if abs(sd * 100 % 1 - 0.5) < 0.02 or sd == 0:
        raise Again
    t = ch(
        rng,
        [
            "population standard deviation of {l}, 2 dp",
            "σ for {l} (treat as a population), 2 decimals",
        ],
    )
    return t.format(l=_join(v)), [[f"{sd:.2f}"]]


@fam
def sample_sd(rng: random.Random) -> Made:
    v = _list(rng, 10, 90, (5, 8))
    sd = statistics.stdev(v)
    if abs(sd * 100 % 1 - 0.5) < 0.02 or sd == 0:
        raise Again
    t = ch(
        rng,
        [
            "sample standard deviation of {l} to 2 decimal places",
            "what's the sample SD of {l}? 2 dp",
        ],
    )
    return t.format(l=_join(v)), [[f"{sd:.2f}"]]


@fam
def sample_variance(rng: random.Random) -> Made:
    v = _list(rng, 1, 30, (4, 7))
    var = Fr(sum((x - Fr(sum(v), len(v))) ** 2 for x in v), len(v) - 1)
    if var == 0:
        raise Again
    return f"sample variance of {_join(v)}? round to 2 decimals", [dp(var, 2)]


@fam
def score_needed(rng: random.Random) -> Made:
    n = rng.randint(3, 7)
    cur = rng.randint(60, 85)
    goal = cur + rng.randint(1, 5)
    need = goal * (n + 1) - cur * n
    if need > 100:
        raise Again
    t = ch(
        rng,
        [
            "my average over {n} tests is {c}. what do I need on the next one to bring it "
            "up to {g}?",
            "averaging {c} after {n} quizzes, what score on quiz {m} gets me an average of {g}",
        ],
    )
    return t.format(n=n, c=cur, g=goal, m=n + 1), [ints(need)]


@fam
def weighted_grade(rng: random.Random) -> Made:
    w = ch(rng, [(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40), (15, 35, 50)])
    s = [rng.randint(55, 99) for _ in range(3)]
    val = Fr(sum(a * b for a, b in zip(w, s, strict=True)), 100)
    t = (
        "homework is {w0}%, midterm {w1}%, final {w2}%. I got {s0}, {s1} and {s2}. "
        "what's my overall grade (1 decimal)?"
    )
    return t.format(w0=w[0], w1=w[1], w2=w[2], s0=s[0], s1=s[1], s2=s[2]), [dp(val, 1)]


@fam
def combined_mean(rng: random.Random) -> Made:
    n1, n2 = rng.randint(8, 30), rng.randint(8, 30)
    m1, m2 = rng.randint(50, 90), rng.randint(50, 90)
    val = Fr(n1 * m1 + n2 * m2, n1 + n2)
    if m1 == m2:
        raise Again
    t = ch(
        rng,
        [
            "class A has {a} students averaging {x}, class B has {b} averaging {y}. "
            "combined average to 2 dp?",
            "{a} people with mean age {x} and {b} people with mean age {y} — overall mean "
            "(2 decimals)?",
        ],
    )
    return t.format(a=n1, b=n2, x=m1, y=m2), [dp(val, 2)]


@fam
def z_score(rng: random.Random) -> Made:
    mu, sd = rng.randint(50, 500), rng.randint(4, 60)
    x = mu + rng.randint(-3 * sd, 3 * sd)
    val = Fr(x - mu, sd)
    if x == mu:
        raise Again
    t = ch(
        rng,
        [
            "mean {m}, sd {s}. z-score of {x}? 2 dp",
            "with μ = {m} and σ = {s}, what's the z score for {x} (2 decimals)",
        ],
    )
    return t.format(m=mu, s=sd, x=x), [dp(val, 2)]


@fam
def gcd_pair(rng: random.Random) -> Made:
    g = rng.randint(2, 40)
    a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
    if a == b:
        raise Again
    t = ch(
        rng,
        [
            "gcd of {a} and {b}",
            "what's the highest common factor of {a} and {b}?",
            "greatest common divisor({a}, {b})",
        ],
    )
    return t.format(a=a, b=b), [ints(math.gcd(a, b))]


@fam
def lcm_pair(rng: random.Random) -> Made:
    a, b = rng.randint(4, 60), rng.randint(4, 60)
    if a == b:
        raise Again
    t = ch(
        rng,
        [
            "lcm of {a} and {b}?",
            "lowest common multiple of {a} and {b}",
            "least common multiple: {a}, {b}",
        ],
    )
    return t.format(a=a, b=b), [ints(a * b // math.gcd(a, b))]


def _spf(n: int) -> int:
    p = 2
    while p * p <= n:
        if n % p == 0:
            return p
        p += 1
    return n


def _factors(n: int) -> list[int]:
    out = []
    while n > 1:
        p = _spf(n)
        out.append(p)
        n //= p
    return out


@fam
def largest_prime_factor(rng: random.Random) -> Made:
    n = rng.randint(100, 99999)
    f = _factors(n)
    if len(f) < 2:
        raise Again
    t = ch(rng, ["largest prime factor of {n}?", "what is the biggest prime that divides {n}"])
    return t.format(n=n), [ints(max(f))]


@fam
def divisor_count(rng: random.Random) -> Made:
    n = (
        2 ** rng.randint(0, 5)
        * 3 ** rng.randint(0, 3)
        * 5 ** rng.randint(0, 2)
        * rng.choice([1, 7, 11, 13, 17, 49, 77])
    )
    if n < 24:
        raise Again
    c = sum(1 for d in range(1, n + 1) if n % d == 0)
    if c < 6:
        raise Again
    t = ch(rng, ["how many positive divisors does {n} have?", "number of factors of {n}"])
    return t.format(n=n), [ints(c)]


@fam
def power_mod(rng: random.Random) -> Made:
    a, n, m = rng.randint(2, 19), rng.randint(20, 500), rng.randint(7, 40)
    val = pow(a, n, m)
    if val in (0, 1):
        raise Again
    t = ch(rng, ["remainder when {a}^{n} is divided by {m}", "what's {a}^{n} mod {m}?"])
    return t.format(a=a, n=n, m=m), [ints(val)]


@fam
def multiples_count(rng: random.Random) -> Made:
    n = rng.randint(100, 2000)
    a, b = rng.sample([2, 3, 4, 5, 6, 7, 9, 11], 2)
    lcm = a * b // math.gcd(a, b)
    val = n // a + n // b - n // lcm
    t = ch(
        rng,
        [
            "how many numbers from 1 to {n} are divisible by {a} or {b}?",
            "count integers 1..{n} that are multiples of {a} or of {b}",
        ],
    )
    return t.format(n=n, a=a, b=b), [ints(val)]


def _isprime(n: int) -> bool:
    return n > 1 and _spf(n) == n


@fam
def next_prime(rng: random.Random) -> Made:
    n = rng.randint(50, 5000)
    p = n + 1
    while not _isprime(p):
        p += 1
    t = ch(rng, ["smallest prime bigger than {n}?", "what's the next prime after {n}"])
    return t.format(n=n), [ints(p)]


@fam
def primes_between(rng: random.Random) -> Made:
    a = rng.randint(1, 150)
    b = a + rng.randint(20, 80)
    c = sum(1 for k in range(a, b + 1) if _isprime(k))
    t = ch(
        rng,
        [
            "how many primes are there between {a} and {b} (inclusive)?",
            "count the prime numbers from {a} to {b}, inclusive",
        ],
    )
    return t.format(a=a, b=b), [ints(c)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        mean_list,
        median_list,
        trimmed_mean,
        range_list,
        pop_sd,
        sample_sd,
        sample_variance,
        score_needed,
        weighted_grade,
        combined_mean,
        z_score,
        gcd_pair,
        lcm_pair,
        largest_prime_factor,
        divisor_count,
        power_mod,
        multiples_count,
        next_prime,
        primes_between,
    )
]
