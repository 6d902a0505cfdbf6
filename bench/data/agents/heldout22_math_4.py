"""Round 22 (``A_a_*``, dev now) for ``muse bench agents``, math part 4: statistics on short
lists, number theory, counting and probability."""

from __future__ import annotations

import math
import statistics
from fractions import Fraction

from bench.data.agents.heldout22_math import F, dec, fam, frac, ints, pick, tie
from bench.data.agents.helpers import Family, labelled


def listed(rng, xs: list) -> str:
    return rng.choice([", ".join(map(str, xs)), " ".join(map(str, xs)), "; ".join(map(str, xs))])


@fam
def mean_scores(rng):
    xs = [rng.randint(40, 100) for _ in range(rng.randint(5, 9))]
    v = F(sum(xs), len(xs))
    if tie(v, 2):
        return None
    t = pick(rng, f"my test scores this term: {listed(rng, xs)}. what's my average? (2 dp)",
             f"mean of {listed(rng, xs)}, round to 2 decimals",
             f"whats the average of these: {listed(rng, xs)} (2dp)")
    return t, [dec(v, 2)]


@fam
def median_list(rng):
    xs = [rng.randint(1, 99) for _ in range(rng.choice([4, 6, 8, 10]))]
    v = F(statistics.median(sorted(xs))).limit_denominator(2)
    t = pick(rng, f"median of {listed(rng, xs)}?", f"find the median: {listed(rng, xs)}",
             f"I logged my commute times (min): {listed(rng, xs)}. what's the median?")
    return t, [frac(v)]


@fam
def mode_list(rng):
    base = rng.sample(range(1, 40), 5)
    m = rng.choice(base)
    xs = [*base, m, m, *rng.sample([b for b in base if b != m], 1)]
    rng.shuffle(xs)
    t = pick(rng, f"what's the mode of {listed(rng, xs)}", f"mode: {listed(rng, xs)}?",
             f"shoe sizes sold today {listed(rng, xs)} - which size is the mode")
    extra = [f"{m} appears 3 times", f"{m} occurs 3 times", f"{m}, which appears 3 times",
             f"{m} (appears 3 times)", f"{m} (3 times)"]
    return t, [labelled(["mode", "size", "most common", "most frequent"], str(m)) + extra]


@fam
def range_list(rng):
    xs = [rng.randint(-10, 120) for _ in range(rng.randint(6, 10))]
    t = pick(rng, f"range of {listed(rng, xs)}",
             f"what is the range of this data: {listed(rng, xs)}",
             f"daily temps were {listed(rng, xs)}. what's the range?")
    return t, [ints(max(xs) - min(xs))]


@fam
def stdev_population(rng):
    xs = [rng.randint(2, 30) for _ in range(rng.randint(5, 8))]
    v = F(statistics.pstdev(xs)).limit_denominator(10**9)
    if tie(v, 2):
        return None
    t = pick(rng, f"population standard deviation of {listed(rng, xs)}, 2 dp",
             f"what's the population SD (σ) of {listed(rng, xs)}? round to 2 decimals")
    return t, [dec(v, 2)]


@fam
def stdev_sample(rng):
    xs = [rng.randint(10, 90) for _ in range(rng.randint(5, 8))]
    v = F(statistics.stdev(xs)).limit_denominator(10**9)
    if tie(v, 2):
        return None
    t = pick(rng, f"sample standard deviation of {listed(rng, xs)} (2 dp)",
             f"I need the sample SD (n-1) for: {listed(rng, xs)}. 2 decimals pls")
    return t, [dec(v, 2)]


@fam
def variance_pop(rng):
    xs = [rng.randint(1, 20) for _ in range(rng.randint(4, 7))]
    v = F(statistics.pvariance([Fraction(x) for x in xs]))
    if tie(v, 2):
        return None
    t = pick(rng, f"population variance of {listed(rng, xs)}? 2 dp",
             f"variance (population, divide by n) of {listed(rng, xs)}, to 2 decimal places")
    return t, [dec(v, 2)]


@fam
def missing_value_mean(rng):
    n = rng.randint(4, 6)
    xs = [rng.randint(50, 100) for _ in range(n)]
    target = rng.randint(70, 95)
    need = target * (n + 1) - sum(xs)
    if not 0 <= need <= 100:
        return None
    t = pick(rng,
             f"my quiz scores are {listed(rng, xs)}. what do I need on the next one to average "
             f"exactly {target}?",
             f"scores so far: {listed(rng, xs)}. one more quiz left. what score gets my mean to "
             f"{target}")
    return t, [ints(need)]


@fam
def weighted_average(rng):
    ws = rng.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40), (15, 35, 50)])
    gs = [rng.randint(55, 100) for _ in range(3)]
    v = F(sum(w * g for w, g in zip(ws, gs, strict=False)), 100)
    if tie(v, 1):
        return None
    t = (f"course grade: homework {ws[0]}%, midterm {ws[1]}%, final {ws[2]}%. I got {gs[0]}, "
         f"{gs[1]} "
         f"and {gs[2]}. what's my overall grade? 1 dp")
    return t, [dec(v, 1)]


@fam
def mean_after_removal(rng):
    n = rng.randint(5, 12)
    mean = rng.randint(20, 80)
    out = rng.randint(1, 150)
    v = F(n * mean - out, n - 1)
    if tie(v, 2):
        return None
    t = pick(rng,
             f"{n} numbers have a mean of {mean}. if I remove one that equals {out}, what's the "
             f"new mean? 2 dp",
             f"the average of {n} values is {mean}. drop the value {out} — new average to 2 "
             f"decimals?")
    return t, [dec(v, 2)]


@fam
def is_prime(rng):
    primes = [7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53]
    f, q = sorted(rng.sample(primes, 2))
    n = f * q
    t = pick(rng, f"is {n} prime? if not, what's its smallest prime factor?",
             f"smallest prime factor of {n}?")
    return t, [ints(f)]


@fam
def prime_factorization(rng):
    ps = sorted(rng.choice([2, 3, 5, 7, 11, 13]) for _ in range(rng.randint(3, 5)))
    n = math.prod(ps)
    forms = []
    for mul in ("×", "x", "*", "·"):
        forms.append(mul.join(map(str, ps)))
        parts = []
        for p in sorted(set(ps)):
            c = ps.count(p)
            parts.append(str(p) if c == 1 else f"{p}^{c}")
        forms.append(mul.join(parts))
        sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
        forms.append(mul.join(x.split("^")[0] + x.split("^")[1].translate(sup) if "^" in x else x
                              for x in parts))
    t = pick(rng, f"prime factorization of {n}", f"write {n} as a product of primes",
             f"factorise {n} into primes")
    return t, [list(dict.fromkeys(forms))]


@fam
def gcd_two(rng):
    g = rng.randint(2, 30)
    a, b = g * rng.randint(2, 20), g * rng.randint(2, 20)
    t = pick(rng, f"gcd of {a} and {b}", f"what's the highest common factor of {a} and {b}?",
             f"greatest common divisor({a}, {b})")
    return t, [ints(math.gcd(a, b))]


@fam
def lcm_two(rng):
    a, b = rng.randint(4, 40), rng.randint(4, 40)
    if a == b:
        return None
    t = pick(rng, f"lcm of {a} and {b}", f"lowest common multiple of {a} & {b}?",
             f"least common multiple of {a} and {b}")
    return t, [ints(math.lcm(a, b))]


@fam
def buses_lcm(rng):
    a, b = rng.randint(6, 30), rng.randint(6, 30)
    if a == b:
        return None
    h, m = rng.randint(6, 9), rng.choice([0, 15, 30])
    total = h * 60 + m + math.lcm(a, b)
    if total >= 24 * 60:
        return None
    hh, mm = divmod(total, 60)
    forms = [f"{hh}:{mm:02d}", f"{hh:02d}:{mm:02d}"]
    forms += [f"{hh % 12 or 12}:{mm:02d}{'am' if hh < 12 else 'pm'}"]
    t = pick(rng,
             f"bus A leaves every {a} min, bus B every {b} min. both leave at {h}:{m:02d}. when "
             f"do they next leave together?",
             f"two trains depart the station together at {h}:{m:02d}; one runs every {a} "
             f"minutes, the other every {b}. next time they leave at the same time?")
    return t, [forms]


@fam
def remainder(rng):
    a, b = rng.randint(100, 99999), rng.randint(3, 97)
    t = pick(rng, f"what's the remainder when {a} is divided by {b}", f"{a} mod {b}?",
             f"{a} % {b} = ?")
    return t, [ints(a % b)]


@fam
def divisibility_count(rng):
    k, n = rng.randint(3, 17), rng.randint(100, 2000)
    t = pick(rng, f"how many numbers from 1 to {n} are divisible by {k}?",
             f"count the multiples of {k} between 1 and {n} inclusive")
    return t, [ints(n // k)]


@fam
def sum_of_divisors_count(rng):
    n = rng.randint(12, 500)
    d = sum(1 for i in range(1, n + 1) if n % i == 0)
    t = pick(rng, f"how many divisors does {n} have?", f"number of positive factors of {n}?")
    return t, [ints(d)]


@fam
def last_digit_power(rng):
    b, e = rng.randint(2, 19), rng.randint(10, 300)
    t = pick(rng, f"last digit of {b}^{e}?", f"what's the units digit of {b} to the power {e}")
    return t, [ints(pow(b, e, 10))]


@fam
def packs_gcd(rng):
    g = rng.randint(3, 15)
    a, b = g * rng.randint(2, 9), g * rng.randint(2, 9)
    if a == b:
        return None
    x, y = rng.choice([("pencils", "erasers"), ("cookies", "brownies"),
                       ("red roses", "white roses"), ("apples", "oranges")])
    t = pick(rng,
             f"I have {a} {x} and {b} {y}. what's the largest number of identical gift bags I "
             f"can make using all of them?",
             f"{a} {x}, {b} {y}, split into identical packs with nothing left over. max number "
             f"of packs?")
    return t, [ints(math.gcd(a, b))]


@fam
def permutations(rng):
    n, r = rng.randint(5, 20), rng.randint(2, 5)
    t = pick(rng, f"{n} runners in a race. how many different ways can 1st, 2nd and 3rd place go?",
             f"a club of {n} elects a president, vp and treasurer (different people). how many "
             f"possible outcomes?",
             f"how many ways can you arrange {r} of {n} different books on a shelf")
    if "books" not in t:
        r = 3
    return t, [ints(math.perm(n, r))]


@fam
def combinations(rng):
    n, r = rng.randint(6, 20), rng.randint(2, 5)
    t = pick(rng, f"how many ways to choose {r} people from {n} for a committee?",
             f"{n} choose {r}?", f"pizza place has {n} toppings. how many different {r}-topping "
                                 f"pizzas (no repeats)?")
    return t, [ints(math.comb(n, r))]


@fam
def outfits(rng):
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 6)
    t = pick(rng,
             f"I packed {a} shirts, {b} pants and {c} pairs of shoes. how many different outfits?",
             f"menu: {a} starters, {b} mains, {c} desserts. how many 3-course meals can you make?")
    return t, [ints(a * b * c)]


@fam
def word_arrangements(rng):
    w = rng.choice(["BANANA", "LETTER", "APPLE", "COFFEE", "PEPPER", "SUCCESS", "BALLOON", "STREET",
                    "MISSISSIPPI", "GARDEN", "PUZZLE", "TOMATO", "CHEESE", "PARALLEL", "ELEPHANT",
                    "KITTEN", "PIZZA", "COOKIE", "BUBBLE", "SCISSORS", "DADDY", "LLAMA", "ORANGE",
                    "LEVEL", "HAPPY", "ASSESS", "RABBIT", "TEETH", "MAMMAL", "PEPPERONI", "NOON"])
    w = w.capitalize() if rng.random() < 0.3 else w
    v = math.factorial(len(w))
    for ch in set(w):
        v //= math.factorial(w.count(ch))
    t = pick(rng, f"how many distinct arrangements of the letters in {w}?",
             f"number of different ways to arrange the letters of the word {w.lower()}")
    return t, [ints(v)]


@fam
def handshakes(rng):
    n = rng.randint(5, 60)
    t = pick(rng,
             f"{n} people at a party all shake hands once with everyone else. how many handshakes?",
             f"round robin league with {n} teams, each plays every other team once. total games?")
    return t, [ints(n * (n - 1) // 2)]


@fam
def prob_marbles(rng):
    r, b, g = rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 12)
    col = rng.choice(["red", "blue", "green"])
    k = {"red": r, "blue": b, "green": g}[col]
    v = F(k, r + b + g)
    t = pick(rng, f"bag has {r} red, {b} blue and {g} green marbles. probability of picking {col}?",
             f"{r} red + {b} blue + {g} green balls in a box, pick one at random. P({col})?")
    return t, [frac(v)]


@fam
def prob_two_no_replace(rng):
    r, b = rng.randint(2, 12), rng.randint(2, 12)
    v = F(r, r + b) * F(r - 1, r + b - 1)
    t = pick(rng,
             f"{r} red and {b} blue socks in a drawer. I grab two without looking. probability "
             f"both are red?",
             f"box with {r} red and {b} blue balls, draw 2 without replacement. P(both red)? as "
             f"a fraction")
    return t, [frac(v)]


@fam
def prob_dice_sum(rng):
    s = rng.randint(2, 12)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == s)
    kind = rng.choice(["exactly", "at least"])
    if kind == "at least":
        ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b >= s)
    t = pick(rng, f"roll two fair dice. probability the sum is {kind} {s}?",
             f"two dice rolled, what's P(total {'=' if kind == 'exactly' else '≥'} {s})",
             f"board game q: I roll 2 normal dice, chance the total is {kind} {s}? fraction pls")
    return t, [frac(F(ways, 36))]


@fam
def prob_coins(rng):
    n, k = rng.randint(3, 8), rng.randint(1, 6)
    if k > n:
        return None
    v = F(math.comb(n, k), 2**n)
    t = pick(rng, f"flip a fair coin {n} times. probability of exactly {k} heads?",
             f"P(exactly {k} heads in {n} coin tosses)?")
    return t, [frac(v)]


@fam
def prob_at_least_one(rng):
    p = rng.choice([F(1, 6), F(1, 4), F(1, 10), F(1, 5), F(1, 3), F(1, 20)])
    n = rng.randint(2, 6)
    v = 1 - (1 - p) ** n
    t = pick(rng,
             f"each attempt has a {p.numerator}/{p.denominator} chance of success. probability "
             f"of at least one success in {n} independent tries?",
             f"chance of winning a game is 1 in {p.denominator}. I play {n} times. P(win at "
             f"least once)? exact fraction")
    return t, [frac(v)]


@fam
def expected_value(rng):
    prize = rng.choice([50, 100, 20, 500])
    cost = rng.choice([2, 5, 1, 10])
    n = rng.choice([20, 50, 100, 200, 1000])
    v = F(prize, n) - cost
    t = pick(rng,
             f"raffle ticket costs ${cost}, {n} tickets sold, one prize of ${prize}. expected "
             f"value of buying one ticket?",
             f"a game costs {cost} dollars to play; you win {prize} dollars with probability "
             f"1/{n}. expected net gain per play?")
    money = [f"-${x[1:]}" for x in dec(v, 2) if v < 0] + [f"${x}" for x in dec(v, 2)]
    return t, [dec(v, 2) + frac(v)[:1] + money]


@fam
def prob_complement_percent(rng):
    p = rng.randint(5, 95)
    n = rng.randint(2, 3)
    v = F(p, 100) ** n * 100
    if tie(v, 2):
        return None
    t = pick(rng,
             f"the forecast says {p}% chance of rain each day, independent. chance it rains on "
             f"all of the next {n} days? as a % to 2 dp",
             f"a free throw goes in {p}% of the time. probability of making {n} in a row, in "
             f"percent (2 decimals)")
    return t, [dec(v, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    mean_scores, median_list, mode_list, range_list, stdev_population, stdev_sample,
    variance_pop, missing_value_mean, weighted_average, mean_after_removal, is_prime,
    prime_factorization, gcd_two, lcm_two, buses_lcm, remainder, divisibility_count,
    sum_of_divisors_count, last_digit_power, packs_gcd, permutations, combinations, outfits,
    word_arrangements, handshakes, prob_marbles, prob_two_no_replace, prob_dice_sum,
    prob_coins, prob_at_least_one, expected_value, prob_complement_percent)]
