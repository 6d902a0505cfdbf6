"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 4: number theory (gcd,
lcm, primes, divisors, remainders, bases) and counting."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout20_math import Made, fam, lab, num, pick
from bench.data.agents.helpers import Family


def factors(n: int) -> list[int]:
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


def is_prime(n: int) -> bool:
    return n > 1 and factors(n) == [n]


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [
        f"{h:02d}:{m:02d}",
        f"{h}:{m:02d}",
        f"{h12}:{m:02d}{ap}",
        f"{h12}:{m:02d} {ap}",
        f"{h12}:{m:02d} {ap.upper()}",
        f"{h12}:{m:02d} {ap[0]}.{ap[1]}.",
    ]


@fam
def fam_gcd(rng: random.Random) -> Made:
    g = rng.randint(4, 60)
    a, b = rng.sample(range(2, 30), 2)
    if math.gcd(a, b) != 1:
        return None
    text = pick(
        rng,
        [
            "gcd of {a} and {b}?",
            "what's the highest common factor of {a} and {b}",
            "greatest common divisor of {a}, {b}",
        ],
    ).format(a=a * g, b=b * g)
    return text, [num(g)]


@fam
def fam_lcm(rng: random.Random) -> Made:
    a, b = rng.sample(range(4, 60), 2)
    text = pick(
        rng,
        [
            "lcm of {a} and {b}",
            "what is the least common multiple of {a} and {b}?",
            "lowest common multiple of {a} & {b}",
        ],
    ).format(a=a, b=b)
    return text, [num(a * b // math.gcd(a, b))]


@fam
def fam_buses_together(rng: random.Random) -> Made:
    a, b = rng.sample([8, 10, 12, 15, 18, 20, 24, 25, 30, 40, 45], 2)
    start = rng.randint(6 * 60, 10 * 60 + 30)
    start -= start % 5
    lcm = a * b // math.gcd(a, b)
    h, m = divmod(start, 60)
    text = pick(
        rng,
        [
            "One bus leaves every {a} minutes and another every {b} minutes. Both leave "
            "at {h}:{m:02d}. When do they next leave together?",
            "two lights flash every {a} and {b} min, both flashed at {h}:{m:02d} am. "
            "next time they flash together?",
        ],
    ).format(a=a, b=b, h=h, m=m)
    return text, [clock(start + lcm)]


@fam
def fam_smallest_prime_factor(rng: random.Random) -> Made:
    p = rng.choice([7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53])
    q = rng.choice([x for x in range(p, 120) if is_prime(x)])
    text = pick(
        rng,
        [
            "what's the smallest prime factor of {n}?",
            "{n} isn't prime — what's its smallest prime divisor?",
            "smallest prime that divides {n}",
        ],
    ).format(n=p * q)
    return text, [num(p)]


@fam
def fam_largest_prime_factor(rng: random.Random) -> Made:
    n = rng.randint(200, 20000)
    f = factors(n)
    if len(f) < 2 or f[-1] < 11:
        return None
    text = pick(
        rng, ["largest prime factor of {n}?", "what's the biggest prime that divides {n}"]
    ).format(n=n)
    return text, [num(f[-1])]


@fam
def fam_divisor_count(rng: random.Random) -> Made:
    n = rng.choice([x for x in range(24, 400) if len(factors(x)) >= 3])
    cnt = sum(1 for d in range(1, n + 1) if n % d == 0)
    text = pick(
        rng,
        [
            "how many divisors does {n} have?",
            "number of positive factors of {n}",
            "count all the factors of {n} (including 1 and itself)",
        ],
    ).format(n=n)
    return text, [num(cnt)]


@fam
def fam_divisor_sum(rng: random.Random) -> Made:
    n = rng.randint(12, 200)
    s = sum(d for d in range(1, n + 1) if n % d == 0)
    text = pick(
        rng,
        [
            "sum of all the positive divisors of {n}?",
            "add up every factor of {n}, including {n} itself",
        ],
    ).format(n=n)
    return text, [num(s)]


@fam
def fam_power_mod(rng: random.Random) -> Made:
    b, e, m = rng.randint(2, 12), rng.randint(20, 200), rng.choice([7, 9, 11, 13, 17, 10])
    r = pow(b, e, m)
    if b % m == 0 or math.gcd(b, m) != 1:
        return None
    text = pick(
        rng,
        [
            "what's the remainder when {b}^{e} is divided by {m}?",
            "{b}^{e} mod {m} = ?",
            "find {b} to the power {e} modulo {m}",
        ],
    ).format(b=b, e=e, m=m)
    return text, [
        [
            *lab(["remainder", "mod " + str(m)], [str(r)]),
            f"≡ {r}",
            f"remainder of {r}",
            f"is {r}",
            f"= {r}",
            f"remainder {r}",
        ]
    ]


@fam
def fam_make_divisible(rng: random.Random) -> Made:
    d = rng.choice([7, 9, 11, 12, 13, 17, 19, 23])
    n = rng.randint(500, 9999)
    add = (-n) % d
    if add == 0:
        return None
    text = pick(
        rng,
        [
            "smallest number I must add to {n} to get a multiple of {d}?",
            "what's the least positive number to add to {n} so it's divisible by {d}",
        ],
    ).format(n=n, d=d)
    if add < 10:
        return text, [
            [
                *lab(["add"], [str(add)]),
                f"add {add}",
                f"adding {add}",
                f"{add} must",
                f"is {add}",
                f"answer: {add}",
            ]
        ]
    return text, [num(add)]


@fam
def fam_digit_sum(rng: random.Random) -> Made:
    n = rng.randint(10**5, 10**9)
    k = rng.choice([1, 2])
    if k == 2:
        b, e = rng.choice([2, 3, 5, 7]), rng.randint(15, 40)
        n = b**e
        text = f"what's the sum of the digits of {b}^{e}?"
    else:
        text = pick(rng, ["sum of the digits of {n}", "add up the digits in {n}"]).format(n=n)
    return text, [num(sum(map(int, str(n))))]


@fam
def fam_to_binary(rng: random.Random) -> Made:
    n = rng.randint(20, 1000)
    text = pick(
        rng, ["convert {n} to binary", "what's {n} in base 2?", "{n} in binary please"]
    ).format(n=n)
    b = bin(n)[2:]
    return text, [[b, f"0b{b}", f"{b}₂", f"({b})_2", f"{b}_2"]]


@fam
def fam_from_binary(rng: random.Random) -> Made:
    n = rng.randint(20, 4000)
    b = bin(n)[2:]
    text = pick(
        rng,
        [
            "what is binary {b} in decimal?",
            "convert {b} (base 2) to base 10",
            "{b}₂ = ? in decimal",
        ],
    ).format(b=b)
    return text, [num(n)]


@fam
def fam_hex(rng: random.Random) -> Made:
    n = rng.randint(100, 65535)
    if rng.random() < 0.5:
        h = format(n, "X")
        if h.isdigit():
            return None
        text = pick(rng, ["convert {n} to hexadecimal", "{n} in hex?"]).format(n=n)
        return text, [[h, "0x" + h]]
    h = format(n, "X")
    text = pick(rng, ["what's hex {h} in decimal?", "0x{h} as a decimal number"]).format(h=h)
    return text, [num(n)]


@fam
def fam_count_primes(rng: random.Random) -> Made:
    lo = rng.randint(1, 150)
    hi = lo + rng.randint(20, 80)
    c = sum(1 for x in range(lo, hi + 1) if is_prime(x))
    text = pick(
        rng,
        [
            "how many primes are there between {l} and {h} (inclusive)?",
            "count the prime numbers from {l} to {h}, including both ends",
        ],
    ).format(l=lo, h=hi)
    return text, [num(c)]


@fam
def fam_next_prime(rng: random.Random) -> Made:
    n = rng.randint(100, 3000)
    p = n + 1
    while not is_prime(p):
        p += 1
    text = pick(
        rng,
        [
            "smallest prime bigger than {n}?",
            "what's the next prime after {n}",
            "first prime number greater than {n}",
        ],
    ).format(n=n)
    return text, [num(p)]


@fam
def fam_inclusion_exclusion(rng: random.Random) -> Made:
    a, b = rng.sample([2, 3, 4, 5, 6, 7], 2)
    n = rng.randint(50, 1000)
    lcm = a * b // math.gcd(a, b)
    c = n // a + n // b - n // lcm
    text = pick(
        rng,
        [
            "how many whole numbers from 1 to {n} are divisible by {a} or {b}?",
            "count integers 1..{n} that are multiples of {a} or of {b} (or both)",
        ],
    ).format(n=n, a=a, b=b)
    return text, [num(c)]


@fam
def fam_last_digit(rng: random.Random) -> Made:
    b, e = rng.choice([2, 3, 7, 8, 13, 17]), rng.randint(25, 999)
    d = pow(b, e, 10)
    text = pick(
        rng, ["what's the last digit of {b}^{e}?", "units digit of {b} to the power {e}"]
    ).format(b=b, e=e)
    return text, [
        [*lab(["last digit", "units digit", "digit"], [str(d)]), f"ends in {d}", f"is {d}"]
    ]


@fam
def fam_tiles_gcd(rng: random.Random) -> Made:
    g = rng.choice([10, 12, 15, 20, 24, 25, 30, 40])
    a, b = rng.sample(range(3, 20), 2)
    if math.gcd(a, b) != 1:
        return None
    text = pick(
        rng,
        [
            "A floor is {x} cm by {y} cm. What's the largest square tile side (in cm) "
            "that covers it exactly with whole tiles?",
            "I want to cut a {x} by {y} cm board into equal squares with nothing left "
            "over, as big as possible. side length?",
        ],
    ).format(x=a * g, y=b * g)
    return text, [num(g)]


@fam
def fam_committee(rng: random.Random) -> Made:
    n, k = rng.randint(6, 20), rng.randint(2, 5)
    text = pick(
        rng,
        [
            "How many ways can a committee of {k} be chosen from {n} people?",
            "{n} choose {k}?",
            "in how many ways can I pick {k} books from {n} (order doesn't matter)",
        ],
    ).format(n=n, k=k)
    return text, [num(math.comb(n, k))]


@fam
def fam_ordered_roles(rng: random.Random) -> Made:
    n = rng.randint(6, 25)
    k = rng.choice([2, 3])
    roles = (
        "a president, a vice-president and a treasurer"
        if k == 3
        else "a captain and a vice-captain"
    )
    text = pick(
        rng,
        [
            "From {n} club members, in how many ways can we pick {r}?",
            "{n} runners — how many ways can the {w} places be awarded?",
        ],
    ).format(n=n, r=roles, w="gold, silver and bronze" if k == 3 else "first and second")
    return text, [num(math.perm(n, k))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_gcd, fam_lcm, fam_buses_together, fam_smallest_prime_factor, fam_largest_prime_factor,
    fam_divisor_count, fam_divisor_sum, fam_power_mod, fam_make_divisible, fam_digit_sum,
    fam_to_binary, fam_from_binary, fam_hex, fam_count_primes, fam_next_prime,
    fam_inclusion_exclusion, fam_last_digit, fam_tiles_gcd, fam_committee, fam_ordered_roles)]
