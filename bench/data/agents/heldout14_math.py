"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part one: the answer forms the
round's maths modules share, then arithmetic, powers, roots, factorials and counting."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction as F

from bench.data.agents.helpers import Family, Item, fresh, item

Made = tuple[str, list[list[str]]]
Maker = Callable[[random.Random], Made]
Num = F | int | float


class Again(Exception):
    """The numbers drawn do not suit the family; it draws again."""


def need(ok: bool) -> None:
    if not ok:
        raise Again


def family(registry: list[Family]) -> Callable[[Maker], Maker]:
    """Registers ``n_<name>`` as the held-out family ``N_a_<name>`` (category math)."""
    def register(make: Maker) -> Maker:
        name = "N_a_" + make.__name__.removeprefix("n_")

        def draw(rng: random.Random) -> Item:
            while True:
                try:
                    text, required = make(rng)
                except Again:
                    continue
                return item(name, "math", text, required)
        registry.append(fresh(draw))
        return make
    return register


def dedupe(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))


def signed(forms: list[str]) -> list[str]:
    """Adds the typographic minus for negative numbers."""
    return dedupe(forms + ["−" + f[1:] for f in forms if f.startswith("-")])


def whole(n: int) -> list[str]:
    return signed(dedupe([str(n), f"{n:,}"]))


def rounded(value: Num, places: int = 2) -> F:
    """``value`` rounded to ``places`` decimals; draws again when that would be a near tie."""
    scaled = F(value) * 10**places
    need(abs(scaled - math.floor(scaled) - F(1, 2)) > F(1, 1000))
    return F(round(scaled), 10**places)


def dec(value: Num, places: int = 2) -> list[str]:
    """A decimal answer: 12.50 and 12.5, with and without thousands separators."""
    r = float(rounded(value, places))
    out = [f"{r:.{places}f}", f"{r:,.{places}f}"]
    out += [o.rstrip("0").rstrip(".") for o in out]
    return signed(dedupe(out))


def frac(value: F | int) -> list[str]:
    """An exact value: 7/12 (and its decimal when that terminates), or a whole number."""
    v = F(value)
    if v.denominator == 1:
        return whole(int(v))
    out = [f"{v.numerator}/{v.denominator}"]
    if (v * 10**6).denominator == 1:
        out += dec(v, 6)
    return signed(dedupe(out))


def approx(value: F | int) -> list[str]:
    """An exact fraction, or its decimal to two places."""
    v = F(value)
    return frac(v) if (v * 100).denominator == 1 else signed(dedupe(frac(v) + dec(v)))


def eq(name: str, forms: list[str]) -> list[str]:
    return dedupe([f"{name} = {f}" for f in forms] + [f"{name}={f}" for f in forms])


def hours_minutes(total: int) -> list[str]:
    """A duration in minutes written as hours and minutes."""
    h, m = divmod(total, 60)
    hs = "hour" if h == 1 else "hours"
    out = [f"{h} {hs} {m} minutes", f"{h} {hs} and {m} minutes", f"{h}h {m}m", f"{h} h {m} min",
           f"{h}h{m:02d}", f"{h}:{m:02d}"]
    if m == 0:
        out = [f"{h} {hs}", f"{h}h", f"{h} h"]
    return dedupe(out)


FAMS: list[Family] = []
fam = family(FAMS)


# --- arithmetic ------------------------------------------------------------------------

@fam
def n_times_quick(rng: random.Random) -> Made:  # two-digit product, terse and chatty
    a, b = rng.randint(13, 99), rng.randint(13, 99)
    return f"quick one, what's {a} times {b}?", [whole(a * b)]


@fam
def n_times_x(rng: random.Random) -> Made:  # a product written with x
    a, b = rng.randint(101, 999), rng.randint(11, 89)
    return f"{a} x {b}", [whole(a * b)]


@fam
def n_divide_even(rng: random.Random) -> Made:  # a division that comes out whole
    q, d = rng.randint(120, 999), rng.randint(6, 48)
    return f"How much is {q * d:,} divided by {d}?", [whole(q)]


@fam
def n_column_sum(rng: random.Random) -> Made:  # a list of numbers to add up
    xs = [rng.randint(40, 2500) for _ in range(rng.randint(4, 6))]
    return "can you add these up for me: " + " + ".join(str(x) for x in xs), [whole(sum(xs))]


@fam
def n_order_ops(rng: random.Random) -> Made:  # precedence without brackets
    a, b, c, d = rng.randint(20, 90), rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9)
    e = d * rng.randint(2, 12)
    return (f"what does {a} - {b} * {c} + {e} / {d} come out to",
            [whole(a - b * c + e // d)])


@fam
def n_brackets(rng: random.Random) -> Made:  # nested brackets
    a, b, c, d = (rng.randint(3, 40) for _ in range(4))
    return f"({a} + {b}) * ({c} - {d}) - {a} = ?", [whole((a + b) * (c - d) - a)]


@fam
def n_negatives(rng: random.Random) -> Made:  # negative numbers mixed in
    a, b, c = rng.randint(5, 60), rng.randint(2, 12), rng.randint(2, 12)
    return f"-{a} + {b} * -{c}, what do I get", [whole(-a - b * c)]


@fam
def n_decimal_times(rng: random.Random) -> Made:  # a decimal times a whole number
    a, b = F(rng.randint(101, 999), 100), rng.randint(6, 48)
    return f"{float(a)} × {b}", [dec(a * b)]


@fam
def n_decimal_divide(rng: random.Random) -> Made:  # a decimal divided by a decimal, exact
    q, d = rng.randint(12, 95), F(rng.randint(11, 59), 10)
    need(d.denominator != 1)
    return f"what is {float(q * d):g} / {float(d):g}", [whole(q)]


@fam
def n_remainder(rng: random.Random) -> Made:  # the remainder of a division
    a, d = rng.randint(1000, 99999), rng.randint(7, 97)
    need(a % d > 1)
    return f"What's the remainder when {a} is divided by {d}?", [whole(a % d)]


@fam
def n_mod(rng: random.Random) -> Made:  # programmer's modulo
    a, d = rng.randint(10**4, 10**6), rng.choice([7, 9, 11, 13, 17, 19, 23])
    need(a % d > 1)
    return f"{a} mod {d}", [whole(a % d)]


@fam
def n_sci_notation(rng: random.Random) -> Made:  # numbers in e-notation multiplied
    a, b = F(rng.randint(11, 99), 10), F(rng.randint(11, 99), 10)
    p, q = rng.randint(2, 5), rng.randint(2, 4)
    v = int(a * b * 10 ** (p + q))
    return f"{float(a)}e{p} * {float(b)}e{q} = ? (give it as a plain number)", [whole(v)]


@fam
def n_average_plain(rng: random.Random) -> Made:  # mean of a few numbers, schoolish
    xs = [rng.randint(5, 99) for _ in range(rng.randint(4, 7))]
    return ("average of " + ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}",
            [approx(F(sum(xs), len(xs)))])


# --- powers and roots ------------------------------------------------------------------

@fam
def n_squared(rng: random.Random) -> Made:  # a number squared, spelled out
    n = rng.randint(31, 299)
    return f"what is {n} squared", [whole(n * n)]


@fam
def n_cubed(rng: random.Random) -> Made:  # a cube
    n = rng.randint(13, 99)
    return f"cube of {n}?", [whole(n ** 3)]


@fam
def n_two_power(rng: random.Random) -> Made:  # a power of two in words
    n = rng.randint(17, 40)
    return f"2 to the power of {n}", [whole(2 ** n)]


@fam
def n_caret_power(rng: random.Random) -> Made:  # a^b written with a caret
    a, b = rng.randint(3, 12), rng.randint(4, 9)
    return f"{a}^{b}", [whole(a ** b)]


@fam
def n_negative_power(rng: random.Random) -> Made:  # a negative exponent as a decimal
    a, b = rng.choice([2, 4, 5, 8, 10]), rng.randint(2, 5)
    digits = format(Decimal(1) / Decimal(a ** b), "f")
    return f"{a}^-{b} as a decimal please", [[digits, f"1/{a ** b}"]]


@fam
def n_sqrt_perfect(rng: random.Random) -> Made:  # the square root of a perfect square
    n = rng.randint(23, 180)
    return f"square root of {n * n:,}", [whole(n)]


@fam
def n_sqrt_round(rng: random.Random) -> Made:  # an irrational root to two decimals
    n = rng.randint(10, 999)
    need(math.isqrt(n) ** 2 != n)
    return f"sqrt {n} to 2 dp", [dec(math.sqrt(n))]


@fam
def n_cube_root(rng: random.Random) -> Made:  # a cube root that comes out whole
    n = rng.randint(12, 60)
    return f"Cube root of {n ** 3}?", [whole(n)]


@fam
def n_fourth_root(rng: random.Random) -> Made:  # an nth root
    k, n = rng.choice([(4, rng.randint(3, 15)), (5, rng.randint(3, 9)), (6, rng.randint(2, 6))])
    return f"what's the {k}th root of {n ** k}", [whole(n)]


@fam
def n_frac_exponent(rng: random.Random) -> Made:  # a fractional exponent
    n, q, p = rng.randint(2, 9), rng.choice([2, 3]), rng.randint(2, 5)
    need(math.gcd(p, q) == 1)
    return f"evaluate {n ** q}^({p}/{q})", [whole(n ** p)]


@fam
def n_power_sum(rng: random.Random) -> Made:  # sum of two powers
    a, b, c, d = rng.randint(2, 9), rng.randint(3, 7), rng.randint(2, 9), rng.randint(2, 6)
    return f"calculate {a}^{b} + {c}^{d}", [whole(a ** b + c ** d)]


# --- factorials and counting -----------------------------------------------------------

@fam
def n_factorial(rng: random.Random) -> Made:  # a factorial with the bang
    n = rng.randint(6, 18)
    return f"What's {n}!", [whole(math.factorial(n))]


@fam
def n_factorial_ratio(rng: random.Random) -> Made:  # a quotient of factorials
    n, k = rng.randint(9, 30), rng.randint(2, 4)
    return f"{n}!/{n - k}! = ?", [whole(math.factorial(n) // math.factorial(n - k))]


@fam
def n_lineup(rng: random.Random) -> Made:  # arrangements of people in a row
    n = rng.randint(5, 14)
    return (f"how many different ways can {n} people line up for a photo?",
            [whole(math.factorial(n))])


@fam
def n_pizza_toppings(rng: random.Random) -> Made:  # combinations in a takeaway menu
    n, k = rng.randint(8, 20), rng.choice([2, 3, 4])
    return (f"the pizza place has {n} toppings and the deal lets you pick {k}. how many different "
            "combos are there?", [whole(math.comb(n, k))])


@fam
def n_officers(rng: random.Random) -> Made:  # ordered selection for roles
    n = rng.randint(8, 30)
    return (f"Our club has {n} members and we need a chair, a treasurer and a secretary (no "
            "doubling up). How many ways can we fill those?", [whole(math.perm(n, 3))])


@fam
def n_choose_notation(rng: random.Random) -> Made:  # nCr notation
    n, k = rng.randint(10, 40), rng.randint(2, 6)
    return f"{n} choose {k}", [whole(math.comb(n, k))]


@fam
def n_lottery_odds(rng: random.Random) -> Made:  # lottery combinations
    n, k = rng.randint(30, 59), rng.choice([5, 6])
    return (f"In a lottery you pick {k} numbers out of {n}. How many possible tickets are there?",
            [whole(math.comb(n, k))])


@fam
def n_outfits(rng: random.Random) -> Made:  # multiplication principle
    s, p, h = rng.randint(3, 12), rng.randint(2, 8), rng.randint(2, 6)
    return (f"packing for a trip: {s} shirts, {p} pairs of trousers and {h} pairs of shoes. how "
            "many different outfits can i make?", [whole(s * p * h)])


@fam
def n_pin_codes(rng: random.Random) -> Made:  # codes with distinct digits
    k, m = rng.randint(3, 5), rng.randint(6, 9)
    return (f"how many {k}-digit codes can I make from the digits 1 to {m} if no digit can "
            "repeat?", [whole(math.perm(m, k))])


@fam
def n_handshakes(rng: random.Random) -> Made:  # everyone shakes hands once
    n = rng.randint(8, 60)
    return (f"{n} people at a meeting and everyone shakes hands with everyone else once. how many "
            "handshakes?", [whole(math.comb(n, 2))])


@fam
def n_round_robin(rng: random.Random) -> Made:  # games in a league playing home and away
    n = rng.randint(6, 24)
    return (f"Our league has {n} teams and each plays every other team home and away. How many "
            "matches is that in total?", [whole(n * (n - 1))])


# --- number theory ---------------------------------------------------------------------

@fam
def n_gcd(rng: random.Random) -> Made:  # greatest common divisor
    g, a, b = rng.randint(3, 30), rng.randint(2, 20), rng.randint(2, 20)
    need(math.gcd(a, b) == 1 and a != b)
    return f"greatest common divisor of {g * a} and {g * b}", [whole(g)]


@fam
def n_hcf(rng: random.Random) -> Made:  # British 'highest common factor'
    g, a, b, c = rng.randint(2, 25), rng.randint(2, 15), rng.randint(2, 15), rng.randint(2, 15)
    need(math.gcd(math.gcd(a, b), c) == 1 and len({a, b, c}) == 3)
    return f"HCF of {g * a}, {g * b} and {g * c}?", [whole(g)]


@fam
def n_lcm(rng: random.Random) -> Made:  # least common multiple
    a, b = rng.randint(4, 40), rng.randint(4, 40)
    need(a != b and math.lcm(a, b) not in (a, b))
    return f"lowest common multiple of {a} and {b}", [whole(math.lcm(a, b))]


@fam
def n_buses(rng: random.Random) -> Made:  # lcm in a timetable
    a, b = rng.sample([6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 24, 25, 30], 2)
    need(math.lcm(a, b) not in (a, b))
    return (f"One bus leaves every {a} minutes and another every {b}. They both just left the "
            "station. In how many minutes do they next leave together?",
            [dedupe([f"{math.lcm(a, b)} minutes", f"{math.lcm(a, b)} min"])])


@fam
def n_largest_prime(rng: random.Random) -> Made:  # the largest prime factor
    primes = [p for p in range(2, 200) if all(p % d for d in range(2, math.isqrt(p) + 1))]
    ps = sorted(rng.sample(primes, 3))
    return f"what is the largest prime factor of {math.prod(ps)}", [whole(ps[-1])]


@fam
def n_digit_sum(rng: random.Random) -> Made:  # sum of digits of a power
    a, b = rng.choice([2, 3, 7]), rng.randint(15, 40)
    return (f"what's the sum of the digits of {a}^{b}?",
            [whole(sum(int(c) for c in str(a ** b)))])


@fam
def n_divisor_count(rng: random.Random) -> Made:  # number of divisors
    n = rng.randint(60, 1000)
    count = sum(1 for d in range(1, n + 1) if n % d == 0)
    need(count >= 6)
    return f"How many positive divisors does {n} have?", [whole(count)]


@fam
def n_round_to(rng: random.Random) -> Made:  # rounding a product to a given place
    a, b = F(rng.randint(1001, 9999), 1000), F(rng.randint(101, 999), 10)
    return f"{float(a)} * {float(b)}, rounded to one decimal place", [dec(a * b, 1)]


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
