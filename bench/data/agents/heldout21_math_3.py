"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 3: statistics, number
theory, counting and probability, geometry and sequences."""
# ruff: noqa: E501

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import exact, fam, pick, rounded
from bench.data.agents.helpers import Family

F = Fraction


def nums(rng: random.Random, n: tuple[int, int], lo: int = 1, hi: int = 60) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(rng.randint(*n))]


def listed(xs: list[int]) -> str:
    return ", ".join(map(str, xs))


def duration(minutes: Fraction | int) -> list[str]:
    """Ways to say a whole number of minutes: 2 hours 5 minutes, 2h 5m, 2:05, 125 minutes."""
    h, m = divmod(int(minutes), 60)
    hw = "hour" if h == 1 else "hours"
    if h == 0:
        return [f"{m} minutes", f"{m} min"]
    if m == 0:
        return [f"{h} {hw}", f"{h} h", f"{h}h", f"{h} hr", f"{minutes} minutes"]
    out = [f"{h} {hw} {m} minutes", f"{h} {hw} and {m} minutes", f"{h}h {m}m", f"{h} h {m} min",
           f"{h}h{m}min", f"{h} hr {m} min", f"{h}hr {m}min", f"{h}:{m:02d}", f"{minutes} minutes"]
    if (F(minutes, 60) * 100).denominator == 1:
        out.append(f"{float(F(minutes, 60)):g} hours")
    return out


@fam
def mean_list(rng: random.Random) -> Any:
    xs = nums(rng, (5, 9), 3, 99)
    return pick(rng, f"mean of {listed(xs)} (2 dp if needed)", f"average of these: {' '.join(map(str, xs))}, 2 dp if not whole",
                f"my test scores were {listed(xs)} — what's my average? (2 dp)"), \
        exact(F(sum(xs), len(xs))) if (F(sum(xs), len(xs)) * 100).denominator == 1 else rounded(F(sum(xs), len(xs)))


@fam
def median_even(rng: random.Random) -> Any:
    xs = nums(rng, (3, 5), 1, 80)
    xs = xs + nums(rng, (len(xs), len(xs)), 1, 80)
    return pick(rng, f"median of {listed(xs)}", f"find the median: {listed(xs)}"), exact(F(statistics.median(xs)).limit_denominator(4))


@fam
def range_list(rng: random.Random) -> Any:
    xs = nums(rng, (5, 10), -20, 90)
    return pick(rng, f"range of {listed(xs)}", f"what's the range of the data {listed(xs)}"), exact(max(xs) - min(xs))


@fam
def pop_sd(rng: random.Random) -> Any:
    xs = nums(rng, (4, 8), 1, 30)
    m = F(sum(xs), len(xs))
    var = sum((x - m) ** 2 for x in xs) / len(xs)
    from decimal import Decimal, getcontext
    getcontext().prec = 30
    v = F(Decimal(var.numerator) / Decimal(var.denominator)).limit_denominator(10**12)
    sd = F(Decimal(float(v)).sqrt())
    return pick(rng, f"population standard deviation of {listed(xs)}, 2 dp",
                f"σ (population) for {listed(xs)}? round to 2 decimals"), rounded(sd)


@fam
def sample_var(rng: random.Random) -> Any:
    xs = nums(rng, (4, 7), 1, 25)
    v = F(statistics.variance([F(x) for x in xs]))
    return pick(rng, f"sample variance of {listed(xs)} (divide by n-1), 2 dp",
                f"what's the sample variance of {listed(xs)}? round to 2 decimals"), rounded(v)


@fam
def weighted_grade(rng: random.Random) -> Any:
    w = rng.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40)])
    s = [rng.randint(45, 99) for _ in range(3)]
    g = F(sum(a * b for a, b in zip(w, s, strict=True)), 100)
    return f"homework is {w[0]}%, midterm {w[1]}%, final {w[2]}% of the grade. I got {s[0]}, {s[1]} and {s[2]}. final grade? 1 dp", rounded(g, 1)


@fam
def score_needed(rng: random.Random) -> Any:
    xs = [rng.randint(60, 95) for _ in range(rng.randint(3, 5))]
    target = rng.randint(72, 88)
    need = target * (len(xs) + 1) - sum(xs)
    if not 0 < need <= 100:
        return None
    return pick(rng, f"my scores so far are {listed(xs)}. what do I need on the next test to average exactly {target}?",
                f"scores {listed(xs)}; next score needed for a mean of {target}?"), exact(need)


@fam
def gcd_fam(rng: random.Random) -> Any:
    g = rng.randint(2, 30)
    a, b = g * rng.randint(2, 20), g * rng.randint(2, 20)
    if a == b:
        return None
    return pick(rng, f"gcd of {a} and {b}", f"highest common factor of {a} and {b}?", f"GCF({a}, {b})"), exact(math.gcd(a, b))


@fam
def lcm_fam(rng: random.Random) -> Any:
    a, b = rng.randint(4, 40), rng.randint(4, 40)
    if a == b:
        return None
    return pick(rng, f"lcm of {a} and {b}", f"least common multiple of {a} and {b}?"), exact(a * b // math.gcd(a, b))


@fam
def prime_factors(rng: random.Random) -> Any:
    ps = sorted(rng.choices([2, 3, 5, 7, 11, 13], k=rng.randint(3, 5)))
    n = math.prod(ps)
    cnt = {p: ps.count(p) for p in ps}
    forms = []
    for sep in (" × ", " x ", " * ", "·"):
        forms.append(sep.join(f"{p}^{k}" if k > 1 else str(p) for p, k in cnt.items()))
        forms.append(sep.join(map(str, ps)))
        forms.append(sep.join(f"{p}**{k}" if k > 1 else str(p) for p, k in cnt.items()))
        forms.append(sep.join(f"{p}{'²³⁴⁵'[k - 2]}" if k > 1 else str(p) for p, k in cnt.items()))
    return pick(rng, f"prime factorization of {n}", f"break {n} into prime factors"), forms


@fam
def next_prime(rng: random.Random) -> Any:
    n = rng.randint(50, 1000)
    p = n + 1
    while any(p % d == 0 for d in range(2, int(p**0.5) + 1)):
        p += 1
    return pick(rng, f"smallest prime bigger than {n}?", f"what's the next prime after {n}"), exact(p)


@fam
def count_primes(rng: random.Random) -> Any:
    a = rng.randint(1, 80)
    b = a + rng.randint(15, 60)
    c = sum(1 for p in range(a, b + 1) if p > 1 and all(p % d for d in range(2, int(p**0.5) + 1)))
    return f"how many primes are there between {a} and {b}, inclusive?", exact(c)


@fam
def remainder(rng: random.Random) -> Any:
    a, b = rng.randint(100, 99999), rng.randint(3, 97)
    return pick(rng, f"remainder when {a} is divided by {b}", f"{a} mod {b}", f"{a} % {b} (modulo)"), exact(a % b)


@fam
def powmod(rng: random.Random) -> Any:
    a, e, m = rng.randint(2, 19), rng.randint(20, 200), rng.randint(5, 23)
    return pick(rng, f"{a}^{e} mod {m}", f"remainder of {a}^{e} divided by {m}"), exact(pow(a, e, m))


@fam
def to_binary(rng: random.Random) -> Any:
    n = rng.randint(20, 500)
    return pick(rng, f"{n} in binary", f"convert {n} to base 2"), [bin(n)[2:], bin(n)]


@fam
def hex_to_dec(rng: random.Random) -> Any:
    n = rng.randint(100, 5000)
    h = f"{n:X}"
    return pick(rng, f"what's hex {h} in decimal", f"convert 0x{h} to base 10"), exact(n)


@fam
def div_count(rng: random.Random) -> Any:
    a, b = rng.sample([3, 4, 5, 6, 7, 9], 2)
    n = rng.randint(100, 1000)
    lcm = a * b // math.gcd(a, b)
    c = n // a + n // b - n // lcm
    return f"how many whole numbers from 1 to {n} are divisible by {a} or {b} (or both)?", exact(c)


@fam
def buses(rng: random.Random) -> Any:
    a, b = rng.sample([8, 10, 12, 15, 18, 20, 24], 2)
    h, m = rng.randint(6, 9), rng.choice([0, 15, 30, 45])
    t = h * 60 + m + a * b // math.gcd(a, b)
    hh, mm = divmod(t, 60)
    return f"two buses both leave the depot at {h}:{m:02d}. one comes back every {a} min, the other every {b} min. when do they next leave together?", \
        [f"{hh}:{mm:02d}", f"{hh:02d}:{mm:02d}"]


@fam
def combos(rng: random.Random) -> Any:
    n, k = rng.randint(6, 20), rng.randint(2, 5)
    return pick(rng, f"how many ways to choose a committee of {k} from {n} people",
                f"{n} choose {k}", f"C({n},{k})"), exact(math.comb(n, k))


@fam
def perms(rng: random.Random) -> Any:
    n, k = rng.randint(5, 30), rng.randint(2, 4)
    return f"{n} runners, how many ways can gold, silver and bronze{' and 4th' if k == 4 else ''} be awarded?" if k >= 3 else \
        f"in how many ways can a president and vice president be picked from {n} members", exact(math.perm(n, max(k, 2)))


@fam
def word_arrange(rng: random.Random) -> Any:
    w = rng.choice(["BANANA", "LETTER", "PEPPER", "COFFEE", "GARDEN", "APPLE", "BALLOON", "STREET", "MISSISSIPPI", "TOMATO", "PUZZLE", "CHEESE", "LLAMA", "PARALLEL", "SUCCESS", "ADDRESS", "COOKBOOK", "BOOKKEEPER", "RACECAR", "ASSESS", "TATTOO"])
    n = math.factorial(len(w))
    for ch in set(w):
        n //= math.factorial(w.count(ch))
    return pick(rng, f"how many different arrangements of the letters in {w}?", f"number of distinct ways to arrange {w.lower()}",
                f"how many unique strings can you make by rearranging all letters of {w}"), exact(n)


@fam
def handshakes(rng: random.Random) -> Any:
    n = rng.randint(5, 40)
    return pick(rng, f"{n} people at a party each shake hands once with everyone else. how many handshakes",
                f"round-robin with {n} teams, every team plays every other once. how many games?"), exact(n * (n - 1) // 2)


@fam
def dice_sum(rng: random.Random) -> Any:
    s = rng.randint(3, 11)
    how, test = rng.choice([("exactly", lambda t: t == s), ("at least", lambda t: t >= s), ("at most", lambda t: t <= s)])
    c = sum(1 for a in range(1, 7) for b in range(1, 7) if test(a + b))
    return pick(rng, f"roll two fair dice. probability the total is {how} {s}?", f"P(sum of 2 dice is {how} {s})",
                f"chance that two dice add up to {how} {s}, as a fraction"), exact(F(c, 36))


@fam
def marbles(rng: random.Random) -> Any:
    r, b = rng.randint(3, 10), rng.randint(3, 10)
    p = F(r, r + b) * F(r - 1, r + b - 1)
    return f"a bag has {r} red and {b} blue marbles. I take two without putting the first back. probability both are red?", exact(p)


@fam
def coin_heads(rng: random.Random) -> Any:
    n = rng.randint(4, 10)
    k = rng.randint(1, n - 1)
    return pick(rng, f"flip a fair coin {n} times. probability of exactly {k} heads?",
                f"P(exactly {k} heads in {n} fair coin tosses)"), \
        exact(F(math.comb(n, k), 2**n)) + (rounded(F(math.comb(n, k), 2**n), 4) or []) + (rounded(F(math.comb(n, k), 2**n), 3) or []) \
        + [f"{v}%" for v in rounded(F(math.comb(n, k) * 100, 2**n), 2) or []]


@fam
def at_least_one_six(rng: random.Random) -> Any:
    n = rng.randint(2, 12)
    thing, q = rng.choice([("six in {n} rolls of a die", F(5, 6)), ("head in {n} coin flips", F(1, 2)),
                           ("double six in {n} rolls of a pair of dice", F(35, 36))])
    p = 1 - q ** n
    return pick(rng, "probability of at least one {t}, to 4 decimal places", "P(at least one {t})? 4 dp").format(t=thing.format(n=n)), rounded(p, 4)


@fam
def rect_area(rng: random.Random) -> Any:
    a, b = F(rng.randint(20, 150), 10), F(rng.randint(20, 150), 10)
    fa, fb = f"{float(a):g}", f"{float(b):g}"
    return pick(rng, f"my room is {fa} m by {fb} m, what's the floor area", f"area of a {fa} x {fb} rectangle"), exact(a * b)


@fam
def circle_area(rng: random.Random) -> Any:
    r = rng.randint(2, 40)
    word = pick(rng, "radius", "diameter")
    rad = F(r, 2) if word == "diameter" else F(r)
    v = F(math.pi * float(rad) ** 2).limit_denominator(10**9)
    return f"area of a circle with {word} {r} cm, 2 decimal places (use π from your calculator)", rounded(v)


@fam
def hypotenuse(rng: random.Random) -> Any:
    a, b = rng.randint(3, 30), rng.randint(3, 30)
    c2 = a * a + b * b
    r = math.isqrt(c2)
    v = rounded(r) if r * r == c2 else rounded(F(math.sqrt(c2)).limit_denominator(10**9))
    return pick(rng, f"right triangle legs {a} and {b}. hypotenuse? (2 dp)",
                f"a ladder's foot is {a} ft from the wall and it reaches {b} ft up. how long is the ladder, 2 decimals"), v


@fam
def cylinder_vol(rng: random.Random) -> Any:
    r, h = rng.randint(2, 20), rng.randint(3, 40)
    v = F(math.pi * r * r * h).limit_denominator(10**9)
    return f"volume of a cylinder, radius {r} cm and height {h} cm? round to 1 decimal", rounded(v, 1)


@fam
def polygon_angle(rng: random.Random) -> Any:
    n = rng.choice([5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 18, 20, 24, 30, 36, 40, 45])
    if rng.random() < .5:
        return pick(rng, f"each interior angle of a regular {n}-sided polygon?", f"interior angle of a regular polygon with {n} sides"), exact(F(180 * (n - 2), n))
    text = pick(rng, f"exterior angle of a regular {n}-gon in degrees", f"sum of the interior angles of a {n}-sided polygon?")
    return text, exact(F(360, n)) if "exterior" in text else exact(180 * (n - 2))


@fam
def triangle_angle(rng: random.Random) -> Any:
    a, b = rng.randint(20, 100), rng.randint(20, 70)
    if a + b >= 170:
        return None
    return pick(rng, f"two angles of a triangle are {a}° and {b}°. the third?", f"triangle with angles {a} and {b} degrees, what's the last angle"), exact(180 - a - b)


@fam
def arith_nth(rng: random.Random) -> Any:
    a, d, n = rng.randint(-10, 30), rng.randint(-7, 9), rng.randint(10, 60)
    if d == 0:
        return None
    seq = ", ".join(str(a + i * d) for i in range(4))
    th = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return pick(rng, f"what's the {n}{th} term of {seq}, ...", f"sequence {seq}... find term number {n}"), exact(a + (n - 1) * d)


@fam
def arith_sum(rng: random.Random) -> Any:
    a, d, n = rng.randint(1, 20), rng.randint(1, 9), rng.randint(10, 50)
    seq = ", ".join(str(a + i * d) for i in range(3))
    return f"sum of the first {n} terms of {seq}, ...", exact(n * (2 * a + (n - 1) * d) // 2)


@fam
def geom_nth(rng: random.Random) -> Any:
    a, r, n = rng.randint(1, 9), rng.choice([2, 3, -2, 4]), rng.randint(6, 12)
    seq = ", ".join(str(a * r**i) for i in range(4))
    return f"next terms... what is the {n}th term of {seq}, ...?", exact(a * r ** (n - 1))


@fam
def geom_inf(rng: random.Random) -> Any:
    a, q = rng.randint(2, 40), rng.choice([F(1, 2), F(1, 3), F(1, 4), F(2, 3), F(3, 4), F(-1, 2)])
    seq = ", ".join(str(a * q**i) for i in range(3))
    return f"sum to infinity of {seq}, ...", exact(a / (1 - q))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    mean_list, median_even, range_list, pop_sd, sample_var, weighted_grade, score_needed, gcd_fam,
    lcm_fam, prime_factors, next_prime, count_primes, remainder, powmod, to_binary, hex_to_dec,
    div_count, buses, combos, perms, word_arrange, handshakes, dice_sum, marbles, coin_heads,
    at_least_one_six, rect_area, circle_area, hypotenuse, cylinder_vol, polygon_angle,
    triangle_angle, arith_nth, arith_sum, geom_nth, geom_inf)]
