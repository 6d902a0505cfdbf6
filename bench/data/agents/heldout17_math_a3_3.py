"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a3-3: probability,
combinatorics, logs, number theory and complex numbers, with a few everyday settings."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, pct
from bench.data.agents.heldout17_math_a3 import close, dp, family, fr, ival
from bench.data.agents.helpers import Family


@family
def bayes_test(rng: random.Random) -> Made:
    prev = rng.choice([0.5, 1, 2, 3, 5, 8, 10])
    sens, spec = rng.choice([90, 95, 98, 99, 85]), rng.choice([90, 95, 97, 98, 99])
    p = prev / 100
    value = 100 * p * sens / 100 / (p * sens / 100 + (1 - p) * (1 - spec / 100))
    if close(value, 1):
        return None
    return (f"A condition affects {prev:g}% of people. A test catches {sens}% of real cases and "
            f"gives a correct negative for {spec}% of healthy people. If someone tests positive, "
            "what's the chance (as a %, one decimal) they actually have it?", [pct(value, 1)])


@family
def first_success_on(rng: random.Random) -> Made:
    sides, k = rng.choice([4, 6, 8, 10, 12, 20]), rng.randint(2, 6)
    value = Fraction(sides - 1, sides) ** (k - 1) / sides
    return (f"You keep rolling a fair {sides}-sided die until you get a {sides}. What's the "
            f"probability that the first {sides} comes on roll number {k}? Exact fraction.",
            [fr(value)])


@family
def poisson_exact(rng: random.Random) -> Made:
    lam, k = rng.choice([1, 1.5, 2, 2.5, 3, 4, 5, 0.8, 3.5]), rng.randint(0, 6)
    value = math.exp(-lam) * lam ** k / math.factorial(k)
    if close(value, 4):
        return None
    return (f"Calls arrive at a help desk at an average of {lam:g} per minute (Poisson). What's "
            f"the probability of exactly {k} calls in a given minute? 4 decimal places.",
            [dp(value, 4)])


@family
def binomial_mean_sd(rng: random.Random) -> Made:
    n, p = rng.randint(10, 400), rng.choice([0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 0.05])
    mean, sd = n * p, math.sqrt(n * p * (1 - p))
    if close(mean, 2) or close(sd, 2):
        return None
    return (f"X ~ Bin({n}, {p:g}). mean and standard deviation? (sd to 2 dp)",
            [dp(mean, 2), dp(sd, 2)])


@family
def same_suit_two(rng: random.Random) -> Made:
    k = rng.randint(2, 6)
    what, good = rng.choice([("the same suit", 4 * math.comb(13, k)),
                             ("the same colour", 2 * math.comb(26, k)),
                             ("hearts", math.comb(13, k)), ("red", math.comb(26, k))])
    value = Fraction(good, math.comb(52, k))
    return (f"Deal {k} cards from a well-shuffled 52-card deck. Probability they're all {what}?"
            " Give it as a fraction in lowest terms.", [fr(value)])


@family
def grid_paths(rng: random.Random) -> Made:
    m, n = rng.randint(2, 9), rng.randint(2, 9)
    return (f"On a street grid I need to go {m} blocks east and {n} blocks north, only ever "
            "moving east or north. How many different shortest routes are there?",
            [ival(math.comb(m + n, n))])


@family
def stars_bars(rng: random.Random) -> Made:
    n, k = rng.randint(5, 20), rng.randint(2, 5)
    return (f"In how many ways can {n} identical apples be given to {k} children (a child may "
            "get none)?", [ival(math.comb(n + k - 1, k - 1))])


@family
def stars_bars_min_one(rng: random.Random) -> Made:
    n, k = rng.randint(6, 22), rng.randint(2, 5)
    return (f"{n} identical gold coins shared among {k} pirates so every pirate gets at least "
            "one — how many ways?", [ival(math.comb(n - 1, k - 1))])


@family
def derangement_letters(rng: random.Random) -> Made:
    n = rng.randint(4, 9)
    exact = rng.choice([0, 1, 2])
    d = round(math.factorial(n - exact) / math.e) if n - exact > 1 else 0
    count = math.comb(n, exact) * d
    how = {0: "nobody's letter is in the right envelope",
           1: "exactly one letter is in its right envelope",
           2: "exactly two letters are in their right envelopes"}[exact]
    return (f"{n} people each write a letter and {n} matching envelopes are addressed. In how "
            f"many ways can the letters be put in the envelopes so that {how}?", [ival(count)])


@family
def word_arrangements_repeat(rng: random.Random) -> Made:
    word = rng.choice(["BALLOON", "BANANA", "LETTER", "COFFEE", "SUCCESS", "MISSISSIPPI",
                       "PEPPER", "STATISTICS", "ASSESS", "COMMITTEE", "BOOKKEEPER", "TOMATO"])
    count = math.factorial(len(word))
    for ch in set(word):
        count //= math.factorial(word.count(ch))
    return (f"how many distinct arrangements of the letters of {word}?", [ival(count)])


@family
def digits_of_power(rng: random.Random) -> Made:
    base, e = rng.choice([2, 3, 7, 11, 13]), rng.randint(20, 300)
    return (f"How many digits does {base}^{e} have when written out in full?",
            [ival(len(str(base ** e)))])


@family
def log_product_rule(rng: random.Random) -> Made:
    a, b = rng.sample([2, 3, 5, 7], 2)
    m, n = rng.randint(1, 4), rng.randint(1, 4)
    la, lb = math.log10(a), math.log10(b)
    value = m * la + n * lb
    return (f"Given log 2 ≈ 0.3010, log 3 ≈ 0.4771, log 5 ≈ 0.6990, log 7 ≈ 0.8451 (base 10), "
            f"estimate log({a ** m * b ** n}) to 4 decimal places.",
            [dp(value, 4) + dp(m * round(la, 4) + n * round(lb, 4), 4)])


@family
def solve_log_quadratic(rng: random.Random) -> Made:
    base = rng.choice([2, 3, 5])
    q = rng.randint(0, 3)
    p = q + rng.randint(1, 3)
    x, r, e = base ** p, base ** p - base ** q, p + q
    return (f"Solve log_{base}(x) + log_{base}(x − {r}) = {e}.", [[f"x = {x}", f"x={x}",
                                                                   f"x is {x}"]])


@family
def sigma_divisors(rng: random.Random) -> Made:
    n = rng.randint(24, 500)
    return (f"What is the sum of all positive divisors of {n} (including 1 and {n})?",
            [ival(sum(d for d in range(1, n + 1) if n % d == 0))])


@family
def totient(rng: random.Random) -> Made:
    n = rng.randint(20, 400)
    return (f"phi({n})? (Euler's totient: how many numbers from 1 to {n} are coprime to it)",
            [ival(sum(1 for k in range(1, n + 1) if math.gcd(k, n) == 1))])


@family
def crt_small(rng: random.Random) -> Made:
    m, n = rng.sample([3, 4, 5, 7, 8, 9, 11], 2)
    if math.gcd(m, n) != 1:
        return None
    a, b = rng.randint(1, m - 1), rng.randint(1, n - 1)
    x = next(x for x in range(1, m * n + 1) if x % m == a and x % n == b)
    return (f"I have some eggs. Packed in boxes of {m} there are {a} left over; packed in boxes "
            f"of {n} there are {b} left over. What's the smallest number of eggs I could have?",
            [ival(x)])


@family
def next_prime(rng: random.Random) -> Made:
    n = rng.randint(100, 5000)

    def prime(k: int) -> bool:
        return k > 1 and all(k % d for d in range(2, math.isqrt(k) + 1))
    p = n + 1
    while not prime(p):
        p += 1
    return (f"what's the first prime bigger than {n}", [ival(p)])


@family
def square_multiplier(rng: random.Random) -> Made:
    n = rng.randint(12, 2000)
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
        d += 1
    k = m
    if k == 1:
        return None
    return (f"Smallest positive whole number you can multiply {n} by to get a perfect square?",
            [ival(k)])


@family
def complex_divide(rng: random.Random) -> Made:
    a, b, c, d = (rng.randint(-7, 9) for _ in range(4))
    if c == 0 and d == 0:
        return None
    z = complex(a, b) / complex(c, d)
    den = c * c + d * d
    re, im = Fraction(a * c + b * d, den), Fraction(b * c - a * d, den)
    del z
    if re == 0 or abs(im) in (0, 1):
        return None
    top = f"{a} + {b}i".replace("+ -", "- ")
    bot = f"{c} + {d}i".replace("+ -", "- ")
    return (f"Write ({top}) / ({bot}) in the form a + bi.",
            [[f"real part {s}" for s in fr(re)] + [f"{s} +" for s in fr(re)] +
             [f"{s} -" for s in fr(re)] + [f"a = {s}" for s in fr(re)] + [f"{s}+" for s in fr(re)],
             [f"{s}i" for s in fr(abs(im))] + [f"{s} i" for s in fr(abs(im))] +
             [f"b = {s}" for s in fr(im)] + [f"({s})i" for s in fr(abs(im))]])


@family
def complex_argument(rng: random.Random) -> Made:
    a, b = rng.randint(-9, 9), rng.randint(-9, 9)
    if a == 0 or b == 0:
        return None
    deg = math.degrees(math.atan2(b, a))
    if close(deg, 1):
        return None
    z = f"{a} + {b}i".replace("+ -", "- ")
    return (f"What's the argument of z = {z} in degrees, in (−180°, 180°], one decimal place?",
            [[f"{deg:.1f}°", f"{deg:.1f} degrees", f"{deg:.1f} °", f"{deg:.1f}deg",
              f"{deg:.1f}".replace("-", "−") + "°", f"= {deg:.1f}", f"≈ {deg:.1f}",
              f"is {deg:.1f}"]])


@family
def sum_squares_formula(rng: random.Random) -> Made:
    a, n = rng.randint(1, 20), rng.randint(25, 120)
    total = sum(k * k for k in range(a, n + 1))
    return (f"1² + 2² + …? Not quite — I need {a}² + {a + 1}² + … + {n}². What's the total?",
            [ival(total)])


@family
def series_exceeds(rng: random.Random) -> Made:
    a, d, target = rng.randint(1, 20), rng.randint(2, 9), rng.randint(500, 5000)
    n, s = 0, 0
    while s <= target:
        n += 1
        s += a + (n - 1) * d
    return (f"I save ${a} the first week, then ${d} more each week than the week before. After "
            f"how many weeks will my total savings first go over ${target:,}?", [ival(n)])


@family
def ph_from_concentration(rng: random.Random) -> Made:
    m, e = rng.randint(11, 99) / 10, rng.randint(2, 12)
    value = -math.log10(m * 10 ** -e)
    if close(value, 2):
        return None
    return (f"pH = −log₁₀[H⁺]. If [H⁺] = {m:g} × 10^-{e} mol/L, what is the pH (2 d.p.)?",
            [dp(value, 2)])


@family
def lottery_odds(rng: random.Random) -> Made:
    pool, pick = rng.randint(30, 60), rng.randint(4, 7)
    return (f"A lottery draws {pick} numbers from 1 to {pool}. With one ticket, my chance of "
            "matching all of them is 1 in how many?", [ival(math.comb(pool, pick))])


@family
def coin_runs_prob(rng: random.Random) -> Made:
    n, k = rng.randint(5, 12), rng.randint(2, 9)
    if k >= n:
        return None
    value = Fraction(sum(math.comb(n, j) for j in range(k, n + 1)), 2 ** n)
    return (f"Flip a fair coin {n} times. What's the probability of getting at least {k} "
            "heads? Fraction please.", [fr(value)])


@family
def team_captain_choices(rng: random.Random) -> Made:
    n, k = rng.randint(8, 20), rng.randint(3, 6)
    total = math.comb(n, k) * k
    return (f"From {n} players we pick a team of {k} and then choose one of those {k} as captain."
            " How many possible outcomes?", [ival(total)])


@family
def mod_power_remainder(rng: random.Random) -> Made:
    a, e, m = rng.randint(2, 19), rng.randint(50, 999), rng.choice([7, 9, 11, 13, 17, 19, 23])
    if math.gcd(a, m) != 1:
        return None
    return (f"remainder when {a}^{e} is divided by {m}?", [ival(pow(a, e, m))])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bayes_test, first_success_on, poisson_exact, binomial_mean_sd, same_suit_two, grid_paths,
    stars_bars, stars_bars_min_one, derangement_letters, word_arrangements_repeat,
    digits_of_power, log_product_rule, solve_log_quadratic, sigma_divisors, totient, crt_small,
    next_prime, square_multiplier, complex_divide, complex_argument, sum_squares_formula,
    series_exceeds, ph_from_concentration, lottery_odds, coin_runs_prob, team_captain_choices,
    mod_power_remainder)]
